"""Copying text out of Dossier without leaving it behind (issue #6, "No traces").

What Dossier copies (a fingerprint, a hash, a passage) can name the case. So every copy
carries the hints that clipboard managers and the Windows clipboard history honour to
keep it out of their history, and it is cleared after 30 s, or when Dossier quits, if
the clipboard still holds it. Something the user copied since is never touched.
"""

from __future__ import annotations

import atexit
import sys

from PySide6.QtCore import QCoreApplication, QMimeData, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000

# KDE's Klipper, CopyQ, GPaste and wl-clip-persist skip data carrying this hint.
KDE_HINT = "x-kde-passwordManagerHint"
# Windows clipboard viewers skip this format; Qt registers a custom MIME type as a
# clipboard format of the same name, so it reaches Windows as is.
MONITOR_HINT = "ExcludeClipboardContentFromMonitorProcessing"
# Windows 10+ clipboard history and cloud sync: a DWORD 0 means "do not keep".
_WINDOWS_FORMAT = 'application/x-qt-windows-mime;value="{}"'
WINDOWS_HISTORY = _WINDOWS_FORMAT.format("CanIncludeInClipboardHistory")
WINDOWS_CLOUD = _WINDOWS_FORMAT.format("CanUploadToCloudClipboard")
_DWORD_ZERO = (0).to_bytes(4, "little")

# The last text Dossier put there, per mode; a later copy replaces it, so an earlier
# timer never clears a newer copy early.
_ours: dict[QClipboard.Mode, tuple[int, str]] = {}
_copies = 0


def secret_mime(text: str, platform: str = sys.platform) -> QMimeData:
    """``text`` as clipboard data that asks clipboard histories not to keep it."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(KDE_HINT, b"secret")
    mime.setData(MONITOR_HINT, b"1")
    if platform == "win32":
        mime.setData(WINDOWS_HISTORY, _DWORD_ZERO)
        mime.setData(WINDOWS_CLOUD, _DWORD_ZERO)
    return mime


def copy_text(text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
    """Put ``text`` on the clipboard (and the X11 selection), hinted as secret, and
    clear it after ``clear_after_ms`` if it is still there."""
    global _copies
    clipboard = QGuiApplication.clipboard()
    _copies += 1
    copy = _copies
    for mode in _modes(clipboard):
        # The clipboard takes ownership of the data, so each mode gets its own.
        clipboard.setMimeData(secret_mime(text), mode)
        _ours[mode] = (copy, text)
    QTimer.singleShot(clear_after_ms, clipboard, lambda: _clear_copy(copy))
    _clear_on_quit()


def guard_copies() -> None:
    """Give text copied with Ctrl+C in any of Dossier's widgets (a viewer, a label, a
    field) the same hints and clearing as ``copy_text``. Called once the app exists."""
    app = QCoreApplication.instance()
    if app is None or app.property("dossierCopyGuard"):
        return
    app.setProperty("dossierCopyGuard", True)
    QGuiApplication.clipboard().dataChanged.connect(_hint_our_copy)


def _hint_our_copy() -> None:
    clipboard = QGuiApplication.clipboard()
    # Only what this process put there: another program's copy is none of our business.
    if not clipboard.ownsClipboard():
        return
    mime = clipboard.mimeData()
    if mime is None or not mime.hasText() or mime.hasFormat(KDE_HINT):
        return
    text = mime.text()
    # Later, not inside the widget's own copy that is still running.
    QTimer.singleShot(0, clipboard, lambda: _rehint(text))


def _rehint(text: str) -> None:
    mime = QGuiApplication.clipboard().mimeData()
    if mime is not None and mime.text() == text and not mime.hasFormat(KDE_HINT):
        copy_text(text)


def forget() -> None:
    """Clear at once what Dossier copied, if still there (on lock, quit, quick exit)."""
    if QGuiApplication.instance() is None:
        _ours.clear()
        return
    clipboard = QGuiApplication.clipboard()
    for mode, (_copy, text) in list(_ours.items()):
        _clear_if_ours(clipboard, mode, text)
    _ours.clear()


def _clear_copy(copy: int) -> None:
    clipboard = QGuiApplication.clipboard()
    for mode, (latest, text) in list(_ours.items()):
        if latest == copy:
            _clear_if_ours(clipboard, mode, text)
            del _ours[mode]


def _clear_if_ours(clipboard: QClipboard, mode: QClipboard.Mode, text: str) -> None:
    # Compared by text, as KeePassXC does: the data read back from the system is not the
    # object we gave it, and a user who copied something else keeps it.
    if clipboard.text(mode) == text:
        clipboard.clear(mode)


def _modes(clipboard: QClipboard) -> list[QClipboard.Mode]:
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    return modes


def _clear_on_quit() -> None:
    # Also at the interpreter's exit, for a program that never ran the event loop: data
    # made in Python and still held by the clipboard would be freed after Python itself
    # (PySide6 then crashes at exit).
    app = QCoreApplication.instance()
    if app is not None and not app.property("dossierClipboardGuard"):
        app.setProperty("dossierClipboardGuard", True)
        app.aboutToQuit.connect(forget)
        atexit.register(forget)

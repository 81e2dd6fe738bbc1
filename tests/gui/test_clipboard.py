"""What Dossier copies asks clipboard histories not to keep it, and goes away after a while."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QLineEdit

from ui.safety import clipboard


def test_copied_text_carries_the_password_manager_hints(qtbot) -> None:
    clipboard.copy_text("3f9a 12bc")
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == "3f9a 12bc"
    assert bytes(mime.data(clipboard.KDE_HINT)) == b"secret"
    assert mime.hasFormat(clipboard.MONITOR_HINT)
    clipboard.forget()


def test_windows_gets_its_history_and_cloud_flags() -> None:
    mime = clipboard.secret_mime("x", platform="win32")
    assert bytes(mime.data(clipboard.WINDOWS_HISTORY)) == b"\x00\x00\x00\x00"
    assert bytes(mime.data(clipboard.WINDOWS_CLOUD)) == b"\x00\x00\x00\x00"
    assert not clipboard.secret_mime("x", platform="linux").hasFormat(clipboard.WINDOWS_HISTORY)


def test_our_copy_is_cleared_after_the_delay(qtbot) -> None:
    clipboard.copy_text("fingerprint", clear_after_ms=50)
    assert QGuiApplication.clipboard().text() == "fingerprint"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "")


def test_what_the_user_copied_since_is_left_alone(qtbot) -> None:
    clipboard.copy_text("fingerprint", clear_after_ms=50)
    QGuiApplication.clipboard().setText("the user's own words")
    qtbot.wait(150)
    assert QGuiApplication.clipboard().text() == "the user's own words"


def test_an_earlier_timer_never_clears_a_newer_copy_early(qtbot) -> None:
    clipboard.copy_text("same", clear_after_ms=50)
    clipboard.copy_text("same", clear_after_ms=60_000)
    qtbot.wait(150)
    assert QGuiApplication.clipboard().text() == "same"
    clipboard.forget()
    assert QGuiApplication.clipboard().text() == ""


def test_quitting_clears_our_copy(qtbot) -> None:
    clipboard.copy_text("hash")
    QCoreApplication.instance().aboutToQuit.emit()
    assert QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard) == ""


def test_a_copy_made_in_a_widget_gets_the_hints_too(qtbot, monkeypatch) -> None:
    # The offscreen platform never says it owns the clipboard; X11, Wayland, Windows and
    # macOS do when the copy is this program's.
    monkeypatch.setattr(QClipboard, "ownsClipboard", lambda self: True)
    clipboard.guard_copies()
    field = QLineEdit("a passage of a threatening message")
    qtbot.addWidget(field)
    field.selectAll()
    field.copy()
    mime = QGuiApplication.clipboard().mimeData
    qtbot.waitUntil(lambda: mime().hasFormat(clipboard.KDE_HINT))
    assert mime().text() == "a passage of a threatening message"
    clipboard.forget()
    assert QGuiApplication.clipboard().text() == ""


def test_another_programs_copy_is_left_as_it_is(qtbot) -> None:
    clipboard.guard_copies()
    QGuiApplication.clipboard().setText("copied elsewhere")  # offscreen: not owned
    qtbot.wait(50)
    assert not QGuiApplication.clipboard().mimeData().hasFormat(clipboard.KDE_HINT)
    QGuiApplication.clipboard().clear()

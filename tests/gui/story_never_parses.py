"""The window's process, driven through every item of a case, with Qt's decoders watched
(run by ``tests/gui/test_no_parsing_in_the_window.py`` in a process of its own, so that
``sys.modules`` tells what this story, and only it, loaded).

Usage: python story_never_parses.py VAULT PASSPHRASE; prints one JSON line.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QBuffer, QByteArray

CALLS: list[tuple[str, str]] = []  # (what was called, the SHA-256 of the bytes it was given)


def _digest(args: tuple[Any, ...]) -> str:
    for arg in args:
        if isinstance(arg, QBuffer):
            arg = arg.data()
        if isinstance(arg, QByteArray):
            arg = arg.data()
        if isinstance(arg, bytes | bytearray | memoryview):
            return hashlib.sha256(bytes(arg)).hexdigest()
    return ""


def _recorded(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
    def record(*args: Any, **kwargs: Any) -> Any:
        CALLS.append((name, _digest(args)))
        return original(*args, **kwargs)
    return record


class _WatchedReader(QtGui.QImageReader):
    def __init__(self, *args: Any) -> None:
        CALLS.append(("QImageReader", _digest(args)))
        super().__init__(*args)


# Before any module of the window imports them by name.
QtGui.QImage.fromData = staticmethod(_recorded("QImage.fromData", QtGui.QImage.fromData))
QtGui.QImage.loadFromData = _recorded("QImage.loadFromData", QtGui.QImage.loadFromData)
QtGui.QPixmap.loadFromData = _recorded("QPixmap.loadFromData", QtGui.QPixmap.loadFromData)
QtGui.QImageReader = _WatchedReader


def wait_until(condition: Callable[[], bool], seconds: float) -> bool:
    from PySide6.QtTest import QTest

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        QTest.qWait(20)
    return True


def main(vault: Path, passphrase: str) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.case.page import CasePage
    from ui.common.operations import VaultService
    from ui.settings.preferences import Preferences
    from ui.viewers.image import ImageViewer
    from ui.viewers.pdf import PdfViewer
    from ui.window import MainWindow

    app = QApplication(sys.argv)
    service = VaultService()
    window = MainWindow(service, vault, Preferences.at(vault.parent / "preferences.ini"),
                        case_page_factory=lambda parent: CasePage(service, parent))
    window.case_page.attach(window)
    window.resize(1200, 760)
    window.show()
    window.access.unlock_form.field.setText(passphrase)
    window.access.unlock_form.unlock.click()
    model = window.case_page.view.model
    assert wait_until(lambda: window.is_unlocked and model.rowCount() > 0, 60)
    wait_until(lambda: False, 1)  # the rows' thumbnails
    pane = window.case_page.view.detail_pane
    seen: dict[str, str] = {}
    shown: list[int] = []
    pane.shown.connect(shown.append)
    for row in range(model.rowCount()):
        data = model.row_data(row)
        pane.show_item(data.id)
        assert wait_until(lambda data=data: shown[-1:] == [data.id], 30)
        viewer = pane.viewer()
        if isinstance(viewer, ImageViewer | PdfViewer):
            assert wait_until(lambda viewer=viewer: not viewer.requests.waiting, 60)
            seen[data.name] = viewer.note.text() or "shown"
    print(json.dumps({"calls": CALLS, "seen": seen,
                      "qtpdf": sorted(m for m in sys.modules if "QtPdf" in m)}))
    window.lock()
    service.shutdown()
    app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])

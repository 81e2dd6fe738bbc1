"""The window's shortcuts work wherever the focus is, the search box included.

A text field claims some keys for itself before any shortcut sees them (Qt's
``ShortcutOverride``): Ctrl+E moves a QLineEdit's cursor to the end of the line, Ctrl+V
pastes text into it. So a person typing a search found that Ctrl+E exported nothing and
a pasted screenshot vanished. Here the window's own commands win, and Ctrl+V is left to
the field only when the clipboard holds text for it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


def _sequence(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination())


class ShortcutsWinOverFields(QObject):
    """In ``window``, the shortcuts of ``commands`` always trigger their action, and
    ``paste``'s shortcut triggers it whenever the clipboard holds no text."""

    def __init__(self, window: QWidget, commands: Iterable[QAction], paste: QAction) -> None:
        super().__init__(window)
        self.window, self.commands, self.paste = window, list(commands), paste
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        if self._wins(_sequence(event)):
            event.ignore()  # not the field's: the shortcut map hands it to the action
            return True
        return False

    def _wins(self, pressed: QKeySequence) -> bool:
        def bound(action: QAction) -> bool:
            return action.isEnabled() and any(
                pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch
                for key in action.shortcuts())
        if any(bound(action) for action in self.commands):
            return True
        return bound(self.paste) and not _clipboard_has_text()


def _clipboard_has_text() -> bool:
    """Text a field can take; an image, or files copied in a file manager, are evidence."""
    mime = QGuiApplication.clipboard().mimeData()
    return (mime is not None and mime.hasText() and not mime.hasImage()
            and not mime.hasUrls())

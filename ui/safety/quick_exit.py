"""Quick exit: Esc pressed twice in the window, or the toolbar button, makes every
window vanish at once, then the vault locks and the app quits.

While a dialog, a menu or an editor is open, Esc means "not this": it closes or cancels
that one thing and never counts towards quick exit, so a person closing a dialog with Esc
and pressing it once more is not thrown out of the app with her work. The toolbar button
works at all times.

It is for a glance over the shoulder: someone walks in, and the screen must show nothing
of the case within a blink. Hiding comes first because it is instant; locking and
stopping the vault worker take longer and happen behind an empty screen.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QWidget,
)

DOUBLE_PRESS_SECONDS = 0.6


class EscapeTwice(QObject):
    """Emits ``pressed`` when Esc is pressed twice within 0.6 s while ``window`` is on
    screen and no dialog, menu or editor is open (see ``in_the_middle_of_something``).
    The key always does its usual job too.

    ``clock`` gives seconds on a monotonic clock; tests replace it."""

    pressed = Signal()

    def __init__(self, window: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self._first: float | None = None
        self._down = False
        app = QApplication.instance()
        if app is not None:  # there is one whenever a window exists
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and not event.isAutoRepeat():
                if kind == QEvent.Type.KeyPress:
                    self._escape_pressed(event)
                else:
                    self._down = False
        return False

    def _escape_pressed(self, event: QKeyEvent) -> None:
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        now = self.clock()
        recent = self._first is not None and now - self._first <= DOUBLE_PRESS_SECONDS
        # An ignored key press travels up to the parent widgets and passes this filter
        # once per widget: only a press that follows a release is a new one.
        if self._down and recent:
            return
        self._down = True
        if (plain != Qt.KeyboardModifier.NoModifier or not self.window.isVisible()
                or in_the_middle_of_something(self.window)):
            self._first = None
        elif recent:
            self._first = None
            self.pressed.emit()
        else:
            self._first = now


def in_the_middle_of_something(window: QWidget) -> bool:
    """A dialog or a menu is open, or the focus is in an editor whose Esc cancels it: a
    cell being edited, or a multi-line text being written."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if app.activeModalWidget() is not None or app.activePopupWidget() is not None:
        return True
    if any(isinstance(widget, QDialog) and widget.isVisible() and widget is not window
           for widget in app.topLevelWidgets()):
        return True
    focus = app.focusWidget()
    if isinstance(focus, QTextEdit | QPlainTextEdit) and not focus.isReadOnly():
        return True
    holder = focus.parentWidget() if focus is not None else None
    while holder is not None:
        if (isinstance(holder, QAbstractItemView)
                and holder.state() == QAbstractItemView.State.EditingState):
            return True
        holder = holder.parentWidget()
    return False


def hide_everything() -> None:
    """Take every window of the app off the screen, dialogs, menus and tooltips too."""
    QToolTip.hideText()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()


def leave(lock: Callable[[], None]) -> None:
    """Hide everything, lock with ``lock``, and end the event loop; whoever started the
    app (``ui.app.run_app``) then stops the vault worker, which cancels any import."""
    hide_everything()
    lock()
    # exit() rather than quit(): quit() first asks each window to close, and a window
    # may answer with a question; nothing must appear now.
    QApplication.exit(0)

"""Ask before throwing typed work away: Esc, the Cancel button or the window's close
button on a form the person has changed asks first, and "Keep editing" is the default.

Only the person's own gestures ask. Locking and quick exit close dialogs through
``reject()`` and ``hide()`` directly and are never held up by a question.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

# A bare name pyside6-lupdate recognises, so the strings below reach the .ts files.
translate = QCoreApplication.translate


def confirm_discard(parent: QWidget) -> bool:
    """Ask whether what was typed may be thrown away; True only for an explicit yes."""
    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(),
                      translate("AskBeforeDiscarding", "Throw away what you typed?"), parent=parent)
    box.setInformativeText(translate("AskBeforeDiscarding", "It has not been saved."))
    discard = box.addButton(translate("AskBeforeDiscarding", "&Throw away"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("AskBeforeDiscarding", "&Keep editing"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


class AskBeforeDiscarding(QObject):
    """Guards ``dialog``: when ``changed()`` says there is unsaved work, Esc, Cancel and
    the close button ask with ``confirm_discard`` before the dialog goes."""

    def __init__(self, dialog: QDialog, changed: Callable[[], bool]) -> None:
        super().__init__(dialog)
        self.dialog, self.changed = dialog, changed
        dialog.installEventFilter(self)
        for buttons in dialog.findChildren(
                QDialogButtonBox, options=Qt.FindChildOption.FindDirectChildrenOnly):
            buttons.rejected.disconnect(dialog.reject)
            buttons.rejected.connect(self.cancel)

    def cancel(self) -> None:
        """The person asked to leave: go if nothing would be lost or she says so."""
        if not self.changed() or confirm_discard(self.dialog):
            self.dialog.reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.dialog:
            return False
        escape = (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                  and event.key() == Qt.Key.Key_Escape
                  and event.modifiers() == Qt.KeyboardModifier.NoModifier)
        closing = event.type() == QEvent.Type.Close and event.spontaneous()
        if (escape or closing) and self.changed():
            event.ignore()
            self.cancel()
            return True
        return False

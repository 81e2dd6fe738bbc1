"""Fields every form shares: the passphrase entry and the inline error under a field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QColor, QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ui.common import icons


class PassphraseField(QLineEdit):
    """A passphrase entry: hidden unless the eye is pressed, wiped after use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                                 | Qt.InputMethodHint.ImhNoPredictiveText
                                 | Qt.InputMethodHint.ImhNoAutoUppercase)
        self.reveal = QAction(self)
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self._show_text)
        self.addAction(self.reveal, QLineEdit.ActionPosition.TrailingPosition)
        self._show_text(False)

    def wipe(self) -> None:
        # setText, not clear(): clear() keeps the undo history, and Ctrl+Z after showing
        # the text would bring the passphrase back.
        self.setText("")
        self.reveal.setChecked(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_text(self.reveal.isChecked())
        super().changeEvent(event)

    def _show_text(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.reveal.setIcon(icons.icon("fa6s.eye-slash" if shown else "fa6s.eye"))
        self.reveal.setText(self.tr("Hide the passphrase") if shown
                            else self.tr("Show the passphrase"))
        self.reveal.setToolTip(self.reveal.text())


class InlineError(QLabel):
    """One plain sentence in red under what it is about; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleName(message)
        self.setVisible(bool(message))

    def showEvent(self, event: QShowEvent) -> None:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ef9a9a" if dark else "#b71c1c"))
        self.setPalette(palette)
        super().showEvent(event)

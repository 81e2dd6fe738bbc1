"""The Preferences dialog: the language, applied as soon as it is chosen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.preferences import LANGUAGES, Preferences


class PreferencesDialog(QDialog):
    """Emits ``language_chosen(code)`` ("" for the system's) when the user picks one; the
    window applies it at once, and this dialog's texts follow."""

    language_chosen = Signal(str)

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem("", code)
        self.language.setCurrentIndex(LANGUAGES.index(preferences.language))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.note = QLabel(wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.note.setMinimumWidth(self.fontMetrics().averageCharWidth() * 45)
        self.language.currentIndexChanged.connect(
            lambda index: self.language_chosen.emit(self.language.itemData(index)))
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        names = {"": self.tr("System language"), "fr": "Français", "en": "English"}
        for index in range(self.language.count()):
            self.language.setItemText(index, names[self.language.itemData(index)])
        self.language_label.setText(self.tr("&Language:"))
        self.note.setText(self.tr("The new language applies at once."))

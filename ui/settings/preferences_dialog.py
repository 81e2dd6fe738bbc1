"""The Preferences dialog: the language, when Dossier locks itself, and the disguise.

Each choice applies as soon as it is made; the window saves and applies it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from ui.safety.auto_lock import IDLE_CHOICES
from ui.safety.disguise import NAME_LENGTH, SUGGESTED_NAME, clean_name
from ui.settings.preferences import LANGUAGES, Preferences


class PreferencesDialog(QDialog):
    """Emits ``language_chosen(code)`` ("" for the system's), ``idle_lock_chosen(minutes)``
    (0 for never) and ``disguise_chosen(name)`` ("" for none) as the user chooses."""

    language_chosen = Signal(str)
    idle_lock_chosen = Signal(int)
    disguise_chosen = Signal(str)

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem("", code)
        self.language.setCurrentIndex(LANGUAGES.index(preferences.language))
        self.idle_lock = self._idle_choices(preferences.idle_lock_minutes)
        self.disguised = QCheckBox()
        self.disguise_name = QLineEdit(maxLength=NAME_LENGTH)
        self._show_disguise(preferences.disguise)
        self.language_label, self.idle_label = QLabel(), QLabel()
        self.language_label.setBuddy(self.language)
        self.idle_label.setBuddy(self.idle_lock)
        self.note = self._note()
        self.idle_note = self._note()
        self.disguise_note = self._note()
        self._lay_out()
        self.language.currentIndexChanged.connect(
            lambda index: self.language_chosen.emit(self.language.itemData(index)))
        self.idle_lock.currentIndexChanged.connect(
            lambda index: self.idle_lock_chosen.emit(self.idle_lock.itemData(index)))
        self.disguised.toggled.connect(self._disguise_changed)
        self.disguise_name.editingFinished.connect(self._disguise_changed)
        self._retranslate()

    def _idle_choices(self, current: int) -> QComboBox:
        box = QComboBox()
        choices = list(IDLE_CHOICES)
        if current not in choices:  # set by hand in the settings file: shown as it is
            choices.insert(-1, current)
        for minutes in choices:
            box.addItem("", minutes)
        box.setCurrentIndex(choices.index(current))
        return box

    def _show_disguise(self, name: str) -> None:
        self.disguised.setChecked(bool(clean_name(name)))
        self.disguise_name.setText(clean_name(name) or SUGGESTED_NAME)
        self.disguise_name.setEnabled(self.disguised.isChecked())

    def _disguise_changed(self) -> None:
        on = self.disguised.isChecked()
        self.disguise_name.setEnabled(on)
        name = clean_name(self.disguise_name.text()) or SUGGESTED_NAME
        if self.disguise_name.text() != name:
            self.disguise_name.setText(name)
        self.disguise_chosen.emit(name if on else "")

    def _note(self) -> QLabel:
        note = QLabel(wordWrap=True)
        note.setMinimumWidth(self.fontMetrics().averageCharWidth() * 62)
        return note

    def _lay_out(self) -> None:
        disguise = QHBoxLayout()
        disguise.addWidget(self.disguised)
        disguise.addWidget(self.disguise_name, 1)
        form = QFormLayout()
        gap = self.fontMetrics().height() // 2
        form.addRow(self.language_label, self.language)
        form.addRow(self.note)
        form.addItem(QSpacerItem(0, gap))
        form.addRow(self.idle_label, self.idle_lock)
        form.addRow(self.idle_note)
        form.addItem(QSpacerItem(0, gap))
        form.addRow(disguise)
        form.addRow(self.disguise_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

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
        for index in range(self.idle_lock.count()):
            minutes = self.idle_lock.itemData(index)
            self.idle_lock.setItemText(index, self.tr("%n minute(s)", "", minutes) if minutes
                                       else self.tr("Never"))
        self.idle_label.setText(self.tr("Lock when &idle for:"))
        self.idle_note.setText(self.tr(
            "It also locks when the screen locks and before the computer goes to sleep."))
        self.disguised.setText(self.tr("&Disguise the app as:"))
        self.disguise_name.setAccessibleName(self.tr("Name of the disguise"))
        self.disguise_note.setText(self.tr(
            "The window title, the app's name and its icon become neutral. If the app was "
            "installed with an entry in your system's menu, the entry changes too; the menu "
            "may take a moment to show it. A disguise only helps against a quick look."))

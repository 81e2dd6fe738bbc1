"""The Preferences dialog: the language, when Dossier locks itself, the disguise, and the
folder backups go to.

Each choice applies as soon as it is made; the window saves and applies it.
"""

from __future__ import annotations

from pathlib import Path

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
    QPushButton,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from app.vault.backups import KEEP
from ui.common import file_dialogs
from ui.safety.auto_lock import IDLE_CHOICES
from ui.safety.disguise import NAME_LENGTH, SUGGESTED_NAME, clean_name
from ui.settings.preferences import LANGUAGES, Preferences


class PreferencesDialog(QDialog):
    """Emits ``language_chosen(code)`` ("" for the system's), ``idle_lock_chosen(minutes)``
    (0 for never), ``disguise_chosen(name)`` ("" for none) and ``backup_folder_chosen(path)``
    as the user chooses, and ``backup_now_requested`` for "Back up now"."""

    language_chosen = Signal(str)
    idle_lock_chosen = Signal(int)
    disguise_chosen = Signal(str)
    backup_folder_chosen = Signal(str)
    backup_now_requested = Signal()

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
        self.backup_folder = QLineEdit(preferences.backup_folder, readOnly=True)
        self.backup_folder.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.choose_folder, self.back_up = QPushButton(), QPushButton()
        self.backup_label = QLabel()
        self.backup_label.setBuddy(self.choose_folder)
        self.backup_news = QLabel(wordWrap=True, visible=False)  # type: ignore[call-overload]  # Qt properties
        self.language_label, self.idle_label = QLabel(), QLabel()
        self.language_label.setBuddy(self.language)
        self.idle_label.setBuddy(self.idle_lock)
        self.note = self._note()
        self.idle_note = self._note()
        self.disguise_note = self._note()
        self.backup_note = self._note()
        self._lay_out()
        self.language.currentIndexChanged.connect(
            lambda index: self.language_chosen.emit(self.language.itemData(index)))
        self.idle_lock.currentIndexChanged.connect(
            lambda index: self.idle_lock_chosen.emit(self.idle_lock.itemData(index)))
        self.disguised.toggled.connect(self._disguise_changed)
        self.disguise_name.editingFinished.connect(self._disguise_changed)
        self.choose_folder.clicked.connect(self._choose_folder)
        self.back_up.clicked.connect(self.backup_now_requested)
        self.unlocked = False
        self.set_backup_possible(False)
        self._retranslate()

    def set_backup_possible(self, unlocked: bool) -> None:
        """"Back up now" needs an open vault and a folder."""
        self.unlocked = unlocked
        self.back_up.setEnabled(unlocked and bool(self.backup_folder.text()))

    def show_backup_news(self, text: str) -> None:
        """How the last backup went (the banner's words), or nothing."""
        self.backup_news.setText(text)
        self.backup_news.setVisible(bool(text))

    def _choose_folder(self) -> None:
        current = self.backup_folder.text()
        chosen = file_dialogs.open_folder(self, self.tr("Folder for the backups"),
                                          Path(current) if current else None)
        if chosen is not None:
            self.backup_folder.setText(str(chosen))
            self.backup_folder_chosen.emit(str(chosen))
            self.set_backup_possible(self.unlocked)

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
        form.addItem(QSpacerItem(0, gap))
        backup = QHBoxLayout()
        for widget in (self.backup_folder, self.choose_folder, self.back_up):
            backup.addWidget(widget, widget is self.backup_folder)
        form.addRow(self.backup_label, backup)
        form.addRow(self.backup_note)
        form.addRow(self.backup_news)
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
        self.backup_label.setText(self.tr("&Backup folder:"))
        self.backup_folder.setPlaceholderText(self.tr("no folder chosen"))
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        self.choose_folder.setText(self.tr("C&hoose…"))
        self.back_up.setText(self.tr("Back &up now"))
        self.backup_note.setText(self.tr(
            "A USB stick that you keep apart, for example. When the vault locks or Dossier "
            "closes, a backup is written there if anything changed, and checked; the "
            "newest %n are kept. If the stick is not plugged in, the backup waits for the "
            "next time. A backup opens with the passphrase the vault had when it was made.",
            "", KEEP))

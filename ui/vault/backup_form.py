"""Which backup, and its passphrase: the form that restoring and the restore drill share.
A backup is chosen from the backup folder by its date (the newest is chosen already), or
as any file; the passphrase is the one the vault had when the backup was made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ui.common import file_dialogs
from ui.common.fields import PassphraseField
from ui.vault.backup_list import FolderBackupChoice


class BackupForm(QWidget):
    """Emits ``changed`` when the backup or the passphrase changes, and ``submitted`` when
    Enter is pressed in the passphrase."""

    changed = Signal()
    submitted = Signal()

    def __init__(self, folder: Path | None, start_in: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_in = folder or start_in  # where the file chooser opens
        self.backup: Path | None = None
        self.by_date = FolderBackupChoice(folder)  # the backup folder's, by date
        self.place = QLineEdit(readOnly=True)
        self.choose = QPushButton()
        self.passphrase = PassphraseField()
        self.labels = [QLabel() for _ in range(3)]
        for label, buddy in zip(self.labels, (self.by_date, self.choose, self.passphrase),
                                strict=True):
            label.setBuddy(buddy)
        self._lay_out()
        self.by_date.chosen.connect(self.set_backup)
        self.choose.clicked.connect(self._choose)
        self.passphrase.textChanged.connect(self.changed)
        self.passphrase.returnPressed.connect(self.submitted)
        if self.by_date.newest is not None:
            self.set_backup(self.by_date.newest)
        self._retranslate()

    @property
    def filled(self) -> bool:
        return self.backup is not None and bool(self.passphrase.text())

    def set_backup(self, path: Path) -> None:
        self.backup = Path(path)
        self.place.setText(str(path))
        self.changed.emit()

    def set_busy(self, busy: bool) -> None:
        for widget in (self.by_date, self.choose, self.passphrase):
            widget.setEnabled(not busy)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _choose(self) -> None:
        chosen = file_dialogs.open_file(
            self, self.tr("Choose the backup"), self.start_in,
            [self.tr("Dossier vaults (%1)").replace("%1", file_dialogs.VAULT_FILTER),
             self.tr("All files (*)")])
        if chosen is not None:
            self.set_backup(chosen)

    def _lay_out(self) -> None:
        place = QHBoxLayout()
        place.addWidget(self.place, 1)
        place.addWidget(self.choose)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        if self.by_date.count():
            form.addRow(self.labels[0], self.by_date)
        form.addRow(self.labels[1], place)
        form.addRow(self.labels[2], self.passphrase)

    def _retranslate(self) -> None:
        self.labels[0].setText(self.tr("Backups in the backup &folder, by date:"))
        self.labels[1].setText(self.tr("&Backup file:"))
        self.place.setAccessibleName(self.tr("Backup file"))
        self.choose.setText(self.tr("C&hoose…"))
        self.labels[2].setText(self.tr("&Passphrase of the backup:"))
        self.passphrase.setPlaceholderText(self.tr("the passphrase you had when it was made"))

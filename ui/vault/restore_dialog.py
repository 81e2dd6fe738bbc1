"""Restore the vault from a backup: choose the backup, give its passphrase, and Dossier
checks it whole before it takes the vault's place (``app.restore``). The vault as it was is
kept beside it, so a wrong choice loses nothing. Afterwards the window locks, and the
restored vault is unlocked with the backup's passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.vault import restore
from app.vault.vault import Vault
from ui.common import file_dialogs
from ui.common.fields import InlineError, PassphraseField
from ui.common.i18n import core_text
from ui.common.operations import Task, VaultService
from ui.vault.backup_list import FolderBackupChoice


class RestoreDialog(QDialog):
    """Emits ``restored`` (what happened, in a sentence) once the backup is in place and
    the vault must be unlocked again, then closes: the window locks and says it."""

    restored = Signal(str)

    def __init__(self, service: VaultService, vault_path: Path,
                 parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = service
        self.vault_path = Path(vault_path)
        self.backup: Path | None = None
        self.by_date = FolderBackupChoice(folder)  # the backup folder's, by date
        self.busy = False
        self.restored_ok = False
        self.explain = QLabel(wordWrap=True)
        self.place = QLineEdit(readOnly=True)
        self.choose = QPushButton()
        self.passphrase = PassphraseField()
        self.labels = [QLabel(), QLabel(), QLabel()]
        self.labels[0].setBuddy(self.choose)
        self.labels[1].setBuddy(self.passphrase)
        self.labels[2].setBuddy(self.by_date)
        self.progress = QProgressBar(minimum=0, maximum=0, textVisible=False, visible=False)  # type: ignore[call-arg]  # keywords: Qt properties
        self.outcome = QLabel(wordWrap=True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = InlineError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start = QPushButton(default=True)
        self.buttons.addButton(self.start, QDialogButtonBox.ButtonRole.ActionRole)
        self._lay_out()
        self.choose.clicked.connect(self._choose)
        self.passphrase.textChanged.connect(self._check)
        self.passphrase.returnPressed.connect(self.run)
        self.start.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        self.by_date.chosen.connect(self.set_backup)
        if self.by_date.newest is not None:
            self.set_backup(self.by_date.newest)
        self._retranslate()

    def set_backup(self, path: Path) -> None:
        self.backup = Path(path)
        self.place.setText(str(path))
        self.error.show_message("")
        self._check()

    def run(self) -> None:
        """Check the backup and put it in place, on the vault worker."""
        if not self._ready():
            return
        backup, passphrase = self.backup, self.passphrase.text()
        assert backup is not None

        def put_back(vault: Vault, _task: Task[None]) -> restore.Restored:
            return restore.restore(vault, backup, passphrase)
        self._set_busy(True)
        self.error.show_message("")
        self.service.run(put_back, self._finished, self._failed)

    def reject(self) -> None:
        if not self.busy:  # the swap is never left halfway
            super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _ready(self) -> bool:
        return (self.backup is not None and bool(self.passphrase.text()) and not self.busy
                and not self.restored_ok)

    def _check(self) -> None:
        self.start.setEnabled(self._ready())

    def _choose(self) -> None:
        chosen = file_dialogs.open_file(
            self, self.tr("Choose the backup"), self.vault_path.parent,
            [self.tr("Dossier vaults (%1)").replace("%1", file_dialogs.VAULT_FILTER),
             self.tr("All files (*)")])
        if chosen is not None:
            self.set_backup(chosen)

    def _finished(self, done: restore.Restored) -> None:
        self._set_busy(False)
        self.restored_ok = True
        self.passphrase.wipe()
        for widget in (self.choose, self.passphrase):
            widget.setEnabled(False)
        self.outcome.setText(
            self.tr("The backup is in place: %n item(s), every original checked.", "",
                    done.items) + " " +
            self.tr("The vault as it was is kept in %1. The vault is now locked: unlock it "
                    "with the backup's passphrase.").replace("%1", str(done.kept_as)))
        self._check()
        self.restored.emit(self.outcome.text())
        self.accept()

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.error.show_message(core_text(message))
        self.passphrase.wipe()
        self.passphrase.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        for widget in (self.choose, self.passphrase, self.buttons):
            widget.setEnabled(not busy)
        self._check()

    def _lay_out(self) -> None:
        place = QHBoxLayout()
        place.addWidget(self.place, 1)
        place.addWidget(self.choose)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        if self.by_date.count():
            form.addRow(self.labels[2], self.by_date)
        form.addRow(self.labels[0], place)
        form.addRow(self.labels[1], self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        for widget in (self.progress, self.outcome, self.error, self.buttons):
            layout.addWidget(widget)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # grows with the texts
        for label in (self.explain, self.outcome, self.error):
            label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.explain.setText(self.tr(
            "Choose a backup of this vault. Dossier first checks that it opens and that "
            "nothing in it has changed; only then does it take the vault's place. The vault "
            "as it is now is kept beside it, in “%1”, so nothing is lost.").replace(
            "%1", restore.kept_name(self.vault_path).name))
        self.labels[0].setText(self.tr("&Backup file:"))
        self.labels[2].setText(self.tr("Backups in the backup &folder, by date:"))
        self.place.setAccessibleName(self.tr("Backup file"))
        self.choose.setText(self.tr("C&hoose…"))
        self.labels[1].setText(self.tr("&Passphrase of the backup:"))
        self.passphrase.setPlaceholderText(self.tr("the passphrase you had when it was made"))
        self.start.setText(self.tr("&Restore"))
        self._check()


def show_restored(parent: QWidget, message: str) -> None:
    """Say over the locked window what the restore did; the vault waits to be unlocked."""
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("RestoreDialog", "Restore from a backup"),
                      message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()

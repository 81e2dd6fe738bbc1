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
    QLabel,
    QLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.vault import restore
from app.vault.vault import Vault
from ui.common.fields import InlineError
from ui.common.i18n import core_text
from ui.common.operations import Task, VaultService
from ui.vault.backup_form import BackupForm


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
        self.busy = False
        self.restored_ok = False
        self.explain = QLabel(wordWrap=True)
        self.form = BackupForm(folder, self.vault_path.parent)
        self.passphrase = self.form.passphrase
        self.progress = QProgressBar(minimum=0, maximum=0, textVisible=False, visible=False)  # type: ignore[call-arg]  # keywords: Qt properties
        self.outcome = QLabel(wordWrap=True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = InlineError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start = QPushButton(default=True)
        self.buttons.addButton(self.start, QDialogButtonBox.ButtonRole.ActionRole)
        self._lay_out()
        self.form.changed.connect(self._check)
        self.form.submitted.connect(self.run)
        self.start.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        self._retranslate()

    @property
    def backup(self) -> Path | None:
        return self.form.backup

    def set_backup(self, path: Path) -> None:
        self.form.set_backup(path)
        self.error.show_message("")

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
        return self.form.filled and not self.busy and not self.restored_ok

    def _check(self) -> None:
        self.start.setEnabled(self._ready())

    def _finished(self, done: restore.Restored) -> None:
        self._set_busy(False)
        self.restored_ok = True
        self.passphrase.wipe()
        self.form.set_busy(True)  # done: nothing more to choose
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
        self.form.set_busy(busy)
        self.buttons.setEnabled(not busy)
        self._check()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        for widget in (self.explain, self.form, self.progress, self.outcome, self.error,
                       self.buttons):
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

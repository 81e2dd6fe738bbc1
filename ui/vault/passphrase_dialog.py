"""Change the vault's passphrase: the current one is asked again, then the new one twice.

The vault is unlocked, but whoever sits at an unlocked screen must not be able to lock the
owner out, so the current passphrase is checked (one key derivation) before anything
changes. The change itself rewraps the vault's key (instant); "my old passphrase may be
known" also re-encrypts every page under a new key, as long as a backup takes.
Everything runs on the vault worker.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.vault import side_copies
from app.vault.vault import Vault
from ui.access.strength import StrengthMeter
from ui.common.fields import InlineError, PassphraseField
from ui.common.i18n import core_text
from ui.common.operations import Task, VaultService


class PassphraseDialog(QDialog):
    """Current passphrase, new passphrase with its strength, and the new one again."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = service
        self.busy = False
        self.current, self.new, self.again = PassphraseField(), PassphraseField(), \
            PassphraseField()
        self.meter = StrengthMeter()
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.labels, (self.current, self.new, self.again), strict=True):
            label.setBuddy(field)
        self.hint = QLabel(wordWrap=True)
        self.leaked = QCheckBox()
        self.progress = QProgressBar(minimum=0, maximum=0, textVisible=False, visible=False)  # type: ignore[call-arg]  # keywords: Qt properties
        self.outcome = QLabel(wordWrap=True)
        self.error = InlineError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change = QPushButton(default=True)
        self.buttons.addButton(self.change, QDialogButtonBox.ButtonRole.ActionRole)
        self._lay_out()
        for field in (self.current, self.new, self.again):
            field.textChanged.connect(self._check)
        self.change.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._retranslate()

    @property
    def acceptable(self) -> bool:
        new = self.new.text()
        return (bool(self.current.text()) and self.meter.strength.acceptable
                and new == self.again.text() and new != self.current.text())

    def submit(self) -> None:
        if not self.acceptable:
            return
        current, new = self.current.text(), self.new.text()
        renew = self.leaked.isChecked()

        def change(vault: Vault, _task: Task[None]) -> side_copies.Outcome | None:
            if not vault.passphrase_matches(current):
                return None
            if renew:
                vault.renew_master_key()
            vault.change_passphrase(new)
            # Copies kept beside the vault would still open with the old passphrase,
            # which may be the one someone learnt: they follow the vault.
            return side_copies.rekey(side_copies.beside(vault.path), current, new)
        self._set_busy(True)
        self.error.show_message("")
        self.service.run(change, self._finished, self._failed)

    def reject(self) -> None:
        if not self.busy:  # re-encryption is not interrupted halfway
            super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _finished(self, copies: side_copies.Outcome | None) -> None:
        self._set_busy(False)
        if copies is None:
            self.error.show_message(self.tr("The current passphrase is not right."))
            self.current.wipe()
            self.current.setFocus()
            return
        for field in (self.current, self.new, self.again):
            field.wipe()
            field.setEnabled(False)
        said = [self.tr("The passphrase is changed. Use the new one from now on.")]
        if self.leaked.isChecked():
            said.append(self.tr("Every page was re-encrypted under a new key. Your recovery "
                                "key no longer works: make a new one (File ▸ Recovery key) "
                                "if you want one."))
        if copies.rekeyed:
            said.append(self.tr("%n copy kept beside the vault (before a restore or an "
                                "upgrade) now opens with the new passphrase too.", "",
                                len(copies.rekeyed)))
        if copies.kept:
            said.append(self.tr("These copies still open with an older passphrase; delete "
                                "them if you no longer need them: %1").replace(
                "%1", ", ".join(path.name for path, _reason in copies.kept)))
        self.outcome.setText(" ".join(said))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Close"))

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.error.show_message(core_text(message))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        for widget in (self.current, self.new, self.again, self.leaked, self.buttons):
            widget.setEnabled(not busy)
        self._check()

    def _check(self) -> None:
        self.meter.set_passphrase(self.new.text())
        self.change.setEnabled(self.acceptable and not self.busy and not self.outcome.text())
        hint = ""
        if self.new.text() and not self.meter.strength.acceptable:
            hint = self.tr("Too easy to guess: make it at least “Fair”.")
        elif self.again.text() and self.again.text() != self.new.text():
            hint = self.tr("The two new passphrases are not the same.")
        elif self.new.text() and self.new.text() == self.current.text():
            hint = self.tr("The new passphrase is the same as the current one.")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.labels[0], self.current)
        form.addRow(self.labels[1], self.new)
        form.addRow(self.meter)
        form.addRow(self.labels[2], self.again)
        form.addRow(self.leaked)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.hint, self.progress, self.outcome, self.error, self.buttons):
            layout.addWidget(widget)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # grows with the texts
        self.current.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.labels[0].setText(self.tr("&Current passphrase:"))
        self.labels[1].setText(self.tr("&New passphrase:"))
        self.labels[2].setText(self.tr("New passphrase &again:"))
        self.change.setText(self.tr("C&hange the passphrase"))
        self.leaked.setText(self.tr("&My old passphrase may be known to someone: "
                                    "re-encrypt everything"))
        self._check()

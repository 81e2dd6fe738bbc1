"""The access screen's third form, behind "Forgot your passphrase?": the recovery key,
then a new passphrase twice, with its strength as at creation.

A typing mistake in the key is told here, before anything is tried: the key carries a
check group (``app.vault.recovery_key``), so no failed unlock is counted for a typo.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.common import errors
from app.vault import recovery_shares
from ui.access.forms import colour_as_link, heading, link_button
from ui.access.strength import StrengthMeter
from ui.common.fields import InlineError, PassphraseField
from ui.common.i18n import core_text


class RecoverForm(QWidget):
    """Recovery key, new passphrase, again; ``submitted(key, new passphrase)``."""

    submitted = Signal(str, str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(self)
        self.intro = QLabel(wordWrap=True)
        self.key = QLineEdit()
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.new, self.again = PassphraseField(), PassphraseField()
        self.meter = StrengthMeter()
        self.hint = QLabel(wordWrap=True)
        self.error = InlineError()
        self.submit_button = QPushButton(default=True)
        self.back_link = link_button()
        self._lay_out()
        for field in (self.key, self.new, self.again):
            field.textChanged.connect(self._check)
        for field in (self.key, self.new, self.again):
            field.returnPressed.connect(self._submit)
        self.submit_button.clicked.connect(self._submit)
        self.back_link.clicked.connect(self.back)
        self._retranslate()

    @property
    def acceptable(self) -> bool:
        return (bool(self.key.text().strip()) and self.meter.strength.acceptable
                and self.new.text() == self.again.text())

    def reset(self) -> None:
        for field in (self.key, self.new, self.again):
            field.clear()
        self.error.show_message("")
        self._check()

    def failed(self, message: str) -> None:
        """The key did not open the vault (or the vault refused): said, key kept to fix."""
        self.error.show_message(message)
        self.key.setFocus()

    def focus(self) -> None:
        self.key.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        colour_as_link(self.back_link, self)
        super().showEvent(event)

    def _submit(self) -> None:
        if not self.acceptable:
            return
        try:
            recovery_shares.read(self.key.text())
        except errors.VaultError as mistake:  # a typo, or one share of two
            self.failed(core_text(mistake.text))
            return
        self.error.show_message("")
        self.submitted.emit(self.key.text(), self.new.text())

    def _check(self) -> None:
        self.meter.set_passphrase(self.new.text())
        self.submit_button.setEnabled(self.acceptable)
        hint = ""
        if self.new.text() and not self.meter.strength.acceptable:
            hint = self.tr("Too easy to guess: make it at least “Fair”.")
        elif self.again.text() and self.again.text() != self.new.text():
            hint = self.tr("The two new passphrases are not the same.")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def _lay_out(self) -> None:
        self.key_label, self.new_label, self.again_label = QLabel(), QLabel(), QLabel()
        for label, field in ((self.key_label, self.key), (self.new_label, self.new),
                             (self.again_label, self.again)):
            label.setBuddy(field)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.key_label, self.key)
        form.addRow(self.new_label, self.new)
        form.addRow(self.meter)
        form.addRow(self.again_label, self.again)
        form.addRow(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        layout.addLayout(buttons)
        layout.addWidget(self.back_link, 0, Qt.AlignmentFlag.AlignLeft)
        self.setTabOrder(self.key, self.new)
        self.setTabOrder(self.new, self.again)
        self.setTabOrder(self.again, self.submit_button)
        self.setTabOrder(self.submit_button, self.back_link)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Forgot your passphrase?"))
        self.intro.setText(self.tr(
            "If you made a recovery key, type it as it is written on its sheet (or two of its "
            "shares, one after the other), then choose a new passphrase. The former passphrase will no longer open the vault. Without "
            "a recovery key, nobody can open the vault; wrong passphrases erase nothing, so "
            "you can try yours again calmly."))
        self.key_label.setText(self.tr("&Recovery key:"))
        self.new_label.setText(self.tr("&New passphrase:"))
        self.again_label.setText(self.tr("New passphrase &again:"))
        self.submit_button.setText(self.tr("&Set the new passphrase"))
        self.back_link.setText(self.tr("&Back to the passphrase"))
        self.key.setAccessibleName(self.tr("Recovery key"))
        self._check()

"""File ▸ Recovery key, also offered once just after a vault is created: make a recovery
key, see it once, and save its sheet as a printable page (PDF) or a text file.

Never forced: the person may share her home with the one she fears, and a sheet he finds
opens the vault. The dialog says so before anything is made, and "Not now" is as easy as
"Make a recovery key". The key shows in this dialog only, until it is closed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.common import dates, errors
from app.vault import recovery_sheet
from app.vault.recovery_key import RecoveryKey
from app.vault.vault import Vault
from ui.common import file_dialogs
from ui.common.fields import InlineError
from ui.common.i18n import core_text
from ui.common.operations import Task, VaultService


class RecoveryKeyDialog(QDialog):
    """Explain, make the key on the vault worker, then show it and offer its sheet."""

    def __init__(self, service: VaultService, vault_path: Path, offered: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = service
        self.vault_path = Path(vault_path)
        self.offered = offered  # just after creating the vault: "Not now" rather than "Close"
        self.busy = False
        self.key: RecoveryKey | None = None
        self.made_at = ""  # when the current key was made, "" when there is none
        self.explain, self.risk, self.former = (QLabel(wordWrap=True) for _ in range(3))
        self.shown_key = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.shown_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.shown_key.setFont(font)
        self.after = QLabel(wordWrap=True)
        self.save_pdf, self.save_text = QPushButton(), QPushButton()
        self.saved = QLabel(wordWrap=True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(minimum=0, maximum=0, textVisible=False, visible=False)  # type: ignore[call-arg]  # keywords: Qt properties
        self.error = InlineError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.make = QPushButton(default=True)
        self.buttons.addButton(self.make, QDialogButtonBox.ButtonRole.ActionRole)
        self._lay_out()
        for widget in (self.shown_key, self.after, self.save_pdf, self.save_text):
            widget.setVisible(False)  # until the key is made
        self.make.clicked.connect(self.make_key)
        self.save_pdf.clicked.connect(lambda: self._save(pdf=True))
        self.save_text.clicked.connect(lambda: self._save(pdf=False))
        self.buttons.rejected.connect(self.reject)
        self._retranslate()
        self.service.run(lambda vault, _task: vault.recovery_key_made, self._knew, self._failed)

    def make_key(self) -> None:
        self._set_busy(True)
        self.error.show_message("")

        def make(vault: Vault, _task: Task[None]) -> RecoveryKey:
            return vault.make_recovery_key()
        self.service.run(make, self._made, self._failed)

    def reject(self) -> None:
        if not self.busy:
            self.key = None
            self.shown_key.clear()
            super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _knew(self, made_at: str | None) -> None:
        self.made_at = made_at or ""
        self._retranslate()

    def _made(self, key: RecoveryKey) -> None:
        self._set_busy(False)
        self.key = key
        self.made_at = dates.to_iso(dates.now())
        self.shown_key.setText(str(key))
        for widget in (self.shown_key, self.after, self.save_pdf, self.save_text):
            widget.setVisible(True)
        self.make.setVisible(False)
        self.former.setVisible(False)
        self._retranslate()

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.error.show_message(core_text(message))

    def _save(self, pdf: bool) -> None:
        if self.key is None:
            return
        language = sheet_language()
        stem = "cle-de-secours" if language == "fr" else "recovery-key"
        suggested = Path.home() / f"{stem}.{'pdf' if pdf else 'txt'}"
        chosen = file_dialogs.save_file(self, self.tr("Save the recovery sheet"), suggested)
        if chosen is None:
            return
        sheet = recovery_sheet.compose(self.key, self.vault_path.name, dates.now(), language)
        try:
            if pdf:
                from app.export.recovery_page import write_pdf  # fpdf2: loaded when asked

                write_pdf(sheet, chosen)
            else:
                chosen.unlink(missing_ok=True)  # the dialog asked before replacing it
                recovery_sheet.reserve(chosen)
                recovery_sheet.write_text(chosen, sheet)
        except errors.DossierError as error:  # the folder refuses, the disk is full...
            self.error.show_message(core_text(error.text))
            return
        self.saved.setText(self.tr("Saved in %1. Once it is printed or copied, delete this "
                                   "file: whoever finds it can open the vault.").replace(
            "%1", str(chosen)))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.buttons.setEnabled(not busy)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        widget: QWidget
        for widget in (self.explain, self.risk, self.former, self.shown_key, self.after):
            layout.addWidget(widget)
        saving = QHBoxLayout()
        saving.addWidget(self.save_pdf)
        saving.addWidget(self.save_text)
        saving.addStretch(1)
        layout.addLayout(saving)
        for widget in (self.saved, self.progress, self.error, self.buttons):
            layout.addWidget(widget)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # grows with the texts
        self.explain.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovery key"))
        self.explain.setText(self.tr(
            "A recovery key is a second key to this vault, written on a sheet of paper. If "
            "you forget your passphrase, it lets you choose a new one (“Forgot your "
            "passphrase?” when you unlock)."))
        self.risk.setText(self.tr(
            "But whoever holds the sheet can open the vault and read everything in it. Keep "
            "it away from home, with someone you trust or in a safe place. If the person "
            "who harms you might find it, it is safer not to make one: you can make one "
            "later from File ▸ Recovery key."))
        self.former.setText(self.tr(
            "A recovery key was made on %1. Making a new one cancels it.").replace(
            "%1", QLocale().toString(QDate.fromString(self.made_at[:10], Qt.DateFormat.ISODate),
                                     QLocale.FormatType.LongFormat)))
        self.former.setVisible(bool(self.made_at) and self.key is None)
        self.after.setText(self.tr(
            "Write it down or save its sheet now: it is not shown again once this window "
            "closes. The letters I, L, O and U are never used."))
        self.save_pdf.setText(self.tr("Save a &printable page (PDF)…"))
        self.save_text.setText(self.tr("Save as a &text file…"))
        self.make.setText(self.tr("&Make a new recovery key") if self.made_at and not self.key
                          else self.tr("&Make a recovery key"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Not now") if self.offered and self.key is None
                      else self.tr("&Close"))


def sheet_language() -> str:
    """The window's language, if the sheet can be written in it."""
    language = QLocale.languageToCode(QLocale().language())
    return language if language in recovery_sheet.LANGUAGES else "en"

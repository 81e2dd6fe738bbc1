"""Report to the sender's provider: the abuse report (RFC 5965) of one e-mail, saved as
an .eml file she sends from her own mail program.

The dialog says where to send it, and why those addresses are only guesses: nothing can
be looked up offline. Dossier never sends anything. The file leaves the vault, so it is
not encrypted, and the dialog says so before she chooses where it goes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.export import abuse_report
from app.export.abuse_report import AbuseReport
from app.vault.vault import Vault
from ui.common import file_dialogs
from ui.common.i18n import core_text
from ui.common.operations import Task, VaultService


class AbuseReportDialog(QDialog):
    """Builds the report in the chosen language, shows the addresses, saves on request."""

    def __init__(self, service: VaultService, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._item_id = item_id
        self.report: AbuseReport | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per click, none kept
        self.setWindowTitle(self.tr("Report to the sender's provider"))
        self.intro = self._label(self.tr(
            "Dossier writes an abuse report in the format e-mail providers process "
            "(RFC 5965): a few sentences for their abuse desk, the sender's IP address and "
            "time, and this e-mail attached exactly as it arrived. You send it from your "
            "own mail program: Dossier never sends anything. The file is not encrypted."))
        self.language = QComboBox(self)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(1 if QLocale().name().startswith("en") else 0)
        self.language.currentIndexChanged.connect(self._build)
        self.addresses = self._label("")
        self.addresses.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caution = self._label(self.tr(
            "Dossier cannot look these addresses up without the Internet: each is a guess, "
            "abuse@ followed by the domain of the server that first relayed the e-mail, or "
            "of the sender's address. Check the provider's web site for its abuse address "
            "or form before you send the report."))
        self.error = self._label("")
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&Language of the report:"), self.language)
        form.addRow(self.tr("Where to send it:"), self.addresses)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save = buttons.addButton(self.tr("&Save the report…"),
                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setEnabled(False)
        self.save.clicked.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        for widget in (self.caution, self.error, buttons):
            layout.addWidget(widget)
        self._build()

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _build(self) -> None:
        item_id, language = self._item_id, str(self.language.currentData())
        self.save.setEnabled(False)

        def operation(vault: Vault, _task: Task[None]) -> AbuseReport:
            return abuse_report.build(vault.db, item_id, language)
        self._service.run(operation, self._built, self._failed)

    def _built(self, report: AbuseReport) -> None:
        self.report = report
        self.addresses.setText("\n".join(report.addresses) or self.tr(
            "No address can be guessed from this e-mail's headers."))
        self.error.clear()
        self.save.setEnabled(True)

    def _failed(self, message: str) -> None:
        self.error.setText(self.tr("The report could not be made: %1").replace(
            "%1", core_text(message)))

    def _save(self) -> None:
        report = self.report
        if report is None:
            return
        suggested = Path.home() / self.tr("abuse-report-%1.eml").replace(
            "%1", str(self._item_id))
        chosen = file_dialogs.save_file(self, self.tr("Save the abuse report"), suggested,
                                        [self.tr("E-mail (*.eml)")], confirm_overwrite=False)
        if chosen is None:
            return

        def operation(_vault: Vault, _task: Task[None]) -> Path:
            abuse_report.save(report, chosen)  # off the window's thread, never over a file
            return chosen
        self._service.run(operation, self._saved, self._failed_to_save)

    def _saved(self, path: Path) -> None:
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "The report is saved as %1. Attach it to an e-mail to the provider's abuse "
            "address, from your own mail program.").replace("%1", path.name))
        self.accept()

    def _failed_to_save(self, message: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), self.tr(
            "The report could not be saved: %1").replace("%1", core_text(message)))

"""Back up the vault: an encrypted copy, opened by the same passphrase, in a file the user
picks (a USB stick, another disk). The result shows in the dialog itself."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common import file_dialogs
from ui.common.fields import InlineError
from ui.common.i18n import core_text
from ui.common.operations import VaultService


class BackupDialog(QDialog):
    """Choose where the copy goes, start it, and read how it went."""

    def __init__(self, service: VaultService, vault_path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = service
        self.busy = False
        self.destination = vault_path.with_name(
            f"{vault_path.stem}-backup-{date.today().isoformat()}.dossier")
        self.explain = QLabel(wordWrap=True)
        self.place_label = QLabel()
        self.place = QLineEdit(str(self.destination), readOnly=True)
        self.choose = QPushButton()
        self.place_label.setBuddy(self.choose)
        self.progress = QProgressBar(minimum=0, maximum=0, textVisible=False, visible=False)  # type: ignore[call-arg]  # keywords: Qt properties
        self.outcome = QLabel(wordWrap=True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = InlineError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start = QPushButton(default=True)
        self.buttons.addButton(self.start, QDialogButtonBox.ButtonRole.ActionRole)
        self._lay_out()
        self.choose.clicked.connect(self._choose)
        self.start.clicked.connect(self.back_up)
        self.buttons.rejected.connect(self.reject)
        self._retranslate()

    def back_up(self) -> None:
        """Write the copy on the vault worker; the dialog says when it is done."""
        self._set_busy(True)
        self.error.show_message("")
        destination = self.destination
        self.service.run(lambda vault, _task: vault.backup(destination), self._finished,
                         self._failed)

    def set_destination(self, path: Path) -> None:
        self.destination = path
        self.place.setText(str(path))
        self.outcome.clear()
        self.start.setEnabled(True)

    def reject(self) -> None:
        if not self.busy:  # the copy finishes first: a half copy is never left behind
            super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _choose(self) -> None:
        chosen = file_dialogs.save_file(self, self.tr("Where to write the backup"),
                                        self.destination, confirm_overwrite=False)
        if chosen is not None:
            self.set_destination(chosen)

    def _finished(self, _result: object) -> None:
        self._set_busy(False)
        self.start.setEnabled(False)
        self.outcome.setText(self.tr("The backup is written in %1. It opens with the same "
                                  "passphrase as this vault.").replace("%1", str(self.destination)))

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.error.show_message(core_text(message))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        for widget in (self.choose, self.start, self.buttons):
            widget.setEnabled(not busy)

    def _lay_out(self) -> None:
        place = QHBoxLayout()
        place.addWidget(self.place, 1)
        place.addWidget(self.choose)
        layout = QVBoxLayout(self)
        widget: QWidget
        for widget in (self.explain, self.place_label):
            layout.addWidget(widget)
        layout.addLayout(place)
        for widget in (self.progress, self.outcome, self.error, self.buttons):
            layout.addWidget(widget)
        # Fixed to what the texts need, so a result that wraps onto more lines is never cut.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        for label in (self.explain, self.outcome, self.error):
            label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Back up the vault"))
        self.explain.setText(self.tr(
            "A backup is a full copy of the vault, encrypted with the same passphrase. Keep it "
            "on a USB stick or a disk that nobody else can reach."))
        self.place_label.setText(self.tr("The backup will be written to this file:"))
        self.place.setAccessibleName(self.tr("Backup file"))
        self.choose.setText(self.tr("C&hoose…"))
        self.start.setText(self.tr("&Back up"))

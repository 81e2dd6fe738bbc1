"""File ▸ Check a backup: the restore drill. A backup (from the backup folder, by date, or
any file) is opened with its passphrase, checked whole, and what it holds is said: how
many items, which cases, its last change. Neither the backup nor the vault is changed
(``app.vault.drill`` works on a private copy), so it can be done as often as wished."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.fields import InlineError
from ui.common.i18n import core_text
from ui.common.operations import Task, VaultService
from ui.common.words import clock_text, day_text
from ui.vault.backup_form import BackupForm

if TYPE_CHECKING:
    from datetime import datetime

    from app.vault.drill import Drill
    from app.vault.vault import Vault


class BackupDrillDialog(QDialog):
    """Choose a backup, give its passphrase, press Check; ``drill`` holds the answer."""

    def __init__(self, service: VaultService, folder: Path | None, start_in: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = service
        self.drill: Drill | None = None
        self.checked: Path | None = None  # the backup ``drill`` is about
        self.busy = False
        self.explain = QLabel(wordWrap=True)
        self.form = BackupForm(folder, start_in)
        self.passphrase = self.form.passphrase
        self.progress = QProgressBar(minimum=0, maximum=0, textVisible=False, visible=False)  # type: ignore[call-arg]  # keywords: Qt properties
        self.verdict = QLabel(wordWrap=True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = InlineError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start = QPushButton(default=True)
        self.buttons.addButton(self.start, QDialogButtonBox.ButtonRole.ActionRole)
        self._lay_out()
        self.form.changed.connect(self._changed)
        self.form.submitted.connect(self.run)
        self.start.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.setFocus()  # the backup is chosen already, most often
        self._retranslate()

    def run(self) -> None:
        """Check the chosen backup on the vault worker (it never touches the vault)."""
        if not self._ready():
            return
        backup, passphrase = self.form.backup, self.passphrase.text()
        assert backup is not None

        def check(vault: Vault, _task: Task[None]) -> Drill:
            from app.vault import drill

            return drill.check_backup(backup, passphrase, vault.path.parent)
        self.drill, self.checked = None, None  # a new answer is coming
        self._set_busy(True)
        self.error.show_message("")
        self.service.run(check, self._finished, self._failed)

    def reject(self) -> None:
        if not self.busy:  # the private copy is removed first
            super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _ready(self) -> bool:
        return self.form.filled and not self.busy

    def _update(self) -> None:
        self.start.setEnabled(self._ready())

    def _changed(self) -> None:
        if self.form.backup == self.checked:
            self._update()
            return  # the passphrase typed again: the answer about this backup stays
        self.drill, self.checked = None, None
        self.error.show_message("")
        self._show_drill()
        self._update()

    def _finished(self, drill: Drill) -> None:
        self._set_busy(False)
        self.drill, self.checked = drill, self.form.backup
        self.passphrase.wipe()
        self._show_drill()

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.passphrase.wipe()  # first: a change of the form clears the error
        self._show_drill()
        self.error.show_message(core_text(message))
        self.passphrase.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.form.set_busy(busy)
        self.buttons.setEnabled(not busy)
        if busy:
            self.verdict.setText(html.escape(self.tr(
                "Checking… Every original is read again: a large backup takes a while.")))
        self._update()

    def _show_drill(self) -> None:
        drill = self.drill
        if drill is None:
            if not self.busy:
                self.verdict.clear()
            return
        report = drill.report
        lines = [self.tr("This backup opens and is sound: it can be restored.") if report.ok
                 else self.tr("%n problem(s) found: do not count on this backup.", "",
                              len(report.problems))]
        lines.append(self.tr("It holds %n item(s).", "", report.items))
        lines.append(self.tr("Cases (%n): %1.", "", len(drill.cases)).replace(
            "%1", ", ".join(f"“{name}”" for name in drill.cases)))
        if drill.last_change is not None:
            lines.append(self.tr("Its last change: %1.").replace("%1", _when(drill.last_change)))
        if drill.taken_at is not None:
            lines.append(self.tr("Made on %1.").replace("%1", _when(drill.taken_at)))
        lines.append(self.tr("Nothing was changed, in the backup or in the vault."))
        items = "".join(f"<li>{html.escape(core_text(p))}</li>" for p in report.problems)
        self.verdict.setText("<br>".join(html.escape(line) for line in lines)
                             + (f"<ul>{items}</ul>" if items else ""))

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        for widget in (self.explain, self.form, self.progress, self.verdict, self.error,
                       self.buttons):
            layout.addWidget(widget)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # grows with the texts
        for label in (self.explain, self.verdict, self.error):
            label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check a backup"))
        self.explain.setText(self.tr(
            "A restore drill: Dossier opens a backup, checks every part of it and says what "
            "it holds, so you know it will be there the day you need it. Neither the backup "
            "nor this vault is changed."))
        self.start.setText(self.tr("&Check"))
        self._show_drill()
        self._update()


def _when(moment: datetime) -> str:
    return f"{day_text(moment)}, {clock_text(moment)}"

"""Check the vault: every page decrypted, the structure verified, every original re-hashed
and the history's chain verified, on the vault worker. The result is said in plain words,
one sentence per problem (the core's, translated here), with the specifics for whoever
helps inside it; the check itself is recorded in the custody log."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
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

from app.common.texts import Text
from app.vault.vault import CheckReport, Vault
from ui.common.fields import InlineError
from ui.common.i18n import core_text
from ui.common.operations import Task, VaultService


@dataclass(frozen=True)
class CheckOutcome:
    report: CheckReport
    not_recorded: Text | None  # why the check could not be written in the history


def _check(vault: Vault, _task: Task[None]) -> CheckOutcome:
    report = vault.check()
    error = vault.record_check(report)
    return CheckOutcome(report, error.text if error else None)


class CheckDialog(QDialog):
    """Runs the check when asked (``check``) and shows how it went."""

    restore_requested = Signal()

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = service
        self.busy = False
        self.outcome: CheckOutcome | None = None
        self.explain = QLabel(wordWrap=True)
        self.progress = QProgressBar(minimum=0, maximum=0, textVisible=False, visible=False)  # type: ignore[call-arg]  # keywords: Qt properties
        self.verdict = QLabel(wordWrap=True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.problems = QLabel(wordWrap=True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel(wordWrap=True)
        self.error = InlineError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.again = QPushButton()
        self.restore = QPushButton()
        for button in (self.again, self.restore):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self._lay_out()
        self.again.clicked.connect(self.check)
        self.restore.clicked.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        self._retranslate()
        self._show_outcome()

    def check(self) -> None:
        """Start the check on the vault worker; the dialog shows the result."""
        self._set_busy(True)
        self.error.show_message("")
        self.service.run(_check, self._finished, self._failed)

    def reject(self) -> None:
        if not self.busy:  # the worker answers this dialog: it stays until then
            super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _restore(self) -> None:
        self.restore_requested.emit()
        self.accept()

    def _finished(self, outcome: CheckOutcome) -> None:
        self._set_busy(False)
        self.outcome = outcome
        self._show_outcome()

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.error.show_message(core_text(message))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.buttons.setEnabled(not busy)
        if busy:
            self.verdict.setText(self.tr("Checking… Every original is read again: a large "
                                         "vault takes a while."))
            for label in (self.problems, self.advice):
                label.hide()

    def _show_outcome(self) -> None:
        outcome = self.outcome
        self.again.setVisible(outcome is not None)
        self.restore.setVisible(outcome is not None and not outcome.report.ok)
        if outcome is None:
            self.verdict.clear()
            self.problems.hide()
            self.advice.hide()
            return
        report = outcome.report
        counts = ", ".join((
            self.tr("%n item(s)", "", report.items),
            self.tr("%n original(s) re-hashed", "", report.originals),
            self.tr("%n event(s) in the history", "", report.custody_entries))) + "."
        if report.ok:
            self.verdict.setText(self.tr("The vault is sound: nothing has changed since it "
                                         "was written.") + " " + counts)
        else:
            self.verdict.setText(self.tr("%n problem(s) found.", "", len(report.problems))
                                 + " " + counts)
        self.problems.setText(_problem_list(report.problems))
        self.problems.setVisible(not report.ok)
        self.advice.setText(self._advice(outcome))
        self.advice.setVisible(bool(self.advice.text()))

    def _advice(self, outcome: CheckOutcome) -> str:
        parts = []
        if not outcome.report.ok:
            parts.append(self.tr("Delete nothing. Restore the vault from a backup, or keep it "
                                 "as it is and ask someone you trust for help: the lines "
                                 "above tell them what is wrong."))
        if outcome.not_recorded is not None:
            parts.append(self.tr("This check could not be recorded in the history: %1")
                         .replace("%1", core_text(outcome.not_recorded)))
        return "\n\n".join(parts)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        for widget in (self.explain, self.progress, self.verdict, self.problems, self.advice,
                       self.error, self.buttons):
            layout.addWidget(widget)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # grows with results
        for label in (self.explain, self.verdict, self.problems, self.advice, self.error):
            label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check the vault"))
        self.explain.setText(self.tr(
            "Dossier reads every part of the vault again, re-computes the fingerprint "
            "(SHA-256) of every original, and verifies that the history is whole. Nothing "
            "is changed; the check is noted in the history."))
        self.again.setText(self.tr("Check &again"))
        self.restore.setText(self.tr("&Restore from a backup…"))
        if not self.busy:
            self._show_outcome()


def _problem_list(problems: list[Text]) -> str:
    """Each problem in the person's language; its specifics (entry, item, SQLCipher's line)
    are inside the sentence, for whoever helps."""
    items = "".join(f"<li>{html.escape(core_text(problem))}</li>" for problem in problems)
    return f"<ul>{items}</ul>"

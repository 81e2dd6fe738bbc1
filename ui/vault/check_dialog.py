"""Check the vault: every page decrypted, the structure verified, every original re-hashed
and the history's chain verified, on the vault worker. The result is said in plain words,
one sentence per problem, with the technical line under it for whoever helps; the check
itself is recorded in the custody log."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
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

_ORIGINAL = re.compile(r"original \d+ no longer matches its SHA-256 \((?:items )?(.*)\)")
_CUT = re.compile(r"custody entry (\d+) does not follow the entry before it")
_ALTERED = re.compile(r"custody entry (\d+) was altered after it was written")
_SWAPPED = re.compile(r'item (\d+) does not hold the original its "imported" custody entry '
                      r"recorded \(the SHA-256 differs\)")
_UNLOGGED = re.compile(r'item (\d+) has no "imported" entry in the custody log')
_PAGE = re.compile(r"(?:HMAC verification failed for page|page) \d+.*")


@dataclass(frozen=True)
class CheckOutcome:
    report: CheckReport
    not_recorded: Text | None  # why the check could not be written in the history


def _check(vault: Vault, _task: Task) -> CheckOutcome:
    report = vault.check()
    error = vault.record_check(report)
    return CheckOutcome(report, error.text if error else None)


def plain_words(problem: str) -> str:
    """One of ``Vault.check``'s technical lines, said for the person who owns the vault."""
    translate = QCoreApplication.translate
    if isinstance(problem, Text):  # already a sentence for the owner (a vault put back older)
        return core_text(problem)
    if " could not finish: " in problem:
        return translate("CheckDialog", "Part of the check could not finish: the vault is "
                         "too damaged to read there.")
    if problem.startswith("page check") or _PAGE.fullmatch(problem):
        return translate("CheckDialog", "Part of the vault file no longer decrypts as it was "
                         "written: it was damaged on the disk or changed by another program.")
    if problem.startswith("structure check"):
        return translate("CheckDialog", "The database inside the vault is damaged.")
    if found := _ORIGINAL.fullmatch(problem):
        if found.group(1) == "no item":
            return translate("CheckDialog", "An original no longer used by any item has "
                             "changed since it was stored.")
        return translate("CheckDialog", "The original of item(s) %1 has changed since it was "
                         "stored: its fingerprint (SHA-256) no longer matches.").replace(
            "%1", found.group(1))
    if found := _CUT.fullmatch(problem):
        return translate("CheckDialog", "The history was cut or reordered at entry %1: an "
                         "entry before it is missing or was moved.").replace("%1", found.group(1))
    if found := _ALTERED.fullmatch(problem):
        return translate("CheckDialog", "History entry %1 was changed after it was "
                         "written.").replace("%1", found.group(1))
    return _custody_of_items(problem)


def _custody_of_items(problem: str) -> str:
    translate = QCoreApplication.translate
    if found := _SWAPPED.fullmatch(problem):
        return translate("CheckDialog", "Item %1 no longer holds the original that was "
                         "imported: the original and its fingerprint were replaced "
                         "together.").replace("%1", found.group(1))
    if found := _UNLOGGED.fullmatch(problem):
        return translate("CheckDialog", "Item %1 is not in the history: it was added "
                         "without being recorded.").replace("%1", found.group(1))
    return problem


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
        self.progress = QProgressBar(minimum=0, maximum=0, textVisible=False, visible=False)
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


def _problem_list(problems: list[str]) -> str:
    """Each problem in plain words, with its technical line in small print under it."""
    items = "".join(f"<li>{html.escape(plain_words(line))}<br><small>"
                    f"{html.escape(line)}</small></li>" for line in problems)
    return f"<ul>{items}</ul>"

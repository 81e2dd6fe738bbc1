"""Recording a step taken: what kind, when (a moment, a day or a month), to whom, what
was done, the reference it was given, where it stands and what came back.

The dialog returns plain data (the core's ``Step``); the steps panel saves it on the
vault worker.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from typing import cast

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.case import steps
from app.case.spans import DAY, EXACT, MONTH, span
from app.case.steps import Step
from app.common import dates
from app.common.texts import QT_TRANSLATE_NOOP  # Qt's stub says it returns object
from ui.common.discard import AskBeforeDiscarding
from ui.common.form_dialogs import form_row, lay_out_dialog
from ui.incidents.incident_dialog import display_formats

PRECISIONS = (EXACT, DAY, MONTH)  # a step is one act of hers: no span
_PRECISIONS = (
    QT_TRANSLATE_NOOP("Steps", "At an exact date and time"),
    QT_TRANSLATE_NOOP("Steps", "On a day"),
    QT_TRANSLATE_NOOP("Steps", "During a month"),
)


def kind_text(kind: str) -> str:
    return QCoreApplication.translate("step", steps.KIND_LABELS.get(kind, kind))


def status_text(status: str) -> str:
    return QCoreApplication.translate("step", steps.STATUS_LABELS.get(status, status))


def when_text(step: Step) -> str:
    """The step's date as precisely as it is known, in the window's language."""
    moment = dates.from_iso(step.done_at)
    if moment is None:
        return ""
    shown, locale = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())), QLocale()
    if step.precision == MONTH:
        return locale.toString(shown.date(), "MMMM yyyy")
    if step.precision == EXACT:
        return locale.toString(shown, QLocale.FormatType.ShortFormat)
    return locale.toString(shown.date(), QLocale.FormatType.ShortFormat)


class StepDialog(QDialog):
    """New or existing step; read ``step()`` once accepted."""

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._step = step
        self._build()
        self._fill()
        self._retranslate()
        unchanged = self.step()
        AskBeforeDiscarding(self, lambda: self.step() != unchanged)  # Esc must not lose it

    def _build(self) -> None:
        self.kind = QComboBox(self)
        for kind in steps.KINDS:
            self.kind.addItem("", kind)
        self.precision = QComboBox(self)
        self.precision.addItems([""] * len(PRECISIONS))
        self.when = QDateTimeEdit(self, calendarPopup=True)
        self.recipient = QLineEdit(self)
        self.what = QPlainTextEdit(self, tabChangesFocus=True)
        self.what.setMaximumHeight(self.fontMetrics().height() * 5)
        self.reference = QLineEdit(self)
        self.status = QComboBox(self)
        for status in steps.STATUSES:
            self.status.addItem("", status)
        self.answer = QPlainTextEdit(self, tabChangesFocus=True)
        self.answer.setMaximumHeight(self.fontMetrics().height() * 5)
        form = QFormLayout()
        self._labels = [form_row(form, w) for w in (
            self.kind, self.precision, self.when, self.recipient, self.what, self.reference,
            self.status, self.answer)]
        self.error = lay_out_dialog(self, form, accept=QDialogButtonBox.StandardButton.Save)
        self.precision.currentIndexChanged.connect(self._show_precision)

    def _fill(self) -> None:
        step = self._step
        self.kind.setCurrentIndex(max(0, self.kind.findData(step.kind)))
        self.precision.setCurrentIndex(PRECISIONS.index(step.precision)
                                       if step.precision in PRECISIONS else 1)
        moment = dates.from_iso(step.done_at) or dates.now()
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
        self.recipient.setText(step.recipient)
        self.what.setPlainText(step.what)
        self.reference.setText(step.reference)
        self.status.setCurrentIndex(max(0, self.status.findData(step.status)))
        self.answer.setPlainText(step.answer)
        self._show_precision()

    def step(self) -> Step:
        precision = PRECISIONS[max(0, self.precision.currentIndex())]
        moment = self.when.dateTime()
        # toPython() gives a date or a time; PySide6's stub says object.
        day = cast(date, moment.date().toPython())
        at = cast(time, moment.time().toPython()).replace(second=0, microsecond=0)
        return replace(self._step, kind=str(self.kind.currentData()),
                       done_at=span(precision, day, day, at)[0], precision=precision,
                       recipient=self.recipient.text().strip(),
                       what=self.what.toPlainText().strip(),
                       reference=self.reference.text().strip(),
                       status=str(self.status.currentData()),
                       answer=self.answer.toPlainText().strip())

    def accept(self) -> None:
        if not self.recipient.text().strip() and not self.what.toPlainText().strip():
            self.error.setText(self.tr("Say to whom the step was addressed or what was done."))
            self.error.show()
            self.recipient.setFocus()
            return
        super().accept()

    def _show_precision(self) -> None:
        self.when.setDisplayFormat(
            display_formats()[PRECISIONS[max(0, self.precision.currentIndex())]])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Step taken") if self._step.id else self.tr("New step"))
        texts = (self.tr("&Kind of step:"), self.tr("How &precisely:"), self.tr("&When:"),
                 self.tr("&To whom:"), self.tr("What was &done:"), self.tr("&Reference:"),
                 self.tr("&Status:"), self.tr("&Answer received:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        for row, kind in enumerate(steps.KINDS):
            self.kind.setItemText(row, kind_text(kind))
        for row, words in enumerate(_PRECISIONS):
            self.precision.setItemText(row, QCoreApplication.translate("Steps", words))
        for row, status in enumerate(steps.STATUSES):
            self.status.setItemText(row, status_text(status))
        self.recipient.setPlaceholderText(self.tr("e.g. Instagram, the police station of …"))
        self.reference.setPlaceholderText(self.tr("the number they gave it, if any"))

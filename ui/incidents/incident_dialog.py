"""Describing an incident: when (and how precisely), where, who, what, how serious.

A victim rarely knows the minute something happened: "sometime in March" is a valid
answer, kept as a span with its precision. The dialog returns plain data
(the core's ``IncidentDraft``, its span encoded by ``app.case.spans``); the incidents
panel saves it on the vault worker.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import cast

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.case.incident_actions import IncidentDraft
from app.case.qualifications import QUALIFICATIONS
from app.case.spans import APPROXIMATE, DAY, EXACT, MONTH, PRECISIONS, span
from app.common import dates
from app.common.texts import QT_TRANSLATE_NOOP  # Qt's stub says it returns object
from ui.common.discard import AskBeforeDiscarding
from ui.common.form_dialogs import form_row, lay_out_dialog
from ui.common.pickers import CheckListModel, Choice, PlatformCombo
from ui.people.account_picker import AccountChoice, AccountDialog

_SEVERITIES = (
    QT_TRANSLATE_NOOP("Incidents", "not rated"),
    QT_TRANSLATE_NOOP("Incidents", "low"),
    QT_TRANSLATE_NOOP("Incidents", "medium"),
    QT_TRANSLATE_NOOP("Incidents", "serious"),
    QT_TRANSLATE_NOOP("Incidents", "very serious"),
)
_PRECISIONS = (
    QT_TRANSLATE_NOOP("Incidents", "At an exact date and time"),
    QT_TRANSLATE_NOOP("Incidents", "On a day"),
    QT_TRANSLATE_NOOP("Incidents", "During a month (or a few)"),
    QT_TRANSLATE_NOOP("Incidents", "Approximately, between two dates"),
)


def severity_text(severity: int) -> str:
    words = _SEVERITIES[severity] if 0 <= severity < len(_SEVERITIES) else _SEVERITIES[0]
    return QCoreApplication.translate("Incidents", words)


def when_text(precision: str, occurred_at: str | None, occurred_until: str | None) -> str:
    """When it happened, as precisely as it is known: "on 5 Nov 2026 at 22:41",
    "on 5 Nov 2026", "in November 2026", "around November 2026"."""
    start = dates.from_iso(occurred_at or "")
    if start is None:
        return QCoreApplication.translate("Incidents", "date not known")
    end = dates.from_iso(occurred_until or "")
    locale, first = QLocale(), _local(start)

    def day(moment: QDateTime) -> str:
        return locale.toString(moment.date(), "d MMM yyyy")

    def month(moment: QDateTime) -> str:
        return locale.toString(moment.date(), "MMMM yyyy")
    last = _local(end) if end and end > start else None
    if precision == EXACT:
        return QCoreApplication.translate("Incidents", "on {day} at {time}").format(
            day=day(first), time=locale.toString(first.time(), QLocale.FormatType.ShortFormat))
    if precision == DAY:
        return QCoreApplication.translate("Incidents", "on {day}").format(day=day(first))
    same_month = last is None or month(last) == month(first)
    if precision == MONTH and same_month:
        return QCoreApplication.translate("Incidents", "in {month}").format(month=month(first))
    if same_month or last is None:
        return QCoreApplication.translate("Incidents", "around {month}").format(
            month=month(first))
    shown = month if precision == MONTH else day
    return QCoreApplication.translate("Incidents", "between {start} and {end}").format(
        start=shown(first), end=shown(last))


def display_formats() -> dict[str, str]:
    """How a date field shows a date known to each precision, in the user's locale; the
    year always in four digits."""
    locale = QLocale()
    day = locale.dateFormat(QLocale.FormatType.ShortFormat).replace("yyyy", "yy") \
        .replace("yy", "yyyy")
    return {EXACT: f"{day} {locale.timeFormat(QLocale.FormatType.ShortFormat)}",
            DAY: day, MONTH: "MMMM yyyy", APPROXIMATE: day}


def _local(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


class IncidentDialog(QDialog):
    """New or existing incident; read ``draft()`` once accepted."""

    def __init__(self, draft: IncidentDraft | None, accounts: list[AccountChoice],
                 people: list[Choice], linked_items: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft = draft or IncidentDraft(None, occurred_at=dates.to_iso(dates.now()))
        self._people = people
        self._linked = linked_items
        self._known = {account.label(): account for account in accounts}
        self._build()
        self._fill(accounts)
        self._retranslate()
        unchanged = self.draft()
        AskBeforeDiscarding(self, lambda: self.draft() != unchanged)  # Esc must not lose it

    def _build(self) -> None:
        self.title = QLineEdit(self)
        self.precision = QComboBox(self)
        self.start = QDateTimeEdit(self, calendarPopup=True)
        self.until = QDateEdit(self, calendarPopup=True)  # type: ignore[call-overload]  # a Qt property
        self.until_label = QLabel(self)
        self.until_label.setBuddy(self.until)
        when = QHBoxLayout()
        for widget in (self.start, self.until_label, self.until):
            when.addWidget(widget)
        when.addStretch(1)
        self.platform = PlatformCombo(self)
        self.accounts = CheckListModel(self)
        self.account_view = QListView(self)
        self.account_view.setModel(self.accounts)
        self.account_view.setMaximumHeight(self.fontMetrics().height() * 6)
        self.new_account = QPushButton(qta.icon("fa6s.plus"), "", self)
        self.new_account.clicked.connect(self._ask_account)
        self.description = QPlainTextEdit(self, tabChangesFocus=True)
        self.description.setMinimumHeight(self.fontMetrics().height() * 5)
        self.description.setMaximumHeight(self.fontMetrics().height() * 10)
        self.severity = QComboBox(self)
        self.severity.addItems([""] * len(_SEVERITIES))
        # The offence she names; "" first, so none is assumed for her (the letter then
        # asks the procureur to qualify the facts).
        self.qualification = QComboBox(self)
        self.qualification.addItem("", "")
        for offence in QUALIFICATIONS:
            self.qualification.addItem("", offence.key)
        self.linked = QLabel(self)
        form = QFormLayout()
        self._labels = [form_row(form, self.title), form_row(form, self.precision)]
        form.addRow("", when)
        self._labels += [form_row(form, w) for w in (self.platform, self.account_view)]
        form.addRow("", self.new_account)
        self._labels += [form_row(form, w)
                         for w in (self.description, self.severity, self.qualification)]
        self.error = lay_out_dialog(self, form, self.linked,
                                    accept=QDialogButtonBox.StandardButton.Save)
        self.precision.currentIndexChanged.connect(self._show_precision)

    def _fill(self, accounts: list[AccountChoice]) -> None:
        draft = self._draft
        self.title.setText(draft.title)
        self.description.setPlainText(draft.description)
        self.platform.set_platform(draft.platform)
        self.severity.setCurrentIndex(draft.severity)
        self.qualification.setCurrentIndex(max(0, self.qualification.findData(
            draft.qualification)))
        self.precision.addItems([""] * len(PRECISIONS))
        self.precision.setCurrentIndex(PRECISIONS.index(draft.precision))
        start = dates.from_iso(draft.occurred_at or "") or dates.now()
        end = dates.from_iso(draft.occurred_until or "") or start
        self.start.setDateTime(_local(start))
        self.until.setDate(_local(end).date())
        chosen = {AccountChoice(a.id, a.platform, a.handle).label() for a in draft.accounts}
        self.accounts.set_choices([Choice(a.id, a.label()) for a in accounts],
                                  {a.id for a in accounts if a.label() in chosen})
        self._show_precision()

    def draft(self) -> IncidentDraft:
        precision = PRECISIONS[self.precision.currentIndex()]
        moment = self.start.dateTime()
        # toPython() gives a date or a time; PySide6's stub says object.
        occurred_at, until = span(precision, cast(date, moment.date().toPython()),
                                  cast(date, self.until.date().toPython()),
                                  cast(time, moment.time().toPython()).replace(second=0,
                                                                               microsecond=0))
        labels = {row.label for row in self.accounts.checked_rows()}
        return IncidentDraft(
            self._draft.id, self.title.text().strip(), self.description.toPlainText().rstrip(),
            occurred_at, until, precision, self.platform.platform(),
            self.severity.currentIndex(), [self._known[label] for label in labels],
            str(self.qualification.currentData() or ""))

    def accept(self) -> None:
        if not self.title.text().strip() and not self.description.toPlainText().strip():
            self.error.setText(self.tr("Give the incident a title or say what happened."))
            self.error.show()
            self.title.setFocus()
            return
        super().accept()

    def _show_precision(self) -> None:
        precision = PRECISIONS[max(0, self.precision.currentIndex())]
        formats = display_formats()
        day = formats[DAY]
        self.start.setDisplayFormat(formats[precision])
        self.until.setDisplayFormat(formats[precision] if precision == MONTH else day)
        spans = precision in (MONTH, APPROXIMATE)
        self.until.setVisible(spans)
        self.until_label.setVisible(spans)

    def _ask_account(self) -> None:
        dialog = AccountDialog(self._people, parent=self)

        def add() -> None:
            account = dialog.account()
            self._known[account.label()] = account
            self.accounts.add(Choice(None, account.label()))
        dialog.accepted.connect(add)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Incident") if self._draft.id else self.tr("New incident"))
        texts = (self.tr("&Title:"), self.tr("W&hen:"), self.tr("&Platform:"),
                 self.tr("&Accounts involved:"), self.tr("&What happened:"),
                 self.tr("How &serious:"), self.tr("&Offence (for the letter):"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.title.setPlaceholderText(self.tr("e.g. Threats after I blocked him"))
        self.until_label.setText(self.tr("&until"))
        self.new_account.setText(self.tr("New &account…"))
        self.account_view.setAccessibleName(self.tr("Accounts involved"))
        for row, words in enumerate(_PRECISIONS):
            self.precision.setItemText(row, QCoreApplication.translate("Incidents", words))
        for row in range(len(_SEVERITIES)):
            self.severity.setItemText(row, severity_text(row).capitalize())
        self._retranslate_qualifications()
        self.linked.setText(self.tr("%n item(s) of evidence show this incident.", "",
                                    self._linked))
        self.linked.setVisible(self._draft.id is not None)

    def _retranslate_qualifications(self) -> None:
        """Each offence with the French texts the letter will cite, so she sees them."""
        self.qualification.setItemText(0, self.tr("Not chosen: the prosecutor will qualify "
                                                  "the facts"))
        for row, offence in enumerate(QUALIFICATIONS, start=1):
            label = QCoreApplication.translate("qualification", offence.label)
            self.qualification.setItemText(row, f"{label} ({offence.articles})")
        self.qualification.setToolTip(self.tr(
            "The letter to the prosecutor cites the texts of the offences you choose. "
            "If you are not sure, leave it unchosen."))


class IncidentChooser(QDialog):
    """Tick the incidents some items show, or ask for a new incident for them."""

    def __init__(self, incidents: list[Choice], count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wants_new = False
        self._count = count
        self.model = CheckListModel(self)
        self.model.set_choices(incidents)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setVisible(bool(incidents))
        self.intro = QLabel(self, wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.new_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.new_button.setIcon(qta.icon("fa6s.plus"))
        self.new_button.clicked.connect(self._ask_new)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.view, self.buttons):
            layout.addWidget(widget)
        self._retranslate()

    def chosen_ids(self) -> list[int]:
        return [row.id for row in self.model.checked_rows() if row.id is not None]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Link to incident"))
        self.view.setAccessibleName(self.tr("Incidents"))
        self.new_button.setText(self.tr("&New incident…"))
        if self.model.rowCount():
            self.intro.setText(self.tr("Which incidents do these %n item(s) show?", "",
                                       self._count))
        else:
            self.intro.setText(self.tr("There are no incidents yet. Describe one for these "
                                       "%n item(s).", "", self._count))

    def _ask_new(self) -> None:
        self.wants_new = True
        self.accept()

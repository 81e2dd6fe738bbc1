"""The export wizard's scope page: which evidence of the case goes out.

The whole case, the items captured between two days, the items with some tags, those
that show some incidents, or the items selected in the table. The count of exhibits is
worked out on the vault worker by the wizard and shown here as soon as it is known.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.common import dates
from app.export.options import Scope
from ui.common.fields import InlineError
from ui.common.pickers import CheckListModel, Choice
from ui.export.pages import TranslatedPage

WHOLE, DATES, TAGS, INCIDENTS, SELECTION = range(5)


class ScopePage(TranslatedPage):
    """One way of choosing the evidence, and how many exhibits it makes."""

    changed = Signal()  # the scope changed: count again

    def __init__(self, case_id: int, selected_ids: frozenset[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self.selected_ids = selected_ids
        self.count: int | None = None  # None while it is being counted
        self._dates_known = False
        self.group = QButtonGroup(self)
        self.choices = [QRadioButton(self) for _ in range(5)]
        self.since, self.until = QDateEdit(self), QDateEdit(self)
        self.since_label, self.until_label = QLabel(self), QLabel(self)
        self.tags, self.incidents = CheckListModel(self), CheckListModel(self)
        self.tag_view, self.incident_view = QListView(self), QListView(self)
        self.count_label = QLabel(self)
        self.error = InlineError(self)
        self._build()
        self._connect()
        self._retranslate()
        self._enable()

    # -- what the wizard asks and tells ---------------------------------------------------

    def choice(self) -> int:
        return self.group.checkedId()

    def scope(self) -> Scope:
        choice = self.choice()
        if choice == DATES:
            return Scope(self.case_id, since=_day_start(self.since.date()),
                         until=_day_start(self.until.date(), 1))
        if choice == TAGS:
            return Scope(self.case_id, tag_ids=_ids(self.tags))
        if choice == INCIDENTS:
            return Scope(self.case_id, incident_ids=_ids(self.incidents))
        if choice == SELECTION:
            return Scope(self.case_id, item_ids=self.selected_ids)
        return Scope(self.case_id)

    def problem(self) -> str:
        """What stops this choice from being counted, in one sentence; "" if nothing."""
        choice = self.choice()
        if choice == DATES and self.since.date() > self.until.date():
            return self.tr("The first day comes after the last day.")
        if choice == TAGS and not _ids(self.tags):
            return self.tr("Tick at least one tag.")
        if choice == INCIDENTS and not _ids(self.incidents):
            return self.tr("Tick at least one incident.")
        return ""

    def set_choices(self, tags: list[Choice], incidents: list[Choice]) -> None:
        self.tags.set_choices(tags)
        self.incidents.set_choices(incidents)
        self._enable()

    def set_date_range(self, first: date, last: date) -> None:
        """Start the two days at the first and last capture of the case, once."""
        if self._dates_known:
            return
        self._dates_known = True
        for field, day in ((self.since, first), (self.until, last)):
            field.blockSignals(True)
            field.setDate(QDate(day.year, day.month, day.day))
            field.blockSignals(False)

    def show_count(self, count: int) -> None:
        self.count = count
        self.error.show_message("")
        self._show_count()
        self.completeChanged.emit()

    def show_error(self, message: str) -> None:
        self.count = None
        self.count_label.clear()
        self.error.show_message(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.count) and not self.problem()

    # -- building and state ---------------------------------------------------------------------

    def _build(self) -> None:
        for number, button in enumerate(self.choices):
            self.group.addButton(button, number)
        self.choices[WHOLE].setChecked(True)
        for field in (self.since, self.until):
            field.setCalendarPopup(True)
            field.setDate(QDate.currentDate())
        for model, view in ((self.tags, self.tag_view), (self.incidents, self.incident_view)):
            view.setModel(model)
            view.setMaximumHeight(self.fontMetrics().height() * 6)
        self.since_label.setBuddy(self.since)
        self.until_label.setBuddy(self.until)
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) * 2
        days = QHBoxLayout()
        days.setContentsMargins(indent, 0, 0, 0)
        for widget in (self.since_label, self.since, self.until_label, self.until):
            days.addWidget(widget)
        days.addStretch(1)
        grid = QGridLayout()
        grid.setColumnMinimumWidth(0, indent)
        grid.addWidget(self.choices[WHOLE], 0, 0, 1, 2)
        grid.addWidget(self.choices[DATES], 1, 0, 1, 2)
        grid.addLayout(days, 2, 0, 1, 2)
        grid.addWidget(self.choices[TAGS], 3, 0, 1, 2)
        grid.addWidget(self.tag_view, 4, 1)
        grid.addWidget(self.choices[INCIDENTS], 5, 0, 1, 2)
        grid.addWidget(self.incident_view, 6, 1)
        grid.addWidget(self.choices[SELECTION], 7, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error)
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)

    def _connect(self) -> None:
        self.group.idToggled.connect(lambda _id, on: self._changed() if on else None)
        for field in (self.since, self.until):
            field.dateChanged.connect(self._changed)
        for model in (self.tags, self.incidents):
            model.dataChanged.connect(self._changed)

    def _changed(self) -> None:
        self._enable()
        self.count = None
        self.error.show_message("")
        self._show_count()
        self.completeChanged.emit()
        self.changed.emit()

    def _enable(self) -> None:
        choice = self.choice()
        for widget in (self.since, self.until, self.since_label, self.until_label):
            widget.setEnabled(choice == DATES)
        self.tag_view.setEnabled(choice == TAGS)
        self.incident_view.setEnabled(choice == INCIDENTS)
        self.choices[TAGS].setEnabled(self.tags.rowCount() > 0)
        self.choices[INCIDENTS].setEnabled(self.incidents.rowCount() > 0)
        self.choices[SELECTION].setEnabled(bool(self.selected_ids))

    def _show_count(self) -> None:
        problem = self.problem()
        if problem:
            self.count_label.setText(problem)
        elif self.count is None:
            self.count_label.setText(self.tr("Counting the exhibits…"))
        elif self.count == 0:
            self.count_label.setText(self.tr("No evidence in this choice. Choose another."))
        else:
            self.count_label.setText(self.tr("%n exhibit(s) will be exported.", "", self.count))
        self.count_label.setAccessibleName(self.count_label.text())

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Which evidence?"))
        self.setSubTitle(self.tr("An e-mail goes with its attachments, and a chat export "
                                 "with all its messages."))
        words = (self.tr("The &whole case"), self.tr("Evidence captured &between two days"),
                 self.tr("Evidence with these &tags:"),
                 self.tr("Evidence that shows these &incidents:"),
                 self.tr("The %n item(s) selected in the &table", "", len(self.selected_ids))
                 if self.selected_ids else self.tr("The items selected in the &table (none)"))
        for button, text in zip(self.choices, words, strict=True):
            button.setText(text)
        self.since_label.setText(self.tr("&From"))
        self.until_label.setText(self.tr("t&o (included)"))
        self.tag_view.setAccessibleName(self.tr("Tags"))
        self.incident_view.setAccessibleName(self.tr("Incidents"))
        self._show_count()


def _ids(model: CheckListModel) -> frozenset[int]:
    return frozenset(row.id for row in model.checked_rows() if row.id is not None)


def _day_start(day: QDate, days_later: int = 0) -> str:
    """Local midnight at the start of ``day`` (plus some days), as the core's ISO text."""
    moment = datetime.combine(date(day.year(), day.month(), day.day()), time())
    return dates.to_iso(dates.localize(moment + timedelta(days=days_later)))

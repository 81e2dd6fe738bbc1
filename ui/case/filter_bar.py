"""The bar above the evidence table: search words, and filters by kind, tag, account,
warning, date range, and whether messages and attachments are listed.

It only gathers what the user chose into an ``app.search.Filters``; the core does the
searching (accent-insensitive, so "marche" finds "marché").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

import qtawesome as qta
from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.case.search import Filters
from app.common import dates
from app.importing.formats import base
from ui.common import words
from ui.common.flow_layout import FlowLayout

SEARCH_DELAY_MS = 250  # wait for a pause in typing before searching
KINDS = ("image", "pdf", "email", "chat", "message", "web", "text", "audio", "video", "other")
FLAGS = (base.GPS, base.DAMAGED, base.PASSWORD_PROTECTED, base.DUPLICATE, base.UNREADABLE,
         base.EMPTY)


class ChoiceButton(QToolButton):
    """A drop-down of checkable choices; its label counts how many are ticked."""

    toggled_choice = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = ""
        self.setMenu(QMenu(self))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._update_label()

    def set_label(self, label: str) -> None:
        self._label = label
        self._update_label()

    def set_choices(self, choices: Iterable[tuple[object, str]], icons: bool = False) -> None:
        """Replace the choices, keeping ticked those that are still offered."""
        # "&" would make a mnemonic of the next letter of a tag or an account.
        choices = [(value, text.replace("&", "&&")) for value, text in choices]
        offered = [(action.data(), action.text()) for action in self.menu().actions()]
        self.setEnabled(bool(choices))
        if choices == offered:
            return  # the import refreshes often; an open menu must not flicker
        kept = self.chosen()
        self.menu().clear()
        for value, text in choices:
            action = self.menu().addAction(text)
            action.setCheckable(True)
            action.setData(value)
            action.setChecked(value in kept)
            if icons:
                action.setIcon(words.kind_icon(str(value)))
            action.toggled.connect(self._on_toggled)
        self._update_label()

    def chosen(self) -> set[object]:
        return {action.data() for action in self.menu().actions() if action.isChecked()}

    def clear_choice(self) -> None:
        for action in self.menu().actions():
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self._update_label()

    def _on_toggled(self) -> None:
        self._update_label()
        self.toggled_choice.emit()

    def _update_label(self) -> None:
        count = len(self.chosen())
        self.setText(f"{self._label} ({count})" if count else self._label)


class FilterBar(QWidget):
    """Emits ``changed(Filters)`` whenever what the user chose changes."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_box = QLineEdit(self)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(qta.icon("fa6s.magnifying-glass"),
                                  QLineEdit.ActionPosition.LeadingPosition)
        self.count_label = QLabel(self)
        self._shown: int | None = None
        self.kind_button = ChoiceButton(self)
        self.tag_button = ChoiceButton(self)
        self.account_button = ChoiceButton(self)
        self.flag_button = ChoiceButton(self)
        self.since_box, self.since_switch = self._date_field(-30)
        self.until_box, self.until_switch = self._date_field(0)
        self.parts_box = QCheckBox(self)
        self.parts_box.setChecked(True)
        self.clear_button = QPushButton(qta.icon("fa6s.filter-circle-xmark"), "", self)
        self._typing = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.retranslate()
        self._lay_out()
        self._connect()
        self._update_clear()

    def retranslate(self) -> None:
        """Set every word again, in the language now in use."""
        self.search_box.setPlaceholderText(self.tr("Search the words in your items…"))
        self.search_box.setAccessibleName(self.tr("Search"))
        self.kind_button.set_label(self.tr("&Kind"))
        self.kind_button.set_choices(((kind, words.kind_text(kind)) for kind in KINDS),
                                     icons=True)
        self.tag_button.set_label(self.tr("Ta&gs"))
        self.account_button.set_label(self.tr("Acc&ounts"))
        self.flag_button.set_label(self.tr("&Warnings"))
        self.flag_button.set_choices((flag, words.flag_text(flag)) for flag in FLAGS)
        for switch, box, label in ((self.since_switch, self.since_box, self.tr("F&rom")),
                                   (self.until_switch, self.until_box, self.tr("&To"))):
            switch.setText(label)
            box.setAccessibleName(label.replace("&", ""))
            box.setLocale(QLocale())
            box.setDisplayFormat(words.day_format())  # one way of writing a day, everywhere
        self.parts_box.setText(self.tr("Show &messages and attachments"))
        self.clear_button.setText(self.tr("Clear filter&s"))
        self.set_count(self._shown)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- public ------------------------------------------------------------------------------

    def filters(self) -> Filters:
        return Filters(
            text=self.search_box.text().strip(),
            kinds={str(kind) for kind in self.kind_button.chosen()},
            tag_ids={int(str(tag)) for tag in self.tag_button.chosen()},
            account_ids={int(str(account)) for account in self.account_button.chosen()},
            flags={str(flag) for flag in self.flag_button.chosen()},
            since=_day_start(self.since_box.date()) if self.since_switch.isChecked() else None,
            until=_day_start(self.until_box.date(), 1) if self.until_switch.isChecked() else None,
            parts=self.parts_box.isChecked(),
        )

    def set_choices(self, tags: Iterable[tuple[int, str]],
                    accounts: Iterable[tuple[int, str]]) -> None:
        """The case's tags and accounts, as (id, label); ticked ones stay ticked."""
        self.tag_button.set_choices(tags)
        self.account_button.set_choices(accounts)

    def set_count(self, shown: int | None) -> None:
        """Say how many items are listed; None says nothing."""
        self._shown = shown
        if shown is None:
            self.count_label.clear()
        elif self._is_narrowed():
            self.count_label.setText(self.tr("%n item(s) match", "", shown))
        else:
            self.count_label.setText(self.tr("%n item(s)", "", shown))

    def reset(self) -> None:
        """Back to no filter at all; emits ``changed`` once."""
        self._quietly_reset()
        self._emit()

    def clear(self) -> None:
        """Forget the case: no text, no choices, no count; emits nothing."""
        self._quietly_reset()
        self.set_choices([], [])
        self.set_count(None)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # -- building ----------------------------------------------------------------------------

    def _date_field(self, days_from_today: int) -> tuple[QDateEdit, QCheckBox]:
        switch = QCheckBox(self)
        field = QDateEdit(QDate.currentDate().addDays(days_from_today), self)
        field.setCalendarPopup(True)
        field.setEnabled(False)
        switch.toggled.connect(field.setEnabled)
        return field, switch

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.count_label)
        # The filters wrap onto a second line rather than widen the window (in French
        # they would not fit 1280 pixels beside the side panel).
        bottom = FlowLayout()
        bottom.addWidget(self._group(self.kind_button, self.tag_button, self.account_button,
                                     self.flag_button))
        bottom.addWidget(self._group(self.since_switch, self.since_box))
        bottom.addWidget(self._group(self.until_switch, self.until_box))
        bottom.addWidget(self.parts_box)
        bottom.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.setTabOrder(self.search_box, self.kind_button)

    def _group(self, *widgets: QWidget) -> QWidget:
        """Widgets that stay together on one line when the filters wrap."""
        group = QWidget(self)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        return group

    def _connect(self) -> None:
        self.search_box.textChanged.connect(self._typing.start)
        self._typing.timeout.connect(self._emit)
        self.search_box.returnPressed.connect(self._emit_now)
        for button in (self.kind_button, self.tag_button, self.account_button, self.flag_button):
            button.toggled_choice.connect(self._emit)
        for switch in (self.since_switch, self.until_switch, self.parts_box):
            switch.toggled.connect(self._emit)
        for field in (self.since_box, self.until_box):
            field.dateChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.reset)

    # -- state -------------------------------------------------------------------------------

    def _emit_now(self) -> None:
        self._typing.stop()
        self._emit()

    def _emit(self) -> None:
        self._update_clear()
        self.changed.emit(self.filters())

    def _is_narrowed(self) -> bool:
        return self.filters() != Filters()

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(self._is_narrowed())

    def _quietly_reset(self) -> None:
        self._typing.stop()
        widgets = (self.search_box, self.since_switch, self.until_switch, self.parts_box)
        for widget in widgets:
            widget.blockSignals(True)
        self.search_box.clear()
        self.since_switch.setChecked(False)
        self.until_switch.setChecked(False)
        self.since_box.setEnabled(False)
        self.until_box.setEnabled(False)
        self.parts_box.setChecked(True)
        for widget in widgets:
            widget.blockSignals(False)
        for button in (self.kind_button, self.tag_button, self.account_button, self.flag_button):
            button.clear_choice()
        self._update_clear()


def _day_start(day: QDate, days_later: int = 0) -> str:
    """Local midnight at the start of ``day`` (plus some days), as the core's ISO text."""
    moment = datetime.combine(date(day.year(), day.month(), day.day()), time())
    return dates.to_iso(dates.localize(moment + timedelta(days=days_later)))

"""The row above the timeline: how lanes are grouped, zoom out and in, show everything,
go to a date, the stretch of time in view, and saving the timeline or the statistics as
a picture.

It holds the controls only; the Timeline tab connects them to the view.
"""

from __future__ import annotations

from datetime import datetime

import qtawesome as qta
from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from app.analysis.timeline import LANES  # the lanes box's rows, in this order


class TimelineToolbar(QWidget):
    """Emits ``grouping_chosen(grouping)`` and ``day_chosen(noon as epoch seconds)``; the
    buttons and the export actions are connected by the tab."""

    grouping_chosen = Signal(str)
    day_chosen = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lanes_label = QLabel(self)
        self.lanes_box = QComboBox(self)
        self.lanes_box.addItems([""] * len(LANES))
        self.lanes_label.setBuddy(self.lanes_box)
        self.zoom_out_button = self._button("fa6s.magnifying-glass-minus")
        self.zoom_in_button = self._button("fa6s.magnifying-glass-plus")
        self.fit_button = self._button("fa6s.arrows-left-right-to-line", text=True)
        self.date_label = QLabel(self)
        self.date_box = QDateEdit(QDate.currentDate(), self)
        self.date_box.setCalendarPopup(True)
        self.date_label.setBuddy(self.date_box)
        self.span_label = QLabel(self)
        self.span_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = self._button("fa6s.image", text=True)
        self.export_button.setMenu(QMenu(self.export_button))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_timeline_action = self.export_button.menu().addAction("")
        self.export_statistics_action = self.export_button.menu().addAction("")
        self._span: tuple[float, float] | None = None
        self._lay_out()
        self.lanes_box.currentIndexChanged.connect(
            lambda row: self.grouping_chosen.emit(LANES[row]))
        self.date_box.dateChanged.connect(self._day_changed)
        self.retranslate()

    def _button(self, icon: str, text: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(qta.icon(icon))
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon if text
                                  else Qt.ToolButtonStyle.ToolButtonIconOnly)
        return button

    def _lay_out(self) -> None:
        gap = self.fontMetrics().averageCharWidth() * 2
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        for group in ((self.lanes_label, self.lanes_box),
                      (self.zoom_out_button, self.zoom_in_button, self.fit_button),
                      (self.date_label, self.date_box)):
            for widget in group:
                bar.addWidget(widget)
            bar.addSpacing(gap)
        bar.addStretch(1)
        bar.addWidget(self.span_label)
        bar.addSpacing(gap)
        bar.addWidget(self.export_button)
        for first, second in ((self.lanes_box, self.zoom_out_button),
                              (self.zoom_out_button, self.zoom_in_button),
                              (self.zoom_in_button, self.fit_button),
                              (self.fit_button, self.date_box),
                              (self.date_box, self.export_button)):
            self.setTabOrder(first, second)

    def show_span(self, start: float, end: float) -> None:
        """Say which days are in view, in the locale's short form."""
        self._span = (start, end)
        locale = QLocale()
        short = locale.dateFormat(QLocale.FormatType.ShortFormat)
        self.span_label.setText(" – ".join(
            locale.toString(QDateTime.fromSecsSinceEpoch(int(moment)), short)
            for moment in (start, end)))

    def _day_changed(self, day: QDate) -> None:
        noon = datetime(day.year(), day.month(), day.day(), 12)
        self.day_chosen.emit(noon.timestamp())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.lanes_label.setText(self.tr("&Lanes:"))
        for row, text in enumerate((self.tr("By platform"), self.tr("By person or account"),
                                    self.tr("By kind"))):
            self.lanes_box.setItemText(row, text)
        for button, text in ((self.zoom_in_button, self.tr("Zoom in (+)")),
                             (self.zoom_out_button, self.tr("Zoom out (−)"))):
            button.setToolTip(text)
            button.setAccessibleName(text)
        self.fit_button.setText(self.tr("Show &all"))
        self.fit_button.setToolTip(self.tr("Show everything, from the first to the last (0)"))
        self.date_label.setText(self.tr("Go to &date:"))
        self.date_box.setLocale(QLocale())
        self.date_box.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.export_button.setText(self.tr("Save as &picture"))
        self.export_timeline_action.setText(self.tr("The &timeline…"))
        self.export_statistics_action.setText(self.tr("The &statistics…"))
        if self._span:
            self.show_span(*self._span)

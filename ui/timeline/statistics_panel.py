"""The statistics panel: the numbers an avocat quotes, beside the timeline.

How many acts and since when, whether they are becoming more frequent (in a plain
sentence), the longest run of days in a row, acts per week and per month as small bar
charts, per platform and per account, and the busiest days. The figures come from
``app.statistics`` and count acts, as its docstring explains.
"""

from __future__ import annotations

import re
from datetime import date

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSize, Qt
from PySide6.QtGui import QFont, QImage, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.analysis import statistics
from app.analysis.statistics import Statistics, Trend
from ui.common import words
from ui.timeline.statistics_charts import BarChart, RankChart

# A bare name pyside6-lupdate recognises, so the sentences below reach the .ts files.
translate = QCoreApplication.translate
TREND_ICONS = {statistics.ESCALATING: ("fa6s.arrow-trend-up", "#c0392b"),
               statistics.DECLINING: ("fa6s.arrow-trend-down", "#2e8b57"),
               statistics.STEADY: ("fa6s.arrow-right", None),
               statistics.TOO_LITTLE_DATA: ("fa6s.circle-question", None)}


class StatisticsPanel(QWidget):
    """Shows one ``Statistics``; ``set_statistics(None)`` with a message while counting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.statistics: Statistics | None = None
        self._waiting = ""
        self.heading = QLabel(self)
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(self.font().pointSizeF() * 1.25)
        self.heading.setFont(heading_font)
        self.summary = self._label()
        self.trend_icon = QLabel(self)
        self.trend = self._label(bold=True)
        self.run = self._label()
        self.weeks_title, self.months_title, self.platforms_title, self.accounts_title, \
            self.days_title = (self._label(bold=True) for _ in range(5))
        self.weeks, self.months = BarChart(self), BarChart(self)
        self.platforms, self.accounts = RankChart(self), RankChart(self)
        self.days = self._label()
        self._lay_out()
        self.retranslate()

    def _label(self, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
        return label

    def _lay_out(self) -> None:
        line = self.fontMetrics().height()
        trend_row = QGridLayout()
        trend_row.addWidget(self.trend_icon, 0, 0, Qt.AlignmentFlag.AlignTop)
        trend_row.addWidget(self.trend, 0, 1)
        trend_row.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(trend_row)
        layout.addWidget(self.run)
        for title, chart in ((self.weeks_title, self.weeks), (self.months_title, self.months),
                             (self.platforms_title, self.platforms),
                             (self.accounts_title, self.accounts),
                             (self.days_title, self.days)):
            layout.addSpacing(line // 2)
            layout.addWidget(title)
            layout.addWidget(chart)
        layout.addStretch(1)

    # -- public ---------------------------------------------------------------------------

    def set_statistics(self, figures: Statistics | None, waiting: str = "") -> None:
        """Show ``figures``; with None, show ``waiting`` (e.g. "Counting…") instead."""
        self.statistics, self._waiting = figures, waiting
        self._fill()

    def render_image(self, ratio: float = 2.0) -> QImage:
        """The panel as it looks now, at ``ratio`` pixels per point (2 for print)."""
        size = self.size().expandedTo(self.minimumSizeHint())
        image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(self.palette().color(QPalette.ColorRole.Window))
        self.render(image)
        return image

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 44, super().sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Statistics"))
        self.weeks_title.setText(self.tr("Acts per week"))
        self.months_title.setText(self.tr("Acts per month"))
        self.platforms_title.setText(self.tr("Per platform"))
        self.accounts_title.setText(self.tr("Per account"))
        self.days_title.setText(self.tr("Busiest days"))
        self._fill()

    # -- filling --------------------------------------------------------------------------

    def _fill(self) -> None:
        figures = self.statistics
        has_acts = figures is not None and figures.total > 0
        for widget in (self.trend_icon, self.trend, self.run, self.weeks_title, self.weeks,
                       self.months_title, self.months, self.platforms_title, self.platforms,
                       self.accounts_title, self.accounts, self.days_title, self.days):
            widget.setVisible(has_acts)
        if figures is None:
            self.summary.setText(self._waiting)
            return
        if not has_acts:
            self.summary.setText(self.tr("No act to count: nothing on the timeline is "
                                         "dated evidence of an act."))
            return
        self.summary.setText(self._summary(figures))
        self._show_trend(figures.trend)
        self.run.setText(self._run(figures.longest_run))
        locale = QLocale()
        short = locale.dateFormat(QLocale.FormatType.ShortFormat)
        self.weeks.set_values([(locale.toString(_qdate(week), short), count)
                               for week, count in figures.per_week], self.tr("week of %1"))
        self.months.set_values([(locale.toString(_qdate(month), "MMM yyyy"), count)
                                for month, count in figures.per_month])
        self.platforms.set_rows([(name or self.tr("Platform not given"), count)
                                 for name, count in figures.per_platform], self.tr("Others"))
        self.accounts.set_rows([(name or self.tr("No account"), count)
                                for name, count in figures.per_account], self.tr("Others"))
        self.days.setText("\n".join(
            self.tr("%1: %Ln act(s)", "", count).replace("%1", self._weekday(day))
            for day, count in figures.busiest_days))

    def _summary(self, figures: Statistics) -> str:
        assert figures.first is not None
        assert figures.last is not None
        return self.tr("%Ln act(s), the first on %1, the last on %2.", "", figures.total) \
            .replace("%1", words.moment_text(figures.first.isoformat())) \
            .replace("%2", words.moment_text(figures.last.isoformat()))

    def _show_trend(self, trend: Trend) -> None:
        self.trend.setText(trend_text(trend))
        name, colour = TREND_ICONS.get(trend.direction, TREND_ICONS[statistics.STEADY])
        icon = qta.icon(name, color=colour) if colour else qta.icon(name)
        side = self.fontMetrics().height()
        self.trend_icon.setPixmap(icon.pixmap(side, side))

    def _run(self, run: tuple[date, date, int] | None) -> str:
        if run is None:
            return ""
        first, last, days = run
        if days == 1:
            return self.tr("Never two days in a row.")
        return self.tr("Longest run: %Ln day(s) in a row, from %1 to %2.", "", days) \
            .replace("%1", day_text(first)).replace("%2", day_text(last))

    @staticmethod
    def _weekday(day: date) -> str:
        return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)


def trend_text(trend: Trend) -> str:
    """The trend in one plain sentence, e.g. "The acts are becoming more frequent: 12 a
    week over the last 4 weeks, against 3 a week before."."""
    sentences = {
        statistics.ESCALATING: translate(
            "StatisticsPanel", "The acts are becoming more frequent: %1 a week over the "
                               "last %3 weeks, against %2 a week before."),
        statistics.DECLINING: translate(
            "StatisticsPanel", "The acts are becoming less frequent: %1 a week over the "
                               "last %3 weeks, against %2 a week before."),
        statistics.STEADY: translate(
            "StatisticsPanel", "The acts keep a steady pace: %1 a week over the last %3 "
                               "weeks, and %2 a week before."),
    }
    sentence = sentences.get(trend.direction) or translate(
        "StatisticsPanel", "Too few acts, or too short a time, to tell whether they are "
                           "becoming more frequent.")
    return sentence.replace("%1", _rate(trend.recent_per_week)).replace(
        "%2", _rate(trend.earlier_per_week)).replace("%3", str(trend.recent_weeks))


def _rate(per_week: float) -> str:
    """A weekly rate as a person says it: 12, 3, 0.5."""
    if per_week >= 10 or per_week == int(per_week):
        return QLocale().toString(round(per_week))
    return QLocale().toString(per_week, "f", 1)


def day_text(day: date) -> str:
    """A day in the locale's long form without the weekday: "31 mai 2025", "May 31, 2025"."""
    locale = QLocale()
    layout = re.sub(r"d{4}[,.]?\s*", "", locale.dateFormat(QLocale.FormatType.LongFormat))
    return locale.toString(_qdate(day), layout.strip(" ,"))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)

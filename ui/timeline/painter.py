"""Drawing one frame of the timeline: lanes, calendar ticks, incidents, items and their
clusters, and the density strip along the bottom.

Nothing here is a widget or a graphics item per event: each frame asks the index for the
few hundred marks that are visible (``index.marks``) and paints those. Colours
come from the palette's roles, except the lanes' own colours, which are mid tones
readable on light and dark backgrounds alike.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLineF,
    QLocale,
    QPointF,
    QRectF,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF

from app.analysis.timeline import MIN_BUCKET_PIXELS, bucket_for
from ui.timeline.geometry import Geometry
from ui.timeline.index import EventIndex, Layout, Mark, cell_seconds, marks
from ui.timeline.scale import Tick, TimeScale, label_format, ticks

# Tableau 10, a set chosen to stay apart for most colour-blind readers, on any background.
LANE_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2",
                "#9c755f", "#edc948", "#ff9da7", "#8c8c8c")
OTHERS_COLOUR = "#8c8c8c"
# The victim's own replies: drawn, since they show she asked for it to stop, but as a
# ring in a colour no lane uses, so they are never read as acts.
REPLY_COLOUR = "#1f9e89"
BAR_PIXELS = 6  # the density strip's bars are at least this wide: weeks rather than days


def lane_colour(number: int, is_others: bool = False) -> QColor:
    return QColor(OTHERS_COLOUR if is_others else LANE_COLOURS[number % len(LANE_COLOURS)])


@dataclass
class Frame:
    """What one frame shows beyond the geometry: the data, the zoom, and the pointer."""

    index: EventIndex
    layout: Layout
    scale: TimeScale
    lane_labels: list[tuple[str, str]]  # each lane's name in the user's words, and its count
    hovered: tuple[int, int] | None = None  # (lane, first item of the mark) under the pointer


class TimelinePainter:
    """Paints frames with one font and palette; call ``set_style`` when either changes."""

    def __init__(self, font: QFont, palette: QPalette) -> None:
        self.set_style(font, palette)

    def set_style(self, font: QFont, palette: QPalette) -> None:
        self.font, self.palette = QFont(font), palette
        self.metrics = QFontMetricsF(font)
        self.line = self.metrics.height()
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.bold_metrics = QFontMetricsF(self.bold)
        self.small = QFont(font)
        self.small.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
        self.small_bold = QFont(self.small)
        self.small_bold.setBold(True)
        self.small_metrics = QFontMetricsF(self.small_bold)
        self.radius = self.line * 0.3
        self.cell_pixels = max(self.line * 2.6, self.small_metrics.horizontalAdvance("9.9k") * 1.3)
        role = QPalette.ColorRole
        self.text = palette.color(role.Text)
        self.base = palette.color(role.Base)
        self.alternate = palette.color(role.AlternateBase)
        self.highlight = palette.color(role.Highlight)
        self.quiet = palette.color(role.PlaceholderText)
        self.grid = QColor(self.text)
        self.grid.setAlphaF(0.12)
        self.major_grid = QColor(self.text)
        self.major_grid.setAlphaF(0.28)
        self._spacing: tuple[str, dict[str, float]] = ("", {})

    # -- the whole frame ------------------------------------------------------------------

    def paint(self, painter: QPainter, geo: Geometry, frame: Frame | None, message: str) -> None:
        painter.fillRect(QRectF(0, 0, geo.width, geo.height), self.base)
        if frame is None:
            self._message(painter, geo, message)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._lanes(painter, geo, frame)
        painter.save()
        painter.setClipRect(QRectF(geo.gutter, 0, geo.plot_width, geo.height))
        self._ticks(painter, geo, frame.scale)
        for number in range(len(frame.layout.lanes)):
            self._incidents(painter, geo, frame, number, spans=True)
            self._marks(painter, geo, frame, number)
            self._incidents(painter, geo, frame, number, spans=False)
        self._strip(painter, geo, frame)
        painter.restore()
        self._lane_names(painter, geo, frame)
        if not frame.index.events:
            self._message(painter, geo, message)

    def _message(self, painter: QPainter, geo: Geometry, message: str) -> None:
        painter.setPen(self.quiet)
        painter.setFont(self.font)
        painter.drawText(QRectF(0, 0, geo.width, geo.height),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, message)

    def _lanes(self, painter: QPainter, geo: Geometry, frame: Frame) -> None:
        for number in range(len(frame.layout.lanes)):
            if number % 2:
                painter.fillRect(geo.lane_rect(number).adjusted(-geo.gutter, 0, 0, 0),
                                 self.alternate)
        painter.setPen(QPen(self.major_grid, 1))
        painter.drawLine(QLineF(0, geo.lanes_bottom(), geo.width, geo.lanes_bottom()))
        painter.drawLine(QLineF(geo.gutter, 0, geo.gutter, geo.height))

    def _lane_names(self, painter: QPainter, geo: Geometry, frame: Frame) -> None:
        swatch = self.line * 0.7
        left = self.line * 0.4 + swatch + self.line * 0.35
        width = geo.gutter - left - self.line * 0.3
        for number, (lane, (name, count)) in enumerate(zip(frame.layout.lanes,
                                                           frame.lane_labels, strict=True)):
            rect = geo.lane_rect(number)
            two_lines = rect.height() >= self.line * 2.6
            middle = rect.center().y() - (self.line / 2 if two_lines else 0)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(lane_colour(number, lane.name is None))
            painter.drawRoundedRect(QRectF(self.line * 0.4, middle - swatch / 2, swatch, swatch),
                                    2, 2)
            painter.setFont(self.font)
            painter.setPen(self.text)
            line = QRectF(left, middle - self.line / 2, width, self.line)
            if two_lines:
                painter.drawText(line, Qt.AlignmentFlag.AlignVCenter, self.metrics.elidedText(
                    name, Qt.TextElideMode.ElideRight, width))
                painter.setFont(self.small)
                painter.setPen(self.quiet)
                painter.drawText(line.translated(0, self.line), Qt.AlignmentFlag.AlignVCenter,
                                 count)
                continue
            suffix = f" ({count})"
            room = width - self.metrics.horizontalAdvance(suffix)
            shown = self.metrics.elidedText(name, Qt.TextElideMode.ElideRight, room) + suffix
            painter.drawText(line, Qt.AlignmentFlag.AlignVCenter, shown)

    # -- the axis -------------------------------------------------------------------------

    def _ticks(self, painter: QPainter, geo: Geometry, scale: TimeScale) -> None:
        locale = QLocale()
        previous_right = -math.inf
        for number, tick in enumerate(ticks(scale, self.tick_spacing())):
            x = geo.gutter + scale.x_of(tick.at)
            painter.setPen(QPen(self.major_grid if tick.major else self.grid, 1))
            painter.drawLine(QLineF(x, geo.axis * 0.75, x, geo.height))
            previous_right = self._tick_label(painter, geo, tick, x, locale, previous_right,
                                             first=number == 0)

    def _tick_label(self, painter: QPainter, geo: Geometry, tick: Tick, x: float,
                    locale: QLocale, previous_right: float, first: bool) -> float:
        text = locale.toString(QDateTime.fromSecsSinceEpoch(int(tick.at)),
                               label_format(tick, first))
        painter.setFont(self.bold if tick.major else self.font)
        width = self.bold_metrics.horizontalAdvance(text)
        left = x + self.line * 0.25
        if left < previous_right or left + width > geo.width:
            return previous_right
        painter.setPen(self.text)
        painter.drawText(QRectF(left, 0, width + self.line, geo.axis * 0.9),
                         Qt.AlignmentFlag.AlignVCenter, text)
        return left + width

    # -- items and incidents --------------------------------------------------------------

    def _marks(self, painter: QPainter, geo: Geometry, frame: Frame, number: int) -> None:
        scale, lane = frame.scale, frame.layout.lanes[number]
        rect = geo.lane_rect(number)
        y = rect.center().y()
        colour = lane_colour(number, lane.name is None)
        cell = cell_seconds(scale.seconds_per_pixel, self.cell_pixels)
        spread = (2 * self.radius + 1) * scale.seconds_per_pixel
        outline = QPen(self.base, 1)
        ink = _ink_on(colour)
        events = frame.index.events
        painter.setFont(self.small_bold)
        for mark in marks(lane, scale.start, scale.end, cell, spread):
            x, radius = self.place(mark, scale, rect.height())
            x += geo.gutter
            if mark.selected or frame.hovered == (number, mark.lo):
                ring = self.highlight if mark.selected else self.text
                painter.setPen(QPen(ring, max(self.line * 0.16, 2)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(x, y), radius + 3, radius + 3)
            single = events[lane.positions[mark.lo]] if mark.count == 1 else None
            if single is not None and single.is_reply:
                painter.setPen(QPen(QColor(REPLY_COLOUR), max(self.line * 0.2, 2.5)))
                painter.setBrush(self.base)
            elif single is not None and not single.dated:
                # Only the file's date or the import time says when: drawn hollow.
                painter.setPen(QPen(colour, max(self.line * 0.14, 1.5)))
                painter.setBrush(self.base)
            else:
                painter.setPen(outline)
                painter.setBrush(colour)
            painter.drawEllipse(QPointF(x, y), radius, radius)
            if mark.count > 1:
                self._count(painter, x, y, radius, mark, ink)

    def place(self, mark: Mark, scale: TimeScale, lane_height: float) -> tuple[float, float]:
        """Where a mark is drawn (x from the time area's left) and its radius. A cluster
        grows with its count and stays inside its cell, so clusters never overlap."""
        biggest = min(lane_height * 0.42, self.cell_pixels * 0.48)
        x = scale.x_of(mark.at)
        if mark.count == 1:
            return x, min(self.radius, biggest)
        radius = min(self.radius * (1.4 + 0.6 * math.log2(mark.count)), biggest)
        left, right = scale.x_of(mark.cell[0]) + radius, scale.x_of(mark.cell[1]) - radius
        return (min(max(x, left), right) if left <= right else (left + right) / 2), radius

    def tick_spacing(self) -> dict[str, float]:
        """How far apart the ticks of each unit must be for their labels to fit, in the
        language in use (month names differ in length)."""
        locale = QLocale()
        if self._spacing[0] != locale.name():
            self._spacing = (locale.name(), self._measure_ticks(locale))
        return self._spacing[1]

    def _measure_ticks(self, locale: QLocale) -> dict[str, float]:
        sample = QDateTime(QDate(2026, 9, 28), QTime(22, 0))

        def widest(*formats: str) -> float:
            return max(self.bold_metrics.horizontalAdvance(locale.toString(sample, layout))
                       for layout in formats) + self.line * 1.2
        return {"minute": widest("HH:mm", "d MMM"), "hour": widest("HH:mm", "d MMM"),
                "day": widest("d MMM", "d MMM yyyy") * 0.75, "week": widest("d MMM"),
                "month": widest("MMM", "MMM yyyy") * 0.8, "year": widest("yyyy")}

    def _count(self, painter: QPainter, x: float, y: float, radius: float, mark: Mark,
               ink: QColor) -> None:
        text = compact_count(mark.count)
        if self.small_metrics.horizontalAdvance(text) > radius * 2 + 1:
            return
        painter.setPen(ink)
        painter.drawText(QRectF(x - radius, y - radius, radius * 2, radius * 2),
                         Qt.AlignmentFlag.AlignCenter, text)

    def _incidents(self, painter: QPainter, geo: Geometry, frame: Frame, number: int,
                   spans: bool) -> None:
        scale, lane = frame.scale, frame.layout.lanes[number]
        rect = geo.lane_rect(number)
        colour = lane_colour(number, lane.name is None)
        for position in lane.incidents:
            event = frame.index.events[position]
            if (event.end is not None) != spans:
                continue
            if event.start > scale.end or (event.end or event.start) < scale.start:
                continue
            x = geo.gutter + scale.x_of(event.start)
            if spans:
                self._span(painter, geo, scale, rect, colour, event.start, event.end or 0,
                           event.title)
            elif event.step_id is not None:
                self._flag(painter, x, rect, colour)
            else:
                self._diamond(painter, x, rect, colour)

    def _span(self, painter: QPainter, geo: Geometry, scale: TimeScale, rect: QRectF,
              colour: QColor, start: float, end: float, title: str) -> None:
        left = max(geo.gutter + scale.x_of(start), geo.gutter - 2)
        right = min(geo.gutter + scale.x_of(end), geo.width + 2)
        band = QRectF(left, rect.top() + rect.height() * 0.12,
                      max(right - left, 3), rect.height() * 0.76)
        fill = QColor(colour)
        fill.setAlphaF(0.22)
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(fill)
        painter.drawRoundedRect(band, 3, 3)
        if band.width() > self.line * 3 and band.height() > self.line * 1.2:
            painter.setPen(self.text)
            painter.setFont(self.small)
            inner = band.adjusted(self.line * 0.3, 1, -self.line * 0.3, 0)
            shown = self.small_metrics.elidedText(title, Qt.TextElideMode.ElideRight,
                                                  inner.width())
            painter.drawText(inner, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, shown)

    def _diamond(self, painter: QPainter, x: float, rect: QRectF, colour: QColor) -> None:
        # Above the items' line, so that a cluster's count stays readable beneath it.
        size = min(self.line * 0.5, rect.height() * 0.25)
        y = rect.top() + size + 2
        painter.setPen(QPen(self.text, 1.5))
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([QPointF(x, y - size), QPointF(x + size, y),
                                       QPointF(x, y + size), QPointF(x - size, y)]))

    def _flag(self, painter: QPainter, x: float, rect: QRectF, colour: QColor) -> None:
        # A step she took is a flag planted on the day, not a dot: it is not an act.
        pole = min(self.line * 1.3, rect.height() * 0.7)
        bottom = rect.center().y() + pole / 2
        top = bottom - pole
        painter.setPen(QPen(self.text, 1.5))
        painter.drawLine(QLineF(x, top, x, bottom))
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([QPointF(x, top), QPointF(x + pole * 0.6, top + pole * 0.22),
                                       QPointF(x, top + pole * 0.44)]))

    # -- the density strip ----------------------------------------------------------------

    def _strip(self, painter: QPainter, geo: Geometry, frame: Frame) -> None:
        strip, scale = geo.strip_rect(), frame.scale
        bucket = bucket_for(scale.span, int(geo.plot_width / BAR_PIXELS * MIN_BUCKET_PIXELS))
        # Bars are scaled to the busiest bucket from a span before the view to a span after
        # it: near enough for a quiet month to show, wide enough not to jump on a pan.
        around = frame.index.density(scale.start - scale.span, scale.end + scale.span, bucket)
        busiest = max((count for *_edges, count in around), default=0)
        caption = self.line * 1.3
        room = strip.height() - caption - self.line * 0.3
        bars = []
        if busiest:
            for low, high, count in around:
                if count and high >= scale.start and low <= scale.end:
                    left, right = scale.x_of(low), scale.x_of(high)
                    height = max(room * min(count / busiest, 1.0), 2.0)
                    gap = 1.0 if right - left >= 4 else 0.0
                    bars.append(QRectF(geo.gutter + left, strip.bottom() - height,
                                       max(right - left - gap, 1.0), height))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.highlight)
        painter.drawRects(bars)
        painter.setPen(QPen(self.major_grid, 1))
        painter.drawLine(QLineF(strip.left(), strip.bottom() - 0.5, strip.right(),
                                strip.bottom() - 0.5))
        painter.setPen(self.quiet)
        painter.setFont(self.small)
        painter.drawText(QRectF(strip.left() + self.line * 0.4, strip.top() + 2,
                                strip.width(), caption),
                         Qt.AlignmentFlag.AlignVCenter, strip_caption(bucket, busiest))


def compact_count(count: int) -> str:
    """A cluster's count in at most four characters: 7, 512, 1.2k, 25k."""
    if count < 1000:
        return str(count)
    thousands = count / 1000
    shown = QLocale().toString(thousands, "f", 1) if thousands < 10 else str(round(thousands))
    return QCoreApplication.translate("Timeline", "%1k").replace("%1", shown)


def strip_caption(bucket: float, busiest: int) -> str:
    """What the density strip counts, and its tallest bar, e.g. "Acts per week (at most 31)"."""
    translate = QCoreApplication.translate
    per = {60: translate("Timeline", "Acts per minute"),
           300: translate("Timeline", "Acts per 5 minutes"),
           900: translate("Timeline", "Acts per 15 minutes"),
           3600: translate("Timeline", "Acts per hour"),
           21600: translate("Timeline", "Acts per 6 hours"),
           86400: translate("Timeline", "Acts per day"),
           604800: translate("Timeline", "Acts per week"),
           2592000: translate("Timeline", "Acts per month"),
           31536000: translate("Timeline", "Acts per year")}.get(int(bucket), "")
    return translate("Timeline", "%1 (at most %2)").replace("%1", per).replace(
        "%2", QLocale().toString(busiest))


def _ink_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on ``colour``."""
    luminance = 0.299 * colour.redF() + 0.587 * colour.greenF() + 0.114 * colour.blueF()
    return QColor("#111111") if luminance > 0.6 else QColor("#ffffff")


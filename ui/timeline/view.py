"""The timeline itself: one painted widget that shows a case's items and incidents on a
time axis, in lanes, with the density strip along the bottom.

It holds what is shown (the index, the zoom, the lane grouping, what the pointer rests
on) and answers what lies under a point. The drawing is in ``painter``; the
mouse, wheel, gestures and keys are handled by ``controls``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from app.analysis.timeline import LANES, STEP
from ui.common import words
from ui.timeline.geometry import Geometry, geometry, lanes_that_fit
from ui.timeline.index import OTHERS, EventIndex, Lane, cell_seconds, marks
from ui.timeline.painter import Frame, TimelinePainter
from ui.timeline.preview import (
    EventPreview,
    cluster_lines,
    incident_lines,
    item_lines,
    step_lines,
)
from ui.timeline.scale import DAY, TimeScale


@dataclass(frozen=True)
class Target:
    """What is under the pointer: an item, a cluster of a lane's items, or an incident."""

    kind: str  # "item", "cluster" or "incident"
    lane: int
    lo: int = 0  # the lane's items lo:hi, for items and clusters
    hi: int = 0
    position: int = -1  # in the timeline's events, for items and incidents


class TimelineView(QWidget):
    """Shows an ``EventIndex``; ``set_index`` gives it data, ``set_selected`` the items
    selected elsewhere. Emits ``item_clicked(item_id)``, ``item_activated(item_id)`` (to
    open it), ``incident_clicked(id)``, ``thumbnail_wanted(item_id)`` for the hover card,
    ``span_changed`` after every zoom or pan, and ``data_painted`` once per
    ``set_index``, when its data is first on screen."""

    item_clicked = Signal(int)
    item_activated = Signal(int)  # double-clicked, or Enter on the selected item: open it
    incident_clicked = Signal(int)
    step_clicked = Signal(int)
    thumbnail_wanted = Signal(int)
    span_changed = Signal()
    data_painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index: EventIndex | None = None
        self.grouping = LANES[0]
        self.scale = TimeScale()
        self.message = ""
        self.preview = EventPreview(self)
        self._painter = TimelinePainter(self.font(), self.palette())
        self.hovered: Target | None = None  # what the pointer rests on
        self._fitted = True
        self._unpainted = False
        self._asked: set[int] = set()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self.setMinimumSize(self.fontMetrics().averageCharWidth() * 40,
                            self.fontMetrics().height() * 14)
        self.retranslate()

    # -- data -----------------------------------------------------------------------------

    def set_index(self, index: EventIndex | None, fit: bool = False) -> None:
        """Show ``index``; fit everything in view when asked or when nothing was shown."""
        fresh = self.index is None or fit
        self.index = index
        self.forget_pointer()
        self._unpainted = index is not None
        self._sync_scale()
        if fresh or self._fitted:
            self.fit_all()
        self.update()

    def set_grouping(self, grouping: str) -> None:
        if grouping in LANES and grouping != self.grouping:
            self.grouping = grouping
            self.forget_pointer()
            self._sync_scale()
            self.update()

    def set_selected(self, item_ids: list[int], reveal: bool = True) -> None:
        """Ring the selected items; bring a single one into view if it is off-screen."""
        if self.index is None:
            return
        self.index.select(item_ids)
        if reveal and len(item_ids) == 1 and item_ids[0] in self.index.position_of_item:
            moment = self.index.events[self.index.position_of_item[item_ids[0]]].start
            if not self.scale.start <= moment <= self.scale.end:
                self._changed(lambda: self.scale.centre_on(moment))
        self.update()

    def add_thumbnail(self, item_id: int, png: bytes) -> None:
        self.preview.add_thumbnail(item_id, png)

    def clear(self) -> None:
        """Forget the data, the thumbnails and the selection (on lock)."""
        self.index = None
        self.hovered = None
        self._asked.clear()
        self.preview.forget()
        self.update()

    def set_message(self, text: str) -> None:
        """What the view says when it has nothing to draw (loading, nothing found)."""
        self.message = text
        self.update()

    # -- zoom and pan ---------------------------------------------------------------------

    def visible_span(self) -> tuple[float, float]:
        return self.scale.start, self.scale.end

    def fit_all(self) -> None:
        bounds = self.index.bounds() if self.index else None
        if bounds is None:
            self._changed(lambda: self.scale.fit(time.time() - 30 * DAY, time.time()))
        else:
            self._changed(lambda: self.scale.fit(*bounds))
        self._fitted = True

    def jump_to(self, moment: float) -> None:
        """Centre the view on ``moment``, keeping the zoom."""
        self._changed(lambda: self.scale.centre_on(moment))

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in (factor > 1) or out around ``anchor_x`` (widget x; the centre if None)."""
        plot_x = None if anchor_x is None else anchor_x - self._geometry().gutter
        self._changed(lambda: self.scale.zoom(factor, plot_x))

    def pan(self, pixels: float) -> None:
        """Move the content ``pixels`` to the right (earlier times come into view)."""
        self._changed(lambda: self.scale.pan(pixels))

    def show_between(self, first: float, last: float) -> None:
        self._changed(lambda: self.scale.fit(first, last))

    def _changed(self, change: Callable[[], None]) -> None:
        change()
        self._fitted = False
        self.forget_pointer()
        self.span_changed.emit()

    # -- geometry, for painting, hit tests and tests --------------------------------------

    def lane_names(self) -> list[str]:
        """The lanes with how many events each holds, e.g. "Instagram (9)", top to bottom."""
        return [f"{name} ({count})" for name, count in map(self._lane_label, self.lanes())]

    def plot_x(self, moment: float) -> float:
        """The widget x of an instant."""
        return self._geometry().gutter + self.scale.x_of(moment)

    def frame_geometry(self) -> Geometry:
        return self._geometry()

    def lanes(self) -> list[Lane]:
        if self.index is None:
            return []
        line = self._painter.line
        return self.index.layout(self.grouping, lanes_that_fit(self.height(), line)).lanes

    def _geometry(self, width: int | None = None, height: int | None = None) -> Geometry:
        width, height = width or self.width(), height or self.height()
        lanes = self.lanes()
        metrics = self._painter.metrics
        widest = max((metrics.horizontalAdvance(self._lane_label(lane)[0]) for lane in lanes),
                     default=0.0)
        gutter = min(widest + self._painter.line * 1.9, width * 0.3)
        return geometry(width, height, self._painter.line, gutter, max(len(lanes), 1))

    def _sync_scale(self) -> None:
        self.scale.resize(int(self._geometry().plot_width))

    def _frame(self, scale: TimeScale | None = None, pointer: bool = True) -> Frame | None:
        if self.index is None:
            return None
        layout = self.index.layout(self.grouping, lanes_that_fit(self.height(),
                                                                 self._painter.line))
        hovered = None
        if pointer and self.hovered is not None and self.hovered.kind != "incident":
            hovered = (self.hovered.lane, self.hovered.lo)
        return Frame(self.index, layout, scale or self.scale,
                     [self._lane_label(lane) for lane in layout.lanes], hovered)

    def _lane_label(self, lane: Lane) -> tuple[str, str]:
        """A lane's name in the user's words, and how many events it holds."""
        if lane.name is OTHERS:
            name = self.tr("Others")
        elif lane.name == STEP:
            name = self.tr("Steps taken")
        elif lane.name == "":
            name = {"platform": self.tr("Platform not given"),
                    "account": self.tr("No account"),
                    "kind": self.tr("Other")}.get(self.grouping, "")
        elif self.grouping == "kind":
            name = self.tr("Incidents") if lane.name == "incident" else words.kind_text(lane.name)
        else:
            name = lane.name
        return name, QLocale().toString(len(lane.starts) + len(lane.incidents))

    # -- painting and export --------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter, self._geometry(), self._frame())
        finally:
            painter.end()
        if self._unpainted:
            self._unpainted = False
            self.data_painted.emit()

    def _paint(self, painter: QPainter, geo: Geometry, frame: Frame | None) -> None:
        message = self.message or self.tr("Nothing to show on the timeline.")
        self._painter.paint(painter, geo, frame, message)
        if self.hasFocus() and painter.device() is self:
            painter.setPen(self.palette().highlight().color())
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def render_image(self, size: QSize | None = None, ratio: float = 2.0) -> QImage:
        """The timeline as it is now, over the same stretch of time, at ``size`` (the
        widget's by default) and ``ratio`` pixels per point (2 for print)."""
        size = size or self.size()
        image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        geo = self._geometry(size.width(), size.height())
        scale = TimeScale(self.scale.start, self.scale.span, int(geo.plot_width))
        painter = QPainter(image)
        try:
            self._paint(painter, geo, self._frame(scale, pointer=False))
        finally:
            painter.end()  # a painter left open on an image crashes Qt later
        return image

    # -- what is under the pointer --------------------------------------------------------

    def target_at(self, point: QPointF) -> Target | None:
        geo = self._geometry()
        lane_number = geo.lane_at(point.y())
        frame = self._frame()
        if frame is None or lane_number is None or point.x() < geo.gutter:
            return None
        lane, scale = frame.layout.lanes[lane_number], self.scale
        moment = scale.time_at(point.x() - geo.gutter)
        painter = self._painter
        spp = scale.seconds_per_pixel
        reach = painter.cell_pixels * 0.5 * spp
        found = marks(lane, moment - reach, moment + reach,
                      cell_seconds(spp, painter.cell_pixels), (2 * painter.radius + 1) * spp)
        x = point.x() - geo.gutter
        placed = [(mark, *painter.place(mark, scale, geo.lane_height)) for mark in found]
        if placed:
            mark, mark_x, radius = min(placed, key=lambda each: abs(each[1] - x))
            if abs(mark_x - x) <= max(radius, painter.radius * 1.5):
                if mark.count == 1:
                    return Target("item", lane_number, mark.lo, mark.hi, lane.positions[mark.lo])
                return Target("cluster", lane_number, mark.lo, mark.hi)
        return self._incident_at(lane, lane_number, moment, painter.line * spp)

    def _incident_at(self, lane: Lane, number: int, moment: float,
                     reach: float) -> Target | None:
        assert self.index is not None
        for position in lane.incidents:
            event = self.index.events[position]
            end = event.end if event.end is not None else event.start
            if event.start - reach <= moment <= end + reach:
                return Target("incident", number, position=position)
        return None

    def hover(self, target: Target | None, at: QPoint) -> None:
        """Ring what the pointer rests on and show its card; None hides the card."""
        if target == self.hovered:
            return
        self.hovered = target
        self.update()
        if target is None:
            self.preview.hide()
        else:
            self._show_preview(target, at)

    def forget_pointer(self) -> None:
        self.hovered = None
        self.preview.hide()
        self.update()

    def _show_preview(self, target: Target, at: QPoint) -> None:
        assert self.index is not None
        if target.kind == "cluster":
            lane = self.lanes()[target.lane]
            lines = cluster_lines(target.hi - target.lo, lane.starts[target.lo],
                                  lane.starts[target.hi - 1])
            self.preview.show_lines(lines, at)
            return
        event = self.index.events[target.position]
        if target.kind == "incident":
            shown = step_lines(event) if event.step_id is not None else incident_lines(event)
            self.preview.show_lines(shown, at)
            return
        self.preview.show_lines(item_lines(event), at, event.item_id)
        item_id = event.item_id
        if (event.has_thumbnail and item_id is not None and item_id not in self._asked
                and not self.preview.has_thumbnail(item_id)):
            self._asked.add(item_id)
            self.thumbnail_wanted.emit(item_id)

    # -- the widget's life ----------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        fitted = self._fitted
        self._sync_scale()
        if fitted:
            self.fit_all()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind in (QEvent.Type.PaletteChange, QEvent.Type.FontChange,
                    QEvent.Type.ApplicationPaletteChange):
            self._painter.set_style(self.font(), self.palette())
        elif kind == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(self.tr(
            "Plus and minus zoom, the arrow keys move in time, Ctrl with an arrow goes from "
            "item to item, 0 shows everything."))
        self.update()

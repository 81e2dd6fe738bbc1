"""How the user drives the timeline: the wheel zooms around the pointer (sideways or with
Shift it moves in time), a pinch zooms, dragging moves in time, resting the pointer shows
a card, a click selects an item or zooms in on a cluster, a double click opens the item.

The keyboard does the same: + and − zoom, the arrows move in time (a page with Shift),
Home and End go to the first and last event, 0 shows everything, Ctrl with an arrow
selects the next or previous item, Enter opens it. An event filter on the view, so the
view itself only shows.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QNativeGestureEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QGestureEvent, QPinchGesture

if TYPE_CHECKING:
    from ui.timeline.view import Target, TimelineView

ZOOM_STEP = 1.5  # one press of + or −
WHEEL_NOTCH = 120  # angleDelta of one wheel notch
NOTCHES_PER_DOUBLING = 4  # wheel notches that halve (or double) the span
PAN_STEP = 0.1  # of the width, per arrow press or wheel notch
PAGE = 0.9  # of the width, with Shift or Page Up and Page Down


class TimelineControls(QObject):
    """Turns the mouse, the wheel, gestures and keys on ``view`` into its zoom, pan and
    selection."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view
        self._press: QPointF | None = None
        self._dragged = False
        kinds = QEvent.Type
        self._handlers: dict[QEvent.Type, Callable[[QEvent], bool]] = {
            kinds.MouseButtonPress: self._pressed, kinds.MouseMove: self._moved,
            kinds.MouseButtonRelease: self._released, kinds.MouseButtonDblClick: self._opened,
            kinds.Leave: self._left, kinds.Wheel: self._wheel,
            kinds.NativeGesture: self._native_gesture, kinds.Gesture: self._gesture,
            kinds.KeyPress: self._key,
        }
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handler = self._handlers.get(event.type())
        return bool(handler and watched is self.view and handler(event))

    # -- the mouse ------------------------------------------------------------------------

    def _pressed(self, event: QEvent) -> bool:
        if isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton:
            self._press, self._dragged = event.position(), False
            self.view.forget_pointer()
        return False

    def _moved(self, event: QEvent) -> bool:
        if not isinstance(event, QMouseEvent):
            return False
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = event.position().x() - self._press.x()
            if self._dragged or abs(moved) >= QApplication.startDragDistance():
                self._dragged = True
                self.view.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._press = event.position()
                self.view.pan(moved)
            return True
        self.view.hover(self.view.target_at(event.position()), event.position().toPoint())
        return True

    def _released(self, event: QEvent) -> bool:
        if not isinstance(event, QMouseEvent) or event.button() != Qt.MouseButton.LeftButton \
                or self._press is None:
            return False
        clicked = not self._dragged
        self._press, self._dragged = None, False
        self.view.unsetCursor()
        if clicked:
            self._click(self.view.target_at(event.position()))
        return True

    def _opened(self, event: QEvent) -> bool:
        if isinstance(event, QMouseEvent):
            target = self.view.target_at(event.position())
            if target is not None and target.kind == "item":
                self._activate(target.position)
        return True

    def _left(self, _event: QEvent) -> bool:
        self.view.forget_pointer()
        return False

    def _click(self, target: Target | None) -> None:
        view, index = self.view, self.view.index
        if target is None or index is None:
            return
        if target.kind == "cluster":
            lane = view.lanes()[target.lane]
            first, last = lane.starts[target.lo], lane.starts[target.hi - 1]
            view.show_between(first, last)
            return
        event = index.events[target.position]
        if target.kind == "incident" and event.incident_id is not None:
            view.incident_clicked.emit(event.incident_id)
        elif target.kind == "incident" and event.step_id is not None:
            view.step_clicked.emit(event.step_id)
        elif event.item_id is not None:
            view.set_selected([event.item_id], reveal=False)
            view.item_clicked.emit(event.item_id)

    def _activate(self, position: int) -> None:
        index = self.view.index
        item_id = index.events[position].item_id if index is not None else None
        if item_id is not None:
            self.view.item_activated.emit(item_id)

    # -- the wheel and gestures -----------------------------------------------------------

    def _wheel(self, event: QEvent) -> bool:
        if not isinstance(event, QWheelEvent):
            return False
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier or delta.x():
            notches = (delta.x() or delta.y()) / WHEEL_NOTCH
            self.view.pan(notches * self.view.scale.width * PAN_STEP)
        elif delta.y():
            factor = 2 ** (delta.y() / (WHEEL_NOTCH * NOTCHES_PER_DOUBLING))
            self.view.zoom(factor, event.position().x())
        event.accept()
        return True

    def _native_gesture(self, event: QEvent) -> bool:
        if (isinstance(event, QNativeGestureEvent)
                and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture):
            self.view.zoom(1.0 + event.value(), event.position().x())
            return True
        return False

    def _gesture(self, event: QEvent) -> bool:
        if not isinstance(event, QGestureEvent):
            return False
        pinch = event.gesture(Qt.GestureType.PinchGesture)
        if not isinstance(pinch, QPinchGesture):
            return False
        anchor = self.view.mapFromGlobal(pinch.centerPoint().toPoint()).x()
        self.view.zoom(pinch.scaleFactor(), anchor)
        event.accept(pinch)
        return True

    # -- the keyboard ---------------------------------------------------------------------

    def _key(self, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return False
        view, key, modifiers = self.view, event.key(), event.modifiers()
        width = view.scale.width
        keys = Qt.Key
        if key in (keys.Key_Plus, keys.Key_Equal):
            view.zoom(ZOOM_STEP)
        elif key in (keys.Key_Minus, keys.Key_Underscore):
            view.zoom(1 / ZOOM_STEP)
        elif key in (keys.Key_Left, keys.Key_Right):
            direction = 1 if key == keys.Key_Right else -1
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                self._step_selection(direction)
            else:
                page = modifiers & Qt.KeyboardModifier.ShiftModifier
                view.pan(-direction * width * (PAGE if page else PAN_STEP))
        elif key in (keys.Key_PageUp, keys.Key_PageDown):
            view.pan(width * PAGE * (1 if key == keys.Key_PageUp else -1))
        elif key in (keys.Key_Home, keys.Key_End) and view.index and view.index.bounds():
            bounds = view.index.bounds() or (0.0, 0.0)
            view.jump_to(bounds[0] if key == keys.Key_Home else bounds[1])
        elif key == keys.Key_0:
            view.fit_all()
        elif key in (keys.Key_Return, keys.Key_Enter) and view.index is not None \
                and view.index.selected_positions():
            self._activate(view.index.selected_positions()[0])
        else:
            return False
        return True

    def _step_selection(self, direction: int) -> None:
        """Select the next (or previous) item in time, from the selection or the centre."""
        view, index = self.view, self.view.index
        if index is None:
            return
        events = index.events
        chosen = index.selected_positions()
        if chosen:
            position = (chosen[-1] if direction > 0 else chosen[0]) + direction
        else:
            middle = (view.scale.start + view.scale.end) / 2
            position = bisect_left(index.timeline.starts, middle) - (direction < 0)
        while 0 <= position < len(events) and events[position].item_id is None:
            position += direction
        item_id = events[position].item_id if 0 <= position < len(events) else None
        if item_id is not None:
            view.set_selected([item_id])
            view.item_clicked.emit(item_id)

"""The idle lock: once nobody has touched Dossier for a while, the window locks itself.

Idle time is measured on the wall clock, not by a countdown timer: a timer stands still
while the laptop sleeps, so a lid closed for an hour would otherwise wake up to an open
case. A short timer only decides when to look at the clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

CHECK_EVERY_MS = 5_000
IDLE_CHOICES = (1, 2, 5, 10, 15, 30, 60, 0)  # minutes; 0 is "never"

# What counts as someone using the app: a key, a click, the wheel, a touch, the mouse
# moving over one of its windows (as KeePassXC's inactivity timer counts them).
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
})


class IdleLock(QObject):
    """Emits ``idle`` once, when ``minutes`` have passed since the last key or mouse
    event anywhere in the app. Runs between ``start`` (the case is open) and ``stop``.

    ``clock`` returns the wall-clock time in seconds; tests replace it."""

    idle = Signal()

    def __init__(self, minutes: int, clock: Callable[[], float] = time.time,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.minutes = minutes
        self.last_activity = clock()
        self._watching = False
        self._timer = QTimer(self, interval=CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def set_limit(self, minutes: int) -> None:
        """Lock after ``minutes`` without activity from now on; 0 never locks."""
        self.minutes = minutes
        self.note_activity()  # a new limit counts from now, never retroactively
        self._follow()

    def start(self) -> None:
        """Count idle time from now."""
        self._watching = True
        self.note_activity()
        self._follow()

    def stop(self) -> None:
        self._watching = False
        self._follow()

    def note_activity(self) -> None:
        self.last_activity = self.clock()

    def check(self) -> bool:
        """Emit ``idle`` (and stop) if the limit has passed on the wall clock."""
        if not self.running or self.minutes <= 0:
            return False
        now = self.clock()
        self.last_activity = min(self.last_activity, now)  # a clock set back counts from now
        if now - self.last_activity < self.minutes * 60:
            return False
        self.stop()
        self.idle.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.last_activity = self.clock()
        return False

    def _follow(self) -> None:
        """Run the timer and watch events only while there is something to lock."""
        app = QCoreApplication.instance()
        if app is None:
            return  # no app, no events to watch
        active = self._watching and self.minutes > 0
        if active and not self._timer.isActive():
            app.installEventFilter(self)
            self._timer.start()
        elif not active and self._timer.isActive():
            app.removeEventFilter(self)
            self._timer.stop()

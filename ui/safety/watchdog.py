"""The window's side of the watchdog (issue #12): a heartbeat to a small process that ends
the window if a lock is due and the window's thread is stuck (``ui/safety/sentinel.py``).

What it catches while the window's thread is stuck, within about a second:
- the idle lock: the heartbeat carries the moment it is due;
- a screen lock, on Linux, asked of logind once the heartbeat has stopped;
- a quick exit that started but did not finish locking (``leaving``).
What it cannot catch: Esc pressed twice while the thread is stuck. The keys reach the app
as events that only that thread reads; a key grab of its own would need a display
connection per desktop (X11, Wayland, Windows, macOS). Since previews are drawn in the
reader child, what is left to get stuck there is Dossier's own code.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
import time
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from PySide6.QtCore import QObject, QTimer

from ui.safety import sentinel
from ui.safety.auto_lock import IdleLock

BEAT_MS = 250


class Watchdog(QObject):
    """Beats every 250 ms while the window lives; ``arm`` when a case opens, ``disarm``
    when it locks. The watchdog process starts at the first ``arm``."""

    def __init__(self, idle_lock: IdleLock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle_lock = idle_lock
        self.armed = False
        self.process: BaseProcess | None = None
        self._pipe: Connection | None = None
        self._ready = False
        self._sending = threading.Lock()  # leaving() may come from another thread
        self._timer = QTimer(self, interval=BEAT_MS)
        self._timer.timeout.connect(self.beat)

    def arm(self) -> None:
        """A case is open: from now on a due lock must happen, one way or the other."""
        if self.process is None or not self.process.is_alive():
            self._start()
        self.armed = True
        self.beat()
        self._timer.start()

    def disarm(self) -> None:
        """Locked: nothing is left to protect until the next unlock."""
        self.armed = False
        self.beat()

    def leaving(self) -> None:
        """A quick exit has begun: unless it locks within half a second, the process ends."""
        self._send((sentinel.LEAVING, self.armed, None, time.monotonic()))

    def beat(self) -> None:
        self._send((sentinel.BEAT, self.armed, self._due(), time.monotonic()))

    def ready(self) -> bool:
        """Whether the watchdog process listens (it starts in a second or more)."""
        if not self._ready and self._pipe is not None:
            with contextlib.suppress(OSError, EOFError):
                self._ready = self._pipe.poll() and self._pipe.recv() == (sentinel.READY,)
        return self._ready

    def stop(self) -> None:
        """The window closes normally: the watchdog process leaves."""
        self._timer.stop()
        self._send((sentinel.BYE,))
        if self._pipe is not None:
            self._pipe.close()  # one still starting hears the end of the pipe instead
        # Not joined: one still starting would hold the window for seconds.
        self._pipe, self.process = None, None

    def _due(self) -> float | None:
        """The wall-clock time the idle lock is due, measured on the idle lock's clock."""
        idle = self.idle_lock
        if not (self.armed and idle.running and idle.minutes > 0):
            return None
        left = idle.last_activity + idle.minutes * 60 - idle.clock()
        return time.time() + left

    def _start(self) -> None:
        self._ready = False
        context = multiprocessing.get_context("spawn")
        self._pipe, theirs = context.Pipe()
        self.process = context.Process(target=sentinel.watch, args=(theirs, os.getpid()),
                                       name="dossier-watchdog", daemon=True)
        self.process.start()
        theirs.close()
        # A watchdog that stops reading (stopped, starved) must never block this thread
        # on a full pipe: the send fails instead, and the window goes on without it.
        with contextlib.suppress(OSError, AttributeError, ValueError):  # Windows: no such mode
            os.set_blocking(self._pipe.fileno(), False)

    def _send(self, message: tuple[object, ...]) -> None:
        if self._pipe is None:
            return
        with self._sending:
            try:
                self._pipe.send(message)  # a few dozen bytes: never blocks
            except OSError:  # it left (its parent is not us any more, or it was killed)
                self._pipe = None

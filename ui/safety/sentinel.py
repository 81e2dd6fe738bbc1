"""The watchdog's own process: ends the window's process when a lock is due and the window's
thread cannot do it (issue #12). Standard library only, so it starts in a blink.

Quick exit and the idle lock run on the window's main thread. If that thread is stuck (a
bug of ours, a library call that never returns), they cannot fire, and the case stays on
screen with the vault open. This process hears a heartbeat from that thread every 250 ms,
with the moment the idle lock is due. When a lock is due and the heartbeat has stopped,
it kills the window's process: every window vanishes at once, and the vault is locked,
for SQLCipher keeps the file encrypted on disk and the key dies with the process. A
transaction in flight is rolled back by SQLite at the next opening.

Being a process, not a thread, it needs neither the window's GIL nor its event loop.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from multiprocessing.connection import Connection

STUCK_SECONDS = 1.0  # no heartbeat for this long: the window's thread is stuck
GRACE_SECONDS = 0.5  # a quick exit asked must have locked within this (it takes ms)
LOOK_EVERY = 0.1  # seconds between two looks at the pipe and the clock
BEAT, LEAVING, BYE, READY = "beat", "leaving", "bye", "ready"


class Guard:
    """What the sentinel knows of the window, and whether the window must go now."""

    def __init__(self) -> None:
        self.last_beat = time.monotonic()
        self.armed = False  # a case is open
        self.due: float | None = None  # wall-clock time the idle lock is due
        self.leaving_since: float | None = None  # a quick exit asked, not yet locked
        self._next_look = 0.0

    def hear(self, message: tuple[object, ...]) -> None:
        """Take in a message ``(what, armed, due, sent)``; ``sent`` is the window's
        ``time.monotonic()`` (one clock for every process of the machine), so that beats
        read late, when this process has just started, count when they were sent."""
        what, armed, due, sent = message
        when = min(float(sent), time.monotonic()) if isinstance(sent, int | float) else 0.0
        if what == BEAT:
            self.last_beat = when
            self.armed = bool(armed)
            self.due = float(due) if isinstance(due, int | float) else None
            if not self.armed:
                self.leaving_since = None
        elif what == LEAVING and self.armed:
            self.leaving_since = when

    def must_end(self) -> bool:
        """A lock is due, and the window's thread has not done it in time."""
        if not self.armed:
            return False
        now = time.monotonic()
        if self.leaving_since is not None and now - self.leaving_since > GRACE_SECONDS:
            return True
        if now - self.last_beat <= STUCK_SECONDS:
            return False
        if self.due is not None and time.time() >= self.due:
            return True
        return self._screen_locked(now)

    def _screen_locked(self, now: float) -> bool:
        # Asked only while the window is stuck, at most once a second: its own D-Bus
        # watch (ui/safety/session_watch.py) cannot hear the desktop then.
        if now < self._next_look:
            return False
        self._next_look = now + 1.0
        return session_locked()


def session_locked() -> bool:
    """Whether logind says this session's screen is locked (Linux; False elsewhere)."""
    if not sys.platform.startswith("linux"):
        return False
    session = os.environ.get("XDG_SESSION_ID") or "auto"
    try:
        answer = subprocess.run(
            ["loginctl", "show-session", session, "--property=LockedHint", "--value"],
            capture_output=True, text=True, timeout=1, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return answer.stdout.strip() == "yes"


def watch(pipe: Connection, window_pid: int) -> None:
    """Listen to the window until it says goodbye or dies; kill it if it must end."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the window to handle
    guard = Guard()
    pipe.send((READY,))
    while True:
        try:
            while pipe.poll(LOOK_EVERY):
                message = pipe.recv()
                if message[0] == BYE:
                    return
                guard.hear(message)
        except (EOFError, OSError):  # the window's process is gone
            return
        if guard.must_end():
            end(window_pid)
            return


def end(pid: int) -> None:
    """Kill the window's process at once (TerminateProcess on Windows)."""
    with contextlib.suppress(OSError):
        os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))

"""The watchdog (issue #12): when a lock is due and the window's thread is stuck in a busy
loop, the window's process is killed within a second, and not before; when nothing is due,
or the window has locked, a stuck thread is left alone.

Each case runs in a real child process with a real QApplication, a real idle lock, the real
watchdog process, and a slot that never returns."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from ui.safety import sentinel

SCRIPT = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget
    from ui.safety.auto_lock import IdleLock
    from ui.safety.watchdog import Watchdog

    def main(minutes, due_in, how):
        app = QApplication(sys.argv)
        window = QWidget()
        window.show()
        idle = IdleLock(minutes)
        idle.start()
        idle.last_activity -= minutes * 60 - due_in  # the last key was that long ago
        dog = Watchdog(idle)
        dog.arm()

        def stuck():
            if how == "leaving":
                dog.leaving()
            elif how == "locked":
                dog.disarm()
            print("stuck", time.time(), idle.last_activity + minutes * 60, flush=True)
            while True:  # a slot of ours that never returns, holding the GIL
                pass

        QTimer.singleShot(300, stuck)  # a few heartbeats first
        app.exec()

    if __name__ == "__main__":
        main(int(sys.argv[1]), float(sys.argv[2]), sys.argv[3])
""")


def run_stuck(tmp_path: Path, minutes: int, due_in: float, how: str = "") -> tuple[
        subprocess.Popen[str], float, float]:
    """Start the stuck window; returns it, the wall-clock time it got stuck, and the time
    its idle lock is due."""
    script = tmp_path / "stuck_window.py"
    script.write_text(SCRIPT)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("XDG_SESSION_ID", None)
    child = subprocess.Popen([sys.executable, str(script), str(minutes), str(due_in), how],
                             stdout=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
    assert child.stdout is not None
    line = child.stdout.readline().split()
    assert line[0] == "stuck", line
    return child, float(line[1]), float(line[2])


def died_at(child: subprocess.Popen[str], within: float) -> float | None:
    """When the child died (wall clock), or None if it still runs after ``within`` s."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if child.poll() is not None:
            return time.time()
        time.sleep(0.02)
    return None


@pytest.fixture
def cleanup() -> Iterator[list[subprocess.Popen[str]]]:
    children: list[subprocess.Popen[str]] = []
    yield children
    for child in children:
        if child.poll() is None:
            child.kill()
        child.wait(10)
        if child.stdout is not None:
            child.stdout.close()


def test_an_idle_lock_due_while_the_window_is_stuck_kills_it_within_a_second(
        tmp_path, cleanup) -> None:
    child, stuck, due = run_stuck(tmp_path, minutes=1, due_in=2.5)
    cleanup.append(child)
    death = died_at(child, within=10)
    assert death is not None, "the stuck window outlived its idle lock"
    assert child.returncode == -signal.SIGKILL
    assert death >= due  # not before the lock was due
    assert death - max(due, stuck + 1.0) < 1.0


def test_a_quick_exit_that_does_not_lock_kills_the_window_within_a_second(
        tmp_path, cleanup) -> None:
    child, stuck, _due = run_stuck(tmp_path, minutes=30, due_in=1800, how="leaving")
    cleanup.append(child)
    death = died_at(child, within=10)
    assert death is not None, "the quick exit never finished"
    assert child.returncode == -signal.SIGKILL
    assert death - stuck < 1.5


@pytest.mark.parametrize(("minutes", "how"), [(0, ""), (1, "locked")])
def test_a_stuck_window_with_nothing_to_lock_is_left_alone(
        tmp_path, cleanup, minutes, how) -> None:
    # "never" as the idle limit; or locked already, with the idle time long past.
    child, _stuck, _due = run_stuck(tmp_path, minutes=minutes, due_in=0.5, how=how)
    cleanup.append(child)
    assert died_at(child, within=2.5) is None


def test_a_screen_lock_ends_a_stuck_window_and_only_a_stuck_one(monkeypatch) -> None:
    # logind's answer is played: a test run has no desktop session to lock.
    monkeypatch.setattr(sentinel, "session_locked", lambda: True)
    guard = sentinel.Guard()
    guard.hear((sentinel.BEAT, True, None))
    assert not guard.must_end()  # beating: the window hears the lock and locks itself
    guard.last_beat -= sentinel.STUCK_SECONDS + 0.1
    assert guard.must_end()
    guard.hear((sentinel.BEAT, False, None))
    guard.last_beat -= sentinel.STUCK_SECONDS + 0.1
    assert not guard.must_end()  # locked already: nothing left on screen

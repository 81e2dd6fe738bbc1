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
from tests.gui import test_safety as safety
from tests.vault_files import copy_vault
from ui.safety import sentinel
from ui.safety.auto_lock import IdleLock
from ui.safety.watchdog import Watchdog

prepared = safety.prepared  # a vault with a case, imported once

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
        dog = Watchdog(idle)
        dog.arm()

        def due_in_time():  # the last key was that long ago
            idle.last_activity = time.time() - (minutes * 60 - due_in)
            dog.beat()

        def stuck():
            if not dog.ready():  # it starts in a second or more on a busy machine
                QTimer.singleShot(50, stuck)
                return
            due_in_time()
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
    guard.hear((sentinel.BEAT, True, None, time.monotonic()))
    assert not guard.must_end()  # beating: the window hears the lock and locks itself
    guard.last_beat -= sentinel.STUCK_SECONDS + 0.1
    assert guard.must_end()
    guard.hear((sentinel.BEAT, False, None, time.monotonic()))
    guard.last_beat -= sentinel.STUCK_SECONDS + 0.1
    assert not guard.must_end()  # locked already: nothing left on screen


def test_the_real_window_stuck_after_unlock_is_ended_by_its_idle_lock(
        tmp_path: Path, prepared: Path) -> None:
    """The whole app in a child process: unlock, a slot that never returns, and the
    process ends once the idle lock is due."""
    vault = tmp_path / "vault.dossier"
    copy_vault(prepared, vault)
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from ui.app import run_app
        from ui.window import MainWindow

        def start():
            window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
            window.case_opened.connect(lambda _id: QTimer.singleShot(100, lambda: stuck(window)))
            window.access.unlock_form.field.setText({safety.PASSPHRASE!r})
            window.access.unlock_form.unlock.click()

        def stuck(window):
            if not window.watchdog.ready():  # it starts in a few seconds on a busy machine
                QTimer.singleShot(100, lambda: stuck(window))
                return
            idle = window.idle_lock
            idle.last_activity = idle.clock() - (idle.minutes * 60 - 1.5)  # due in 1.5 s
            window.watchdog.beat()
            print("stuck", idle.last_activity + idle.minutes * 60, flush=True)
            while True:
                pass

        if __name__ == "__main__":
            app = QApplication(sys.argv)
            QTimer.singleShot(0, start)
            run_app(Path({str(vault)!r}), sys.argv)
    """)
    (tmp_path / "window.py").write_text(script)
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local/share"), "QT_QPA_PLATFORM": "offscreen",
           "DOSSIER_VAULT": str(vault), "PYTHONPATH": str(ROOT)}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("XDG_SESSION_ID", None)
    child = subprocess.Popen([sys.executable, str(tmp_path / "window.py")],
                             stdout=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
    try:
        assert child.stdout is not None
        line = child.stdout.readline().split()
        assert line[:1] == ["stuck"], line
        death = died_at(child, within=30)
        assert death is not None, "the stuck window outlived its idle lock"
        assert child.returncode == -signal.SIGKILL
        due = float(line[1])
        assert due <= death < due + 1.0
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(10)
        if child.stdout is not None:
            child.stdout.close()


def test_a_watchdog_that_stops_reading_never_blocks_the_window(qtbot) -> None:
    dog = Watchdog(IdleLock(0))
    dog.arm()
    qtbot.waitUntil(dog.ready, timeout=60_000)
    assert dog.process is not None
    pid = dog.process.pid
    os.kill(pid, signal.SIGSTOP)  # as if starved or stopped: it reads nothing any more
    try:
        started = time.monotonic()
        for _ in range(20_000):  # well over what a socket buffers: an hour of heartbeats
            dog.beat()
        assert time.monotonic() - started < 5
    finally:
        os.kill(pid, signal.SIGKILL)
        dog.stop()

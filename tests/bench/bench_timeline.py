"""Timeline benchmark: how soon the timeline of a 50,000-item case is on screen after
unlocking, and how long each frame takes while the user zooms and pans.

Run from the project folder (a script; pytest does not collect it):

    DOSSIER_VAULT=/tmp/demo50k.dossier DOSSIER_PASSPHRASE=demo \\
        .venv/bin/python tests/bench/bench_timeline.py --json

``DOSSIER_VAULT`` names a vault made by ``dossier demo --items 50000``; without it, such
a vault is made in a temporary folder (and removed at the end), which the output says.
Offscreen, in one process: the vault is unlocked through the vault service, then the
clock runs from "unlocked" to the first paint of the timeline with its data (``open_ms``:
the case is found, the Timeline tab is built, shown and loaded). Then a scripted sequence
of 200 steps (zoom in to a day around the busiest day, pan across weeks, zoom out to
everything, then pan and zoom at the scale of months) repaints the view after each step;
each step's change and repaint is one frame. The machine is shared and noisy, so the same
run also times a bare QWidget of the same size that paints only its background
(``bare_frame_ms_median``).

Targets (issue 4): open_ms <= 1000 and frame_ms_p95 <= 16.
Exit codes: 0 targets met, 1 targets missed, 2 could not measure.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import sqlcipher3
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.case import cases
from app.cli import demo
from ui.common.operations import VaultService
from ui.timeline.page import TimelinePage
from ui.timeline.scale import DAY
from ui.timeline.view import TimelineView

OPEN_TARGET_MS = 1000.0
FRAME_TARGET_MS = 16.0
ITEMS = 50_000
SIZE = (1600, 900)  # the page; the view gets what the toolbar and statistics leave


def wait_until(done: Callable[[], bool], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError
        loop = QEventLoop()
        QTimer.singleShot(1, loop.quit)
        loop.exec()


def unlock(service: VaultService, path: Path, passphrase: str) -> None:
    outcome: list[object] = []
    service.unlock(path, passphrase, outcome.append, lambda message: outcome.append(message))
    wait_until(lambda: bool(outcome))
    if not service.is_unlocked:
        raise SystemExit(f"bench_timeline: could not unlock the vault: {outcome[0]}")


def open_timeline(service: VaultService) -> tuple[TimelinePage, float, float]:
    """From unlocked to the first paint with data: the page, open_ms, statistics_ms."""
    started = time.perf_counter()
    found: list[int] = []
    service.run(lambda vault, _task: _largest_case(vault.db), found.append)
    wait_until(lambda: bool(found))
    page = TimelinePage(service)
    page.resize(*SIZE)
    painted: list[float] = []
    counted: list[float] = []
    page.view.data_painted.connect(lambda: painted.append(time.perf_counter()))
    page.counted.connect(lambda: counted.append(time.perf_counter()))
    page.show()
    page.load(found[0])
    wait_until(lambda: bool(painted))
    wait_until(lambda: bool(counted))
    return page, (painted[0] - started) * 1000, (counted[0] - started) * 1000


def _largest_case(db: sqlcipher3.Connection) -> int:
    sizes = {case.id: db.execute("SELECT count(*) FROM items WHERE case_id = ?",
                                 (case.id,)).fetchone()[0] for case in cases.all_cases(db)}
    return max(sizes, key=lambda case_id: sizes[case_id])


def steps(view: TimelineView, busiest: float) -> list[Callable[[], None]]:
    """The scripted 200 steps: in to a day, across weeks, out to all, then months."""
    width = view.scale.width
    centre = view.frame_geometry().gutter + width / 2
    script: list[Callable[[], None]] = [lambda: view.jump_to(busiest)]
    span = view.scale.span
    while span > DAY and len(script) < 40:
        script.append(lambda: view.zoom(1.25, centre))
        span /= 1.25
    script += [lambda: view.pan(-width * 0.2)] * (100 - len(script))  # a day a step: weeks
    script += [lambda: view.zoom(0.8, centre)] * 40
    script.append(view.fit_all)
    for step in range(59):  # months: zoom in and out by turns, panning in between
        if step % 3:
            script.append(lambda: view.pan(width * 0.15))
        else:
            factor = 1.6 if step % 6 == 0 else 1 / 1.6
            script.append(lambda factor=factor: view.zoom(factor, centre))
    return script[:200]


def time_frames(view: QWidget, script: list[Callable[[], None]]) -> list[float]:
    frames = []
    for step in script:
        started = time.perf_counter()
        step()
        view.repaint()
        frames.append((time.perf_counter() - started) * 1000)
    return frames


def bare_frames(size: tuple[int, int], count: int) -> list[float]:
    bare = QWidget()
    bare.setAutoFillBackground(True)  # the one thing it paints: its background
    bare.resize(*size)
    bare.show()
    wait_until(lambda: bare.windowHandle() is not None and bare.windowHandle().isExposed())
    frames = time_frames(bare, [lambda: None] * count)
    bare.close()
    return frames


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(path: Path, passphrase: str) -> dict[str, object]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    service = VaultService()
    try:
        unlock(service, path, passphrase)
        page, open_ms, statistics_ms = open_timeline(service)
        view = page.view
        figures = page.statistics.statistics
        busiest = (time.mktime(figures.busiest_days[0][0].timetuple()) + DAY / 2
                   if figures and figures.busiest_days else view.scale.start)
        frames = time_frames(view, steps(view, busiest))
        bare = bare_frames((view.width(), view.height()), len(frames))
        index = view.index
        assert index is not None
        return {
            "items": sum(1 for event in index.events if event.item_id is not None),
            "events": len(index.events),
            "open_ms": round(open_ms, 1),
            "statistics_ms": round(statistics_ms, 1),
            "frames": len(frames),
            "frame_ms_median": round(statistics.median(frames), 2),
            "frame_ms_p95": round(p95(frames), 2),
            "frame_ms_max": round(max(frames), 2),
            "bare_frame_ms_median": round(statistics.median(bare), 3),
            "view_size": [view.width(), view.height()],
            "memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6,
                               1),
        }
    finally:
        service.shutdown()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    arguments = parser.parse_args()
    scratch: Path | None = None
    named = os.environ.get("DOSSIER_VAULT")
    passphrase = os.environ.get("DOSSIER_PASSPHRASE", demo.PASSPHRASE)
    if named:
        path = Path(named)
    else:
        scratch = Path(tempfile.mkdtemp(prefix="dossier-bench-timeline-"))
        path = scratch / "demo.dossier"
        print(f"bench_timeline: DOSSIER_VAULT is not set; making a demo vault of {ITEMS} "
              f"items in {scratch}", file=sys.stderr)
        demo.create(path, passphrase, items=ITEMS)
    try:
        figures = measure(path, passphrase)
    except TimeoutError:
        print("bench_timeline: the timeline did not open in time", file=sys.stderr)
        return 2
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    figures["vault"] = "DOSSIER_VAULT" if named else "temporary demo vault"
    met = (float(str(figures["open_ms"])) <= OPEN_TARGET_MS
           and float(str(figures["frame_ms_p95"])) <= FRAME_TARGET_MS)
    figures["targets_met"] = met
    if arguments.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:>22}: {value}")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())

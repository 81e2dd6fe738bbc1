"""Start-up benchmark: from launching ``dossier --vault PATH`` to its unlock window on
screen, against a bare PySide6 window launched the same way, in the same run.

Run from the project folder (a script; pytest does not collect it):

    .venv/bin/python tests/bench/bench_startup.py           # exit 0 if the target is met
    .venv/bin/python tests/bench/bench_startup.py --json    # the figures as one JSON object

Each launch is a new Python process, timed from just before it is spawned until it prints
"ready": the app does so when ``DOSSIER_BENCH_READY=1`` and its window has been exposed and
drawn (``ui.app.when_on_screen``); the bare script, a QApplication and an empty QWidget,
uses the same test. The two alternate, ``--runs`` times each (10 by default), and the
medians are compared: the machines are shared and noisy, so the ratio says more than the
seconds. Under Xvfb when it is installed (a real X server, as on a desktop), else on Qt's
offscreen platform. The vault exists (the unlock screen), the settings folder is fresh.

Target (issue 11): the median at most 2.5 times the bare window's (aim: 1.5).
Exit codes: 0 target met, 1 target missed, 2 could not measure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.vault.keys import KdfSettings
from app.vault.vault import Vault

TARGET, AIM = 2.5, 1.5
TIMEOUT = 60.0  # seconds for one launch

DOSSIER = "import sys; from ui.entry import main; sys.exit(main())"
# The same readiness test as ui.app.when_on_screen: exposed, drawn, then a zero timer.
BARE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QWidget

class FirstExpose(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and isinstance(watched, QWindow) \\
                and watched.isExposed():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: print("ready", flush=True))
        return False

app = QApplication([])
window = QWidget()
window.resize(800, 600)
window.show()
watcher = FirstExpose()
window.windowHandle().installEventFilter(watcher)
app.exec()
"""


def launch(code: str, args: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning ``python -c code args`` until it prints "ready"."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    too_long = threading.Timer(TIMEOUT, child.kill)  # ends the loop below at end of file
    too_long.start()
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == "ready":
                return time.perf_counter() - start
        raise RuntimeError(f"no window: {child.stderr.read() if child.stderr else ''}")
    finally:
        too_long.cancel()
        child.kill()
        child.communicate()


@contextmanager
def display() -> Iterator[dict[str, str]]:
    """Qt's platform for the children: an Xvfb server of our own, or offscreen."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-nolisten", "tcp",
                               "-screen", "0", "1920x1080x24"], pass_fds=(write,),
                              stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()
    try:
        yield {"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}
    finally:
        server.terminate()
        server.wait()


def imports_before_window(env: dict[str, str]) -> float:
    """Seconds ``python -X importtime -c "import ui.app"`` counts for the window's code."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", "import ui.app"],
                          cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    last = [line for line in done.stderr.splitlines() if line.endswith("| ui.app")][-1]
    return int(last.split("|")[1]) / 1e6


def measure(runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="dossier-bench-") as folder, display() as screen:
        home = Path(folder)
        vault = home / "case.dossier"
        Vault.create(vault, "bench", kdf=KdfSettings(log2_n=10, r=8)).close()
        env = {**os.environ, **screen, "HOME": str(home), "PYTHONPATH": str(ROOT),
               "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
               "DOSSIER_BENCH_READY": "1"}
        env.pop("DOSSIER_VAULT", None)
        launch(BARE, [], env)  # warm the page cache for both
        launch(DOSSIER, ["--vault", str(vault)], env)
        bare, dossier = [], []
        for _ in range(runs):
            bare.append(launch(BARE, [], env))
            dossier.append(launch(DOSSIER, ["--vault", str(vault)], env))
        imports = imports_before_window(env)
    bare_median, dossier_median = statistics.median(bare), statistics.median(dossier)
    return {
        "platform": screen["QT_QPA_PLATFORM"], "runs": runs,
        "bare_ms_median": round(bare_median * 1000), "dossier_ms_median":
        round(dossier_median * 1000), "ratio": round(dossier_median / bare_median, 2),
        "bare_ms": [round(t * 1000) for t in bare],
        "dossier_ms": [round(t * 1000) for t in dossier],
        "import_ui_app_ms": round(imports * 1000), "target_ratio": TARGET,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    options = parser.parse_args()
    try:
        result = measure(options.runs)
    except (RuntimeError, subprocess.SubprocessError, OSError) as error:
        print(f"bench_startup: could not measure: {error}", file=sys.stderr)
        return 2
    if options.json:
        print(json.dumps(result))
    else:
        print(f"platform {result['platform']}, {result['runs']} launches each, medians:")
        print(f"  bare PySide6 window  {result['bare_ms_median']:>6} ms")
        print(f"  dossier unlock window {result['dossier_ms_median']:>5} ms")
        print(f"  ratio {result['ratio']} (target <= {TARGET}, aim {AIM})")
        print(f"  import ui.app: {result['import_ui_app_ms']} ms (python -X importtime)")
    return 0 if float(str(result["ratio"])) <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())

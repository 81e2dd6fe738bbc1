"""The unlock window appears at once: before it is on screen only what the unlock screen
needs is imported; the case page is loaded afterwards, and is in place for the first unlock
however fast the passphrase comes. (How fast: tests/bench/bench_startup.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import qtawesome as qta
from PySide6.QtGui import QIcon

from app.vault.keys import KdfSettings
from app.vault.vault import Vault
from tests.conftest import ROOT
from ui.app import CasePageLoader
from ui.case.page import CasePage
from ui.common import icons
from ui.common.operations import VaultService
from ui.settings.preferences import Preferences
from ui.window import CasePlaceholder, MainWindow

PASSPHRASE = "loutre violette sous l'escalier"
FAST_KDF = KdfSettings(log2_n=10, r=8)
# What the unlock screen does not need: the readers, the report, the letter, the icons
# library, the strength estimator, the case page, the export wizard.
HEAVY = ["fpdf", "pypdf", "docx", "PIL", "qtawesome", "zxcvbn", "ui.case.page",
         "ui.export.wizard", "app.export.exporting", "app.importing.formats",
         "app.analysis.timeline", "ui.timeline.page"]

# `dossier --vault PATH` as the console script runs it, reporting which of HEAVY are
# loaded when the window is on screen, then once the case page is in place.
LAUNCH = """
import json, sys
from PySide6.QtCore import QTimer
import ui.app

heavy = json.loads(sys.argv[2])
start = ui.app.CasePageLoader.start

def loaded():
    return sorted(name for name in heavy if name in sys.modules)

def observed(loader):
    print(json.dumps(loaded()), flush=True)
    start(loader)
    window = loader.window

    def when_placed():
        if type(window.case_page).__name__ != "CasePage":
            QTimer.singleShot(20, when_placed)
            return
        print(json.dumps(loaded()), flush=True)
        window.close()
    when_placed()

ui.app.CasePageLoader.start = observed
from ui.entry import main
sys.exit(main(["--vault", sys.argv[1]]))
"""


def test_the_window_shows_before_the_heavy_code_loads(tmp_path: Path) -> None:
    vault = tmp_path / "case.dossier"
    Vault.create(vault, PASSPHRASE, kdf=FAST_KDF).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", LAUNCH, str(vault), json.dumps(HEAVY)],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    on_screen, later = (json.loads(line) for line in done.stdout.splitlines())
    assert on_screen == []
    assert {"ui.case.page", "qtawesome", "ui.timeline.page"} <= set(later)


@pytest.mark.parametrize("started", [True, False])
def test_the_case_page_is_in_place_for_an_immediate_unlock(qtbot, tmp_path: Path,
                                                           started: bool) -> None:
    """Unlocked while the case page's code loads, or before the window was ever exposed
    (then it loads at the unlock): the case opens on the real page."""
    vault = tmp_path / "case.dossier"
    Vault.create(vault, PASSPHRASE, kdf=FAST_KDF).close()
    service = VaultService()
    window = MainWindow(service, vault, Preferences.at(tmp_path / "preferences.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert isinstance(window.case_page, CasePlaceholder)
    try:
        loader = CasePageLoader(window, service)
        if started:
            loader.start()
        window.access.unlock_form.field.setText(PASSPHRASE)
        with qtbot.waitSignal(window.case_opened, timeout=20_000):
            window.access.unlock_form.unlock.click()
        assert isinstance(window.case_page, CasePage)
        assert window.stack.currentWidget() is window.case_page
        assert window.stack.count() == 2  # the placeholder is gone
        assert window.windowTitle() == "Dossier — My case"
    finally:
        window.lock()
        service.shutdown()


@pytest.mark.parametrize(("name", "color"), [("fa6s.shield-halved", "#3f6f8f"),
                                             ("fa6s.lock", None), ("fa6s.eye-slash", None)])
def test_first_screen_icons_look_as_qtawesome_draws_them(qtbot, name: str,
                                                         color: str | None) -> None:
    ours, theirs = icons.icon(name, color), qta.icon(name, **({"color": color} if color else {}))
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
        drawn = ours.pixmap(48, 48, mode).toImage()
        assert drawn == theirs.pixmap(48, 48, mode).toImage()
        assert any(drawn.pixelColor(x, y).alpha() for x in range(48) for y in range(48))


def test_an_unknown_icon_is_refused_at_once() -> None:
    with pytest.raises(ValueError, match="no icon"):
        icons.icon("fa6s.no-such-icon")
    with pytest.raises(ValueError, match="only fa6s"):
        icons.icon("mdi.lock")

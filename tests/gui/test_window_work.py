"""The window never loses the person's work or her vault (issue #11, section 5): what is
remembered across a restart, Esc and the shortcuts wherever the focus is, layout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.vault.keys import KdfSettings
from app.vault.vault import Vault
from ui.common.i18n import Translations
from ui.common.operations import VaultService
from ui.settings.preferences import Preferences
from ui.window import MainWindow

STRONG = "loutre violette sous l'escalier"
FAST_KDF = KdfSettings(log2_n=10, r=8)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def service():
    running = VaultService()
    yield running
    running.shutdown()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    path = tmp_path / "case.dossier"
    Vault.create(path, STRONG, kdf=FAST_KDF).close()
    return path


@pytest.fixture
def translations():
    chosen = Translations()
    yield chosen
    chosen.apply("en")


def _restarted(settings_file: Path) -> list[str]:
    """What a second, fresh process of the app reads from ``settings_file``: the vault it
    would open and the language it would speak."""
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.vault.vault import default_path\n"
        "from ui.app import chosen_vault\n"
        "from ui.settings.preferences import Preferences\n"
        "preferences = Preferences.at(Path(sys.argv[1]))\n"
        "print(chosen_vault(default_path(), preferences))\n"
        "print(preferences.language)\n")
    environment = {key: value for key, value in os.environ.items() if key != "DOSSIER_VAULT"}
    environment["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-c", program, str(settings_file)], check=True,
                          capture_output=True, text=True, env=environment, timeout=60)
    return done.stdout.splitlines()


def test_a_vault_at_a_chosen_path_and_the_language_survive_a_restart(
        qtbot, service, tmp_path: Path, translations) -> None:
    settings_file = tmp_path / "settings" / "Dossier.ini"
    elsewhere = tmp_path / "usb" / "mine.dossier"
    window = MainWindow(service, elsewhere, Preferences.at(settings_file),
                        translations=translations)
    qtbot.addWidget(window)
    form = window.access.create_form
    form.first.setText(STRONG)
    form.second.setText(STRONG)
    with qtbot.waitSignal(window.case_opened, timeout=20_000):
        form.create_button.click()
    window.choose_language("fr")
    window.close()
    assert _restarted(settings_file) == [str(elsewhere), "fr"]


def test_settings_written_by_the_earlier_version_are_still_read(tmp_path: Path) -> None:
    settings_file = tmp_path / "Dossier.ini"
    kept = tmp_path / "mine.dossier"
    kept.write_bytes(b"not empty")
    settings_file.write_text(f"[%General]\nlanguage=fr\nvault_path={kept}\n", encoding="utf-8")
    assert _restarted(settings_file) == [str(kept), "fr"]
    preferences = Preferences.at(settings_file)
    preferences.language = "en"
    preferences.sync()
    assert _restarted(settings_file) == [str(kept), "en"]


def test_the_create_screen_offers_to_open_another_vault(qtbot, service, tmp_path: Path,
                                                        vault_path: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit

    window = MainWindow(service, tmp_path / "nothing-here.dossier",
                        Preferences.at(tmp_path / "p.ini"))
    qtbot.addWidget(window)
    window.show()
    assert window.access.pages.currentWidget() is window.access.create_form

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(vault_path))
        dialog.accept()
    QTimer.singleShot(100, pick)
    window.access.create_form.other.click()
    assert window.access.path == vault_path
    assert window.access.pages.currentWidget() is window.access.unlock_form

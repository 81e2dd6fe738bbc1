"""An installed Dossier is whole: the wheel carries the report's fonts and the compiled
translations, and a copy installed outside the repository exports a report with its fonts
embedded and speaks French.

The wheel is built from this tree with the test environment's own setuptools and PySide6
(no build isolation: nothing is downloaded), installed with ``--target`` into a folder
outside the repository, and run in child processes whose working directory is elsewhere
too, so nothing can be found by accident in the source tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from pathlib import Path

import pytest

from tests.cli.conftest import PASSPHRASE, make_vault
from tests.conftest import ROOT

# What the build reads: a copy of these is built, so that no stale build/ folder of the
# working tree can slip into the wheel, and the tree is left as it was.
BUILD_INPUTS = ("app", "ui", "resources", "pyproject.toml", "setup.py", "MANIFEST.in",
                "README.md")
NOT_SOURCES = shutil.ignore_patterns("__pycache__", "*.qm")
FONTS = {f"app/export/report/fonts/{name}.ttf" for name in
         ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSansMono")}
TRANSLATIONS = {"ui/translations/dossier_fr.qm", "ui/translations/dossier_en.qm"}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the wheel, the folder it is installed in), both outside the repository."""
    root = tmp_path_factory.mktemp("wheel")
    assert ROOT not in root.parents
    source = root / "source"
    source.mkdir()
    for name in BUILD_INPUTS:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=NOT_SOURCES)
        else:
            shutil.copy2(ROOT / name, source / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    subprocess.run([*pip, "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(root / "dist"), str(source)],
                   check=True, capture_output=True, cwd=root, timeout=180)
    wheel = next((root / "dist").glob("dossier-*.whl"))
    target = root / "installed"
    subprocess.run([*pip, "install", "--quiet", "--no-deps", "--no-index", "--target",
                    str(target), str(wheel)], check=True, capture_output=True, cwd=root,
                   timeout=180)
    return wheel, target


def run_installed(target: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Python in ``cwd`` seeing the installed copy first, then the dependencies only."""
    path = os.pathsep.join([str(target), sysconfig.get_paths()["purelib"]])
    env = {**os.environ, "PYTHONPATH": path, "PYTHONSAFEPATH": "1",
           "DOSSIER_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300, check=False)


def test_the_wheel_carries_fonts_and_translations(installed: tuple[Path, Path]) -> None:
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    assert names >= FONTS | TRANSLATIONS | {"app/export/report/fonts/LICENSE"}
    assert not any(name.startswith(("resources/", "tests/")) for name in names)
    metadata = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: GPL-3.0-or-later" in metadata


def test_the_installed_copy_runs_from_where_it_is_installed(installed: tuple[Path, Path],
                                                            tmp_path: Path) -> None:
    _, target = installed
    done = run_installed(target, tmp_path, "-c",
                         "import app, ui; print(app.__file__); print(ui.__file__)")
    assert done.returncode == 0, done.stderr
    for line in done.stdout.splitlines():
        assert Path(line).is_relative_to(target), line


def test_an_installed_copy_exports_a_report_with_its_fonts_embedded(
        installed: tuple[Path, Path], tmp_path: Path) -> None:
    _, target = installed
    vault = make_vault(tmp_path / "case.dossier")
    note = tmp_path / "note.txt"
    note.write_text("Message reçu à 23 h 10 : « je sais où tu habites ».\n", encoding="utf-8")
    for command in (["import", str(note)], ["export", "--out", str(tmp_path / "bundle")]):
        done = run_installed(target, tmp_path, "-m", "app", "--vault", str(vault), *command)
        assert done.returncode == 0, done.stderr
    fonts = subprocess.run(["pdffonts", str(tmp_path / "bundle" / "Rapport.pdf")],
                           capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert any("DejaVuSans" in line for line in fonts)
    for line in fonts:  # name, type, encoding, emb, sub, uni, object, generation
        assert line.split()[-5:-2] == ["yes", "yes", "yes"], line


def test_an_installed_copy_opens_its_window_in_french(installed: tuple[Path, Path],
                                                       tmp_path: Path) -> None:
    _, target = installed
    script = textwrap.dedent("""
        import sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from ui.common.i18n import TRANSLATIONS, Translations
        from ui.common.operations import VaultService
        from ui.settings.preferences import Preferences
        from ui.window import MainWindow

        app = QApplication([])
        translations = Translations()  # holds the translators it installs
        print(TRANSLATIONS)
        print(translations.apply("fr"))
        service = VaultService()
        window = MainWindow(service, Path(sys.argv[1]), Preferences.at(sys.argv[2]),
                            translations=translations)
        window.show()
        print(window.menu_file.title())
        window.close()
        service.shutdown()
    """)
    done = run_installed(target, tmp_path, "-c", script, str(tmp_path / "none.dossier"),
                         str(tmp_path / "preferences.ini"))
    assert done.returncode == 0, done.stderr
    folder, language, file_menu = done.stdout.splitlines()
    assert Path(folder).is_relative_to(target)
    assert (language, file_menu) == ("fr", "&Fichier")

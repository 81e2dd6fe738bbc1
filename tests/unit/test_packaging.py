"""What ``make package`` puts around the frozen app, checked without building it: the menu
entry and AppStream metadata pass the freedesktop validators, the version has one source,
the spec is Python, the icons exist at every hicolor size, the install script installs
and uninstalls, and About names every bundled component with the licence its package
states. (The built app itself is checked by ``make package-test``.)"""

from __future__ import annotations

import ast
import importlib.util
import os
import shutil
import subprocess
from importlib import metadata
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest
from PIL import Image

from app import __version__
from tests.conftest import ROOT
from ui.common import about
from ui.safety import disguise

PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    # By path: "packaging" is the PyPI library's name, not ours to import.
    spec = importlib.util.spec_from_file_location(f"dossier_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def desktop_files() -> ModuleType:
    return load("desktop_files")


def tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed (make system-packages)")
    return found


def validate_desktop_file(path: Path) -> None:
    result = subprocess.run([tool("desktop-file-validate"), str(path)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout
    assert not result.stdout.strip(), result.stdout


# -- the menu entry and the software-centre metadata ---------------------------------------


def test_the_menu_entry_is_valid_and_is_the_one_the_disguise_renames(desktop_files) -> None:
    entry = desktop_files.DESKTOP_FILE
    validate_desktop_file(entry)
    text = entry.read_text(encoding="utf-8")
    assert entry.name == disguise.LAUNCHER
    assert "\nExec=dossier\n" in text
    assert "\nIcon=dossier\n" in text


def test_a_disguised_menu_entry_stays_valid_and_comes_back_unchanged(
        desktop_files, tmp_path: Path) -> None:
    original = desktop_files.DESKTOP_FILE.read_text(encoding="utf-8")
    disguised = tmp_path / "dossier.desktop"
    disguised.write_text(disguise.disguised_entry(original, "Notes"), encoding="utf-8")
    validate_desktop_file(disguised)
    shown = disguised.read_text(encoding="utf-8")
    visible = [line for line in shown.splitlines() if not line.startswith(disguise.STASH)]
    assert "Name=Notes" in visible
    assert f"Icon={disguise.NEUTRAL_ICON_NAME}" in visible
    assert not [line for line in visible if line.startswith(("Comment", "Keywords", "Generic"))]
    assert disguise.disguised_entry(shown, "") == original


def test_the_metainfo_carries_the_version_of_app_init_and_validates(
        desktop_files, tmp_path: Path) -> None:
    assert ElementTree.parse(desktop_files.METAINFO_TEMPLATE).getroot().find("releases") is None
    text = desktop_files.metainfo(day="2026-12-01")
    root = ElementTree.fromstring(text)
    assert root.find("releases/release").get("version") == __version__
    assert root.findtext("launchable") == disguise.LAUNCHER
    written = tmp_path / f"{desktop_files.app_id()}.metainfo.xml"
    written.write_text(text, encoding="utf-8")
    result = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(written)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_version_has_one_source(desktop_files) -> None:
    assert desktop_files.version() == __version__
    quoted = f'"{__version__}"'
    for path in (PACKAGING / "dossier.spec", PACKAGING / "windows" / "dossier.iss",
                 ROOT / "pyproject.toml"):
        assert quoted not in path.read_text(encoding="utf-8"), path


# -- the spec and the icons ---------------------------------------------------------------


def test_the_spec_is_python_that_builds_one_folder_for_three_systems() -> None:
    source = (PACKAGING / "dossier.spec").read_text(encoding="utf-8")
    tree = ast.parse(source)
    called = {node.func.id for node in ast.walk(tree)
              if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= called
    assert "onefile" not in source
    assert "WINDOWS" in source
    assert "MACOS" in source


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_an_icon_exists_at_every_hicolor_size(desktop_files, size: int) -> None:
    with Image.open(desktop_files.icon_png(size)) as icon:
        assert icon.format == "PNG"
        assert icon.size == (size, size)
        assert icon.mode == "RGBA"
        assert icon.getpixel((0, 0))[3] == 0  # transparent around the folder


def test_the_scalable_icon_is_svg(desktop_files) -> None:
    svg = desktop_files.ICONS / "scalable" / "apps" / "dossier.svg"
    assert ElementTree.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"


# -- the Linux share folder and the install script ------------------------------------------


def test_install_puts_the_menu_entry_icons_and_command_in_place_and_uninstall_keeps_the_vault(
        desktop_files, tmp_path: Path) -> None:
    unpacked = tmp_path / "Dossier"
    unpacked.mkdir()
    program = unpacked / "dossier"  # stands for the frozen binary, which takes a minute to build
    program.write_text("#!/bin/sh\necho dossier\n")
    program.chmod(0o755)
    desktop_files.write_linux_share(unpacked)
    home = tmp_path / "home"
    vault = home / ".local" / "share" / "Dossier" / "vault.dossier"
    vault.parent.mkdir(parents=True)
    vault.write_bytes(b"evidence")
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}

    subprocess.run(["sh", str(unpacked / "install.sh")], env=env, check=True,
                   capture_output=True)
    share = home / ".local" / "share"
    entry = share / "applications" / "dossier.desktop"
    installed = home / ".local" / "lib" / "dossier" / "dossier"
    assert f"\nExec={installed}\n" in entry.read_text(encoding="utf-8")
    validate_desktop_file(entry)
    assert (home / ".local" / "bin" / "dossier").resolve() == installed.resolve()
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / "dossier.png").is_file()
    assert (share / "metainfo" / f"{desktop_files.app_id()}.metainfo.xml").is_file()

    subprocess.run(["sh", str(installed.parent / "uninstall.sh")], env=env, check=True,
                   capture_output=True)
    assert not entry.exists()
    assert not installed.parent.exists()
    assert not (home / ".local" / "bin" / "dossier").exists()
    assert not list(share.glob("icons/hicolor/*/apps/dossier.*"))
    assert vault.read_bytes() == b"evidence"


# -- About and the licences ---------------------------------------------------------------


def test_about_shows_the_version_and_every_bundled_licence() -> None:
    text = about.about_text()
    assert f"Dossier {__version__}" in text
    for component in about.COMPONENTS:
        assert component.name in text
        assert component.licence in text
    for expected in ("Qt 6", "LGPL", "SQLCipher", "BSD-style", "OpenSSL", "Apache-2.0",
                     "PSF-2.0", "fpdf2", "MIT-CMU", "Bitstream Vera", "SIL OFL"):
        assert expected in text


@pytest.mark.parametrize("component", [c for c in about.COMPONENTS if c.distribution],
                         ids=lambda c: c.distribution)
def test_about_states_the_licence_the_package_itself_states(component) -> None:
    meta = metadata.metadata(component.distribution)
    stated = " ".join([meta.get("License-Expression") or "", meta.get("License") or "",
                       *(meta.get_all("Classifier") or [])])
    if component.spdx:
        assert component.spdx in stated, stated
    else:  # no licence in the metadata: the package's licence file must say it
        licence_files = [f for f in metadata.files(component.distribution) or []
                         if "LICEN" in f.name.upper()]
        assert licence_files, component


def test_the_licences_folder_lists_and_carries_each_licence(tmp_path: Path) -> None:
    third_party = load("third_party")
    missing = third_party.write(tmp_path, __version__, modules=["pypdf", "fpdf", "PySide6"])
    listing = (tmp_path / "THIRD-PARTY.txt").read_text(encoding="utf-8")
    assert missing == []
    assert f"Dossier {__version__}" in listing
    assert "pypdf" in listing
    assert "fpdf2" in listing
    assert "PySide6_Essentials" in listing
    for text in ("GPL-3.0.txt", "LGPL-3.0.txt", "Apache-2.0.txt", "SQLCipher.txt",
                 "FontAwesome.txt", "DejaVu-fonts.txt", "python/pypdf"):
        assert (tmp_path / text).exists(), text

"""The ``licenses/`` folder of the packaged app: what it bundles, under which licence, and
every licence text, as the licences themselves ask ("each copy contains ... this license").

Called by the spec after the build, with what PyInstaller collected. The list shown in
Help ▸ About (``ui.about.COMPONENTS``) is the summary; this folder is the full account:
every Python distribution found in the bundle with the licence its metadata states and
its own licence files, and on Debian-like systems the copyright file of each system
library PyInstaller copied in.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TEXTS = HERE / "licenses"
INTRO = """\
Dossier {version} is free software under the GNU General Public License, version 3 or
later (GPL-3.0.txt). It bundles the components below, each under its own licence; their
texts are in this folder.

Qt is used under the GNU LGPL v3 (LGPL-3.0.txt) as shared libraries, which you may replace
with your own build. Its source is at https://download.qt.io/official_releases/qt/ and
its own third-party notices at https://doc.qt.io/qt-6/licenses-used-in-qt.html.
"""


def write(folder: Path, version: str, modules: Iterable[str] = (),
          binaries: Iterable[tuple[str, str, str]] = ()) -> list[str]:
    """Fill ``folder`` (the app's licenses/); ``modules`` are the bundled Python modules'
    names, ``binaries`` PyInstaller's (destination, source, kind) entries. Returns the
    bundled distributions that About does not list yet, for the build to warn about."""
    from ui.common.about import COMPONENTS  # the same list the user reads in About

    folder.mkdir(parents=True, exist_ok=True)
    for text in sorted(TEXTS.glob("*.txt")):
        shutil.copy2(text, folder / text.name)
    fonts = ROOT / "app" / "export" / "report" / "fonts"
    shutil.copy2(fonts / "LICENSE", folder / "DejaVu-fonts.txt")
    python_licence = _python_licence()
    if python_licence:
        shutil.copy2(python_licence, folder / "Python.txt")

    lines = [INTRO.format(version=version), "Components (as shown in Help > About)", ""]
    lines += [f"  {c.name}: {c.licence}" for c in COMPONENTS]
    lines += ["", "Python distributions in this build (licence from their metadata)", ""]
    distributions = _bundled_distributions(modules)
    for name in distributions:
        lines.append(f"  {name} {metadata.version(name)}: {_stated_licence(name)}")
        _copy_licence_files(name, folder / "python" / name)
    system = _system_packages(binaries)
    if system:
        lines += ["", ("System libraries copied from the build machine (Debian packages; "
                       "copyright files in system/)"), ""]
        for package, copyright_file in sorted(system.items()):
            lines.append(f"  {package}")
            (folder / "system").mkdir(exist_ok=True)
            shutil.copy2(copyright_file, folder / "system" / f"{package}.copyright")
    (folder / "THIRD-PARTY.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    listed = {c.distribution.lower().replace("_", "-") for c in COMPONENTS if c.distribution}
    return [name for name in distributions if _normal(name) not in listed
            and _normal(name) not in _COVERED_BY_ANOTHER]


# Shipped inside a listed component's licence: the rest of Qt's wheels.
_COVERED_BY_ANOTHER = {"pyside6-addons", "shiboken6", "dossier"}


def _normal(name: str) -> str:
    return name.lower().replace("_", "-")


def _python_licence() -> Path | None:
    base = Path(sys.base_prefix)
    for candidate in (base / "LICENSE.txt",
                      base / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
                      / "LICENSE.txt"):
        if candidate.is_file():
            return candidate
    return None


def _bundled_distributions(modules: Iterable[str]) -> list[str]:
    owners = metadata.packages_distributions()
    found = {dist for module in modules for dist in owners.get(module.split(".")[0], [])}
    return sorted(found, key=str.lower)


def _stated_licence(name: str) -> str:
    meta = metadata.metadata(name)
    stated = meta.get("License-Expression") or meta.get("License") or ""
    if not stated or len(stated) > 80:  # some put the whole text there
        classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                       if c.startswith("License ::")]
        stated = ", ".join(classifiers) or "see the licence files"
    return stated


def _copy_licence_files(name: str, target: Path) -> None:
    for file in metadata.files(name) or []:
        upper = file.name.upper()
        if ".dist-info" in str(file) and ("LICEN" in upper or "COPYING" in upper
                                          or "NOTICE" in upper or "AUTHORS" in upper):
            source = Path(file.locate())
            if source.is_file():
                target.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / source.name)


def _system_packages(binaries: Iterable[tuple[str, str, str]]) -> dict[str, Path]:
    """Debian package -> its copyright file, for each bundled library from the system."""
    if not shutil.which("dpkg-query"):
        return {}
    prefixes = (sys.prefix, sys.base_prefix)
    sources = sorted({source for _, source, _ in binaries
                      if source and not source.startswith(prefixes)
                      and "site-packages" not in source})
    packages: dict[str, Path] = {}
    for source in sources:
        package = _debian_package(Path(source))
        if not package:
            continue
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.is_file():
            packages[package] = copyright_file
    return packages


def _debian_package(library: Path) -> str:
    # dpkg knows the path the package installed, which "merged /usr" may show under another
    # name (/lib is /usr/lib), and a link may stand where the file is.
    resolved = library.resolve()
    names = {library, resolved}
    names |= {Path(str(name).replace("/usr/lib/", "/lib/", 1)) for name in list(names)}
    for name in sorted(names):
        owner = subprocess.run(["dpkg-query", "-S", str(name)], capture_output=True,
                               text=True, check=False)
        if owner.returncode == 0 and owner.stdout:
            return owner.stdout.split(":", 1)[0].strip()
    return ""

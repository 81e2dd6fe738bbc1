"""The wheel's build step that pyproject.toml cannot declare: the .qm translations.

Qt loads compiled .qm files, built from the .ts sources in resources/translations/ and never
committed. ``build_py`` compiles them into ``ui/translations/`` of the build, with the
lrelease that the PySide6-Essentials wheel carries (a build requirement), so a wheel, and
whatever is installed from it, has its translations. ``make translations`` does the same
for the source tree.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "resources" / "translations"
# PySide6's own pyside6-lrelease entry point, run by the build's interpreter: found on
# every OS without looking for a script on PATH.
LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


class BuildWithTranslations(build_py):
    """``build_py``, then every resources/translations/*.ts compiled into the build."""

    def run(self) -> None:
        super().run()
        # An editable install (pip install -e) runs the package from the source tree.
        base = ROOT if getattr(self, "editable_mode", False) else Path(self.build_lib)
        target = base / "ui" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        sources = sorted(SOURCES.glob("dossier_*.ts"))
        if not sources:
            raise SystemExit(f"no translation sources in {SOURCES}")
        for source in sources:
            qm = target / source.with_suffix(".qm").name
            subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(source),
                            "-qm", str(qm)], check=True)


setup(cmdclass={"build_py": BuildWithTranslations})

"""The files a Linux desktop needs around the frozen app: menu entry, AppStream metadata,
icons, and the per-user install script; and the version, read from ``app/__init__.py``.

The spec (``dossier.spec``) calls ``version`` and ``write_linux_share``; the tests call them
too. This file is loaded by path, never imported as ``packaging.…``: that name belongs to
the PyPI ``packaging`` library.
"""

from __future__ import annotations

import ast
import os
import shutil
import time
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LINUX = HERE / "linux"
DESKTOP_FILE = LINUX / "dossier.desktop"
METAINFO_TEMPLATE = LINUX / "dossier.metainfo.xml"
ICONS = LINUX / "icons" / "hicolor"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
INSTALL_SCRIPTS = (LINUX / "install.sh", LINUX / "uninstall.sh")


def version() -> str:
    """``__version__`` from app/__init__.py, read without importing the app."""
    tree = ast.parse((ROOT / "app" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(target, ast.Name) and target.id == "__version__"
                for target in node.targets):
            return ast.literal_eval(node.value)
    raise LookupError("app/__init__.py has no __version__")


def app_id() -> str:
    """The AppStream component id (reverse-DNS), which also names the macOS bundle."""
    return ElementTree.parse(METAINFO_TEMPLATE).getroot().findtext("id") or ""


def release_date() -> str:
    """Today, or the day SOURCE_DATE_EPOCH names (reproducible builds)."""
    stamp = os.environ.get("SOURCE_DATE_EPOCH")
    return time.strftime("%Y-%m-%d", time.gmtime(int(stamp) if stamp else None))


def metainfo(release: str | None = None, day: str | None = None) -> str:
    """The AppStream XML with a <releases> entry for this version."""
    text = METAINFO_TEMPLATE.read_text(encoding="utf-8")
    entry = (f'  <releases>\n    <release version="{release or version()}" '
             f'date="{day or release_date()}"/>\n  </releases>\n</component>')
    return text.replace("</component>", entry, 1)


def icon_png(size: int) -> Path:
    return ICONS / f"{size}x{size}" / "apps" / "dossier.png"


def write_linux_share(folder: Path) -> None:
    """Lay out ``folder/share/`` as a prefix's share dir (applications, metainfo, icons),
    and the install scripts beside the app, for ``install.sh`` to copy into place."""
    share = folder / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(DESKTOP_FILE, share / "applications" / DESKTOP_FILE.name)
    (share / "metainfo").mkdir(exist_ok=True)
    (share / "metainfo" / f"{app_id()}.metainfo.xml").write_text(metainfo(), encoding="utf-8")
    shutil.copytree(ICONS, share / "icons" / "hicolor", dirs_exist_ok=True)
    for script in INSTALL_SCRIPTS:
        shutil.copy2(script, folder / script.name)

"""The disguise: a neutral name and icon (e.g. "Notes") in place of "Dossier", for the
running app (window titles, the name Qt adds to dialog titles, the taskbar icon) and,
on Linux, for the menu entry of an installed copy.

The settings hold only the chosen name. The menu entry is changed only if an install
already put one in the user's folder: a disguise must never create a new trace.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path
from typing import cast

import qtawesome as qta
from PySide6.QtGui import QGuiApplication, QIcon

REAL_NAME = "Dossier"
SUGGESTED_NAME = "Notes"
NAME_LENGTH = 40
NEUTRAL_ICON_NAME = "accessories-text-editor"  # the freedesktop icon of a text editor
LAUNCHER = "dossier.desktop"
# What a menu shows of an entry; the real values wait, renamed, in the same file.
SHOWN_KEYS = ("Name", "GenericName", "Comment", "Keywords", "Icon")
STASH = "X-Dossier-Original-"


def clean_name(name: str) -> str:
    """A name fit for a title and a launcher: one line, not too long ("" stays "")."""
    return " ".join(name.split())[:NAME_LENGTH].strip()


def display_name(disguise: str) -> str:
    """What the app calls itself: the disguise if there is one, else Dossier."""
    return clean_name(disguise) or REAL_NAME


def app_icon(disguise: str) -> QIcon:
    if clean_name(disguise):
        return cast(QIcon, qta.icon("fa6s.note-sticky", color="#c9a227"))  # a yellow note
    return cast(QIcon, qta.icon("fa6s.shield-halved", color="#3f6f8f"))  # qtawesome: untyped


def dress_app(disguise: str) -> None:
    """Name and icon for the whole app. Qt adds the display name to every window title on
    Linux and Windows ("Preferences — Dossier"), so dialogs follow without more work."""
    QGuiApplication.setApplicationDisplayName(display_name(disguise))
    QGuiApplication.setWindowIcon(app_icon(disguise))


# -- the menu entry (Linux) --------------------------------------------------------------------


def launcher_path() -> Path:
    data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data) / "applications" / LAUNCHER


def dress_launcher(disguise: str, path: Path | None = None) -> bool:
    """Show the menu entry as ``disguise`` ("" for Dossier again). Returns True if the file
    changed. Nothing happens where there is no entry, or off Linux."""
    if path is None:
        if not sys.platform.startswith(("linux", "freebsd")):
            return False
        path = launcher_path()
    try:
        if not path.is_file():
            return False
        before = path.read_text(encoding="utf-8")
        after = disguised_entry(before, clean_name(disguise))
        if after == before:
            return False
        _replace(path, after)
    except (OSError, UnicodeError):  # a menu entry is a nicety; the app goes on
        return False
    return True


_KEY = re.compile(r"^(?P<key>[A-Za-z0-9-]+)(?P<locale>\[[^\]]*\])?\s*=")


def disguised_entry(text: str, name: str) -> str:
    """The .desktop ``text`` showing ``name`` and a text-editor icon, or, with "", its
    original name and icon again. Applying it twice changes nothing more."""
    lines = text.splitlines(keepends=True)
    stashed = any(line.startswith(STASH) for line in lines)
    if not name and not stashed:
        return text  # never disguised
    kept: list[str] = []
    group = ""
    for line in lines:
        if line.startswith("["):
            group = line.strip()
            kept.append(line)
            if group == "[Desktop Entry]" and name:
                kept += [f"Name={name}\n", f"Icon={NEUTRAL_ICON_NAME}\n"]
            continue
        match = _KEY.match(line)
        if group != "[Desktop Entry]" or not match:
            kept.append(line)
            continue
        key = match["key"]
        if key in SHOWN_KEYS:
            if not stashed:  # the real values, kept for the day the disguise ends
                kept.append(STASH + line)
        elif key.startswith(STASH):
            kept.append(line if name else line[len(STASH):])
        else:
            kept.append(line)
    return "".join(kept)


def _replace(path: Path, text: str) -> None:
    """Write beside the entry, then rename over it: a menu never reads half a file."""
    mode = path.stat().st_mode & 0o777
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".dossier-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise

"""A platform's export dropped as the folder it unzips to, imported as one export.

The platform gives a ZIP; many people unzip it before they think of Dossier. The folder
is packed again into one ZIP, in memory (no file of evidence is ever written outside the
vault), with every file's bytes unchanged and stored uncompressed: that ZIP becomes the
export's original item, and its metadata says it was packed by Dossier from the folder.
Which folders are exports is told from their files' names only; their contents are read,
as always, in the reader sandbox.
"""

from __future__ import annotations

import io
import os
import time
import zipfile
from pathlib import Path

from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.importing import opening

# Packed in the window's memory: a phone export without its videos fits, a larger one is
# refused with the advice to give the ZIP itself (read from disk, never held whole).
MAX_FOLDER_BYTES = 256 << 20
MAX_FILES = 50_000
# Where each platform's export keeps its messages, relative to the export's top folder;
# names any folder of evidence might hold (result.json) count only in the folder the
# platform names (Telegram Desktop's "ChatExport_2026-11-10", "DataExport_...").
_MARKERS = (
    "your_instagram_activity/messages", "your_facebook_activity/messages", "messages/inbox",
    "json/chat_history.json", "data/direct-messages.js", "user_data_tiktok.json",
)
_TELEGRAM = ("ChatExport", "DataExport")
FOLDER_NOTE = "export.packed_from_folder"


def is_export(folder: Path) -> bool:
    """Whether the folder (or the one folder inside it) is a platform's export."""
    if not folder.is_dir() or folder.is_symlink():
        return False
    inner = [folder, *(child for child in _subfolders(folder))]
    return any((top / marker).exists() for top in inner for marker in _MARKERS) or any(
        top.name.startswith(_TELEGRAM) and (top / "result.json").is_file() for top in inner)


def _subfolders(folder: Path) -> list[Path]:
    try:
        return [child for child in folder.iterdir() if child.is_dir() and not child.is_symlink()]
    except OSError:
        return []


def pack(folder: Path, protected: list[Path]) -> bytes:
    """The folder's files as one ZIP, their paths relative to it; raises
    ``opening.Refused`` when it is too large or a file cannot be read."""
    out, total, count = io.BytesIO(), 0, 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as packed:
        for dropped in opening.walk([folder]):
            checked = opening.check(dropped, protected)
            total, count = total + checked.size, count + 1
            if total > MAX_FOLDER_BYTES or count > MAX_FILES:
                raise opening.Refused(Text(QT_TRANSLATE_NOOP(
                    "core", "this export folder is larger than {size} MiB: import the ZIP "
                            "file the platform gave instead"), size=MAX_FOLDER_BYTES >> 20))
            name = dropped.path.relative_to(folder).as_posix()
            info = zipfile.ZipInfo(name, _stamp(checked.mtime))
            with checked.open() as stream:
                packed.writestr(info, stream.read())
    return out.getvalue()


def _stamp(mtime: float) -> tuple[int, int, int, int, int, int]:
    """A file's time as a ZIP entry holds it (from 1980 on)."""
    moment = time.localtime(max(mtime, 315532800 + 86400))
    return moment[:6]


def describe(folder: Path) -> str:
    """What the packed ZIP is, for its metadata."""
    return (f"packed by Dossier from the folder {os.fspath(folder)}: every file's bytes "
            f"unchanged, stored uncompressed")

"""File names that are safe on Windows, macOS and Linux, and inside a ZIP.

A harasser chooses the names of the files a victim receives ("CON.png", "../../x",
names with control characters or 300 characters long), so every name written into a
bundle goes through ``safe_name``.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME = 120  # characters; well under every file system's 255 bytes once in UTF-8
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$", re.IGNORECASE)
_SPACES = re.compile(r"[\s_]+")
# An avocat uploads pièces one by one (RPVA, e-barreau): one PDF per exhibit.
PIECES_FOLDER = "pieces"


def safe_name(name: str, fallback: str = "file", limit: int = MAX_NAME) -> str:
    """``name`` made safe to write anywhere: no path, no forbidden or control
    characters, no reserved device name, no trailing dot or space, at most ``limit``
    characters with the extension kept."""
    name = unicodedata.normalize("NFC", name)
    name = _FORBIDDEN.sub("_", name.replace("\u2019", "'"))
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp"))
    name = _SPACES.sub(lambda found: "_" if "_" in found.group() else " ", name)
    # A leading dash reads as an option on a command line, a leading dot hides the file,
    # and stripping one may uncover another ("- Capture.png"): strip them together.
    name = name.lstrip(" .-").rstrip(" .") or fallback
    if _RESERVED.match(name):
        name = "_" + name
    return _shortened(name, limit)


def exhibit_file_name(label: str, original_name: str, limit: int = MAX_NAME) -> str:
    """``P012_capture-ecran.png``: the exhibit's label, then its original name made safe."""
    return safe_name(f"{label}_{safe_name(original_name, 'original')}", limit=limit)


def piece_name(label: str) -> str:
    """ "pieces/Piece-005.pdf" for exhibit P005: its number as the bordereau gives it, under
    the French names avocats use whatever the report's language, since the procedure is
    French."""
    return f"{PIECES_FOLDER}/Piece-{label.removeprefix('P')}.pdf"


def _shortened(name: str, limit: int) -> str:
    if len(name) <= limit:
        return name
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem or len(extension) > 10:
        return name[:limit].rstrip(" .")
    return stem[: limit - len(extension) - 1].rstrip(" .") + "." + extension

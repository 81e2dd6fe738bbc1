"""Saving a picture the user asked for (the timeline, the statistics) as a PNG file.

The place is asked through Dossier's own save dialog (``file_dialogs``), which leaves no
trace of the folder chosen; the file is written whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QIODevice, QSaveFile
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from ui.common import file_dialogs


def write_png(image: QImage, path: Path) -> bool:
    """Write ``image`` to ``path`` as PNG; False, and nothing at ``path``, on failure."""
    saved = QSaveFile(str(path))
    if not saved.open(QIODevice.OpenModeFlag.WriteOnly):
        return False
    if not image.save(saved, "PNG"):  # type: ignore[call-overload]  # stub: bytes; runs: str
        saved.cancelWriting()
        return False
    return saved.commit()


def save_picture(parent: QWidget, title: str, name: str,
                 picture: Callable[[], QImage]) -> bool | None:
    """Ask where to save ``picture()`` (suggesting ``name``.png) and write it there:
    None if the user cancelled, else whether it was written."""
    filters = [QCoreApplication.translate("PictureExport", "PNG picture (*.png)")]
    path = file_dialogs.save_file(parent, title, Path.home() / f"{name}.png", filters)
    if path is None:
        return None
    if path.suffix.lower() != ".png":
        path = path.with_name(path.name + ".png")
    return write_png(picture(), path)

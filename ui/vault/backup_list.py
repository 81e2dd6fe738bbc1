"""The backups in the backup folder, the newest first, each by the day and time it was
made on the person's own clock: how a backup is chosen by its date to restore or check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from app.common import errors
from app.vault import backups
from ui.common.words import clock_text, day_text


class FolderBackupChoice(QComboBox):
    """Emits ``chosen(path)`` when a backup is picked; empty (and hidden by its dialog)
    when there is no folder or nothing of Dossier's in it."""

    chosen = Signal(object)

    def __init__(self, folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = _listed(folder)
        for backup in self.backups:
            self.addItem(f"{day_text(backup.taken_at)}, {clock_text(backup.taken_at)}",
                         str(backup.path))
        self.activated.connect(lambda index: self.chosen.emit(self.backups[index].path))

    @property
    def newest(self) -> Path | None:
        return self.backups[0].path if self.backups else None


def _listed(folder: Path | None) -> list[backups.Backup]:
    if folder is None:
        return []
    try:
        return backups.in_folder(folder)
    except errors.VaultError:  # the stick is not plugged in: the file chooser remains
        return []

"""Backups that run themselves, from the window: into the folder chosen in Preferences (a
USB stick, typically), when asked, and when the window locks or closes with something
changed in the case since the last backup.

Locking stays instant: the backup is queued on the vault worker just before the vault
closes, and runs behind the lock screen. Whatever goes wrong then (the stick is not
plugged in, the disk is full) is never a dialog at lock time: it is kept, in memory only,
and said quietly at the next unlock (``BackupBanner``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui.common.operations import Task, VaultService

# The vault's code loads at the first unlock, not before the unlock window shows.
if TYPE_CHECKING:
    from app.vault.backups import Written
    from app.vault.vault import Vault


def _write(folder: Path, only_if_changed: bool) -> Callable[[Vault, Task[None]], Written | None]:
    def operation(vault: Vault, _task: Task[None]) -> Written | None:
        from app.vault import backups

        if only_if_changed:
            return backups.write_if_changed(vault, folder)
        return backups.write(vault, folder)
    return operation


class FolderBackups(QObject):
    """Emits ``written(path)`` once a checked backup is in the folder, ``failed(message)``
    when a backup asked for now could not be made, and ``note_for_unlock(message)`` at the
    unlock after a backup at lock time could not be made (a core sentence, to translate).
    ``folder`` says which folder the owner chose in Preferences, None for none."""

    started = Signal()
    written = Signal(object)  # the backup's Path
    # The core's sentences (app.common.texts.Text), kept whole so they can be translated.
    failed = Signal(object)
    note_for_unlock = Signal(object)

    def __init__(self, service: VaultService, folder: Callable[[], Path | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.chosen_folder = folder  # the folder chosen in Preferences, read when needed
        self.busy = False
        self.pending_note: str | None = None
        self.skip_next = False
        service.unlocked.connect(self._say_pending_note)

    @property
    def folder(self) -> Path | None:
        return self.chosen_folder()

    def back_up_now(self) -> None:
        """A backup into the folder now, changed or not; says how it went."""
        folder = self.folder
        if folder is None or self.busy or not self.service.is_unlocked:
            return
        self.busy = True
        self.started.emit()
        self.service.run(_write(folder, only_if_changed=False), self._done, self._failed)

    def before_lock(self) -> None:
        """Queue a backup ahead of the vault's closing, if there is a folder and anything
        changed; a failure waits for the next unlock."""
        folder, skip, self.skip_next = self.folder, self.skip_next, False
        if folder is None or skip or not self.service.is_unlocked:
            return
        self.service.run(_write(folder, only_if_changed=True), self._done,
                         self._keep_note)

    def skip_next_lock(self) -> None:
        """No backup at the coming lock: quick exit leaves at once, the stick untouched;
        after a restore, the vault that was open is no longer the vault."""
        self.skip_next = True

    def _done(self, written: Written | None) -> None:
        self.busy = False
        self.pending_note = None  # a later backup went well: an earlier note is stale
        if written is not None:
            self.written.emit(written.backup.path)

    def _failed(self, message: str) -> None:
        self.busy = False
        self.failed.emit(message)

    def _keep_note(self, message: str) -> None:
        self.pending_note = message

    def _say_pending_note(self, _path: object) -> None:
        note, self.pending_note = self.pending_note, None
        if note is not None:
            self.note_for_unlock.emit(note)

"""The discreet word about backups above the case: a reminder when the last backup into
the folder is more than a week old, the quiet note when a backup at lock time could not
be made (the stick was not there), and how a "Back up now" went, with that button beside.

It is blue, not red or amber: nothing is wrong with the case, it is advice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from ui.common.banner import Banner
from ui.common.i18n import core_text
from ui.common.operations import Task, VaultService
from ui.vault.folder_backups import FolderBackups

if TYPE_CHECKING:
    from pathlib import Path

    from app.vault.backups import Facts
    from app.vault.vault import Vault


def _facts(vault: Vault, _task: Task[None]) -> Facts:
    from app.vault import backups

    return backups.facts(vault)


class BackupBanner(Banner):
    """Hidden until there is something to say. ``clock`` gives the current time (aware);
    tests replace it. Emits ``said(text)`` whenever its message changes, and ``folder_wanted`` when "Back up now" is pressed with no folder
    chosen yet, so that the window opens Preferences."""

    folder_wanted = Signal()
    said = Signal(str)  # what it says now ("" for nothing), for Preferences to show too

    def __init__(self, service: VaultService, backups: FolderBackups,
                 parent: QWidget | None = None) -> None:
        super().__init__("backupBanner", "fa6s.floppy-disk", ("#e3f2fd", "#1565c0", "#0d2c54"),
                         parent)
        self.service, self.backups = service, backups
        self.clock: Callable[[], datetime] = lambda: datetime.now().astimezone()
        self.facts: Facts | None = None
        self.note: str | None = None  # why the last backup at lock time was not made
        self.outcome: tuple[str, object] | None = None  # ("busy"|"written"|"failed", detail)
        self.back_up = QPushButton()
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.back_up)
        layout.setAlignment(self.back_up, Qt.AlignmentFlag.AlignTop)
        # The button must come before Dismiss: moved there by re-adding Dismiss.
        layout.removeWidget(self.dismiss)
        layout.addWidget(self.dismiss)
        layout.setAlignment(self.dismiss, Qt.AlignmentFlag.AlignTop)
        self.back_up.clicked.connect(self._back_up)
        backups.note_for_unlock.connect(self._show_note)
        backups.started.connect(lambda: self._show_outcome("busy", None))
        backups.written.connect(lambda path: self._show_outcome("written", path))
        backups.failed.connect(lambda message: self._show_outcome("failed", message))
        service.unlocked.connect(lambda _path: service.run(_facts, self.show_facts))
        service.locked.connect(self._forget)
        self._retranslate()

    def show_facts(self, facts: Facts) -> None:
        self.facts = facts
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _back_up(self) -> None:
        if self.backups.folder is None:
            self.folder_wanted.emit()
        else:
            self.backups.back_up_now()

    def _show_note(self, message: str) -> None:
        self.note = message
        self.refresh()

    def _show_outcome(self, kind: str, detail: object) -> None:
        self.outcome = (kind, detail)
        if kind == "written":
            self.note = None
            self.service.run(_facts, self.show_facts)
        self.refresh()

    def _forget(self) -> None:
        self.facts, self.note, self.outcome = None, None, None
        self.refresh()  # says nothing, and hides

    def refresh(self) -> None:
        """Say again what is to be said, now."""
        self._retranslate()
        self.setVisible(bool(self.message.text()))
        self.said.emit(self.message.text())

    def _retranslate(self) -> None:
        self.dismiss.setText(self.tr("&Dismiss"))
        self.back_up.setText(self.tr("&Back up now"))
        self.back_up.setEnabled(not self.backups.busy)
        self.back_up.setToolTip(self.tr("Write a checked backup into the backup folder "
                                        "chosen in Preferences"))
        parts = (self._note_text(), self._outcome_text() or self._reminder_text())
        self.say(" ".join(part for part in parts if part))

    def _note_text(self) -> str:
        if self.note is None:
            return ""
        return self.tr("No backup was made when the vault last locked: %1").replace(
            "%1", core_text(self.note))

    def _outcome_text(self) -> str:
        if self.outcome is None:
            return ""
        kind, detail = self.outcome
        if kind == "busy":
            return self.tr("Backing up… the backup is checked before it counts.")
        if kind == "written":
            path: Path = detail  # type: ignore[assignment]  # "written" carries the Path
            return self.tr("A backup was written and checked: %1.").replace("%1", str(path))
        return self.tr("The backup could not be made: %1").replace("%1", core_text(detail))

    def _reminder_text(self) -> str:
        facts = self.facts
        if facts is None or not facts.due(self.clock()):
            return ""
        from ui.common.words import day_text

        if facts.last_at is None:
            said = self.tr("This vault has not been backed up into a folder yet.")
        else:
            said = self.tr("The last backup was made on %1, more than a week ago.").replace(
                "%1", day_text(facts.last_at))
        if self.backups.folder is None:
            return said + " " + self.tr("Choose a backup folder (a USB stick that you keep "
                                        "apart) with Back up now.")
        return said + " " + self.tr("Plug in the backup stick and choose Back up now.")

"""The banner that tells the owner how many wrong passphrases were typed, and when.

The times come from the vault once it is open (``Vault.failed_unlocks``, see
``app.vault.attempts``) and stay in the custody log. The app cannot know who typed them,
so the banner accuses no one: it sets the tries that ran straight into this unlock
(most likely the owner's own typos) apart from the others, and says when each group was.
It stays until the owner dismisses it or locks, so it cannot be missed behind a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from ui.common.banner import Banner
from ui.common.operations import Task, VaultService

# The vault's code and the evidence words load after the unlock window shows, not before.
if TYPE_CHECKING:
    from app.vault.attempts import FailedUnlocks
    from app.vault.vault import Vault


def _failed_unlocks(vault: Vault, _task: Task[None]) -> list[str]:
    return list(vault.failed_unlocks)


class FailedUnlocksBanner(Banner):
    """Hidden until an unlock finds failed attempts; dismissed by its button or a lock.
    ``clock`` gives the current UTC time; tests replace it."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        # Amber like the item warnings: a sign to notice, not an error of the user's.
        super().__init__("failedUnlocksBanner", "fa6s.key", ("#fff3e0", "#e65100", "#4e2600"),
                         parent)
        self.times: list[str] = []
        self.found: FailedUnlocks | None = None
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        service.unlocked.connect(lambda _path: service.run(_failed_unlocks, self.show_times))
        service.locked.connect(self.hide)

    def show_times(self, times: list[str]) -> None:
        """Show how many tries failed and when the last one was; nothing if none did."""
        from app.vault import attempts

        self.times = list(times)
        self.found = attempts.sort_out(self.times, self.clock())
        self._retranslate()
        self.setVisible(bool(self.found))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.dismiss.setText(self.tr("&Dismiss"))
        self.dismiss.setToolTip(self.tr("Hide this message; the times stay in the history"))
        if not self.found:
            self.say("")
            return
        from ui.common.words import clock_text, day_text

        sentences = []
        if self.found.just_before:
            run = self.found.just_before
            sentences.append(self.tr(
                "%n failed attempt(s) on %1 at %2, just before you opened the vault.", "",
                len(run)).replace("%1", day_text(run[0])).replace("%2", self._clocks(run)))
        if self.found.earlier:
            last = self.found.earlier[-1]
            sentences.append(self.tr(
                "%n failed attempt(s) earlier, the last on %1 at %2.", "",
                len(self.found.earlier)).replace("%1", day_text(last)).replace(
                "%2", clock_text(last)))
        sentences.append(self.tr("The times are kept in the vault's history."))
        self.say(" ".join(sentences))

    def _clocks(self, run: tuple[datetime, ...]) -> str:
        """The times of a run: "21:04", "21:04 and 21:05", or "21:04 to 21:09"."""
        from ui.common.words import clock_text

        if len(run) == 1:
            return clock_text(run[0])
        joined = self.tr("%1 and %2") if len(run) == 2 else self.tr("%1 to %2")
        return joined.replace("%1", clock_text(run[0])).replace("%2", clock_text(run[-1]))

"""The banner that says the vault just opened is older than the one last opened on this
computer: someone may have put back an older copy to make the newest evidence vanish.

The sentence comes from the core (``app.vault.last_seen``), the same the command line and
the vault check print; it stays until the owner dismisses it or locks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from app.common.texts import Text
from ui.common.banner import Banner
from ui.common.i18n import core_text
from ui.common.operations import Task, VaultService

# The vault's code loads at the first unlock, not before the unlock window shows.
if TYPE_CHECKING:
    from app.vault.vault import Vault


def _older_sentence(vault: Vault, _task: Task[None]) -> Text | None:
    from app.vault import last_seen

    return last_seen.sentence(vault.older) if vault.older is not None else None


class OlderVaultBanner(Banner):
    """Hidden until an unlock finds the vault older than the newest state seen here."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        # Red: unlike failed unlocks, this is evidence that may have gone missing.
        super().__init__("olderVaultBanner", "fa6s.clock-rotate-left",
                         ("#ffebee", "#b71c1c", "#4a0000"), parent)
        self.sentence: Text | None = None
        service.unlocked.connect(lambda _path: service.run(_older_sentence, self.show_sentence))
        service.locked.connect(self.hide)

    def show_sentence(self, sentence: Text | None) -> None:
        self.sentence = sentence
        self._retranslate()
        self.setVisible(sentence is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.dismiss.setText(self.tr("&Dismiss"))
        self.dismiss.setToolTip(self.tr("Hide this message; File ▸ Check the vault says it "
                                        "again"))
        self.say(core_text(self.sentence) if self.sentence is not None else "")

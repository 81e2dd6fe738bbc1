"""The banner that says the vault just opened is older than the one last opened on this
computer: someone may have put back an older copy to make the newest evidence vanish.

The sentence comes from the core (``app.vault.last_seen``), the same the command line and
the vault check print; it stays until the owner dismisses it or locks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.common.texts import Text
from ui.common import icons
from ui.common.i18n import core_text
from ui.common.operations import Task, VaultService

# The vault's code loads at the first unlock, not before the unlock window shows.
if TYPE_CHECKING:
    from app.vault.vault import Vault


def _older_sentence(vault: Vault, _task: Task[None]) -> Text | None:
    from app.vault import last_seen

    return last_seen.sentence(vault.older) if vault.older is not None else None


class OlderVaultBanner(QFrame):
    """Hidden until an unlock finds the vault older than the newest state seen here."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("olderVaultBanner")
        # Red: unlike failed unlocks, this is evidence that may have gone missing.
        self.setStyleSheet("#olderVaultBanner { background: #ffebee; border: 1px solid "
                           "#b71c1c; border-radius: 4px; } "
                           "#olderVaultBanner QLabel { color: #4a0000; }")
        self.sentence: Text | None = None
        self.icon = QLabel()
        size = self.fontMetrics().height() * 2
        self.icon.setPixmap(icons.icon("fa6s.clock-rotate-left", color="#b71c1c")
                            .pixmap(size, size))
        self.message = QLabel(wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.dismiss = QPushButton(icons.icon("fa6s.xmark", color="#4a0000"), "")
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.dismiss.clicked.connect(self.hide)
        service.unlocked.connect(lambda _path: service.run(_older_sentence, self.show_sentence))
        service.locked.connect(self.hide)
        self.hide()

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
        self.message.setText(core_text(self.sentence) if self.sentence is not None else "")
        self.setAccessibleName(self.message.text())

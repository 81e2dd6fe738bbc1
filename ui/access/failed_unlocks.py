"""The banner that tells the owner someone tried to unlock the vault while they were away.

The count comes from the vault once it is open (``Vault.failed_unlocks``, see
``app.vault.attempts``); the times themselves are in the custody log. The banner stays until
the owner dismisses it or locks, so it cannot be missed behind a dialog.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.common import icons
from ui.common.operations import Task, VaultService

if TYPE_CHECKING:
    from app.vault.vault import Vault


def _failed_unlocks(vault: Vault, _task: Task[None]) -> list[str]:
    return list(vault.failed_unlocks)


class FailedUnlocksBanner(QFrame):
    """Hidden until an unlock finds failed attempts; dismissed by its button or a lock."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("failedUnlocksBanner")
        # Amber like the item warnings: a sign to notice, not an error of the user's.
        self.setStyleSheet("#failedUnlocksBanner { background: #fff3e0; border: 1px solid "
                           "#e65100; border-radius: 4px; } "
                           "#failedUnlocksBanner QLabel { color: #4e2600; }")
        self.times: list[str] = []
        self.icon = QLabel()
        size = self.fontMetrics().height() * 2
        self.icon.setPixmap(icons.icon("fa6s.user-secret", color="#e65100").pixmap(size, size))
        self.message = QLabel(wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.dismiss = QPushButton(icons.icon("fa6s.xmark", color="#4e2600"), "")
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.dismiss.clicked.connect(self.hide)
        service.unlocked.connect(lambda _path: service.run(_failed_unlocks, self.show_times))
        service.locked.connect(self.hide)
        self.hide()

    def show_times(self, times: list[str]) -> None:
        """Show how many tries failed and when the last one was; nothing if none did."""
        self.times = list(times)
        self._retranslate()
        self.setVisible(bool(self.times))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.dismiss.setText(self.tr("&Dismiss"))
        self.dismiss.setToolTip(self.tr("Hide this message; the times stay in the history"))
        if not self.times:
            self.message.clear()
            return
        count = self.tr("%n failed attempt(s) since your last visit.", "", len(self.times))
        last = self.tr("The last one was on %1. If it was not you, someone tried to open "
                       "your vault: think about who can use this computer.").replace(
            "%1", _local(self.times[-1]))
        self.message.setText(f"{count} {last}")
        self.setAccessibleName(self.message.text())


def _local(utc: str) -> str:
    """A stored UTC time as the user reads their own clock, as dates are shown elsewhere."""
    # ui.common.words brings the evidence kinds and their readers: not before the window shows.
    from ui.common.words import moment_text

    try:
        return moment_text(datetime.fromisoformat(utc).astimezone().isoformat())
    except ValueError:
        return utc

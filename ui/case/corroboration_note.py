"""Under an item's title: the messages of a platform's export that a screenshot shows, or
the screenshots that show a message (issue #15 §2), each with a link to open the other.

Only said, never recorded: the matches are worked out on the vault worker each time the
item is shown (``app/export/corroborations.py``), so they follow every reading and import.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.case import corroboration
from app.export import corroborations
from ui.common.operations import VaultService
from ui.common.words import moment_text
from ui.viewers.text import ITEM_SCHEME

MOST_SHOWN = 3  # corroborations listed above the item; `dossier corroborate` lists all


class CorroborationNote(QLabel):
    """Hidden unless the item shown has corroborations; ``item_requested`` opens one."""

    item_requested = Signal(int)

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._item_id: int | None = None
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(self._on_link)
        self.hide()

    def show_for(self, item_id: int | None) -> None:
        """Say what corroborates this item (None: nothing), once worked out."""
        self._item_id = item_id
        self.clear()
        self.hide()
        if item_id is None:
            return

        def arrived(found: list[corroborations.Told]) -> None:
            if item_id == self._item_id:
                self._show(item_id, found)
        self._service.run(lambda vault, _task: corroborations.of_item(vault.db, item_id),
                          arrived)

    def _show(self, item_id: int, found: list[corroborations.Told]) -> None:
        lines = [self._line(item_id, told) for told in found[:MOST_SHOWN]]
        if len(found) > MOST_SHOWN:  # the pane stays for the item; the report lists all
            lines.append(html.escape(self.tr("And %n more.", "", len(found) - MOST_SHOWN)))
        # A little room between two, so each link is seen with its own sentence.
        self.setText("".join(f'<p style="margin: 0 0 4px 0">{line}</p>' for line in lines))
        self.setVisible(bool(lines))

    def _line(self, item_id: int, told: corroborations.Told) -> str:
        found = told.found
        if found.message_id == item_id:  # a message, shown in a screenshot
            said, target = self.tr("A screenshot shows this message."), found.screenshot_id
            link = self.tr("Open the screenshot")
        else:
            said, target = self._matches(told), found.message_id
            link = self.tr("Open the message")
        return (f"{html.escape(said)} {html.escape(self._strength(found.strength))} "
                f'<a href="{ITEM_SCHEME}:{target}">{html.escape(link)}</a>')

    def _matches(self, told: corroborations.Told) -> str:
        found, when = told.found, moment_text(told.found.message_at)
        if found.platform and told.exhibit:
            text = self.tr("Matches the message of %1 in the %2 export (exhibit %3).")
        elif found.platform:
            text = self.tr("Matches the message of %1 in the %2 export.")
        elif told.exhibit:
            text = self.tr("Matches the message of %1 in an export (exhibit %3).")
        else:
            text = self.tr("Matches the message of %1 in an export.")
        return (text.replace("%1", when).replace("%2", found.platform)
                .replace("%3", told.exhibit))

    def _strength(self, strength: str) -> str:
        if strength == corroboration.TEXT_AND_TIME:
            return self.tr("Same text, and the time shown on the screenshot.")
        if strength == corroboration.TEXT_AND_DAY:
            return self.tr("Same text, and the screenshot is from the same day.")
        return self.tr("Same text only: no time or date on the screenshot confirms it.")

    def _on_link(self, link: str) -> None:
        scheme, _, number = link.partition(":")
        if scheme == ITEM_SCHEME and number.isdigit():
            self.item_requested.emit(int(number))

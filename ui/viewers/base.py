"""What every viewer shares: the content it is given and the widget it is."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from app.case import evidence, listing, transcripts
from app.vault import custody


@dataclass
class ItemContent:
    """Everything the detail pane shows about one item, read on the vault's thread."""

    details: evidence.ItemDetails
    history: list[custody.Entry]
    original: bytes | None = None  # only for kinds shown from their bytes, within limits
    thumbnail: bytes | None = None
    parts: list[listing.Part] = field(default_factory=list)
    messages: list[listing.Message] = field(default_factory=list)
    parent: evidence.EvidenceItem | None = None
    screen_text: transcripts.Reading | None = None  # for a picture: its text, once read

    @property
    def item(self) -> evidence.EvidenceItem:
        return self.details.item

    def metadata(self, key: str) -> list[str]:
        """Every value recorded under ``key``, in order."""
        return [value for name, value in self.details.metadata if name == key]

    def first(self, key: str) -> str:
        values = self.metadata(key)
        return values[0] if values else ""


class Viewer(QWidget):
    """Shows one kind of item. ``item_requested`` asks to show another item (a part).

    A viewer sets its fixed words in ``retranslate``; the words that depend on the item
    are set again when the detail pane shows the item again after a language change."""

    item_requested = Signal(int)

    def retranslate(self) -> None:
        """Set the viewer's fixed words in the language now in use."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_content(self, content: ItemContent) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        """Drop everything shown, bytes included."""
        raise NotImplementedError

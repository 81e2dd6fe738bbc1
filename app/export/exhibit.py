"""One numbered exhibit ("pièce") of a bundle, with what the report says about it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.case import evidence, listing


@dataclass(frozen=True)
class Exhibit:
    """One numbered exhibit ("pièce"), or an attachment numbered under it."""

    label: str  # "P001", or "P001-1" for its first attachment
    number: str  # "1", or "1-1": what "Pièce n°" and "Exhibit" are followed by
    item: evidence.EvidenceItem
    metadata: tuple[tuple[str, str], ...]
    text: str  # the body of an e-mail, a note or a web page; empty for others
    messages: tuple[listing.Message, ...]  # a chat export's messages, in order
    accounts: tuple[str, ...]  # "handle (platform)"
    tags: tuple[str, ...]
    incidents: tuple[int, ...]  # the numbers of the incidents it shows (chronology order)
    attachments: tuple[Exhibit, ...]
    file_name: str  # its path in the bundle: "originals/P001_capture.png"

    @property
    def title(self) -> str:
        """What the index calls it: the user's title, else what the file says it is."""
        return (self.item.title or self.meta("email.subject") or self.meta("pdf.title")
                or self.meta("chat.name") or self.item.original_name)

    def meta(self, key: str) -> str:
        """The first value recorded under ``key``, or ""."""
        return next((value for name, value in self.metadata if name == key), "")

    def metas(self, key: str) -> list[str]:
        return [value for name, value in self.metadata if name == key]

    def every(self) -> Iterable[Exhibit]:
        """This exhibit, then its attachments."""
        yield self
        yield from self.attachments

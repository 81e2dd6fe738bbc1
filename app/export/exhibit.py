"""One numbered exhibit ("pièce") of a bundle, with what the report says about it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from app.case import evidence, listing
from app.common import date_conflicts
from app.common.date_conflicts import DateConflict
from app.importing.formats.transcript import Transcript


@dataclass(frozen=True)
class LocationFreeCopy:
    """A copy of a picture without the place it was taken (``app/export/location_free``):
    beside the untouched original for an avocat, instead of it for a platform."""

    file_name: str  # its path in the bundle
    sha256: str
    size: int
    removed: tuple[str, ...]  # what was left out: "exif-gps", "xmp", "iptc"
    replaces_original: bool  # the original is not in the bundle (a platform's)


@dataclass(frozen=True)
class Corroborated:
    """A screenshot exhibit's text found in a message of a platform's export
    (``app/export/corroborations.py``)."""

    screenshot: str  # its number as the report prints it: "4"
    message_at: datetime  # in the case's zone
    platform: str  # "Instagram", or "" when the export does not say
    exhibit: str  # the number of the exhibit holding the message ("31-2"); "" if not in bundle
    strength: str  # corroboration.TEXT, TEXT_AND_DAY or TEXT_AND_TIME
    shown_time: str  # the time the screenshot shows by the text ("15:30"), or ""


@dataclass(frozen=True)
class Exhibit:
    """One numbered exhibit ("pièce"), or an attachment numbered under it."""

    label: str  # "P005", or "P005-1" for its first attachment: its file names only
    number: str  # "5", or "5-1": what "Pièce n°" and "Exhibit" are followed by, the
    # number it was first exported under in this case, kept ever since
    item: evidence.EvidenceItem
    metadata: tuple[tuple[str, str], ...]
    text: str  # the body of an e-mail, a note or a web page; empty for others
    messages: tuple[listing.Message, ...]  # a chat export's messages, in order
    accounts: tuple[str, ...]  # "handle (platform)"
    tags: tuple[str, ...]
    incidents: tuple[int, ...]  # the numbers of the incidents it shows (chronology order)
    attachments: tuple[Exhibit, ...]
    file_name: str  # its path in the bundle: "originals/P001_capture.png"
    first_communicated: str = ""  # ISO time of the earlier export that numbered it
    date_conflicts: tuple[DateConflict, ...] = ()  # other dates found, which disagree
    location_free: LocationFreeCopy | None = None
    screen_text: Transcript | None = None  # a picture's text, read by OCR
    screen_text_read_at: str = ""  # ISO time of that reading
    # Why its original stays in the vault ("platform_export", "mailbox": see
    # app/export/full_exports.py), or "" when the bundle holds it.
    withheld: str = ""
    corroborations: tuple[Corroborated, ...] = ()  # messages of exports that show its text

    @property
    def bundle_file(self) -> str:
        """The file of the bundle that shows it: the location-free copy where the original
        stayed out; "" when the original stays in the vault."""
        if self.withheld:
            return ""
        copy = self.location_free
        return copy.file_name if copy and copy.replaces_original else self.file_name

    @property
    def zone_assumed(self) -> bool:
        """Its time was written without a zone: the zone shown is assumed."""
        return date_conflicts.zone_assumed(self.item.captured_at_source, self.date_conflicts,
                                           self.metadata)

    @property
    def title(self) -> str:
        """Its name: the user's title, else what the file says it is, else its file name."""
        return self.named or self.item.original_name

    @property
    def named(self) -> str:
        """The title it carries (the user's, an e-mail's subject, a PDF's title, a chat's
        name), or "" when only its file name would name it."""
        return (self.item.title or self.meta("email.subject") or self.meta("pdf.title")
                or self.meta("chat.name"))

    def meta(self, key: str) -> str:
        """The first value recorded under ``key``, or ""."""
        return next((value for name, value in self.metadata if name == key), "")

    def metas(self, key: str) -> list[str]:
        return [value for name, value in self.metadata if name == key]

    def every(self) -> Iterable[Exhibit]:
        """This exhibit, then its attachments."""
        yield self
        yield from self.attachments

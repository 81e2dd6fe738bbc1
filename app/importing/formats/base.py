"""What a format reader is given and what it finds in one piece of evidence.

Every reader in ``app/importing/formats`` is a function ``read(source: Source) -> Extraction``.
Readers must not raise for bad input: a damaged, empty, encrypted or hostile file is
described with flags (``DAMAGED``, ``UNREADABLE``...) instead. The import pipeline still
guards each call, so a bug in a reader flags the item rather than losing it.

Readers never write anything to disk and never touch the network.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, BinaryIO

# Flags an item can carry (DESIGN.md, "Evidence").
GPS = "gps"  # the file holds a GPS position: sharing it reveals a place
PASSWORD_PROTECTED = "password_protected"
DAMAGED = "damaged"  # the file's structure is broken (cut short, malformed)
UNREADABLE = "unreadable"  # its content could not be decoded for preview or text
EMPTY = "empty"
DUPLICATE = "duplicate"  # same bytes as another item of the case
TRUNCATED = "truncated"  # some of its parts were left inside it (app/importing/budget.py)
ERASED = "erased"  # a message its sender unsent or erased: the platform kept its trace
EDITED = "edited"  # a message changed after it was sent

# How we know when a piece of evidence was captured or sent, best first.
# The pipeline keeps the first one a reader or the file name gives.
EXIF = "exif"
EMAIL_HEADER = "email_header"
CHAT_LINE = "chat_line"
SMS_RECORD = "sms_record"
EXPORT_RECORD = "export_record"  # a platform's own data export, in UTC
PDF_INFO = "pdf_info"
PDF_XMP = "pdf_xmp"
WEB_PAGE = "web_page"
FILENAME = "filename"
CLIPBOARD = "clipboard"
USER = "user"
FILE_TIME = "file_time"
IMPORT_TIME = "import_time"


@dataclass(frozen=True)
class Source:
    """The bytes of one file or one embedded part, readable as often as needed."""

    name: str
    size: int
    open: Callable[[], BinaryIO]

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> Source:
        return cls(name=name, size=len(data), open=lambda: io.BytesIO(data))


@dataclass(frozen=True)
class Capture:
    """When the evidence was captured or sent, and how we know it."""

    at: datetime  # always timezone-aware
    source: str  # one of the constants above


@dataclass
class Child:
    """A part of a container that becomes its own linked item.

    ``data`` are the child's own original bytes: an attachment's decoded bytes, or a chat
    message's raw line(s) from the export. When ``found`` is given, the pipeline uses it as
    is (chat messages); otherwise it sniffs ``data`` and runs the matching reader.
    """

    name: str
    data: bytes
    kind: str | None = None
    found: Extraction | None = None
    format: str = ""  # with ``found``: the format's name when it is one of sniff's


@dataclass
class Extraction:
    """Everything a reader learnt from one piece of evidence."""

    metadata: list[tuple[str, str]] = field(default_factory=list)
    text: str = ""  # searchable text (body, transcript, page text)
    title: str = ""
    url: str = ""
    platform: str = ""  # e.g. "Instagram", "WhatsApp", "SMS"
    flags: set[str] = field(default_factory=set)
    capture: Capture | None = None
    children: list[Child] = field(default_factory=list)
    thumbnail: bytes | None = None  # PNG, at most THUMBNAIL_SIZE on its longest side

    def add(self, key: str, value: object) -> None:
        """Record one metadata value; empty values are not worth a row."""
        if value is None or value == "":
            return
        self.metadata.append((key, str(value)))


THUMBNAIL_SIZE = 256


def read_safely(read_into: Callable[[Extraction], None], error_key: str,
                flags: frozenset[str] = frozenset({UNREADABLE}), **fields: Any) -> Extraction:
    """Run ``read_into(found)`` on a fresh ``Extraction(**fields)`` and never raise: a
    failure adds ``flags`` and names itself under ``error_key``, and whatever was found
    before it is kept, so the item says why the reading stops there."""
    found = Extraction(**fields)
    try:
        read_into(found)
    except Exception as error:  # noqa: BLE001 - a reader flags bad input, never raises
        found.flags |= flags
        found.add(error_key, type(error).__name__)
    return found

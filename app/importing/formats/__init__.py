"""One reader per evidence format; ``base.py`` says what a reader promises.

``read`` picks the reader for a sniffed format and guards the call: whatever a hostile
or broken file does to a reader, the item is still stored, flagged, with the reason.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from app.importing.formats import (
    image,
    mail,
    mbox,
    media,
    pdf,
    platforms,
    sms,
    text,
    web,
    whatsapp,
)
from app.importing.formats.base import DAMAGED, UNREADABLE, Extraction, Source
from app.importing.formats.sniff import FORMATS, Format, sniff

__all__ = ["FORMATS", "FORMATS_ZIP", "Extraction", "Format", "has_reader", "read", "sniff", "survey"]

FORMATS_ZIP = FORMATS["zip"]

Reader = Callable[[Source], Extraction]

_BY_KIND: dict[str, Reader] = {
    "image": image.read,
    "pdf": pdf.read,
    "email": mail.read,
    "web": web.read,
    "text": text.read,
    "audio": media.read,
    "video": media.read,
}
_BY_FORMAT: dict[str, Reader] = {
    "whatsapp": whatsapp.read,
    "sms_backup": sms.read,
    "mbox": mbox.read,
    "zip": platforms.read,  # a platform's data export; any other ZIP is kept as it is
}

_log = logging.getLogger(__name__)


def has_reader(found: Format) -> bool:
    """Whether a reader has anything to learn from ``found`` (raw binary data has none)."""
    return _reader_for(found) is not None


def _reader_for(found: Format) -> Reader | None:
    return _BY_FORMAT.get(found.name) or _BY_KIND.get(found.kind)


def read(found: Format, source: Source, threads: tuple[str, ...] | None = None
         ) -> Extraction:
    """What the reader for ``found`` learns from ``source``; never raises for bad input.

    ``threads`` names the conversations of a platform's export to import (None: all)."""
    reader = _reader_for(found)
    if reader is None:
        return Extraction()
    try:
        if found.name == "zip":
            return platforms.read(source, threads)
        return reader(source)
    except (MemoryError, RecursionError, Exception) as error:  # noqa: BLE001 - see docstring
        # A reader bug or a file that defeats a library: keep the item, say why.
        _log.warning("reader for %s failed: %s", found.name, type(error).__name__)
        extraction = Extraction(flags={DAMAGED, UNREADABLE})
        extraction.add("reader.error", f"{found.name} reader failed: {type(error).__name__}")
        return extraction


def survey(found: Format, source: Source) -> Extraction:
    """The conversations a platform's export holds, without their messages."""
    return platforms.survey(source)

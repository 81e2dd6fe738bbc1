"""PDF documents: pages, who made them and when, and their text for search.

pypdf reads leniently (``strict=False``) and is kept quiet: a hostile or broken PDF ends
up as flags on the item, never as a traceback or a line on the user's terminal. pypdf's own
limits stay on (75 MB per decoded stream, bounded arrays, page trees and XMP), and it never
calls an external program: its JBIG2 decoder would write the stream to a temporary file
outside the vault and run ``jbig2dec`` on it.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from itertools import islice
from typing import BinaryIO

from pypdf import DocumentInformation, PdfReader, apply_configuration
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError
from pypdf.xmp import XmpInformation

from app.common.dates import from_iso, from_pdf, to_iso
from app.importing.formats.base import (
    DAMAGED,
    PASSWORD_PROTECTED,
    PDF_INFO,
    PDF_XMP,
    UNREADABLE,
    Capture,
    Extraction,
    Source,
    read_safely,
)

MAX_PAGES = 200  # pages whose text is extracted
MAX_TEXT = 2_000_000  # characters of text kept
MAX_TEXT_FILE = 200 * 1024 * 1024  # larger files are described but not text-extracted
TEXT_SECONDS = 30.0  # a hostile content stream can make extraction crawl

_XMP = "http://ns.adobe.com/xap/1.0/"
# What pypdf raises, besides its own errors, on malformed objects it trusted or on
# features it lacks (an unknown stream filter on one page).
_ERRORS = (
    PyPdfError, ValueError, TypeError, KeyError, IndexError, AttributeError, NotImplementedError,
)
# A page can also need a decoder that is never run here (JBIG2, through jbig2dec).
_PAGE_ERRORS = (*_ERRORS, DependencyError)
_SPACES = re.compile(r"[ \t]+")  # some producers put a tab between every word


def read(source: Source) -> Extraction:
    """Describe one PDF; never raises. Encrypted ones are flagged, never unlocked."""
    def read_stream(found: Extraction) -> None:
        with _quiet_pypdf(), apply_configuration(jbig2dec_binary=None), \
                source.open() as stream:
            _read_into(found, stream, source.size)
    return read_safely(read_stream, "pdf.error", frozenset({DAMAGED}))


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Silence pypdf's warnings about the file it reads, restoring the level afterwards.

    pypdf logs through per-module loggers under "pypdf"; a level on the parent covers them.
    Two overlapping reads may restore in the wrong order, which at worst lets a warning
    through or leaves pypdf quiet: both harmless.
    """
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


def _read_into(found: Extraction, stream: BinaryIO, size: int) -> None:
    reader = _open(found, stream)
    if reader is None:
        return
    found.add("pdf.pages", len(reader.pages))
    _describe_info(found, reader.metadata)
    _describe_dates(found, reader)
    if size > MAX_TEXT_FILE:
        found.add("pdf.note", f"text not extracted: the file is over {MAX_TEXT_FILE} bytes")
    else:
        found.text = _text(found, reader)


def _open(found: Extraction, stream: BinaryIO) -> PdfReader | None:
    """A reader for the PDF, or None when it is damaged or locked (with the flag set)."""
    try:
        reader = PdfReader(stream, strict=False)
    except DependencyError:  # only encryption needs a library pypdf lacks: the file is locked
        found.flags.add(PASSWORD_PROTECTED)
        found.add("pdf.encrypted", "yes")
        return None
    except NotImplementedError as error:  # e.g. certificate encryption: not broken, not ours
        found.flags.add(UNREADABLE)
        found.add("pdf.error", f"not supported: {error}")
        return None
    except _ERRORS as error:
        found.flags.add(DAMAGED)
        found.add("pdf.error", type(error).__name__)
        return None
    if reader.is_encrypted:
        found.add("pdf.encrypted", "yes")
        if _locked(reader):
            found.flags.add(PASSWORD_PROTECTED)
            return None
    return reader


def _locked(reader: PdfReader) -> bool:
    """Whether an encrypted PDF still needs a password.

    pypdf opens with the empty user password, as every viewer does, so a file that only
    restricts printing or copying opens; no other password is ever tried.
    """
    try:
        len(reader.pages)
    except FileNotDecryptedError:
        return True
    return False


def _describe_info(found: Extraction, info: DocumentInformation | None) -> None:
    """Title, author and the programs that made the file, from the Info dictionary."""
    if info is None:
        return
    found.title = _clean(info.title)
    found.add("pdf.title", found.title)
    found.add("pdf.author", _clean(info.author))
    found.add("pdf.creator", _clean(info.creator))
    found.add("pdf.producer", _clean(info.producer))


def _clean(value: object) -> str:
    return value.replace("\x00", "").strip()[:1000] if isinstance(value, str) else ""


def _describe_dates(found: Extraction, reader: PdfReader) -> None:
    """Record the Info and XMP dates separately, and take the capture from Info first."""
    created = _info_date(reader.metadata, "/CreationDate")
    found.add("pdf.info.creation_date", _iso(created))
    modified = _info_date(reader.metadata, "/ModDate")
    found.add("pdf.info.mod_date", _iso(modified))
    xmp = _xmp(found, reader)
    xmp_created = from_iso(_xmp_value(xmp, "CreateDate")) if xmp else None
    found.add("pdf.xmp.create_date", _iso(xmp_created))
    xmp_modified = from_iso(_xmp_value(xmp, "ModifyDate")) if xmp else None
    found.add("pdf.xmp.modify_date", _iso(xmp_modified))
    _choose_capture(found, created, xmp_created)


def _iso(moment: datetime | None) -> str:
    return to_iso(moment) if moment is not None else ""


def _info_date(info: DocumentInformation | None, key: str) -> datetime | None:
    if info is None or key not in info:
        return None
    value: object = info[key]
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return from_pdf(value) if isinstance(value, str) else None


def _xmp(found: Extraction, reader: PdfReader) -> XmpInformation | None:
    try:
        return reader.xmp_metadata
    except _ERRORS:
        found.add("pdf.note", "XMP metadata is not readable")
        return None


def _xmp_value(xmp: XmpInformation, name: str) -> str:
    """The raw text of one xmp: property, whether written as an attribute or an element."""
    for node in xmp.get_element("", _XMP, name):
        if node.nodeType == node.ATTRIBUTE_NODE:
            return str(node.nodeValue)
        return "".join(part.data for part in node.childNodes if part.nodeType == part.TEXT_NODE)
    return ""


def _choose_capture(found: Extraction, info: datetime | None, xmp: datetime | None) -> None:
    if info is not None:
        found.capture = Capture(info, PDF_INFO)
        found.add("pdf.capture_from", "Info CreationDate")
    elif xmp is not None:
        found.capture = Capture(xmp, PDF_XMP)
        found.add("pdf.capture_from", "XMP CreateDate")
    if info is not None and xmp is not None and info != xmp:
        found.add("pdf.dates_differ",
                  f"Info CreationDate {to_iso(info)}, XMP CreateDate {to_iso(xmp)}")


def _text(found: Extraction, reader: PdfReader) -> str:
    """The text of the first pages, within the page, size and time budgets."""
    parts: list[str] = []
    length, failed = 0, 0
    deadline = time.monotonic() + TEXT_SECONDS
    for page in islice(reader.pages, MAX_PAGES):
        if length >= MAX_TEXT or time.monotonic() > deadline:
            break
        try:
            text = _SPACES.sub(" ", page.extract_text())
        except _PAGE_ERRORS:
            failed += 1
            continue
        parts.append(text)
        length += len(text)
    if failed:
        found.add("pdf.text_errors", f"{failed} page(s) whose text could not be read")
    if len(parts) + failed < len(reader.pages):
        found.add("pdf.note", f"text read from the first {len(parts) + failed} pages only")
    return "\n".join(parts)[:MAX_TEXT]

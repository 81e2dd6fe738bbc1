"""Dates that disagree: every other date the readers found for an item, when it differs
from the one used.

A defence lawyer will find a PDF whose Info and XMP dates differ, or an SMS backup whose
machine dates say a year earlier than what the phone displayed. The report, the manifest
and the window disclose them rather than let them be found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from app.common import dates

SMS_DATE, PDF_INFO, PDF_XMP, EXIF, FILENAME, FILE_TIME = (
    "sms_date", "pdf_info", "pdf_xmp", "exif", "filename", "file_time")
_SMS_NOTE = re.compile(r"date says (\S+),")
_TOLERANCE = timedelta(minutes=1)  # a camera and its file name may round differently

Metadata = Sequence[tuple[str, str]]


@dataclass(frozen=True)
class DateConflict:
    source: str  # one of the names above: where the other date was read
    value: str  # that date, ISO 8601 as the reader recorded it


def found(captured_at: str, source: str, metadata: Metadata,
          parts: Iterable[Metadata] = ()) -> list[DateConflict]:
    """The other dates of one item (``parts``: the metadata of its messages)."""
    meta = dict(reversed(metadata))  # the first value of each key
    conflicts = [c for part in [metadata, *parts] for c in _sms(part)]
    conflicts += _pdf(meta, source) + _picture(meta, source, captured_at)
    conflicts += _file_time(meta, source)
    return list(dict.fromkeys(conflicts))


def zone_assumed(source: str, conflicts: Sequence[DateConflict],
                 metadata: Metadata = ()) -> bool:
    """Whether the time used was written without a zone in the evidence (a chat line, a
    file name, the date an SMS app displayed, EXIF without OffsetTimeOriginal), so its
    zone is assumed, not known."""
    if source in dates.ZONELESS_SOURCES:
        return True
    if source == EXIF:
        return not any(key == "exif.offset_time_original" for key, _value in metadata)
    return source == "sms_record" and any(c.source == SMS_DATE for c in conflicts)


def _sms(metadata: Metadata) -> list[DateConflict]:
    notes = (value for key, value in metadata if key == "message.date_conflict")
    return [DateConflict(SMS_DATE, match.group(1)) for note in notes
            if (match := _SMS_NOTE.search(note))]


def _pdf(meta: dict[str, str], source: str) -> list[DateConflict]:
    if "pdf.dates_differ" not in meta:
        return []
    if source == PDF_XMP:
        return [DateConflict(PDF_INFO, meta.get("pdf.info.creation_date", ""))]
    return [DateConflict(PDF_XMP, meta.get("pdf.xmp.create_date", ""))]


def _picture(meta: dict[str, str], source: str, captured_at: str) -> list[DateConflict]:
    """EXIF against the file name, or a file name's day against the date used."""
    exif = meta.get("exif.datetime_original", "")
    named, _, pattern = meta.get("capture.filename", "").partition(" ")
    if source == EXIF and named and pattern != "(date-only)" and _apart(exif, named):
        return [DateConflict(FILENAME, named)]
    if source == FILENAME and exif and _apart(exif, captured_at):
        return [DateConflict(EXIF, exif)]
    if named and pattern == "(date-only)" and named[:10] != captured_at[:10]:
        return [DateConflict(FILENAME, named)]
    return []


def _file_time(meta: dict[str, str], source: str) -> list[DateConflict]:
    """A chat export whose file is older than its last line: one of them is wrong."""
    last, written = meta.get("chat.last_message", ""), meta.get("capture.file_time", "")
    first, end = dates.from_iso(written), dates.from_iso(last)
    if source == "chat_line" and first and end and first + timedelta(days=1) < end:
        return [DateConflict(FILE_TIME, written)]
    return []


def _apart(one: str, other: str) -> bool:
    first, second = dates.from_iso(one), dates.from_iso(other)
    return bool(first and second and abs(first - second) > _TOLERANCE)

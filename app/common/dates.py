"""When was this captured or sent, and how do we know.

Evidence states its time in many ways: EXIF tags, e-mail headers, PDF dates, chat lines,
file names (read in ``file_names``). Everything here turns them into timezone-aware
datetimes. A time that carries
no offset is a local wall-clock time: it is read in the system time zone (the ``TZ``
environment variable, then the OS setting) and stored with its UTC offset.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# The zone a case's times are shown in, and the one assumed for a time the evidence wrote
# without a zone, until the person says otherwise: Dossier is made for French cases.
CASE_ZONE = "Europe/Paris"
# Capture sources whose time carries no zone in the evidence (a WhatsApp line, a file
# name): the readers read them in the importing computer's zone, which is an assumption.
# (The names of app.importing.formats.base, which this bottom layer cannot import.)
ZONELESS_SOURCES = frozenset({"chat_line", "filename"})


def case_zone(name: str = CASE_ZONE) -> tzinfo:
    """The case's zone; the computer's own if the zone database lacks it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.now().astimezone().tzinfo or UTC


def localize(naive: datetime) -> datetime:
    """Attach the system time zone's offset to a wall-clock time that has none."""
    if naive.tzinfo is not None:
        return naive
    return naive.astimezone()  # Python reads a naive value as local time here


def to_iso(moment: datetime) -> str:
    """ISO 8601 with its UTC offset, to the second: the form the vault stores."""
    return localize(moment).isoformat(timespec="seconds")


def from_iso(text: str) -> datetime | None:
    """Read an ISO 8601 time; a time without offset is local."""
    try:
        return localize(datetime.fromisoformat(text.strip()))
    except (ValueError, AttributeError):
        return None


def now() -> datetime:
    """The current local time, with its offset."""
    return datetime.now().astimezone()


_EXIF = re.compile(r"(\d{4}):(\d\d):(\d\d)[ T](\d\d):(\d\d):(\d\d)")
_OFFSET = re.compile(r"([+-])(\d\d):?(\d\d)")


def from_exif(value: str, offset: str | None = None) -> datetime | None:
    """Read an EXIF time such as ``2026:11:09 08:45:00``, with its OffsetTime if known."""
    match = _EXIF.match(value.strip()) if isinstance(value, str) else None
    if not match:
        return None
    try:
        year, month, day, hour, minute, second = (int(part) for part in match.groups())
        naive = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    zone = offset_zone(offset) if offset else None
    return naive.replace(tzinfo=zone) if zone else localize(naive)


_PDF = re.compile(r"D?:?(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?\s*(Z|[+-]\d\d'?\d\d'?)?")


def from_pdf(value: str) -> datetime | None:
    """Read a PDF date such as ``D:20261104101500+01'00'`` (PDF 32000-1, 7.9.4)."""
    match = _PDF.match(value.strip()) if isinstance(value, str) else None
    if not match:
        return None
    year, month, day, hour, minute, second, offset = match.groups()
    try:
        naive = datetime(int(year), int(month or 1), int(day or 1),
                         int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    if offset is None:
        return localize(naive)
    return naive.replace(tzinfo=offset_zone(offset.replace("'", "")) or UTC)


def offset_zone(offset: str) -> timezone | None:
    """The fixed zone of an offset such as "+01:00", "+0100" or "Z"; None if it is not one."""
    if offset.strip() in ("Z", "z"):
        return UTC
    match = _OFFSET.fullmatch(offset.strip())
    if not match:
        return None
    sign, hours, minutes = match.groups()
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    if delta >= timedelta(hours=24):
        return None
    return timezone(-delta if sign == "-" else delta)

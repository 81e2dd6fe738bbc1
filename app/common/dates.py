"""When was this captured or sent, and how do we know.

Evidence states its time in many ways: EXIF tags, e-mail headers, PDF dates, chat lines,
file names. Everything here turns them into timezone-aware datetimes. A time that carries
no offset is a local wall-clock time: it is read in the system time zone (the ``TZ``
environment variable, then the OS setting) and stored with its UTC offset.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
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
    zone = _zone(offset) if offset else None
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
    return naive.replace(tzinfo=_zone(offset.replace("'", "")) or UTC)


def _zone(offset: str) -> timezone | None:
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


# --- Dates written into file names -------------------------------------------------------

# Conventions whose names carry a day but no time of day: ``at`` is then midnight.
DAY_CONVENTIONS = frozenset({"whatsapp-day", "date-only"})


@dataclass(frozen=True)
class NamedDate:
    """A capture time read from a file name, and the naming convention that stated it."""

    at: datetime  # timezone-aware
    convention: str  # "android", "macos-fr", "windows-snip-fr", "whatsapp", "date-only", ...
    platform: str = ""  # the app the name mentions, such as "Instagram" or "WhatsApp"

    @property
    def whole_day(self) -> bool:
        """True when the name gave only a day: ``at`` is midnight, not a real time."""
        return self.convention in DAY_CONVENTIONS


# Placeholders in the patterns below; each expands to named groups read by _wall_clock.
_PARTS = {
    "<Y-M-D>": r"(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)",
    "<YMD>": r"(?P<y>\d{4})(?P<mo>\d\d)(?P<d>\d\d)",
    "<HMS>": r"(?P<h>\d\d)(?P<mi>\d\d)(?P<s>\d\d)",
    "<H-M-S>": r"(?P<h>\d\d)-(?P<mi>\d\d)-(?P<s>\d\d)",
    "<H-?M-?S>": r"(?P<h>\d\d)-?(?P<mi>\d\d)-?(?P<s>\d\d)",
    "<H.M.S>": r"(?P<h>\d\d?)\.(?P<mi>\d\d)\.(?P<s>\d\d)",
    "<ampm>": r"(?:[ _]?(?P<ampm>[ap]m))?",
    # An app suffix, up to a copy marker such as " (2)" or "~2" and the extension.
    "<app>": r"(?:_(?P<app>[^_()~]+?)(?=(?:[ _]?\(\d+\)|~\d+)?(?:\.\w+)?$))?",
    "<écran>": r"[ée]cran",
}


def _rx(pattern: str) -> re.Pattern[str]:
    # Names that went through an upload or a sanitiser often have "_" for each space.
    pattern = pattern.replace(" ", "[ _]")
    for part, expansion in _PARTS.items():
        pattern = pattern.replace(part, expansion)
    return re.compile(pattern, re.IGNORECASE)


def _wall_clock(match: re.Match[str]) -> datetime:
    """The naive time a match states; ValueError if it is impossible or out of range."""
    parts = match.groupdict()
    year, hour = int(parts["y"]), int(parts.get("h") or 0)
    if not 1990 <= year <= 2100:
        raise ValueError(f"year {year} is outside 1990..2100")
    if parts.get("ampm"):
        if not 1 <= hour <= 12:
            raise ValueError(f"hour {hour} on a 12-hour clock")
        hour = hour % 12 + (12 if parts["ampm"].lower() == "pm" else 0)
    return datetime(year, int(parts["mo"]), int(parts["d"]), hour,
                    int(parts.get("mi") or 0), int(parts.get("s") or 0))


def _local(match: re.Match[str]) -> datetime:
    """A wall-clock time, local unless the name states an offset."""
    offset = match.groupdict().get("tz")
    zone = _zone(offset) if offset else None
    naive = _wall_clock(match)
    return naive.replace(tzinfo=zone) if zone else localize(naive)


def _utc(match: re.Match[str]) -> datetime:
    """A time the name states in UTC (Pixel camera), shown in local time."""
    return _wall_clock(match).replace(tzinfo=UTC).astimezone()


_Build = Callable[[re.Match[str]], datetime]

# Tried in order; the first possible date wins. Specific conventions before generic ones.
_CONVENTIONS: list[tuple[re.Pattern[str], str, _Build, str]] = [
    (_rx(r"^Screenshot_<YMD>-<HMS><app>"), "android", _local, ""),
    (_rx(r"^Screenshot_<Y-M-D>-<H-M-S>(?:-\d+)?<app>"), "android", _local, ""),
    (_rx(r"^Screenshot_<YMD>_<HMS>"), "kde", _local, ""),
    (_rx(r"^PXL_<YMD>_<HMS>"), "pixel", _utc, ""),
    (_rx(r"^(?:IMG|VID)_<YMD>_<HMS>"), "android-camera", _local, ""),
    (_rx(r"^<YMD>_<HMS>(?!\d)"), "samsung", _local, ""),
    (_rx(r"^(?:Capture d'<écran>|Enregistrement de l'<écran>) <Y-M-D> [àa] <H.M.S>"),
     "macos-fr", _local, ""),
    (_rx(r"^(?:Screen ?shot|Screen Recording) <Y-M-D> at <H.M.S><ampm>"),
     "macos-en", _local, ""),
    (_rx(r"^Capture d'<écran> <Y-M-D> <HMS>"), "windows-snip-fr", _local, ""),
    (_rx(r"^(?:Screenshot|Screen Recording) <Y-M-D> <HMS>"), "windows-snip-en", _local, ""),
    (_rx(r"^Screen(?:shot|cast) from <Y-M-D> <H-M-S>"), "gnome-en", _local, ""),
    (_rx(r"^Capture d'<écran> du <Y-M-D> <H-M-S>"), "gnome-fr", _local, ""),
    (_rx(r"^WhatsApp (?:Image|Video|Audio|Document|Sticker|GIF|Ptt) <Y-M-D> (?:at|à|a) "
         r"<H.M.S><ampm>"), "whatsapp", _local, "WhatsApp"),
    (_rx(r"^(?:IMG|VID|AUD|PTT|DOC|STK)-<YMD>-WA\d+"), "whatsapp-day", _local, "WhatsApp"),
    (_rx(r"^(?:photo|video|file)_<Y-M-D>_<H-M-S>"), "telegram-desktop", _local, "Telegram"),
    (_rx(r"^signal-<Y-M-D>-<H-?M-?S>"), "signal", _local, "Signal"),
    # No literal space in this one: _rx would rewrite it inside the character class.
    (_rx(r"(?<!\d)<Y-M-D>[\s_T-](?P<h>\d\d)[.:h-]?(?P<mi>\d\d)(?:[.:-]?(?P<s>\d\d))?(?!\d)"
         r"(?P<tz>Z(?![a-z])|[+-]\d\d:\d\d|\+\d{4})?"), "generic", _local, ""),
    (_rx(r"(?<!\d)<YMD>[_-]<HMS>(?!\d)"), "generic", _local, ""),
    (_rx(r"(?<!\d)<Y-M-D>(?!\d)"), "date-only", _local, ""),
]

# Android package ids, and the app each names. Checked in order: "org.telegram.messenger"
# is Telegram, "com.facebook.orca" is Messenger, "com.facebook.katana" is Facebook.
_APPS = [
    ("telegram", "Telegram"), ("orca", "Messenger"), ("messenger", "Messenger"),
    ("katana", "Facebook"), ("facebook", "Facebook"), ("instagram", "Instagram"),
    ("whatsapp", "WhatsApp"), ("twitter", "Twitter"), ("snapchat", "Snapchat"),
    ("tiktok", "TikTok"), ("musically", "TikTok"), ("zhiliao", "TikTok"), ("trill", "TikTok"),
    ("discord", "Discord"), ("linkedin", "LinkedIn"),
]


def _app_name(label: str) -> str:
    """The app a name's suffix means: a display name as is, a package id by its table entry."""
    label = label.strip()
    if "." not in label:
        return label
    words = label.lower()
    return next((app for key, app in _APPS if key in words), label)


# Real names carry typographic apostrophes, and macOS puts U+202F before AM/PM.
_LOOKALIKES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'",
                             "\u202f": " ", "\u00a0": " ", "\u2009": " "})


def _clean(name: str) -> str:
    """The last path component, composed (macOS file systems hand out NFD), plain ASCII marks."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    return name.translate(_LOOKALIKES)


def from_filename(name: str) -> NamedDate | None:
    """The capture time a file name states, by the first convention it fits; never raises.

    Only the last path component is read. A name that states a day but no time gives
    midnight with a day-precision convention (see ``NamedDate.whole_day``).
    """
    if not isinstance(name, str):
        return None
    name = _clean(name)
    for pattern, convention, build, platform in _CONVENTIONS:
        for match in pattern.finditer(name):
            try:
                moment = build(match)
            except (ValueError, OverflowError, OSError):
                continue  # an impossible date: another convention may still fit
            app = match.groupdict().get("app")
            return NamedDate(moment, convention, _app_name(app) if app else platform)
    return None

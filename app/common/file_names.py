"""The dates that screenshot, camera and messaging-app file names state, from one table.

Screenshots carry no EXIF, so their name is usually the only record of when they were
taken. Each row of ``CONVENTIONS`` is one way a system or an app names its files: macOS,
Windows, GNOME and KDE screenshots, Android phones, cameras, WhatsApp, Telegram, Signal,
in the languages of France's residents and of Europe (French, English, German, Spanish,
Italian, Portuguese, Dutch, Polish, Arabic, Turkish). A row gives a real example, the
time it states, a near miss it must not read, how precise the time is, and which clock it
is on. ``tests/unit/test_file_names.py`` reads every row's example and near miss.

Every time here is the device's wall clock, read in the importing computer's zone (see
``dates.ZONELESS_SOURCES``), except Pixel camera names (UTC) and the generic ISO forms
that state an offset. The names are matched after ``_clean``: the last path component,
composed, with typographic apostrophes, narrow and no-break spaces (macOS puts U+202F
before AM/PM), right-to-left marks and Arabic-Indic digits made plain.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from app.common.dates import localize, offset_zone, to_iso

SECOND, MINUTE, DAY, NONE = "second", "minute", "day", "none"  # how precise a name is
LOCAL, IN_UTC, STATED = "local", "utc", "stated"  # the clock a name's time is on


@dataclass(frozen=True)
class Convention:
    """One naming convention: a row of the table."""

    name: str  # stable: stored in the vault's metadata as "(macos-fr)"
    family: str  # what wrote the name ("macos", "android"...), for the report's words
    example: str  # a name written this way
    says: str  # the wall-clock time the example states ("" when it states none)
    pattern: str  # a regular expression with the placeholders of _PARTS
    near_miss: str  # a name that looks alike but that this row must not read
    precision: str = SECOND
    zone: str = LOCAL
    platform: str = ""  # the app every name of this kind comes from

    @property
    def fields(self) -> tuple[str, ...]:
        """The parts of the time the pattern reads, such as ("y", "mo", "d", "h"...)."""
        return tuple(_compiled(self.pattern).groupindex)


@dataclass(frozen=True)
class NamedDate:
    """A capture time read from a file name, and the naming convention that stated it."""

    at: datetime  # timezone-aware
    convention: str  # a Convention's name: "android", "macos-fr", "whatsapp-day"...
    platform: str = ""  # the app the name mentions, such as "Instagram" or "WhatsApp"
    precision: str = SECOND

    @property
    def whole_day(self) -> bool:
        """True when the name gave only a day: ``at`` is midnight, not a real time."""
        return self.precision == DAY


# The words between the date and the time: "à", "at", "um", "a las"...
_AT = r"(?:at|à|a|um|a las?|alle|all'|às|as|om|o|saat|في)"
# Placeholders in the patterns; each expands to named groups read by _wall_clock.
_PARTS = {
    "<Y-M-D>": r"(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)",
    "<YMD>": r"(?P<y>\d{4})(?P<mo>\d\d)(?P<d>\d\d)",
    "<HMS>": r"(?P<h>\d\d)(?P<mi>\d\d)(?P<s>\d\d)",
    "<H-M-S>": r"(?P<h>\d\d)-(?P<mi>\d\d)-(?P<s>\d\d)",
    "<H_M_S>": r"(?P<h>\d\d)_(?P<mi>\d\d)_(?P<s>\d\d)",
    "<H-?M-?S>": r"(?P<h>\d\d)-?(?P<mi>\d\d)-?(?P<s>\d\d)",
    "<H.M.S>": r"(?P<h>\d\d?)\.(?P<mi>\d\d)\.(?P<s>\d\d)",
    # English, Spanish, Turkish and Arabic 12-hour marks; the rest of Europe says 14.30.
    "<ampm>": r"(?:[ _]?(?P<ampm>[ap]m|[ap]\. ?m\.|ÖÖ|ÖS|ص|م)(?![^\W_]))?",
    # An app suffix, up to a copy marker such as " (2)" or "~2" and the extension.
    "<app>": r"(?:_(?P<app>[^_()~]+?)(?=(?:[ _]?\(\d+\)|~\d+)?(?:\.\w+)?$))?",
    "<app!>": r"_(?P<app>[^_()~]+?)(?=(?:[ _]?\(\d+\)|~\d+)?(?:\.\w+)?$)",
    "<at>": _AT,
    "<écran>": r"[ée]cran",
    "<ecrã>": r"ecr[ãa]",
    "<end>": r"(?:[ _]?\(\d+\)|~\d+)?(?:\.\w+)?$",
}
_PM = frozenset({"pm", "p.m.", "p. m.", "ös", "م"})

_D, _DH = "2026-11-05", "2026-11-05 14:30:12"  # what most examples state

# Tried in order; the first that states a possible date wins. Specific before generic.
CONVENTIONS: tuple[Convention, ...] = (
    # Android screenshots: Samsung adds the app's name, Xiaomi and OnePlus its package id
    Convention("android", "android", "Screenshot_20261105-143012_Instagram.jpg", _DH,
               r"^Screenshot_<YMD>-<HMS><app>", "Screenshot_20261105-243012.png"),
    Convention("android-dashed", "android",
               "Screenshot_2026-11-05-14-30-12-123_com.instagram.android.jpg", _DH,
               r"^Screenshot_<Y-M-D>-<H-M-S>(?:-\d+)?<app>",
               "Screenshot_2026-11-05-14-61-12.png"),
    Convention("android-huawei", "android",
               "Screenshot_20261105_143012_com.instagram.android.jpg", _DH,
               r"^Screenshot_<YMD>_<HMS><app!>", "Screenshot_20261105_143012.png"),
    Convention("kde", "kde", "Screenshot_20261105_143012.png", _DH,
               r"^Screenshot_<YMD>_<HMS><end>", "Screenshot_20261105_1430.png"),
    # Cameras
    Convention("pixel", "pixel-camera", "PXL_20261105_133012345.jpg", _DH,
               r"^PXL_<YMD>_<HMS>", "PXL_2026110_133012345.jpg", zone=IN_UTC),
    Convention("android-camera", "android-camera", "IMG_20261105_143012.jpg", _DH,
               r"^(?:IMG|VID)_<YMD>_<HMS>", "IMG_20261105.jpg"),
    Convention("samsung", "samsung-camera", "20261105_143012.jpg", _DH,
               r"^<YMD>_<HMS>(?!\d)", "20261105_1430123.jpg"),
    Convention("windows-camera", "windows-camera", "WIN_20261105_14_30_12_Pro.jpg", _DH,
               r"^WIN_<YMD>_<H_M_S>", "WIN_20261105_14_30.jpg"),
    # iPhone photos and screenshots shared from iOS: a counter, never a date
    Convention("ios", "ios", "IMG_1234.PNG", "", r"^IMG_E?\d{4}<end>",
               "IMG_20261105_143012.jpg", precision=NONE),
    # macOS screenshots and screen recordings, in each language's words
    Convention("macos-fr", "macos", "Capture d’écran 2026-11-05 à 14.30.12.png", _DH,
               r"^(?:Capture d'<écran>|Enregistrement de l'<écran>) <Y-M-D> [àa] <H.M.S>",
               "Capture d’écran 2026-11-05 à 24.30.12.png"),
    Convention("macos-en", "macos", "Screenshot 2026-11-05 at 2.30.12\u202fPM.png", _DH,
               r"^(?:Screen ?shot|Screen Recording) <Y-M-D> at <H.M.S><ampm>",
               "Screenshot 2026-11-05 at 14.30.12 PM.png"),
    Convention("macos-de", "macos", "Bildschirmfoto 2026-11-05 um 14.30.12.png", _DH,
               r"^(?:Bildschirmfoto|Bildschirmaufnahme) <Y-M-D> um <H.M.S>",
               "Bildschirmfoto 2026-11-05 um 14.60.12.png"),
    Convention("macos-es", "macos", "Captura de pantalla 2026-11-05 a las 14.30.12.png", _DH,
               r"^(?:Captura de pantalla|Grabación de pantalla) <Y-M-D> a las? <H.M.S><ampm>",
               "Captura de pantalla 2026-13-05 a las 14.30.12.png"),
    Convention("macos-it", "macos", "Schermata 2026-11-05 alle 14.30.12.png", _DH,
               r"^(?:Schermata|Registrazione schermo) <Y-M-D> all(?:e |')<H.M.S>",
               "Schermata 2026-11-05 alle 14.30.png"),
    Convention("macos-pt", "macos", "Captura de Ecrã 2026-11-05 às 14.30.12.png", _DH,
               r"^(?:Captura de (?:<ecrã>|Tela)|Gravação (?:do <ecrã>|de Tela)) <Y-M-D> "
               r"(?:às|as|à) <H.M.S>", "Captura de Ecrã 2026-02-30 às 14.30.12.png"),
    Convention("macos-nl", "macos", "Schermafbeelding 2026-11-05 om 14.30.12.png", _DH,
               r"^(?:Schermafbeelding|Schermopname) <Y-M-D> om <H.M.S>",
               "Schermafbeelding 2026-11-05 om 25.30.12.png"),
    Convention("macos-pl", "macos", "Zrzut ekranu 2026-11-05 o 14.30.12.png", _DH,
               r"^(?:Zrzut ekranu|Nagranie ekranu) <Y-M-D> o <H.M.S>",
               "Zrzut ekranu 2026-11-05 o 14.30.99.png"),
    Convention("macos-tr", "macos", "Ekran Resmi 2026-11-05 14.30.12.png", _DH,
               r"^(?:Ekran Resmi|Ekran Kayd\u0131) <Y-M-D> <H.M.S><ampm>",
               "Ekran Resmi 1989-11-05 14.30.12.png"),
    Convention("macos-ar", "macos", "لقطة شاشة 2026-11-05 في 2.30.12 م.png", _DH,
               r"^(?:لقطة شاشة|تسجيل الشاشة) <Y-M-D> (?:في )?<H.M.S><ampm>",
               "لقطة شاشة 2026-11-05 في 14.30.12 م.png"),
    # Windows Snipping Tool (German and Italian Windows also write "Screenshot")
    Convention("windows-snip-fr", "windows", "Capture d'écran 2026-11-05 143012.png", _DH,
               r"^Capture d'<écran> <Y-M-D> <HMS>", "Capture d'écran 2026-11-05 1430.png"),
    Convention("windows-snip-en", "windows", "Screenshot 2026-11-05 143012.png", _DH,
               r"^(?:Screenshot|Screen Recording) <Y-M-D> <HMS>",
               "Screenshot 2026-11-05 146012.png"),
    Convention("windows-snip-es", "windows", "Captura de pantalla 2026-11-05 143012.png", _DH,
               r"^Captura de pantalla <Y-M-D> <HMS>", "Captura de pantalla 2026-11-05.png"),
    Convention("windows-snip-pt", "windows", "Captura de ecrã 2026-11-05 143012.png", _DH,
               r"^Captura de (?:<ecrã>|tela) <Y-M-D> <HMS>",
               "Captura de ecrã 2026-11-31 143012.png"),
    Convention("windows-snip-nl", "windows", "Schermafbeelding 2026-11-05 143012.png", _DH,
               r"^Schermafbeelding <Y-M-D> <HMS>", "Schermafbeelding 2026-11-05 240012.png"),
    Convention("windows-snip-pl", "windows", "Zrzut ekranu 2026-11-05 143012.png", _DH,
               r"^Zrzut ekranu <Y-M-D> <HMS>", "Zrzut ekranu 2026-00-05 143012.png"),
    Convention("windows-snip-tr", "windows", "Ekran görüntüsü 2026-11-05 143012.png", _DH,
               r"^Ekran görüntüsü <Y-M-D> <HMS>", "Ekran görüntüsü 2026-11-05 143060.png"),
    Convention("windows-snip-ar", "windows", "لقطة شاشة 2026-11-05 143012.png", _DH,
               r"^لقطة شاشة <Y-M-D> <HMS>", "لقطة شاشة 2026-11-05 14301.png"),
    # GNOME Screenshot (older "from", newer "From"), in each language's words
    Convention("gnome-en", "gnome", "Screenshot from 2026-11-05 14-30-12.png", _DH,
               r"^Screen(?:shot|cast) from <Y-M-D> <H-M-S>",
               "Screenshot from 2026-11-05 14-30.png"),
    Convention("gnome-fr", "gnome", "Capture d’écran du 2026-11-05 14-30-12.png", _DH,
               r"^(?:Capture|Enregistrement) d'<écran> du <Y-M-D> <H-M-S>",
               "Capture d’écran du 2026-11-05 14-30-62.png"),
    Convention("gnome-de", "gnome", "Bildschirmfoto vom 2026-11-05 14-30-12.png", _DH,
               r"^(?:Bildschirmfoto|Bildschirmaufnahme) vom <Y-M-D> <H-M-S>",
               "Bildschirmfoto vom 2026-11-05 24-30-12.png"),
    Convention("gnome-es", "gnome", "Captura de pantalla de 2026-11-05 14-30-12.png", _DH,
               r"^Captura de pantalla de <Y-M-D> <H-M-S>",
               "Captura de pantalla de 2026-11-05.png"),
    Convention("gnome-it", "gnome", "Schermata del 2026-11-05 14-30-12.png", _DH,
               r"^Schermata del <Y-M-D> <H-M-S>", "Schermata del 2026-11-05 14-3-12.png"),
    Convention("gnome-pt", "gnome", "Captura de ecrã de 2026-11-05 14-30-12.png", _DH,
               r"^Captura de (?:<ecrã>|tela) de <Y-M-D> <H-M-S>",
               "Captura de ecrã de 2026-11-05 99-30-12.png"),
    Convention("gnome-nl", "gnome", "Schermafdruk van 2026-11-05 14-30-12.png", _DH,
               r"^Schermafdruk van <Y-M-D> <H-M-S>", "Schermafdruk van 2026-11-5 14-30-12.png"),
    Convention("gnome-pl", "gnome", "Zrzut ekranu z 2026-11-05 14-30-12.png", _DH,
               r"^Zrzut ekranu z <Y-M-D> <H-M-S>", "Zrzut ekranu z 2026-11-05 14-30-1.png"),
    # Messaging apps' saved media
    Convention("whatsapp", "whatsapp", "WhatsApp Image 2026-11-05 at 14.30.12.jpeg", _DH,
               r"^WhatsApp (?:Image|Video|Audio|Document|Sticker|GIF|Ptt) <Y-M-D> <at> "
               r"<H.M.S><ampm>", "WhatsApp Image 2026-11-05 at 14.30.12 PM.jpeg",
               platform="WhatsApp"),
    Convention("whatsapp-day", "whatsapp-day", "IMG-20261105-WA0003.jpg", _D,
               r"^(?:IMG|VID|AUD|PTT|DOC|STK)-<YMD>-WA\d+", "IMG-20261105.jpg",
               precision=DAY, platform="WhatsApp"),
    Convention("telegram-desktop", "telegram", "photo_2026-11-05_14-30-12.jpg", _DH,
               r"^(?:photo|video|file)_<Y-M-D>_<H-M-S>", "photo_2026-11-05.jpg",
               platform="Telegram"),
    Convention("signal", "signal", "signal-2026-11-05-143012.jpg", _DH,
               r"^signal-<Y-M-D>-<H-?M-?S>", "signal-2026-11-05.jpg", platform="Signal"),
    # Any other name with an ISO-like date and time, or a day alone. No literal space in
    # the first: _rx would rewrite it inside the character class.
    Convention("generic", "generic", "log_2026-11-05T14:30:12.txt", _DH,
               r"(?<!\d)<Y-M-D>[\s_T-](?P<h>\d\d)[.:h-]?(?P<mi>\d\d)(?:[.:-]?(?P<s>\d\d))?"
               r"(?!\d)(?P<tz>Z(?![a-z])|[+-]\d\d:\d\d|\+\d{4})?", "log_2026-11-05T14.txt",
               zone=STATED),
    Convention("generic-compact", "generic", "rec-20261105-143012.amr", _DH,
               r"(?<!\d)<YMD>[_-]<HMS>(?!\d)", "rec-20261105-1430.amr"),
    Convention("date-only", "date-only", "plainte 2026-11-05.odt", _D,
               r"(?<!\d)<Y-M-D>(?!\d)", "plainte 20261105.odt", precision=DAY),
)

# Android package ids, and the app each names. Checked in order: "org.telegram.messenger"
# is Telegram, "com.facebook.orca" is Messenger, "com.facebook.katana" is Facebook.
_APPS = (
    ("telegram", "Telegram"), ("orca", "Messenger"), ("messenger", "Messenger"),
    ("katana", "Facebook"), ("facebook", "Facebook"), ("instagram", "Instagram"),
    ("whatsapp", "WhatsApp"), ("twitter", "Twitter"), ("snapchat", "Snapchat"),
    ("tiktok", "TikTok"), ("musically", "TikTok"), ("zhiliao", "TikTok"), ("trill", "TikTok"),
    ("discord", "Discord"), ("linkedin", "LinkedIn"),
)


def by_name(name: str) -> Convention | None:
    """The table's row called ``name`` (as stored in the metadata), if any."""
    return next((row for row in CONVENTIONS if row.name == name), None)


def record(named: NamedDate) -> str:
    """How the import keeps what a name said, as the "capture.filename" metadata value:
    "2026-11-05T14:30:12+01:00 (macos-fr)"."""
    return f"{to_iso(named.at)} ({named.convention})"


def recorded(value: str) -> Convention | None:
    """The convention a "capture.filename" value names, if the table knows it."""
    _, _, convention = value.partition(" ")
    return by_name(convention.strip("()"))


def from_filename(name: str) -> NamedDate | None:
    """The capture time a file name states, by the first convention it fits; never raises.

    Only the last path component is read. A name that states a day but no time gives
    midnight with a day precision (see ``NamedDate.whole_day``); a name that is known to
    carry no date (an iPhone's IMG_1234) gives None, as does an unknown one.
    """
    found = _first_fit(name)
    return found[1] if found else None


def convention_of(name: str) -> Convention | None:
    """The convention a file name follows, including those that state no date."""
    found = _first_fit(name)
    return found[0] if found else None


def _first_fit(name: str) -> tuple[Convention, NamedDate | None] | None:
    if not isinstance(name, str):
        return None
    name = _clean(name)
    for row, pattern in _COMPILED:
        for match in pattern.finditer(name):
            if row.precision == NONE:
                return row, None
            try:
                moment = _BUILDS[row.zone](match)
            except (ValueError, OverflowError, OSError):
                continue  # an impossible date: another convention may still fit
            app = match.groupdict().get("app")
            seconds = match.groupdict().get("s")
            precision = MINUTE if row.precision == SECOND and not seconds else row.precision
            return row, NamedDate(moment, row.name, _app_name(app) if app else row.platform,
                                  precision)
    return None


def _compiled(pattern: str) -> re.Pattern[str]:
    # Names that went through an upload or a sanitiser often have "_" for each space.
    pattern = pattern.replace(" ", "[ _]")
    for part, expansion in _PARTS.items():
        pattern = pattern.replace(part, expansion)
    return re.compile(pattern, re.IGNORECASE)


_COMPILED = tuple((row, _compiled(row.pattern)) for row in CONVENTIONS)


def _wall_clock(match: re.Match[str]) -> datetime:
    """The naive time a match states; ValueError if it is impossible or out of range."""
    parts = match.groupdict()
    year, hour = int(parts["y"]), int(parts.get("h") or 0)
    if not 1990 <= year <= 2100:
        raise ValueError(f"year {year} is outside 1990..2100")
    if parts.get("ampm"):
        if not 1 <= hour <= 12:
            raise ValueError(f"hour {hour} on a 12-hour clock")
        hour = hour % 12 + (12 if parts["ampm"].lower() in _PM else 0)
    return datetime(year, int(parts["mo"]), int(parts["d"]), hour,
                    int(parts.get("mi") or 0), int(parts.get("s") or 0))


def _local(match: re.Match[str]) -> datetime:
    return localize(_wall_clock(match))


def _stated(match: re.Match[str]) -> datetime:
    """A wall-clock time, local unless the name states an offset."""
    offset = match.groupdict().get("tz")
    zone = offset_zone(offset) if offset else None
    naive = _wall_clock(match)
    return naive.replace(tzinfo=zone) if zone else localize(naive)


def _utc(match: re.Match[str]) -> datetime:
    """A time the name states in UTC (Pixel camera), shown in local time."""
    return _wall_clock(match).replace(tzinfo=UTC).astimezone()


_BUILDS: dict[str, Callable[[re.Match[str]], datetime]] = {
    LOCAL: _local, STATED: _stated, IN_UTC: _utc}


def _app_name(label: str) -> str:
    """The app a name's suffix means: a display name as is, a package id by its table entry."""
    label = label.strip()
    if "." not in label:
        return label
    words = label.lower()
    return next((app for key, app in _APPS if key in words), label)


# Real names carry typographic apostrophes, macOS puts U+202F before AM/PM, and Arabic
# names carry direction marks and may be written with Arabic-Indic digits.
_LOOKALIKES = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u202f": " ", "\u00a0": " ", "\u2009": " ",
    **{mark: None for mark in ("\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c",
                               "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069")},
    **{chr(0x0660 + digit): str(digit) for digit in range(10)},
    **{chr(0x06F0 + digit): str(digit) for digit in range(10)},
})


def _clean(name: str) -> str:
    """The last path component, composed (macOS file systems hand out NFD), plain marks."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    return name.translate(_LOOKALIKES)

"""How an item is described to the person: its kind, flags, dates, date sources and size in
her words, with their icons. The evidence table, the detail pane, the timeline and every
viewer use these words, so an item is described the same way everywhere."""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from typing import cast

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtGui import QColor, QIcon

from app.importing.formats import base

# A bare name pyside6-lupdate recognises, so every string below reaches the .ts files.
translate = QCoreApplication.translate


def kind_text(kind: str) -> str:
    """The kind of an item in the user's words."""
    return {
        "image": translate("Evidence", "Picture"),
        "pdf": translate("Evidence", "PDF document"),
        "email": translate("Evidence", "E-mail"),
        "chat": translate("Evidence", "Conversation"),
        "message": translate("Evidence", "Message"),
        "web": translate("Evidence", "Web page"),
        "text": translate("Evidence", "Text"),
        "audio": translate("Evidence", "Sound recording"),
        "video": translate("Evidence", "Video"),
        "other": translate("Evidence", "Other file"),
    }.get(kind, kind)


KIND_ICONS = {
    "image": "fa6s.image", "pdf": "fa6s.file-pdf", "email": "fa6s.envelope",
    "chat": "fa6s.comments", "message": "fa6s.comment", "web": "fa6s.globe",
    "text": "fa6s.file-lines", "audio": "fa6s.microphone", "video": "fa6s.film",
}


@cache
def kind_icon(kind: str) -> QIcon:
    # qtawesome reads the palette's text colour when it paints: dark themes just work.
    return cast(QIcon, qta.icon(KIND_ICONS.get(kind, "fa6s.file")))  # qtawesome: untyped


def flag_text(flag: str) -> str:
    """A flag in a few words."""
    return {
        base.GPS: translate("Evidence", "Shows where it was taken"),
        base.DAMAGED: translate("Evidence", "Damaged"),
        base.PASSWORD_PROTECTED: translate("Evidence", "Locked with a password"),
        base.DUPLICATE: translate("Evidence", "Same file as another item"),
        base.UNREADABLE: translate("Evidence", "Cannot be shown"),
        base.EMPTY: translate("Evidence", "Empty"),
        base.TRUNCATED: translate("Evidence", "Parts left inside"),
        base.ERASED: translate("Evidence", "Unsent or erased"),
        base.EDITED: translate("Evidence", "Edited"),
    }.get(flag, flag)


def flag_explanation(flag: str) -> str:
    """A flag and what it means for the user, in one sentence."""
    return {
        base.GPS: translate("Evidence", "Shows where it was taken: the file holds a GPS "
                                        "position. Think before sharing the file itself."),
        base.DAMAGED: translate("Evidence", "Damaged: the file is cut short or broken. It is "
                                            "kept exactly as it arrived."),
        base.PASSWORD_PROTECTED: translate("Evidence", "Locked with a password: it is kept "
                                                       "unchanged, but Dossier cannot show it."),
        base.DUPLICATE: translate("Evidence", "The same file as another item of the case."),
        base.UNREADABLE: translate("Evidence", "Cannot be shown: Dossier could not read its "
                                               "content. It is kept exactly as it arrived."),
        base.EMPTY: translate("Evidence", "Empty: there is nothing in it."),
        base.TRUNCATED: translate("Evidence", "Parts left inside: it holds more parts than "
                                              "one file may give. They are kept inside its "
                                              "original; its details say why."),
        base.ERASED: translate("Evidence", "Unsent or erased: the sender withdrew this "
                                           "message; the platform's export kept its trace."),
        base.EDITED: translate("Evidence", "Edited: the message was changed after it was "
                                           "sent."),
    }.get(flag, flag)


_FLAG_ICONS = {
    base.GPS: ("fa6s.location-dot", "#d9822b"), base.DAMAGED: ("fa6s.heart-crack", "#c0392b"),
    base.PASSWORD_PROTECTED: ("fa6s.lock", None), base.DUPLICATE: ("fa6s.clone", None),
    base.UNREADABLE: ("fa6s.eye-slash", "#c0392b"), base.EMPTY: ("fa6s.ban", None),
    base.TRUNCATED: ("fa6s.scissors", None), base.ERASED: ("fa6s.eraser", None),
    base.EDITED: ("fa6s.pen", None),
}


@cache
def flag_icon(flag: str) -> QIcon:
    name, color = _FLAG_ICONS.get(flag, ("fa6s.circle-exclamation", None))
    icon = qta.icon(name, color=QColor(color)) if color else qta.icon(name)
    return cast(QIcon, icon)  # qtawesome is untyped


# Best evidence of the time first (app/importing/formats/base.py); "set by you" counts as sure.
_SOURCE_ORDER = (base.USER, base.EXIF, base.EMAIL_HEADER, base.EXPORT_RECORD, base.CHAT_LINE,
                 base.SMS_RECORD,
                 base.PDF_INFO, base.PDF_XMP, base.WEB_PAGE, base.FILENAME, base.CLIPBOARD,
                 base.FILE_TIME, base.IMPORT_TIME)
WEAK_SOURCES = frozenset({base.FILE_TIME, base.IMPORT_TIME})


def source_rank(source: str) -> int:
    """0 for the surest way of knowing a date, higher for less sure ones."""
    return _SOURCE_ORDER.index(source) if source in _SOURCE_ORDER else len(_SOURCE_ORDER)


def naming_text(family: str) -> str:
    """What wrote a file name a date was read from (a ``file_names`` family), "" if the
    name was only a date."""
    return {
        "android": translate("Evidence", "Android screenshot"),
        "kde": translate("Evidence", "KDE screenshot"),
        "macos": translate("Evidence", "macOS screenshot or screen recording"),
        "windows": translate("Evidence", "Windows screenshot"),
        "gnome": translate("Evidence", "GNOME screenshot"),
        "pixel-camera": translate("Evidence", "Pixel camera, in UTC"),
        "android-camera": translate("Evidence", "Android camera"),
        "samsung-camera": translate("Evidence", "Samsung camera"),
        "windows-camera": translate("Evidence", "Windows Camera app"),
        "whatsapp": translate("Evidence", "WhatsApp media"),
        "whatsapp-day": translate("Evidence", "WhatsApp media, day only"),
        "telegram": translate("Evidence", "Telegram Desktop media"),
        "signal": translate("Evidence", "Signal media"),
        "date-only": translate("Evidence", "day only"),
    }.get(family, "")


def source_text(source: str) -> str:
    """How the capture date is known, in plain words."""
    return {
        base.FILENAME: translate("Evidence", "from the file name"),
        base.EXIF: translate("Evidence", "from the photo (EXIF)"),
        base.EMAIL_HEADER: translate("Evidence", "from the e-mail header"),
        base.CHAT_LINE: translate("Evidence", "from the chat"),
        base.SMS_RECORD: translate("Evidence", "from the SMS backup"),
        base.EXPORT_RECORD: translate("Evidence", "from the platform's data export"),
        base.PDF_INFO: translate("Evidence", "from the PDF"),
        base.PDF_XMP: translate("Evidence", "from the PDF"),
        base.WEB_PAGE: translate("Evidence", "from the web page"),
        base.CLIPBOARD: translate("Evidence", "when you pasted it"),
        base.USER: translate("Evidence", "set by you"),
        base.FILE_TIME: translate("Evidence", "from the file's date, less reliable"),
        base.IMPORT_TIME: translate("Evidence", "from the import time, least reliable"),
    }.get(source, source)


def source_explanation(source: str) -> str:
    """How sure the date is, in one sentence."""
    if source == base.FILE_TIME:
        return translate("Evidence", "The date the file was last changed on a computer: "
                                     "copying a file can change it. Correct it if you know "
                                     "better.")
    if source == base.IMPORT_TIME:
        return translate("Evidence", "Nothing in the file said when it was captured: this is "
                                     "when you added it. Correct it if you know better.")
    return translate("Evidence", "Capture date: %1.").replace("%1", source_text(source))


def moment_text(iso: str) -> str:
    """A stored time in the locale's format and in the offset it was stated in, e.g.
    "5 nov. 2026 22:41 UTC+1"; text that is not a time is returned as it is."""
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    offset = moment.utcoffset()
    seconds = int(offset.total_seconds()) if offset is not None else 0
    shown = QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute, moment.second),
                      QTimeZone.fromSecondsAheadOfUtc(seconds))
    locale = QLocale()
    return f"{locale.toString(shown, _moment_format(locale.name()))} {_zone_text(seconds)}"


@cache
def _moment_format(locale_name: str) -> str:
    locale = QLocale(locale_name)
    return f"{_day_format(locale_name)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


@cache
def _day_format(locale_name: str) -> str:
    # The locale's long date without the weekday and with a short month name:
    # "dddd d MMMM yyyy" (fr) becomes "d MMM yyyy", "dddd, MMMM d, yyyy" (en) "MMM d, yyyy".
    day = re.sub(r"d{4}[,.]?\s*", "", QLocale(locale_name).dateFormat(
        QLocale.FormatType.LongFormat))
    return day.replace("MMMM", "MMM").strip(" ,")


def day_format() -> str:
    """The Qt format of a day, as the app writes days everywhere ("d MMM yyyy" in French),
    for date fields to show days the same way as the lists."""
    return _day_format(QLocale().name())


def day_text(moment: datetime) -> str:
    """The day of ``moment`` on the person's own clock, as dates are written everywhere
    else in the app ("5 déc. 2026", "Dec 5, 2026")."""
    local = moment.astimezone()
    locale = QLocale()
    return locale.toString(QDate(local.year, local.month, local.day),
                           _day_format(locale.name()))


def clock_text(moment: datetime) -> str:
    """The time of day of ``moment`` on the person's own clock ("21:04", "9:04 PM")."""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute),
                              QLocale.FormatType.ShortFormat)


def _zone_text(seconds: int) -> str:
    if seconds == 0:
        return "UTC"
    sign = "+" if seconds > 0 else "-"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


_BREAK_AFTER = re.compile(r"([_\-./\\])")
_LONG_RUN = re.compile(r"([^\s\u200b]{24})(?=[^\s\u200b])")


def breakable(name: str) -> str:
    """``name`` with invisible break points (after ``_-./`` and inside long runs), so a
    label can wrap a long file name instead of widening the window. For labels that
    cannot be copied from: the break points would travel with a copy."""
    return _LONG_RUN.sub("\\1\u200b", _BREAK_AFTER.sub("\\1\u200b", name))


def timestamp(iso: str) -> float:
    """Seconds since the epoch, for sorting; 0 for a time that cannot be read."""
    try:
        return datetime.fromisoformat(iso).timestamp()
    except (TypeError, ValueError):
        return 0.0


def size_text(size: int) -> str:
    """A size in the locale's words (kB, MB...)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)

"""WhatsApp chat exports (.txt): one child item per message, with its author and time.

Three line layouts are read: Android European ``05/11/2026 22:41 - Name: text`` (also
``05/11/2026, 22:41``), Android US ``11/7/26, 10:02 PM - Name: text`` and iOS
``[05/11/2026 22:41:07] Name: text``. Whether dates are day-first or month-first is decided
once for the whole file, from the data. Times carry no zone: they are local wall-clock times.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePath

from app.common.dates import localize, to_iso
from app.common.roles import SENT, chat_direction
from app.importing.formats.base import (
    CHAT_LINE,
    EMPTY,
    Capture,
    Child,
    Extraction,
    Source,
    read_safely,
)

PLATFORM = "WhatsApp"
MAX_BYTES = 64 * 1024 * 1024
MAX_MESSAGES = 100_000
MAX_LINE = 64 * 1024  # characters kept of one line
MAX_AUTHOR = 128

# \s also matches U+202F and U+00A0, which recent exports put before AM/PM.
_STAMP = re.compile(
    r"^\u200e?(?P<bracket>\[)?"
    r"(?P<a>\d{1,4})[/.\-](?P<b>\d{1,2})[/.\-](?P<c>\d{1,4})\.?(?P<comma>,)?\s+"
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d\d)(?:[:.](?P<second>\d\d))?"
    r"(?:\s*(?P<ampm>[AaPp])\.?\s?[Mm]\.?)?"
    r"(?(bracket)\]\s|\s+[-\u2013]\s)(?P<rest>.*)$"
)
_NOTICE = re.compile(r"end-to-end encrypted|chiffrés de bout en bout", re.IGNORECASE)
_MEDIA_OMITTED = re.compile(
    r"^(?:<(?:Médias omis|Media omitted|Médias absents)>"
    r"|(?:image|video|vidéo|audio|sticker|autocollant|GIF|document)"
    r" (?:omitted|omise?|omis|absente?))$",
    re.IGNORECASE,
)
_DELETED = re.compile(
    r"^(?:Ce message a été supprimé|This message was deleted"
    r"|Vous avez supprimé ce message|You deleted this message)\.?$",
    re.IGNORECASE,
)
_ATTACHED = re.compile(
    r"^<(?:attached|pièce jointe)\s?:\s?(.+)>$|^(.+) \((?:file attached|fichier joint)\)$"
)
_CHAT_NAME = re.compile(r"^(?:Discussion WhatsApp avec|WhatsApp Chat with|WhatsApp Chat -)\s+(.+)$")

_ORDERS = {"dmy": "day/month/year", "mdy": "month/day/year", "ymd": "year/month/day"}


@dataclass
class _Message:
    at: datetime
    author: str
    text: list[str]
    raw: list[str] = field(default_factory=list)


def read(source: Source) -> Extraction:
    """Describe one chat export; never raises, a broken file is flagged instead."""
    return read_safely(lambda found: _read_into(found, source), "chat.error", platform=PLATFORM)


def _read_into(found: Extraction, source: Source) -> None:
    lines = _lines(found, _bounded_bytes(found, source))
    found.text = "\n".join(lines)
    if not found.text.strip():
        found.flags.add(EMPTY)
        return
    found.title, name = _chat_name(source.name)
    found.add("chat.name", name)
    order = _date_order(lines)
    found.add("chat.date_order", _ORDERS[order])
    messages = _messages(found, lines, order)
    _describe(found, messages)
    found.children = [_child(number, message, name)
                      for number, message in enumerate(messages, 1)]
    _exporter(found, messages, name)


def _bounded_bytes(found: Extraction, source: Source) -> bytes:
    """At most MAX_BYTES of the export; a longer one is cut and the cut recorded."""
    with source.open() as stream:
        data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        found.add("chat.truncated", f"only the first {MAX_BYTES // (1024 * 1024)} MiB were read")
        data = data[:MAX_BYTES]
    return data


def _lines(found: Extraction, data: bytes) -> list[str]:
    """The export's lines, each at most MAX_LINE characters long."""
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    text = data.decode("utf-16" if utf16 else "utf-8-sig", "replace")
    # Not str.splitlines: U+2028 and friends inside a message do not end it.
    lines = re.split(r"\r\n|\r|\n", text)
    if lines and lines[-1] == "":
        lines.pop()
    cut = sum(1 for line in lines if len(line) > MAX_LINE)
    found.add("chat.lines_cut", cut or None)
    return [line[:MAX_LINE] for line in lines] if cut else lines


def _chat_name(file_name: str) -> tuple[str, str]:
    """The title and the other party's name that WhatsApp puts in the export's file name."""
    stem = PurePath(file_name).stem
    match = _CHAT_NAME.match(stem)
    return (stem, match.group(1)) if match else ("", "")


def _date_order(lines: list[str]) -> str:
    """``dmy``, ``mdy`` or ``ymd`` for the whole file: a field above 12 settles it."""
    stamps = [match for line in lines if (match := _STAMP.match(line))]
    if any(len(match["a"]) == 4 for match in stamps):
        return "ymd"
    day_first = sum(1 for match in stamps if int(match["a"]) > 12)
    month_first = sum(1 for match in stamps if int(match["b"]) > 12)
    if day_first != month_first:
        return "dmy" if day_first > month_first else "mdy"
    us_style = any(match["comma"] and match["ampm"] for match in stamps)
    return "mdy" if us_style else "dmy"


def _moment(match: re.Match[str], order: str) -> datetime | None:
    """The local time a timestamp states, or None when it is not a real date and time."""
    a, b, c = int(match["a"]), int(match["b"]), int(match["c"])
    year, month, day = {"dmy": (c, b, a), "mdy": (c, a, b), "ymd": (a, b, c)}[order]
    hour = int(match["hour"])
    if match["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ampm"] in "Pp" else 0)
    try:
        naive = datetime(year + 2000 if year < 100 else year, month, day,
                         hour, int(match["minute"]), int(match["second"] or 0))
    except ValueError:
        return None
    return localize(naive)


def _messages(found: Extraction, lines: list[str], order: str) -> list[_Message]:
    """The messages in file order; a line without a timestamp continues the line before."""
    messages: list[_Message] = []
    current: _Message | None = None
    for line in lines:
        match = _STAMP.match(line)
        moment = _moment(match, order) if match else None
        if match is None or moment is None:
            if current is not None:
                current.raw.append(line)
                current.text.append(line)
            continue
        current = _start(match, moment, line)
        if current is not None:
            if len(messages) >= MAX_MESSAGES:
                found.add("chat.truncated", f"only the first {MAX_MESSAGES} messages were read")
                break
            messages.append(current)
    return messages


def _start(match: re.Match[str], moment: datetime, line: str) -> _Message | None:
    """The message a timestamped line opens, or None for a system notice."""
    rest = match["rest"]
    author, separator, text = rest.partition(": ")
    # "Name: text" has no space before the colon; French notices do ("sujet : ...").
    if not separator or author != author.rstrip() or len(author) > MAX_AUTHOR:
        return None
    author = author.lstrip("\u200e").strip()
    # iOS attributes its notices to the chat itself, marked with a left-to-right mark.
    if not author or ("\u200e" in rest and _NOTICE.search(text)):
        return None
    return _Message(at=moment, author=author, text=[text.lstrip("\u200e")], raw=[line])


def _describe(found: Extraction, messages: list[_Message]) -> None:
    authors = dict.fromkeys(message.author for message in messages)
    for author in authors:
        found.add("chat.participant", author)
    found.add("chat.message_count", len(messages))
    if messages:
        first = min(message.at for message in messages)
        found.add("chat.first_message", to_iso(first))
        found.add("chat.last_message", to_iso(max(message.at for message in messages)))
        found.capture = Capture(at=first, source=CHAT_LINE)


def _exporter(found: Extraction, messages: list[_Message], chat_with: str) -> None:
    """The chat is *with* the person its file name names, so any other author is the one
    who exported it: the victim (a group chat names no one, and says nothing)."""
    if chat_with:
        for author in dict.fromkeys(m.author for m in messages):
            if chat_direction(author, chat_with) == SENT:
                found.add("chat.exporter", author)


def _child(number: int, message: _Message, chat_with: str) -> Child:
    """One message as its own item: its raw lines as data, its reading as ``found``."""
    text = "\n".join(message.text)
    found = Extraction(text=text, platform=PLATFORM, capture=Capture(message.at, CHAT_LINE))
    found.add("message.author", message.author)
    if chat_with:
        found.add("message.direction", chat_direction(message.author, chat_with))
    found.add("message.index", number)
    if _MEDIA_OMITTED.match(text.strip()):
        found.add("message.media_omitted", "yes")
    if _DELETED.match(text.strip()):
        found.add("message.deleted", "yes")
    if attached := _ATTACHED.match(text.strip()):
        found.add("message.attachment", attached.group(1) or attached.group(2))
    data = "\n".join(message.raw).encode("utf-8", "replace")
    return Child(name=f"message {number}", data=data, kind="message", found=found)

"""SMS Backup & Restore XML (``<smses>``): one child item per text message.

The file is parsed as a stream with defusedxml (no DTD, no entity expansion, no external
fetch), at most MAX_BYTES of it, so a hostile or huge backup cannot exhaust memory.
Messages read before a parse error are kept, and the file is flagged damaged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import BinaryIO
from xml.etree.ElementTree import Element, ParseError, canonicalize, tostring

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from app.common.dates import localize, to_iso
from app.importing.formats.base import (
    DAMAGED,
    EMPTY,
    SMS_RECORD,
    UNREADABLE,
    Capture,
    Child,
    Extraction,
    Source,
    read_safely,
)

PLATFORM = "SMS"
MAX_BYTES = 256 * 1024 * 1024
MAX_MESSAGES = 100_000
# Elements open at once. A backup nests four deep (smses, mms, parts, part); a message
# nested thousands deep would defeat the serialiser, which recurses, and lose every message.
MAX_DEPTH = 32

# SMS "type" and MMS "msg_box" share Android's Telephony numbering.
_DIRECTIONS = {"1": "received", "2": "sent", "3": "draft", "4": "outbox", "5": "failed",
               "6": "queued"}
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# What the app writes when the phone had no contact for the number: not a name.
_NO_CONTACT = {"", "(Unknown)", "null"}
# readable_date as the app writes it in French or English: "10 nov. 2026 22:00:00",
# "Nov 10, 2026 10:00:00 PM" or "10 Nov 2026 22:00:00".
_READABLE = re.compile(
    r"(?:(?P<day>\d{1,2})\s+(?P<month>[^\W\d]+)\.?|(?P<month2>[^\W\d]+)\.?\s+(?P<day2>\d{1,2}),?)"
    r"\s+(?P<year>\d{4}),?\s+(?P<hour>\d{1,2}):(?P<minute>\d\d)(?::(?P<second>\d\d))?"
    r"\s*(?P<half>[AaPp][Mm])?")
_MONTHS = {name: number for number, names in enumerate((
    ("jan", "janv", "janvier", "january"), ("feb", "fev", "févr", "février", "february", "fevr"),
    ("mar", "mars", "march"), ("apr", "avr", "avril", "april"), ("may", "mai"),
    ("jun", "juin", "june"), ("jul", "juil", "juillet", "july"), ("aug", "août", "aout", "august"),
    ("sep", "sept", "septembre", "september"), ("oct", "octobre", "october"),
    ("nov", "novembre", "november"), ("dec", "déc", "décembre", "december")), start=1)
    for name in names}
_TEXT_PART = "text/plain"
_LAYOUT_PART = "application/smil"


class _Bounded:
    """A read-only stream that ends after ``limit`` bytes, remembering if it was cut."""

    def __init__(self, stream: BinaryIO, limit: int) -> None:
        self.stream, self.left, self.cut = stream, limit, False

    def read(self, size: int = -1) -> bytes:
        want = self.left + 1 if size < 0 else min(size, self.left + 1)
        data = self.stream.read(want)
        if len(data) > self.left:
            self.cut, data = True, data[: self.left]
        self.left -= len(data)
        return data


def read(source: Source) -> Extraction:
    """Describe one SMS backup; never raises, a malformed or hostile file is flagged instead."""
    return read_safely(lambda found: _read_into(found, source), "sms.error", platform=PLATFORM)


def _read_into(found: Extraction, source: Source) -> None:
    if source.size == 0:
        found.flags.add(EMPTY)
        return
    with source.open() as raw:
        found.children = _parse(found, _Bounded(raw, MAX_BYTES))
    _describe(found, [child.found for child in found.children if child.found])


def _parse(found: Extraction, stream: _Bounded) -> list[Child]:
    """One child per message, in file order, up to the first parse error."""
    children: list[Child] = []
    skipped = 0
    try:
        for element in _records(found, stream):
            if len(children) >= MAX_MESSAGES:
                found.add("sms.truncated", f"only the first {MAX_MESSAGES} messages were read")
                break
            child = _child(len(children) + 1, element)
            skipped += child is None
            children += [child] if child else []
    except DefusedXmlException as error:
        found.flags.add(UNREADABLE)
        found.add("sms.refused", f"forbidden XML construct: {type(error).__name__}")
    except ParseError as error:
        _parse_failed(found, stream, error)
    found.add("sms.mms_skipped", skipped or None)
    return children


def _parse_failed(found: Extraction, stream: _Bounded, error: ParseError) -> None:
    if stream.cut:  # our own limit ended the XML, not a fault of the file
        found.add("sms.truncated", f"only the first {MAX_BYTES // (1024 * 1024)} MiB were read")
    else:
        found.flags.add(DAMAGED)
        found.add("sms.error", f"XML error: {error}")


def _records(found: Extraction, stream: _Bounded) -> Iterator[Element]:
    """The ``sms`` and ``mms`` elements directly under the ``smses`` root, one at a time."""
    depth, root = 0, None
    events = iterparse(stream, events=("start", "end"), forbid_dtd=True)
    for event, element in events:
        depth += 1 if event == "start" else -1
        if depth > MAX_DEPTH:
            found.flags.add(DAMAGED)
            found.add("sms.error", f"elements nested more than {MAX_DEPTH} deep")
            return
        if root is None:
            root = element
            if not _accept_root(found, root):
                return
        elif event == "end" and depth == 1 and element.tag in ("sms", "mms"):
            yield element
            root.remove(element)  # keeps memory flat on large backups


def _accept_root(found: Extraction, root: Element) -> bool:
    if root.tag != "smses":
        found.flags.add(UNREADABLE)
        found.add("sms.error", f"not an SMS backup: root element <{root.tag[:64]}>")
        return False
    found.add("sms.declared_count", root.get("count"))
    backup = _moment(root.get("backup_date"))
    found.add("sms.backup_date", to_iso(backup) if backup else None)
    return True


def _moment(epoch_ms: str | None) -> datetime | None:
    """Epoch milliseconds (UTC) as a local, zone-aware time; None when not a time."""
    try:
        moment = _EPOCH + timedelta(milliseconds=int(epoch_ms or ""))
    except (ValueError, OverflowError):
        return None
    return moment.astimezone()


def _message(element: Element) -> Extraction | None:
    """What one ``sms`` or ``mms`` element says; None for an MMS without text."""
    text = element.get("body", "") if element.tag == "sms" else _mms_text(element)
    if text is None:
        return None
    direction = element.get("type") if element.tag == "sms" else element.get("msg_box")
    found = Extraction(text=text, platform=PLATFORM)
    moment = _moment(element.get("date"))
    shown = _readable(element.get("readable_date", ""))
    conflict = _date_conflict(moment, shown)
    # On a conflict, the date the phone showed wins: it is what the person saw and what
    # their screenshots show; the flag and the note keep the other value for the record.
    chosen = shown if conflict else moment or shown
    found.capture = Capture(at=chosen, source=SMS_RECORD) if chosen else None
    found.add("message.address", element.get("address"))
    contact = element.get("contact_name", "")
    found.add("message.contact_name", None if contact in _NO_CONTACT else contact)
    found.add("message.direction", _DIRECTIONS.get(direction or "", direction))
    found.add("message.readable_date", element.get("readable_date"))
    found.add("message.date_conflict", conflict)
    if element.tag == "mms":
        found.add("message.mms_parts_omitted", _media_parts(element) or None)
    return found


def _readable(text: str) -> datetime | None:
    """The phone's own rendering of the date, as a local wall-clock time, if it parses."""
    match = _READABLE.search(text)
    if not match:
        return None
    parts = match.groupdict()
    month = _MONTHS.get((parts["month"] or parts["month2"] or "").lower())
    hour = int(parts["hour"]) % 12 + (12 if (parts["half"] or "").lower() == "pm" else 0) \
        if parts["half"] else int(parts["hour"])
    try:
        return localize(datetime(int(parts["year"]), month or 0, int(parts["day"] or parts["day2"]),
                                 hour, int(parts["minute"]), int(parts["second"] or 0)))
    except ValueError:
        return None


def _date_conflict(moment: datetime | None, shown: datetime | None) -> str | None:
    """A note when the app's own rendering of the date disagrees with ``date``.

    The app derives ``readable_date`` from ``date`` when it writes the backup, in the
    phone's zone. More than a day apart cannot be a zone difference: one of them was
    changed afterwards, and whoever reads the evidence must be told.
    """
    if moment is None or shown is None or abs(moment - shown) <= timedelta(days=1):
        return None
    return f"date says {to_iso(moment)}, readable_date says {to_iso(shown)}"


def _mms_text(element: Element) -> str | None:
    """The text parts of an MMS joined, or None when it has none."""
    texts = [part.get("text", "") for part in element.iter("part")
             if part.get("ct") == _TEXT_PART]
    return "\n".join(texts) if texts else None


def _media_parts(element: Element) -> int:
    return sum(1 for part in element.iter("part")
               if part.get("ct") not in (_TEXT_PART, _LAYOUT_PART))


def _describe(found: Extraction, messages: list[Extraction]) -> None:
    """The backup as a whole: who, how many, when, and a readable transcript."""
    for address in dict.fromkeys(_value(message, "message.address") for message in messages):
        found.add("chat.participant", address)
    found.add("chat.message_count", len(messages))
    conflicts = sum(1 for message in messages if _value(message, "message.date_conflict"))
    found.add("sms.date_conflicts", conflicts or None)
    times = [message.capture.at for message in messages if message.capture]
    if times:
        found.add("chat.first_message", to_iso(min(times)))
        found.add("chat.last_message", to_iso(max(times)))
        found.capture = Capture(at=min(times), source=SMS_RECORD)
    found.text = "\n".join(_transcript_line(message) for message in messages)


def _transcript_line(message: Extraction) -> str:
    when = to_iso(message.capture.at) if message.capture else "?"
    arrow = "→" if _value(message, "message.direction") == "sent" else "←"
    return f"{when} {arrow} {_value(message, 'message.address')}: {message.text}"


def _value(found: Extraction, key: str) -> str:
    return next((value for name, value in found.metadata if name == key), "")


def _child(number: int, element: Element) -> Child | None:
    """One message as its own item, its canonical XML as data; None for an MMS without text."""
    found = _message(element)
    if found is None:
        return None
    found.add("message.index", number)
    element.tail = None
    data = canonicalize(tostring(element, encoding="unicode")).encode("utf-8")
    return Child(name=f"message {number}", data=data, kind="message", found=found)

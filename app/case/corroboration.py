"""Corroboration (issue #15 §2): a screenshot whose text, read by OCR, is a message the
platform's own export (or a WhatsApp or SMS backup) also holds.

A court may doubt a screenshot: it can be faked. The same words in the platform's own
records answer that doubt. Nothing is stored: the matches are worked out again whenever
they are shown (the item's details, ``dossier show``, the report), so they always follow
the readings and imports of the moment, and no suggestion changes the case by itself.

The rule, decided once here and stated in the report:
- both texts are compared without case, accents (OCR drops most of them), punctuation
  spacing or repeated spaces; a clock time ending a line (a bubble's "15:30") is set apart;
- a message counts only with at least ``SHORTEST`` characters, so that "ok" or "oui"
  matches nothing;
- one line of the screenshot, or up to ``MOST_LINES`` consecutive lines (a long bubble
  wraps), must be at least ``SIMILAR`` alike to the message (difflib's ratio), which
  leaves room for OCR's small mistakes and none for a different sentence; a message of
  fewer than ``SHORT`` characters, where a few letters make another sentence, must be
  ``SIMILAR_SHORT`` alike;
- how strong it is: ``text`` alone; ``text_and_day`` when the screenshot's own date (its
  file name, EXIF...: not a file or import time) is the message's day in the case's zone;
  ``text_and_time`` when a clock time shown within ``NEAR`` lines of the matched text is
  the message's time, within ``CLOSE_MINUTES``, in the case's zone;
- a text sent more than once counts only where the time (else the day) picks out one
  message: "ok d'accord, à demain" said on three days corroborates none of them alone;
- a picture that came inside the same export as the message is not a corroboration of it.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from difflib import SequenceMatcher
from typing import Any

import sqlcipher3

from app.case import transcripts
from app.common import dates, roles
from app.importing.formats.base import ERASED

SHORTEST = 12  # characters of a message, once normalised
SIMILAR = 0.85
SHORT, SIMILAR_SHORT = 24, 0.92
MOST_LINES = 4
NEAR = 2  # lines above or below the matched text where its time is looked for
CLOSE_MINUTES = 5
SHARED_WORDS = 1 / 3  # of a line's words of 4 letters or more, found in the message
FEWEST_WORDS = 2  # such words in a line, to look messages up by them
TEXT, TEXT_AND_DAY, TEXT_AND_TIME = "text", "text_and_day", "text_and_time"
_STRENGTH_ORDER = (TEXT_AND_TIME, TEXT_AND_DAY, TEXT)
# A ratio of SIMILAR is out of reach when one text is shorter than this share of the other.
_LENGTH_SHARE = SIMILAR / (2 - SIMILAR)

# "15:30", "9h05", "6:30 PM"; not "05.11" (a date) nor a number's digits.
_CLOCK = re.compile(r"\b([01]?\d|2[0-3])\s?[:h]\s?([0-5]\d)(?:\s?([ap])\.?\s?m\b\.?)?",
                    re.IGNORECASE)
_CLOCK_AT_END = re.compile(r"\s*(?:[01]?\d|2[0-3])\s?[:h]\s?[0-5]\d(?:\s?[ap]\.?\s?m\.?)?$")
_SPACES = re.compile(r"\s+")
_LONG_WORD = re.compile(r"\w{4,}")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,.;:!?…])")


@dataclass(frozen=True)
class Corroboration:
    """One message a screenshot shows: which, where it was found, and how strongly."""

    screenshot_id: int
    message_id: int
    conversation_id: int  # the message's chat or conversation
    export_id: int  # the whole file it came in: the platform export, the chat export
    platform: str  # as the export names itself ("Instagram"), or ""
    message_at: str  # ISO 8601 with its offset, as the export states it
    ratio: float  # how alike the texts are, 0 to 1
    strength: str  # TEXT, TEXT_AND_DAY or TEXT_AND_TIME
    shown_time: str  # the clock time read near the text ("15:31"), or ""
    first_line: int = 0  # where the text is in the reading, counting its lines from 0

    def as_json(self) -> dict[str, Any]:
        return {"screenshot_id": self.screenshot_id, "message_id": self.message_id,
                "conversation_id": self.conversation_id, "export_id": self.export_id,
                "platform": self.platform, "message_at": self.message_at,
                "ratio": round(self.ratio, 3), "strength": self.strength,
                "shown_time": self.shown_time, "first_line": self.first_line}


@dataclass(frozen=True)
class _Message:
    id: int
    conversation_id: int
    export_id: int
    platform: str
    at: str
    text: str  # normalised


@dataclass(frozen=True)
class _Picture:
    id: int
    export_id: int
    captured_at: str
    dated: bool  # its date comes from the picture itself (file name, EXIF...)
    lines: tuple[tuple[int, str, str], ...]  # (page, normalised text, clock time on it)


def normalised(text: str) -> str:
    """The text as compared: no case, no accents, œ as oe, single spaces, no space before
    punctuation (OCR puts it there or not, French typography too)."""
    plain = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "OE"))
    plain = "".join(char for char in plain if not unicodedata.combining(char)).casefold()
    plain = plain.replace("’", "'").replace("`", "'")
    return _SPACE_BEFORE_MARK.sub(r"\1", _SPACES.sub(" ", plain)).strip()


def clock(text: str) -> str:
    """The first clock time in ``text`` as "HH:MM" (24-hour), or ""."""
    found = _CLOCK.search(text)
    if found is None:
        return ""
    hour, minute, half = int(found[1]), int(found[2]), (found[3] or "").lower()
    if half and hour <= 12:
        hour = hour % 12 + (12 if half == "p" else 0)
    return f"{hour:02d}:{minute:02d}"


def of_screenshot(db: sqlcipher3.Connection, item_id: int,
                  zone: tzinfo | None = None) -> list[Corroboration]:
    """The messages this picture's reading shows, top to bottom; none while unread."""
    case = db.execute("SELECT case_id FROM items WHERE id = ?", (item_id,)).fetchone()
    return in_case(db, case[0], zone, [item_id]) if case else []


def in_case(db: sqlcipher3.Connection, case_id: int, zone: tzinfo | None = None,
            picture_ids: Iterable[int] | None = None,
            message_id: int | None = None) -> list[Corroboration]:
    """Every corroboration of the case (or of those pictures, or of that message), in
    picture order."""
    chosen = _read_pictures(db, case_id) if picture_ids is None else list(picture_ids)
    files = _Files(db, case_id)
    messages = _Messages(_messages(db, case_id, files, message_id))
    found: list[Corroboration] = []
    for item_id in chosen if messages.all else ():
        picture = _picture(db, item_id, files)
        if picture is not None:
            found.extend(_matches(picture, messages, zone or dates.case_zone()))
    return found


class _Messages:
    """The case's messages, found by their words: a line is compared only with messages of
    a length that could reach the ratio and that share a third of its longer words (OCR
    leaves most words whole), so a case of 20,000 messages is searched in moments."""

    def __init__(self, messages: list[_Message]) -> None:
        self.all = sorted(messages, key=lambda message: len(message.text))
        self.lengths = [len(message.text) for message in self.all]
        self.letters = [Counter(message.text) for message in self.all]
        self.pairs: dict[int, Counter[str]] = {}  # counted for those that pass the letters
        self.by_word: dict[str, list[int]] = {}
        for index, message in enumerate(self.all):
            for word in set(_LONG_WORD.findall(message.text)):
                self.by_word.setdefault(word, []).append(index)

    def candidates(self, text: str) -> list[int]:
        low = bisect.bisect_left(self.lengths, len(text) * _LENGTH_SHARE)
        high = bisect.bisect_right(self.lengths, len(text) / _LENGTH_SHARE)
        words = set(_LONG_WORD.findall(text))
        if len(words) < FEWEST_WORDS:  # too few to look up by: every message of that length
            return list(range(low, high))
        hits: Counter[int] = Counter()
        for word in words:
            hits.update(self.by_word.get(word, ()))
        needed = len(words) * SHARED_WORDS
        return [index for index, count in hits.items()
                if low <= index < high and count >= needed]

    def ratio(self, text: str, letters: Counter[str], pairs: Counter[str],
              index: int) -> float:
        """How alike ``text`` (whose letters and pairs of letters are counted) and the
        message are; 0 as soon as their letters show they cannot reach SIMILAR, or their
        pairs of letters that they will not (each misread letter breaks two pairs, so a
        text SIMILAR alike shares about 2 * SIMILAR - 1 of its pairs)."""
        message = self.all[index].text
        if 2 * (letters & self.letters[index]).total() < SIMILAR * (len(text) + len(message)):
            return 0.0
        if index not in self.pairs:
            self.pairs[index] = _pairs(message)
        shared = 2 * (pairs & self.pairs[index]).total()
        if shared < (2 * SIMILAR - 1) * (len(text) + len(message) - 2):
            return 0.0
        return SequenceMatcher(None, text, message, autojunk=False).ratio()


def _matches(picture: _Picture, messages: _Messages, zone: tzinfo) -> list[Corroboration]:
    best: dict[int, Corroboration] = {}
    for first, last, text in _windows(picture.lines, messages):
        for found in _distinct(_window_matches(picture, messages, zone, first, last, text)):
            kept = best.get(found.message_id)
            if kept is None or _rank(found) < _rank(kept):
                best[found.message_id] = found
    return sorted(best.values(), key=lambda c: (c.first_line, *_rank(c), c.message_id))


def _window_matches(picture: _Picture, messages: _Messages, zone: tzinfo, first: int,
                    last: int, text: str) -> list[Corroboration]:
    letters, pairs = Counter(text), _pairs(text)
    found = []
    for index in messages.candidates(text):
        message = messages.all[index]
        if message.export_id == picture.export_id:
            continue
        ratio = messages.ratio(text, letters, pairs, index)
        if ratio >= (SIMILAR_SHORT if len(message.text) < SHORT else SIMILAR):
            shown = _time_near(picture.lines, first, last)
            found.append(_corroboration(picture, message, ratio, shown, zone, first))
    return found


def _distinct(found: list[Corroboration]) -> list[Corroboration]:
    """A text sent more than once does not say which message the screenshot shows: then
    only the one its time (else its day) picks out counts, and none if several remain.
    The same message twice (one export imported again) is one message."""
    tiers = [[c for c in found if c.strength == strength] for strength in _STRENGTH_ORDER]
    strongest = next((tier for tier in tiers if tier), [])
    return strongest if len({c.message_at for c in strongest}) == 1 else []


def _pairs(text: str) -> Counter[str]:
    return Counter(text[i:i + 2] for i in range(len(text) - 1))


def _windows(lines: tuple[tuple[int, str, str], ...],
             messages: _Messages) -> Iterable[tuple[int, int, str]]:
    """Each line, and each run of up to MOST_LINES lines of one page, joined, while no
    message is long enough to match it."""
    longest = messages.lengths[-1] if messages.lengths else 0
    for first in range(len(lines)):
        text = ""
        for last in range(first, min(first + MOST_LINES, len(lines))):
            if lines[last][0] != lines[first][0]:
                break
            text = f"{text} {lines[last][1]}".strip()
            if len(text) * _LENGTH_SHARE > longest:
                break
            if len(text) >= SHORTEST:
                yield first, last, text


def _time_near(lines: tuple[tuple[int, str, str], ...], first: int, last: int) -> list[str]:
    """The clock times shown on the matched lines, then those around them on its page."""
    page = lines[first][0]
    order = list(range(first, last + 1)) + sorted(
        set(range(max(0, first - NEAR), min(len(lines), last + NEAR + 1)))
        - set(range(first, last + 1)), key=lambda i: abs(i - first))
    return [lines[i][2] for i in order if lines[i][2] and lines[i][0] == page]


def _corroboration(picture: _Picture, message: _Message, ratio: float, shown: list[str],
                   zone: tzinfo, first_line: int) -> Corroboration:
    at = datetime.fromisoformat(message.at).astimezone(zone)
    minute = at.hour * 60 + at.minute
    agreeing = next((time for time in shown if _minutes_apart(time, minute) <= CLOSE_MINUTES),
                    "")
    strength = TEXT
    if agreeing:
        strength = TEXT_AND_TIME
    elif picture.dated and _local_day(picture.captured_at, zone) == at.date():
        strength = TEXT_AND_DAY
    return Corroboration(picture.id, message.id, message.conversation_id, message.export_id,
                         message.platform, message.at, ratio, strength,
                         agreeing or (shown[0] if shown else ""), first_line)


def _minutes_apart(time: str, minute: int) -> int:
    hours, minutes = time.split(":")
    apart = abs(int(hours) * 60 + int(minutes) - minute)
    return min(apart, 24 * 60 - apart)


def _local_day(iso: str, zone: tzinfo) -> date | None:
    moment = dates.from_iso(iso)
    return moment.astimezone(zone).date() if moment else None


def _rank(found: Corroboration) -> tuple[int, float]:
    return _STRENGTH_ORDER.index(found.strength), -found.ratio


_MESSAGES_SQL = f"""
SELECT items.id, items.parent_id, items.captured_at, texts.body
  FROM items JOIN texts ON texts.item_id = items.id
 WHERE items.case_id = ? AND items.kind = 'message' AND items.parent_id IS NOT NULL
   AND length(texts.body) >= {SHORTEST}
   AND items.id NOT IN (SELECT item_id FROM item_flags WHERE flag = '{ERASED}')
"""


def _messages(db: sqlcipher3.Connection, case_id: int, files: _Files,
              only: int | None) -> list[_Message]:
    sql, args = _MESSAGES_SQL, [case_id]
    if only is not None:
        sql, args = sql + " AND items.id = ?", [case_id, only]
    found = []
    for item_id, parent, at, body in db.execute(sql, args):
        text = normalised(body)
        if len(text) >= SHORTEST and dates.from_iso(at) is not None:
            export = files.root(item_id)
            found.append(_Message(item_id, parent, export, files.platform(export, parent),
                                  at, text))
    return found


class _Files:
    """Which item each item came in, and the platform each names, read once per case."""

    def __init__(self, db: sqlcipher3.Connection, case_id: int) -> None:
        rows = db.execute("SELECT id, parent_id, platform FROM items WHERE case_id = ?",
                          (case_id,)).fetchall()
        self.parents = {row[0]: row[1] for row in rows}
        self.platforms = {row[0]: row[2] or "" for row in rows}

    def root(self, item_id: int) -> int:
        seen = {item_id}
        while (parent := self.parents.get(item_id)) is not None and parent not in seen:
            seen.add(parent)
            item_id = parent
        return item_id

    def platform(self, export: int, conversation: int) -> str:
        return self.platforms.get(export) or self.platforms.get(conversation, "")


def _read_pictures(db: sqlcipher3.Connection, case_id: int) -> list[int]:
    return [row[0] for row in db.execute(
        "SELECT items.id FROM items JOIN screen_texts ON screen_texts.item_id = items.id "
        "WHERE items.case_id = ? AND screen_texts.state = ? "
        "ORDER BY julianday(items.captured_at), items.id", (case_id, transcripts.READ))]


def _picture(db: sqlcipher3.Connection, item_id: int, files: _Files) -> _Picture | None:
    reading = transcripts.reading(db, item_id)
    row = db.execute("SELECT captured_at, captured_at_source FROM items WHERE id = ?",
                     (item_id,)).fetchone()
    if reading is None or reading.state != transcripts.READ or row is None:
        return None
    lines = tuple((line.page, _without_end_clock(normalised(line.text)), clock(line.text))
                  for line in reading.transcript.lines)
    return _Picture(item_id, files.root(item_id), row[0],
                    row[1] not in roles.UNDATED_SOURCES, lines)


def _without_end_clock(text: str) -> str:
    return _CLOCK_AT_END.sub("", text)

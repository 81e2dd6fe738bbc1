"""How much work one file the person gave may cause, across all its nesting levels.

A 9.6 MB e-mail holding 300 e-mails of 300 attachments each made 90,301 items in three
minutes, and the same crafted JPEG attached three times was read three times at 50 s
each. So each top-level file gets one budget of parts read and of time; past it, the
remaining parts stay inside their parent's original (nothing is lost: the original is
kept whole) and the parent is flagged ``truncated`` with a sentence. A part whose bytes
were already read for this file is not read again: its reading is reused (as long as the
readings kept fit in READINGS_BYTES).

Chat messages do not count: their container's reader already read them, and bounds them
itself (a phone's SMS backup rightly holds 100,000 messages).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.importing.formats.base import Extraction
from app.importing.formats.sniff import Format

# A real e-mail or archive has at most a few hundred parts; 10,000 items is already more
# than anyone reads, and at about 2 ms an item stays well under a minute of storing.
ITEMS_PER_FILE = 10_000
# Several slow readings (a large PDF at 30 s) fit; an endless flood of them does not.
SECONDS_PER_FILE = 300.0
TRUNCATED_KEY = "import.truncated"
# Readings kept for reuse, in bytes: 10,000 distinct pictures' thumbnails must not pile up
# in memory; an attachment repeated past this is read again, within the time budget.
READINGS_BYTES = 64 << 20


@dataclass(frozen=True)
class Budget:
    """The limits of one top-level file: parts read, and seconds spent."""

    items: int = ITEMS_PER_FILE
    seconds: float = SECONDS_PER_FILE

    def start(self, clock: Callable[[], float] = time.monotonic) -> Spending:
        return Spending(self, clock, clock() + self.seconds)


@dataclass
class Spending:
    """What one top-level file has used of its budget, and the readings made for it."""

    budget: Budget
    clock: Callable[[], float]
    deadline: float
    items: int = 0
    readings: dict[str, tuple[Format, Extraction]] = field(default_factory=dict)
    kept: int = 0  # bytes held by the readings

    def remember(self, sha256: str, found: Format, extraction: Extraction) -> None:
        """Keep a part's reading for the same bytes met again, while memory allows."""
        cost = (len(extraction.text) + len(extraction.thumbnail or b"")
                + sum(len(child.data) for child in extraction.children) + 1024)
        if self.kept + cost <= READINGS_BYTES:
            self.readings[sha256] = (found, extraction)
            self.kept += cost

    def take(self) -> str:
        """Count one more part read; "" if it fits, else the sentence saying why not."""
        if self.items >= self.budget.items:
            return Text(QT_TRANSLATE_NOOP(
                "core", "only {count} parts of this file became items (the most one file "
                        "may give); the others are kept inside this item's original"),
                count=self.items)
        if self.clock() >= self.deadline:
            return Text(QT_TRANSLATE_NOOP(
                "core", "reading the parts of this file stopped after {seconds} s (the most "
                        "one file may take); the others are kept inside this item's "
                        "original"), seconds=f"{self.budget.seconds:g}")
        self.items += 1
        return ""

"""The text read in pictures (OCR): which pictures are still to read, and their readings.

A picture is read once. Its reading is stored encrypted in the vault like everything else,
with each line's box and the engine's confidence, and its words join the item's own in the
search index. A picture the engine could not read is recorded as ``failed`` with the reason,
so that it is not tried again at every start; it is still kept whole.

Reading is done in the OCR child (``app/importing/sandbox.py``); this module only chooses
what to read and stores what came back, one transaction per picture, so a reading that is
interrupted loses at most the picture in flight and starts again where it stopped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from app.case import search
from app.common import dates
from app.importing.formats.base import DAMAGED, PASSWORD_PROTECTED, UNREADABLE
from app.importing.formats.transcript import Line, Transcript
from app.vault import originals

READ, FAILED = "read", "failed"
# A picture larger than this is not sent to be read: no screenshot or photo comes near it,
# and decoding it would only spend the child's memory.
LARGEST_PICTURE = 64 * 1024 * 1024
TOO_LARGE = "it is too large to read"

# Pictures with no reading yet: images, and PDFs whose reader found no text (scans), not
# flagged damaged, unreadable or locked at import (those are never decoded again, see
# ui/viewers/image.py).
_PENDING = f"""
SELECT items.id FROM items
WHERE (items.kind = 'image' OR (items.kind = 'pdf' AND NOT EXISTS (
        SELECT 1 FROM texts WHERE texts.item_id = items.id
          AND trim(texts.body, ' ' || char(9, 10, 13)) != '')))
  AND items.id NOT IN (SELECT item_id FROM screen_texts)
  AND items.id NOT IN (SELECT item_id FROM item_flags
                       WHERE flag IN ('{DAMAGED}', '{UNREADABLE}', '{PASSWORD_PROTECTED}'))
"""


@dataclass(frozen=True)
class Reading:
    """What became of one picture's reading: ``read`` with its transcript, or ``failed``
    with the reason."""

    state: str
    transcript: Transcript
    read_at: str

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"state": self.state, "read_at": self.read_at,
                                "engine": self.transcript.engine}
        if self.state == READ:
            data.update(text=self.transcript.text, width=self.transcript.width,
                        height=self.transcript.height,
                        lines=[line.as_json() for line in self.transcript.lines])
        else:
            data["problem"] = self.transcript.problem
        return data


@dataclass(frozen=True)
class Picture:
    """A picture to read: its item, its format's name and its original bytes."""

    item_id: int
    format: str
    data: bytes


def pending(db: sqlcipher3.Connection, case_id: int | None = None) -> list[int]:
    """Ids of the pictures not yet read, in time order, in one case or all of them."""
    sql, args = _PENDING, [] if case_id is None else [case_id]
    if case_id is not None:
        sql += " AND items.case_id = ?"
    return [row[0] for row in db.execute(sql + " ORDER BY items.captured_at, items.id", args)]


def forget_failures(db: sqlcipher3.Connection, case_id: int | None = None) -> int:
    """Make the pictures whose reading stopped (a time limit on a busy machine, a crash)
    pending again, so the next reading tries them once more; returns how many."""
    sql = f"DELETE FROM screen_texts WHERE state = '{FAILED}'"
    args: list[int] = []
    if case_id is not None:
        sql += " AND item_id IN (SELECT id FROM items WHERE case_id = ?)"
        args.append(case_id)
    return int(db.execute(sql, args).rowcount)


def picture(db: sqlcipher3.Connection, item_id: int) -> Picture | None:
    """The picture's bytes, to be read; None when it is gone or too large to read (then
    recorded as failed, so it is not asked for again)."""
    row = db.execute("SELECT items.format, blobs.id, blobs.size FROM items JOIN blobs "
                     "ON blobs.id = items.blob_id WHERE items.id = ?", (item_id,)).fetchone()
    if row is None:
        return None
    if row[2] > LARGEST_PICTURE:
        store(db, item_id, TOO_LARGE)
        return None
    return Picture(item_id, row[0], b"".join(originals.chunks(db, row[1])))


def store(db: sqlcipher3.Connection, item_id: int, answer: Transcript | str) -> bool:
    """Record what the reader answered: a transcript, or why it stopped. Returns False
    when the picture was read meanwhile (by another window or command) or is gone."""
    if not db.execute("SELECT 1 FROM items WHERE id = ?", (item_id,)).fetchone():
        return False
    if isinstance(answer, str) or answer.problem:
        transcript = Transcript(problem=answer if isinstance(answer, str) else answer.problem)
        state = FAILED
    else:
        transcript, state = answer, READ
    stored = db.execute(
        "INSERT INTO screen_texts(item_id, state, body, lines, width, height, engine, problem,"
        " read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(item_id) DO NOTHING",
        (item_id, state, transcript.text, json.dumps([line.as_json() for line in
                                                      transcript.lines], ensure_ascii=False),
         transcript.width, transcript.height, transcript.engine, transcript.problem,
         dates.to_iso(dates.now()))).rowcount
    if stored and transcript.lines:
        search.reindex(db, item_id)
    return bool(stored)


def reading(db: sqlcipher3.Connection, item_id: int) -> Reading | None:
    """The picture's reading, or None while it is not read."""
    row = db.execute("SELECT state, lines, width, height, engine, problem, read_at "
                     "FROM screen_texts WHERE item_id = ?", (item_id,)).fetchone()
    if row is None:
        return None
    state, lines, width, height, engine, problem, read_at = row
    found = tuple(Line.from_json(line) for line in json.loads(lines))
    return Reading(state, Transcript(found, width, height, engine, problem), read_at)

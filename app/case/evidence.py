"""Evidence items as the rest of Dossier sees them: what was stored, when, and flags."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import sqlcipher3

from app.common import roles

_COLUMNS = """
    items.id, items.case_id, items.parent_id, items.kind, items.format, items.mime,
    items.original_name, blobs.size, blobs.sha256, items.captured_at,
    items.captured_at_source, items.imported_at, items.file_modified_at, items.title,
    items.description, items.platform, items.url, items.duplicate_of,
    (SELECT group_concat(flag, ' ') FROM item_flags WHERE item_id = items.id) AS flags,
    items.direction, items.author, items.role, items.role_set,
    """ + roles.COUNTS_AS_ACT_SQL + """ AS counts_as_act
"""
_FROM = " FROM items JOIN blobs ON blobs.id = items.blob_id"


@dataclass
class EvidenceItem:
    """One piece of evidence, or one part of a container (an attachment, a message)."""

    id: int
    case_id: int
    parent_id: int | None
    kind: str
    format: str
    mime: str
    original_name: str
    size: int
    sha256: str
    captured_at: str
    captured_at_source: str
    imported_at: str
    file_modified_at: str | None
    title: str
    description: str
    platform: str
    url: str
    duplicate_of: int | None
    flags: list[str] = field(default_factory=list)
    direction: str = roles.NONE  # received, sent or none (app/common/roles.py)
    author: str = ""  # the sender as the evidence names it
    role: str = roles.ACT  # act, reply, context or step
    role_set: bool = False  # the person chose the role herself
    counts_as_act: bool = False  # an act dated by the evidence itself, counted once

    @classmethod
    def from_row(cls, row: sqlcipher3.Row) -> EvidenceItem:
        """Built by column name from a row of ``_COLUMNS`` read as ``sqlcipher3.Row``."""
        values = dict(zip(row.keys(), row, strict=True))
        return cls(**{**values, "flags": sorted((values["flags"] or "").split()),
                      "role_set": bool(values["role_set"]),
                      "counts_as_act": bool(values["counts_as_act"])})

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ItemDetails:
    """An item with everything known about it, for ``show``."""

    item: EvidenceItem
    metadata: list[tuple[str, str]]
    text: str
    children: list[int]
    has_thumbnail: bool

    def as_json(self) -> dict[str, Any]:
        data = self.item.as_json()
        data["metadata"] = _group(self.metadata)
        data["text"] = self.text
        data["children"] = self.children
        data["has_thumbnail"] = self.has_thumbnail
        return data


def list_items(db: sqlcipher3.Connection, case_id: int | None = None) -> list[EvidenceItem]:
    """Items in time order (then id), every case unless one is named."""
    where, args = ("", ()) if case_id is None else (" WHERE items.case_id = ?", (case_id,))
    sql = f"SELECT {_COLUMNS}{_FROM}{where} ORDER BY items.captured_at, items.id"
    return [EvidenceItem.from_row(row) for row in _named(db).execute(sql, args)]


def get(db: sqlcipher3.Connection, item_id: int) -> EvidenceItem | None:
    row = _named(db).execute(f"SELECT {_COLUMNS}{_FROM} WHERE items.id = ?",
                             (item_id,)).fetchone()
    return EvidenceItem.from_row(row) if row else None


def details(db: sqlcipher3.Connection, item_id: int) -> ItemDetails | None:
    item = get(db, item_id)
    if item is None:
        return None
    metadata = db.execute(
        "SELECT key, value FROM metadata WHERE item_id = ? ORDER BY id", (item_id,)).fetchall()
    text = db.execute("SELECT body FROM texts WHERE item_id = ?", (item_id,)).fetchone()
    children = [r[0] for r in db.execute(
        "SELECT id FROM items WHERE parent_id = ? ORDER BY id", (item_id,))]
    thumb = db.execute("SELECT 1 FROM thumbnails WHERE item_id = ?", (item_id,)).fetchone()
    return ItemDetails(item, [tuple(m) for m in metadata], text[0] if text else "", children,
                       thumb is not None)


def blob_id(db: sqlcipher3.Connection, item_id: int) -> int | None:
    row = db.execute("SELECT blob_id FROM items WHERE id = ?", (item_id,)).fetchone()
    return row[0] if row else None


def thumbnail(db: sqlcipher3.Connection, item_id: int) -> bytes | None:
    row = db.execute("SELECT png FROM thumbnails WHERE item_id = ?", (item_id,)).fetchone()
    return row[0] if row else None


# Keys that are lists by nature, so readers of the JSON need not test for one value.
ALWAYS_LISTS = frozenset({"email.received"})


def _group(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Metadata as a JSON object; a key seen more than once keeps a list, in order."""
    grouped: dict[str, Any] = {}
    for key, value in pairs:
        if key not in grouped:
            grouped[key] = [value] if key in ALWAYS_LISTS else value
        elif isinstance(grouped[key], list):
            grouped[key].append(value)
        else:
            grouped[key] = [grouped[key], value]
    return grouped


def _named(db: sqlcipher3.Connection) -> sqlcipher3.Cursor:
    """A cursor whose rows are read by column name, so columns cannot shift fields."""
    cursor = db.cursor()
    cursor.row_factory = sqlcipher3.Row
    return cursor

"""Describing evidence: every change to an item is a custody entry; originals never change.

Only descriptions change (title, description, platform, URL, the capture date); the
original bytes and their SHA-256 stay as they entered the vault. A removal deletes the
item's description and leaves a tombstone in the custody log.
"""

from __future__ import annotations

from datetime import datetime

import sqlcipher3

from app.case import evidence, search
from app.common import dates, roles
from app.importing.formats.base import USER
from app.vault import custody

# Only these names are put into SQL; values are always bound parameters.
EDITABLE = ("title", "description", "platform", "url", "role")


class NoSuchItem(LookupError):
    """The item is gone (removed meanwhile, or never existed)."""


def describe(db: sqlcipher3.Connection, item_id: int, **changes: str) -> None:
    """Change some of an item's descriptive fields, inside the caller's transaction."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    if changes.get("role", roles.ACT) not in roles.ROLES:
        raise ValueError(f"not a role: {changes['role']!r}")
    item = _item(db, item_id)
    for field, value in changes.items():
        before = getattr(item, field)
        if value == before:
            continue
        db.execute(f"UPDATE items SET {field} = ? WHERE id = ?", (value, item_id))
        _log_edit(db, item, field, before, value)
    if "role" in changes:
        # Hers from now on: a later recomputation of the defaults leaves it alone.
        db.execute("UPDATE items SET role_set = 1 WHERE id = ?", (item_id,))
    search.reindex(db, item_id)


def redate(db: sqlcipher3.Connection, item_id: int, when: datetime) -> None:
    """The user's own capture date; the earlier inference stays in the custody log."""
    item = _item(db, item_id)
    after = dates.to_iso(when)
    db.execute("UPDATE items SET captured_at = ?, captured_at_source = ? WHERE id = ?",
               (after, USER, item_id))
    _log_edit(db, item, "captured_at", f"{item.captured_at} ({item.captured_at_source})",
              f"{after} ({USER})")


def remove(db: sqlcipher3.Connection, item_id: int) -> list[int]:
    """Delete an item and its parts; returns the ids removed, each with a tombstone."""
    item = _item(db, item_id)
    removed = _with_parts(db, item_id)
    for gone in reversed(removed):
        part = evidence.get(db, gone)
        assert part is not None
        custody.append(db, custody.REMOVED, case_id=part.case_id, item_id=gone,
                       sha256=part.sha256,
                       details={"name": part.original_name, "kind": part.kind,
                                "captured_at": part.captured_at})
        db.execute("DELETE FROM search WHERE rowid = ?", (gone,))
    blob_ids = {r[0] for r in db.execute(
        f"SELECT blob_id FROM items WHERE id IN ({','.join('?' * len(removed))})", removed)}
    db.execute("DELETE FROM items WHERE id = ?", (item.id,))  # parts follow by cascade
    _drop_unused_originals(db, blob_ids)
    return removed


def _with_parts(db: sqlcipher3.Connection, item_id: int) -> list[int]:
    rows = db.execute(
        "WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL "
        "SELECT items.id FROM items JOIN tree ON items.parent_id = tree.id) "
        "SELECT id FROM tree", (item_id,))
    return [row[0] for row in rows]


def _drop_unused_originals(db: sqlcipher3.Connection, blob_ids: set[int]) -> None:
    for blob_id in blob_ids:
        if not db.execute("SELECT 1 FROM items WHERE blob_id = ?", (blob_id,)).fetchone():
            db.execute("DELETE FROM blobs WHERE id = ?", (blob_id,))


def _item(db: sqlcipher3.Connection, item_id: int) -> evidence.EvidenceItem:
    item = evidence.get(db, item_id)
    if item is None:
        raise NoSuchItem(item_id)
    return item


def _log_edit(db: sqlcipher3.Connection, item: evidence.EvidenceItem, field: str,
              before: str, after: str) -> None:
    custody.append(db, custody.EDITED, case_id=item.case_id, item_id=item.id,
                   sha256=item.sha256, details={"field": field, "before": before, "after": after})

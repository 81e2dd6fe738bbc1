"""Ties between evidence and what it shows: incidents, accounts, tags and steps taken.

Linking evidence to accounts is how a new or fake account is tied to the same person;
linking it to incidents is what makes the chronology. Every tie made or undone is logged.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlcipher3

from app.vault import custody

# What an item can be tied to: the link table, and its column naming the other side.
# Only names from this table are put into SQL; ids are always bound parameters.
TARGETS = {
    "incident": ("incident_items", "incident_id"),
    "account": ("item_accounts", "account_id"),
    "tag": ("item_tags", "tag_id"),
    "step": ("step_items", "step_id"),
}


def link(db: sqlcipher3.Connection, item_id: int, target: str, target_id: int) -> bool:
    """Tie an item to an incident, account or tag; False if it already was."""
    table, column = TARGETS[target]
    made = db.execute(f"INSERT OR IGNORE INTO {table}(item_id, {column}) VALUES (?, ?)",
                      (item_id, target_id)).rowcount
    if made:
        _log(db, custody.LINKED, item_id, target, target_id)
    return bool(made)


def unlink(db: sqlcipher3.Connection, item_id: int, target: str, target_id: int) -> bool:
    table, column = TARGETS[target]
    undone = db.execute(f"DELETE FROM {table} WHERE item_id = ? AND {column} = ?",
                        (item_id, target_id)).rowcount
    if undone:
        _log(db, custody.UNLINKED, item_id, target, target_id)
    return bool(undone)


def linked(db: sqlcipher3.Connection, item_id: int, target: str) -> list[int]:
    """The ids of the incidents, accounts or tags an item is tied to."""
    table, column = TARGETS[target]
    return [row[0] for row in db.execute(
        f"SELECT {column} FROM {table} WHERE item_id = ? ORDER BY {column}", (item_id,))]


def items_of(db: sqlcipher3.Connection, target: str, target_id: int) -> list[int]:
    table, column = TARGETS[target]
    return [row[0] for row in db.execute(
        f"SELECT item_id FROM {table} WHERE {column} = ? ORDER BY item_id", (target_id,))]


def items_in_case(db: sqlcipher3.Connection, case_id: int, item_ids: Sequence[int]) -> list[int]:
    """The ids that are items of this case; others (or removed meanwhile) are left out."""
    found = []
    for item_id in item_ids:
        row = db.execute("SELECT case_id FROM items WHERE id = ?", (item_id,)).fetchone()
        if row is not None and row[0] == case_id:
            found.append(item_id)
    return found


def _log(db: sqlcipher3.Connection, action: str, item_id: int, target: str,
         target_id: int) -> None:
    case = db.execute("SELECT case_id FROM items WHERE id = ?", (item_id,)).fetchone()
    custody.append(db, action, case_id=case[0] if case else None, item_id=item_id,
                   details={"to": target, "id": target_id})

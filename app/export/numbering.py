"""Exhibit numbers that stay: an item is numbered the first time it is exported and keeps
that number in every later export of the case, however narrow.

A new item takes the next free number; a number once given is never given again, even
after its item is removed. Numbers are read when an export is planned and written only
with the export's custody entry, so an export that fails numbers nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import sqlcipher3

Number = tuple[int, int]  # (exhibit number, attachment sub-number or 0)


@dataclass(frozen=True)
class Communication:
    """The exhibits one earlier export communicated: when, and which numbers."""

    at: str  # ISO time of the export
    numbers: tuple[int, ...]  # whole exhibits only, ascending


@dataclass(frozen=True)
class Stored:
    number: Number
    first_exported_at: str


def stored(db: sqlcipher3.Connection, case_id: int) -> dict[int, Stored]:
    """Item id → the number it was first exported under."""
    rows = db.execute("SELECT item_id, number, sub, first_exported_at FROM exhibit_numbers "
                      "WHERE case_id = ?", (case_id,))
    return {item_id: Stored((number, sub), at) for item_id, number, sub, at in rows}


def next_free(db: sqlcipher3.Connection, case_id: int) -> int:
    """The number a new exhibit takes: one above any ever given in this case."""
    row = db.execute("SELECT max(number) FROM exhibit_numbers WHERE case_id = ?",
                     (case_id,)).fetchone()
    return int(row[0] or 0) + 1


def communications(db: sqlcipher3.Connection, case_id: int) -> tuple[Communication, ...]:
    """Every earlier export of the case that communicated exhibits, oldest first."""
    found: dict[int, tuple[str, list[int]]] = {}
    for export_id, at, number in db.execute(
            "SELECT export_id, at, number FROM exhibit_communications "
            "WHERE case_id = ? AND sub = 0 ORDER BY export_id, number", (case_id,)):
        found.setdefault(export_id, (at, []))[1].append(number)
    return tuple(Communication(at, tuple(numbers)) for at, numbers in found.values())


def record(db: sqlcipher3.Connection, case_id: int, export_id: int, at: str,
           numbered: Iterable[tuple[int, Number]]) -> None:
    """Inside the export's transaction: keep the numbers given for the first time, and
    note every number this export communicated. A number another export took meanwhile
    fails the transaction (UNIQUE) rather than leave two items under one number."""
    kept = stored(db, case_id)
    for item_id, (number, sub) in numbered:
        if item_id not in kept:
            db.execute("INSERT INTO exhibit_numbers(case_id, item_id, number, sub, "
                       "first_exported_at) VALUES (?, ?, ?, ?, ?)",
                       (case_id, item_id, number, sub, at))
        db.execute("INSERT OR IGNORE INTO exhibit_communications(export_id, case_id, number, "
                   "sub, at) VALUES (?, ?, ?, ?, ?)", (export_id, case_id, number, sub, at))


def ranges(numbers: Iterable[int]) -> list[tuple[int, int]]:
    """Runs of consecutive numbers: [1, 2, 3, 5] → [(1, 3), (5, 5)]."""
    runs: list[tuple[int, int]] = []
    for number in sorted(set(numbers)):
        if runs and runs[-1][1] + 1 == number:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs

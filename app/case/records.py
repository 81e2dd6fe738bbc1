"""Saving and deleting the case's own records (incidents, people, accounts, tags).

One place writes them, so every change lands in the custody log the same way.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any, TypeVar

import sqlcipher3

from app.vault import custody

Record = TypeVar("Record")

# Table and column names in the SQL below come from this module's callers and their
# dataclass fields, never from the user; values are always bound parameters.


def save(db: sqlcipher3.Connection, table: str, record: Any) -> int:
    """Insert a record whose ``id`` is None, or update it; returns its id."""
    values = {k: v for k, v in asdict(record).items() if k != "id"}
    if record.id is None:
        columns = ", ".join(values)
        marks = ", ".join("?" * len(values))
        record_id = db.execute(f"INSERT INTO {table}({columns}) VALUES ({marks})",
                               tuple(values.values())).lastrowid
        change = "created"
    else:
        assignments = ", ".join(f"{column} = ?" for column in values)
        db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?",
                   (*values.values(), record.id))
        record_id, change = record.id, "updated"
    _log(db, table, record_id, values.get("case_id"), change, values)
    return int(record_id)


def delete(db: sqlcipher3.Connection, table: str, record_id: int) -> None:
    row = db.execute(f"SELECT case_id FROM {table} WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        return
    db.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
    _log(db, table, record_id, row[0], "deleted", {})


def load(db: sqlcipher3.Connection, table: str, kind: type[Record], where: str = "",
         args: tuple[Any, ...] = (), order: str = "id") -> list[Record]:
    """Records of ``kind`` (a dataclass whose fields are the table's columns)."""
    # A TypeVar cannot say "a dataclass"; every caller passes one.
    names = [field.name for field in fields(kind)]  # type: ignore[arg-type]
    sql = f"SELECT {', '.join(names)} FROM {table}" + (f" WHERE {where}" if where else "")
    return [kind(**dict(zip(names, row, strict=True)))
            for row in db.execute(f"{sql} ORDER BY {order}", args)]


def _log(db: sqlcipher3.Connection, table: str, record_id: int, case_id: int | None,
         change: str, values: dict[str, Any]) -> None:
    custody.append(db, custody.DESCRIBED, case_id=case_id,
                   details={"record": table, "id": record_id, "change": change,
                            "values": values})

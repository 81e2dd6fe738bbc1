"""Cases: one vault can hold several, e.g. one per harasser or per complaint."""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from app.common import dates
from app.vault import custody

DEFAULT_NAME = "Dossier"


@dataclass(frozen=True)
class Case:
    id: int
    name: str
    created_at: str


def all_cases(db: sqlcipher3.Connection) -> list[Case]:
    return [Case(*row) for row in db.execute("SELECT id, name, created_at FROM cases ORDER BY id")]


def find(db: sqlcipher3.Connection, name: str) -> Case | None:
    row = db.execute("SELECT id, name, created_at FROM cases WHERE name = ?", (name,)).fetchone()
    return Case(*row) if row else None


def create(db: sqlcipher3.Connection, name: str) -> Case:
    """A new case, inside the caller's transaction, logged in the custody log."""
    name = name.strip() or DEFAULT_NAME
    created_at = dates.to_iso(dates.now())
    case_id = db.execute("INSERT INTO cases(name, created_at) VALUES (?, ?)",
                         (name, created_at)).lastrowid
    custody.append(db, custody.CASE_CREATED, case_id=case_id, details={"name": name})
    return Case(case_id, name, created_at)


def find_or_create(db: sqlcipher3.Connection, name: str | None) -> Case:
    """The case by that name, or the most recent one when no name is given; created if
    the vault has none yet. Call inside a transaction."""
    if name:
        return find(db, name) or create(db, name)
    existing = all_cases(db)
    return existing[-1] if existing else create(db, DEFAULT_NAME)


def rename(db: sqlcipher3.Connection, case_id: int, name: str) -> Case:
    """Give a case a new name, inside the caller's transaction; the change is logged."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("a case needs a name")
    row = db.execute("SELECT name, created_at FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise LookupError(f"no case {case_id}")
    if name != row[0]:
        db.execute("UPDATE cases SET name = ? WHERE id = ?", (name, case_id))
        custody.append(db, custody.DESCRIBED, case_id=case_id,
                       details={"record": "cases", "id": case_id, "change": "renamed",
                                "values": {"name": name, "before": row[0]}})
    return Case(case_id, name, row[1])

"""Incidents: what happened, when (with how precisely we know), where, and how bad."""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from app.case import qualifications, records
from app.case.spans import PRECISIONS

SEVERITIES = range(5)  # 0 unrated, 1 low ... 4 very serious (threats, doxxing, stalking)


@dataclass
class Incident:
    id: int | None
    case_id: int
    title: str = ""
    description: str = ""
    occurred_at: str | None = None  # ISO 8601 with offset: the start of a span
    occurred_until: str | None = None  # the end, for a "sometime in March" span
    precision: str = "exact"
    platform: str = ""
    severity: int = 0
    created_at: str = ""
    qualification: str = ""  # a key of app.case.qualifications, or "" when none is chosen


def all_incidents(db: sqlcipher3.Connection, case_id: int) -> list[Incident]:
    return records.load(db, "incidents", Incident, "case_id = ?", (case_id,),
                        order="coalesce(occurred_at, created_at), id")


def get(db: sqlcipher3.Connection, incident_id: int) -> Incident | None:
    found = records.load(db, "incidents", Incident, "id = ?", (incident_id,))
    return found[0] if found else None


def save(db: sqlcipher3.Connection, incident: Incident) -> int:
    if incident.precision not in PRECISIONS:
        raise ValueError(f"unknown precision {incident.precision!r}")
    qualifications.check(incident.qualification)
    return records.save(db, "incidents", incident)


def delete(db: sqlcipher3.Connection, incident_id: int) -> None:
    records.delete(db, "incidents", incident_id)


def accounts(db: sqlcipher3.Connection, incident_id: int) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT account_id FROM incident_accounts WHERE incident_id = ? ORDER BY account_id",
        (incident_id,))]


def set_accounts(db: sqlcipher3.Connection, incident_id: int, account_ids: list[int]) -> None:
    """The accounts involved in an incident, replacing the earlier list."""
    db.execute("DELETE FROM incident_accounts WHERE incident_id = ?", (incident_id,))
    db.executemany("INSERT INTO incident_accounts VALUES (?, ?)",
                   [(incident_id, account_id) for account_id in sorted(set(account_ids))])

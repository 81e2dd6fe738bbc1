"""People (the harasser or harassers, witnesses) and their accounts on each platform.

An account may be known before the person behind it is: ``person_id`` is then empty.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from app.case import records

ROLES = ("harasser", "witness", "other")


@dataclass
class Person:
    id: int | None
    case_id: int
    name: str
    role: str = "harasser"
    notes: str = ""


@dataclass
class Account:
    id: int | None
    case_id: int
    person_id: int | None
    platform: str
    handle: str
    url: str = ""


def all_people(db: sqlcipher3.Connection, case_id: int) -> list[Person]:
    return records.load(db, "people", Person, "case_id = ?", (case_id,), order="name, id")


def all_accounts(db: sqlcipher3.Connection, case_id: int) -> list[Account]:
    return records.load(db, "accounts", Account, "case_id = ?", (case_id,),
                        order="platform, handle")


def save_person(db: sqlcipher3.Connection, person: Person) -> int:
    if person.role not in ROLES:
        raise ValueError(f"unknown role {person.role!r}")
    return records.save(db, "people", person)


def save_account(db: sqlcipher3.Connection, account: Account) -> int:
    return records.save(db, "accounts", account)


def delete_person(db: sqlcipher3.Connection, person_id: int) -> None:
    records.delete(db, "people", person_id)  # their accounts stay, unattributed


def delete_account(db: sqlcipher3.Connection, account_id: int) -> None:
    records.delete(db, "accounts", account_id)


def item_counts(db: sqlcipher3.Connection, case_id: int) -> dict[int, int]:
    """How many items each account is tied to: the measure of a campaign."""
    rows = db.execute(
        "SELECT accounts.id, count(item_accounts.item_id) FROM accounts "
        "LEFT JOIN item_accounts ON item_accounts.account_id = accounts.id "
        "WHERE accounts.case_id = ? GROUP BY accounts.id", (case_id,))
    return {account_id: count for account_id, count in rows}

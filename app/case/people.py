"""People (the harasser or harassers, witnesses) and their accounts on each platform.

An account may be known before the person behind it is: ``person_id`` is then empty.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from app.case import integrity, records
from app.common import errors
from app.common.texts import QT_TRANSLATE_NOOP, Text

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


@dataclass(frozen=True)
class AccountRef:
    """An account as a form or a command names it; ``id`` is None until it is saved."""

    id: int | None
    platform: str
    handle: str
    url: str = ""
    person_id: int | None = None


class AccountTaken(errors.DossierError):
    def __init__(self) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "The case already has an account with this platform and handle.")))


def same_account(platform: str, handle: str, other_platform: str, other_handle: str) -> bool:
    """The one rule for "is this the same account": same platform, same handle, with case
    and surrounding spaces ignored (platforms treat @Ombre and @ombre as one)."""
    return (platform.strip().casefold(), handle.strip().casefold()) == \
        (other_platform.strip().casefold(), other_handle.strip().casefold())


def find_account(db: sqlcipher3.Connection, case_id: int, platform: str,
                 handle: str) -> Account | None:
    for known in all_accounts(db, case_id):
        if same_account(known.platform, known.handle, platform, handle):
            return known
    return None


def account_id(db: sqlcipher3.Connection, case_id: int, ref: AccountRef) -> int:
    """The id of the account ``ref`` names, saving it first if it is new (or finding its
    twin); refused with a sentence if it was deleted meanwhile."""
    if ref.id is not None:
        integrity.require(db, "accounts", ref.id, case_id, integrity.ACCOUNT_GONE)
        return ref.id
    twin = find_account(db, case_id, ref.platform, ref.handle)
    if twin is not None:
        return int(twin.id)  # type: ignore[arg-type]  # loaded records have ids
    if ref.person_id is not None:
        integrity.require(db, "people", ref.person_id, case_id, integrity.PERSON_GONE)
    return save_account(db, Account(None, case_id, ref.person_id, ref.platform.strip(),
                                    ref.handle.strip(), ref.url.strip()))


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

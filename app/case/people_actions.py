"""What the person does with people and accounts, one transaction each.

The People panel and the ``dossier person`` / ``dossier account`` commands both call
these; each returns what it changed, so every view that shows people or accounts
refreshes itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.case import integrity, links, people
from app.case.changes import Changes, Done
from app.case.people import ROLES, AccountRef, Person
from app.common import errors
from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.vault.vault import Vault

PEOPLE = Changes(people=True)
ACCOUNTS = Changes(accounts=True)


def save_person(vault: Vault, person: Person) -> Done[int]:
    """Create or change a person; a name is needed, even "unknown 1"."""
    if not person.name.strip():
        raise errors.UsageError(Text(QT_TRANSLATE_NOOP(
            "core", "Give a name, even a nickname or “unknown 1”.")))
    if person.role not in ROLES:
        raise errors.UsageError(Text(QT_TRANSLATE_NOOP(
            "core", "Unknown role {role}: choose harasser, witness or other."),
            role=person.role))
    with integrity.action(vault) as db:
        if person.id is not None:
            integrity.require(db, "people", person.id, person.case_id, integrity.PERSON_GONE)
        return Done(people.save_person(db, person), PEOPLE)


def delete_person(vault: Vault, person_id: int) -> Changes:
    """Their accounts stay, not yet tied to anyone."""
    with integrity.action(vault) as db:
        people.delete_person(db, person_id)
    return PEOPLE | ACCOUNTS


def save_account(vault: Vault, case_id: int, ref: AccountRef) -> Done[int]:
    """Create or change an account; refused if another has its platform and handle."""
    if not ref.handle.strip():
        raise errors.UsageError(Text(QT_TRANSLATE_NOOP(
            "core", "Give the account's name or handle.")))
    with integrity.action(vault) as db:
        twin = people.find_account(db, case_id, ref.platform, ref.handle)
        if twin is not None and twin.id != ref.id:
            raise people.AccountTaken()
        if ref.person_id is not None:
            integrity.require(db, "people", ref.person_id, case_id, integrity.PERSON_GONE)
        if ref.id is not None:
            integrity.require(db, "accounts", ref.id, case_id, integrity.ACCOUNT_GONE)
        saved = people.save_account(db, people.Account(
            ref.id, case_id, ref.person_id, ref.platform.strip(), ref.handle.strip(),
            ref.url.strip()))
    # Incidents list their accounts by name: a renamed account shows there too.
    return Done(saved, ACCOUNTS | Changes(incidents=ref.id is not None))


def delete_account(vault: Vault, account_id: int) -> Changes:
    """The items tied to it stay in the case; their ties and the incidents' go."""
    with integrity.action(vault) as db:
        people.delete_account(db, account_id)
    return ACCOUNTS | Changes(incidents=True, links=True)


def tie_items(vault: Vault, case_id: int, account_id: int,
              item_ids: Sequence[int]) -> Done[int]:
    """Tie items of this case to the account; returns how many ties were new."""
    with integrity.action(vault) as db:
        integrity.require(db, "accounts", account_id, case_id, integrity.ACCOUNT_GONE)
        mine = links.items_in_case(db, case_id, item_ids)
        made = sum(links.link(db, item_id, "account", account_id) for item_id in mine)
    return Done(made, Changes(links=bool(made), accounts=bool(made)))


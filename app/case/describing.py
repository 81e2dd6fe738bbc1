"""Describing one piece of evidence: its words, its date, its accounts and its tags.

One save is one transaction, whatever changed; each change is a custody entry (see
``editing``). The item editor and ``dossier describe`` / ``dossier tag`` call these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlcipher3

from app.case import editing, evidence, integrity, links, people, tags
from app.case.changes import Changes, Done
from app.case.people import AccountRef
from app.vault.vault import Vault


@dataclass(frozen=True)
class ItemChanges:
    """What the person changed; ``tags`` and ``accounts`` are the whole new lists."""

    item_id: int
    fields: dict[str, str]
    captured_at: datetime | None = None
    tags: list[str] | None = None
    accounts: list[AccountRef] | None = None

    def __bool__(self) -> bool:
        return bool(self.fields or self.captured_at is not None or self.tags is not None
                    or self.accounts is not None)


def save_changes(vault: Vault, changes: ItemChanges) -> Done[int]:
    """Write every change in one transaction; refused if the item was removed meanwhile."""
    with integrity.action(vault) as db:
        case_id = _case_of(db, changes.item_id)
        if changes.fields:
            editing.describe(db, changes.item_id, **changes.fields)
        if changes.captured_at is not None:
            editing.redate(db, changes.item_id, changes.captured_at)
        if changes.tags is not None:
            wanted = [tags.find_or_create(db, case_id, name).id for name in changes.tags]
            _tie(db, changes.item_id, "tag", [t for t in wanted if t is not None])
        if changes.accounts is not None:
            _tie(db, changes.item_id, "account",
                 [people.account_id(db, case_id, a) for a in changes.accounts])
    return Done(changes.item_id, Changes(
        items=bool(changes.fields or changes.captured_at), tags=changes.tags is not None,
        accounts=changes.accounts is not None,
        links=changes.tags is not None or changes.accounts is not None))


def describe_item(vault: Vault, item_id: int, fields: dict[str, str],
                  captured_at: datetime | None = None, handles: Sequence[str] = (),
                  tag_names: Sequence[str] = ()) -> Done[int]:
    """``dossier describe``: change fields and add (never remove) accounts and tags.

    An account is named by its handle on the item's platform; a new one is created."""
    db = vault.db
    item = evidence.get(db, item_id)
    if item is None:
        raise integrity.gone(integrity.ITEM_GONE)
    platform = fields.get("platform", item.platform)
    accounts = None
    if handles:
        tied = [a for a in people.all_accounts(db, item.case_id)
                if a.id in set(links.linked(db, item_id, "account"))]
        accounts = [AccountRef(a.id, a.platform, a.handle) for a in tied]
        accounts += [AccountRef(None, platform, handle) for handle in handles]
    names = None
    if tag_names:
        names = [*current_tags(vault, item_id), *tag_names]
    return save_changes(vault, ItemChanges(item_id, fields, captured_at, names, accounts))


def tag_item(vault: Vault, item_id: int, names: Sequence[str], remove: bool) -> Done[int]:
    """``dossier tag``: add tags to an item (created if new), or take them off."""
    current = current_tags(vault, item_id)
    if remove:
        gone = {" ".join(n.split()).casefold() for n in names}
        wanted = [n for n in current if n.casefold() not in gone]
    else:
        wanted = [*current, *names]
    return save_changes(vault, ItemChanges(item_id, {}, tags=wanted))


def current_tags(vault: Vault, item_id: int) -> list[str]:
    tied = set(links.linked(vault.db, item_id, "tag"))
    case_id = _case_of(vault.db, item_id)
    return [t.name for t in tags.all_tags(vault.db, case_id) if t.id in tied]


def _case_of(db: sqlcipher3.Connection, item_id: int) -> int:
    item = evidence.get(db, item_id)
    if item is None:
        raise integrity.gone(integrity.ITEM_GONE)
    return item.case_id


def _tie(db: sqlcipher3.Connection, item_id: int, target: str, wanted: list[int]) -> None:
    current = set(links.linked(db, item_id, target))
    for target_id in set(wanted) - current:
        links.link(db, item_id, target, target_id)
    for target_id in current - set(wanted):
        links.unlink(db, item_id, target, target_id)


def remove_items(vault: Vault, item_ids: Sequence[int]) -> Changes:
    """Remove items and their parts in one transaction; each leaves a tombstone."""
    with integrity.action(vault) as db:
        for item_id in item_ids:
            try:
                editing.remove(db, item_id)
            except editing.NoSuchItem:  # a part of an item removed just before
                continue
    return Changes(items=True, links=True, incidents=True, accounts=True, tags=True)

"""Who the victim is in the evidence: her own names, numbers, addresses and handles.

Until the readers infer them from the evidence (the facts model), she sets them herself;
each is marked "set" so a later inference can say where it came from. They belong to
the vault, not to one case: the victim is the same person in every case she keeps.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from app.case import integrity
from app.case.changes import Changes, Done
from app.common import errors
from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.vault import custody
from app.vault.vault import Vault

SETTING = "me.identities"
SET = "set"  # the victim said so herself


@dataclass(frozen=True)
class Identity:
    identifier: str  # a name, a phone number, an address, a handle
    platform: str = ""
    source: str = SET

    def as_json(self) -> dict[str, str]:
        return asdict(self)


def identities(vault: Vault) -> list[Identity]:
    stored = vault.setting(SETTING)
    return [Identity(**entry) for entry in json.loads(stored)] if stored else []


def add(vault: Vault, identifier: str, platform: str = "") -> Done[Identity]:
    """Add one of her identities; adding it again changes nothing."""
    wanted = Identity(" ".join(identifier.split()), platform.strip())
    if not wanted.identifier:
        raise errors.UsageError(Text(QT_TRANSLATE_NOOP(
            "core", "Give an identifier: a name, a number, an address or a handle.")))
    known = identities(vault)
    if any(_same(i, wanted) for i in known):
        return Done(wanted, Changes())
    _store(vault, [*known, wanted], "added", wanted)
    return Done(wanted, Changes(case=True))


def remove(vault: Vault, identifier: str, platform: str = "") -> Done[Identity]:
    gone = Identity(" ".join(identifier.split()), platform.strip())
    known = identities(vault)
    kept = [i for i in known if not _same(i, gone)]
    if len(kept) == len(known):
        raise errors.UsageError(Text(QT_TRANSLATE_NOOP(
            "core", "{identifier} is not among your identities."), identifier=identifier))
    _store(vault, kept, "removed", gone)
    return Done(gone, Changes(case=True))


def _same(one: Identity, other: Identity) -> bool:
    return one.identifier.casefold() == other.identifier.casefold() and (
        not other.platform or one.platform.casefold() == other.platform.casefold())


def _store(vault: Vault, known: list[Identity], change: str, which: Identity) -> None:
    with integrity.action(vault) as db:
        db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                   (SETTING, json.dumps([i.as_json() for i in known], ensure_ascii=False)))
        custody.append(db, custody.DESCRIBED, details={
            "record": "me", "change": change, "values": which.as_json()})

"""Who the victim is in the evidence: her own names, numbers, addresses and handles.

Some she sets herself ("set"); the others are inferred from the evidence ("inferred",
see ``parties``): the name she has in a chat she exported, the address most e-mails are
sent to. Set ones win; she can remove an inferred one, which is then remembered as "not
me" so the evidence cannot bring it back. They belong to the vault, not to one case:
the victim is the same person in every case she keeps.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from app.case import integrity, parties
from app.case.changes import Changes, Done
from app.common import errors
from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.vault import custody
from app.vault.vault import Vault

SETTING = "me.identities"
NOT_ME = "me.not_me"  # inferred identities she removed: [identifier, ...], casefolded
SET = "set"  # the victim said so herself
INFERRED = parties.INFERRED  # read from the evidence


@dataclass(frozen=True)
class Identity:
    identifier: str  # a name, a phone number, an address, a handle
    platform: str = ""
    source: str = SET

    def as_json(self) -> dict[str, str]:
        return asdict(self)


def identities(vault: Vault) -> list[Identity]:
    """Hers: the ones she set, then the ones the evidence suggests that she did not
    set already nor remove."""
    own = set_identities(vault)
    refused = _not_me(vault)
    guessed = [Identity(found.identifier, found.platform, INFERRED)
               for found in parties.inferred(vault.db)]
    return own + [i for i in guessed if i.identifier.casefold() not in refused
                  and not any(_same(mine, i) for mine in own)]


def set_identities(vault: Vault) -> list[Identity]:
    stored = vault.setting(SETTING)
    return [Identity(**entry) for entry in json.loads(stored)] if stored else []


def add(vault: Vault, identifier: str, platform: str = "") -> Done[Identity]:
    """Add one of her identities; adding it again changes nothing."""
    wanted = Identity(" ".join(identifier.split()), platform.strip())
    if not wanted.identifier:
        raise errors.UsageError(Text(QT_TRANSLATE_NOOP(
            "core", "Give an identifier: a name, a number, an address or a handle.")))
    known = set_identities(vault)
    if any(_same(i, wanted) for i in known):
        return Done(wanted, Changes())
    _store(vault, [*known, wanted], "added", wanted,
           _not_me(vault) - {wanted.identifier.casefold()})
    return Done(wanted, Changes(case=True, items=True))


def remove(vault: Vault, identifier: str, platform: str = "") -> Done[Identity]:
    """Remove one she set, or mark an inferred one as not hers."""
    gone = Identity(" ".join(identifier.split()), platform.strip())
    known = set_identities(vault)
    kept = [i for i in known if not _same(i, gone)]
    guessed = [i for i in identities(vault) if i.source == INFERRED and _same(i, gone)]
    if len(kept) == len(known) and not guessed:
        raise errors.UsageError(Text(QT_TRANSLATE_NOOP(
            "core", "{identifier} is not among your identities."), identifier=identifier))
    refused = _not_me(vault) | {i.identifier.casefold() for i in guessed}
    _store(vault, kept, "removed", gone, refused)
    return Done(gone, Changes(case=True, items=True))


def _not_me(vault: Vault) -> set[str]:
    stored = vault.setting(NOT_ME)
    return set(json.loads(stored)) if stored else set()


def _same(one: Identity, other: Identity) -> bool:
    return one.identifier.casefold() == other.identifier.casefold() and (
        not other.platform or one.platform.casefold() == other.platform.casefold())


def _store(vault: Vault, known: list[Identity], change: str, which: Identity,
           refused: set[str] | None = None) -> None:
    with integrity.action(vault) as db:
        db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                   (SETTING, json.dumps([i.as_json() for i in known], ensure_ascii=False)))
        if refused is not None:
            db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                       (NOT_ME, json.dumps(sorted(refused), ensure_ascii=False)))
        # Her identities decide which e-mails she sent: their defaults follow.
        parties.recompute(db, frozenset(i.identifier.casefold() for i in known))
        custody.append(db, custody.DESCRIBED, details={
            "record": "me", "change": change, "values": which.as_json()})

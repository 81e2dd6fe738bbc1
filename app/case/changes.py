"""What an operation on the case changed, so each view refreshes only what it shows.

As Anki's ``OpChanges``: every user action returns a ``Changes`` (or a ``Done`` carrying
one beside its value); the window broadcasts it from one place and each panel decides
from these flags whether it must read the vault again. No panel reloads another by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

Value = TypeVar("Value")


@dataclass(frozen=True)
class Changes:
    """Which kinds of the case's records an operation changed."""

    items: bool = False  # evidence added, removed or described
    incidents: bool = False
    people: bool = False
    accounts: bool = False
    tags: bool = False
    links: bool = False  # ties between items and incidents, accounts, tags or steps
    steps: bool = False  # steps taken (démarches) recorded, edited or removed
    case: bool = False  # the case itself (renamed, created, deleted)

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                          for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def touches(self, *kinds: str) -> bool:
        """True if any of ``kinds`` (field names) changed."""
        return any(getattr(self, kind) for kind in kinds)


NOTHING = Changes()


@dataclass(frozen=True)
class Done(Generic[Value]):
    """An operation's result and what it changed (Anki's ``OpChangesWithId``)."""

    value: Value
    changes: Changes


def changes_of(result: object) -> Changes:
    """The changes an operation's result carries; nothing for any other result."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, Done):
        return result.changes
    return NOTHING

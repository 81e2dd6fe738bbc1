"""Which conversations of a platform's export are offered ticked: only those with someone
already tied to a harasser of the case. The others are her private life; she ticks them
herself if they belong in the case.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import sqlcipher3

from app.case import attribution
from app.importing import threads
from app.importing.sandbox import Sandbox

_LETTERS = re.compile(r"[\W_]+")


def _loose(name: str) -> str:
    """A name as handles and folder names spell it: "Ombre du Lac", "ombre_du_lac" and
    "ombredulac_1234567890" all give "ombredulac"."""
    return _LETTERS.sub("", re.sub(r"_\d{6,}$", "", name.strip().lstrip("@"))).casefold()


def tied(db: sqlcipher3.Connection, case_id: int, thread: threads.Thread) -> str:
    """The harasser one of the conversation's participants is tied to, or ""."""
    harassers = attribution.harassers(db, case_id)
    loose = {_loose(key.value): name for key, name in harassers.items() if _loose(key.value)}
    names = [*thread.participants, posixpath.basename(thread.key.rstrip("/"))]
    for name in names:
        found = harassers.get(attribution.key_of(name)) or loose.get(_loose(name))
        if found:
            return found
    return ""


def listing(db: sqlcipher3.Connection, case_id: int, path: Path,
            sandbox: Sandbox | None = None) -> tuple[threads.Listing, dict[str, str]]:
    """The export's conversations, and for those to tick, the harasser they involve."""
    found = threads.list_threads(path, sandbox)
    ticked = {thread.key: who for thread in found.threads
              if (who := tied(db, case_id, thread))}
    return found, ticked

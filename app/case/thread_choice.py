"""Which conversations of a platform's export are offered ticked: only those with someone
already tied to a harasser of the case. The others are her private life; she ticks them
herself if they belong in the case.
"""

from __future__ import annotations

import hashlib
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
            sandbox: Sandbox | None = None
            ) -> tuple[threads.Listing, dict[str, str], frozenset[str]]:
    """The export's conversations; for those to tick, the harasser they involve; and
    those already in the case from this very file (imported earlier)."""
    found = threads.list_threads(path, sandbox)
    ticked = {thread.key: who for thread in found.threads
              if (who := tied(db, case_id, thread))}
    return found, ticked, present(db, case_id, path)


def present(db: sqlcipher3.Connection, case_id: int, path: Path) -> frozenset[str]:
    """The conversations of this export file that the case already holds."""
    if not path.is_file():
        return frozenset()
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    rows = db.execute(
        "SELECT metadata.value FROM blobs JOIN items AS export ON export.blob_id = blobs.id"
        " JOIN items ON items.parent_id = export.id"
        " JOIN metadata ON metadata.item_id = items.id AND metadata.key = 'export.thread'"
        " WHERE blobs.sha256 = ? AND export.case_id = ?", (digest.hexdigest(), case_id))
    return frozenset(value for (value,) in rows)

"""The case's caption, as an avocat heads a bordereau: the court, the RG number, for whom
and against whom.

She types it once; it is kept in the vault (encrypted, like everything in it) and offered
again at every later export of the case, since a case keeps its court and its RG number
from one communication to the next. Each part is optional.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import asdict, dataclass, fields, replace

import sqlcipher3

from app.case import integrity
from app.case.changes import NOTHING, Changes
from app.vault.vault import Vault

MAX_LENGTH = 300  # characters of one part; a court's full name fits many times over


@dataclass(frozen=True)
class Caption:
    jurisdiction: str = ""  # "Tribunal judiciaire de Lyon"
    rg: str = ""  # the numéro de répertoire général, "25/01234"
    for_party: str = ""  # "Pour": the client
    against: str = ""  # "Contre": the other side

    def is_empty(self) -> bool:
        return not any(asdict(self).values())

    def cleaned(self) -> Caption:
        """Each part on one line, without control characters, at most MAX_LENGTH long."""
        return Caption(**{name: _one_line(value) for name, value in asdict(self).items()})

    def updated(self, **given: str | None) -> Caption:
        """This caption with the parts given (not None) replaced: "" clears a part."""
        known = {f.name for f in fields(self)}
        chosen = {name: value for name, value in given.items()
                  if value is not None and name in known}
        return replace(self, **chosen).cleaned()


def _key(case_id: int) -> str:
    return f"caption.{case_id}"


def load(db: sqlcipher3.Connection, case_id: int) -> Caption:
    """The caption kept for the case; empty when none was kept, or it cannot be read."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", (_key(case_id),)).fetchone()
    try:
        stored = json.loads(row[0]) if row else {}
    except (TypeError, ValueError):
        return Caption()
    if not isinstance(stored, dict):
        return Caption()
    return Caption(**{f.name: str(stored.get(f.name) or "") for f in fields(Caption)}).cleaned()


def remember(vault: Vault, case_id: int, caption: Caption) -> Changes:
    """Keep ``caption`` for the case's next exports; an empty one forgets it. No panel
    shows it, so nothing needs refreshing."""
    caption = caption.cleaned()
    with integrity.action(vault) as db:
        if caption.is_empty():
            db.execute("DELETE FROM settings WHERE key = ?", (_key(case_id),))
        else:
            db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                       (_key(case_id), json.dumps(asdict(caption), ensure_ascii=False)))
    return NOTHING


def _one_line(text: str) -> str:
    shown = "".join(" " if unicodedata.category(ch)[0] in "CZ" and ch != " " else ch
                    for ch in unicodedata.normalize("NFC", text))
    return " ".join(shown.split())[:MAX_LENGTH]

"""Who the victim is, as the evidence itself shows it, before she says anything.

- A WhatsApp chat exported "with Ombre" was exported by the other author: her name
  there is hers (the reader records it as ``chat.exporter``).
- The address most e-mails are sent *to* is hers.
- An SMS backup names only the other side: her own number is implicit and not listed.

``me`` adds what she set herself and what she removed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import sqlcipher3

from app.common import roles

INFERRED = "inferred"
EMAIL = "E-mail"


@dataclass(frozen=True)
class Found:
    """One identity the evidence suggests, and on which platform."""

    identifier: str
    platform: str


def inferred(db: sqlcipher3.Connection) -> list[Found]:
    """Her identities as the vault's evidence suggests them, in every case."""
    return [*_chat_exporters(db), *_email_recipient(db)]


def _chat_exporters(db: sqlcipher3.Connection) -> list[Found]:
    rows = db.execute(
        "SELECT metadata.value, items.platform FROM metadata "
        "JOIN items ON items.id = metadata.item_id WHERE metadata.key = 'chat.exporter' "
        "GROUP BY metadata.value COLLATE NOCASE, items.platform ORDER BY min(metadata.id)")
    return [Found(name, platform) for name, platform in rows]


def _email_recipient(db: sqlcipher3.Connection) -> list[Found]:
    """The address most received e-mails are sent to; none on a tie, since then the
    evidence does not say which one is hers."""
    counts: Counter[str] = Counter()
    for (header,) in db.execute(
            "SELECT metadata.value FROM metadata JOIN items ON items.id = metadata.item_id "
            "WHERE metadata.key = 'email.to' AND items.direction = 'received' "
            "AND items.duplicate_of IS NULL"):
        counts.update({a.casefold() for a in map(roles.address, header.split(",")) if a})
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return []
    return [Found(ranked[0][0], EMAIL)]


def recompute(db: sqlcipher3.Connection, mine: frozenset[str]) -> int:
    """Direction and default role of e-mails again, now that her identities are ``mine``
    (casefolded): an e-mail from one of them is hers. A role she chose stays hers.
    Returns how many items changed."""
    changed = 0
    rows = db.execute(
        "SELECT items.id, items.kind, metadata.value, coalesce(texts.body, ''), items.role_set,"
        " items.direction FROM items JOIN metadata ON metadata.item_id = items.id"
        " AND metadata.key = 'email.from' LEFT JOIN texts ON texts.item_id = items.id"
        " WHERE items.kind = 'email'").fetchall()
    for item_id, kind, sender, text, role_set, before in rows:
        way = roles.direction(kind, {"email.from": sender}, mine)
        if way == before:
            continue
        db.execute("UPDATE items SET direction = ? WHERE id = ?", (way, item_id))
        if not role_set:
            db.execute("UPDATE items SET role = ? WHERE id = ?",
                       (roles.default_role(kind, way, text), item_id))
        changed += 1
    return changed

"""Full-text search over names, titles, descriptions and extracted text.

Accent-insensitive ("marche" finds "marché") and forgiving: the user's words are
searched as word prefixes, never parsed as FTS5 syntax, so no query can fail.
"""

from __future__ import annotations

import re

import sqlcipher3

from app import evidence

_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(query: str) -> str:
    """The FTS5 expression for what the user typed: every word, as a prefix."""
    words = _WORD.findall(query)
    return " AND ".join(f'"{word}"*' for word in words)


def search(db: sqlcipher3.Connection, query: str,
           case_id: int | None = None) -> list[evidence.EvidenceItem]:
    """Items whose text matches every word of ``query``, best match first."""
    expression = match_expression(query)
    if not expression:
        return []
    ids = [row[0] for row in db.execute(
        "SELECT rowid FROM search WHERE search MATCH ? ORDER BY rank", (expression,))]
    found = (evidence.get(db, item_id) for item_id in ids)
    return [item for item in found if item and (case_id is None or item.case_id == case_id)]

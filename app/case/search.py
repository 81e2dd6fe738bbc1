"""Finding evidence: full-text search and the filters of the case view and timeline.

Text search is accent-insensitive ("marche" finds "marché") and forgiving: the user's
words are searched as word prefixes, never parsed as FTS5 syntax, so no query can fail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import sqlcipher3

from app.case import evidence

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Filters:
    """What the user narrowed the case down to; empty fields do not narrow."""

    text: str = ""
    kinds: set[str] = field(default_factory=set)
    tag_ids: set[int] = field(default_factory=set)
    account_ids: set[int] = field(default_factory=set)
    flags: set[str] = field(default_factory=set)
    since: str | None = None  # ISO 8601, inclusive
    until: str | None = None  # ISO 8601, exclusive
    parts: bool = True  # include attachments and chat messages

    def clauses(self) -> tuple[list[str], list[Any]]:
        """SQL conditions on ``items`` and their arguments."""
        where: list[str] = []
        args: list[Any] = []
        expression = match_expression(self.text)
        if expression:
            where.append("items.id IN (SELECT rowid FROM search WHERE search MATCH ?)")
            args.append(expression)
        for column, values in (("items.kind", self.kinds),):
            if values:
                where.append(f"{column} IN ({','.join('?' * len(values))})")
                args += sorted(values)
        _any_of(where, args, "item_tags", "tag_id", self.tag_ids)
        _any_of(where, args, "item_accounts", "account_id", self.account_ids)
        _any_of(where, args, "item_flags", "flag", self.flags)
        _range(where, args, self.since, self.until)
        if not self.parts:
            where.append("items.parent_id IS NULL")
        return where, args


def match_expression(query: str) -> str:
    """The FTS5 expression for what the user typed: every word, as a prefix."""
    return " AND ".join(f'"{word}"*' for word in _WORD.findall(query))


def find(db: sqlcipher3.Connection, case_id: int, filters: Filters) -> list[int]:
    """Ids of the case's items that pass the filters, in time order."""
    where, args = filters.clauses()
    sql = "SELECT items.id FROM items WHERE " + " AND ".join(["items.case_id = ?", *where])
    return [row[0] for row in db.execute(sql + " ORDER BY items.captured_at, items.id",
                                         (case_id, *args))]


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


def reindex(db: sqlcipher3.Connection, item_id: int) -> None:
    """Keep the search index in step with the item's words: its name, title, description,
    its own text and the text read in it (OCR, app/case/transcripts.py)."""
    row = db.execute(
        "SELECT original_name, title, description, "
        "trim(coalesce(texts.body, '') || char(10) || coalesce(screen_texts.body, ''), char(10)) "
        "FROM items LEFT JOIN texts ON texts.item_id = items.id "
        "LEFT JOIN screen_texts ON screen_texts.item_id = items.id WHERE items.id = ?",
        (item_id,)).fetchone()
    db.execute("DELETE FROM search WHERE rowid = ?", (item_id,))
    db.execute("INSERT INTO search(rowid, name, title, description, body) VALUES (?, ?, ?, ?, ?)",
               (item_id, *row))


def _any_of(where: list[str], args: list[Any], table: str, column: str, values: set[Any]) -> None:
    # Table and column names come from the Filters code above, never from the user.
    if values:
        where.append(f"items.id IN (SELECT item_id FROM {table} "
                     f"WHERE {column} IN ({','.join('?' * len(values))}))")
        args += sorted(values)


def _range(where: list[str], args: list[Any], since: str | None, until: str | None) -> None:
    # captured_at is ISO text with its offset; comparing in UTC keeps the order true
    # across summer and winter time.
    if since:
        where.append("julianday(items.captured_at) >= julianday(?)")
        args.append(since)
    if until:
        where.append("julianday(items.captured_at) < julianday(?)")
        args.append(until)

"""Which evidence a platform's abuse desk receives: that platform's items and nothing else.

A notice to Instagram must not carry the victim's WhatsApp chats or text messages: they
are none of Instagram's business, and a company has no use for them (data minimisation,
issue #14). An item belongs to a platform when the file it came in (the item itself, or
its container for a message) names that platform, case-insensitively. Her own sent
messages stay out unless she asks for them: a platform acts on what it received.
"""

from __future__ import annotations

import sqlcipher3

from app.common import roles
from app.export.platforms import entry_point


def on_platform(db: sqlcipher3.Connection, ids: list[int], platform: str,
                include_replies: bool) -> list[int]:
    """The ids among ``ids`` whose whole file is on ``platform``, her replies only when
    ``include_replies``; in the order given."""
    wanted = platform.strip().casefold()
    rows = db.execute("SELECT id, parent_id, platform, direction FROM items").fetchall()
    parents = {row[0]: row[1] for row in rows}
    platforms = {row[0]: (row[2] or "").strip().casefold() for row in rows}
    sent = {row[0] for row in rows if row[3] == roles.SENT}
    return [item_id for item_id in ids
            if platforms.get(_root(parents, item_id)) == wanted
            and (include_replies or item_id not in sent)]


def sent_ids(db: sqlcipher3.Connection, parent_id: int) -> set[int]:
    """Her own sent messages in a chat export: left out of a platform's transcript."""
    return {row[0] for row in db.execute(
        "SELECT id FROM items WHERE parent_id = ? AND direction = ?", (parent_id, roles.SENT))}


def platforms(db: sqlcipher3.Connection, case_id: int) -> list[str]:
    """The platforms the case's evidence names, each once (as the platform spells itself
    when known, else the first spelling met), in alphabetical order: the choice offered
    for a platform's notice."""
    found: dict[str, str] = {}
    for (name,) in db.execute("SELECT DISTINCT platform FROM items WHERE case_id = ? "
                              "AND parent_id IS NULL AND trim(platform) != '' ORDER BY id",
                              (case_id,)):
        known = entry_point(name)
        found.setdefault(name.strip().casefold(), known.name if known else name.strip())
    return sorted(found.values(), key=str.casefold)


def _root(parents: dict[int, int | None], item_id: int) -> int:
    seen = {item_id}
    while (parent := parents.get(item_id)) is not None and parent not in seen:
        seen.add(parent)
        item_id = parent
    return item_id

"""Which screenshots of a bundle the platforms' own records corroborate (issue #15 §2), as
the report states it: the screenshot's number, the message's time, and where the message
is: in an exhibit of this bundle (its number), or only in the vault.

The matching itself, and its rule, is ``app/case/corroboration.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo

import sqlcipher3

from app.case import corroboration
from app.export import numbering
from app.export.exhibit import Corroborated, Exhibit


def with_corroborations(db: sqlcipher3.Connection, case_id: int,
                        exhibits: tuple[Exhibit, ...], zone: tzinfo,
                        outside_too: bool) -> tuple[Exhibit, ...]:
    """The exhibits, each screenshot with the messages that corroborate it; a message
    outside the bundle only when ``outside_too`` (never for a platform, which gets only
    its own items)."""
    numbers = {part.item.id: part.number for exhibit in exhibits for part in exhibit.every()}
    read = [part.item.id for exhibit in exhibits for part in exhibit.every()
            if part.screen_text is not None]
    found: dict[int, list[Corroborated]] = {}
    for match in corroboration.in_case(db, case_id, zone, read) if read else ():
        number = numbers.get(match.conversation_id) or numbers.get(match.export_id, "")
        if number or outside_too:
            found.setdefault(match.screenshot_id, []).append(Corroborated(
                numbers[match.screenshot_id],
                datetime.fromisoformat(match.message_at).astimezone(zone), match.platform,
                number, match.strength, match.shown_time))
    return tuple(_given(exhibit, found) for exhibit in exhibits)


def _given(exhibit: Exhibit, found: dict[int, list[Corroborated]]) -> Exhibit:
    parts = tuple(_given(part, found) for part in exhibit.attachments)
    return replace(exhibit, attachments=parts,
                   corroborations=tuple(found.get(exhibit.item.id, ())))


@dataclass(frozen=True)
class Told:
    """A corroboration as the window and ``dossier show`` tell it, seen from one item."""

    found: corroboration.Corroboration
    exhibit: str  # the message's exhibit number once exported ("31-2"), else ""


def of_item(db: sqlcipher3.Connection, item_id: int) -> list[Told]:
    """A read picture's corroborations, or the screenshots that show a message."""
    row = db.execute("SELECT case_id, kind FROM items WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        return []
    case_id, kind = row
    if kind == "message":
        found = corroboration.in_case(db, case_id, message_id=item_id)
    else:
        found = corroboration.of_screenshot(db, item_id)
    return [told(db, case_id, c) for c in found]


def told(db: sqlcipher3.Connection, case_id: int, found: corroboration.Corroboration) -> Told:
    return Told(found, numbered(db, case_id, (found.conversation_id, found.export_id)))


def numbered(db: sqlcipher3.Connection, case_id: int, item_ids: Iterable[int]) -> str:
    """The exhibit number an earlier export gave the first of these items ("31-2"), or ""
    when none was exported yet: what the window and ``dossier show`` call the message's
    file, as the report numbers it."""
    kept = numbering.stored(db, case_id)
    for item_id in item_ids:
        if item_id in kept:
            number, sub = kept[item_id].number
            return f"{number}-{sub}" if sub else str(number)
    return ""

"""Tags: the user's own words for sorting evidence ("menace", "faux compte", "travail")."""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from app.case import records


@dataclass
class Tag:
    id: int | None
    case_id: int
    name: str


def all_tags(db: sqlcipher3.Connection, case_id: int) -> list[Tag]:
    return records.load(db, "tags", Tag, "case_id = ?", (case_id,), order="name COLLATE NOCASE")


def find_or_create(db: sqlcipher3.Connection, case_id: int, name: str) -> Tag:
    name = " ".join(name.split())
    if not name:
        raise ValueError("a tag needs a name")
    found = records.load(db, "tags", Tag, "case_id = ? AND name = ?", (case_id, name))
    if found:
        return found[0]
    tag = Tag(None, case_id, name)
    tag.id = records.save(db, "tags", tag)
    return tag


def rename(db: sqlcipher3.Connection, tag: Tag, name: str) -> None:
    tag.name = " ".join(name.split())
    records.save(db, "tags", tag)


def delete(db: sqlcipher3.Connection, tag_id: int) -> None:
    records.delete(db, "tags", tag_id)

"""The case view's lists: table rows, thumbnails, and the parts of a container.

Every function here answers in one or two queries whatever the size of the case, so the
case view stays quick with 50,000 items: the table never asks the vault row by row.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlcipher3

from app.case import people, tags
from app.case.search import Filters

# A bound parameter list per query; SQLite's default limit is 32766, stay far below.
_BATCH = 500


@dataclass(slots=True)
class Row:
    """One line of the evidence table."""

    id: int
    parent_id: int | None
    kind: str
    name: str  # the original file name
    title: str
    excerpt: str  # a message's first words; empty for other kinds
    captured_at: str  # ISO 8601 with its offset
    captured_at_source: str
    platform: str
    size: int
    flags: tuple[str, ...]
    tags: tuple[str, ...]
    accounts: tuple[str, ...]  # "handle (platform)", or the handle alone
    has_thumbnail: bool
    role: str = "act"  # act, reply, context or step (app/common/roles.py)


@dataclass(frozen=True)
class Part:
    """An attachment of an e-mail, or any other part of a container."""

    id: int
    kind: str
    name: str
    title: str
    size: int


@dataclass(frozen=True)
class Message:
    """One message of a chat export or SMS backup, as a transcript shows it."""

    id: int
    captured_at: str
    author: str  # the sender's name or number; empty for an SMS the owner sent
    direction: str  # "sent", "received" or "" when the export does not say
    text: str
    deleted: bool
    media_omitted: bool


@dataclass
class CaseListing:
    """What the case view shows at once: the rows, and the tags and accounts to filter by."""

    rows: list[Row]
    tags: list[tuple[int, str]]  # (id, name)
    accounts: list[tuple[int, str]]  # (id, "handle (platform)")


def case_listing(db: sqlcipher3.Connection, case_id: int,
                 filters: Filters | None = None) -> CaseListing:
    """The rows that pass ``filters``, and every tag and account of the case."""
    return CaseListing(
        rows(db, case_id, filters),
        [(int(tag.id or 0), tag.name) for tag in tags.all_tags(db, case_id)],
        [(int(account.id or 0), _account_label(account.handle, account.platform))
         for account in people.all_accounts(db, case_id)])


_ROW_SQL = """
SELECT items.id, items.parent_id, items.kind, items.original_name, items.title,
       CASE items.kind WHEN 'message' THEN
         substr((SELECT body FROM texts WHERE texts.item_id = items.id), 1, 200) END AS excerpt,
       items.captured_at, items.captured_at_source, items.platform, blobs.size,
       (SELECT group_concat(flag, ' ') FROM item_flags WHERE item_flags.item_id = items.id)
         AS flags,
       EXISTS (SELECT 1 FROM thumbnails WHERE thumbnails.item_id = items.id) AS has_thumbnail,
       items.role
  FROM items JOIN blobs ON blobs.id = items.blob_id
"""

# Tags and accounts of the chosen items, in one pass; 0 marks a tag, 1 an account.
_LINKS_SQL = """
SELECT item_tags.item_id, 0, tags.name, '' FROM item_tags JOIN tags ON tags.id = item_tags.tag_id
 WHERE item_tags.item_id IN ({chosen})
UNION ALL
SELECT item_accounts.item_id, 1, accounts.handle, accounts.platform
  FROM item_accounts JOIN accounts ON accounts.id = item_accounts.account_id
 WHERE item_accounts.item_id IN ({chosen})
ORDER BY 3 COLLATE NOCASE
"""

_Labels = dict[int, list[str]]


def rows(db: sqlcipher3.Connection, case_id: int, filters: Filters | None = None) -> list[Row]:
    """The case's items that pass ``filters``, in true time order (then by id)."""
    where, args = (filters or Filters()).clauses()
    conditions = " AND ".join(["items.case_id = ?", *where])
    # julianday compares instants, so items stated in different offsets still sort right.
    records = _named(db).execute(
        f"{_ROW_SQL} WHERE {conditions} ORDER BY julianday(items.captured_at), items.id",
        (case_id, *args)).fetchall()
    tags, accounts = _labels(db, f"SELECT items.id FROM items WHERE {conditions}",
                             (case_id, *args) * 2)
    return [_row(record, tags, accounts) for record in records]


def row(db: sqlcipher3.Connection, item_id: int) -> Row | None:
    """One item's table row, whatever the filters."""
    record = _named(db).execute(f"{_ROW_SQL} WHERE items.id = ?", (item_id,)).fetchone()
    if record is None:
        return None
    return _row(record, *_labels(db, "?", (item_id, item_id)))


def thumbnails(db: sqlcipher3.Connection, item_ids: list[int]) -> dict[int, bytes]:
    """The stored PNG previews of those items that have one."""
    found: dict[int, bytes] = {}
    for start in range(0, len(item_ids), _BATCH):
        batch = item_ids[start:start + _BATCH]
        marks = ",".join("?" * len(batch))
        found.update(db.execute(
            f"SELECT item_id, png FROM thumbnails WHERE item_id IN ({marks})", batch))
    return found


def parts(db: sqlcipher3.Connection, parent_id: int) -> list[Part]:
    """The direct parts of a container (e-mail attachments...), in the order found."""
    return [Part(*record) for record in db.execute(
        "SELECT items.id, items.kind, items.original_name, items.title, blobs.size "
        "FROM items JOIN blobs ON blobs.id = items.blob_id "
        "WHERE items.parent_id = ? ORDER BY items.id", (parent_id,))]


def messages(db: sqlcipher3.Connection, chat_id: int) -> list[Message]:
    """The messages of a chat export or SMS backup, in the order they were sent."""
    records = db.execute(
        "SELECT items.id, items.captured_at, coalesce(texts.body, ''), "
        "       (SELECT json_group_object(key, value) FROM metadata "
        "         WHERE metadata.item_id = items.id AND key IN ("
        "           'message.author', 'message.address', 'message.contact_name',"
        "           'message.direction', 'message.deleted', 'message.media_omitted')) "
        "FROM items LEFT JOIN texts ON texts.item_id = items.id "
        "WHERE items.parent_id = ? AND items.kind = 'message' "
        "ORDER BY julianday(items.captured_at), items.id", (chat_id,))
    return [_message(*record) for record in records]


def _labels(db: sqlcipher3.Connection, chosen: str,
            args: tuple[object, ...]) -> tuple[_Labels, _Labels]:
    """Tag names and account labels per item, each list in alphabetical order."""
    tags: _Labels = {}
    accounts: _Labels = {}
    for item_id, is_account, name, platform in db.execute(
            _LINKS_SQL.format(chosen=chosen), args):
        if is_account:
            accounts.setdefault(item_id, []).append(_account_label(name, platform))
        else:
            tags.setdefault(item_id, []).append(name)
    return tags, accounts


def _row(record: sqlcipher3.Row, tags: _Labels, accounts: _Labels) -> Row:
    item_id, flags = record["id"], record["flags"]
    return Row(id=item_id, parent_id=record["parent_id"], kind=record["kind"],
               name=record["original_name"], title=record["title"],
               excerpt=record["excerpt"] or "", captured_at=record["captured_at"],
               captured_at_source=record["captured_at_source"], platform=record["platform"],
               size=record["size"], flags=tuple(sorted(flags.split())) if flags else (),
               tags=tuple(tags.get(item_id, ())), accounts=tuple(accounts.get(item_id, ())),
               has_thumbnail=bool(record[11]), role=record["role"])


def _named(db: sqlcipher3.Connection) -> sqlcipher3.Cursor:
    """A cursor whose rows are read by column name, so columns cannot shift fields."""
    cursor = db.cursor()
    cursor.row_factory = sqlcipher3.Row
    return cursor


def _account_label(handle: str, platform: str) -> str:
    return f"{handle} ({platform})" if platform else handle


def _message(item_id: int, captured_at: str, text: str, metadata: str) -> Message:
    values = json.loads(metadata)
    author = (values.get("message.author") or values.get("message.contact_name")
              or values.get("message.address") or "")
    direction = values.get("message.direction", "")
    if direction == "sent" and "message.author" not in values:
        author = ""  # an SMS backup names the other party, not the phone's owner
    return Message(item_id, captured_at, author, direction, text,
                   deleted=values.get("message.deleted") == "yes",
                   media_omitted=values.get("message.media_omitted") == "yes")

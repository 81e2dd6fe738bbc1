"""The chain-of-custody log: who did what to which evidence, and when.

Every import, edit, removal, export and passphrase change appends one entry. Each entry
carries the SHA-256 of the entry before it, so removing, reordering or editing any entry
breaks the chain, and ``verify`` says where. The table also refuses UPDATE and DELETE.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from app.common import dates
from app.common.texts import QT_TRANSLATE_NOOP, Text

GENESIS = "0" * 64

# Actions recorded in the log.
CREATED = "vault_created"
CASE_CREATED = "case_created"
IMPORTED = "imported"
EDITED = "edited"
REMOVED = "removed"
EXPORTED = "exported"
PASSPHRASE_CHANGED = "passphrase_changed"
BACKED_UP = "backed_up"
BACKUP_FAILED = "backup_failed"  # a backup written into a folder failed its check; deleted
CHECKED = "checked"
FAILED_UNLOCKS = "failed_unlocks"  # wrong passphrases tried since the last unlock, with times
RESTORED = "restored"  # this vault replaced the one in place, from a backup
MIGRATED = "migrated"
RECOVERY_KEY_MADE = "recovery_key_made"  # a new recovery key; any former one stops working
RECOVERED = "recovered_with_key"  # a new passphrase set with the recovery key
DESCRIBED = "described"  # an incident, person, account or tag was created, changed or deleted
LINKED = "linked"  # an item was tied to an incident, account or tag
UNLINKED = "unlinked"


@dataclass(frozen=True)
class Entry:
    id: int
    at: str
    action: str
    case_id: int | None
    item_id: int | None
    sha256: str | None
    details: dict[str, Any]
    prev_hash: str
    entry_hash: str

    def as_json(self) -> dict[str, Any]:
        return {field: getattr(self, field) for field in self.__dataclass_fields__}


def append(db: sqlcipher3.Connection, action: str, *, case_id: int | None = None,
           item_id: int | None = None, sha256: str | None = None,
           details: dict[str, Any] | None = None) -> str:
    """Add one entry inside the caller's transaction; returns its hash."""
    row = db.execute("SELECT entry_hash FROM custody ORDER BY id DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    at = dates.to_iso(dates.now())
    body = _canonical(at, action, case_id, item_id, sha256, details or {})
    entry_hash = _hash(prev, body)
    db.execute(
        "INSERT INTO custody(at, action, case_id, item_id, sha256, details, prev_hash,"
        " entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (at, action, case_id, item_id, sha256, json.dumps(details or {}, ensure_ascii=False,
                                                          sort_keys=True), prev, entry_hash),
    )
    return entry_hash


def entries(db: sqlcipher3.Connection, item_id: int | None = None) -> list[Entry]:
    """The log in order, or only the entries about one item."""
    sql = ("SELECT id, at, action, case_id, item_id, sha256, details, prev_hash, entry_hash"
           " FROM custody")
    args: tuple[Any, ...] = ()
    if item_id is not None:
        sql, args = sql + " WHERE item_id = ?", (item_id,)
    cursor = db.cursor()
    cursor.row_factory = sqlcipher3.Row  # read by column name: a new column cannot shift them
    return [Entry(id=row["id"], at=row["at"], action=row["action"], case_id=row["case_id"],
                  item_id=row["item_id"], sha256=row["sha256"],
                  details=json.loads(row["details"]), prev_hash=row["prev_hash"],
                  entry_hash=row["entry_hash"])
            for row in cursor.execute(sql + " ORDER BY id", args)]


def verify(db: sqlcipher3.Connection) -> list[Text]:
    """Problems found in the chain, as sentences; an empty list means it is intact."""
    problems: list[Text] = []
    prev = GENESIS
    for entry in entries(db):
        body = _canonical(entry.at, entry.action, entry.case_id, entry.item_id,
                          entry.sha256, entry.details)
        if entry.prev_hash != prev:
            problems.append(Text(QT_TRANSLATE_NOOP(
                "core", "The history was cut or reordered at entry {entry}: an entry before "
                "it is missing or was moved."), entry=entry.id))
        if entry.entry_hash != _hash(entry.prev_hash, body):
            problems.append(Text(QT_TRANSLATE_NOOP(
                "core", "History entry {entry} was changed after it was written."),
                entry=entry.id))
        prev = entry.entry_hash
    return problems


def unmatched_items(db: sqlcipher3.Connection) -> list[Text]:
    """Items whose stored SHA-256 is not the one their "imported" entry recorded.

    Re-hashing proves each original matches its stored hash; this proves the stored hash
    is still the one logged when the item came in, so an original replaced together with
    its hash is caught. The latest entry wins, since an id can be reused after removal."""
    logged: dict[int, str | None] = {}
    for item_id, sha256 in db.execute(
            "SELECT item_id, sha256 FROM custody WHERE action = ? AND item_id IS NOT NULL"
            " ORDER BY id", (IMPORTED,)):
        logged[item_id] = sha256
    problems: list[Text] = []
    for item_id, sha256 in db.execute(
            "SELECT items.id, blobs.sha256 FROM items JOIN blobs ON blobs.id = items.blob_id"
            " ORDER BY items.id"):
        if item_id not in logged:
            problems.append(unlogged(item_id))
        elif logged[item_id] != sha256:
            problems.append(swapped(item_id))
    return problems


def unlogged(item_id: int) -> Text:
    return Text(QT_TRANSLATE_NOOP(
        "core", "Item {item} is not in the history: it was added without being recorded."),
        item=item_id)


def swapped(item_id: int) -> Text:
    return Text(QT_TRANSLATE_NOOP(
        "core", "Item {item} no longer holds the original that was imported: the original "
        "and its fingerprint (SHA-256) were replaced together."), item=item_id)


def _canonical(at: str, action: str, case_id: int | None, item_id: int | None,
               sha256: str | None, details: dict[str, Any]) -> str:
    record = {"at": at, "action": action, "case_id": case_id, "item_id": item_id,
              "sha256": sha256, "details": details}
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _hash(prev: str, body: str) -> str:
    return hashlib.sha256(f"{prev}\n{body}".encode()).hexdigest()

"""The vault's tables, built by numbered migrations on ``PRAGMA user_version``.

A migration only ever adds to what came before, and each one runs in its own
transaction, so a vault is always at exactly one version. The vault takes an encrypted
backup before it upgrades a file that already holds evidence (see ``Vault._migrate``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlcipher3

from app.common import roles


@dataclass(frozen=True)
class Migration:
    version: int
    purpose: str
    sql: str
    backfill: Callable[[sqlcipher3.Connection], None] | None = None


_EVIDENCE_STORE = """
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE cases(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
-- Original bytes, stored once per content and split in chunks so that memory stays
-- bounded whatever the file size. sha256 is NULL only while a blob is being written.
CREATE TABLE blobs(
    id INTEGER PRIMARY KEY,
    sha256 TEXT UNIQUE,
    size INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE chunks(
    id INTEGER PRIMARY KEY,
    blob_id INTEGER NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE(blob_id, seq)
);
CREATE TABLE items(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    parent_id INTEGER REFERENCES items(id) ON DELETE CASCADE,
    blob_id INTEGER NOT NULL REFERENCES blobs(id),
    kind TEXT NOT NULL,
    format TEXT NOT NULL,
    mime TEXT NOT NULL,
    original_name TEXT NOT NULL,
    file_modified_at TEXT,
    captured_at TEXT NOT NULL,
    captured_at_source TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    platform TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    duplicate_of INTEGER REFERENCES items(id) ON DELETE SET NULL
);
CREATE INDEX items_by_case_time ON items(case_id, captured_at);
CREATE INDEX items_by_parent ON items(parent_id);
CREATE INDEX items_by_blob ON items(blob_id);
CREATE TABLE item_flags(
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    flag TEXT NOT NULL,
    PRIMARY KEY(item_id, flag)
) WITHOUT ROWID;
CREATE TABLE metadata(
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL
);
CREATE INDEX metadata_by_item ON metadata(item_id);
CREATE TABLE texts(
    item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    body TEXT NOT NULL
);
CREATE TABLE thumbnails(
    item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    png BLOB NOT NULL
);
-- Append-only: each entry carries the hash of the one before (see custody.py).
CREATE TABLE custody(
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    case_id INTEGER,
    item_id INTEGER,
    sha256 TEXT,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    entry_hash TEXT NOT NULL
);
CREATE TRIGGER custody_no_update BEFORE UPDATE ON custody
BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END;
CREATE TRIGGER custody_no_delete BEFORE DELETE ON custody
BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END;
"""

# Accent-insensitive: remove_diacritics 2 makes "marche" find "marché".
_SEARCH = """
CREATE VIRTUAL TABLE search USING fts5(
    name, title, description, body,
    tokenize = 'unicode61 remove_diacritics 2'
);
"""


def _index_existing_items(db: sqlcipher3.Connection) -> None:
    db.execute(
        "INSERT INTO search(rowid, name, title, description, body) "
        "SELECT items.id, original_name, title, description, coalesce(texts.body, '') "
        "FROM items LEFT JOIN texts ON texts.item_id = items.id"
    )


_CASE_WORK = """
CREATE TABLE incidents(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    occurred_at TEXT,
    occurred_until TEXT,
    precision TEXT NOT NULL DEFAULT 'exact'
        CHECK(precision IN ('exact', 'day', 'month', 'approximate')),
    platform TEXT NOT NULL DEFAULT '',
    severity INTEGER NOT NULL DEFAULT 0 CHECK(severity BETWEEN 0 AND 4),
    created_at TEXT NOT NULL
);
CREATE TABLE people(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'harasser' CHECK(role IN ('harasser', 'witness', 'other')),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE accounts(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    platform TEXT NOT NULL DEFAULT '',
    handle TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    UNIQUE(case_id, platform, handle)
);
CREATE TABLE tags(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    UNIQUE(case_id, name)
);
CREATE TABLE incident_items(
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    PRIMARY KEY(incident_id, item_id)
) WITHOUT ROWID;
CREATE TABLE incident_accounts(
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    PRIMARY KEY(incident_id, account_id)
) WITHOUT ROWID;
CREATE TABLE item_accounts(
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    PRIMARY KEY(item_id, account_id)
) WITHOUT ROWID;
CREATE TABLE item_tags(
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY(item_id, tag_id)
) WITHOUT ROWID;
"""

# Who said what to whom, and what each item is in the case (app/common/roles.py).
# role_set is 1 once the person chose the role herself: defaults are recomputed, hers never.
_PARTIES = """
ALTER TABLE items ADD COLUMN direction TEXT NOT NULL DEFAULT 'none'
    CHECK(direction IN ('received', 'sent', 'none'));
ALTER TABLE items ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN role TEXT NOT NULL DEFAULT 'act'
    CHECK(role IN ('act', 'reply', 'context', 'step'));
ALTER TABLE items ADD COLUMN role_set INTEGER NOT NULL DEFAULT 0 CHECK(role_set IN (0, 1));
"""


def _parties_of_existing_items(db: sqlcipher3.Connection) -> None:
    """Direction, author and default role of the items stored before version 4, from what
    their readers recorded then (the same rules the pipeline applies to new items)."""
    facts: dict[int, dict[str, str]] = {}
    for item_id, key, value in db.execute(
            "SELECT item_id, key, value FROM metadata WHERE key LIKE 'message.%' "
            "OR key IN ('email.from', 'chat.name', 'web.url')"):
        facts.setdefault(item_id, {}).setdefault(key, value)
    rows = db.execute("SELECT items.id, items.kind, items.parent_id, coalesce(texts.body, '') "
                      "FROM items LEFT JOIN texts ON texts.item_id = items.id").fetchall()
    updates = []
    for item_id, kind, parent_id, text in rows:
        found = dict(facts.get(item_id, {}))
        chat_with = facts.get(parent_id, {}).get("chat.name", "") if parent_id else ""
        if chat_with and found.get("message.author") and "message.direction" not in found:
            found["message.direction"] = roles.chat_direction(found["message.author"],
                                                              chat_with)
        way = roles.direction(kind, found)
        updates.append((way, roles.author(kind, found), roles.default_role(kind, way, text),
                        item_id))
    db.executemany("UPDATE items SET direction = ?, author = ?, role = ? WHERE id = ?",
                   updates)


# An exhibit keeps the number it was first exported under, so that an avocat who
# communicates exhibits in several rounds never sees pièce 5 become pièce 1. No foreign key
# to items: a removed item's number stays taken, never reused. Each export's numbers are
# recorded against its custody entry, for the next bordereau complémentaire.
_EXHIBIT_NUMBERS = """
CREATE TABLE exhibit_numbers(
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL,
    number INTEGER NOT NULL CHECK(number > 0),
    sub INTEGER NOT NULL DEFAULT 0 CHECK(sub >= 0),
    first_exported_at TEXT NOT NULL,
    PRIMARY KEY(case_id, item_id),
    UNIQUE(case_id, number, sub)
);
CREATE TABLE exhibit_communications(
    export_id INTEGER NOT NULL REFERENCES custody(id),
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    sub INTEGER NOT NULL DEFAULT 0,
    at TEXT NOT NULL,
    PRIMARY KEY(export_id, number, sub)
);
"""

# The offence the person chose for an incident (app.case.qualifications); "" for none,
# so the letter asks the procureur to qualify the facts instead of assuming one.
_QUALIFICATION = """
ALTER TABLE incidents ADD COLUMN qualification TEXT NOT NULL DEFAULT '';
"""

# The steps the person took (démarches): a report to a platform, a complaint, a letter...
# Each may cite the items that show it (an acknowledgement e-mail, the complaint's
# receipt); removing such an item removes only the link.
_STEPS = """
CREATE TABLE steps(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'other',
    done_at TEXT NOT NULL,
    precision TEXT NOT NULL DEFAULT 'day'
        CHECK(precision IN ('exact', 'day', 'month', 'approximate')),
    recipient TEXT NOT NULL DEFAULT '',
    what TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'sent',
    answer TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX steps_by_case ON steps(case_id, done_at);
CREATE TABLE step_items(
    step_id INTEGER NOT NULL REFERENCES steps(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    PRIMARY KEY(step_id, item_id)
) WITHOUT ROWID;
"""

# The text OCR read in a picture (app/case/transcripts.py): one row per item once read,
# 'read' with its lines (JSON: text, four-corner box in the picture's pixels, score) or
# 'failed' with the reason, so that a picture is read once and a stopped reading is not
# retried at every start. Its words go to the search index's body with the item's own text.
_SCREEN_TEXT = """
CREATE TABLE screen_texts(
    item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK(state IN ('read', 'failed')),
    body TEXT NOT NULL DEFAULT '',
    lines TEXT NOT NULL DEFAULT '[]',
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    engine TEXT NOT NULL DEFAULT '',
    problem TEXT NOT NULL DEFAULT '',
    read_at TEXT NOT NULL
);
"""

MIGRATIONS = (
    Migration(1, "evidence store and custody log", _EVIDENCE_STORE),
    Migration(2, "accent-insensitive full-text search", _SEARCH, _index_existing_items),
    Migration(3, "incidents, people, accounts and tags", _CASE_WORK),
    Migration(4, "parties, direction and role of each item", _PARTIES,
              _parties_of_existing_items),
    Migration(5, "exhibit numbers that stay", _EXHIBIT_NUMBERS),
    Migration(6, "an incident's legal qualification", _QUALIFICATION),
    Migration(7, "steps taken (démarches) and the items that show them", _STEPS),
    Migration(8, "text read in pictures (OCR)", _SCREEN_TEXT),
)
LATEST = MIGRATIONS[-1].version


def version(db: sqlcipher3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlcipher3.Connection, target: int = LATEST) -> list[int]:
    """Bring the vault up to ``target``; returns the versions applied."""
    applied = []
    for step in MIGRATIONS:
        if version(db) < step.version <= target:
            _apply(db, step)
            applied.append(step.version)
    return applied


def _apply(db: sqlcipher3.Connection, step: Migration) -> None:
    # executescript would commit on its own; run statement by statement in one transaction.
    db.execute("BEGIN IMMEDIATE")
    try:
        for statement in _statements(step.sql):
            db.execute(statement)
        if step.backfill:
            step.backfill(db)
        db.execute(f"PRAGMA user_version = {int(step.version)}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    """Split a script on complete statements (triggers contain inner semicolons)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        current += line
        if sqlcipher3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s]

"""The newest state of each vault this computer has seen, to notice one put back older.

Without the passphrase nobody can write into the vault, but anyone can put back an
older copy of the file, or older pages of it: everything then still checks, and the
newest history is simply gone. So each time the owner's vault is opened, checked or
locked, its custody log's position (how many entries, and the hash of the last) is kept
in a small file in the user's settings folder, ``last-seen.json``, and the next unlock
and every check compare the vault with it.

The file reveals nothing and cannot be forged without the vault key: records are keyed
with a random secret kept inside the encrypted vault (readable only with the vault key,
and the same in its backups and after a passphrase change, so a backup put back in the
vault's place is caught whatever its salt), a vault is named by a keyed hash of its first
custody entry and its place, the head hash is kept only as a keyed hash, and every record
carries a MAC. What it does not catch is said in docs/threat-model.md: a copy opened on another
computer, a settings file deleted or rolled back with the vault, or a rollback that
happened before this computer ever opened the vault.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs
import sqlcipher3

from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.vault import plain_files

FILE_NAME = "last-seen.json"
MAX_BYTES = 256 * 1024
KEPT = 100  # vaults remembered, the most recently seen first
_CONTEXT = b"dossier last-seen record v1"
SECRET_SETTING = "last_seen_secret"


@dataclass(frozen=True)
class Position:
    """Where a vault's custody log stood: its entry count and its last entry's hash."""

    count: int
    head: str


@dataclass(frozen=True)
class Older:
    """The vault is behind what this computer saw on ``seen_at`` (UTC, ISO 8601)."""

    seen_at: str
    count_then: int
    count_now: int


def sentence(older: Older) -> Text:
    """What the owner is told, at unlock and in every check."""
    day, _, time = older.seen_at.rstrip("Z").partition("T")
    return Text(QT_TRANSLATE_NOOP(
        "core", "This vault is older than the one last opened here on {day} at {time} UTC: "
                "its history then held {then} entries, and this copy does not continue it "
                "({now} entries). If you did not put back an older copy yourself, someone "
                "may have. Restore your latest backup, and compare the history (dossier log)."),
        day=day, time=time[:5], then=older.count_then, now=older.count_now)


def settings_dir() -> Path:
    """The user's Dossier settings folder: ``DOSSIER_CONFIG_DIR`` or platformdirs'."""
    chosen = os.environ.get("DOSSIER_CONFIG_DIR")
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_config_dir("Dossier", appauthor=False))


def position(db: sqlcipher3.Connection) -> Position | None:
    row = db.execute("SELECT count(*), max(id) FROM custody").fetchone()
    if not row or not row[0]:
        return None
    head = db.execute("SELECT entry_hash FROM custody WHERE id = ?", (row[1],)).fetchone()
    return Position(int(row[0]), str(head[0]))


def ensure_secret(db: sqlcipher3.Connection) -> None:
    """Give the vault its record secret, inside the caller's transaction, once."""
    db.execute("INSERT OR IGNORE INTO settings VALUES (?, ?)",
               (SECRET_SETTING, os.urandom(32).hex()))


def compare(db: sqlcipher3.Connection, path: Path) -> Older | None:
    """``Older`` when the vault at ``path`` does not continue the newest state seen
    there from this computer."""
    key, name = _keys(db, path)
    record = _records().get(name) if name else None
    if record is None or not _authentic(key, name, record):
        return None
    now = position(db)
    count_now = now.count if now else 0
    entry = _entry_hash_at(db, int(record["count"]))
    if entry is not None and hmac.compare_digest(_head_tag(key, entry), record["head"]):
        return None
    return Older(str(record["seen"]), int(record["count"]), count_now)


def remember(db: sqlcipher3.Connection, path: Path) -> None:
    """Keep the vault's current position as the newest seen; a settings folder that
    cannot be written loses the record, never the user's work."""
    keep(record_for(db, path))


def record_for(db: sqlcipher3.Connection, path: Path) -> tuple[str, dict[str, Any]]:
    """The record of the vault's current position at ``path``, to ``keep`` now or once
    it is there (a restore keeps it only after the restored file took the vault's name)."""
    key, name = _keys(db, path)
    now = position(db)
    if not name or now is None:
        return "", {}
    seen = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    record: dict[str, Any] = {"count": now.count, "head": _head_tag(key, now.head),
                              "seen": seen}
    record["mac"] = _mac(key, name, record)
    return name, record


def keep(named: tuple[str, dict[str, Any]]) -> None:
    name, record = named
    if not name:
        return
    records = {name: record, **{k: v for k, v in _records().items() if k != name}}
    _save(dict(list(records.items())[:KEPT]))


def _keys(db: sqlcipher3.Connection, path: Path) -> tuple[bytes, str]:
    """The record key, and the record's name: the vault's first entry and its place.

    The place is part of the name so that a backup opened where it lies, on purpose,
    is not called older; the attack this catches puts the old copy in the vault's place.
    """
    secret = db.execute("SELECT value FROM settings WHERE key = ?",
                        (SECRET_SETTING,)).fetchone()
    first = db.execute("SELECT entry_hash FROM custody ORDER BY id LIMIT 1").fetchone()
    if secret is None or first is None:
        return b"", ""  # a vault from before, on read-only media: nothing is kept
    key = hmac.new(bytes.fromhex(str(secret[0])), _CONTEXT, hashlib.sha256).digest()
    place = os.path.normcase(str(Path(path).resolve()))
    identity = f"vault\0{first[0]}\0{place}".encode()
    return key, hmac.new(key, identity, hashlib.sha256).hexdigest()


def _entry_hash_at(db: sqlcipher3.Connection, count: int) -> str | None:
    if count < 1:
        return None
    row = db.execute("SELECT entry_hash FROM custody ORDER BY id LIMIT 1 OFFSET ?",
                     (count - 1,)).fetchone()
    return str(row[0]) if row else None


def _head_tag(key: bytes, head: str) -> str:
    return hmac.new(key, b"head\0" + head.encode(), hashlib.sha256).hexdigest()


def _mac(key: bytes, name: str, record: dict[str, Any]) -> str:
    body = json.dumps([name, record["count"], record["head"], record["seen"]])
    return hmac.new(key, b"record\0" + body.encode(), hashlib.sha256).hexdigest()


def _authentic(key: bytes, name: str, record: Any) -> bool:
    try:
        return isinstance(record, dict) and hmac.compare_digest(
            _mac(key, name, record), str(record["mac"]))
    except (KeyError, TypeError):
        return False


def _records() -> dict[str, Any]:
    try:
        data = json.loads(plain_files.read_capped(settings_dir() / FILE_NAME, MAX_BYTES))
    except (OSError, ValueError):
        return {}
    vaults = data.get("vaults") if isinstance(data, dict) else None
    return dict(vaults) if isinstance(vaults, dict) else {}


def _save(records: dict[str, Any]) -> None:
    folder = settings_dir()
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        text = json.dumps({"version": 1, "vaults": records}, indent=1, sort_keys=True)
        plain_files.write_whole(folder / FILE_NAME, text.encode("ascii"))

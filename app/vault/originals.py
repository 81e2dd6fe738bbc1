"""Original bytes, kept unaltered inside the vault in chunks, with their SHA-256.

Files go in and come out chunk by chunk, so memory stays bounded whatever their size.
Identical bytes are stored once; items point at them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import BinaryIO

import sqlcipher3

from app.common.texts import QT_TRANSLATE_NOOP, Text

# 1 MiB: large enough that per-row overhead vanishes, small enough to bound memory.
CHUNK_SIZE = 1 << 20


@dataclass(frozen=True)
class Stored:
    blob_id: int
    sha256: str
    size: int
    head: bytes  # the first chunk, for sniffing without reading again


def store(db: sqlcipher3.Connection, stream: BinaryIO) -> Stored:
    """Copy ``stream`` into the vault inside the caller's transaction.

    If the same bytes are already stored, the new copy is dropped and the existing
    original is returned, so a duplicate costs no space.
    """
    db.execute("SAVEPOINT original")
    blob_id = db.execute("INSERT INTO blobs(size) VALUES (0)").lastrowid
    digest, size, head = hashlib.sha256(), 0, b""
    for seq, chunk in enumerate(_read_ahead(stream, digest)):
        head = head or chunk
        size += len(chunk)
        db.execute("INSERT INTO chunks(blob_id, seq, data) VALUES (?, ?, ?)", (blob_id, seq, chunk))
    sha256 = digest.hexdigest()
    existing = find(db, sha256)
    if existing is not None:
        db.execute("ROLLBACK TO original")
        db.execute("RELEASE original")
        return Stored(existing, sha256, size, head)
    db.execute("UPDATE blobs SET sha256 = ?, size = ? WHERE id = ?", (sha256, size, blob_id))
    db.execute("RELEASE original")
    return Stored(blob_id, sha256, size, head)


def _read_ahead(stream: BinaryIO, digest: hashlib._Hash) -> Iterator[bytes]:
    """The stream's chunks, each already hashed into ``digest``.

    From the second chunk on, the next chunk is read and hashed on a helper thread while
    the caller encrypts and writes the current one (both release the GIL); a file of one
    chunk is read directly, where a thread would cost more than it saves (measured in
    tests/bench). At most two chunks are in memory at once.
    """
    def next_chunk() -> bytes:
        chunk = stream.read(CHUNK_SIZE)
        digest.update(chunk)
        return chunk

    current, upcoming = next_chunk(), next_chunk()
    if not upcoming:
        if current:
            yield current
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="read-ahead") as helper:
        while upcoming:
            following = helper.submit(next_chunk)
            yield current
            current, upcoming = upcoming, following.result()
    yield current


def find(db: sqlcipher3.Connection, sha256: str) -> int | None:
    row = db.execute("SELECT id FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
    return row[0] if row else None


def chunks(db: sqlcipher3.Connection, blob_id: int) -> Iterator[bytes]:
    """The original bytes, in order, one chunk at a time."""
    last = -1
    while True:
        row = db.execute(
            "SELECT seq, data FROM chunks WHERE blob_id = ? AND seq > ? ORDER BY seq LIMIT 1",
            (blob_id, last),
        ).fetchone()
        if row is None:
            return
        last = row[0]
        yield row[1]


def verify_all(db: sqlcipher3.Connection) -> tuple[list[Text], int]:
    """Re-hash every original; returns the problems found and how many were checked."""
    problems: list[Text] = []
    blobs = db.execute("SELECT id, sha256, size FROM blobs ORDER BY id").fetchall()
    for blob_id, sha256, size in blobs:
        digest, actual = hashlib.sha256(), 0
        for chunk in chunks(db, blob_id):
            digest.update(chunk)
            actual += len(chunk)
        if sha256 is None or digest.hexdigest() != sha256 or actual != size:
            problems.append(_changed(blob_id, _users(db, blob_id)))
    return problems, len(blobs)


def _users(db: sqlcipher3.Connection, blob_id: int) -> str:
    ids = [str(r[0]) for r in db.execute("SELECT id FROM items WHERE blob_id = ?", (blob_id,))]
    return ", ".join(ids)


def _changed(blob_id: int, items: str) -> Text:
    if not items:
        return Text(QT_TRANSLATE_NOOP(
            "core", "An original no longer used by any item (original {original}) has changed "
            "since it was stored: its fingerprint (SHA-256) no longer matches."),
            original=blob_id)
    return Text(QT_TRANSLATE_NOOP(
        "core", "The original of item(s) {items} has changed since it was stored: its "
        "fingerprint (SHA-256) no longer matches."), items=items)

"""Originals go in and come out byte for byte, at every size around a chunk boundary."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from app.vault import keys, originals
from app.vault.vault import Vault

C = originals.CHUNK_SIZE


@pytest.fixture
def vault(tmp_path: Path):
    with Vault.create(tmp_path / "v.dossier", "pass", kdf=keys.KdfSettings(10, 8)) as opened:
        yield opened


@pytest.mark.parametrize("size", [1, C - 1, C, C + 1, 2 * C, 3 * C + 7])
def test_store_then_read_back_is_exact(vault: Vault, size: int) -> None:
    data = os.urandom(size)
    with vault.transaction() as db:
        stored = originals.store(db, io.BytesIO(data))
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.size == size
    assert stored.head == data[:C]
    assert b"".join(originals.chunks(vault.db, stored.blob_id)) == data


def test_same_bytes_are_stored_once(vault: Vault) -> None:
    data = os.urandom(C + 5)
    with vault.transaction() as db:
        first = originals.store(db, io.BytesIO(data))
        second = originals.store(db, io.BytesIO(data))
    assert second.blob_id == first.blob_id
    assert vault.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1


def test_a_changed_chunk_is_found_by_the_rehash(vault: Vault) -> None:
    with vault.transaction() as db:
        stored = originals.store(db, io.BytesIO(os.urandom(2 * C)))
        db.execute("UPDATE chunks SET data = zeroblob(10) WHERE blob_id = ? AND seq = 1",
                   (stored.blob_id,))
    problems, checked = originals.verify_all(vault.db)
    assert checked == 1
    assert len(problems) == 1
    assert "SHA-256" in problems[0]

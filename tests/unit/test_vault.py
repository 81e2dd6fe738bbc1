"""The vault against the real SQLCipher: keys, errors, care operations, migrations."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlcipher3

from app.common import errors
from app.vault import custody, keys, schema
from app.vault.vault import Vault

PASSPHRASE = "p'a\"s;s -- ünïcødé ✓"
FAST = keys.KdfSettings(log2_n=10, r=8)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "vault.dossier"


@pytest.fixture
def vault(path: Path):
    with Vault.create(path, PASSPHRASE, kdf=FAST) as opened:
        yield opened


def test_create_is_owner_only_and_unlocks_with_quotes_and_unicode(path: Path) -> None:
    Vault.create(path, PASSPHRASE, kdf=FAST).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with Vault.unlock(path, PASSPHRASE) as vault:
        assert vault.setting("application") == "dossier"
        assert schema.version(vault.db) == schema.LATEST


def test_decomposed_accents_unlock_like_composed_ones(path: Path) -> None:
    Vault.create(path, "\u00e9t\u00e9", kdf=FAST).close()
    Vault.unlock(path, "e\u0301te\u0301").close()


def test_default_kdf_is_memory_hard_and_stored_in_the_file(path: Path) -> None:
    assert keys.DEFAULT.memory == 128 * 1024 * 1024
    Vault.create(path, PASSPHRASE).close()
    salt = keys.Salt.read(path.read_bytes()[:16])
    assert salt is not None
    assert salt.kdf == keys.DEFAULT


def test_wrong_passphrase_is_one_clear_error(path: Path, vault: Vault) -> None:
    vault.close()
    with pytest.raises(errors.WrongPassphrase):
        Vault.unlock(path, PASSPHRASE + "x")


@pytest.mark.parametrize("content", [b"", b"hello, not a vault" * 10, os.urandom(4096)])
def test_other_files_are_not_vaults(path: Path, content: bytes) -> None:
    path.write_bytes(content)
    with pytest.raises(errors.NotAVault):
        Vault.unlock(path, PASSPHRASE)


def test_plain_sqlite_file_is_not_a_vault(path: Path) -> None:
    sqlite3.connect(path).execute("CREATE TABLE t(x)").connection.commit()
    with pytest.raises(errors.NotAVault):
        Vault.unlock(path, PASSPHRASE)


def test_missing_vault_says_how_to_create_one(path: Path) -> None:
    with pytest.raises(errors.NoVault, match="dossier init"):
        Vault.unlock(path, PASSPHRASE)


def test_create_never_overwrites(path: Path) -> None:
    path.write_bytes(b"precious")
    with pytest.raises(errors.VaultExists):
        Vault.create(path, PASSPHRASE, kdf=FAST)
    assert path.read_bytes() == b"precious"


def test_second_opener_is_told_the_vault_is_in_use(path: Path, vault: Vault) -> None:
    with pytest.raises(errors.InUse):
        Vault.unlock(path, PASSPHRASE)


def test_change_passphrase_keeps_everything_and_logs_it(path: Path, vault: Vault) -> None:
    vault.change_passphrase("nouveau ' mot ; de passe", kdf=FAST)
    vault.close()
    with pytest.raises(errors.WrongPassphrase):
        Vault.unlock(path, PASSPHRASE)
    with Vault.unlock(path, "nouveau ' mot ; de passe") as reopened:
        actions = [e.action for e in custody.entries(reopened.db)]
        # The try with the old passphrase is counted, then logged at this unlock.
        assert actions[-2:] == [custody.PASSPHRASE_CHANGED, custody.FAILED_UNLOCKS]
        assert reopened.check().ok


def test_backup_is_encrypted_complete_and_atomic(path: Path, vault: Vault, tmp_path: Path) -> None:
    copy = tmp_path / "backup.dossier"
    vault.backup(copy)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert b"dossier" not in copy.read_bytes()
    assert not list(tmp_path.glob(".*partial"))
    vault.close()
    with Vault.unlock(copy, PASSPHRASE) as restored:
        assert schema.version(restored.db) == schema.LATEST
        assert restored.check().ok
    with pytest.raises(errors.VaultExists):
        Vault.unlock(path, PASSPHRASE).backup(copy)


def test_check_passes_on_a_sound_vault(vault: Vault) -> None:
    report = vault.check()
    assert report.ok
    assert report.custody_entries >= 1


def test_tampered_page_is_caught_by_check(path: Path, vault: Vault) -> None:
    with vault.transaction() as db:
        db.execute("INSERT INTO settings VALUES ('filler', ?)", ("x" * 300_000,))
    vault.close()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped bit somewhere in the middle
    path.write_bytes(bytes(data))
    with Vault.unlock(path, PASSPHRASE) as damaged:
        report = damaged.check()
    assert not report.ok


def test_custody_log_refuses_edits(vault: Vault) -> None:
    with pytest.raises(sqlcipher3.IntegrityError), vault.transaction() as db:
        db.execute("DELETE FROM custody")
    with pytest.raises(sqlcipher3.IntegrityError), vault.transaction() as db:
        db.execute("UPDATE custody SET action = 'forged'")


def test_custody_chain_detects_a_forged_entry(vault: Vault) -> None:
    with vault.transaction() as db:
        custody.append(db, custody.EDITED, details={"field": "title"})
        custody.append(db, custody.EDITED, details={"field": "description"})
        db.execute("DROP TRIGGER custody_no_update")
        db.execute("UPDATE custody SET details = '{\"field\": \"forged\"}' WHERE id = 2")
    assert any("entry 2" in problem for problem in custody.verify(vault.db))


def _vault_at_version(path: Path, version: int) -> None:
    """A vault as an older Dossier left it, holding data where its schema allows."""
    salt = keys.Salt.new(FAST)
    db = sqlcipher3.connect(str(path), isolation_level=None)
    vault = Vault(path, db, keys.derive(PASSPHRASE, salt), salt)
    vault._configure()
    schema.migrate(db, target=version)
    if version >= 1:
        db.execute("INSERT INTO settings VALUES ('application', 'dossier')")
        db.execute("INSERT INTO cases(name, created_at) VALUES ('old', '2026-01-01T00:00:00Z')")
        db.execute("INSERT INTO blobs(sha256, size) VALUES (?, 0)", ("e3b0" + "0" * 60,))
        db.execute(
            "INSERT INTO items(case_id, blob_id, kind, format, mime, original_name, captured_at,"
            " captured_at_source, imported_at) VALUES (1, 1, 'text', 'text', 'text/plain',"
            " 'notes-marché.txt', '2026-01-01T00:00:00Z', 'user', '2026-01-01T00:00:00Z')")
    if version >= 2:  # that Dossier indexed what it stored
        db.execute("INSERT INTO search(rowid, name, title, description, body)"
                   " VALUES (1, 'notes-marché.txt', '', '', '')")
    db.close()


@pytest.mark.parametrize("version", [step.version for step in schema.MIGRATIONS[:-1]])
def test_upgrade_from_every_earlier_version(path: Path, version: int) -> None:
    _vault_at_version(path, version)
    with Vault.unlock(path, PASSPHRASE) as vault:
        assert schema.version(vault.db) == schema.LATEST
        names = [r[0] for r in vault.db.execute("SELECT rowid FROM search WHERE search MATCH 'marche'")]
        assert names == [1]
        assert custody.entries(vault.db)[-1].action == custody.MIGRATED
    backup = path.with_name(f"{path.name}.before-v{schema.LATEST}.bak")
    salt = keys.Salt.read(backup.read_bytes()[:16])
    assert salt is not None
    with Vault._open(backup, keys.derive(PASSPHRASE, salt), salt) as old:  # no migration
        assert schema.version(old.db) == version


def test_newer_vault_is_refused_not_damaged(path: Path, vault: Vault) -> None:
    vault.db.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    vault.close()
    with pytest.raises(errors.VaultError, match="newer"):
        Vault.unlock(path, PASSPHRASE)

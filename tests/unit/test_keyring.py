"""The master key wrapped in the keyring beside the vault: a passphrase change rewrites the
keyring only, a recovery key opens it, a keyring altered or from elsewhere is refused, and a
vault made before keyrings moves to one at its next unlock."""

from __future__ import annotations

import hashlib
import io
import os
import stat
from pathlib import Path

import pytest

from app.common import errors
from app.vault import attempts, custody, damage, keyring, keys, originals
from app.vault.recovery_key import RecoveryKey
from app.vault.vault import NoKeyring, Vault, WrongRecoveryKey

PASSPHRASE = "loutre violette sous l'escalier"
NEW = "un autre chemin vers la mer"
FAST = keys.KdfSettings(log2_n=10, r=8)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A vault holding three random originals of 100 kB."""
    vault = Vault.create(tmp_path / "vault.dossier", PASSPHRASE, kdf=FAST)
    with vault, vault.transaction() as db:
        for _ in range(3):
            originals.store(db, io.BytesIO(os.urandom(100_000)))
    return tmp_path / "vault.dossier"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _blob_hashes(vault: Vault) -> list[str]:
    return [row[0] for row in vault.db.execute("SELECT sha256 FROM blobs ORDER BY id")]


def test_a_new_vault_has_a_random_looking_owner_only_keyring(path: Path) -> None:
    ring = keyring.file_for(path)
    assert ring.name == "vault.dossier.keys"
    assert stat.S_IMODE(ring.stat().st_mode) == 0o600
    raw = ring.read_bytes()
    assert len(raw) == keyring.SIZE
    assert b"dossier" not in raw.lower()
    assert b"SQLite" not in raw
    salt = keys.Salt.read(path.read_bytes())
    assert salt is not None
    assert salt.profile == keys.WRAPPED
    assert salt.masked


def test_a_passphrase_change_rewrites_the_keyring_only(path: Path) -> None:
    before = _digest(path)
    ring_before = keyring.file_for(path).read_bytes()
    with Vault.unlock(path, PASSPHRASE) as vault:
        pages_key = vault._key
        vault.change_passphrase(NEW, kdf=FAST)
        assert vault.passphrase_matches(NEW)
        assert not vault.passphrase_matches(PASSPHRASE)
        assert custody.entries(vault.db)[-1].action == custody.PASSPHRASE_CHANGED
    # Only the custody entry's pages changed: the master key is the same.
    assert keyring.file_for(path).read_bytes() != ring_before
    with pytest.raises(errors.WrongPassphrase):
        Vault.unlock(path, PASSPHRASE)
    with Vault.unlock(path, NEW) as vault:
        assert vault._key == pages_key
        assert vault.check().ok
    assert before != _digest(path)  # the log grew; no page was re-encrypted (same key)


def _flip_keyring_byte(path: Path, offset: int) -> None:
    ring = keyring.file_for(path)
    data = bytearray(ring.read_bytes())
    data[offset] ^= 0x01
    ring.write_bytes(bytes(data))


@pytest.mark.parametrize("offset", [0, 15, 16, 40, 75])
def test_an_altered_passphrase_slot_opens_nothing(path: Path, offset: int) -> None:
    _flip_keyring_byte(path, offset)
    with pytest.raises(errors.VaultError) as raised:
        Vault.unlock(path, PASSPHRASE)
    # The salt's settings bytes altered are seen at once; otherwise the slot fails its tag.
    assert isinstance(raised.value, (errors.WrongPassphrase, keyring.KeyringDamaged))


@pytest.mark.parametrize("offset", [76, 100, 151, 152, 183])
def test_an_altered_keyring_is_refused_as_damaged_and_counts_no_failure(
        path: Path, offset: int) -> None:
    _flip_keyring_byte(path, offset)
    with pytest.raises(keyring.KeyringDamaged) as raised:
        Vault.unlock(path, PASSPHRASE)
    assert "vault.dossier.keys" in str(raised.value)
    assert not attempts.file_for(path).exists()


def test_a_keyring_cut_short_or_of_another_vault_is_refused(path: Path, tmp_path: Path) -> None:
    other = Vault.create(tmp_path / "other.dossier", PASSPHRASE, kdf=FAST)
    other.close()
    ring = keyring.file_for(path)
    mine = ring.read_bytes()
    ring.write_bytes(keyring.file_for(other.path).read_bytes())
    with pytest.raises(keyring.KeyringDamaged):
        Vault.unlock(path, PASSPHRASE)
    ring.write_bytes(mine[:100])
    with pytest.raises(keyring.KeyringDamaged):
        Vault.unlock(path, PASSPHRASE)


def test_a_missing_keyring_is_named(path: Path) -> None:
    keyring.file_for(path).unlink()
    with pytest.raises(keyring.MissingKeyring) as raised:
        Vault.unlock(path, PASSPHRASE)
    assert str(keyring.file_for(path)) in str(raised.value)


def test_damage_to_page_one_is_still_told_from_a_wrong_passphrase(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(damage.FirstPageDamaged):
        Vault.unlock(path, PASSPHRASE)


def test_the_recovery_key_sets_a_new_passphrase_and_the_old_one_stops(path: Path) -> None:
    with Vault.unlock(path, PASSPHRASE) as vault:
        recovery = vault.make_recovery_key()
        assert vault.recovery_key_made is not None
        hashes = _blob_hashes(vault)
    with Vault.recover(path, recovery, NEW, kdf=FAST) as vault:
        assert _blob_hashes(vault) == hashes
        assert vault.check().ok
        assert custody.entries(vault.db)[-1].action == custody.RECOVERED
    with pytest.raises(errors.WrongPassphrase):
        Vault.unlock(path, PASSPHRASE)
    Vault.unlock(path, NEW).close()
    with Vault.recover(path, recovery, PASSPHRASE, kdf=FAST):  # the key still works
        pass


def test_a_wrong_recovery_key_changes_nothing_and_is_counted(path: Path) -> None:
    with Vault.unlock(path, PASSPHRASE) as vault:
        vault.make_recovery_key()
    ring, vault_bytes = keyring.file_for(path).read_bytes(), _digest(path)
    with pytest.raises(WrongRecoveryKey):
        Vault.recover(path, RecoveryKey.new(), NEW, kdf=FAST)
    assert keyring.file_for(path).read_bytes() == ring
    assert _digest(path) == vault_bytes
    assert len(attempts.read(path)) == 1
    with Vault.unlock(path, PASSPHRASE) as vault:  # and the count reaches the custody log
        assert custody.entries(vault.db)[-1].action == custody.FAILED_UNLOCKS


def test_a_new_recovery_key_revokes_the_former_one(path: Path) -> None:
    with Vault.unlock(path, PASSPHRASE) as vault:
        first = vault.make_recovery_key()
        second = vault.make_recovery_key()
    with pytest.raises(WrongRecoveryKey):
        Vault.recover(path, first, NEW, kdf=FAST)
    Vault.recover(path, second, NEW, kdf=FAST).close()


def test_a_vault_without_a_recovery_key_is_not_opened_by_one(path: Path) -> None:
    with pytest.raises(WrongRecoveryKey):
        Vault.recover(path, RecoveryKey.new(), NEW, kdf=FAST)


def test_a_new_master_key_re_encrypts_every_page_and_revokes_the_recovery_key(
        path: Path) -> None:
    with Vault.unlock(path, PASSPHRASE) as vault:
        vault.make_recovery_key()
        hashes, old_key, old_salt = _blob_hashes(vault), vault._key, vault._salt
    old_ring = keyring.file_for(path).read_bytes()
    with Vault.unlock(path, PASSPHRASE) as vault:
        vault.renew_master_key()
        assert vault._key != old_key
        assert vault.recovery_key_made is None
        assert _blob_hashes(vault) == hashes
        assert vault.check().ok
    assert not keyring.next_for(path).exists()
    with pytest.raises(errors.WrongPassphrase):  # the former master key opens nothing
        Vault._open(path, old_key, old_salt)
    keyring.file_for(path).write_bytes(old_ring)  # nor does the former keyring
    with pytest.raises(keyring.KeyringDamaged):
        Vault.unlock(path, PASSPHRASE)


def _old_format(path: Path, tmp_path: Path) -> Path:
    """The vault as Dossier kept it before keyrings: a file whose pages are encrypted
    with the passphrase's key (what a backup still is), with nothing beside it."""
    old = tmp_path / "old.dossier"
    with Vault.unlock(path, PASSPHRASE) as vault:
        vault.backup(old, PASSPHRASE)
    salt = keys.Salt.read(old.read_bytes())
    assert salt is not None
    assert salt.profile == keys.PASSPHRASE_KEYED
    assert not keyring.file_for(old).exists()
    return old


def test_a_vault_made_before_keyrings_moves_to_one_at_its_next_unlock(
        path: Path, tmp_path: Path) -> None:
    old = _old_format(path, tmp_path)
    with Vault.unlock(path, PASSPHRASE) as vault:
        hashes = _blob_hashes(vault)
    old_salt = keys.Salt.read(old.read_bytes())
    assert old_salt is not None
    old_key = keys.derive(PASSPHRASE, old_salt)
    with Vault.unlock(old, PASSPHRASE) as vault:
        assert _blob_hashes(vault) == hashes
        assert vault.check().ok
        assert custody.entries(vault.db)[-1].details == {"keys": "wrapped"}
    salt = keys.Salt.read(old.read_bytes())
    assert salt is not None
    assert salt.profile == keys.WRAPPED
    assert keyring.file_for(old).exists()
    beside = {p.name for p in tmp_path.iterdir() if p.name.startswith(("old", ".old"))}
    assert beside - {"old.dossier-journal"} == {"old.dossier", "old.dossier.keys"}
    with pytest.raises(errors.WrongPassphrase):  # the key of the old file opens nothing
        Vault._open(old, old_key, old_salt)
    with Vault.unlock(old, PASSPHRASE) as vault:  # moved once, not at every unlock
        assert vault.check().ok
        assert [e.details for e in custody.entries(vault.db)
                if e.action == custody.MIGRATED] == [{"keys": "wrapped"}]


def test_a_backup_checked_is_not_moved_and_has_no_recovery_key(
        path: Path, tmp_path: Path) -> None:
    old = _old_format(path, tmp_path)
    head = old.read_bytes()[:16]
    with Vault.unlock(old, PASSPHRASE, count_failures=False) as vault:
        assert vault.check().ok
        with pytest.raises(NoKeyring):
            vault.make_recovery_key()
    assert old.read_bytes()[:16] == head
    assert not keyring.file_for(old).exists()

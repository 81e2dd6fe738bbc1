"""What the first 16 bytes of a vault give away: nothing that names Dossier, while vaults
made before that still open."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.common import errors
from app.vault import damage, keyring, keys
from app.vault.vault import Vault

PASSPHRASE = "loutre violette sous l'escalier"
FAST = keys.KdfSettings(log2_n=10, r=8)


def _format_1(kdf: keys.KdfSettings) -> keys.Salt:
    """The header Dossier wrote before the mask: marker, profile and settings in plain."""
    return keys.Salt(os.urandom(12) + bytes((0xD5, 1, kdf.log2_n, kdf.r)))


def test_the_settings_bytes_look_random() -> None:
    salts = [keys.Salt.new(FAST) for _ in range(200)]
    assert all(salt.kdf == FAST and salt.masked for salt in salts)
    for position in range(12, 16):  # the marker and settings no longer name Dossier
        assert len({salt.raw[position] for salt in salts}) > 50


def test_a_vault_made_before_the_mask_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "vault.dossier"
    with Vault.create(path, PASSPHRASE, kdf=FAST) as vault:
        # Put the file under a format-1 header, as the earlier Dossier wrote it.
        old = _format_1(FAST)
        literal = keys.key_pragma_value(keys.derive(PASSPHRASE, old), old)
        vault.db.execute(f"PRAGMA rekey = {literal}").fetchall()
    assert path.read_bytes()[12:14] == b"\xd5\x01"
    with Vault.unlock(path, PASSPHRASE) as vault:
        assert vault.check().ok
        vault.change_passphrase(PASSPHRASE, kdf=FAST)  # and takes the mask when rekeyed
    salt = keys.Salt.read(path.read_bytes()[:16])
    assert salt is not None
    assert salt.masked
    Vault.unlock(path, PASSPHRASE).close()


@pytest.mark.parametrize("offset", [12, 13, 14, 15])
def test_a_damaged_settings_byte_is_not_called_a_wrong_passphrase_or_a_stranger(
        tmp_path: Path, offset: int) -> None:
    path = tmp_path / "vault.dossier"
    Vault.create(path, PASSPHRASE, kdf=FAST).close()
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))
    with pytest.raises(damage.MaybeDamagedHeader) as raised:
        Vault.unlock(path, PASSPHRASE)
    assert "its first bytes are damaged" in str(raised.value)
    assert "backup" in str(raised.value)
    assert not (tmp_path / "vault.dossier.attempts").exists()


def test_a_file_of_another_shape_is_still_simply_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "holiday.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(5000))
    with pytest.raises(errors.NotAVault) as raised:
        Vault.unlock(path, PASSPHRASE)
    assert not isinstance(raised.value, damage.MaybeDamagedHeader)


def test_a_backup_made_with_the_passphrase_has_a_header_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "vault.dossier"
    with Vault.create(path, PASSPHRASE, kdf=FAST) as vault:
        vault.backup(tmp_path / "own.dossier", PASSPHRASE)
        vault.backup(tmp_path / "same.dossier")  # the window's way: no passphrase at hand
    head = path.read_bytes()[:16]
    # Without the passphrase at hand, the copy is encrypted with the passphrase's key, so
    # it starts with the salt kept in the keyring.
    keyring_salt = keyring.file_for(path).read_bytes()[:16]
    assert (tmp_path / "own.dossier").read_bytes()[:16] not in (head, keyring_salt)
    assert (tmp_path / "same.dossier").read_bytes()[:16] == keyring_salt != head
    with Vault.unlock(tmp_path / "own.dossier", PASSPHRASE, count_failures=False) as copy:
        assert copy.check().ok


def test_a_pipe_or_a_folder_where_the_vault_should_be_is_not_a_vault(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.dossier"
    os.mkfifo(pipe)
    with pytest.raises(errors.NotAVault):
        Vault.unlock(pipe, PASSPHRASE)  # would block forever if opened for a plain read
    (tmp_path / "folder.dossier").mkdir()
    with pytest.raises(errors.NotAVault):
        Vault.unlock(tmp_path / "folder.dossier", PASSPHRASE)

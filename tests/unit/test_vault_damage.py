"""A damaged vault is called damaged, never "wrong passphrase" or "read-only", and the
failed-unlock record beside it cannot trap an unlock."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.common import errors
from app.vault import attempts, damage, keys, last_seen, originals
from app.vault.vault import Vault

PASSPHRASE = "loutre violette sous l'escalier"
FAST = keys.KdfSettings(log2_n=10, r=8)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A vault of several pages: one random original of 200 kB."""
    vault = Vault.create(tmp_path / "vault.dossier", PASSPHRASE, kdf=FAST)
    with vault, vault.transaction() as db:
        originals.store(db, io.BytesIO(os.urandom(200_000)))
    return tmp_path / "vault.dossier"


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_one_byte_changed_in_page_one_is_damage_not_a_guess(path: Path) -> None:
    _flip(path, 100)
    with pytest.raises(damage.FirstPageDamaged) as raised:
        Vault.unlock(path, PASSPHRASE)
    assert "damaged" in str(raised.value)
    assert not attempts.file_for(path).exists()  # the owner guessed nothing
    with pytest.raises(errors.WrongPassphrase):  # a wrong one is still a wrong one
        Vault.unlock(path, "not it")
    assert len(attempts.read(path)) == 1


def test_a_truncated_vault_does_not_send_the_owner_to_a_check_that_cannot_run(
        path: Path) -> None:
    with open(path, "r+b") as file:
        file.truncate(path.stat().st_size // 2)
    with pytest.raises(errors.Damaged) as raised:
        Vault.unlock(path, PASSPHRASE)
    assert "dossier check" not in str(raised.value)
    assert "backup" in str(raised.value)


def test_impossible_key_settings_in_the_header_are_named_damage(path: Path) -> None:
    with Vault.unlock(path, PASSPHRASE) as vault:  # the plain header vaults had then
        plain = keys.Salt(os.urandom(12) + bytes((0xD5, 1, FAST.log2_n, FAST.r)))
        literal = keys.key_pragma_value(keys.derive(PASSPHRASE, plain), plain)
        vault.db.execute(f"PRAGMA rekey = {literal}").fetchall()
    data = bytearray(path.read_bytes())
    data[14:16] = bytes((24, 32))  # scrypt would need 64 GiB: more than it accepts
    path.write_bytes(bytes(data))
    with pytest.raises(damage.HeaderDamaged) as raised:
        Vault.unlock(path, PASSPHRASE)
    assert "start of the vault file is damaged" in str(raised.value)


def test_a_damaged_page_is_not_called_read_only(path: Path) -> None:
    _flip(path, path.stat().st_size - 200)
    with Vault.unlock(path, PASSPHRASE) as vault:
        report = vault.check()
        assert not report.ok
        error = vault.record_check(report)
    assert error is not None
    assert "read-only" not in str(error)
    assert "damaged" in str(error)


def _unlock_in_child(path: Path, passphrase: str) -> subprocess.CompletedProcess[str]:
    """Unlock in a child with 3 GiB of address space and a time limit, so that a trap
    fails the test instead of hanging it or exhausting the machine."""
    code = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
        from app.common import errors
        from app.vault.vault import Vault
        try:
            Vault.unlock({str(path)!r}, {passphrase!r}).close()
        except errors.WrongPassphrase:
            sys.exit(7)
    """)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=60, check=False)


@pytest.mark.parametrize("trap", ["fifo", "dev-zero"])
def test_a_trap_beside_the_vault_neither_hangs_nor_fills_memory(path: Path, trap: str) -> None:
    beside = attempts.file_for(path)
    if trap == "fifo":
        os.mkfifo(beside)
    else:
        beside.symlink_to("/dev/zero")
    done = _unlock_in_child(path, PASSPHRASE)
    assert done.returncode == 0, done.stderr
    done = _unlock_in_child(path, "not it")
    assert done.returncode == 7, done.stderr
    assert len(attempts.read(path)) == 1  # the trap was replaced by a plain record
    assert not beside.is_symlink()


def test_only_a_few_kilobytes_of_a_huge_record_are_read(path: Path) -> None:
    line = b"2026-11-30T10:00:00Z\n"
    attempts.file_for(path).write_bytes(line * 200_000)  # 4 MB
    assert len(attempts.read(path)) <= attempts.MAX_BYTES // len(line)


@pytest.mark.parametrize("trap", ["fifo", "dev-zero"])
def test_a_trap_in_place_of_the_last_seen_record_is_passed_over(
        path: Path, settings_folder: Path, trap: str) -> None:
    record = settings_folder / last_seen.FILE_NAME
    record.unlink(missing_ok=True)
    if trap == "fifo":
        os.mkfifo(record)
    else:
        record.symlink_to("/dev/zero")
    done = _unlock_in_child(path, PASSPHRASE)
    assert done.returncode == 0, done.stderr
    assert not record.is_symlink()  # replaced by a plain record at the lock


def test_a_write_refused_because_of_damage_says_damaged(path: Path) -> None:
    _flip(path, path.stat().st_size - 200)
    with Vault.unlock(path, PASSPHRASE) as vault:
        vault.check()  # reading the damaged page puts SQLCipher in its refusing state
        with pytest.raises(errors.VaultError) as raised, vault.transaction() as db:
            db.execute("INSERT INTO settings VALUES ('note', 'x')")
    assert isinstance(raised.value, errors.Damaged)
    assert "read-only" not in str(raised.value)

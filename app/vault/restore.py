"""Putting a backup back in place of the vault, without ever losing the vault in place.

The backup is copied beside the vault first, and that copy must unlock with the
passphrase given and pass the full check before anything is replaced. The vault in place
is kept as ``<name>.before-restore.dossier`` (owner-only), then the checked copy takes its
name in one atomic rename. The restored vault's custody log records where it came from.

Backups are self-contained (encrypted with the passphrase's key, no keyring): the vault's
keyring is kept with the kept copy, and the restored vault takes a keyring of its own at
its next unlock. A vault copied by hand with its keyring beside it restores too: its
keyring comes in as the next one, so a restore killed halfway still leaves a pair that opens.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.common import errors
from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.vault import custody, keyring, last_seen
from app.vault.vault import CheckReport, Vault

_CHUNK = 1024 * 1024


class SameFile(errors.UsageError):
    def __init__(self) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "This file is the vault itself, not a backup of it.")))


class NoBackup(errors.UsageError):
    def __init__(self, path: object) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "There is no file at {path}. Nothing was changed."), path=path))


class WrongBackupPassphrase(errors.VaultError):
    def __init__(self) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "This passphrase does not open the backup. Nothing was changed.")))


class UnsoundBackup(errors.VaultError):
    """The backup opened but failed the check; ``report`` says how."""

    def __init__(self, report: CheckReport) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "The backup is damaged ({count} problem(s)); it was not restored. "
                    "Nothing was changed."), count=len(report.problems)))
        self.report = report


@dataclass(frozen=True)
class Restored:
    """What a restore did: where the former vault was kept and what came back."""

    kept_as: Path
    items: int
    originals: int
    custody_entries: int


def kept_name(vault_path: Path) -> Path:
    """Where the vault in place is kept; never an existing file."""
    vault_path = Path(vault_path)
    candidate = vault_path.with_name(f"{vault_path.stem}.before-restore.dossier")
    number = 2
    while candidate.exists():
        candidate = vault_path.with_name(f"{vault_path.stem}.before-restore-{number}.dossier")
        number += 1
    return candidate


def restore(vault: Vault, backup: Path, passphrase: str) -> Restored:
    """Replace ``vault`` by the backup at ``backup``, which opens with ``passphrase``.

    ``vault`` must be open: that proves the owner asks, and its exclusive lock keeps any
    other Dossier away while the file changes. It is closed once the backup has passed
    and the kept copy is made, since the file it had open is then the kept copy; when the
    backup is refused (wrong passphrase, damaged, missing) it is left open, unchanged."""
    backup, target = Path(backup), vault.path
    if backup.resolve() == target.resolve():
        raise SameFile()
    staged = target.with_name(f".{target.name}.restoring")
    try:
        _copy(backup, staged)
        if keyring.file_for(backup).exists():
            _copy(keyring.file_for(backup), keyring.file_for(staged))
        report, position = _check_and_record(staged, target, passphrase, backup)
        kept = kept_name(target)
        # Kept while still open: no write runs now, and the lock keeps others out.
        _keep(target, kept)
        for ring in keyring.files_of(target):
            _keep(ring, kept.with_name(kept.name + ring.name[len(target.name):]))
        vault.tracked = False  # its position is no longer the newest: the restore's is
        vault.close()
        _put_in_place(staged, target)
        # A deliberate restore: the restored state becomes the newest seen here, so the
        # next unlock does not report it as a vault put back older.
        last_seen.keep(position)
    finally:
        for leftover in (staged, staged.with_name(staged.name + "-journal"),
                         keyring.file_for(staged)):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return Restored(kept, report.items, report.originals, report.custody_entries)


def _put_in_place(staged: Path, target: Path) -> None:
    """The checked copy takes the vault's name, with its keyring if it has one; the vault's
    own keyring (kept with the kept copy) goes, as it fits the vault no more."""
    with errors.os_errors():
        if keyring.file_for(staged).exists():
            os.replace(keyring.file_for(staged), keyring.next_for(target))
        os.replace(staged, target)
        if keyring.next_for(target).exists():
            os.replace(keyring.next_for(target), keyring.file_for(target))
        else:
            keyring.file_for(target).unlink(missing_ok=True)


def _check_and_record(staged: Path, target: Path, passphrase: str,
                      backup: Path) -> tuple[CheckReport, tuple[str, dict[str, Any]]]:
    """Open the staged copy, check it whole, and log the restore in it; returns the
    report and the restored vault's custody position."""
    source = backup.name
    try:
        restored = Vault.unlock(staged, passphrase, count_failures=False)
    except errors.WrongPassphrase:
        raise WrongBackupPassphrase() from None
    except keyring.MissingKeyring:
        raise keyring.MissingKeyring(keyring.file_for(backup)) from None
    with restored:
        report = restored.check()
        if not report.ok:
            raise UnsoundBackup(report)
        with restored.transaction() as db:
            custody.append(db, custody.RESTORED, details={
                "from": source, "items": report.items, "originals": report.originals})
        return report, restored.position_record(target)


def _copy(source: Path, destination: Path) -> None:
    """An owner-only copy; a half copy never stays behind."""
    with errors.os_errors():
        destination.unlink(missing_ok=True)
        try:
            reader = open(source, "rb")  # noqa: SIM115 - closed below, with the writer
        except FileNotFoundError:
            raise NoBackup(source) from None
        except IsADirectoryError:
            raise errors.NotAVault(source) from None
        with reader, os.fdopen(os.open(destination, os.O_CREAT | os.O_EXCL | os.O_WRONLY,
                                       0o600), "wb") as writer:
            shutil.copyfileobj(reader, writer, _CHUNK)
            writer.flush()
            os.fsync(writer.fileno())


def _keep(target: Path, kept: Path) -> None:
    """The vault in place under its kept name: a second name for the same bytes where
    the disk allows it (instant), else a full copy."""
    try:
        os.link(target, kept)
    except OSError:
        _copy(target, kept)
    with errors.os_errors():
        os.chmod(kept, 0o600)

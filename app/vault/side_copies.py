"""Whole copies of the vault that Dossier leaves beside it, and what a passphrase change
does about them.

A restore keeps the vault it replaced as ``<stem>.before-restore.dossier`` and a schema
upgrade keeps ``<vault>.before-v<N>.bak``. The first keeps the vault's keyring beside it
(``.keys``); the second is self-contained, like a backup. They are encrypted, but with the
passphrase of their day: after a passphrase change they still open with the old one, which may be the
one an abuser learnt. So the owner is told of them and can re-encrypt or delete them.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass, field
from pathlib import Path

from app.common import errors
from app.vault import keyring, keys
from app.vault.vault import Vault


@dataclass
class Outcome:
    """What became of each copy: re-encrypted, deleted, or kept (with the reason)."""

    rekeyed: list[Path] = field(default_factory=list)
    deleted: list[Path] = field(default_factory=list)
    kept: list[tuple[Path, str]] = field(default_factory=list)


def beside(vault_path: Path) -> list[Path]:
    """The copies of ``vault_path`` Dossier made next to it (plain files only)."""
    vault_path = Path(vault_path)
    patterns = (f"{vault_path.stem}.before-restore*.dossier", f"{vault_path.name}.before-v*.bak")
    found = {path for pattern in patterns for path in vault_path.parent.glob(pattern)}
    return sorted(path for path in found if stat.S_ISREG(path.lstat().st_mode))


def rekey(copies: list[Path], old: str, new: str,
          kdf: keys.KdfSettings = keys.DEFAULT) -> Outcome:
    """Give each copy the new passphrase; a copy that the old one does not open (an
    older passphrase still) or that is damaged is kept as it is, with the reason."""
    outcome = Outcome()
    for copy in copies:
        try:
            with Vault.unlock(copy, old, count_failures=False) as opened:
                opened.change_passphrase(new, kdf)
        except errors.VaultError as error:
            outcome.kept.append((copy, str(error)))
        else:
            outcome.rekeyed.append(copy)
    return outcome


def delete(copies: list[Path]) -> Outcome:
    """Remove each copy (and a journal it left). The disk may keep the bytes until they are
    overwritten; they stay encrypted."""
    outcome = Outcome()
    for copy in copies:
        try:
            copy.unlink()
            for beside_it in (copy.with_name(copy.name + "-journal"), *keyring.files_of(copy)):
                beside_it.unlink(missing_ok=True)
        except OSError as error:
            outcome.kept.append((copy, error.strerror or str(error)))
        else:
            outcome.deleted.append(copy)
    return outcome

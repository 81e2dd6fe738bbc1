"""After a passphrase change, the copies Dossier kept beside the vault no longer open with
the old passphrase once the owner chose to re-encrypt or delete them, and she is told."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.common import errors
from app.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, Dossier

NEW = "une toute autre phrase, plus longue"


def _with_kept_copy(dossier: Dossier, tmp_path: Path) -> Path:
    backup = tmp_path / "backup.dossier"
    assert dossier("backup", backup).code == 0
    done = dossier("restore", backup, env={"DOSSIER_BACKUP_PASSPHRASE": PASSPHRASE})
    assert done.code == 0, done.err
    [kept] = dossier.vault.parent.glob("case.before-restore*.dossier")
    return kept


def _passwd(dossier: Dossier, choice: str) -> str:
    done = dossier("passwd", "--side-copies", choice, env={"DOSSIER_NEW_PASSPHRASE": NEW})
    assert done.code == 0, done.err
    Vault.unlock(dossier.vault, NEW, count_failures=False).close()
    return done.err


def test_kept_copies_are_named_when_they_keep_the_old_passphrase(
        dossier: Dossier, tmp_path: Path) -> None:
    kept = _with_kept_copy(dossier, tmp_path)
    said = _passwd(dossier, "keep")
    assert f"{kept.name} still opens with the old passphrase" in said
    Vault.unlock(kept, PASSPHRASE, count_failures=False).close()


def test_kept_copies_can_be_reencrypted(dossier: Dossier, tmp_path: Path) -> None:
    kept = _with_kept_copy(dossier, tmp_path)
    said = _passwd(dossier, "rekey")
    assert f"Re-encrypted with the new passphrase: {kept.name}" in said
    with pytest.raises(errors.WrongPassphrase):
        Vault.unlock(kept, PASSPHRASE, count_failures=False)
    with Vault.unlock(kept, NEW, count_failures=False) as opened:
        assert opened.check().ok


def test_kept_copies_can_be_deleted(dossier: Dossier, tmp_path: Path) -> None:
    kept = _with_kept_copy(dossier, tmp_path)
    said = _passwd(dossier, "delete")
    assert f"Deleted: {kept.name}" in said
    assert not kept.exists()

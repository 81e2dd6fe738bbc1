"""Dossier's own backups in a folder: what counts as one, their order, the second backup
within one second, and what the vault remembers of them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.case import cases
from app.vault import backups, keys
from app.vault.vault import Vault

PASSPHRASE = "une phrase de passe assez longue"
MOMENT = datetime(2026, 12, 6, 10, 15, 0, tzinfo=UTC)


@pytest.fixture
def vault(tmp_path: Path):
    with Vault.create(tmp_path / "v.dossier", PASSPHRASE, kdf=keys.KdfSettings(10, 8)) as made:
        yield made


def test_only_well_formed_names_are_ours(tmp_path: Path) -> None:
    for name in ("dossier-backup-2026-12-06T101500Z.dossier",
                 "dossier-backup-2026-12-06T101500Z-2.dossier",
                 "dossier-backup-2026-13-45T101500Z.dossier",  # no such day
                 "dossier-backup-2026-12-06T101500Z.dossier.txt",
                 "my-dossier-backup-2026-12-06T101500Z.dossier",
                 ".dossier-backup-2026-12-06T101500Z.dossier.checking"):
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "dossier-backup-2026-12-07T000000Z.dossier").mkdir()  # a folder, not ours
    found = backups.in_folder(tmp_path)
    assert [b.path.name for b in found] == ["dossier-backup-2026-12-06T101500Z-2.dossier",
                                            "dossier-backup-2026-12-06T101500Z.dossier"]
    assert found[1].taken_at == MOMENT


def test_two_backups_in_one_second_both_stay_and_sort(vault: Vault, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    first = backups.write(vault, usb, now=MOMENT)
    second = backups.write(vault, usb, now=MOMENT)
    assert first.backup.path.name == "dossier-backup-2026-12-06T101500Z.dossier"
    assert second.backup.path.name == "dossier-backup-2026-12-06T101500Z-2.dossier"
    assert backups.find(usb) == second.backup
    third = backups.write(vault, usb, keep=2, now=MOMENT + timedelta(seconds=1))
    assert third.removed == [first.backup.path]


def test_the_vault_remembers_its_last_backup_and_whether_it_changed_since(
        vault: Vault, tmp_path: Path) -> None:
    facts = backups.facts(vault)
    assert facts.last_at is None
    assert facts.changed
    assert not facts.due(datetime.now(UTC) + timedelta(days=6))
    assert facts.due(datetime.now(UTC) + timedelta(days=8))
    assert backups.write_if_changed(vault, tmp_path) is not None
    facts = backups.facts(vault)
    assert facts.last_at is not None
    assert not facts.changed
    assert backups.write_if_changed(vault, tmp_path) is None
    vault.record_check(vault.check())  # a check is not a change in the case
    assert not backups.facts(vault).changed
    with vault.transaction() as db:
        cases.create(db, "Autre")
    assert backups.facts(vault).changed


def test_a_missing_folder_writes_nothing(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(backups.FolderMissing):
        backups.write(vault, tmp_path / "unplugged")
    assert backups.facts(vault).last_at is None

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
    for name in ("dossier-backup-2026-12-06T101500Z-3f9a02c1.dossier",
                 "dossier-backup-2026-12-06T101500Z-3f9a02c1-2.dossier",
                 "dossier-backup-2026-13-45T101500Z-3f9a02c1.dossier",  # no such day
                 "dossier-backup-2026-12-06T101500Z.dossier",  # no series
                 "dossier-backup-2026-12-06T101500Z-3F9A02C1.dossier",
                 "dossier-backup-2026-12-06T101500Z-3f9a02c1.dossier.txt",
                 "my-dossier-backup-2026-12-06T101500Z-3f9a02c1.dossier",
                 ".dossier-backup-2026-12-06T101500Z-3f9a02c1.dossier.checking"):
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "dossier-backup-2026-12-07T000000Z-3f9a02c1.dossier").mkdir()  # a folder
    found = backups.in_folder(tmp_path)
    assert [b.path.name for b in found] == [
        "dossier-backup-2026-12-06T101500Z-3f9a02c1-2.dossier",
        "dossier-backup-2026-12-06T101500Z-3f9a02c1.dossier"]
    assert found[1].taken_at == MOMENT
    assert found[1].series == "3f9a02c1"


def test_two_backups_in_one_second_both_stay_and_sort(vault: Vault, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    first = backups.write(vault, usb, now=MOMENT)
    second = backups.write(vault, usb, now=MOMENT)
    series = first.backup.series
    assert first.backup.path.name == f"dossier-backup-2026-12-06T101500Z-{series}.dossier"
    assert second.backup.path.name == f"dossier-backup-2026-12-06T101500Z-{series}-2.dossier"
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


def test_one_vaults_backups_never_push_out_anothers(vault: Vault, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    with Vault.create(tmp_path / "demo.dossier", PASSPHRASE,
                      kdf=keys.KdfSettings(10, 8)) as other:
        theirs = backups.write(other, usb, keep=1, now=MOMENT)
    for second in range(3):
        backups.write(vault, usb, keep=1, now=MOMENT + timedelta(seconds=second + 1))
    assert theirs.backup.path.exists()
    assert len(backups.in_folder(usb)) == 2
    # A copy of the vault (what a restore puts back) goes on with the same series; the new
    # backup stays although the clock now reads earlier than the last one's name.
    [mine] = [b for b in backups.in_folder(usb) if b.series != theirs.backup.series]
    with Vault.unlock(mine.path, PASSPHRASE, count_failures=False) as copy:
        done = backups.write(copy, usb, keep=1, now=MOMENT - timedelta(days=1))
    assert done.removed == [mine.path]
    assert done.backup.path.exists()


def test_what_an_interrupted_backup_left_goes_at_the_next(vault: Vault, tmp_path: Path) -> None:
    series = backups.write(vault, tmp_path, now=MOMENT).backup.series
    stamp = "2026-12-06T101600Z"
    left = [tmp_path / f".dossier-backup-{stamp}-{series}.dossier.checking",
            tmp_path / f"..dossier-backup-{stamp}-{series}-2.dossier.checking.partial"]
    others = [tmp_path / f".dossier-backup-{stamp}-00000000.dossier.checking",  # another vault
              tmp_path / f".dossier-backup-{stamp}-{series}.dossier.checking.txt"]
    for path in left + others:
        path.write_bytes(b"half")
    backups.write(vault, tmp_path, now=MOMENT + timedelta(minutes=5))
    assert [path.exists() for path in left + others] == [False, False, True, True]

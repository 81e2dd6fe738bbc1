"""Backups into a folder (``backup --to DIR --keep N``), restoring one by its day, and the
restore drill (``check-backup``), end to end with the real command and real files."""

from __future__ import annotations

import hashlib
import re
import subprocess
from pathlib import Path

import pytest

from app.vault import custody
from app.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, Dossier
from tests.conftest import CORPUS

PHOTO = CORPUS / "photos" / "photo_parking.jpg"
NOTE = CORPUS / "pdf" / "releve_commentaires.pdf"


def ours(folder: Path) -> list[Path]:
    return sorted(folder.glob("dossier-backup-20*.dossier"))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_four_runs_keeping_three_leave_three_backups_each_checking_clean(
        dossier: Dossier, tmp_path: Path) -> None:
    assert dossier("import", PHOTO).code == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    # Other files on the stick, one of them looking almost like a backup: never touched.
    (usb / "notes.txt").write_text("mine")
    (usb / "dossier-backup-old.dossier").write_text("not Dossier's")
    written = []
    for _run in range(4):
        done = dossier("backup", "--to", usb, "--keep", "3", "--json")
        assert done.code == 0, done.err
        [line] = done.lines()
        assert line["items"] == 1
        assert line["originals"] == 1
        written.append(Path(line["backup"]))
        assert not list(usb.glob(".*")), "no temporary file stays behind"
    assert set(ours(usb)) == set(written[1:])  # the oldest went, the three newest stayed
    assert (usb / "notes.txt").read_text() == "mine"
    assert (usb / "dossier-backup-old.dossier").exists()
    for backup in ours(usb):
        assert backup.name.startswith("dossier-backup-20")
        assert "case" not in backup.name
        assert backup.stat().st_mode & 0o077 == 0
        with Vault.unlock(backup, PASSPHRASE, count_failures=False) as opened:
            report = opened.check()
        assert report.ok
        assert report.items == 1
    with Vault.unlock(dossier.vault, PASSPHRASE) as vault:
        logged = [e for e in custody.entries(vault.db) if e.action == custody.BACKED_UP]
    assert len(logged) == 4


def test_a_backup_that_fails_its_check_is_deleted_and_the_older_ones_stay(
        dossier: Dossier, tmp_path: Path) -> None:
    assert dossier("import", PHOTO).code == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    assert dossier("backup", "--to", usb).code == 0
    [good] = ours(usb)
    # The vault's original is damaged on the disk after that backup: a copy of it now
    # fails the re-hash, so it must not push the good backup out.
    with Vault.unlock(dossier.vault, PASSPHRASE) as vault, vault.transaction() as db:
        db.execute("UPDATE chunks SET data = zeroblob(length(data)) WHERE seq = 0")
    failed = dossier("backup", "--to", usb, "--keep", "1")
    assert failed.code == 1
    assert failed.err.startswith("dossier: The new backup did not pass its check (1 problem(s))")
    assert failed.err.count("\n") == 1
    assert sorted(usb.iterdir()) == [good]  # nothing new, nothing half-written, good kept
    with Vault.unlock(dossier.vault, PASSPHRASE) as vault:
        last = custody.entries(vault.db)[-1]
    assert last.action == custody.BACKUP_FAILED
    assert last.details["problems"] == 1


@pytest.fixture
def full_stick(tmp_path: Path):
    """A real, tiny file system (tmpfs), too small for a backup; needs the right to mount."""
    stick = tmp_path / "stick"
    stick.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", str(stick)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    yield stick
    subprocess.run(["umount", str(stick)], check=True)


def test_a_full_stick_is_one_line_and_leaves_nothing(dossier: Dossier, full_stick: Path) -> None:
    assert dossier("import", PHOTO).code == 0
    (full_stick / "keep.txt").write_text("mine")
    done = dossier("backup", "--to", full_stick)
    assert done.code == 1
    assert done.err == ("dossier: The disk is full. Nothing was lost; free some space and "
                        "try again.\n")
    assert [p.name for p in full_stick.iterdir()] == ["keep.txt"]


def test_restore_by_day_or_the_latest(dossier: Dossier, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    assert dossier("backup", "--to", usb).code == 0
    [empty] = ours(usb)
    earlier = empty.with_name(re.sub(r"\d{4}-\d\d-\d\dT\d{6}Z", "2026-11-20T080000Z",
                              empty.name))
    empty.rename(earlier)  # as if made on 20 November: the day is read from the name
    assert dossier("import", PHOTO).code == 0
    assert dossier("backup", "--to", usb).code == 0
    assert dossier("import", NOTE).code == 0

    done = dossier("restore", "--from", usb, "--date", "2026-11-20")
    assert done.code == 0, done.err
    assert earlier.name in done.err
    assert dossier("list", "--json").lines() == []
    assert dossier("restore", "--from", usb, "--latest").code == 0
    assert [item["original_name"] for item in dossier("list", "--json").lines()] == [PHOTO.name]

    missing = dossier("restore", "--from", usb, "--date", "2026-11-21")
    assert missing.code == 1
    assert missing.err.startswith("dossier: There is no Dossier backup from 2026-11-21 in ")


@pytest.mark.parametrize("args", [
    ("backup",), ("backup", "x.dossier", "--to", "usb"), ("backup", "x.dossier", "--keep", "2"),
    ("backup", "--to", "usb", "--keep", "0"), ("restore",), ("restore", "--from", "usb"),
    ("restore", "b.dossier", "--latest"), ("restore", "--from", "usb", "--date", "6/12/2026"),
])
def test_muddled_command_lines_are_usage_errors(dossier: Dossier, tmp_path: Path,
                                                args: tuple[str, ...]) -> None:
    (tmp_path / "usb").mkdir()
    done = dossier(*[str(tmp_path / a) if a == "usb" else a for a in args])
    assert done.code == 2, done.err
    assert done.err.startswith("dossier: ")
    assert done.err.count("\n") == 1


def test_the_drill_says_what_a_backup_holds_and_changes_nothing(dossier: Dossier,
                                                                  tmp_path: Path) -> None:
    assert dossier("import", PHOTO).code == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    assert dossier("backup", "--to", usb).code == 0
    [backup] = ours(usb)
    before, vault_before = sha256(backup), sha256(dossier.vault)
    backup.chmod(0o400)  # as on a read-only stick
    done = dossier("check-backup", backup, "--json")
    assert done.code == 0, done.err
    [said] = done.lines()
    assert said["sound"]
    assert said["items"] == 1
    assert said["originals"] == 1
    assert said["cases"] == ["Dossier"]
    assert said["last_change"] is not None
    assert said["taken_at"] is not None
    assert sha256(backup) == before
    assert sha256(dossier.vault) == vault_before
    assert sorted(usb.iterdir()) == [backup]
    assert not list(tmp_path.glob(".dossier-drill-*")), "the private copy is gone"

    text = dossier("check-backup", backup)
    assert "The backup opens and is sound" in text.out
    assert "items: 1;" in text.out

    wrong = dossier("check-backup", backup, env={"DOSSIER_BACKUP_PASSPHRASE": "nope"})
    assert wrong.code == 1
    assert wrong.err == "dossier: This passphrase does not open the backup. Nothing was changed.\n"

"""The files Dossier keeps beside the vault: owner-only, whatever the user's umask, and
the failed-unlock count told once at the next unlock (issue #6)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from app.vault import attempts, custody
from tests.cli.conftest import PASSPHRASE, Result, make_vault
from tests.conftest import CORPUS

NOTE = CORPUS / "notes" / "journal.txt"


def dossier(vault: Path, *args: str | Path, passphrase: str = PASSPHRASE,
            **env: str) -> Result:
    """``dossier`` run with a lax umask (022), so only Dossier's own care keeps files
    private."""
    done = subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)], check=False, capture_output=True,
        env={**os.environ, "DOSSIER_VAULT": str(vault), "DOSSIER_PASSPHRASE": passphrase,
             "TZ": "Europe/Paris", **env},
        timeout=120, stdin=subprocess.DEVNULL, preexec_fn=lambda: os.umask(0o022))
    return Result(done.returncode, done.stdout.decode(), done.stderr.decode())


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_vault_and_its_folder_are_the_owners_alone(tmp_path: Path) -> None:
    vault = tmp_path / "data" / "Dossier" / "vault.dossier"
    assert dossier(vault, "init").code == 0
    assert mode(vault.parent) == 0o700
    assert mode(vault) == 0o600


def test_counts_backups_and_kept_copies_are_the_owners_alone(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "case.dossier")
    assert dossier(vault, "import", NOTE).code == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    assert dossier(vault, "backup", usb / "copy.dossier").code == 0
    for _ in range(2):
        failed = dossier(vault, "list", passphrase="not it")
        assert failed.code == 1
        assert "Wrong passphrase" in failed.err
    assert len(attempts.read(vault)) == 2
    assert mode(attempts.file_for(vault)) == 0o600

    told = dossier(vault, "log", "--json")  # the next unlock tells it, once, in one line
    assert told.code == 0
    assert told.err.startswith("dossier: 2 failed attempts on ")
    assert ", just before you opened the vault." in told.err
    assert "someone" not in told.err
    assert len(told.err.strip().splitlines()) == 1
    [entry] = [line for line in told.lines() if line["action"] == custody.FAILED_UNLOCKS]
    assert entry["details"]["count"] == 2
    assert not attempts.file_for(vault).exists()

    refused = dossier(vault, "restore", usb / "copy.dossier",
                      DOSSIER_BACKUP_PASSPHRASE="not it")
    assert refused.err == ("dossier: This passphrase does not open the backup. "
                           "Nothing was changed.\n")
    assert refused.code == 1
    assert not (tmp_path / "case.before-restore.dossier").exists()
    missing = dossier(vault, "restore", tmp_path / "nowhere.dossier")
    assert missing.code == 2
    assert "There is no file at" in missing.err
    restored = dossier(vault, "restore", usb / "copy.dossier")
    assert restored.code == 0
    assert restored.err.startswith("Restored from ")
    files = [vault, tmp_path / "case.dossier-journal", usb / "copy.dossier",
             tmp_path / "case.before-restore.dossier"]
    assert {path.name: mode(path) for path in files} == {path.name: 0o600 for path in files}

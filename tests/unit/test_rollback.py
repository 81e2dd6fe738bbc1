"""History cannot be rolled back unnoticed by someone without the passphrase: an older
copy put back whole or page by page, or an original replaced with its stored hash."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.case import cases
from app.importing.pipeline import Importer
from app.vault import custody, keys, last_seen, restore
from app.vault.damage import PAGE_SIZE
from app.vault.vault import Vault

PASSPHRASE = "loutre violette sous l'escalier"
FAST = keys.KdfSettings(log2_n=10, r=8)
OLDER = "older than the one last opened here"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A vault with one case and one note, as its owner left it."""
    with Vault.create(tmp_path / "vault.dossier", PASSPHRASE, kdf=FAST) as vault:
        with vault.transaction() as db:
            case = cases.find_or_create(db, "Affaire")
        Importer(vault, case.id).import_data("note.txt", b"He came back at 21:40.")
    return tmp_path / "vault.dossier"


def _more_history(path: Path) -> None:
    with Vault.unlock(path, PASSPHRASE) as vault:
        vault.record_check(vault.check())


def test_an_older_copy_put_back_is_reported_at_unlock_and_by_check(
        path: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.dossier"
    shutil.copyfile(path, old)
    _more_history(path)
    shutil.copyfile(old, path)
    with Vault.unlock(path, PASSPHRASE) as vault:
        assert vault.older is not None
        report = vault.check()
    assert not report.ok
    assert any(OLDER in problem for problem in report.problems)
    with Vault.unlock(path, PASSPHRASE) as vault:  # said again until the owner acts
        assert vault.older is not None


def test_the_cli_check_fails_in_plain_words(path: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.dossier"
    shutil.copyfile(path, old)
    _more_history(path)
    shutil.copyfile(old, path)
    done = subprocess.run(
        [sys.executable, "-m", "app", "check"], capture_output=True, text=True, check=False,
        env={**os.environ, "DOSSIER_VAULT": str(path), "DOSSIER_PASSPHRASE": PASSPHRASE},
        timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    assert OLDER in done.stdout
    assert OLDER in done.stderr.splitlines()[0]  # the unlock warns before the check runs


def test_no_page_from_an_older_copy_hides_the_newest_history(
        path: Path, tmp_path: Path, settings_folder: Path) -> None:
    old_bytes = path.read_bytes()
    _more_history(path)
    new_bytes = path.read_bytes()
    with Vault.unlock(path, PASSPHRASE) as vault:
        newest = len(custody.entries(vault.db))
    record = (settings_folder / last_seen.FILE_NAME).read_bytes()
    spliced_away = 0
    for start in range(PAGE_SIZE, min(len(old_bytes), len(new_bytes)), PAGE_SIZE):
        old_page = old_bytes[start:start + PAGE_SIZE]
        if old_page == new_bytes[start:start + PAGE_SIZE]:
            continue
        path.write_bytes(new_bytes[:start] + old_page + new_bytes[start + PAGE_SIZE:])
        (settings_folder / last_seen.FILE_NAME).write_bytes(record)
        with Vault.unlock(path, PASSPHRASE) as vault:
            if len(custody.entries(vault.db)) < newest:
                spliced_away += 1
                assert vault.older is not None
                assert not vault.check().ok
    assert spliced_away  # the splice that once passed "sound" was among them


def test_a_deliberate_restore_is_the_newest_state(path: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.dossier"
    with Vault.unlock(path, PASSPHRASE) as vault:
        vault.backup(backup)
    _more_history(path)
    vault = Vault.unlock(path, PASSPHRASE)
    restore.restore(vault, backup, PASSPHRASE)
    with Vault.unlock(path, PASSPHRASE) as restored:
        assert restored.older is None
        assert restored.check().ok


def test_a_backup_opened_where_it_lies_is_not_called_older(path: Path,
                                                            tmp_path: Path) -> None:
    backup = tmp_path / "backup.dossier"
    with Vault.unlock(path, PASSPHRASE) as vault:
        vault.backup(backup)
    with Vault.unlock(backup, PASSPHRASE) as opened:
        assert opened.older is None
        assert opened.check().ok


def test_the_record_reveals_nothing_and_a_forged_one_is_ignored(
        path: Path, tmp_path: Path, settings_folder: Path) -> None:
    old = tmp_path / "old.dossier"
    shutil.copyfile(path, old)
    _more_history(path)
    record_file = settings_folder / last_seen.FILE_NAME
    text = record_file.read_text()
    with Vault.unlock(path, PASSPHRASE) as vault:
        head = custody.entries(vault.db)[-1].entry_hash
    for secret in (head, str(path), path.name, "Affaire", "note.txt"):
        assert secret not in text
    assert oct(record_file.stat().st_mode & 0o777) == "0o600"
    data = json.loads(text)
    [record] = data["vaults"].values()
    record["count"] = 1  # an attacker lowering the record to match the old copy
    record_file.write_text(json.dumps(data))
    shutil.copyfile(old, path)
    with Vault.unlock(path, PASSPHRASE) as vault:
        assert vault.older is None  # a forged record counts for nothing...
    record["count"] = 999  # ...nor can one cry wolf
    record_file.write_text(json.dumps(data))
    with Vault.unlock(path, PASSPHRASE) as vault:
        assert vault.older is None


def test_check_requires_each_item_to_hold_the_original_its_import_logged(path: Path) -> None:
    forged = b"He never came."
    with Vault.unlock(path, PASSPHRASE) as vault:
        assert vault.check().ok
        [(blob_id,)] = vault.db.execute("SELECT blob_id FROM items").fetchall()
        with vault.transaction() as db:  # original and stored hash replaced together
            db.execute("UPDATE chunks SET data = ? WHERE blob_id = ?", (forged, blob_id))
            db.execute("UPDATE blobs SET sha256 = ?, size = ? WHERE id = ?",
                       (hashlib.sha256(forged).hexdigest(), len(forged), blob_id))
        report = vault.check()
    assert not report.ok
    assert any("imported" in problem for problem in report.problems)


def test_a_backup_with_a_salt_of_its_own_put_in_place_is_caught(path: Path,
                                                                tmp_path: Path) -> None:
    backup = tmp_path / "backup.dossier"
    with Vault.unlock(path, PASSPHRASE) as vault:
        vault.backup(backup, PASSPHRASE)
    assert backup.read_bytes()[:16] != path.read_bytes()[:16]
    _more_history(path)
    shutil.copyfile(backup, path)
    with Vault.unlock(path, PASSPHRASE) as vault:
        assert vault.older is not None


def test_a_passphrase_change_keeps_the_watch(path: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.dossier"
    with Vault.unlock(path, PASSPHRASE) as vault:
        vault.change_passphrase(PASSPHRASE, kdf=FAST)  # same words, new salt and key
    shutil.copyfile(path, old)
    _more_history(path)
    shutil.copyfile(old, path)
    with Vault.unlock(path, PASSPHRASE) as vault:
        assert vault.older is not None

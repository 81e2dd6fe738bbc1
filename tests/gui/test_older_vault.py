"""An older copy of the vault put back in its place is said in the window at unlock, in the
core's words, and not for a vault that continues the newest state seen here."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.case import cases
from app.importing.pipeline import Importer
from app.vault import keys
from app.vault.vault import Vault
from ui.access.older_vault import OlderVaultBanner
from ui.common.operations import VaultService

PASSPHRASE = "la marée monte ; « Ombre » ne lira rien 1848"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    path = tmp_path / "vault.dossier"
    with Vault.create(path, PASSPHRASE, kdf=keys.KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case = cases.create(db, "Affaire")
        Importer(vault, case.id).import_data("note.txt", b"He waited outside at 21:40.")
    return path


def banner_after_unlock(qtbot, path: Path) -> OlderVaultBanner:
    service = VaultService()
    banner = OlderVaultBanner(service)
    qtbot.addWidget(banner)
    with qtbot.waitSignal(service.unlocked):
        service.unlock(path, PASSPHRASE, lambda _vault: None, pytest.fail)
    # The banner asked the one vault worker first: its answer is back before this one.
    with qtbot.waitCallback() as answered:
        service.run(lambda _vault, _task: None, answered, pytest.fail)
    service.shutdown()
    return banner


def test_an_older_copy_put_back_is_said_at_unlock(qtbot, vault_path: Path,
                                                   tmp_path: Path) -> None:
    older = tmp_path / "older.dossier"
    shutil.copyfile(vault_path, older)
    with Vault.unlock(vault_path, PASSPHRASE) as vault:  # the owner goes on
        vault.record_check(vault.check())
    shutil.copyfile(older, vault_path)  # someone puts the older copy back
    banner = banner_after_unlock(qtbot, vault_path)
    assert not banner.isHidden()
    assert banner.message.text().startswith("This vault is older than the one last opened "
                                            "here on ")


def test_a_vault_that_goes_on_shows_nothing(qtbot, vault_path: Path) -> None:
    with Vault.unlock(vault_path, PASSPHRASE) as vault:
        vault.record_check(vault.check())
    banner = banner_after_unlock(qtbot, vault_path)
    assert banner.isHidden()
    assert banner.message.text() == ""

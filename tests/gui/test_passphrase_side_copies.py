"""The window's passphrase change takes the copies kept beside the vault along, and says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.common import errors
from app.vault.keys import KdfSettings
from app.vault.vault import Vault
from tests.gui.conftest import unlocked_service
from tests.vault_files import copy_vault
from ui.common.operations import VaultService
from ui.vault.passphrase_dialog import PassphraseDialog

OLD = "loutre violette sous l'escalier"
NEW = "une toute autre phrase, bien plus longue 1848"


@pytest.fixture
def service(qtbot, tmp_path: Path) -> Iterator[VaultService]:
    prepared = tmp_path / "prepared" / "vault.dossier"
    prepared.parent.mkdir()
    Vault.create(prepared, OLD, kdf=KdfSettings(log2_n=10, r=8)).close()
    copy_vault(prepared, tmp_path / "vault.before-restore.dossier")
    yield from unlocked_service(qtbot, prepared, OLD, tmp_path)


def test_a_kept_copy_follows_the_new_passphrase(qtbot, service, tmp_path: Path) -> None:
    dialog = PassphraseDialog(service)
    qtbot.addWidget(dialog)
    dialog.current.setText(OLD)
    dialog.new.setText(NEW)
    dialog.again.setText(NEW)
    dialog.change.click()
    qtbot.waitUntil(lambda: bool(dialog.outcome.text()), timeout=30_000)
    assert "1 copy kept beside the vault" in dialog.outcome.text()
    kept = tmp_path / "vault.before-restore.dossier"
    with pytest.raises(errors.WrongPassphrase):
        Vault.unlock(kept, OLD, count_failures=False)
    Vault.unlock(kept, NEW, count_failures=False).close()

"""What several GUI test modules share: the vault worker on a copy of a prepared vault,
and French formats for the dates they read on screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from tests.vault_files import copy_vault
from ui.common.operations import VaultService


def unlocked_service(qtbot, prepared_path: Path, passphrase: str,
                     tmp_path: Path) -> Iterator[VaultService]:
    """The vault worker, unlocked on a fresh copy of ``prepared_path``; locked after."""
    copy = tmp_path / "vault.dossier"
    copy_vault(prepared_path, copy)
    service = VaultService()
    failures: list[str] = []
    service.unlock(copy, passphrase, lambda _: None, failures.append)
    qtbot.waitUntil(lambda: service.is_unlocked or bool(failures))
    assert not failures
    yield service
    service.shutdown()


@pytest.fixture
def french_dates() -> Iterator[None]:
    """Dates and numbers formatted as in France, for the duration of one test."""
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def _no_text_reading_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pictures of other tests are not read in the background (it takes seconds of
    CPU each); tests/gui/test_text_queue.py turns it back on."""
    from ui.importing import text_queue

    monkeypatch.setattr(text_queue, "READ_AUTOMATICALLY", False)

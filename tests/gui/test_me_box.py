"""Who the victim is, shown where people and accounts are, and asked once: the identities
inferred from the sample evidence are questions she answers with That's me or Not me."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.case import cases, me
from app.importing.pipeline import Importer
from app.vault import keys
from app.vault.vault import Vault
from tests.conftest import CORPUS
from ui.common.operations import VaultService
from ui.people.me_box import MeBox

PASSPHRASE = "la marée monte ; « Ombre » ne lira rien 1848"
FILES = ("chat/Discussion WhatsApp avec Ombre.txt", "email/menace_2026-11-04.eml",
         "email/faux_compte_2026-11-11.eml")


@pytest.fixture
def box(qtbot, tmp_path: Path):
    path = tmp_path / "vault.dossier"
    with Vault.create(path, PASSPHRASE, kdf=keys.KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case = cases.create(db, "Affaire")
        list(Importer(vault, case.id).run([CORPUS / name for name in FILES]))
    service = VaultService()
    with qtbot.waitSignal(service.unlocked):
        service.unlock(path, PASSPHRASE, lambda _vault: None, pytest.fail)
    shown = MeBox(service)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.loaded):
        shown.load()
    yield shown, service
    service.shutdown()


def answers(qtbot, box: MeBox, service: VaultService) -> list[me.Identity]:
    with qtbot.waitCallback() as read:
        service.run(lambda vault, _task: me.identities(vault), read, pytest.fail)
    return read.args[0]


def test_the_inferred_identities_are_asked_once(qtbot, box) -> None:
    shown, service = box
    names = [identity.identifier for identity in shown.shown]
    assert "Camille" in names
    assert all(identity.source == me.INFERRED for identity in shown.shown)
    texts = [label.text() for label in shown.findChildren(type(shown.title))]
    assert any(text.startswith("Is this you? Camille") for text in texts)
    camille = next(i for i in shown.shown if i.identifier == "Camille")
    with qtbot.waitSignal(shown.loaded):
        shown.confirm(camille)
    assert next(i for i in shown.shown if i.identifier == "Camille").source == me.SET
    other = next(i for i in shown.shown if i.source == me.INFERRED)
    with qtbot.waitSignal(shown.loaded):
        shown.refuse(other)
    assert other.identifier not in [i.identifier for i in shown.shown]
    assert other.identifier not in [i.identifier for i in answers(qtbot, shown, service)]

"""The People panel suggests attributions from the evidence, and one click accepts
(issue #13): the account is created for the harasser and the question goes away."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.case import attribution, cases, people
from app.importing.pipeline import Importer
from app.vault import keys
from app.vault.vault import Vault
from tests.conftest import CORPUS
from ui.common.operations import VaultService
from ui.people.people_panel import PeoplePanel

FILES = ("chat/sms-20261112.xml", "email/menace_2026-11-04.eml",
         "email/faux_compte_2026-11-11.eml")


@pytest.fixture
def panel(qtbot, tmp_path: Path):
    path = tmp_path / "v.dossier"
    with Vault.create(path, "pass", kdf=keys.KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case_id = cases.create(db, "Ombre").id
            people.save_person(db, people.Person(None, case_id, "Ombre"))
        list(Importer(vault, case_id).run(CORPUS / name for name in FILES))
    service = VaultService()
    with qtbot.waitCallback() as opened:
        service.unlock(path, "pass", opened, pytest.fail)
    shown = PeoplePanel(service)
    qtbot.addWidget(shown)
    shown.resize(700, 500)
    shown.show()
    with qtbot.waitSignal(shown.suggestions.loaded):
        shown.load(case_id)
    yield shown, service, case_id
    service.shutdown()


def _accounts(qtbot, service: VaultService, case_id: int) -> list[people.Account]:
    with qtbot.waitCallback() as answered:
        service.run(lambda vault, task: people.all_accounts(vault.db, case_id), answered,
                    pytest.fail)
    found: list[people.Account] = answered.args[0]
    return found


def test_one_click_ties_the_number_to_the_harasser(qtbot, panel) -> None:
    shown, service, case_id = panel
    box = shown.suggestions
    assert box.isVisible()
    texts = [label.text() for label in box.questions]
    assert "3 items come from 06 12 34 56 78: tie this number to Ombre?" in texts
    assert "1 item comes from ombre.du.lac@example.net: tie this address to Ombre?" in texts
    assert not any("banque" in text for text in texts)  # a no-reply is nobody's
    row = next(i for i, text in enumerate(texts) if "06 12 34 56 78" in text)
    assert _accounts(qtbot, service, case_id) == []
    with qtbot.waitSignal(box.loaded, timeout=10_000):
        qtbot.mouseClick(box.buttons[row], Qt.MouseButton.LeftButton)
    [account] = _accounts(qtbot, service, case_id)
    assert (account.platform, account.handle, account.person_id) == (
        "SMS", "06 12 34 56 78", 1)
    assert attribution.key_of(account.handle) == attribution.Key("phone", "+33612345678")
    assert not any("06 12 34 56 78" in label.text() for label in box.questions)
    qtbot.waitUntil(lambda: shown.model.rowCount() >= 1)
    shown.grab().save("/tmp/identifiers_suggestions.png")

"""Attributions suggested from what the readers found, on the sample evidence (issue #13):
nothing without a harasser, the bank and the victim never, and accepting ties."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.case import attribution, cases, me, people, suggestions
from app.importing.pipeline import Importer
from app.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, make_vault
from tests.conftest import CORPUS


@pytest.fixture
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault = Vault.unlock(make_vault(tmp_path_factory.mktemp("suggest") / "v.dossier"),
                         PASSPHRASE)
    with vault.transaction() as db:
        case_id = cases.create(db, "Affaire Ombre").id
    list(Importer(vault, case_id).run([CORPUS]))
    me.add(vault, "Camille")
    yield vault
    vault.close()


def _case(vault: Vault) -> int:
    return cases.all_cases(vault.db)[0].id


def _harasser(vault: Vault) -> int:
    with vault.transaction() as db:
        return people.save_person(db, people.Person(None, _case(vault), "Ombre"))


def test_nothing_is_suggested_before_anyone_is_named_a_harasser(vault: Vault) -> None:
    assert suggestions.suggest(vault.db, _case(vault)) == []


def test_the_readers_findings_are_suggested_for_the_harasser(vault: Vault) -> None:
    ombre = _harasser(vault)
    found = {s.key: s for s in suggestions.suggest(vault.db, _case(vault))}
    phone = found[attribution.Key("phone", "+33612345678")]
    assert phone.display == "06 12 34 56 78"
    assert len(phone.item_ids) == 3  # the SMS, whoever sent each
    assert (phone.person_id, phone.person_name) == (ombre, "Ombre")
    mail = found[attribution.Key("email", "ombre.du.lac@example.net")]
    assert (mail.platform, len(mail.item_ids)) == ("E-mail", 1)
    assert attribution.Key("account", "ombre_du_lac") in found  # the web page's @handle
    assert attribution.Key("account", "ombre") in found  # the WhatsApp author
    values = " ".join(key.value for key in found)
    for absent in ("banque-example.org", "nobody", "camille"):
        assert absent not in values, absent


def test_accepting_ties_the_identifier_and_stops_suggesting_it(vault: Vault) -> None:
    ombre = _harasser(vault)
    case_id = _case(vault)
    phone = next(s for s in suggestions.suggest(vault.db, case_id) if s.key.kind == "phone")
    done = suggestions.accept(vault, case_id, phone)
    account = next(a for a in people.all_accounts(vault.db, case_id) if a.id == done.value)
    assert (account.person_id, account.platform, account.handle) == (
        ombre, "SMS", "06 12 34 56 78")
    assert people.item_counts(vault.db, case_id)[done.value] == 3
    assert attribution.harassers(vault.db, case_id)[phone.key] == "Ombre"
    assert phone.key not in {s.key for s in suggestions.suggest(vault.db, case_id)}

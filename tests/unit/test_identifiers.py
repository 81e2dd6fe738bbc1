"""Identifiers that can go into a réquisition (issue #13): attributed to a harasser, or
listed apart; normalised; each IP with its header, its time and its message. Checked on a
real vault holding the sample evidence, in a real police bundle read with pdftotext."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from app.case import attribution, cases, me, people
from app.export import exporting, options, plan
from app.importing.pipeline import Importer
from app.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, make_vault
from tests.conftest import CORPUS

PARIS = ZoneInfo("Europe/Paris")
OMBRE_MAIL, OMBRE_PHONE = "ombre.du.lac@example.net", "+33612345678"


@pytest.mark.parametrize(("spelling", "e164"), [
    ("+33612345678", "+33612345678"), ("06 12 34 56 78", "+33612345678"),
    ("0033 6 12 34 56 78", "+33612345678"), ("+33 (0)6.12.34.56.78", "+33612345678"),
    ("+1 202-555-0143", "+12025550143"), ("nobody", ""), ("12", ""), ("Ombre", "")])
def test_phone_numbers_become_e164_in_the_case_country(spelling: str, e164: str) -> None:
    assert attribution.phone(spelling) == e164


def test_phone_numbers_are_shown_in_the_national_format() -> None:
    assert attribution.phone_display("+33612345678") == "06 12 34 56 78"
    assert attribution.phone_display("+12025550143") == "+1 202-555-0143"  # not mistaken


@pytest.mark.parametrize(("spelling", "address"), [
    ("Ombre.Du.Lac@Example.NET", "ombre.du.lac@example.net"),
    ("<ombre.du.lac@example.net>", "ombre.du.lac@example.net"),
    ("nobody", ""), ("", ""), ("a@localhost", "")])
def test_addresses_are_lower_case_and_a_name_is_no_address(spelling: str, address: str) -> None:
    assert attribution.email(spelling) == address


@pytest.mark.parametrize(("spelling", "bare"), [
    ("[198.51.100.99]", "198.51.100.99"), (" 198.51.100.23 ", "198.51.100.23"),
    ("[IPv6:2001:db8::1]", "2001:db8::1"), ("mx1.example.fr", ""), ("999.1.1.1", "")])
def test_ips_lose_their_brackets(spelling: str, bare: str) -> None:
    assert attribution.ip(spelling) == bare


def test_a_handle_tells_what_it_names() -> None:
    assert attribution.key_of("06 12 34 56 78") == attribution.Key("phone", OMBRE_PHONE)
    assert attribution.key_of("Ombre@example.net").kind == "email"
    assert attribution.key_of("@Ombre_du_Lac") == attribution.Key("account", "ombre_du_lac")
    assert attribution.automatic("no-reply@banque-example.org")
    assert not attribution.automatic(OMBRE_MAIL)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The police bundle of the sample evidence, once Ombre's address and number are tied
    to a harasser and the victim has said who she is."""
    folder = tmp_path_factory.mktemp("identifiers")
    vault = Vault.unlock(make_vault(folder / "v.dossier"), PASSPHRASE)
    with vault.transaction() as db:
        case_id = cases.create(db, "Affaire Ombre").id
    list(Importer(vault, case_id).run([CORPUS]))
    me.add(vault, "Camille")
    me.add(vault, "camille.martin@example.fr")
    with vault.transaction() as db:
        ombre = people.save_person(db, people.Person(None, case_id, "Ombre"))
        for platform, handle in (("E-mail", OMBRE_MAIL), ("SMS", "06 12 34 56 78")):
            people.save_account(db, people.Account(None, case_id, ombre, platform, handle))
    chosen = options.for_recipient(options.Scope(case_id), options.POLICE, prefix="TEST")
    exporting.export(vault, chosen, folder / "bundle", zone=PARIS,
                     now=datetime(2026, 12, 1, 10, 0, tzinfo=PARIS))
    vault.close()
    return folder / "bundle"


def _identifiers(bundle: Path) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(
        (bundle / "manifest.json").read_text("utf-8"))["identifiers"]
    return found


def _report_text(bundle: Path) -> list[str]:
    """The report's pages in reading order (a cell's lines together), spaces made plain."""
    report = next(bundle.glob("*.pdf"))
    text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True,
                          text=True, check=True, timeout=120).stdout
    return [" ".join(page.replace("\u00a0", " ").split()) for page in text.split("\f")]


def test_the_manifest_names_the_harassers_address_number_and_ip(bundle: Path) -> None:
    found = {(i["kind"], i["value"]): i for i in _identifiers(bundle)}
    assert found[("email", OMBRE_MAIL)]["attributed_to"] == "Ombre"
    phone = found[("phone", OMBRE_PHONE)]
    assert phone["attributed_to"] == "Ombre"
    assert phone["display"] == "06 12 34 56 78"
    assert phone["first_seen"]
    assert phone["exhibits"]
    ip = found[("ip", "198.51.100.23")]
    assert ip["attributed_to"] == "Ombre"  # the e-mail that address sent
    [source] = ip["sources"]
    assert source["header"] == "received:1"
    assert source["at_utc"] == "2026-11-04T22:12:05+00:00"
    assert source["at_local"] == "2026-11-04T23:12:05+01:00"
    assert source["message_id"] == "<20261104221205.1234@example.net>"
    message = found[("message_id", "<20261104221205.1234@example.net>")]
    assert message["attributed_to"] == "Ombre"
    assert set(found[("email", OMBRE_MAIL)]) == {
        "kind", "value", "display", "attributed_to", "first_seen", "last_seen", "exhibits",
        "sources"}


def test_the_manifest_names_neither_the_bank_nor_nobody_nor_the_victim(bundle: Path) -> None:
    listed = json.dumps(_identifiers(bundle), ensure_ascii=False).casefold()
    for absent in ("banque-example.org", "198.51.100.99", "nobody", "camille"):
        assert absent not in listed, absent
    for found in _identifiers(bundle):  # one spelling each, so each is listed once
        value = found["value"]
        assert "[" not in value, value
        if found["kind"] in ("email", "ip"):
            assert value == value.lower(), value
        if found["kind"] == "phone":
            assert re.fullmatch(r"\+\d{8,15}", value), value


def test_others_are_listed_apart_as_not_attributed(bundle: Path) -> None:
    others = [i for i in _identifiers(bundle) if i["attributed_to"] is None]
    assert ("url", "https://social.example.com/@ombre_du_lac") in {
        (i["kind"], i["value"]) for i in others}
    assert all(i["kind"] != "email" for i in others)  # Ombre's is tied, the bank's is not one


def test_the_report_names_them_with_the_time_and_the_header(bundle: Path) -> None:
    section = " ".join(page for page in _report_text(bundle) if "Rattaché à" in page)
    for expected in (OMBRE_MAIL, "06 12 34 56 78", "198.51.100.23",
                     "en-tête Received, saut n° 1 depuis l'expéditeur (premier relais)",
                     ("2026-11-04 22:12:05 UTC, soit 2026-11-04 23:12:05 heure locale "
                     "(UTC+01:00)"), "Autres correspondants, non attribués"):
        assert expected in section, expected
    for absent in ("banque-example.org", "198.51.100.99", "nobody", "Camille"):
        assert absent not in section, absent


def test_x_originating_ip_is_never_called_a_first_relay() -> None:
    from app.export.report.identifier_table import header_label
    assert header_label("fr", "x-originating-ip") == "en-tête X-Originating-IP"
    assert "premier relais" not in header_label("fr", "received:2")
    assert "premier relais" in header_label("fr", "received:1")
    assert "first relay" not in header_label("en", "received")


def test_both_languages_of_the_section_use_the_same_placeholders() -> None:
    from app.export.report.identifier_table import WORDS
    for key, (french, english) in WORDS.items():
        assert set(re.findall(r"{\w+}", french)) == set(re.findall(r"{\w+}", english)), key


def test_a_tied_no_reply_address_brings_its_x_originating_ip(tmp_path: Path) -> None:
    """A harasser may write from an address that looks like a machine's: once the victim
    ties it, its e-mail's IP is theirs, named by its own header, not as a first relay."""
    vault = Vault.unlock(make_vault(tmp_path / "v.dossier"), PASSPHRASE)
    with vault.transaction() as db:
        case_id = cases.create(db, "Affaire").id
    list(Importer(vault, case_id).run([CORPUS / "email" / "faux_compte_2026-11-11.eml"]))
    chosen = options.for_recipient(options.Scope(case_id), options.POLICE, prefix="TEST")
    assert plan.build(vault.db, chosen).correspondents == ()  # a machine's notice
    with vault.transaction() as db:
        person = people.save_person(db, people.Person(None, case_id, "Ombre"))
        people.save_account(db, people.Account(None, case_id, person, "E-mail",
                                               "No-Reply@Banque-Example.org"))
    found = {i.kind: i for i in plan.build(vault.db, chosen).identifiers}
    vault.close()
    assert found["email"].value == "no-reply@banque-example.org"
    assert found["ip"].value == "198.51.100.99"
    assert [s.header for s in found["ip"].sources] == ["x-originating-ip"]

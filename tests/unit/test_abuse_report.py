"""The abuse report (RFC 5965) built in the core from a real vault: its parts, its fields,
and the original carried byte for byte."""

from __future__ import annotations

import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest

from app.case import cases
from app.common import errors
from app.export import abuse_report, numbering
from app.importing.pipeline import Importer
from app.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, make_vault
from tests.conftest import CORPUS

THREAT = CORPUS / "email" / "menace_2026-11-04.eml"
AUTH = ("mx1.example.fr; spf=pass smtp.mailfrom=example.net; "
        "dkim=pass header.d=example.net")


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    opened = Vault.unlock(make_vault(tmp_path / "v.dossier"), PASSPHRASE)
    with opened.transaction() as db:
        cases.create(db, "Affaire Ombre")
    return opened


def _store(vault: Vault, path: Path) -> int:
    case_id = cases.all_cases(vault.db)[-1].id
    (outcome,) = Importer(vault, case_id).run([path])
    assert outcome.item_ids, outcome.reason
    return outcome.item_ids[0]


def _parse(data: bytes) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    return message


def _fields(part: EmailMessage) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    body = part.as_string().split("\n\n", 1)[1]
    for line in re.sub(r"\n[ \t]+", " ", body).splitlines():  # unfolded
        if line.strip():
            name, _colon, value = line.partition(": ")
            found.setdefault(name, []).append(value.strip())
    return found


def test_the_report_is_arf_with_the_senders_ip_and_arrival(vault: Vault) -> None:
    item = _store(vault, THREAT)
    report = abuse_report.build(vault.db, item, "en")
    message = _parse(report.data)
    assert message.get_content_type() == "multipart/report"
    assert message.get_param("report-type") == "feedback-report"
    assert [p.get_content_type() for p in message.iter_parts()] == [
        "text/plain", "message/feedback-report", "message/rfc822"]
    fields = _fields(list(message.iter_parts())[1])
    assert fields["Feedback-Type"] == ["abuse"]
    assert fields["Version"] == ["1"]
    assert fields["User-Agent"] == ["Dossier/0.1.0"]
    assert fields["Source-IP"] == ["198.51.100.23"]  # the client, not a relay
    assert fields["Arrival-Date"] == ["Wed, 04 Nov 2026 23:12:09 +0100"]
    assert fields["Original-Mail-From"] == ["<ombre.du.lac@example.net>"]
    assert fields["Original-Rcpt-To"] == ["<camille.martin@example.fr>"]
    assert fields["Reported-Domain"] == ["example.net"]
    assert "Authentication-Results" not in fields  # the sample has none: nothing invented
    assert report.addresses == ("abuse@example.net",)
    assert "never sends" in report.where_to_send


@pytest.mark.parametrize(("name", "encoding"), [("menace_2026-11-04.eml", "7bit"),
                                              ("faux_compte_2026-11-11.eml", "8bit")])
def test_the_original_is_carried_byte_for_byte(vault: Vault, name: str,
                                               encoding: str) -> None:
    original = CORPUS / "email" / name
    item = _store(vault, original)
    data = abuse_report.build(vault.db, item, "fr").data
    boundary = _parse(data).get_boundary()
    assert boundary
    # RFC 2046: the CRLF before a delimiter belongs to the delimiter, not to the part.
    third = data.split(b"\r\n--" + boundary.encode() + b"\r\n")[3]
    payload = third.split(b"\r\n\r\n", 1)[1].removesuffix(b"\r\n--" + boundary.encode()
                                                           + b"--\r\n")
    assert payload == original.read_bytes()
    _human, _feedback, attached = _parse(data).iter_parts()
    assert attached["Content-Transfer-Encoding"] == encoding  # 8-bit bytes are declared
    assert attached.get_payload()[0]["Message-ID"]


@pytest.mark.parametrize(("lang", "lines"), [
    ("fr", ["Je reçois des messages de harcèlement",
            ("Adresse IP d'origine : 198.51.100.23 (lue dans l'en-tête Received n° 1, "
             "en partant du bas)"), "Date et heure (UTC) : 2026-11-04 22:12:09",
            "Référence : pièce n° 5 de mon dossier"]),
    ("en", ["I am receiving harassing messages",
            ("Originating IP address: 198.51.100.23 (read in the header Received no. 1, "
             "counted from the bottom)"), "Date and time (UTC): 2026-11-04 22:12:09",
            "Reference: exhibit 5 of my case file"]),
])
def test_the_first_part_speaks_her_language_and_names_the_exhibit(
        vault: Vault, lang: str, lines: list[str]) -> None:
    item = _store(vault, THREAT)
    case_id = cases.all_cases(vault.db)[-1].id
    with vault.transaction() as db:
        db.execute("INSERT INTO exhibit_numbers(case_id, item_id, number, sub, "
                   "first_exported_at) VALUES (?, ?, 5, 0, '2026-12-01T10:00:00+01:00')",
                   (case_id, item))
    assert numbering.stored(vault.db, case_id)[item].number == (5, 0)
    text, _feedback, _original = _parse(abuse_report.build(vault.db, item, lang).data).iter_parts()
    content = text.get_content()
    for line in lines:
        assert line in content


def test_without_an_exhibit_number_the_item_id_is_the_reference(vault: Vault) -> None:
    item = _store(vault, THREAT)
    first, _feedback, _original = _parse(abuse_report.build(vault.db, item, "en").data).iter_parts()
    assert f"Reference: item {item} of my case file" in first.get_content()


def test_x_originating_ip_and_authentication_results_are_reported(vault: Vault,
                                                                   tmp_path: Path) -> None:
    copy = tmp_path / "webmail.eml"
    original = THREAT.read_bytes()
    folded = AUTH.replace("; dkim", ";\r\n\tdkim").encode()  # as servers write it
    forged = b"Authentication-Results: x;\r\n Feedback-Type: not-spam\r\n"
    copy.write_bytes(original.replace(
        b"From: \"Ombre\"", b"Authentication-Results: " + folded + b"\r\n" + forged
        + b"X-Originating-IP: [203.0.113.77]\r\nFrom: \"Ombre\"", 1))
    report = abuse_report.build(vault.db, _store(vault, copy), "en")
    message = _parse(report.data)
    fields = _fields(list(message.iter_parts())[1])
    assert fields["Source-IP"] == ["203.0.113.77"]
    assert fields["Authentication-Results"] == [AUTH, "x; Feedback-Type: not-spam"]
    assert fields["Feedback-Type"] == ["abuse"]  # a folded header adds no field of its own
    human, _feedback, _original = message.iter_parts()
    assert "(read in the header X-Originating-IP)" in human.get_content()
    assert report.addresses == ("abuse@example.net",)


def test_a_hop_of_another_provider_is_suggested_first(vault: Vault, tmp_path: Path) -> None:
    copy = tmp_path / "relayed.eml"
    copy.write_bytes(THREAT.read_bytes().replace(b"by smtp.example.net",
                                                 b"by out-3.mail.example.org", 1))
    report = abuse_report.build(vault.db, _store(vault, copy), "fr")
    assert report.addresses == ("abuse@example.org", "abuse@example.net")


def test_only_an_email_makes_a_report(vault: Vault) -> None:
    note = _store(vault, CORPUS / "notes" / "journal.txt")
    with pytest.raises(errors.UsageError, match="is not an e-mail"):
        abuse_report.build(vault.db, note, "fr")
    with pytest.raises(errors.UsageError, match="There is no item"):
        abuse_report.build(vault.db, 9999, "fr")


def test_saving_never_replaces_a_file(vault: Vault, tmp_path: Path) -> None:
    report = abuse_report.build(vault.db, _store(vault, THREAT), "fr")
    out = tmp_path / "r.eml"
    abuse_report.save(report, out)
    assert out.read_bytes() == report.data
    with pytest.raises(errors.UsageError, match="already exists"):
        abuse_report.save(report, out)
    assert not [p for p in tmp_path.iterdir() if re.search(r"\.partial$", p.name)]

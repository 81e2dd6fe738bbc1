"""Who said what to whom, and what counts as an act: the sample evidence imported with
nobody telling Dossier anything, then read back through ``dossier list``, ``stats`` and
``me`` as a user would (issue 13, "Parties and direction")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import Dossier, Result
from tests.conftest import CORPUS

REPLIES = {"Arrête de m'écrire.", "Leave me alone.", "Ne me contacte plus."}


def ok(result: Result) -> Result:
    assert (result.code, result.err) == (0, ""), result.err
    return result


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Dossier:
    """The whole sample evidence in one vault, shared by the tests below (read-only)."""
    from tests.cli.conftest import make_vault
    folder = tmp_path_factory.mktemp("parties")
    (folder / "tmp").mkdir()
    dossier = Dossier(make_vault(folder / "case.dossier"), folder / "tmp")
    result = dossier("import", CORPUS)
    assert result.code == 3, result.err  # empty.png is refused, the rest stored
    return dossier


def items(dossier: Dossier) -> list[dict[str, Any]]:
    return ok(dossier("list", "--json")).lines()


def shown(dossier: Dossier, item_id: int) -> dict[str, Any]:
    (details,) = ok(dossier("show", "--json", str(item_id))).lines()
    return details


def test_the_victims_three_replies_are_sent_and_not_acts(imported: Dossier) -> None:
    messages = {shown(imported, i["id"])["text"]: i for i in items(imported)
                if i["kind"] == "message"}
    for reply in REPLIES:
        assert (messages[reply]["direction"], messages[reply]["role"],
                messages[reply]["counts_as_act"]) == ("sent", "reply", False), reply
    others = [m for text, m in messages.items() if text not in REPLIES]
    assert len(others) == 8  # 6 from Ombre and Shadow on WhatsApp, 2 SMS
    assert {m["direction"] for m in others} == {"received"}
    assert {m["role"] for m in others} == {"act"}
    whatsapp = {m["author"] for m in others if m["platform"] == "WhatsApp"}
    assert whatsapp == {"Ombre", "Shadow"}
    sms = [m for m in others if m["platform"] == "SMS"]
    assert {m["author"] for m in sms} == {"+33612345678"}
    assert {messages[reply]["author"] for reply in REPLIES} == {"Camille", ""}


def test_direction_author_and_role_of_files(imported: Dossier) -> None:
    by_name = {i["original_name"]: i for i in items(imported) if i["parent_id"] is None}
    receipt = by_name["signalement_plateforme.pdf"]
    assert (receipt["role"], receipt["direction"], receipt["counts_as_act"]) == (
        "step", "none", False)
    assert by_name["releve_commentaires.pdf"]["role"] == "context"
    assert by_name["journal.txt"]["role"] == "context"
    photo = by_name["photo_parking.jpg"]
    assert (photo["direction"], photo["author"], photo["role"], photo["counts_as_act"]) == (
        "none", "", "act", True)
    page = by_name["profil_ombre_du_lac.html"]
    assert (page["direction"], page["author"], page["role"]) == ("none", "@ombre_du_lac", "act")
    mail = by_name["menace_2026-11-04.eml"]
    assert (mail["direction"], mail["role"], mail["counts_as_act"]) == ("received", "act", True)
    assert "ombre.du.lac@example.net" in mail["author"]


def test_files_dated_only_by_their_file_time_are_not_counted(imported: Dossier) -> None:
    undated = [i for i in items(imported)
               if i["captured_at_source"] in ("file_time", "import_time")]
    assert undated  # the sample evidence has some: the notes, the damaged files
    assert not any(i["counts_as_act"] for i in undated)
    assert any(i["role"] == "act" for i in undated)  # an act, but not a dated one


def test_stats_total_is_the_number_of_items_that_count_as_acts(imported: Dossier) -> None:
    (figures,) = ok(imported("stats", "--json")).lines()
    counted = [i for i in items(imported) if i["counts_as_act"]]
    assert counted
    assert figures["total"] == len(counted)
    assert not any(i["role"] != "act" for i in counted)


def test_me_names_camille_and_her_address_from_the_evidence(imported: Dossier) -> None:
    found = {(i["identifier"], i["source"]) for i in ok(imported("me", "--json")).lines()}
    assert found == {("Camille", "inferred"), ("camille.martin@example.fr", "inferred")}


def test_me_keeps_what_she_sets_and_forgets_what_she_removes(dossier: Dossier) -> None:
    ok(dossier("import", CORPUS / "chat"))
    ok(dossier("import", CORPUS / "email"))
    ok(dossier("me", "--remove", "camille"))
    ok(dossier("me", "--add", "Camille M.", "--platform", "WhatsApp"))
    found = [(i["identifier"], i["source"]) for i in ok(dossier("me", "--json")).lines()]
    assert found == [("Camille M.", "set"), ("camille.martin@example.fr", "inferred")]
    ok(dossier("import", CORPUS / "chat" / "WhatsApp Chat with Shadow.txt"))  # a duplicate
    ok(dossier("me", "--remove", "camille.martin@example.fr"))
    assert [i["identifier"] for i in ok(dossier("me", "--json")).lines()] == ["Camille M."]
    unknown = dossier("me", "--remove", "nobody@example.org")
    assert unknown.code != 0
    assert "nobody@example.org" in unknown.err


def test_describe_role_is_hers_and_logged(dossier: Dossier) -> None:
    (item,) = ok(dossier("import", "--json", CORPUS / "photos" / "photo_parking.jpg")).lines()
    assert (item["role"], item["role_set"], item["counts_as_act"]) == ("act", False, True)
    (line,) = ok(dossier("describe", str(item["id"]), "--role", "context", "--json")).lines()
    assert (line["role"], line["role_set"], line["counts_as_act"]) == ("context", True, False)
    edits = [e for e in ok(dossier("log", "--json")).lines() if e["action"] == "edited"]
    assert [(e["details"]["field"], e["details"]["before"], e["details"]["after"])
            for e in edits] == [("role", "act", "context")]
    (figures,) = ok(dossier("stats", "--json")).lines()
    assert figures["total"] == 0
    refused = dossier("describe", str(item["id"]), "--role", "harassment")
    assert refused.code != 0
    assert "harassment" in refused.err


def test_the_manifest_says_who_said_what_and_what_counts(imported: Dossier,
                                                         tmp_path: Path) -> None:
    done = imported("export", "--out", tmp_path / "bundle", "--json", timeout=300)
    assert done.code == 0, done.err
    manifest = json.loads((tmp_path / "bundle" / "manifest.json").read_text())
    exhibits = {e["original_name"]: e for e in manifest["exhibits"]}
    receipt = exhibits["signalement_plateforme.pdf"]
    assert (receipt["direction"], receipt["author"], receipt["role"],
            receipt["counts_as_act"]) == ("none", "", "step", False)
    mail = exhibits["menace_2026-11-04.eml"]
    assert (mail["direction"], mail["role"], mail["counts_as_act"]) == ("received", "act", True)
    assert "ombre.du.lac@example.net" in mail["author"]
    (figures,) = ok(imported("stats", "--json")).lines()
    assert manifest["statistics"]["total"] == figures["total"]
    header = (tmp_path / "bundle" / "manifest.csv").read_text(encoding="utf-8-sig")
    assert "direction,author,role,counts_as_act" in header.splitlines()[0]


SENT_MAIL = """\
From: Camille Martin <camille.martin@example.fr>
To: ombre.du.lac@example.net
Subject: Stop
Date: Thu, 05 Nov 2026 08:00:00 +0100
Message-ID: <stop-1@example.fr>
Content-Type: text/plain; charset=utf-8

Je ne veux plus avoir de contact avec toi.
"""


def test_an_email_from_her_address_is_hers_and_her_choice_stays(dossier: Dossier,
                                                               tmp_path: Path) -> None:
    mail = tmp_path / "stop.eml"
    mail.write_text(SENT_MAIL, encoding="utf-8")
    (item,) = ok(dossier("import", "--json", mail)).lines()
    assert (item["direction"], item["role"]) == ("received", "act")  # nobody said who she is
    ok(dossier("me", "--add", "camille.martin@example.fr"))
    assert (shown(dossier, item["id"])["direction"], shown(dossier, item["id"])["role"]) == (
        "sent", "reply")
    ok(dossier("describe", str(item["id"]), "--role", "step"))
    ok(dossier("me", "--remove", "camille.martin@example.fr"))
    again = shown(dossier, item["id"])
    assert (again["direction"], again["role"], again["role_set"]) == ("received", "step", True)
    (other,) = ok(dossier("import", "--json", CORPUS / "email" / "menace_2026-11-04.eml")).lines()[:1]
    assert (other["direction"], other["role"]) == ("received", "act")


def test_the_statistics_the_report_and_the_letter_count_the_same_acts(
        imported: Dossier, tmp_path: Path) -> None:
    """One count of acts everywhere it is stated: `stats`, the report's summary and the
    letter to the procureur (a chat's messages are acts one by one, so the manifest's
    exhibits, which are files, are not compared)."""
    import subprocess

    import docx

    (figures,) = ok(imported("stats", "--json")).lines()
    total = figures["total"]
    bundle = tmp_path / "police"
    ok(imported("export", "--out", bundle, "--recipient", "police", "--lang", "fr"))
    report = next(bundle.glob("*.pdf"))
    text = " ".join(subprocess.run(["pdftotext", report, "-"], capture_output=True, text=True,
                                   check=True).stdout.split()).replace("\u00a0", " ")
    assert f"{total} actes relevés" in text
    letter = next(bundle.glob("*.docx"))
    words = " ".join(p.text for p in docx.Document(str(letter)).paragraphs).replace(
        "\u00a0", " ")
    assert f"{total} actes distincts" in words

"""``dossier step`` and ``dossier deadlines`` end to end: a recorded complaint's
reference reaches the police report (read back with pdftotext), the letter and the
manifest; a public insult's limitation date is three months after it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import docx

from tests.cli.conftest import Dossier
from tests.conftest import CORPUS


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60)
    return " ".join(done.stdout.replace("\u00a0", " ").split())


def test_a_recorded_complaint_reaches_the_police_report(dossier: Dossier,
                                                        tmp_path: Path) -> None:
    assert dossier("import", CORPUS / "email" / "menace_2026-11-04.eml").code == 0
    added = dossier("step", "add", "--date", "2026-11-08", "--to", "Commissariat de Lyon 3e",
                    "--what", "Plainte déposée au guichet", "--kind", "plainte", "--ref",
                    "PV-2026-004217", "--item", "1", "--json")
    assert added.code == 0, added.err
    step = added.lines()[0]
    assert (step["kind"], step["reference"], step["items"]) == ("plainte", "PV-2026-004217", [1])
    assert step["done_at"].startswith("2026-11-08T00:00:00")
    assert step["precision"] == "day"
    assert dossier("step", "add", "--date", "2026-11-05T09:30", "--to", "Gmail", "--what",
                   "Signalement de l'expéditeur", "--kind", "provider", "--status",
                   "no-answer").code == 0
    listed = dossier("step", "list", "--json").lines()
    assert [s["kind"] for s in listed] == ["provider", "plainte"]  # in date order

    out = tmp_path / "bundle"
    done = dossier("export", "--out", out, "--recipient", "police", "--lang", "fr",
                   timeout=300)
    assert done.code == 0, done.err
    report = _pdf_text(next(out.glob("*.pdf")))
    assert "Démarches effectuées" in report
    assert "PV-2026-004217" in report
    assert "Commissariat de Lyon 3e" in report
    assert "Sans réponse" in report
    assert "8 novembre 2026" in report
    letter = "\n".join(p.text for p in docx.Document(str(next(out.glob("*.docx")))).paragraphs)
    letter = letter.replace("\u00a0", " ")
    assert "Objet : plainte complémentaire" in letter
    assert ("déposée le 8 novembre 2026 (lieu du dépôt : Commissariat de Lyon 3e), "
            "enregistrée sous le numéro PV-2026-004217") in letter
    assert ("Le 5 novembre 2026 à 09:30 : signalement à un hébergeur ou fournisseur de "
            "messagerie (Gmail) — Signalement de l'expéditeur ; suite : sans réponse.") in letter
    steps = json.loads((out / "manifest.json").read_text("utf-8"))["steps"]
    assert [(s["kind"], s["reference"], s["exhibits"]) for s in steps] == [
        ("provider", "", []), ("plainte", "PV-2026-004217", ["P001"])]


def test_a_platform_bundle_carries_no_step(dossier: Dossier, tmp_path: Path) -> None:
    assert dossier("import", CORPUS / "email" / "menace_2026-11-04.eml").code == 0
    assert dossier("step", "add", "--date", "2026-11-08", "--to", "Commissariat",
                   "--what", "Plainte", "--kind", "plainte", "--ref", "PV-SECRET").code == 0
    assert dossier("describe", "1", "--platform", "Instagram").code == 0
    out = tmp_path / "platform"
    assert dossier("export", "--out", out, "--recipient", "platform", "--platform",
                   "Instagram", timeout=300).code == 0
    assert json.loads((out / "manifest.json").read_text("utf-8"))["steps"] == []
    assert "PV-SECRET" not in _pdf_text(next(out.glob("*.pdf")))


def test_edit_and_remove_keep_the_evidence(dossier: Dossier) -> None:
    assert dossier("import", CORPUS / "email" / "menace_2026-11-04.eml").code == 0
    assert dossier("step", "add", "--date", "2026-11", "--to", "PHAROS", "--what",
                   "Signalement", "--kind", "pharos", "--item", "1").code == 0
    edited = dossier("step", "edit", "1", "--status", "acknowledged", "--ref", "PHA-77",
                     "--answer", "Votre signalement a bien été reçu", "--json").lines()[0]
    assert (edited["status"], edited["reference"], edited["items"]) == (
        "acknowledged", "PHA-77", [1])
    assert edited["precision"] == "month"
    assert edited["recipient"] == "PHAROS"
    redated = dossier("step", "edit", "1", "--date", "2026-11-09T14:00", "--json").lines()[0]
    assert redated["precision"] == "exact"
    assert redated["reference"] == "PHA-77"
    assert dossier("step", "remove", "1").code == 0
    assert dossier("step", "list", "--json").lines() == []
    assert [i["id"] for i in dossier("list", "--json").lines()] == [1, 2]  # all still there


def test_bad_steps_are_refused_with_a_sentence(dossier: Dossier) -> None:
    assert dossier("step", "list").err.strip() == "dossier: The vault holds no case yet."
    assert dossier("import", CORPUS / "email" / "menace_2026-11-04.eml").code == 0
    bad_date = dossier("step", "add", "--date", "le 8", "--to", "X", "--what", "Y")
    assert bad_date.code == 2
    assert "is not a date" in bad_date.err
    empty = dossier("step", "add", "--date", "2026-11-08", "--to", " ", "--what", "")
    assert empty.code == 2
    assert "to whom" in empty.err
    assert dossier("step", "remove", "7").code == 2
    assert dossier("step", "add", "--date", "2026-11-08", "--to", "X", "--what", "Y",
                   "--status", "lost").code == 2
    assert "Traceback" not in bad_date.err + empty.err


def test_deadlines_state_the_rule_and_its_article(dossier: Dossier) -> None:
    assert dossier("import", CORPUS / "email" / "menace_2026-11-04.eml").code == 0
    assert dossier("incident", "add", "--title", "Insulte sur Instagram", "--when",
                   "2026-11-06", "--qualification", "injure-publique").code == 0
    assert dossier("incident", "add", "--title", "Sans qualification", "--when",
                   "2026-11-06").code == 0
    found = {d["title"]: d for d in dossier("deadlines", "--json").lines()}
    insult = found["Insulte sur Instagram"]
    assert (insult["lapses_on"], insult["counted_from"]) == ("2027-02-06", "2026-11-06")
    assert insult["article"] == "art. 65 de la loi du 29 juillet 1881"
    assert found["Sans qualification"]["state"] == "unqualified"
    text = dossier("deadlines").out
    assert "lapses on 2027-02-06" in text.lower()
    assert "not legal advice" in text

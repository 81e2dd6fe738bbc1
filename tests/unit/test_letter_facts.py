"""The letter's facts on the whole sample corpus, with nobody having described anything:
the acts day by day from the exhibits, every channel named, no import date given as an
exhibit's date, no raw encoded header, a visible prompt for the victim's own words."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest

from app.case import cases
from app.export import acts, exporting, letter, options, summary
from app.export.plan import Plan, build
from app.importing.pipeline import Importer
from app.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, make_vault
from tests.conftest import CORPUS
from tests.unit.test_letter import NOW, PARIS


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    path = make_vault(tmp_path_factory.mktemp("facts") / "case.dossier")
    vault = Vault.unlock(path, PASSPHRASE)
    with vault.transaction() as db:
        case = cases.create(db, "Affaire Martin")
    list(Importer(vault, case.id).run(sorted(p for p in CORPUS.rglob("*") if p.is_file())))
    yield vault
    vault.close()


def _wanted(vault: Vault) -> options.Options:
    case = cases.all_cases(vault.db)[0]
    return options.for_recipient(options.Scope(case.id), "police")


@pytest.fixture(scope="module")
def plan(vault: Vault) -> Plan:
    return build(vault.db, _wanted(vault), PARIS, NOW)


def _text(plan: Plan) -> str:
    return "\n".join(text for _style, text in letter.compose(plan)).replace("\u00a0", " ")


def test_with_no_incident_the_letter_tells_the_acts_day_by_day(plan: Plan) -> None:
    assert plan.chronology == ()
    text = _text(plan)
    assert "Les pièces montrent, jour par jour, les faits suivants :" in text
    numbers = {e.label: e.number for e in plan.all_exhibits()}
    mail = next(e for e in plan.all_exhibits() if e.item.original_name.startswith("menace"))
    day = next(line for line in text.splitlines() if line.startswith("Le 4 novembre 2026 : "))
    assert ("à 23 h 12 (e-mail), Ombre <ombre.du.lac@example.net> : « Tu ne m'échapperas "
            "pas »") in day
    # The attachment repeats the e-mail: one act, told once, with the e-mail's number.
    assert day.endswith(f"(pièce n° {numbers[mail.label]}).")
    assert "à 22 h 41 (WhatsApp), Ombre : « Tu crois que tu peux m'ignorer ? »" in text
    assert "Le 3 novembre 2026 : à 18 h 20 : fichier photo_parking.jpg (pièce n° 1)." in text
    assert "Ne me contacte plus." not in text  # the SMS she sent is no act against her
    assert "Aucun incident" not in text


def test_the_facts_name_every_channel_including_e_mail_and_the_web(plan: Plan) -> None:
    text = _text(plan)
    opening = next(line for line in text.splitlines() if "j'ai relevé" in line)
    for channel in ("sur WhatsApp", "par SMS", "sur Instagram", "par e-mail",
                    "sur le site social.example.com"):
        assert channel in opening
    assert "E-mail" not in opening


def test_no_import_date_and_no_raw_header_in_the_letter(plan: Plan) -> None:
    text = _text(plan)
    assert "=?" not in text
    imported = summary.long_date(date.today(), "fr")
    assert imported not in text  # the day the files were copied is nobody's evidence
    broken = next(e for e in plan.all_exhibits() if e.item.original_name == "broken.eml")
    assert not acts.counts(broken)
    line = next(line for line in text.splitlines()
                if line.startswith(f"Pièce n° {broken.number} :"))
    assert line == f"Pièce n° {broken.number} : broken.eml"


def test_the_docx_asks_for_her_own_words(plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "lettre.docx"
    with path.open("wb") as out:
        letter.write_docx(plan, out)
    paragraphs = [p.text.replace("\u00a0", " ") for p in docx.Document(str(path)).paragraphs]
    assert any(p.startswith("[Décrivez ici, avec vos mots, les faits") for p in paragraphs)
    assert any(p.startswith("Le 5 novembre 2026 : ") for p in paragraphs)


def test_the_report_chronology_is_built_from_the_acts(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "bundle"
    exporting.export(vault, _wanted(vault), out, zone=PARIS, now=NOW)
    pdf = out / "Rapport.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    start = text.index("Aucun incident n'a encore été décrit")
    chronology = text[start:text.index("Identifiants", start)]
    for seen in ("5 nov. 2026", "22:41", "Tu crois que tu peux m'ignorer ?", "+33612345678",
                 "photo_parking.jpg", "social.example", "Tu ne m'échapperas pas"):
        assert seen in chronology, seen
    assert "Ne me contacte plus." not in chronology
    assert "Aucun incident n'a été décrit." not in text


def test_many_exhibits_are_summarised_not_listed_inline(plan: Plan) -> None:
    labels = [e.label for e in reversed(plan.all_exhibits())]
    first, last = plan.all_exhibits()[0].number, plan.all_exhibits()[-1].number
    assert summary.exhibit_refs(plan, labels).replace("\u00a0", " ") == (
        f"dans {len(labels)} pièces, de n° {first} à n° {last}")
    few = [e.label for e in plan.all_exhibits()[:3]]
    assert summary.exhibit_refs(plan, few[::-1]).replace("\u00a0", " ") == "pièces n° 1, 2 et 3"
    english = replace(plan, options=replace(plan.options, language="en"))
    assert summary.exhibit_refs(english, labels) == (
        f"in {len(labels)} exhibits, from no. {first} to no. {last}")


def test_the_english_letter_names_the_channels_too(plan: Plan) -> None:
    english = replace(plan, options=replace(plan.options, language="en"))
    text = _text(english)
    opening = next(line for line in text.splitlines() if "I recorded" in line)
    for channel in ("on WhatsApp", "by text message (SMS)", "on Instagram", "by e-mail",
                    "on the website social.example.com"):
        assert channel in opening
    assert "The exhibits show the following acts, day by day:" in text
    assert "On 5 November 2026: at 14:30 (Instagram): file Screenshot_2026" in text
    assert "[Describe here, in your own words, the facts" in text


def test_the_day_by_day_times_say_which_clock_they_are_on(plan: Plan) -> None:
    text = _text(plan)
    assert ("Les heures sont données à l'heure de Paris (UTC+01:00) ; celles des "
            "conversations et des noms de fichiers sont l'heure locale de l'appareil, "
            "supposée être celle de Paris.") in text


def test_the_report_chronology_gives_exhibit_numbers_not_labels(vault: Vault,
                                                                tmp_path: Path) -> None:
    """One numbering for the reader (issue #13): "5", never the file-name label "P005"."""
    out = tmp_path / "bundle"
    exporting.export(vault, _wanted(vault), out, zone=PARIS, now=NOW)
    text = subprocess.run(["pdftotext", "-layout", str(out / "Rapport.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    start = text.index("Aucun incident n'a encore été décrit")
    chronology = text[start:text.index("Identifiants", start)]
    assert "Tu crois que tu peux m'ignorer ?" in chronology
    assert not re.search(r"\bP\d{3}\b", chronology)

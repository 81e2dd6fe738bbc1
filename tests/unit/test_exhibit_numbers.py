"""Exhibit numbers that stay from one export to the next, the bordereau complémentaire,
and the date conflicts of the sample evidence disclosed in the manifest and the report."""

from __future__ import annotations

import json
import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.case import cases, describing, evidence, incidents, links
from app.export import exporting, options
from app.export.errors import ExportError
from app.importing.pipeline import Importer
from app.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, make_vault
from tests.conftest import CORPUS

CHAT = "WhatsApp Chat with Shadow.txt"
SMS = "sms-20261112.xml"
PDF = "releve_commentaires.pdf"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    vault = Vault.unlock(make_vault(tmp_path / "v.dossier"), PASSPHRASE)
    with vault.transaction() as db:
        cases.create(db, "Affaire Ombre")
    list(Importer(vault, case_id(vault)).run([CORPUS]))
    yield vault
    vault.close()


def case_id(vault: Vault) -> int:
    return cases.all_cases(vault.db)[0].id


def export(vault: Vault, out: Path, language: str = "fr", **scope: object) -> dict:
    chosen = options.for_recipient(options.Scope(case_id(vault), **scope),  # type: ignore[arg-type]
                                   options.LAWYER, prefix="TEST", language=language)
    exporting.export(vault, chosen, out)
    return json.loads((out / "manifest.json").read_text("utf-8"))


def numbers(manifest: dict) -> dict[str, str]:
    """Original file name → exhibit number."""
    return {record["original_name"]: record["number"] for record in manifest["exhibits"]}


def report_text(bundle: Path) -> str:
    report = next(bundle.glob("R*.pdf"))
    done = subprocess.run(["pdftotext", "-layout", report, "-"], capture_output=True,
                          text=True, check=True, timeout=120)
    return done.stdout.replace("\u00a0", " ")


def test_a_narrower_export_keeps_the_numbers_of_the_first(vault: Vault,
                                                          tmp_path: Path) -> None:
    first = numbers(export(vault, tmp_path / "full"))
    second = export(vault, tmp_path / "later", since="2026-11-06T00:00:00+01:00")
    assert len(second["exhibits"]) < len(first)
    assert numbers(second)[CHAT] == first[CHAT] != "1"
    assert all(first[name] == number for name, number in numbers(second).items())
    assert all(r["first_communicated"] for r in second["exhibits"])
    assert second["earlier_communications"][0]["numbers"] == sorted(
        int(n) for n in first.values() if "-" not in n)


def test_new_evidence_takes_the_next_free_number_never_a_removed_one(
        vault: Vault, tmp_path: Path) -> None:
    first = numbers(export(vault, tmp_path / "full"))
    highest = max(int(n) for n in first.values() if "-" not in n)
    removed = next(i for i in evidence.list_items(vault.db, case_id(vault))
                   if i.original_name == CHAT)
    describing.remove_items(vault, [removed.id])
    Importer(vault, case_id(vault)).import_data("nouvelle.txt", b"Encore lui.")
    second = numbers(export(vault, tmp_path / "again"))
    assert CHAT not in second
    assert second["nouvelle.txt"] == str(highest + 1)
    assert first[CHAT] not in second.values()


def test_the_attachment_keeps_its_sub_number_in_its_file_name(vault: Vault,
                                                              tmp_path: Path) -> None:
    manifest = export(vault, tmp_path / "full")
    attachment = next(r for r in manifest["exhibits"] if r["original_name"] == "capture.png")
    assert attachment["number"] == attachment["label"][1:].lstrip("0")
    assert attachment["file"].startswith(f"originals/{attachment['label']}_")


def test_an_export_that_fails_numbers_nothing(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    with pytest.raises(ExportError):
        export(vault, tmp_path / "taken")
    assert vault.db.execute("SELECT count(*) FROM exhibit_numbers").fetchone()[0] == 0
    later = export(vault, tmp_path / "later", since="2026-11-06T00:00:00+01:00")
    assert min(int(n) for n in numbers(later).values() if "-" not in n) == 1


def test_the_second_bordereau_is_complementaire(vault: Vault, tmp_path: Path) -> None:
    first = export(vault, tmp_path / "full", until="2026-11-06T00:00:00+01:00")
    assert "complémentaire" not in report_text(tmp_path / "full")
    export(vault, tmp_path / "later")
    text = report_text(tmp_path / "later")
    assert "Bordereau complémentaire" in text
    count = len([n for n in numbers(first).values() if "-" not in n])
    assert f"Pièces n° 1 à {count} communiquées le" in " ".join(text.split())
    readme = " ".join((tmp_path / "later" / "README-FR.txt").read_text("utf-8-sig").split())
    assert "compté dans ce dossier seulement : un autre envoi recommence à 000001" in readme
    assert "restent les mêmes d'un envoi à l'autre" in readme


def test_both_date_conflicts_are_in_the_manifest_and_the_report(vault: Vault,
                                                                tmp_path: Path) -> None:
    manifest = export(vault, tmp_path / "full")
    record = {r["original_name"]: r for r in manifest["exhibits"]}
    assert {"source": "pdf_xmp", "value": "2026-11-30T00:13:30+00:00"} in \
        record[PDF]["date_conflicts"]
    assert [c["value"][:4] for c in record[SMS]["date_conflicts"]] == ["2025"] * 3
    assert record["Screenshot_20261105-143012_Instagram.png"]["date_conflicts"] == []
    text = " ".join(report_text(tmp_path / "full").split())
    assert "date affichée par le téléphone ; la date machine de la sauvegarde indique " \
        "le 10 novembre 2025 à 22:00:00" in text
    assert "les métadonnées XMP du PDF indiquent le 30 novembre 2026" in text
    assert "parce que c'est celle que la personne a vue à l'écran" in text
    assert "* Une autre date trouvée dans la pièce diffère de celle retenue" in text


def test_a_chat_line_is_device_local_time_not_a_stated_offset(vault: Vault,
                                                              tmp_path: Path) -> None:
    manifest = export(vault, tmp_path / "full", language="en")
    record = {r["original_name"]: r for r in manifest["exhibits"]}
    assert record[CHAT]["time_zone_assumed"] is True
    assert record["menace_2026-11-04.eml"]["time_zone_assumed"] is False
    text = " ".join(report_text(tmp_path / "full").split())
    assert "device local time (Europe/Paris assumed)" in text


def test_on_a_utc_computer_the_bordereau_keeps_the_cases_zone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        with Vault.unlock(make_vault(tmp_path / "v.dossier"), PASSPHRASE) as vault:
            with vault.transaction() as db:
                cases.create(db, "Affaire Ombre")
            list(Importer(vault, case_id(vault)).run([CORPUS / "email"]))
            manifest = export(vault, tmp_path / "utc")
    finally:
        monkeypatch.undo()  # the session's own zone back, for the tests that follow
        time.tzset()
    assert manifest["time_zone"] == "Europe/Paris"
    text = " ".join(report_text(tmp_path / "utc").split())
    assert "4 novembre 2026 à 23:12:05 (UTC+01:00)" in text
    assert "22:12:05" not in text


def test_the_chronology_gives_the_offset_and_the_english_index_is_supplementary(
        vault: Vault, tmp_path: Path) -> None:
    with vault.transaction() as db:
        email = next(i for i in evidence.list_items(db, case_id(vault))
                     if i.original_name == "menace_2026-11-04.eml")
        incident = incidents.save(db, incidents.Incident(
            None, case_id(vault), "Menace", "", "2026-11-04T23:12:05+01:00", None, "exact",
            "E-mail", 3))
        links.link(db, email.id, "incident", incident)
    export(vault, tmp_path / "first", language="en", until="2026-11-05T00:00:00+01:00")
    export(vault, tmp_path / "second", language="en")
    text = " ".join(report_text(tmp_path / "second").split())
    # The chronology's date cell, wrapped over three lines beside the severity.
    assert re.search(r"On 4 November .{0,40}2026 at 23:12 Severity: 3/4 \(UTC\+01:00\)", text)
    assert "Supplementary exhibit index" in text
    assert "Exhibits 1 to 3 communicated on" in text

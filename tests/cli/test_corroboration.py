"""Corroboration (issue #15 §2), end to end with the real OCR: a screenshot showing a
message that the Instagram export also holds, read by ``dossier import --ocr``, matched in
``dossier show`` and ``dossier corroborate``, and stated in the report."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import Dossier, make_vault
from tests.samples import platform_exports as px
from tests.samples import screenshots_ocr as samples
from tests.samples.pictures import png

SHOT = "Screenshot_20261105-153300.png"  # its name dates it: 5 November 2026, 15:33
# The harasser's message of 14:30 UTC (15:30 in Paris), wrapped on two lines as the app
# shows it, under the time the app prints; her reply; and a short "ok" that a WhatsApp
# backup also holds, which must match nothing.
CHAT = samples.Chat("corroborated", "Instagram", "Ombre du Lac", "15:33", (
    (False, "Aujourd'hui 15:30"), (False, "Je sais où tu habites, ça ne"),
    (False, "fait que commencer."), (True, "Arrête de m'écrire, s'il te plaît."),
    (False, "ok")))
WHATSAPP = "05/11/2026 15:40 - Ombre: ok\n05/11/2026 15:41 - Ombre: Réponds.\n"


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> tuple[Dossier, dict[str, int]]:
    """One vault: the screenshot (read once by the real OCR), the Instagram export and a
    WhatsApp backup."""
    root = tmp_path_factory.mktemp("corroboration")
    (root / "tmp").mkdir()
    dossier = Dossier(make_vault(root / "case.dossier"), root / "tmp")
    evidence = root / "evidence"
    evidence.mkdir()
    (evidence / SHOT).write_bytes(png(samples.cropped(CHAT, 1400)))
    (evidence / "instagram-camille.zip").write_bytes(px.instagram()[0])
    (evidence / "Discussion WhatsApp avec Ombre.txt").write_text(WHATSAPP, encoding="utf-8")
    done = dossier("import", "--ocr", "--json", evidence, timeout=300)
    assert done.code == 0, done.err
    ids = {Path(line["path"]).name: line["id"] for line in done.lines()
           if "path" in line and line.get("parent_id") is None}
    return dossier, ids


def _message(dossier: Dossier, words: str) -> dict[str, Any]:
    found = dossier("search", "--json", words).lines()
    return next(item for item in found if item["kind"] == "message")


def test_the_screenshot_shows_two_messages_of_the_export_and_not_the_short_one(
        case: tuple[Dossier, dict[str, int]]) -> None:
    dossier, ids = case
    shown = dossier("show", "--json", str(ids[SHOT])).lines()[0]
    assert "ok" in shown["screen_text"]["text"].casefold().split("\n")  # read, unmatched
    found = shown["corroborations"]
    threat = _message(dossier, "habites commencer")
    reply = _message(dossier, "arrête écrire plaît")
    assert [(c["message_id"], c["strength"]) for c in found] == [
        (threat["id"], "text_and_time"), (reply["id"], "text_and_day")]
    assert found[0]["shown_time"] == "15:30"
    assert found[0]["platform"] == "Instagram"
    assert found[0]["export_id"] == ids["instagram-camille.zip"]
    assert found[0]["sentence"].startswith(
        "Matches the message of 5 November 2026 at 15:30 in the Instagram export (message ")
    back = dossier("show", "--json", str(threat["id"])).lines()[0]
    assert [c["screenshot_id"] for c in back["corroborated_by"]] == [ids[SHOT]]
    listed = dossier("corroborate", "--json")
    assert listed.code == 0, listed.err
    assert [line["message_id"] for line in listed.lines()] == [threat["id"], reply["id"]]
    assert f"item {ids[SHOT]}: Matches the message of" in dossier("corroborate").out


def test_the_report_states_the_corroboration_with_exhibit_numbers(
        case: tuple[Dossier, dict[str, int]], tmp_path: Path) -> None:
    dossier, _ids = case
    bundle = tmp_path / "bundle"
    done = dossier("export", "--out", bundle, "--lang", "fr", timeout=300)
    assert done.code == 0, done.err
    text = subprocess.run(["pdftotext", bundle / "Rapport.pdf", "-"], check=True,
                          capture_output=True, text=True).stdout
    said = " ".join(text.replace("\u00a0", " ").split())
    sentences = re.findall(
        r"La capture de la pièce n° (\d+) correspond au message du 5 novembre 2026 à 15:30 "
        r"de l'export Instagram, pièce n° (\d+)-(\d+) : même texte, et l'heure 15:30 "
        r"affichée sur la capture est celle du message\.", said)
    assert len(sentences) == 2, said  # in the exhibit, and in the index's paragraph
    shot, export, conversation = sentences[0]
    originals = {path.name for path in (bundle / "originals").iterdir()}
    assert f"P{int(shot):03d}_{SHOT}" in originals
    # The conversation with the harasser, numbered under the export.
    assert any(name.startswith(f"P{int(export):03d}-{conversation}_")
               and px.HARASSER in name for name in originals), originals
    assert "Corroborations" in said
    # Her reply too (dated by the screenshot's day), and nothing for "ok": two each.
    assert said.count("correspond au message du 5 novembre 2026 à 15:32") == 2
    assert said.count("correspond au message du") == 4


def _report_text(dossier: Dossier, bundle: Path, *options: str) -> str:
    done = dossier("export", "--out", bundle, *options, timeout=300)
    assert done.code == 0, done.err
    report = next(bundle.glob("*.pdf"))
    text = subprocess.run(["pdftotext", report, "-"], check=True, capture_output=True,
                          text=True).stdout
    return " ".join(text.replace("\u00a0", " ").split())


def test_a_message_outside_the_bundle_is_said_to_be_in_the_vault_except_to_a_platform(
        case: tuple[Dossier, dict[str, int]], tmp_path: Path) -> None:
    dossier, ids = case
    assert dossier("tag", str(ids[SHOT]), "capture seule").code == 0
    said = _report_text(dossier, tmp_path / "alone", "--lang", "en", "--tag", "capture seule")
    assert ("matches the message of 5 November 2026 at 15:30 in the Instagram export kept in "
            "the Dossier vault, which is not included in this bundle: same text, and the time "
            "15:30 shown on the screenshot is the message's.") in said
    # A notice to X, scoped to X's items, says nothing of the Instagram export.
    done = dossier("describe", str(ids[SHOT]), "--platform", "X")
    assert done.code == 0, done.err
    notice = _report_text(dossier, tmp_path / "x", "--lang", "en", "--recipient", "platform",
                          "--platform", "X", "--filer-name", "Camille Martin",
                          "--filer-email", "camille@example.fr")
    assert "Screenshot_20261105" in notice  # the screenshot is there
    assert "matches the message" not in notice
    assert "Corroborations" not in notice

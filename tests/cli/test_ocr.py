"""``dossier ocr`` and ``dossier import --ocr`` (issue #15 §1), end to end: the real command,
the real OCR child, rendered screenshots whose words appear nowhere else."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from app.case import transcripts
from app.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, Dossier
from tests.samples import screenshots_ocr as samples
from tests.samples.pictures import png


def _screenshots(folder: Path, *chats: samples.Chat) -> Path:
    folder.mkdir()
    for chat in chats:
        (folder / f"{chat.name}.png").write_bytes(png(samples.draw(chat)))
    return folder


def test_ocr_reads_each_picture_once_and_search_finds_its_words(
        dossier: Dossier, tmp_path: Path) -> None:
    shots = _screenshots(tmp_path / "shots", samples.CHATS[0], samples.CHATS[3])
    assert dossier("import", shots).code == 0
    assert dossier("search", "travailles").out == ""  # plain import reads no text
    first = dossier("ocr", "--json")
    assert first.code == 0, first.err
    *steps, summary = first.lines()
    assert [(step["done"], step["total"], step["state"]) for step in steps] == [
        (1, 2, "read"), (2, 2, "read")]
    assert summary == {"read": 2, "failed": 0}
    again = dossier("ocr", "--json")
    assert again.code == 0
    assert again.lines() == [{"read": 0, "failed": 0}]
    found = dossier("search", "--json", "travailles").lines()
    assert [item["original_name"] for item in found] == ["instagram_fr_light.png"]
    shown = dossier("show", "--json", str(found[0]["id"])).lines()[0]
    assert shown["screen_text"]["state"] == "read"
    assert "@ombre_du_lac" in shown["screen_text"]["text"]
    assert shown["screen_text"]["lines"][0]["box"][0][0] >= 0
    text = dossier("show", str(found[0]["id"])).out
    assert "text read in the picture (automatically, may contain errors):" in text


def test_a_reading_that_stopped_is_tried_again_only_when_asked(
        dossier: Dossier, tmp_path: Path) -> None:
    shots = _screenshots(tmp_path / "shots", samples.CHATS[3])
    assert dossier("import", shots).code == 0
    with Vault.unlock(dossier.vault, PASSPHRASE) as vault, vault.transaction() as db:
        # As the window's queue records a reading the child's time limit stopped.
        assert transcripts.store(db, 1, "the reader stopped: it took too long")
    assert dossier("ocr", "--json").lines() == [{"read": 0, "failed": 0}]
    assert dossier("search", "--json", "believes").lines() == []
    again = dossier("ocr", "--retry-failed", "--json")
    assert again.code == 0, again.err
    assert again.lines()[-1] == {"read": 1, "failed": 0}
    assert [item["id"] for item in dossier("search", "--json", "believes").lines()] == [1]


def test_import_reads_text_only_when_asked(dossier: Dossier, tmp_path: Path) -> None:
    shots = _screenshots(tmp_path / "shots", samples.CHATS[1])
    done = dossier("import", "--ocr", "--json", shots)
    assert done.code == 0, done.err
    assert done.lines()[-1] == {"read": 1, "failed": 0}
    assert dossier("search", "--json", "tranquille").lines()[0]["original_name"] == (
        "whatsapp_fr_dark.png")
    assert "Every picture's text is already read" in dossier("ocr").err


def test_the_report_quotes_the_text_and_its_picture_page_is_searchable(
        dossier: Dossier, tmp_path: Path) -> None:
    shots = _screenshots(tmp_path / "shots", samples.CHATS[0])
    (shots / "scan.pdf").write_bytes(samples.scanned_pdf((samples.CHATS[2], samples.CHATS[3])))
    assert dossier("import", "--ocr", shots).code == 0
    bundle = tmp_path / "bundle"
    assert dossier("export", "--out", bundle, "--lang", "fr", timeout=300).code == 0
    pages = subprocess.run(["pdftotext", "-layout", bundle / "Rapport.pdf", "-"], check=True,
                           capture_output=True, text=True).stdout.split("\f")
    picture = next(page for page in pages if "SHA-256" in page and "_instagram_fr" in page)
    # The invisible layer over the picture, at the lines' places: the bubbles' words.
    assert "Je sais ou tu travailles, rue de la Gare." in picture
    assert "@ombre_du_lac" in picture
    quoted = "\n".join(pages)
    assert "Texte lu automatiquement, peut contenir des erreurs" in quoted
    assert quoted.count("Mon numéro : 06 12 34 56 78") == 2  # the layer and the transcript
    scan = next(page for page in pages if "_scan.pdf" in page and "Page 1" in page)
    assert re.search(r"Page 1\n.*Jordan.*Page 2\n.*Nobody believes you anyway", scan,
                     re.DOTALL)

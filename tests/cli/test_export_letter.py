"""``dossier export``'s letter options and its language default, end to end: the real
command, the .docx read back with python-docx."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from app.cli.export import locale_language
from app.export import manifest
from tests.cli.conftest import Dossier
from tests.conftest import CORPUS


@pytest.mark.parametrize(("environ", "language"), [
    ({"LANG": "fr_FR.UTF-8"}, "fr"), ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"), ({"LC_ALL": "fr_BE.UTF-8", "LANG": "en_US"}, "fr"),
    ({"LANG": "C.UTF-8"}, "fr"), ({}, "fr"),
])
def test_the_report_language_follows_the_locale(environ: dict[str, str], language: str) -> None:
    assert locale_language(environ) == language


def _letter(dossier: Dossier, out: Path, lang_env: str, *args: str) -> tuple[str, str]:
    done = dossier("export", "--out", out, "--json", "--recipient", "police", *args,
                   env={"LANG": lang_env, "LC_ALL": "", "LC_MESSAGES": ""}, timeout=300)
    assert done.code == 0, done.err
    assert json.loads(done.out)["exhibits"] == 1
    (path,) = [p for p in out.rglob("*.docx")]
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    return path.name, text.replace("\u00a0", " ")


def test_the_letter_options_and_the_locale_reach_the_bundle(dossier: Dossier,
                                                            tmp_path: Path) -> None:
    assert dossier("import", CORPUS / "email" / "menace_2026-11-04.eml").code == 0
    name, text = _letter(dossier, tmp_path / "fr", "fr_FR.UTF-8", "--civil-party",
                         "--earlier-complaint", "2026-10-15", "--earlier-complaint-place",
                         "commissariat de Lyon 3e")
    assert name == "Lettre-au-procureur.docx"
    assert "Objet : plainte complémentaire pour des faits commis en ligne" in text
    assert "déposée le 15 octobre 2026 (lieu du dépôt : commissariat de Lyon 3e)" in text
    assert "Je déclare me constituer partie civile et entends demander" in text
    assert "[Si vous souhaitez obtenir réparation" not in text
    chain = json.loads((tmp_path / "fr" / "custody.json").read_text("utf-8"))["entries"]
    assert chain[0]["action"] == "case_created"
    assert manifest.chain_breaks(chain) == []
    name, text = _letter(dossier, tmp_path / "en", "en_GB.UTF-8")
    assert name == "Letter-to-the-prosecutor.docx"
    assert "Subject: complaint for acts committed online" in text
    assert "[If you wish to claim compensation" in text

"""``dossier export --recipient lawyer``'s caption flags, end to end: given once, kept in
the case, used again by the next export; the bordereau read back as Word reads it."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from tests.cli.conftest import Dossier
from tests.conftest import CORPUS

NBSP = "\u00a0"


def _paragraphs(bundle: Path) -> str:
    with zipfile.ZipFile(bundle / "Bordereau.docx") as archive:
        return archive.read("word/document.xml").decode("utf-8").replace(NBSP, " ")


def _export(dossier: Dossier, out: Path, *args: str) -> dict[str, object]:
    done = dossier("export", "--out", out, "--json", "--lang", "fr", *args, timeout=300)
    assert done.code == 0, done.err
    return json.loads(done.out)


def test_the_caption_given_once_heads_every_later_bordereau(dossier: Dossier,
                                                            tmp_path: Path) -> None:
    assert dossier("import", CORPUS / "email" / "menace_2026-11-04.eml").code == 0
    first = _export(dossier, tmp_path / "one", "--recipient", "lawyer", "--jurisdiction",
                    "Tribunal judiciaire de Lyon", "--rg", "25/01234", "--for",
                    "Mme Claire Martin", "--against", "M. X")
    assert first["caption"] == {"jurisdiction": "Tribunal judiciaire de Lyon",
                                "rg": "25/01234", "for_party": "Mme Claire Martin",
                                "against": "M. X"}
    second = _export(dossier, tmp_path / "two")  # the lawyer is the default recipient
    assert second["caption"] == first["caption"]
    xml = _paragraphs(tmp_path / "two")
    for line in ("Juridiction : Tribunal judiciaire de Lyon", "RG n° 25/01234",
                 "Pour : Mme Claire Martin", "Contre : M. X"):
        assert line in xml
    # One part changed, one forgotten: the others stay.
    third = _export(dossier, tmp_path / "three", "--rg", "25/09999", "--against", "")
    assert third["caption"] == {"jurisdiction": "Tribunal judiciaire de Lyon",
                                "rg": "25/09999", "for_party": "Mme Claire Martin",
                                "against": ""}
    assert "Contre" not in _paragraphs(tmp_path / "three")
    assert (tmp_path / "three" / "pieces" / "Piece-001.pdf").is_file()


def test_a_caption_for_another_recipient_is_a_usage_error(dossier: Dossier,
                                                          tmp_path: Path) -> None:
    assert dossier("import", CORPUS / "email" / "menace_2026-11-04.eml").code == 0
    done = dossier("export", "--out", tmp_path / "police", "--recipient", "police",
                   "--rg", "25/01234")
    assert done.code == 2
    assert "--recipient lawyer" in done.err
    assert not (tmp_path / "police").exists()
    police = _export(dossier, tmp_path / "police2", "--recipient", "police")
    assert "caption" not in police

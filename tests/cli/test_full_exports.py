"""A platform's whole data export stays in the vault: a bundle holds the conversations she
ticked, each with its own file, and says the export's SHA-256, that it holds other private
conversations and can be produced on request; ``--include-full-exports`` copies it."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import Dossier, make_vault
from tests.cli.test_export import export, tool
from tests.samples import platform_exports as px

EXPORT_NAME = "instagram-export.zip"


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> tuple[Dossier, str]:
    """An Instagram export of which only the harasser's conversation was ticked; the
    export's SHA-256."""
    root = tmp_path_factory.mktemp("full_exports")
    (root / "tmp").mkdir()
    dossier = Dossier(make_vault(root / "case.dossier"), root / "tmp")
    source = root / EXPORT_NAME
    source.write_bytes(px.instagram()[0])
    done = dossier("import", source, "--thread", px.HARASSER_THREAD, "--json")
    assert done.code == 0, done.err
    return dossier, hashlib.sha256(source.read_bytes()).hexdigest()


def listed_files(bundle: Path) -> set[str]:
    """The files SHA256SUMS lists."""
    lines = (bundle / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    return {line.split("  ", 1)[1] for line in lines}


def _manifest(bundle: Path) -> dict[str, Any]:
    return json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))


def _last_export(dossier: Dossier) -> dict[str, Any]:
    """The details of the custody log's last export entry."""
    log = dossier("log", "--json")
    assert log.code == 0, log.err
    return next(e for e in reversed(log.lines()) if e["action"] == "exported")["details"]


def named_files(manifest: dict[str, Any]) -> set[str]:
    """Every file manifest.json names: its files, the exhibits' originals, pieces and
    location-free copies."""
    named = {manifest["report"], *manifest["files"]}
    for exhibit in manifest["exhibits"]:
        named |= {exhibit["file"], exhibit.get("piece"),
                  (exhibit["location_free_copy"] or {}).get("file")}
    return named - {None}


@pytest.mark.parametrize("recipient", ["lawyer", "police"])
def test_the_whole_export_stays_in_the_vault(case: tuple[Dossier, str], tmp_path: Path,
                                             recipient: str) -> None:
    dossier, sha256 = case
    bundle = tmp_path / "bundle"
    export(dossier, bundle, "--recipient", recipient)
    listed = listed_files(bundle)
    assert not [name for name in listed if name.endswith(".zip")], listed
    on_disk = {str(p.relative_to(bundle)) for p in bundle.rglob("*") if p.is_file()}
    assert on_disk == listed | {"SHA256SUMS"}
    manifest = _manifest(bundle)
    assert named_files(manifest) <= listed, named_files(manifest) - listed
    (whole,) = [e for e in manifest["exhibits"] if e["original_name"] == EXPORT_NAME]
    assert (whole["file"], whole["sha256"]) == (None, sha256)
    assert "other private conversations" in whole["original_withheld"]
    assert {e["piece"] for e in manifest["exhibits"]} == (
        {"pieces/Piece-001.pdf"} if recipient == "lawyer" else {None})
    conversation = next(e for e in manifest["exhibits"] if e["parent"] == whole["label"]
                        and e["kind"] == "chat")
    assert conversation["file"] in listed  # what she ticked travels, with its own file
    report = " ".join(tool("pdftotext", bundle / "Rapport.pdf", "-").stdout.split())
    assert "L'export complet de la plateforme (SHA-256" in report
    assert "contient d'autres conversations privées" in report
    assert "conservé dans le coffre et peut être produit sur demande" in report
    assert sha256[:16] in report.replace(" ", "")
    assert f"Ne sont pas joints : l'export complet d'une plateforme ou la boîte aux lettres " \
           f"entière (pièce n° {whole['number']})" in report.replace("\u00a0", " ")
    assert "Coucou" not in report  # the conversation she left out
    assert _last_export(dossier)["originals_withheld"] == [whole["label"]]
    french, english = _readmes(bundle)
    assert f"non joint       l'export complet de la plateforme ou la boîte aux lettres " \
           f"entière\n                  (pièce n° {whole['number']})" in french
    assert f"not included    the platform's full data export or the whole mailbox " \
           f"(exhibit\n                  {whole['number']})" in english
    for absent in ("PHAROS.txt", "DSA", "withheld: true"):  # a platform's bundle only
        assert absent not in french + english, absent
    checked = dossier("verify", bundle)
    assert checked.code == 0, checked.out


def test_asked_for_the_whole_export_is_copied(case: tuple[Dossier, str],
                                              tmp_path: Path) -> None:
    dossier, sha256 = case
    bundle = tmp_path / "bundle.zip"
    export(dossier, bundle, "--zip", "--include-full-exports")
    with zipfile.ZipFile(bundle) as archive:
        copied = [n for n in archive.namelist() if n.endswith(EXPORT_NAME)]
        assert len(copied) == 1
        assert hashlib.sha256(archive.read(copied[0])).hexdigest() == sha256
        manifest = json.loads(archive.read("manifest.json"))
    (whole,) = [e for e in manifest["exhibits"] if e["original_name"] == EXPORT_NAME]
    assert (whole["file"], whole["original_withheld"]) == (copied[0], None)
    assert _last_export(dossier)["originals_withheld"] == []
    with zipfile.ZipFile(bundle) as archive:
        readmes = [archive.read(name).decode("utf-8-sig") for name in
                   ("README-FR.txt", "README-EN.txt")]
    assert "non joint" not in readmes[0]
    assert "not included" not in readmes[1]


def test_a_platform_never_gets_the_whole_export(case: tuple[Dossier, str],
                                                tmp_path: Path) -> None:
    dossier, _sha256 = case
    refused = dossier("export", "--out", tmp_path / "ig", "--recipient", "platform",
                      "--platform", "Instagram", "--include-full-exports")
    assert refused.code == 2
    assert "--include-full-exports" in refused.err
    assert not (tmp_path / "ig").exists()
    bundle = tmp_path / "ig-default"
    export(dossier, bundle, "--recipient", "platform", "--platform", "Instagram")
    assert not [name for name in listed_files(bundle) if name.endswith(".zip")]
    assert named_files(_manifest(bundle)) <= listed_files(bundle)
    french, english = _readmes(bundle)
    notice = "Notification-DSA-Instagram.txt, Notification-DSA-Instagram.pdf\n"
    assert {"Notification-DSA-Instagram.txt", "PHAROS.txt"} <= listed_files(bundle)
    for readme in (french, english):
        assert f"  {notice}" in readme
        assert "\n  PHAROS.txt      " in readme
        assert "\n  withheld: true  " in readme
    assert "une note pour la victime, pas pour la plateforme" in french
    assert "a note for the victim, not for the platform" in english
    assert "ne garde que son numéro et ses empreintes" in french
    assert "keeps\n                  only its number and hashes" in english


def _readmes(bundle: Path) -> tuple[str, str]:
    """README-FR.txt and README-EN.txt, with plain line ends."""
    return tuple((bundle / name).read_text(encoding="utf-8-sig").replace("\r\n", "\n")
                 for name in ("README-FR.txt", "README-EN.txt"))  # type: ignore[return-value]

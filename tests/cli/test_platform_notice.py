"""``dossier export --recipient platform --platform Instagram`` end to end (issue #14): only
Instagram's items, a DSA Art. 16 notice, no location in any file, the filer remembered;
and the avocat's location-free copies beside the originals."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from app.export import manifest as manifest_lists
from tests.cli.conftest import Dossier, make_vault
from tests.cli.test_export import export, tool
from tests.conftest import CORPUS
from tests.samples.pictures import GPS_IFD

POST = "https://www.instagram.com/p/C0ombre1/"
PARKING_POST = "https://www.instagram.com/p/C0parking/"
# How the corpus photo's position could be printed: degrees, decimals, minutes.
COORDINATES = ("48.85", "48,85", "2.35", "2,35", "48°", "51'", "23.76", "2.3522", "48.8566")


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Dossier:
    """The corpus, with the screenshot and the parking photo (GPS) posted on Instagram by
    @ombre_du_lac, one qualified incident that shows them and a WhatsApp chat."""
    root = tmp_path_factory.mktemp("platform")
    (root / "tmp").mkdir()
    dossier = Dossier(make_vault(root / "case.dossier"), root / "tmp")
    imported = dossier("import", CORPUS / "screenshots", CORPUS / "photos", CORPUS / "chat",
                       "--json")
    assert imported.code == 0, imported.err
    ids = {Path(line["path"]).name: line["id"] for line in imported.lines()
           if line.get("parent_id") is None}
    screenshot, photo = ids["Screenshot_20261105-143012_Instagram.png"], ids["photo_parking.jpg"]
    for item, url in ((screenshot, POST), (photo, PARKING_POST)):
        done = dossier("describe", str(item), "--platform", "Instagram", "--url", url,
                       "--account", "@ombre_du_lac")
        assert done.code == 0, done.err
    chat = ids["Discussion WhatsApp avec Ombre.txt"]
    done = dossier("incident", "add", "--title", "Menaces sur Instagram", "--when",
                   "2026-11-05", "--item", str(screenshot), "--item", str(photo),
                   "--item", str(chat), "--qualification", "harcelement-moral")
    assert done.code == 0, done.err
    return dossier


def manifest(bundle: Path) -> dict[str, Any]:
    return json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))


def test_an_instagram_bundle_holds_only_instagram_and_a_complete_notice(
        case: Dossier, tmp_path: Path) -> None:
    bundle = tmp_path / "ig"
    export(case, bundle, "--recipient", "platform", "--platform", "instagram", "--lang", "en",
           "--filer-name", "Camille Martin", "--filer-email", "camille@example.org")
    exhibits = manifest(bundle)["exhibits"]
    assert {e["platform"].casefold() for e in exhibits} == {"instagram"}
    assert {e["original_name"] for e in exhibits} == {
        "Screenshot_20261105-143012_Instagram.png", "photo_parking.jpg"}
    text = tool("pdftotext", bundle / "Notice-DSA-Instagram.pdf", "-").stdout
    text = " ".join(text.split())
    plain = " ".join((bundle / "Notice-DSA-Instagram.txt").read_text(encoding="utf-8").split())
    good_faith = ("bona fide belief that the information and allegations contained in this "
                  "notice are accurate and complete")
    for wanted in ("Article 16", "2022/2065", POST, PARKING_POST, "222-33-2-2 du Code pénal",
                   "Camille Martin", "camille@example.org", "Directive 2011/93/EU", good_faith,
                   "@ombre_du_lac"):
        assert wanted in text, wanted
        assert wanted in plain, wanted
    report = " ".join(tool("pdftotext", bundle / "Report.pdf", "-").stdout.split())
    for other in ("WhatsApp", "SMS", "Réponds-moi", "Regarde bien"):
        assert other not in text + plain + report, other
    for listing in ("manifest.json", "manifest.csv", "custody.json", "PHAROS.txt"):
        said = (bundle / listing).read_text(encoding="utf-8-sig")
        assert "WhatsApp" not in said, listing
        assert "Discussion" not in said, listing
    chain = json.loads((bundle / "custody.json").read_text(encoding="utf-8"))["entries"]
    assert any(entry.get("withheld") for entry in chain)
    assert manifest_lists.chain_breaks(chain) == []
    assert tool("qpdf", "--check", bundle / "Notice-DSA-Instagram.pdf").returncode == 0
    assert tool("sha256sum", "-c", "--strict", "SHA256SUMS", cwd=bundle).returncode == 0


def test_no_file_nor_text_of_a_platform_bundle_tells_where_the_photo_was_taken(
        case: Dossier, tmp_path: Path) -> None:
    bundle = tmp_path / "ig"
    export(case, bundle, "--recipient", "platform", "--platform", "Instagram",
           "--filer-name", "Camille", "--filer-email", "c@example.org")
    files = [path for path in bundle.rglob("*") if path.is_file()]
    pictures = [p for p in files if p.suffix.lower() in (".jpg", ".jpeg", ".png")]
    assert len(pictures) == 2
    for picture in pictures:
        with Image.open(picture) as image:
            assert not image.getexif().get_ifd(GPS_IFD), picture.name
    for pdf in (p for p in files if p.suffix == ".pdf"):
        for page in PdfReader(pdf).pages:
            for embedded in page.images:
                with Image.open(io.BytesIO(embedded.data)) as image:
                    assert not image.getexif().get_ifd(GPS_IFD), pdf.name
        shown = tool("pdftotext", pdf, "-").stdout
        assert not [c for c in COORDINATES if c in shown], pdf.name
    for text in (p for p in files if p.suffix in (".txt", ".json", ".csv")):
        assert not [c for c in COORDINATES if c in text.read_text(encoding="utf-8-sig")]
    copy = next(e for e in manifest(bundle)["exhibits"]
                if e["original_name"] == "photo_parking.jpg")
    located = copy["location_free_copy"]
    assert copy["file"] is None
    assert not located["original_in_bundle"]
    assert located["file"] == "originals/P001_photo_parking (copie sans localisation).jpg"
    assert located["original_sha256"] == copy["sha256"] != located["sha256"]
    data = (bundle / located["file"]).read_bytes()
    assert hashlib.sha256(data).hexdigest() == located["sha256"]
    assert copy["sha256"] == hashlib.sha256(
        (CORPUS / "photos" / "photo_parking.jpg").read_bytes()).hexdigest()


def test_the_filer_is_remembered_and_the_platform_must_be_named(case: Dossier,
                                                               tmp_path: Path) -> None:
    export(case, tmp_path / "first", "--recipient", "platform", "--platform", "Instagram",
           "--filer-name", "Zoé Déposante", "--filer-email", "zoe@example.org")
    export(case, tmp_path / "again", "--recipient", "platform", "--platform", "Instagram")
    notice = (tmp_path / "again" / "Notification-DSA-Instagram.txt").read_text(encoding="utf-8")
    assert "Zoé Déposante" in notice
    assert "zoe@example.org" in notice
    missing = case("export", "--out", tmp_path / "nameless", "--recipient", "platform")
    assert missing.code == 2
    assert "Instagram" in missing.err
    assert "WhatsApp" in missing.err
    unknown = case("export", "--out", tmp_path / "x", "--recipient", "platform",
                   "--platform", "Myspace")
    assert unknown.code == 2
    astray = case("export", "--out", tmp_path / "y", "--platform", "Instagram")
    assert astray.code == 2
    assert not (tmp_path / "nameless").exists()
    assert not (tmp_path / "x").exists()


def test_her_replies_stay_out_unless_she_asks(case: Dossier, tmp_path: Path) -> None:
    text = "Arrête de m'écrire"  # her own sent message in the WhatsApp sample
    export(case, tmp_path / "plain", "--recipient", "platform", "--platform", "WhatsApp")
    export(case, tmp_path / "replies", "--recipient", "platform", "--platform", "WhatsApp",
           "--include-replies")
    left_out = tool("pdftotext", tmp_path / "plain" / "Rapport.pdf", "-").stdout
    kept = tool("pdftotext", tmp_path / "replies" / "Rapport.pdf", "-").stdout
    assert text not in " ".join(left_out.split())
    assert text in " ".join(kept.split())


def test_the_avocat_gets_a_location_free_copy_beside_the_untouched_original(
        case: Dossier, tmp_path: Path) -> None:
    bundle = tmp_path / "avocat"
    export(case, bundle, "--recipient", "lawyer")
    photo = next(e for e in manifest(bundle)["exhibits"]
                 if e["original_name"] == "photo_parking.jpg")
    original = (bundle / photo["file"]).read_bytes()
    assert original == (CORPUS / "photos" / "photo_parking.jpg").read_bytes()
    located = photo["location_free_copy"]
    assert located["original_in_bundle"]
    assert "copie sans localisation" in located["file"]
    with Image.open(bundle / located["file"]) as image:
        assert not image.getexif().get_ifd(GPS_IFD)
    assert hashlib.sha256((bundle / located["file"]).read_bytes()).hexdigest() == located["sha256"]
    others = [e for e in manifest(bundle)["exhibits"] if e["location_free_copy"]]
    assert others == [photo]  # screenshots hold no place: no copy
    assert tool("sha256sum", "-c", "--strict", "SHA256SUMS", cwd=bundle).returncode == 0


def test_her_own_handle_goes_to_a_platform_only_if_she_includes_her_details(
        case: Dossier, tmp_path: Path) -> None:
    """Last in this module: it ties her own account to the Instagram screenshot."""
    listed = {line["original_name"]: line["id"] for line in case("list", "--json").lines()}
    screenshot = listed["Screenshot_20261105-143012_Instagram.png"]
    for done in (case("describe", str(screenshot), "--account", "@camille.martin"),
                 case("me", "--add", "@camille.martin", "--platform", "Instagram")):
        assert done.code == 0, done.err
    export(case, tmp_path / "kept", "--recipient", "platform", "--platform", "Instagram")
    export(case, tmp_path / "given", "--recipient", "platform", "--platform", "Instagram",
           "--include-my-details")
    kept, given = (tool("pdftotext", tmp_path / name / "Rapport.pdf", "-").stdout
                   for name in ("kept", "given"))
    assert "@ombre_du_lac" in kept
    assert "@camille.martin" not in kept
    assert "@camille.martin" not in (tmp_path / "kept" / "manifest.json").read_text()
    assert "@camille.martin" in given

"""The item's detail discloses the dates that disagree with the one used, and says when a
time's zone is assumed rather than stated."""

from __future__ import annotations

from pathlib import Path

from PIL import ExifTags, Image

from app.case import cases
from app.common import file_names
from app.importing.pipeline import Importer
from app.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, make_vault
from tests.conftest import CORPUS
from ui.case.item_facts import describe, gather
from ui.common.words import naming_text


def details(tmp_path: Path, *files: Path) -> dict[str, dict[str, str]]:
    """Original file name → the detail pane's (what → value) lines."""
    with Vault.unlock(make_vault(tmp_path / "v.dossier"), PASSPHRASE) as vault:
        with vault.transaction() as db:
            case = cases.create(db, "Plainte")
        list(Importer(vault, case.id).run(list(files)))
        rows = vault.db.execute("SELECT id, original_name FROM items").fetchall()
        return {name: dict(describe(gather(item_id, with_content=False)(vault, None)))
                for item_id, name in rows}


def test_the_pdf_and_sms_conflicts_are_in_the_detail(qtbot, tmp_path: Path) -> None:
    found = details(tmp_path, CORPUS / "pdf" / "releve_commentaires.pdf",
                    CORPUS / "chat" / "sms-20261112.xml")
    pdf = found["releve_commentaires.pdf"]["Dates that disagree"]
    assert pdf.startswith("the PDF's XMP data say")
    assert "2026" in pdf
    messages = [lines for name, lines in found.items() if name.startswith("message")]
    assert len(messages) == 3
    for lines in messages:
        assert "the backup's machine date says" in lines["Dates that disagree"]
        assert "2025" in lines["Dates that disagree"]
        assert lines["Time zone"] == "device local time (Europe/Paris assumed)"


def test_a_chat_line_is_device_local_time_and_an_email_is_not(qtbot, tmp_path: Path) -> None:
    found = details(tmp_path, CORPUS / "chat" / "WhatsApp Chat with Shadow.txt",
                    CORPUS / "email" / "menace_2026-11-04.eml")
    assert found["WhatsApp Chat with Shadow.txt"]["Time zone"] == \
        "device local time (Europe/Paris assumed)"
    assert "Time zone" not in found["menace_2026-11-04.eml"]
    assert "Dates that disagree" not in found["menace_2026-11-04.eml"]


def test_a_photo_without_a_stated_zone_says_its_zone_is_assumed(qtbot,
                                                                 tmp_path: Path) -> None:
    found = details(tmp_path, CORPUS / "photos" / "photo_parking.jpg")
    lines = found["photo_parking.jpg"]
    assert "Taken (according to the photo)" in lines
    assert "Time zone stated by the camera" not in lines
    assert lines["Time zone"] == "device local time (Europe/Paris assumed)"


def test_a_photo_whose_name_disagrees_with_its_exif_says_so(qtbot, tmp_path: Path) -> None:
    exif = Image.Exif()
    taken = exif.get_ifd(ExifTags.IFD.Exif)
    taken[ExifTags.Base.DateTimeOriginal] = "2026:07:01 12:00:00"
    taken[ExifTags.Base.OffsetTimeOriginal] = "-03:00"
    photo = tmp_path / "IMG_20260702_080000.jpg"
    Image.new("RGB", (40, 20), "red").save(photo, "JPEG", exif=exif)
    lines = details(tmp_path, photo)[photo.name]
    assert lines["Dates that disagree"].startswith("the file name says")
    assert lines["Time zone stated by the camera"] == "-03:00"
    assert "Time zone" not in lines


def test_a_date_from_a_file_name_says_which_system_wrote_it(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "shots"
    folder.mkdir()
    names = {"Bildschirmfoto 2026-11-05 um 14.30.12.png": "macOS screenshot or screen recording",
             "Screenshot_20261105-143012_Instagram.png": "Android screenshot",
             "IMG-20261105-WA0003.jpg": "WhatsApp media, day only",
             "scan 2026-11-05 14h30.png": ""}  # a date and time, written by no known system
    for number, name in enumerate(names):  # pictures without EXIF, as screenshots are
        Image.new("RGB", (40, 80), (number * 60, 90, 200)).save(folder / name, "PNG")
    found = details(tmp_path, folder)
    for name, system in names.items():
        lines = found[name]
        expected = f"from the file name ({system})" if system else "from the file name"
        assert lines["How the date is known"] == expected, name
    assert found["Screenshot_20261105-143012_Instagram.png"]["Platform"] == "Instagram"


def test_every_system_that_dates_a_name_has_words() -> None:
    families = {row.family for row in file_names.CONVENTIONS
                if row.precision != file_names.NONE} - {"generic"}
    assert all(naming_text(family) for family in families)
    assert naming_text("generic") == ""

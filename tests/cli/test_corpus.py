"""Every expectation of the sample corpus README (the generated corpus, tests/samples/), through
`dossier import/show --json`."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import Dossier, make_vault
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Dossier, dict[str, Any]]:
    """The whole corpus imported once; lines keyed by original name (top-level items)."""
    tmp = tmp_path_factory.mktemp("corpus")
    (tmp / "tmp").mkdir()
    dossier = Dossier(make_vault(tmp / "case.dossier"), tmp / "tmp")
    result = dossier("import", CORPUS, "--json")
    assert result.code == 3, result.err  # empty.png is refused, the rest stored
    by_name: dict[str, Any] = {}
    for line in result.lines():
        name = Path(line["path"]).name
        if line.get("parent_id") is None:
            by_name[name] = line
    return dossier, by_name


def show(dossier: Dossier, item_id: int) -> dict[str, Any]:
    result = dossier("show", str(item_id), "--json")
    assert result.code == 0, result.err
    return result.lines()[0]


def item(imported: tuple[Dossier, dict[str, Any]], relative: str) -> dict[str, Any]:
    dossier, by_name = imported
    line = by_name[Path(relative).name]
    assert line["status"] == "stored", line
    return show(dossier, line["id"])


SCREENSHOT_DATES = [
    ("screenshots/Screenshot_20261105-143012_Instagram.png", "2026-11-05T14:30:12+01:00",
     "filename"),
    ("screenshots/Capture d\u2019\u00e9cran 2026-11-06 \u00e0 21.14.55.png",
     "2026-11-06T21:14:55+01:00", "filename"),
    ("screenshots/Screenshot 2026-11-07 at 9.02.10\u202fAM.png", "2026-11-07T09:02:10+01:00",
     "filename"),
    ("screenshots/Capture d'\u00e9cran 2026-11-08 231502.png", "2026-11-08T23:15:02+01:00",
     "filename"),
    ("screenshots/IMG_0412.PNG", "2026-11-09T08:45:00+01:00", "exif"),
    ("screenshots/WhatsApp Image 2026-11-10 at 19.03.44.jpeg", "2026-11-10T19:03:44+01:00",
     "filename"),
    ("photos/photo_parking.jpg", "2026-11-03T18:20:00+01:00", "exif"),
    ("audio/messagerie_2026-11-07_2215.wav", "2026-11-07T22:15:00+01:00", "filename"),
]


@pytest.mark.parametrize(("relative", "when", "source"), SCREENSHOT_DATES)
def test_capture_dates(imported, relative: str, when: str, source: str) -> None:
    found = item(imported, relative)
    assert (found["captured_at"], found["captured_at_source"]) == (when, source)


def test_every_top_level_file_is_hashed_and_kept_byte_for_byte(imported) -> None:
    dossier, by_name = imported
    for path in CORPUS.rglob("*"):
        if not path.is_file() or path.name in ("README.md", "empty.png"):
            continue
        line = by_name[path.name]
        expected = hashlib.sha256(path.read_bytes()).hexdigest()
        assert line["sha256"] == expected
        assert line["size"] == path.stat().st_size
    photo = by_name["photo_parking.jpg"]
    assert dossier.cat(photo["id"]) == (CORPUS / "photos/photo_parking.jpg").read_bytes()


def test_instagram_platform_hint(imported) -> None:
    assert item(imported, "Screenshot_20261105-143012_Instagram.png")["platform"] == "Instagram"


def test_photo_gps_is_flagged_with_camera(imported) -> None:
    found = item(imported, "photos/photo_parking.jpg")
    assert "gps" in found["flags"]
    meta = " ".join(f"{k}={v}" for k, v in found["metadata"].items())
    assert "Fairphone" in meta
    assert "FP5" in meta
    assert "48.85" in meta
    assert "2.35" in meta


def test_pdf_dates_title_and_text(imported) -> None:
    found = item(imported, "pdf/releve_commentaires.pdf")
    assert found["title"] == "Relevé des commentaires publics"
    assert (found["captured_at"], found["captured_at_source"]) == ("2026-11-04T10:15:00+01:00",
                                                                   "pdf_info")
    values = list(found["metadata"].values())
    assert any("2026-11-04T10:15:00+01:00" in str(v) for v in values)
    assert sum(1 for key in found["metadata"] if "xmp" in key) >= 1
    assert "adresse professionnelle" in found["text"]
    assert "2" in str(found["metadata"].get("pdf.pages"))


def test_pdf_search(imported) -> None:
    dossier, by_name = imported
    hits = dossier("search", "adresse professionnelle", "--json").lines()
    assert by_name["releve_commentaires.pdf"]["id"] in [h["id"] for h in hits]


def test_report_receipt_pdf(imported) -> None:
    found = item(imported, "pdf/signalement_plateforme.pdf")
    assert found["captured_at"] == "2026-11-12T09:30:00+01:00"


def test_password_protected_pdf(imported) -> None:
    found = item(imported, "pdf/protected_password_1234.pdf")
    assert "password_protected" in found["flags"]
    assert found["text"] == ""


def test_threatening_email(imported) -> None:
    dossier, _ = imported
    found = item(imported, "email/menace_2026-11-04.eml")
    meta = found["metadata"]
    assert found["kind"] == "email"
    assert "ombre.du.lac@example.net" in meta["email.from"]
    assert meta["email.subject"] == "Tu ne m'échapperas pas" == found["title"]
    assert (found["captured_at"], found["captured_at_source"]) == ("2026-11-04T23:12:05+01:00",
                                                                   "email_header")
    assert meta["email.message_id"] == "<20261104221205.1234@example.net>"
    assert len(meta["email.received"]) == 3
    assert meta["email.originating_ip"] == "198.51.100.23"
    [attachment] = [show(dossier, child) for child in found["children"]]
    assert attachment["original_name"] == "capture.png"
    assert attachment["kind"] == "image"
    assert attachment["parent_id"] == found["id"]


def test_fake_account_email(imported) -> None:
    found = item(imported, "email/faux_compte_2026-11-11.eml")
    assert found["captured_at"] == "2026-11-11T07:59:31+01:00"
    assert found["metadata"]["email.originating_ip"] == "198.51.100.99"


def messages(imported, relative: str) -> list[dict[str, Any]]:
    dossier, _ = imported
    return [show(dossier, child) for child in item(imported, relative)["children"]]


def test_whatsapp_french_export(imported) -> None:
    found = messages(imported, "chat/Discussion WhatsApp avec Ombre.txt")
    assert [m["kind"] for m in found] == ["message"] * 5
    assert found[0]["captured_at"] == "2026-11-05T22:41:00+01:00"
    assert found[-1]["captured_at"] == "2026-11-06T01:13:00+01:00"
    assert {m["captured_at_source"] for m in found} == {"chat_line"}
    assert "et je verrai bien si tu es là" in found[3]["text"]
    assert not any("chiffrés de bout en bout" in m["text"] for m in found)


def test_whatsapp_us_export(imported) -> None:
    found = messages(imported, "chat/WhatsApp Chat with Shadow.txt")
    assert [m["captured_at"] for m in found] == [
        "2026-11-07T22:02:00+01:00", "2026-11-07T22:05:00+01:00", "2026-11-08T00:30:00+01:00"]


def test_sms_backup(imported) -> None:
    found = messages(imported, "chat/sms-20261112.xml")
    assert len(found) == 3
    assert {m["kind"] for m in found} == {"message"}
    assert all(m["captured_at"].startswith("2026-11-10T") for m in found)
    assert found[0]["captured_at"] == "2026-11-10T22:00:00+01:00"
    assert "+33612345678" in str(found[0]["metadata"])


def test_saved_web_page(imported) -> None:
    found = item(imported, "web/profil_ombre_du_lac.html")
    assert found["url"] == "https://social.example.com/@ombre_du_lac"
    assert found["title"]
    assert found["captured_at"] == "2026-11-06T20:10:00+01:00"


def test_note_is_searchable_without_accents(imported) -> None:
    dossier, by_name = imported
    hits = dossier("search", "marche", "--json").lines()
    assert by_name["journal.txt"]["id"] in [h["id"] for h in hits]


def test_empty_file_is_refused_with_a_reason(imported) -> None:
    _, by_name = imported
    line = by_name["empty.png"]
    assert line["status"] == "refused"
    assert "empty" in line["reason"]


def test_truncated_png_is_stored_flagged_without_thumbnail(imported) -> None:
    found = item(imported, "bad/truncated.png")
    assert "unreadable" in found["flags"]
    assert not found["has_thumbnail"]


def test_kind_comes_from_content_not_name(imported) -> None:
    assert item(imported, "bad/not_really.pdf")["kind"] == "text"
    assert item(imported, "bad/screenshot_named.pdf")["kind"] == "image"


def test_truncated_pdf_is_flagged_damaged(imported) -> None:
    assert "damaged" in item(imported, "bad/truncated.pdf")["flags"]


def test_bomb_is_stored_without_a_full_size_thumbnail(imported) -> None:
    found = item(imported, "bad/bomb_60000x60000.png")
    assert found["kind"] == "image"
    assert not found["has_thumbnail"]


def test_broken_email_keeps_the_headers_that_parse(imported) -> None:
    found = item(imported, "bad/broken.eml")
    assert found["kind"] == "email"
    assert "nobody" in found["metadata"]["email.from"]


def test_byte_identical_copy_is_a_duplicate(imported, tmp_path: Path) -> None:
    dossier, by_name = imported
    copy = tmp_path / "renamed copy.png"
    copy.write_bytes((CORPUS / "screenshots/IMG_0412.PNG").read_bytes())
    result = dossier("import", copy, "--json")
    assert result.code == 0
    [line] = result.lines()
    assert line["status"] == "duplicate"
    assert line["duplicate_of"] == by_name["IMG_0412.PNG"]["id"]

"""PDFs: Info and XMP dates kept apart, searchable text, locked and broken files flagged."""

from __future__ import annotations

import io
import logging
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.xmp import XmpInformation

from app.importing.formats import pdf
from app.importing.formats.base import (
    DAMAGED,
    PASSWORD_PROTECTED,
    PDF_INFO,
    PDF_XMP,
    UNREADABLE,
    Extraction,
    Source,
)

PARIS_WINTER = timezone(timedelta(hours=1))


def read_file(path: Path) -> Extraction:
    return pdf.read(Source(path.name, path.stat().st_size, lambda: path.open("rb")))


def read_bytes(data: bytes) -> Extraction:
    return pdf.read(Source.from_bytes("evidence.pdf", data))


def meta(found: Extraction) -> dict[str, str]:
    return dict(found.metadata)


def written(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_statement_gives_title_pages_text_and_info_date(corpus: Path) -> None:
    found = read_file(corpus / "pdf/releve_commentaires.pdf")
    assert found.title == "Relevé des commentaires publics"
    assert meta(found)["pdf.pages"] == "2"
    assert "adresse professionnelle" in found.text
    assert found.capture is not None
    assert found.capture.source == PDF_INFO
    assert found.capture.at == datetime(2026, 11, 4, 10, 15, tzinfo=PARIS_WINTER)
    assert not found.flags


def test_statement_keeps_both_dates_and_says_they_differ(corpus: Path) -> None:
    found = meta(read_file(corpus / "pdf/releve_commentaires.pdf"))
    assert found["pdf.info.creation_date"] == "2026-11-04T10:15:00+01:00"
    assert found["pdf.xmp.create_date"] == "2026-11-30T00:13:30+00:00"
    assert found["pdf.capture_from"] == "Info CreationDate"
    assert "2026-11-04T10:15:00+01:00" in found["pdf.dates_differ"]
    assert "2026-11-30T00:13:30+00:00" in found["pdf.dates_differ"]


def test_report_receipt(corpus: Path) -> None:
    found = read_file(corpus / "pdf/signalement_plateforme.pdf")
    assert meta(found)["pdf.pages"] == "1"
    assert found.capture is not None
    assert found.capture.at == datetime(2026, 11, 12, 9, 30, tzinfo=PARIS_WINTER)
    assert "88412" in found.text


def test_aes_encrypted_pdf_is_flagged_and_left_locked(corpus: Path) -> None:
    found = read_file(corpus / "pdf/protected_password_1234.pdf")
    assert found.flags == {PASSWORD_PROTECTED}
    assert found.text == ""
    assert found.capture is None
    assert meta(found) == {"pdf.encrypted": "yes"}


def encrypted(user_password: str) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_metadata({"/Title": "Plainte", "/CreationDate": "D:20261101090000+01'00'"})
    writer.encrypt(user_password, "owner secret", algorithm="RC4-128")
    return written(writer)


def test_pdf_that_needs_a_password_is_flagged() -> None:
    found = read_bytes(encrypted("1234"))
    assert found.flags == {PASSWORD_PROTECTED}
    assert found.title == ""
    assert found.capture is None


def test_pdf_that_only_restricts_copying_still_opens() -> None:
    found = read_bytes(encrypted(""))
    assert found.flags == set()
    assert meta(found)["pdf.encrypted"] == "yes"
    assert found.title == "Plainte"
    assert found.capture is not None


def test_unsupported_encryption_is_unreadable_not_damaged() -> None:
    found = read_bytes(encrypted("1234").replace(b"/Filter /Standard", b"/Filter /Other.Sec"))
    assert found.flags == {UNREADABLE}
    assert "not supported" in meta(found)["pdf.error"]


def test_truncated_pdf_is_damaged_quickly(corpus: Path) -> None:
    started = time.monotonic()
    found = read_file(corpus / "bad/truncated.pdf")
    assert DAMAGED in found.flags
    assert found.text == ""
    assert time.monotonic() - started < 10


def test_text_named_pdf_is_damaged_not_raised(corpus: Path) -> None:
    assert DAMAGED in read_file(corpus / "bad/not_really.pdf").flags
    assert DAMAGED in read_bytes(b"").flags


def test_hostile_pdf_stays_off_the_terminal(
    corpus: Path, caplog: pytest.LogCaptureFixture
) -> None:
    logger = logging.getLogger("pypdf")
    level = logger.level
    with caplog.at_level(logging.DEBUG):
        found = read_file(corpus / "bad/truncated.pdf")
    assert DAMAGED in found.flags
    assert [r for r in caplog.records if r.name.startswith("pypdf")] == []
    assert logger.level == level


def test_xmp_date_is_used_when_info_has_none() -> None:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    xmp = XmpInformation.create()
    xmp.xmp_create_date = datetime(2026, 11, 4, 9, 15, tzinfo=UTC)
    writer.xmp_metadata = xmp
    found = read_bytes(written(writer))
    assert found.capture is not None
    assert found.capture.source == PDF_XMP
    assert found.capture.at == datetime(2026, 11, 4, 10, 15, tzinfo=PARIS_WINTER)
    assert meta(found)["pdf.capture_from"] == "XMP CreateDate"
    assert "pdf.dates_differ" not in meta(found)


def test_text_stops_at_the_page_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "MAX_PAGES", 3)
    writer = PdfWriter()
    for _ in range(5):
        writer.add_blank_page(200, 200)
    found = meta(read_bytes(written(writer)))
    assert found["pdf.pages"] == "5"
    assert found["pdf.note"] == "text read from the first 3 pages only"


def test_big_files_are_described_without_text(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf, "MAX_TEXT_FILE", 1000)
    found = read_file(corpus / "pdf/releve_commentaires.pdf")
    assert found.text == ""
    assert found.title == "Relevé des commentaires publics"
    assert "text not extracted" in meta(found)["pdf.note"]

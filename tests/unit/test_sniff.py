"""Formats are recognised from content alone: every corpus file, and one sample per signature."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.importing.formats.sniff import FORMATS, SNIFF_SIZE, Format, sniff

# Every file of the sample corpus and the (format, kind) its bytes say it is.
CORPUS_FORMATS = {
    "README.md": ("text", "text"),
    "audio/messagerie_2026-11-07_2215.wav": ("wav", "audio"),
    "bad/bomb_60000x60000.png": ("png", "image"),
    "bad/broken.eml": ("eml", "email"),
    "bad/empty.png": ("empty", "other"),
    "bad/not_really.pdf": ("text", "text"),
    "bad/screenshot_named.pdf": ("png", "image"),
    "bad/truncated.pdf": ("pdf", "pdf"),
    "bad/truncated.png": ("png", "image"),
    "chat/Discussion WhatsApp avec Ombre.txt": ("whatsapp", "chat"),
    "chat/WhatsApp Chat with Shadow.txt": ("whatsapp", "chat"),
    "chat/sms-20261112.xml": ("sms_backup", "chat"),
    "email/faux_compte_2026-11-11.eml": ("eml", "email"),
    "email/menace_2026-11-04.eml": ("eml", "email"),
    "notes/journal.txt": ("text", "text"),
    "pdf/protected_password_1234.pdf": ("pdf", "pdf"),
    "pdf/releve_commentaires.pdf": ("pdf", "pdf"),
    "pdf/signalement_plateforme.pdf": ("pdf", "pdf"),
    "photos/photo_parking.jpg": ("jpeg", "image"),
    "screenshots/Capture d'écran 2026-11-08 231502.png": ("png", "image"),
    "screenshots/Capture d\u2019écran 2026-11-06 à 21.14.55.png": ("png", "image"),
    "screenshots/IMG_0412.PNG": ("png", "image"),
    "screenshots/Screenshot 2026-11-07 at 9.02.10\u202fAM.png": ("png", "image"),
    "screenshots/Screenshot_20261105-143012_Instagram.png": ("png", "image"),
    "screenshots/WhatsApp Image 2026-11-10 at 19.03.44.jpeg": ("jpeg", "image"),
    "web/profil_ombre_du_lac.html": ("html", "web"),
}


def head_of(path: Path) -> bytes:
    with path.open("rb") as stream:
        return stream.read(SNIFF_SIZE)


def test_the_table_covers_the_whole_corpus(corpus: Path) -> None:
    files = {p.relative_to(corpus).as_posix() for p in corpus.rglob("*") if p.is_file()}
    assert files == set(CORPUS_FORMATS)


@pytest.mark.parametrize(("name", "expected"), sorted(CORPUS_FORMATS.items()))
def test_corpus_file_is_recognised_by_content(
    corpus: Path, name: str, expected: tuple[str, str]
) -> None:
    found = sniff(head_of(corpus / name))
    assert (found.name, found.kind) == expected
    assert found == FORMATS[found.name]


def test_misleading_names_do_not_matter(corpus: Path) -> None:
    assert sniff(head_of(corpus / "bad/not_really.pdf")).kind == "text"
    assert sniff(head_of(corpus / "bad/screenshot_named.pdf")) == Format(
        "png", "image", "image/png"
    )


def test_empty_input_is_empty() -> None:
    assert sniff(b"") == Format("empty", "other", "application/octet-stream")


def riff(kind: bytes) -> bytes:
    return b"RIFF" + struct.pack("<I", 1000) + kind + b"\x00" * 20


def ftyp(brand: bytes) -> bytes:
    return struct.pack(">I", 24) + b"ftyp" + brand + b"\x00\x00\x02\x00isom" + b"\x00" * 8


BMP = b"BM" + struct.pack("<IHHII", 70, 0, 0, 54, 40) + b"\x00" * 40

SIGNATURES = [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "png", "image"),
    (b"\xff\xd8\xff\xe1\x00\x10Exif", "jpeg", "image"),
    (b"GIF89a\x01\x00\x01\x00", "gif", "image"),
    (b"GIF87a\x01\x00\x01\x00", "gif", "image"),
    (riff(b"WEBP"), "webp", "image"),
    (BMP, "bmp", "image"),
    (b"II*\x00\x08\x00\x00\x00", "tiff", "image"),
    (b"MM\x00*\x00\x00\x00\x08", "tiff", "image"),
    (ftyp(b"heic"), "heic", "image"),
    (ftyp(b"mif1"), "heic", "image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "pdf", "pdf"),
    (b"\x00\x00junk\x00\x00%PDF-1.4\n", "pdf", "pdf"),
    (riff(b"WAVE"), "wav", "audio"),
    (riff(b"AVI "), "avi", "video"),
    (b"ID3\x04\x00\x00\x00\x00\x00\x00", "mp3", "audio"),
    (b"\xff\xfb\x90\x64" + b"\x00" * 40, "mp3", "audio"),
    (b"\xff\xf1\x50\x80" + b"\x00" * 40, "aac", "audio"),
    (b"#!AMR\n\x3c\x00", "amr", "audio"),
    (b"OggS\x00\x02" + b"\x00" * 22 + b"OpusHead\x01\x02", "opus", "audio"),
    (b"OggS\x00\x02" + b"\x00" * 22 + b"\x01vorbis\x00", "ogg", "audio"),
    (b"fLaC\x00\x00\x00\x22", "flac", "audio"),
    (ftyp(b"M4A "), "m4a", "audio"),
    (ftyp(b"isom"), "mp4", "video"),
    (ftyp(b"mp42"), "mp4", "video"),
    (ftyp(b"qt  "), "mov", "video"),
    (ftyp(b"3gp5"), "3gp", "video"),
    (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", "webm", "video"),
    (b"\x1a\x45\xdf\xa3\xa3\x42\x86\x81\x01\x42\x82\x88matroska", "mkv", "video"),
    (b"PK\x03\x04\x14\x00\x00\x00", "zip", "other"),
    (b"\x00\x01\x02\x03\xfe\xfd\xfc\x00\x00", "binary", "other"),
]


@pytest.mark.parametrize(("head", "name", "kind"), SIGNATURES)
def test_signature(head: bytes, name: str, kind: str) -> None:
    found = sniff(head)
    assert (found.name, found.kind) == (name, kind)


SMS_BACKUP = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
    "<!--File Created By SMS Backup & Restore v10.05 on 12/11/2026-->\n"
    '<?xml-stylesheet type="text/xsl" href="sms.xsl"?>\n<smses count="0"></smses>'
)

TEXTS = [
    ("<!DOCTYPE html>\n<html><body>hi</body></html>", "html", "web"),
    ("<!-- saved from url=(0022)https://example.com/ -->\n<html>", "html", "web"),
    ("  \n<html lang='fr'><head><title>t</title></head></html>", "html", "web"),
    ("<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'></html>", "html", "web"),
    (SMS_BACKUP, "sms_backup", "chat"),
    ("<?xml version='1.0'?>\n<catalog><item/></catalog>", "xml", "text"),
    ("Return-Path: <a@example.net>\nReceived: from x\n\tby y\nSubject: hi\n\nbody", "eml", "email"),
    ("Delivered-To: me@example.org\r\nFrom: a@example.net\r\n\r\nbody", "eml", "email"),
    ("From - Mon Nov 04 23:12:05 2026\nFrom: a@example.net\nSubject: s\n\nbody", "eml", "email"),
    ("MIME-Version: 1.0\nContent-Type: text/plain\n\nbody", "eml", "email"),
    ("Note: not an e-mail\nSubject: still a note\n", "text", "text"),
    ("Subject: just one header line\nthen prose, not a header block\n", "text", "text"),
    (
        "05/11/2026 22:41 - Les messages sont chiffrés.\n05/11/2026 22:42 - Ombre: salut\n",
        "whatsapp",
        "chat",
    ),
    (
        "11/7/26, 10:02\u202fPM - Messages are encrypted.\n11/7/26, 10:03\u202fPM - A: hi\n",
        "whatsapp",
        "chat",
    ),
    (
        "\u200e[05/11/2026 22:41:07] Ombre: salut\n[05/11/2026 22:41:30] Ombre: réponds\n",
        "whatsapp",
        "chat",
    ),
    ("05/11/2026 22:41 - one dated line in a note\nand then prose\n", "text", "text"),
    ("3 novembre 2026 : voiture taguée.\n", "text", "text"),
    ("BMW garée devant chez moi\n", "text", "text"),
]


@pytest.mark.parametrize(("text", "name", "kind"), TEXTS)
def test_text_structure(text: str, name: str, kind: str) -> None:
    found = sniff(text.encode("utf-8"))
    assert (found.name, found.kind) == (name, kind)


def test_windows_1252_text_is_text() -> None:
    assert sniff("il dit m'avoir vue au marché… ".encode("cp1252")).name == "text"


def test_utf16_text_with_bom_is_text_not_mp3() -> None:
    assert sniff("journal du 5 novembre\r\n".encode("utf-16")).name == "text"


def test_utf8_bom_does_not_hide_structure() -> None:
    body = b"05/11/2026 22:41 - a\n05/11/2026 22:42 - b: c\n"
    assert sniff(b"\xef\xbb\xbf" + body).name == "whatsapp"


def test_text_cut_inside_a_character_is_still_text() -> None:
    head = ("é" * SNIFF_SIZE).encode("utf-8")[: SNIFF_SIZE - 1]
    assert sniff(head).name == "text"


def test_control_bytes_make_binary() -> None:
    assert sniff(b"SQLite format 3\x00\x10\x00\x01\x01").name == "binary"


@given(st.binary(max_size=2048))
def test_any_bytes_give_a_known_format(head: bytes) -> None:
    assert sniff(head) in FORMATS.values()

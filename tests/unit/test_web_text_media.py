"""Saved web pages, plain text notes and audio/video files."""

from __future__ import annotations

import io
import struct
import wave
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.importing.formats import media, text, web
from app.importing.formats.base import DAMAGED, WEB_PAGE, Extraction, Source

PARIS_WINTER = timezone(timedelta(hours=1))


def source_of(path: Path) -> Source:
    return Source(path.name, path.stat().st_size, lambda: path.open("rb"))


def meta(found: Extraction) -> dict[str, str]:
    return dict(found.metadata)


def page(html: str) -> Extraction:
    return web.read(Source.from_bytes("page.html", html.encode("utf-8")))


# Saved web pages


def test_saved_profile_page(corpus: Path) -> None:
    found = web.read(source_of(corpus / "web/profil_ombre_du_lac.html"))
    assert found.url == "https://social.example.com/@ombre_du_lac"
    assert found.title == "ombre_du_lac (@ombre_du_lac) · Social"
    assert found.capture is not None
    assert found.capture.source == WEB_PAGE
    assert found.capture.at == datetime(2026, 11, 6, 20, 10, tzinfo=PARIS_WINTER)
    assert "Quelqu'un connaît la nouvelle adresse de C. M. ? Je paie bien." in found.text
    assert "<" not in found.text
    assert meta(found)["web.host"] == "social.example.com"
    assert not found.flags


def test_scripts_and_styles_are_not_text() -> None:
    found = page(
        "<html><head><title>Profil</title><style>p { color: red }</style></head><body>"
        "<script>track('visit')</script><p>menace&nbsp;visible</p>"
        "<noscript>activez JS</noscript><img src='https://tracker.example/pixel.gif'></body>"
    )
    assert found.text == "menace visible"  # the no-break space is layout, like any space
    assert found.title == "Profil"


def test_only_the_page_title_is_the_title() -> None:
    found = page("<html><head><title>Profil</title></head><body><svg><title>icône</title></svg>")
    assert found.title == "Profil"


def test_canonical_link_then_og_url_when_no_saved_from_comment() -> None:
    canonical = page(
        "<html><head><link rel='canonical' href='https://www.instagram.com/ombre/'>"
        "<meta property='og:url' content='https://other.example/'></head></html>"
    )
    assert canonical.url == "https://www.instagram.com/ombre/"
    assert canonical.platform == "Instagram"
    og = page("<html><head><meta property='og:url' content='https://x.com/ombre'></head></html>")
    assert og.url == "https://x.com/ombre"
    assert og.platform == "X"


def test_local_saved_from_marker_is_not_a_source() -> None:
    found = page(
        "<!-- saved from url=(0014)about:internet -->\n<html><head>"
        "<link rel='canonical' href='https://m.facebook.com/ombre'></head></html>"
    )
    assert found.url == "https://m.facebook.com/ombre"
    assert found.platform == "Facebook"


def test_page_without_time_or_url() -> None:
    found = page("<html><body><time>hier</time><p>rien</p></body></html>")
    assert found.capture is None
    assert found.url == ""
    assert found.platform == ""


@pytest.mark.parametrize(
    ("host", "platform"),
    [("www.tiktok.com", "TikTok"), ("vm.tiktok.com", "TikTok"), ("notinstagram.com", ""),
     ("instagram.com.evil.example", ""), ("t.me", "Telegram"), ("", "")],
)
def test_platform_of_host(host: str, platform: str) -> None:
    assert web.platform_of(host) == platform


def test_malformed_markup_keeps_what_came_before() -> None:
    found = page("<html><head><title>Avant</title></head><body><p>lu</p><![bogus x]> perdu")
    assert DAMAGED in found.flags
    assert found.title == "Avant"
    assert "lu" in found.text


# Plain text


def test_journal_is_searchable(corpus: Path) -> None:
    found = text.read(source_of(corpus / "notes/journal.txt"))
    assert "il dit m'avoir vue au marché." in found.text
    assert meta(found) == {"text.encoding": "utf-8", "text.lines": "3"}


def test_text_named_pdf_is_read_as_text(corpus: Path) -> None:
    found = text.read(source_of(corpus / "bad/not_really.pdf"))
    assert found.text == "This is plain text pretending to be a PDF.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("marché".encode("cp1252"), "cp1252"),
        (b"\xef\xbb\xbfmarch\xc3\xa9", "utf-8"),
        ("\ufeffmarché".encode("utf-16-le"), "utf-16-le"),
        ("march\u00e9\x81".encode("latin-1"), "latin-1"),
    ],
)
def test_encodings(data: bytes, encoding: str) -> None:
    found = text.read(Source.from_bytes("note.txt", data))
    assert found.text.startswith("marché")
    assert meta(found)["text.encoding"] == encoding


def test_long_text_is_cut_without_losing_its_encoding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "MAX_BYTES", 6)
    found = text.read(Source.from_bytes("note.txt", "marché marché".encode()))
    assert found.text == "march"  # the é cut in half is dropped, not misread as cp1252
    assert meta(found)["text.encoding"] == "utf-8"
    assert "only the first 6 bytes" in meta(found)["text.note"]


def test_line_count() -> None:
    assert text.count_lines("") == 0
    assert text.count_lines("a") == 1
    assert text.count_lines("a\nb\n") == 2
    assert text.count_lines("a\r\nb") == 2


# Audio and video


def test_voicemail_duration(corpus: Path) -> None:
    found = meta(media.read(source_of(corpus / "audio/messagerie_2026-11-07_2215.wav")))
    assert float(found["audio.duration_seconds"]) == pytest.approx(2.0)
    assert found["audio.channels"] == "1"
    assert found["audio.sample_rate"] == "8000"
    assert (found["media.format"], found["media.kind"]) == ("wav", "audio")


def wav_header(audio_format: int, data_size: int) -> bytes:
    fmt = struct.pack("<HHIIHH", audio_format, 1, 8000, 8000, 1, 8)
    return (b"RIFF" + struct.pack("<I", 36 + data_size) + b"WAVE" + b"fmt "
            + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", data_size))


def test_compressed_wav_is_named_but_not_described() -> None:
    found = media.read(Source.from_bytes("vm.wav", wav_header(7, 8) + b"\x7f" * 8))  # mu-law
    assert meta(found)["media.format"] == "wav"
    assert "WAV header not described" in meta(found)["media.note"]
    assert "audio.duration_seconds" not in meta(found)
    assert not found.flags


def test_wav_cut_in_its_header_is_damaged() -> None:
    found = media.read(Source.from_bytes("vm.wav", wav_header(1, 8)[:30]))
    assert DAMAGED in found.flags


def test_stereo_pcm_wav() -> None:
    out = io.BytesIO()
    with wave.open(out, "wb") as recording:
        recording.setnchannels(2)
        recording.setsampwidth(2)
        recording.setframerate(44100)
        recording.writeframes(b"\x00\x00" * 2 * 44100 * 3)
    found = meta(media.read(Source.from_bytes("memo.wav", out.getvalue())))
    assert float(found["audio.duration_seconds"]) == pytest.approx(3.0)
    assert found["audio.channels"] == "2"


def test_other_media_are_only_named() -> None:
    mp4 = struct.pack(">I", 24) + b"ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 100
    found = media.read(Source.from_bytes("video.mp4", mp4))
    assert meta(found) == {"media.format": "mp4", "media.kind": "video", "media.mime": "video/mp4"}
    assert not found.flags

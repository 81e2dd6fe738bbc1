"""What a file is, decided from its first bytes only, never from its name.

A screenshot renamed ``.pdf`` is still an image, and a text file named ``.pdf`` is still
text: evidence arrives with whatever name the sender or the platform gave it.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from itertools import takewhile

from app.importing.formats.text import decode

SNIFF_SIZE = 64 * 1024  # how much of a file ``sniff`` wants to see


@dataclass(frozen=True)
class Format:
    """A file format: its short name, the kind of evidence it is, and its MIME type."""

    name: str
    kind: str
    mime: str


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("png", "image", "image/png"),
        Format("jpeg", "image", "image/jpeg"),
        Format("gif", "image", "image/gif"),
        Format("webp", "image", "image/webp"),
        Format("bmp", "image", "image/bmp"),
        Format("tiff", "image", "image/tiff"),
        Format("heic", "image", "image/heic"),
        Format("avif", "image", "image/avif"),
        Format("pdf", "pdf", "application/pdf"),
        Format("eml", "email", "message/rfc822"),
        Format("mbox", "other", "application/mbox"),
        Format("whatsapp", "chat", "text/plain"),
        Format("sms_backup", "chat", "application/xml"),
        Format("html", "web", "text/html"),
        Format("xml", "text", "application/xml"),
        Format("text", "text", "text/plain"),
        Format("wav", "audio", "audio/wav"),
        Format("mp3", "audio", "audio/mpeg"),
        Format("aac", "audio", "audio/aac"),
        Format("amr", "audio", "audio/amr"),
        Format("ogg", "audio", "audio/ogg"),
        Format("opus", "audio", "audio/opus"),
        Format("flac", "audio", "audio/flac"),
        Format("m4a", "audio", "audio/mp4"),
        Format("mp4", "video", "video/mp4"),
        Format("3gp", "video", "video/3gpp"),
        Format("mov", "video", "video/quicktime"),
        Format("webm", "video", "video/webm"),
        Format("mkv", "video", "video/x-matroska"),
        Format("ogv", "video", "video/ogg"),
        Format("avi", "video", "video/x-msvideo"),
        Format("zip", "other", "application/zip"),
        Format("binary", "other", "application/octet-stream"),
        Format("empty", "other", "application/octet-stream"),
    )
}

# Signatures at the very start of the file, checked in order.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"%PDF-", "pdf"),
    (b"fLaC", "flac"),
    (b"ID3", "mp3"),
    (b"#!AMR\n", "amr"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
)

_RIFF = {b"WEBP": "webp", b"WAVE": "wav", b"AVI ": "avi"}

# ISO base media (MP4 family) major brands; any other brand is taken as video.
_BRANDS = {
    b"M4A ": "m4a", b"M4B ": "m4a", b"M4P ": "m4a", b"qt  ": "mov",
    b"heic": "heic", b"heix": "heic", b"heim": "heic", b"heis": "heic",
    b"hevc": "heic", b"mif1": "heic", b"msf1": "heic", b"avif": "avif",
    b"3gp4": "3gp", b"3gp5": "3gp", b"3gp6": "3gp", b"3g2a": "3gp",
}

# Header names that open real e-mails (first header written by the MTA or the client).
_MAIL_HEADERS = frozenset({
    "received", "from", "return-path", "mime-version", "subject", "date", "delivered-to",
    "to", "message-id", "x-mozilla-status", "dkim-signature", "arc-seal",
    "authentication-results", "x-received", "reply-to", "x-apparently-to",
})
_HEADER = re.compile(r"([!-9;-~]+):")
_MBOX_FROM = re.compile(r"From \S")
# A mailbox's separator: "From <sender> <asctime date>", as Gmail and mail clients write it
# ("From 1790...@xxx Wed Nov 04 23:12:05 +0000 2026", "From - Mon Nov  4 ...").
POSTMARK = r"From \S+ +[A-Z][a-z]{2} [A-Z][a-z]{2} +\d"

# One message line of a WhatsApp export: "05/11/2026 22:41 - ", "11/7/26, 10:02 PM - ",
# "[05/11/2026 22:41:07] " (iOS); macOS and iOS put U+202F before AM/PM and U+200E first.
_WHATSAPP = re.compile(
    r"\u200e?\[?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[\s\u202f]?[AaPp]\.?\s?[Mm]\.?)?(?:\] | - )"
)

_LOOK = 8192  # characters of text inspected for structure

_FIRST_TAG = re.compile(r"<([A-Za-z][\w:.-]*)")
_MARKUP_NOISE = re.compile(r"<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>]*>", re.DOTALL | re.IGNORECASE)
_HTML_ROOTS = frozenset({"html", "head", "body"})

# Characters that never appear in text: C0 controls other than tab, newlines, form feed
# and escape (C1 controls are left alone: they are cp1252 letters read as Latin-1).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def sniff(head: bytes) -> Format:
    """Name the format of a file from its first bytes (ideally ``SNIFF_SIZE`` of them)."""
    if not head:
        return FORMATS["empty"]
    name = _binary(head) or _textual(head) or _loose_binary(head) or "binary"
    return FORMATS[name]


def _binary(head: bytes) -> str | None:
    """Formats with an unambiguous signature."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head.startswith(b"RIFF"):
        return _RIFF.get(head[8:12])
    if head[4:8] == b"ftyp":
        return _BRANDS.get(head[8:12], "mp4")
    if head.startswith(b"OggS"):
        return _ogg(head)
    if head.startswith(b"\x1a\x45\xdf\xa3"):  # EBML: Matroska or WebM
        return "webm" if b"webm" in head[:64] else "mkv"
    return None


def _ogg(head: bytes) -> str:
    """Ogg holds Opus, Vorbis or Theora; the first page names the codec."""
    first_page = head[:256]
    if b"OpusHead" in first_page:
        return "opus"
    return "ogv" if b"\x80theora" in first_page else "ogg"


def _loose_binary(head: bytes) -> str | None:
    """Signatures weak enough to be tried only once the bytes are known not to be text."""
    if b"%PDF-" in head[:1024]:  # readers accept up to 1 KiB of junk before the header
        return "pdf"
    if head.startswith(b"BM") and len(head) >= 18:
        dib_size = struct.unpack_from("<I", head, 14)[0]
        if dib_size in (12, 40, 52, 56, 64, 108, 124):
            return "bmp"
    return _mpeg_audio(head)


def _mpeg_audio(head: bytes) -> str | None:
    """An MPEG audio frame header (MP3) or an ADTS header (AAC) at the very start."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return None
    if head[1] & 0x06 == 0:  # layer bits 00: ADTS, not MPEG audio
        return "aac" if head[1] & 0xF6 == 0xF0 else None
    bitrate, rate = head[2] >> 4, (head[2] >> 2) & 0x03
    return "mp3" if bitrate != 0x0F and rate != 0x03 else None


def _textual(head: bytes) -> str | None:
    """Formats made of text: markup, mail, chat exports, then plain text."""
    text = _as_text(head)
    if text is None:
        return None
    return _markup(text) or _mbox(text) or _mail(text) or _whatsapp(text) or "text"


def _as_text(head: bytes) -> str | None:
    """The bytes as text if they plausibly are text, else None."""
    text, _ = decode(head, complete=False)
    return None if _CONTROLS.search(text) else text


def _markup(text: str) -> str | None:
    """HTML pages and SMS Backup & Restore files, told apart by their root element."""
    start = text.lstrip()[:_LOOK]
    if not start.startswith("<"):
        return None
    if start.lower().startswith(("<!doctype html", "<!-- saved from url")):
        return "html"
    root = _FIRST_TAG.search(_MARKUP_NOISE.sub("", start))
    name = root.group(1).lower() if root else ""
    if name == "smses":
        return "sms_backup"
    if name in _HTML_ROOTS:
        return "html"
    return "xml" if start.startswith("<?xml") else None


def _mbox(text: str) -> str | None:
    """A mailbox: a ``From `` separator line, then e-mail headers, and either Gmail's
    own headers (Takeout) or a second message within the first bytes."""
    if not re.match(POSTMARK, text):
        return None
    gmail = re.search(r"^X-(?:Gmail-Labels|GM-THRID):", text[:_LOOK], re.MULTILINE)
    second = _mail(text) and re.search(r"\n\r?\n" + POSTMARK, text)
    return "mbox" if gmail or second else None


def _mail(text: str) -> str | None:
    """RFC 822 headers from the first line on, e.g. ``From: nobody`` then ``Subject:``."""
    lines = text[:_LOOK].lstrip("\r\n").splitlines()[:20]
    if lines and _MBOX_FROM.match(lines[0]):  # Thunderbird and mbox: "From - Mon Nov ..."
        lines = lines[1:]
    first = _HEADER.match(lines[0]) if lines else None
    if first is None or first.group(1).lower() not in _MAIL_HEADERS:
        return None
    block = list(takewhile(str.strip, lines))
    headers = sum(1 for line in block if _HEADER.match(line))
    continued = all(_HEADER.match(line) or line[:1].isspace() for line in block)
    return "eml" if continued and headers >= 2 else None


def _whatsapp(text: str) -> str | None:
    """A WhatsApp export: its first line and at least one more start like a message."""
    lines = [line for line in text[:_LOOK].splitlines()[:20] if line.strip()]
    if not lines or not _WHATSAPP.match(lines[0]):
        return None
    matching = sum(1 for line in lines if _WHATSAPP.match(line))
    return "whatsapp" if matching >= 2 else None

"""E-mails: decoded headers, Received hops, originating IP, body text and attachments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import BinaryIO

import pytest

from app.importing.formats import mail
from app.importing.formats.base import DAMAGED, EMAIL_HEADER, EMPTY, UNREADABLE, Extraction, Source


def _read(path: Path) -> Extraction:
    return mail.read(Source.from_bytes(path.name, path.read_bytes()))


def _values(found: Extraction, key: str) -> list[str]:
    return [value for name, value in found.metadata if name == key]


def _value(found: Extraction, key: str) -> str:
    values = _values(found, key)
    assert len(values) == 1, f"{key}: {values}"
    return values[0]


def _message(headers: str, body: str = "hello\r\n") -> Source:
    return Source.from_bytes("made.eml", (headers + "\r\n" + body).encode("utf-8"))


@pytest.fixture
def menace(corpus: Path) -> Extraction:
    return _read(corpus / "email" / "menace_2026-11-04.eml")


@pytest.fixture
def faux_compte(corpus: Path) -> Extraction:
    return _read(corpus / "email" / "faux_compte_2026-11-11.eml")


def test_menace_headers_are_decoded(menace: Extraction) -> None:
    assert _value(menace, "email.from") == "Ombre <ombre.du.lac@example.net>"
    assert _value(menace, "email.to") == "Camille Martin <camille.martin@example.fr>"
    assert _value(menace, "email.subject") == "Tu ne m'échapperas pas"
    assert menace.title == "Tu ne m'échapperas pas"
    assert _value(menace, "email.message_id") == "<20261104221205.1234@example.net>"
    assert _value(menace, "email.return_path") == "<ombre.du.lac@example.net>"
    assert _value(menace, "email.date") == "Wed, 04 Nov 2026 23:12:05 +0100"
    assert menace.flags == set()


def test_menace_capture_is_the_date_header(menace: Extraction) -> None:
    assert menace.capture is not None
    assert menace.capture.source == EMAIL_HEADER
    expected = datetime(2026, 11, 4, 23, 12, 5, tzinfo=timezone(timedelta(hours=1)))
    assert menace.capture.at == expected
    assert menace.capture.at.utcoffset() == timedelta(hours=1)


def test_menace_received_hops_in_order_on_one_line(menace: Extraction) -> None:
    hops = _values(menace, "email.received")
    assert len(hops) == 3
    assert hops[0].startswith("from mx1.example.fr (mx1.example.fr [203.0.113.10]) by imap")
    assert "[198.51.100.7]" in hops[1]
    assert hops[2].startswith("from [192.168.1.23] (unknown [198.51.100.23]) by smtp")
    assert all("\n" not in hop and "\r" not in hop and "\t" not in hop for hop in hops)


def test_menace_originating_ip_is_the_first_hops_public_client(menace: Extraction) -> None:
    assert _value(menace, "email.originating_ip") == "198.51.100.23"
    assert _values(menace, "email.x_originating_ip") == []


def test_menace_body_and_attachment(menace: Extraction) -> None:
    assert "je sais où tu travailles" in menace.text
    assert "m'échapper en changeant de numéro" in menace.text
    assert [child.name for child in menace.children] == ["capture.png"]
    attachment = menace.children[0]
    assert attachment.data.startswith(b"\x89PNG\r\n\x1a\n")
    assert attachment.kind is None
    assert attachment.found is None


def test_faux_compte_html_only_body_becomes_text(faux_compte: Extraction) -> None:
    # Declared iso-8859-1, but the bytes are UTF-8: the text must still read correctly.
    assert faux_compte.text == "Quelqu'un a demandé la réinitialisation de votre mot de passe."
    assert "<p>" not in faux_compte.text
    assert faux_compte.children == []


def test_faux_compte_x_originating_ip_overrides_received(faux_compte: Extraction) -> None:
    assert _value(faux_compte, "email.x_originating_ip") == "[198.51.100.99]"
    assert _value(faux_compte, "email.originating_ip") == "198.51.100.99"
    assert len(_values(faux_compte, "email.received")) == 1
    assert faux_compte.capture is not None
    expected = datetime(2026, 11, 11, 7, 59, 31, tzinfo=timezone(timedelta(hours=1)))
    assert faux_compte.capture.at == expected


def test_broken_mime_keeps_what_parses_and_is_flagged(corpus: Path) -> None:
    found = _read(corpus / "bad" / "broken.eml")
    assert DAMAGED in found.flags
    assert _value(found, "email.from") == "nobody"
    assert _value(found, "email.subject") == "=?utf-8?b?!!!notbase64"
    assert "CloseBoundaryNotFoundDefect" in _value(found, "email.defects")
    assert found.text == "unterminated"
    assert found.capture is None


def test_header_values_never_carry_line_breaks() -> None:
    injected = "=?utf-8?q?Bonjour=0D=0ABcc:_victim@example.org?="
    found = mail.read(_message(f"From: a@example.net\r\nSubject: {injected}\r\n"))
    assert found.title == "Bonjour Bcc: victim@example.org"
    assert _value(found, "email.subject") == found.title
    assert all("\r" not in value and "\n" not in value for _, value in found.metadata)


def test_a_body_line_that_looks_like_a_header_stays_in_the_body() -> None:
    found = mail.read(_message("From: a@example.net\r\n", "Bcc: other@example.org\r\nhi\r\n"))
    assert _values(found, "email.from") == ["a@example.net"]
    assert "Bcc: other@example.org" in found.text
    assert found.flags == set()


def test_bottom_hop_private_address_gives_way_to_bracketed_public_one() -> None:
    headers = (
        "Received: from mx.example.org (mx.example.org [203.0.113.5]) by inbox.example.fr\r\n"
        "Received: from laptop ([10.0.0.7]) (helo [198.51.100.42]) by mx.example.org\r\n"
        "Received: by mx.example.org with local id 12\r\n"
        "From: a@example.net\r\n"
    )
    found = mail.read(_message(headers))
    assert _value(found, "email.originating_ip") == "198.51.100.42"


def test_only_private_client_is_still_reported() -> None:
    found = mail.read(_message("Received: from [192.168.0.4] by smtp.example.net\r\n"))
    assert _value(found, "email.originating_ip") == "192.168.0.4"


def test_date_without_zone_is_utc() -> None:
    found = mail.read(_message("Date: Thu, 05 Nov 2026 10:00:00 -0000\r\n"))
    assert found.capture is not None
    assert found.capture.at == datetime(2026, 11, 5, 10, 0, tzinfo=UTC)


def test_unparseable_date_gives_no_capture() -> None:
    found = mail.read(_message("Date: sometime last week\r\n"))
    assert found.capture is None
    assert _value(found, "email.date") == "sometime last week"


def test_nested_and_attached_messages_become_children() -> None:
    body = (
        "--o\r\nContent-Type: multipart/alternative; boundary=a\r\n\r\n"
        "--a\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nle texte\r\n"
        "--a\r\nContent-Type: text/html\r\n\r\n<p>le texte</p>\r\n--a--\r\n"
        "--o\r\nContent-Type: message/rfc822\r\n\r\nFrom: b@example.net\r\n\r\ninner\r\n"
        "--o\r\nContent-Type: application/pdf; name=\"..\\\\..\\\\plainte.pdf\"\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--o--\r\n"
    )
    found = mail.read(_message("Content-Type: multipart/mixed; boundary=o\r\n", body))
    assert found.text.strip() == "le texte"
    assert [child.name for child in found.children] == ["attachment 1.eml", "plainte.pdf"]
    assert found.children[0].data.startswith(b"From: b@example.net\r\n")
    assert found.children[1].data == b"%PDF-"
    assert found.flags == set()


def test_unknown_charset_falls_back_to_utf8() -> None:
    headers = "Content-Type: text/plain; charset=x-unheard-of\r\n"
    found = mail.read(_message(headers, "réponds\r\n"))
    assert found.text.strip() == "réponds"


def test_html_body_skips_scripts_and_keeps_blocks() -> None:
    html = "<html><head><title>t</title><style>p{}</style></head><body>"
    html += "<p>un&nbsp;deux</p><script>alert(1)</script><div>trois</div></body></html>"
    found = mail.read(_message("Content-Type: text/html; charset=utf-8\r\n", html))
    assert found.text == "un deux\ntrois"


def test_oversized_message_is_refused_without_parsing() -> None:
    def never_opened() -> BinaryIO:
        raise AssertionError("a refused message must not be read")

    source = Source(name="huge.eml", size=mail.MAX_BYTES + 1, open=never_opened)
    found = mail.read(source)
    assert UNREADABLE in found.flags
    assert _values(found, "email.refused") == ["larger than 50 MB"]


def test_empty_message_is_flagged_empty() -> None:
    found = mail.read(Source.from_bytes("empty.eml", b""))
    assert found.flags == {EMPTY}
    assert found.metadata == []


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\xff\xfe" * 1000,
        b"Subject: =?utf-8?q?" + b"=" * 5000 + b"?=\r\n\r\n",
        b"From: " + b"<" * 3000 + b"\r\n\r\n",
        b"Content-Type: multipart/mixed; boundary=\r\n\r\n--\r\n--\r\n",
        b"Content-Type: multipart/mixed\r\n\r\n" + b"x" * 100,
    ],
)
def test_hostile_bytes_never_raise(data: bytes) -> None:
    found = mail.read(Source.from_bytes("hostile.eml", data))
    assert isinstance(found, Extraction)
    assert all("\n" not in value for _, value in found.metadata)


def test_nesting_deeper_than_the_parser_can_follow_is_flagged_not_raised() -> None:
    data = b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (level, level)
        for level in range(3000)
    )
    found = mail.read(Source.from_bytes("deep.eml", data))
    assert UNREADABLE in found.flags
    assert _values(found, "email.error") == ["RecursionError"]

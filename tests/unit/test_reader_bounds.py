"""Bounds inside the readers (issue 6): no external decoder for PDFs, and size limits for
e-mail headers, attachments and XML nesting. Each bound keeps what was read before it and
says where the reading stopped."""

from __future__ import annotations

import io
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pypdf import PdfReader, apply_configuration

from app.importing.formats import mail, pdf, sms
from app.importing.formats.base import DAMAGED, Source

WATCHDOG_SECONDS = 30  # a bound that fails shows as a hang; the real cost is milliseconds


@contextmanager
def watchdog() -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise TimeoutError("the reader ran past its bound")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(WATCHDOG_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def one_page_pdf(content: bytes, stream_filter: str) -> bytes:
    """A PDF whose only page's content stream is ``content``, encoded with ``stream_filter``."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources"
         b" << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>"),
        b"<< /Length %d /Filter %s >>\nstream\n%s\nendstream"
        % (len(content), stream_filter.encode(), content),
    ]
    out = io.BytesIO(b"%PDF-1.7\n")
    out.seek(0, io.SEEK_END)
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def test_a_pdf_never_runs_an_external_decoder(tmp_path: Path) -> None:
    canary = tmp_path / "decoder ran"
    decoder = tmp_path / "jbig2dec"
    decoder.write_text(f"#!/bin/sh\ntouch '{canary}'\necho 'BT /F1 12 Tf (hidden) Tj ET'\n")
    decoder.chmod(0o700)
    data = one_page_pdf(b"\x97JB2 data", "/JBIG2Decode")
    with apply_configuration(jbig2dec_binary=str(decoder)):
        # Left to itself, pypdf would write the stream to a temp file and run the program.
        assert PdfReader(io.BytesIO(data)).pages[0].extract_text() == "hidden"
        assert canary.exists()
        canary.unlink()
        found = pdf.read(Source.from_bytes("scan.pdf", data))
    assert not canary.exists()
    assert dict(found.metadata)["pdf.text_errors"] == "1 page(s) whose text could not be read"
    assert DAMAGED not in found.flags  # the file is fine; only its JBIG2 page is not read


def test_sms_nested_too_deep_keeps_the_messages_before_it() -> None:
    sms_line = b'<sms address="+33600000000" date="1762808400000" type="1" body="%d" />'
    data = (b"<?xml version='1.0'?><smses count='3'>"
            + b"".join(sms_line % n for n in range(2))
            + b"<sms>" * 50_000 + b"</sms>" * 50_000 + b"</smses>")
    with watchdog():
        found = sms.read(Source.from_bytes("sms.xml", data))
    assert [child.found.text for child in found.children] == ["0", "1"]
    assert DAMAGED in found.flags
    assert dict(found.metadata)["sms.error"] == f"elements nested more than {sms.MAX_DEPTH} deep"


def test_a_flood_of_headers_is_cut_and_the_message_still_read() -> None:
    headers = b"From: a@example.net\r\nSubject: flood\r\n" + b"Received: from x\r\n" * 3_000
    with watchdog():
        found = mail.read(Source.from_bytes("flood.eml", headers + b"\r\nthe body\r\n"))
    metadata = dict(found.metadata)
    assert metadata["email.headers_cut"] == \
        f"only the first {mail.MAX_HEADERS} of 3002 headers were read"
    assert sum(key == "email.received" for key, _ in found.metadata) == mail.MAX_HEADERS - 2
    assert found.text.strip() == "the body"
    assert found.title == "flood"


def test_a_huge_address_list_is_parsed_only_in_part() -> None:
    # Parsing a whole 1 MiB address list takes the stdlib many minutes.
    addresses = b"a@example.net, " * 70_000
    message = b"From: b@example.net\r\nTo: " + addresses + b"\r\nSubject: s\r\n\r\nhello\r\n"
    with watchdog():
        found = mail.read(Source.from_bytes("many.eml", message))
    to = dict(found.metadata)["email.to"]
    assert to.startswith("a@example.net, a@example.net")
    assert len(to) <= mail.MAX_VALUE
    assert found.text.strip() == "hello"


def test_attachments_past_the_limit_stay_in_the_message_only() -> None:
    part = (b"--b\r\nContent-Type: application/octet-stream\r\n"
            b"Content-Disposition: attachment; filename=p%d.bin\r\n\r\n%d\r\n")
    parts = b"".join(part % (n, n) for n in range(mail.MAX_ATTACHMENTS + 5))
    data = (b"From: a@example.net\r\nSubject: parts\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=b\r\n\r\n" + parts + b"--b--\r\n")
    with watchdog():
        found = mail.read(Source.from_bytes("parts.eml", data))
    assert len(found.children) == mail.MAX_ATTACHMENTS
    assert found.children[-1].name == f"p{mail.MAX_ATTACHMENTS - 1}.bin"
    assert "email.attachments_cut" in dict(found.metadata)

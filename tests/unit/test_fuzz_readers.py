"""Mutated corpus files through every reader (issue 2): no crash, no hang.

Each corpus file is mutated by hypothesis (byte flips, truncations, insertions of bytes
and of structural tokens, duplicated ranges) and goes through the pipeline's guarded entry
point (``formats.sniff`` then ``formats.read``, recursing into attachments as the importer
does) and through every reader module's own ``read``, which promises never to raise either.
Every call runs under a wall-clock alarm, so a hang fails the example instead of the run.
"""

from __future__ import annotations

import signal
import struct
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.common import dates
from app.importing import formats
from app.importing.formats import image, mail, media, pdf, sms, text, web, whatsapp
from app.importing.formats.base import THUMBNAIL_SIZE, Extraction, Source
from app.importing.formats.sniff import SNIFF_SIZE
from tests.conftest import CORPUS

READERS: dict[str, Callable[[Source], Extraction]] = {
    "image": image.read, "pdf": pdf.read, "mail": mail.read, "whatsapp": whatsapp.read,
    "sms": sms.read, "web": web.read, "text": text.read, "media": media.read,
}
FILES = sorted(path for path in CORPUS.rglob("*") if path.is_file() and path.name != "README.md")
SECONDS = 5.0  # per reader call; the slowest corpus file takes about 0.1 s unmutated
MAX_DEPTH = 3  # attachments inside attachments, as deep as the importer goes
MAX_CHILDREN = 20  # parts of one container examined per example

# Pieces of the corpus formats' structure, so insertions reach past the first parse.
TOKENS = [
    b"\x00", b"\xff" * 4, b"\r\n", b"\n\n", b"\r\n\r\n", b"<", b">", b"<!--", b"]]>",
    b"<![CDATA[", b"&#x10FFFF;", b"&amp", b"%PDF-1.7\n", b" 0 obj\n<<", b">>\nendobj\n",
    b"stream\r\n", b"endstream", b"xref\n0 1\n", b"trailer\n<< /Root 1 0 R /Size 999999 >>",
    b"startxref\n99999999\n%%EOF", b"/Length -1", b"/Filter /FlateDecode", b"/Encrypt",
    b"=?utf-8?b?w6k=?=", b"=?x-unknown?q?=FF?=", b"--boundary--\r\n",
    b"Content-Type: multipart/mixed; boundary=\"b\"\r\n",
    b"Content-Transfer-Encoding: base64\r\n", b"Received: from [198.51.100.1]\r\n",
    b"Date: Tue, 31 Dec 9999 99:99:99 +9999\r\n", b"IHDR\xff\xff\xff\xff", b"IDAT", b"eXIf",
    b"\xff\xd8\xff\xe1\xff\xffExif\x00\x00MM\x00*", b"II*\x00\x08\x00\x00\x00\xff\xff",
    b"\xff\xc0\x00\x11\x08\xff\xff\xff\xff", b"RIFF\xff\xff\xff\xffWAVEfmt ",
    b"31/12/2026 23:59 - A: b\n", b"99/99/99, 99:99 PM - ", b"[05/11/2026 22:41:07] ",
    b"<sms date=\"99999999999999999999\" readable_date=\"31 feb. 2026 25:61:00\" />",
    b"<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", b"<time datetime=\"9999-99-99T99:99\">",
    b"<!-- saved from url=(9999)javascript:alert(1) -->", b"\xef\xbb\xbf", b"\xff\xfe",
    b"\xfe\xff", b"\xc3", b"\x80", "\u2028".encode(),
]


class Hang(BaseException):
    """A reader ran past its time; BaseException so no reader's handler can swallow it."""


@contextmanager
def time_limit(seconds: float, what: str) -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise Hang(f"{what} took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# -- mutations -----------------------------------------------------------------------------

def _position(draw: st.DrawFn, size: int) -> int:
    """A place in the data, often in the first 512 bytes, where the structure is."""
    return draw(st.one_of(st.integers(0, min(size, 512)), st.integers(0, size)))


def _flip(draw: st.DrawFn, data: bytearray) -> bytearray:
    if data:
        start = _position(draw, len(data) - 1)
        for offset in range(draw(st.integers(1, 8))):
            if start + offset < len(data):
                data[start + offset] ^= draw(st.integers(1, 255))
    return data


def _truncate(draw: st.DrawFn, data: bytearray) -> bytearray:
    cut = _position(draw, len(data))
    return data[cut:] if draw(st.integers(0, 4)) == 0 else data[:cut]  # mostly the tail


def _insert(draw: st.DrawFn, data: bytearray) -> bytearray:
    at = _position(draw, len(data))
    piece = draw(st.one_of(st.sampled_from(TOKENS), st.binary(min_size=1, max_size=64)))
    return data[:at] + piece + data[at:]


def _duplicate(draw: st.DrawFn, data: bytearray) -> bytearray:
    if not data:
        return data
    start = _position(draw, len(data) - 1)
    piece = data[start:start + draw(st.integers(1, 4096))] * draw(st.integers(1, 8))
    at = _position(draw, len(data))
    return data[:at] + piece + data[at:]


MUTATIONS = {"flip": _flip, "truncate": _truncate, "insert": _insert, "duplicate": _duplicate}


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for name in draw(st.lists(st.sampled_from(sorted(MUTATIONS)), min_size=1, max_size=4)):
        data = MUTATIONS[name](draw, data)
    return bytes(data)


# -- what every reading must look like -----------------------------------------------------

def assert_sane(found: Extraction, what: str) -> None:
    assert isinstance(found, Extraction), what
    for key, value in found.metadata:
        assert isinstance(key, str), (what, key)
        assert isinstance(value, str), (what, key, value)
    for field in (found.text, found.title, found.url, found.platform):
        assert isinstance(field, str), what
    assert all(isinstance(flag, str) for flag in found.flags), what
    if found.capture is not None:
        assert found.capture.at.utcoffset() is not None, (what, found.capture)
        dates.to_iso(found.capture.at)  # the form the vault stores must exist
        assert isinstance(found.capture.source, str), what
    if found.thumbnail is not None:
        assert found.thumbnail.startswith(b"\x89PNG\r\n\x1a\n"), what
        width, height = struct.unpack(">II", found.thumbnail[16:24])
        assert max(width, height) <= THUMBNAIL_SIZE, (what, width, height)
    for child in found.children:
        assert isinstance(child.name, str), what
        assert isinstance(child.data, bytes), what


def read_as_the_importer_does(name: str, data: bytes, depth: int = 0) -> None:
    """Sniff and read through the guarded entry point, then each part, recursively."""
    what = f"formats.read({name!r}, depth {depth})"
    with time_limit(SECONDS, what):
        found = formats.read(formats.sniff(data[:SNIFF_SIZE]), Source.from_bytes(name, data))
    assert_sane(found, what)
    for child in found.children[:MAX_CHILDREN]:
        if child.found is not None:
            assert_sane(child.found, f"{what} part {child.name!r}")
        elif depth < MAX_DEPTH:
            read_as_the_importer_does(child.name, child.data, depth + 1)


def read_with_every_reader(name: str, data: bytes) -> None:
    """Each reader module's own ``read``, whatever the format: none may raise."""
    source = Source.from_bytes(name, data)
    for reader_name, reader in READERS.items():
        what = f"{reader_name}.read({name!r})"
        with time_limit(SECONDS, what):
            found = reader(source)
        assert_sane(found, what)


# -- tests ---------------------------------------------------------------------------------

@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_unmutated_corpus_file_reads_cleanly(path: Path) -> None:
    data = path.read_bytes()
    read_as_the_importer_does(path.name, data)
    read_with_every_reader(path.name, data)


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
@settings(max_examples=80, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(choice=st.data())
def test_mutated_corpus_file_never_crashes_or_hangs_a_reader(path: Path,
                                                             choice: st.DataObject) -> None:
    data = choice.draw(mutated(path.read_bytes()), label="mutated bytes")
    read_as_the_importer_does(path.name, data)
    read_with_every_reader(path.name, data)


HOSTILE = {
    "nothing": b"",
    "one byte": b"\x00",
    "zeros": bytes(1 << 20),
    "open tags": b"<a>" * 50_000,
    "deep xml": b"<smses>" + b"<sms>" * 20_000,
    "deep multipart": b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (n, n)
        for n in range(2_000)),
    "header flood": b"From: a@example.net\r\nSubject: x\r\n" + b"Received: from x\r\n" * 20_000,
    "chat flood": b"05/11/2026 22:41 - A: b\n" * 50_000,
    "pdf of nothing": b"%PDF-1.7\n" + b"1 0 obj\n<< /Kids [1 0 R] /Type /Pages >>\nendobj\n"
                      b"trailer\n<< /Root 1 0 R >>\n%%EOF",
    "png claiming 4 Gpx": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xff\xff\xff\xff\xff\xff\xff"
                          b"\x08\x06\x00\x00\x00" + bytes(64),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_never_crashes_or_hangs_a_reader(name: str) -> None:
    read_as_the_importer_does(name, HOSTILE[name])
    read_with_every_reader(name, HOSTILE[name])

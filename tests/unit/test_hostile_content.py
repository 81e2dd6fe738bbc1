"""Hostile content (issue 12): one bad value spoils only itself, the text a harasser wrote
never drives the terminal or a line of the window, and no reader sees the passphrase.

Fixtures are built here; the reader child is real, and its environment is read from /proc.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.case import cases, evidence
from app.common.printable import lines, one_line, valid
from app.importing.formats import mail, web
from app.importing.formats.base import UNREADABLE, Source
from app.importing.pipeline import STORED, Importer
from app.importing.sandbox import SECRETS, Sandbox
from app.vault import keys
from app.vault.vault import Vault

HOSTILE_NAME = "facture\x1b]0;pwned\x07\x1b[2J\nstored: 1 fake line \u202egpj.exe"


def deep_email(levels: int) -> bytes:
    """An e-mail whose parts are nested ``levels`` multipart levels deep."""
    head = (b"From: ombre@example.net\r\nTo: me@example.org\r\nSubject: profond\r\n"
            b"Date: Tue, 03 Nov 2026 22:41:00 +0100\r\nMIME-Version: 1.0\r\n")
    opening = b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n'
                       % (i, i) for i in range(levels))
    closing = b"".join(b"--b%d--\r\n" % i for i in reversed(range(levels)))
    return head + opening + b"Content-Type: text/plain\r\n\r\nbonjour\r\n" + closing


def test_an_email_nested_5000_levels_deep_keeps_its_headers() -> None:
    found = mail.read(Source.from_bytes("deep.eml", deep_email(5000)))

    metadata = dict(found.metadata)
    assert found.title == "profond"
    assert metadata["email.from"] == "ombre@example.net"
    assert found.capture is not None
    assert found.capture.at.isoformat() == "2026-11-03T22:41:00+01:00"
    assert UNREADABLE in found.flags  # its parts could not be read
    assert "nested too deeply" in metadata["email.note"]


PAGE = """<!-- saved from url=(0011)http://[::1 -->
<html><head><title>Menaces publiques</title>
<link rel="canonical" href="https://[::1/post">
<meta property="og:url" content="https://www.instagram.com/p/abc">
<meta property="article:published_time" content="2026-11-03T22:41:00+01:00">
</head><body><p>Tu vas voir ce qui t'attend.</p></body></html>"""


@pytest.mark.parametrize("bad", ["saved from", "canonical"])
def test_a_malformed_ipv6_address_costs_a_web_page_only_that_address(bad: str) -> None:
    page = PAGE if bad == "saved from" else PAGE.replace("(0011)http://[::1", "(0004)x")
    found = web.read(Source.from_bytes("page.html", page.encode()))

    assert found.title == "Menaces publiques"
    assert found.text == "Tu vas voir ce qui t'attend."
    assert found.url == "https://www.instagram.com/p/abc"
    assert found.platform == "Instagram"
    assert found.capture is not None
    assert not found.flags


def test_control_characters_are_shown_escaped_on_one_line() -> None:
    assert one_line(HOSTILE_NAME) == ("facture\\x1b]0;pwned\\x07\\x1b[2J\\nstored: 1 fake "
                                      "line \\u202egpj.exe")
    assert one_line("l'été à Paris, 🔒") == "l'été à Paris, 🔒"
    assert one_line("\x9b31m\u2066x\u2069") == "\\x9b31m\\u2066x\\u2069"
    assert lines("ligne 1\r\nligne\t2\x1b[2J") == "ligne 1\nligne\t2\\x1b[2J"
    assert valid("caf\udce9") == "caf\ufffd"


def test_the_reader_child_never_sees_the_secrets(tmp_path: Path, monkeypatch) -> None:
    if not Path("/proc/self/environ").exists():
        pytest.skip("needs /proc")
    secrets = {name: f"secret-{number}-{name}" for number, name in enumerate(SECRETS)}
    secrets["DOSSIER_SOME_FUTURE_KEY"] = "secret-future"
    for name, value in secrets.items():
        monkeypatch.setenv(name, value)
    note = tmp_path / "note.txt"
    note.write_text("menaces")
    box = Sandbox("tests.unit.sandbox_readers:read")
    try:
        with Vault.create(tmp_path / "v.dossier", "pass", kdf=keys.KdfSettings(10, 8)) as vault:
            with vault.transaction() as db:
                case_id = cases.find_or_create(db, "Ombre").id
            [outcome] = Importer(vault, case_id, sandbox=box).run([note])
            assert outcome.status == STORED
            details = evidence.details(vault.db, outcome.item_ids[0])
        pid = int(dict(details.metadata)["test.reader_pid"])
        environ = Path(f"/proc/{pid}/environ").read_bytes()  # the child is still warm
    finally:
        box.close()

    assert b"secret-" not in environ
    assert b"PATH=" in environ  # a real environment was read, not an empty one
    assert all(os.environ[name] == value for name, value in secrets.items())  # restored

"""``dossier abuse-report`` end to end: the real command on the sample threat, the file
read back with the standard library's e-mail parser."""

from __future__ import annotations

import stat
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from tests.cli.conftest import Dossier
from tests.conftest import CORPUS

THREAT = CORPUS / "email" / "menace_2026-11-04.eml"


def _import(dossier: Dossier, path: Path) -> int:
    done = dossier("import", "--json", path)
    assert done.code == 0, done.err
    return int(done.lines()[0]["id"])


@pytest.mark.parametrize(("lang", "words"), [("fr", "Adresse IP d'origine : 198.51.100.23"),
                                              ("en", "Originating IP address: 198.51.100.23")])
def test_the_report_is_written_private_and_parses_as_arf(dossier: Dossier, tmp_path: Path,
                                                         lang: str, words: str) -> None:
    item = _import(dossier, THREAT)
    out = tmp_path / "signalement.eml"
    done = dossier("abuse-report", item, "--out", out, "--lang", lang)
    assert done.code == 0, done.err
    assert done.out.splitlines()[0] == "abuse@example.net"
    assert "never sends" in done.out or "n'envoie jamais" in done.out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    report = BytesParser(policy=policy.default).parsebytes(out.read_bytes())
    assert report.get_content_type() == "multipart/report"
    assert report.get_param("report-type") == "feedback-report"
    human, feedback, _original = report.iter_parts()
    assert words in human.get_content()
    assert "Source-IP: 198.51.100.23" in feedback.as_string()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_a_file_is_never_overwritten(dossier: Dossier, tmp_path: Path) -> None:
    item = _import(dossier, THREAT)
    out = tmp_path / "taken.eml"
    out.write_bytes(b"hers")
    done = dossier("abuse-report", item, "--out", out)
    assert done.code == 2
    assert out.read_bytes() == b"hers"
    assert done.err.count("\n") == 1
    assert "already exists" in done.err


def test_an_item_that_is_not_an_email_is_refused(dossier: Dossier, tmp_path: Path) -> None:
    item = _import(dossier, CORPUS / "notes" / "journal.txt")
    out = tmp_path / "x.eml"
    done = dossier("abuse-report", item, "--out", out)
    assert done.code == 2
    assert "is not an e-mail" in done.err
    assert done.err.count("\n") == 1
    assert not out.exists()
    assert dossier("abuse-report", 999, "--out", out).code == 2

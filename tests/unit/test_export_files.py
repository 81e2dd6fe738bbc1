"""Bundle files: safe names, atomic writing, and the standalone verifier."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.export import verify
from app.export.bundle import Bundle
from app.export.errors import ExportError
from app.export.names import MAX_NAME, exhibit_file_name, safe_name

WHEN = datetime(2026, 11, 30, 10, 0)
UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
            *(f"LPT{i}" for i in range(10))}


def assert_portable(name: str) -> None:
    assert name
    assert len(name) <= MAX_NAME
    assert not UNSAFE.search(name)
    assert name == name.rstrip(" .")
    assert not name.startswith((" ", "-", "."))
    assert name.split(".")[0].upper() not in RESERVED
    assert name not in (".", "..")


@pytest.mark.parametrize("hostile", [
    "CON", "con.png", "NUL.txt", "COM1.jpg", "LPT9", "../../etc/passwd", "/etc/shadow",
    "C:\\Windows\\win.ini", 'a<b>:c"d|e?f*g.png', "bell\x07.png", "line\nbreak.txt",
    "trailing. . .", "   ", "", ".", "..", "\u202egnp.exe", "x" * 400 + ".png",
    "é" * 300, "-rf.png", "Capture d\u2019écran 2026-11-06 à 21.14.55.png",
    "- Capture.png", "-.-x", ". -. y",
])
def test_hostile_names_become_portable(hostile: str) -> None:
    assert_portable(safe_name(hostile))
    assert_portable(exhibit_file_name("P001", hostile))
    assert exhibit_file_name("P001", hostile).startswith("P001_")


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=0, max_size=300))
def test_any_name_becomes_portable(name: str) -> None:
    assert_portable(safe_name(name))


def test_a_long_name_keeps_its_extension() -> None:
    assert safe_name("a" * 500 + ".jpeg").endswith(".jpeg")
    assert safe_name("Capture d\u2019écran.png") == "Capture d'écran.png"


def test_a_leading_dash_leaves_no_leading_space() -> None:
    # Found by Hypothesis: stripping the dash uncovered the space after it.
    assert safe_name("- Capture.png") == "Capture.png"
    assert safe_name("-.-x") == "x"


@pytest.mark.parametrize("as_zip", [False, True])
def test_a_bundle_appears_only_when_finished(tmp_path: Path, as_zip: bool) -> None:
    destination = tmp_path / ("out.zip" if as_zip else "out")
    bundle = Bundle(destination, as_zip, WHEN)
    bundle.write("originals/P001_a.png", b"\x89PNG first")
    bundle.write("notes.txt", "été\n".encode())
    assert not destination.exists()
    fingerprint = bundle.finish()
    assert destination.exists()
    assert [p.name for p in tmp_path.iterdir()] == [destination.name]  # no leftovers
    sums = _read(destination, "SHA256SUMS")
    assert fingerprint == hashlib.sha256(sums).hexdigest()
    notes, png = "été\n".encode(), b"\x89PNG first"
    assert sums.decode().splitlines() == [
        f"{hashlib.sha256(notes).hexdigest()}  notes.txt",
        f"{hashlib.sha256(png).hexdigest()}  originals/P001_a.png"]
    assert oct(destination.stat().st_mode & 0o777) == ("0o600" if as_zip else "0o700")
    assert verify.verify(destination).ok


@pytest.mark.parametrize("as_zip", [False, True])
def test_a_failure_midway_leaves_nothing(tmp_path: Path, as_zip: bool) -> None:
    destination = tmp_path / ("out.zip" if as_zip else "out")
    bundle = Bundle(destination, as_zip, WHEN)
    def crash_while_writing() -> None:
        with bundle.file("big.bin") as stream:
            stream.write(b"x" * 1000)
            raise RuntimeError("crash while writing")

    with pytest.raises(RuntimeError, match="crash while writing"):
        crash_while_writing()
    bundle.abort()
    assert list(tmp_path.iterdir()) == []


def test_an_existing_destination_is_never_replaced(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("mine")
    with pytest.raises(ExportError, match="already exists"):
        Bundle(tmp_path / "out", False, WHEN)
    assert (tmp_path / "out" / "keep.txt").read_text() == "mine"


def test_unsafe_entry_names_are_refused(tmp_path: Path) -> None:
    bundle = Bundle(tmp_path / "out.zip", True, WHEN)
    for name in ("/abs.txt", "../up.txt", "a/../../b", "SHA256SUMS", "a\\b"):
        with pytest.raises(ValueError, match="unsafe bundle entry"):
            bundle.write(name, b"x")
    bundle.abort()


def _read(bundle: Path, name: str) -> bytes:
    if bundle.is_dir():
        return (bundle / name).read_bytes()
    with zipfile.ZipFile(bundle) as archive:
        return archive.read(name)


def _bundle(tmp_path: Path, as_zip: bool) -> Path:
    destination = tmp_path / ("b.zip" if as_zip else "b")
    bundle = Bundle(destination, as_zip, WHEN)
    bundle.write("originals/P001_capture.png", b"screenshot bytes")
    bundle.write("originals/P002_mail.eml", b"From: x\r\n\r\nbody")
    bundle.write("Rapport.pdf", b"%PDF-1.7 report")
    bundle.finish()
    return destination


def test_the_verifier_names_each_changed_missing_and_added_file(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, as_zip=False)
    (bundle / "originals" / "P001_capture.png").write_bytes(b"edited screenshot")
    (bundle / "originals" / "P002_mail.eml").unlink()
    (bundle / "originals" / "P003_extra.png").write_bytes(b"slipped in")
    findings = verify.verify(bundle)
    assert not findings.ok
    assert findings.changed == ["originals/P001_capture.png"]
    assert findings.missing == ["originals/P002_mail.eml"]
    assert findings.added == ["originals/P003_extra.png"]
    assert findings.intact == ["Rapport.pdf"]


def test_the_verifier_reads_a_zip_and_notices_a_changed_entry(tmp_path: Path) -> None:
    original = _bundle(tmp_path, as_zip=True)
    assert verify.verify(original).ok
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(tampered, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, b"%PDF-1.7 forged" if info.filename == "Rapport.pdf" else data)
    findings = verify.verify(tampered)
    assert findings.changed == ["Rapport.pdf"]
    assert not findings.ok


def test_the_verifier_refuses_lines_that_climb_out(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, as_zip=False)
    sums = bundle / "SHA256SUMS"
    sums.write_text(sums.read_text() + f"{'0' * 64}  ../../etc/passwd\n{'0' * 64}  /etc/hosts\n")
    findings = verify.verify(bundle)
    assert len(findings.unreadable) == 2
    assert not findings.ok


def test_sha256sum_agrees_with_the_bundle(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, as_zip=False)
    done = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=bundle, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count(": OK") == 3


def test_the_standalone_verifier_needs_only_the_standard_library(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, as_zip=False)
    script = tmp_path / "verify.py"
    script.write_bytes(Path(verify.__file__).read_bytes())
    env = {"PATH": os.environ["PATH"]}  # no PYTHONPATH, no venv site-packages (-I -S)
    run = [sys.executable, "-I", "-S", str(script), str(bundle)]
    assert subprocess.run(run, env=env, capture_output=True, check=False).returncode == 0
    (bundle / "Rapport.pdf").write_bytes(b"changed")
    done = subprocess.run(run, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "Rapport.pdf" in done.stdout
    done = subprocess.run([*run[:-1], str(tmp_path / "nothing")], env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 2

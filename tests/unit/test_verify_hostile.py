"""The bundle checker (``dossier verify`` and the bundle's own ``verify.py``) faced with
bundles built to fool or trap it: duplicate ZIP entries, a ZIP bomb, pipes and links
where files are expected, encrypted or broken members."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from app.export import verify
from app.export.bundle import Bundle

WHEN = datetime(2026, 11, 30, 10, 0)
GENUINE = b"%PDF-1.7 genuine report"


def _folder(tmp_path: Path) -> Path:
    destination = tmp_path / "b"
    bundle = Bundle(destination, False, WHEN)
    bundle.write("originals/P001_capture.png", b"screenshot bytes")
    bundle.write("Report.pdf", GENUINE)
    bundle.finish()
    return destination


def _zip(tmp_path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    """A ZIP written entry by entry, as a forger would, duplicates and all."""
    archive = tmp_path / "forged.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            target.writestr(name, data)
    return archive


def _sums(**files: bytes) -> bytes:
    return "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n"
                   for name, data in files.items()).encode()


def _standalone(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "verify.py"
    script.write_bytes(Path(verify.__file__).read_bytes())
    return subprocess.run([sys.executable, "-I", "-S", str(script), *map(str, args)],
                          env={"PATH": os.environ["PATH"]}, capture_output=True, text=True,
                          check=False, timeout=60)


@pytest.mark.filterwarnings("ignore:Duplicate name:UserWarning")
def test_a_duplicate_entry_ahead_of_the_genuine_one_is_refused(tmp_path: Path) -> None:
    # unzip and 7-Zip show the last entry of a name, zipfile reads the first one: both
    # checkers once said "OK" while the person opening the ZIP saw the forged report.
    archive = _zip(tmp_path, [("Report.pdf", b"%PDF-1.7 forged"), ("Report.pdf", GENUINE),
                              ("SHA256SUMS", _sums(**{"Report.pdf": GENUINE}))])
    findings = verify.verify(archive)
    assert not findings.ok
    assert any("Report.pdf" in line for line in findings.refused)
    done = _standalone(tmp_path, archive)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "REFUSED / REFUSÉ: Report.pdf" in done.stdout
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("twin", ["report.PDF", "Report.pdf.", "Re\u0301port.pdf"])
def test_names_that_collide_by_case_or_unicode_are_refused(tmp_path: Path, twin: str) -> None:
    # "Réport" written composed and decomposed, or in two cases, is one file on macOS
    # and Windows: the one extracted last wins there.
    name = "R\u00e9port.pdf" if "\u0301" in twin else "Report.pdf"
    archive = _zip(tmp_path, [(name, GENUINE), (twin, b"forged"),
                              ("SHA256SUMS", _sums(**{name: GENUINE}))])
    findings = verify.verify(archive)
    assert not findings.ok
    assert len(findings.refused) == 2


def test_a_sums_bomb_is_refused_without_inflating_it(tmp_path: Path) -> None:
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target, \
            target.open("SHA256SUMS", "w", force_zip64=True) as sums:
        block = b"0" * (1 << 20)
        for _ in range((verify.MAX_SUMS >> 20) + 8):
            sums.write(block)
    assert archive.stat().st_size < 1 << 20
    done = _standalone(tmp_path, archive)
    assert done.returncode == 2
    assert "larger than any bundle" in done.stderr


def test_encrypted_unknown_and_broken_members_are_reported_not_crashed(tmp_path: Path) -> None:
    archive = _zip(tmp_path, [("a.txt", b"alpha" * 100), ("b.txt", b"beta" * 100),
                              ("c.txt", b"gamma" * 100),
                              ("SHA256SUMS", _sums(**{"a.txt": b"alpha" * 100,
                                                      "b.txt": b"beta" * 100,
                                                      "c.txt": b"gamma" * 100}))])
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as opened:
        infos = {info.filename: info for info in opened.infolist()}
    # a.txt: the "encrypted" flag in both headers; b.txt: an unknown method (99);
    # c.txt: a byte of its compressed data flipped (a bad CRC or a broken stream).
    for where in (infos["a.txt"].header_offset + 6, _central(data, b"a.txt") + 8):
        data[where] |= 1
    for where in (infos["b.txt"].header_offset + 8, _central(data, b"b.txt") + 10):
        data[where] = 99
    data[infos["c.txt"].header_offset + 30 + len("c.txt") + 2] ^= 0xFF
    archive.write_bytes(bytes(data))
    findings = verify.verify(archive)
    assert sorted(findings.refused) == ["a.txt (encrypted)", "b.txt (unknown compression)"]
    assert findings.changed == ["c.txt"]
    done = _standalone(tmp_path, archive)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "CHANGED / MODIFIÉ: c.txt" in done.stdout


def _central(data: bytearray, name: bytes) -> int:
    """Offset of the central directory record naming ``name``."""
    at = data.find(b"PK\x01\x02" + b"", 0)
    while at >= 0:
        length = int.from_bytes(data[at + 28:at + 30], "little")
        if data[at + 46:at + 46 + length] == name:
            return at
        at = data.find(b"PK\x01\x02", at + 4)
    raise AssertionError(name)


def test_a_fifo_for_sums_does_not_hang(tmp_path: Path) -> None:
    bundle = _folder(tmp_path)
    (bundle / "SHA256SUMS").unlink()
    os.mkfifo(bundle / "SHA256SUMS")
    done = _standalone(tmp_path, bundle)  # the timeout fails the test if it blocks
    assert done.returncode == 2
    assert "not a plain file" in done.stderr


def test_sums_linked_to_dev_zero_is_not_read(tmp_path: Path) -> None:
    bundle = _folder(tmp_path)
    (bundle / "SHA256SUMS").unlink()
    (bundle / "SHA256SUMS").symlink_to("/dev/zero")
    done = _standalone(tmp_path, bundle)
    assert done.returncode == 2


def test_a_fifo_or_device_link_in_place_of_an_original_counts_as_changed(
        tmp_path: Path) -> None:
    bundle = _folder(tmp_path)
    (bundle / "Report.pdf").unlink()
    os.mkfifo(bundle / "Report.pdf")
    (bundle / "originals" / "P001_capture.png").unlink()
    (bundle / "originals" / "P001_capture.png").symlink_to("/dev/zero")
    findings = verify.verify(bundle)
    assert sorted(findings.changed) == ["Report.pdf", "originals/P001_capture.png"]


def test_a_linked_originals_folder_is_never_read_outside_the_bundle(tmp_path: Path) -> None:
    bundle = _folder(tmp_path)
    outside = tmp_path / "elsewhere"
    (bundle / "originals").rename(outside)
    (bundle / "originals").symlink_to(outside, target_is_directory=True)
    findings = verify.verify(bundle)
    assert findings.changed == ["originals/P001_capture.png"]
    assert findings.added == ["originals"]
    assert not findings.ok


def test_the_fingerprint_is_printed_and_checked(tmp_path: Path) -> None:
    bundle = _folder(tmp_path)
    fingerprint = hashlib.sha256((bundle / "SHA256SUMS").read_bytes()).hexdigest()
    done = _standalone(tmp_path, bundle, "--fingerprint", fingerprint.upper())
    assert done.returncode == 0, done.stdout
    assert fingerprint in done.stdout
    done = _standalone(tmp_path, bundle, "--fingerprint", "0" * 64)
    assert done.returncode == 1
    assert "FINGERPRINT DIFFERS" in done.stdout
    assert "NOT THE BUNDLE SENT" in done.stdout
    assert verify.verify(bundle, fingerprint).ok


def test_a_special_file_member_is_refused(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("Report.pdf")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    archive = _zip(tmp_path, [(link, b"/etc/passwd"),
                              ("SHA256SUMS", _sums(**{"Report.pdf": b"/etc/passwd"}))])
    findings = verify.verify(archive)
    assert findings.refused == ["Report.pdf (a link or special file)"]
    assert not findings.ok

"""``dossier export`` and ``dossier verify`` end to end, checked with tools nobody here
wrote: sha256sum, unzip, qpdf and poppler."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from tests.cli.conftest import Dossier, make_vault
from tests.cli.test_robustness import tmpfs
from tests.conftest import CORPUS

GOOD = [CORPUS / "screenshots", CORPUS / "email", CORPUS / "pdf", CORPUS / "chat",
        CORPUS / "web", CORPUS / "notes", CORPUS / "audio", CORPUS / "photos"]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Dossier:
    """One vault holding the corpus (and a few hostile names), shared by the tests that
    only read it; each export goes to a new path."""
    root = tmp_path_factory.mktemp("export")
    (root / "tmp").mkdir()
    dossier = Dossier(make_vault(root / "case.dossier"), root / "tmp")
    hostile = root / "hostile"
    hostile.mkdir()
    png = (CORPUS / "screenshots" / "IMG_0412.PNG").read_bytes()
    for name in ("CON.png", 'a<b>:c"d|e?f*.png', "bell\x07.png", "trailing. ."):
        (hostile / name).write_bytes(png + name.encode())  # distinct bytes, no duplicates
    done = dossier("import", *GOOD, hostile, "--case", "Affaire Ombre")
    assert done.code == 0, done.err
    return dossier


def export(dossier: Dossier, out: Path, *args: str) -> dict:
    done = dossier("export", "--out", out, "--json", *args, timeout=300)
    assert done.code == 0, done.err
    return json.loads(done.out)


def tool(*command: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(part) for part in command], cwd=cwd, capture_output=True,
                          text=True, check=False)


def test_a_lawyer_bundle_checks_out_with_sha256sum_qpdf_and_poppler(filled: Dossier,
                                                                    tmp_path: Path) -> None:
    bundle = tmp_path / "Dossier-avocat"
    result = export(filled, bundle, "--prefix", "OMBRE")
    sums = (bundle / "SHA256SUMS").read_bytes()
    assert result["fingerprint"] == hashlib.sha256(sums).hexdigest()
    checked = tool("sha256sum", "-c", "--strict", "SHA256SUMS", cwd=bundle)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    listed = {line.split("  ", 1)[1] for line in sums.decode().splitlines()}
    present = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    assert listed == present - {"SHA256SUMS"}  # every other file, nothing more
    for name in ("Rapport.pdf", "manifest.json", "manifest.csv", "custody.json",
                 "README-FR.txt", "README-EN.txt", "verify.py"):
        assert name in listed
    assert tool("qpdf", "--check", bundle / "Rapport.pdf").returncode == 0
    text = tool("pdftotext", "-layout", bundle / "Rapport.pdf", "-").stdout
    assert "Bordereau de communication de pièces" in text
    assert "OMBRE-000001" in text
    assert "actes relevés" in text  # the summary the command line prefills
    assert tool(sys.executable, "-I", "-S", "verify.py", cwd=bundle).returncode == 0


def test_originals_are_byte_for_byte_and_named_by_exhibit(filled: Dossier,
                                                          tmp_path: Path) -> None:
    bundle = tmp_path / "b"
    export(filled, bundle)
    manifest = json.loads((bundle / "manifest.json").read_text())
    exhibits = manifest["exhibits"]
    assert len(exhibits) >= 20
    names = [Path(e["file"]).name for e in exhibits]
    assert all(re.fullmatch(r"P\d{3}(-\d+)?_.+", name) for name in names)
    unsafe = re.compile(r'[<>:"\\|?*\x00-\x1f]|^(CON|NUL|PRN|AUX)(\.|$)|[ .]$', re.IGNORECASE)
    assert not [name for name in names if unsafe.search(name)]
    for exhibit in exhibits:
        data = (bundle / exhibit["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == exhibit["sha256"]
    moments = [datetime.fromisoformat(e["captured_at"]) for e in exhibits if not e["parent"]]
    assert moments == sorted(moments)  # the bordereau runs in time order
    csv_text = (bundle / "manifest.csv").read_text(encoding="utf-8-sig")
    assert csv_text.splitlines()[0].startswith("label,parent,title")


def test_the_export_is_in_the_custody_log(filled: Dossier, tmp_path: Path) -> None:
    result = export(filled, tmp_path / "logged", "--recipient", "platform",
                    "--platform", "Instagram")
    entries = [json.loads(line) for line in filled("log", "--json").out.splitlines()]
    exported = [e for e in entries if e["action"] == "exported"]
    assert exported[-1]["details"]["fingerprint"] == result["fingerprint"]
    assert exported[-1]["details"]["recipient"] == "platform"
    assert exported[-1]["details"]["platform"] == "Instagram"
    assert exported[-1]["details"]["bundle"] == "logged"


def test_a_zip_bundle_passes_unzip_and_verify(filled: Dossier, tmp_path: Path) -> None:
    archive = tmp_path / "bundle.zip"
    export(filled, archive, "--zip", "--lang", "en", "--recipient", "police")
    assert tool("unzip", "-tq", archive).returncode == 0
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
        assert "Letter-to-the-prosecutor.docx" in names
        assert "Report.pdf" in names
        report = opened.read("Report.pdf")
    assert not [n for n in names if n.startswith("/") or ".." in n.split("/")]
    verified = filled("verify", archive)
    assert verified.code == 0
    assert "OK" in verified.out
    (tmp_path / "r.pdf").write_bytes(report)
    assert "Exhibit 1" in tool("pdftotext", tmp_path / "r.pdf", "-").stdout


def test_verify_names_each_changed_missing_or_added_file(filled: Dossier,
                                                         tmp_path: Path) -> None:
    bundle = tmp_path / "b"
    export(filled, bundle, "--no-originals")
    assert not (bundle / "originals").exists()
    (bundle / "manifest.csv").write_text("forged")
    (bundle / "README-EN.txt").unlink()
    (bundle / "extra.txt").write_text("slipped in")
    done = filled("verify", bundle)
    assert done.code == 1
    assert "CHANGED / MODIFIÉ: manifest.csv" in done.out
    assert "MISSING / MANQUANT: README-EN.txt" in done.out
    assert "ADDED / AJOUTÉ: extra.txt" in done.out
    assert filled("verify", tmp_path / "nowhere").code == 2


def test_dates_and_tags_narrow_the_exhibits(filled: Dossier, tmp_path: Path) -> None:
    export(filled, tmp_path / "week", "--from", "2026-11-05", "--to", "2026-11-06",
           "--no-originals")
    exhibits = json.loads((tmp_path / "week" / "manifest.json").read_text())["exhibits"]
    days = {e["captured_at"][:10] for e in exhibits if not e["parent"]}
    assert days
    assert days <= {"2026-11-05", "2026-11-06"}
    assert filled("export", "--out", tmp_path / "x", "--tag", "nope").code == 2
    empty = filled("export", "--out", tmp_path / "none", "--from", "2031-01-01")
    assert empty.code == 1
    assert "nothing to export" in empty.err
    assert not (tmp_path / "none").exists()


def test_an_existing_bundle_is_never_replaced(filled: Dossier, tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    done = filled("export", "--out", tmp_path / "taken")
    assert done.code == 1
    assert "already exists" in done.err
    assert list((tmp_path / "taken").iterdir()) == []


@pytest.mark.slow
def test_a_full_disk_is_one_clear_error_and_leaves_nothing(tmp_path: Path) -> None:
    dossier = Dossier(make_vault(tmp_path / "v.dossier"), tmp_path)
    big = tmp_path / "big"
    big.mkdir()
    for index in range(3):  # 3 MiB of distinct noise: more than the 2 MiB disk below
        (big / f"noise{index}.bin").write_bytes(bytes(range(256)) * 4096 + bytes([index]))
    assert dossier("import", big).code == 0
    with tmpfs(tmp_path / "usb", "2m") as usb:
        done = dossier("export", "--out", usb / "bundle")
        assert done.code == 1
        assert "disk is full" in done.err
        assert "Traceback" not in done.err
        assert list(usb.iterdir()) == []
    log = [json.loads(line) for line in dossier("log", "--json").out.splitlines()]
    assert not [e for e in log if e["action"] == "exported"]


def test_a_copied_bundle_still_verifies(filled: Dossier, tmp_path: Path) -> None:
    bundle = tmp_path / "b"
    export(filled, bundle, "--no-originals")
    moved = shutil.copytree(bundle, tmp_path / "on-a-usb-stick")
    assert filled("verify", moved).code == 0

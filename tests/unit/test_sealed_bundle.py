"""A sealed ZIP bundle is written as a stream: a large original never sits in memory,
and its recorded hash is the plain file's, which 7-Zip gives back."""

from __future__ import annotations

import hashlib
import shutil
import tracemalloc
from datetime import datetime
from pathlib import Path

import pytest

from app.export.bundle import Bundle
from tests.cli.test_export_sealed import entries, seven_zip

MB = 1 << 20


@pytest.mark.skipif(shutil.which("7z") is None, reason="7-Zip (7z) is needed")
def test_a_large_file_is_sealed_in_bounded_memory(tmp_path: Path) -> None:
    destination = tmp_path / "b.zip"
    bundle = Bundle(destination, as_zip=True, when=datetime(2026, 11, 5, 14, 30),
                    password="pass word")
    plain = hashlib.sha256()
    block = bytes(range(256)) * 4096  # 1 MiB that deflates, as a video would not
    tracemalloc.start()
    try:
        with bundle.file("originals/P001_big.bin") as stream:
            for number in range(32):
                chunk = block[number:] + block[:number]
                stream.write(chunk)
                plain.update(chunk)
        bundle.write("README-EN.txt", b"how to open it", clear=True)
        bundle.finish()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * MB  # 32 MiB went through
    assert bundle.sums["originals/P001_big.bin"] == plain.hexdigest()
    out = tmp_path / "out"
    done = seven_zip("x", "-ppass word", f"-o{out}", destination)
    assert done.returncode == 0, done.stdout
    extracted = (out / "originals" / "P001_big.bin").read_bytes()
    assert hashlib.sha256(extracted).hexdigest() == plain.hexdigest()
    listed = entries(destination)
    assert listed["originals/P001_big.bin"]["Encrypted"] == "+"
    assert listed["SHA256SUMS"]["Encrypted"] == "+"
    assert listed["README-EN.txt"]["Encrypted"] == "-"

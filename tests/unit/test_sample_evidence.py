"""The generated sample evidence (tests/samples/): every file of the corpus is written,
owner-only, with the same bytes on every run, and the importer finds in each what the
corpus README promises."""

from __future__ import annotations

import hashlib
import stat
import tracemalloc
import zlib
from pathlib import Path

import pytest

from tests.samples.corpus import write_corpus
from tests.samples.facts import FACTS, FILES, REFUSED_FILES, import_corpus, mismatches
from tests.samples.folder import Folder
from tests.samples.hostile import bomb


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` and the SHA-256 of its bytes."""
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in folder.rglob("*") if path.is_file()}


def test_every_file_of_the_corpus_is_written(corpus: Path) -> None:
    assert set(tree(corpus)) == FILES


def test_files_and_folders_are_owner_only(corpus: Path) -> None:
    modes = {path.relative_to(corpus).as_posix(): stat.S_IMODE(path.stat().st_mode)
             for path in [corpus, *corpus.rglob("*")]}
    assert {name: mode for name, mode in modes.items()
            if mode != (0o700 if (corpus / name).is_dir() else 0o600)} == {}


def test_a_second_run_writes_the_same_bytes(corpus: Path, tmp_path: Path) -> None:
    """Hashes are stable, so duplicates and fingerprints behave alike on every machine:
    the AES-256 PDF's salts and IVs included."""
    assert tree(write_corpus(tmp_path / "again")) == tree(corpus)


def test_names_keep_their_unusual_characters(corpus: Path) -> None:
    names = {path.name for path in (corpus / "screenshots").iterdir()}
    assert "Capture d\u2019écran 2026-11-06 à 21.14.55.png" in names  # U+2019 apostrophe
    assert "Screenshot 2026-11-07 at 9.02.10\u202fAM.png" in names  # U+202F before AM


def test_the_bomb_is_written_in_bounded_memory(tmp_path: Path) -> None:
    """450 MB of pixels compress to about 440 KB; the writer never holds the pixels."""
    tracemalloc.start()
    try:
        path = Folder(tmp_path).put_chunks("bomb.png", bomb(60_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 32 * 1024 * 1024, peak
    assert 400_000 < path.stat().st_size < 500_000
    header = path.read_bytes()[:33]
    assert header[12:16] == b"IHDR"
    assert header[16:24] == (60_000).to_bytes(4, "big") * 2
    assert header[24:26] == b"\x01\x00"  # 1 bit per pixel, greyscale


@pytest.fixture(scope="module")
def imported(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return import_corpus(corpus, tmp_path_factory.mktemp("sample_facts"))


@pytest.mark.parametrize("relative", sorted(FACTS))
def test_the_importer_finds_what_the_readme_promises(imported, relative: str) -> None:
    found = imported[relative]
    assert not isinstance(found, str), f"{relative} refused: {found}"
    assert mismatches(relative, FACTS[relative], found) == []


@pytest.mark.parametrize(("relative", "why"), sorted(REFUSED_FILES.items()))
def test_the_empty_file_is_refused(imported, relative: str, why: str) -> None:
    assert isinstance(imported[relative], str)
    assert why in imported[relative]


@pytest.mark.parametrize("side", [60_000, 2_500])  # whole blocks of rows, and a remainder
def test_the_bomb_inflates_to_exactly_its_rows(tmp_path: Path, side: int) -> None:
    """Its compressed pixels are one valid zlib stream (zlib checks the Adler-32 at its end)
    holding side rows of 1 + side / 8 zero bytes, inflated here a bounded piece at a time."""
    data = b"".join(bomb(side, rows_per_block=1000))
    start = data.index(b"IDAT") + 4
    length = int.from_bytes(data[start - 8:start - 4], "big")
    inflater = zlib.decompressobj()
    pending, total = data[start:start + length], 0
    while pending:
        piece = inflater.decompress(pending, 1 << 22)
        assert not piece.strip(b"\x00")
        total += len(piece)
        pending = inflater.unconsumed_tail
    assert inflater.eof
    assert total == side * (1 + (side + 7) // 8)

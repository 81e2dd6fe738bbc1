"""Hostile things in a dropped folder (issue 12): links out of it, links to the vault,
pipes, devices, files that grow while read, names that are not UTF-8.

Real vaults, real links, real pipes; every fixture is built here in tmp_path.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.case import cases, evidence
from app.importing import opening
from app.importing.pipeline import REFUSED, STORED, Importer, Outcome
from app.vault import keys
from app.vault.vault import Vault

SECRET = b"root:x:0:0:the contents of a file outside the folder\n"


@pytest.fixture
def case(tmp_path: Path):
    with Vault.create(tmp_path / "v.dossier", "pass", kdf=keys.KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case_id = cases.find_or_create(db, "Ombre").id
        yield vault, case_id


class Blocked(Exception):
    pass


@contextlib.contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail, rather than hang, if the work inside blocks (on a pipe, on /dev/zero)."""
    def interrupt(_signal: int, _frame: object) -> None:
        raise Blocked(f"still blocked after {seconds} s")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run(vault: Vault, case_id: int, *paths: Path, seconds: int = 60) -> list[Outcome]:
    with deadline(seconds):
        return list(Importer(vault, case_id).run(list(paths)))


def by_name(outcomes: list[Outcome]) -> dict[str, Outcome]:
    return {Path(outcome.path).name: outcome for outcome in outcomes}


def stored_bytes(vault: Vault) -> list[bytes]:
    return [bytes(row[0]) for row in vault.db.execute("SELECT data FROM chunks")]


def test_a_link_that_leaves_the_dropped_folder_is_refused_with_a_reason(case, tmp_path) -> None:
    vault, case_id = case
    outside = tmp_path / "passwd"
    outside.write_bytes(SECRET)
    folder = tmp_path / "dropped"
    folder.mkdir()
    (folder / "a.txt").symlink_to(outside)
    (folder / "note.txt").write_text("menaces du 3 novembre")
    (folder / "same.txt").symlink_to(folder / "note.txt")  # stays inside: it is kept

    outcomes = by_name(run(vault, case_id, folder))

    assert outcomes["a.txt"].status == REFUSED
    assert "leads out of the folder" in outcomes["a.txt"].reason
    assert outcomes["note.txt"].status == STORED
    assert outcomes["same.txt"].status != REFUSED  # the same bytes: a duplicate
    assert not any(SECRET in data for data in stored_bytes(vault))


def test_the_vault_and_its_side_files_are_never_imported_whatever_their_name(
        case, tmp_path) -> None:
    vault, case_id = case
    folder = tmp_path / "dropped"
    folder.mkdir()
    # A link inside the folder to the vault, a hard link (another name, the same inode),
    # and the vault itself dropped with the folder that holds it.
    vault_copy = folder / "Dossier"
    vault_copy.mkdir()
    os.link(vault.path, vault_copy / "photo.jpg")
    (folder / "photo2.jpg").symlink_to(vault_copy / "photo.jpg")
    journal = vault.path.with_name(vault.path.name + "-journal")
    journal.write_bytes(b"a journal SQLite would write")
    before = vault.path.stat().st_size

    outcomes = run(vault, case_id, folder, vault.path, journal, seconds=30)

    assert [outcome.status for outcome in outcomes] == [REFUSED] * 4
    assert all("own vault file" in outcome.reason for outcome in outcomes)
    assert vault.path.stat().st_size == before


def test_a_pipe_or_a_device_where_a_file_is_expected_is_refused_without_blocking(
        case, tmp_path) -> None:
    vault, case_id = case
    folder = tmp_path / "dropped"
    folder.mkdir()
    os.mkfifo(folder / "pipe.jpg")
    (folder / "zero.jpg").symlink_to("/dev/zero")
    named_zero = tmp_path / "zero.eml"
    named_zero.symlink_to("/dev/zero")

    outcomes = by_name(run(vault, case_id, folder, named_zero, seconds=20))

    assert outcomes["pipe.jpg"].status == REFUSED
    assert "not a regular file" in outcomes["pipe.jpg"].reason
    assert outcomes["zero.jpg"].status == REFUSED  # it leaves the folder
    assert outcomes["zero.eml"].status == REFUSED  # named itself: still not a file
    assert "not a regular file" in outcomes["zero.eml"].reason


def test_a_file_swapped_for_a_pipe_after_its_check_is_refused_without_blocking(
        tmp_path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8 a picture")
    checked = opening.check(opening.Dropped(path), [])
    path.unlink()
    os.mkfifo(path)
    refusal: list[str] = []
    with deadline(10):
        try:
            checked.open().close()
        except opening.Refused as refused:
            refusal.append(refused.reason)
    assert refusal
    assert "not a regular file" in refusal[0]


def test_a_file_is_read_only_up_to_the_size_it_had_when_checked(tmp_path) -> None:
    path = tmp_path / "growing.log"
    path.write_bytes(b"first line\n")
    checked = opening.check(opening.Dropped(path), [])
    with path.open("ab") as more:  # the vault, a download, a log: it grows as it is read
        more.write(b"x" * (3 << 20))
    with checked.open() as stream:
        assert stream.read() == b"first line\n"


def test_a_name_that_is_not_utf8_is_stored_readable_with_its_bytes_kept(case, tmp_path) -> None:
    vault, case_id = case
    folder = tmp_path / "dropped"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/capture \xe9cran\xff.txt"
    with open(raw, "wb") as file:
        file.write(b"tu vas le regretter")

    [outcome] = run(vault, case_id, folder)

    assert outcome.status == STORED, outcome.reason
    assert outcome.path.endswith("capture \ufffdcran\ufffd.txt")
    details = evidence.details(vault.db, outcome.item_ids[0])
    assert details is not None
    assert details.item.original_name == "capture \ufffdcran\ufffd.txt"
    assert dict(details.metadata)["file.name_bytes"] == "capture \\xe9cran\\xff.txt"


def test_a_checked_file_seeks_within_its_size_as_readers_need(tmp_path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"0123456789")
    checked = opening.check(opening.Dropped(path), [])
    with path.open("ab") as more:
        more.write(b"grown")
    with checked.open() as stream:
        assert stream.seek(-3, os.SEEK_END) == 7
        assert stream.read() == b"789"
        stream.seek(2)
        assert stream.read(3) == b"234"
        assert stream.tell() == 5

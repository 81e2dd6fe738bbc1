"""Readers run in a child process (issue 6): a reader that crashes, hangs or eats memory
costs one file its description, never the import, the app or what the vault holds.

Real SQLCipher vaults, real child processes; the hostile readers live in
``tests/unit/sandbox_readers.py``, which the child imports by name.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from app.case import cases, evidence
from app.importing import formats, sandbox
from app.importing.formats.base import UNREADABLE
from app.importing.pipeline import STORED, Importer
from app.importing.sandbox import MIB, Limits, Sandbox
from app.vault import keys
from app.vault.vault import Vault
from tests.conftest import CORPUS, ROOT

HOSTILE_READER = "tests.unit.sandbox_readers:read"
SECONDS = 2.0  # the time limit under test; a real file reads in milliseconds
MEMORY = 512 * MIB  # the interpreter with Pillow and pypdf maps about 200 MiB of it
NOTE = CORPUS / "notes" / "journal.txt"
PHOTO = CORPUS / "photos" / "photo_parking.jpg"


@pytest.fixture
def case(tmp_path: Path):
    with Vault.create(tmp_path / "v.dossier", "pass", kdf=keys.KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case_id = cases.find_or_create(db, "Ombre").id
        yield vault, case_id


@pytest.fixture
def hostile() -> Sandbox:
    box = Sandbox(HOSTILE_READER, Limits(seconds=SECONDS, memory=MEMORY))
    yield box
    box.close()


def described(vault: Vault, item_id: int) -> tuple[evidence.EvidenceItem, dict[str, str]]:
    details = evidence.details(vault.db, item_id)
    return details.item, dict(details.metadata)


def reader_pid(vault: Vault, outcome) -> int:
    return int(described(vault, outcome.item_ids[0])[1]["test.reader_pid"])


def test_files_are_read_in_another_process_that_stays_warm(case, hostile: Sandbox) -> None:
    vault, case_id = case
    importer = Importer(vault, case_id, sandbox=hostile)
    photo, note = importer.import_file(PHOTO), importer.import_file(NOTE)
    assert photo.status == note.status == STORED
    _, metadata = described(vault, photo.item_ids[0])
    assert metadata["exif.make"] == "Fairphone"  # the real reader did its work
    assert reader_pid(vault, photo) != os.getpid()
    assert reader_pid(vault, photo) == reader_pid(vault, note)  # one child for both


@pytest.mark.parametrize(("content", "reason"), [
    (b"exit", "its process crashed (exit code 3)"),
    (b"segfault", "its process crashed (signal SIGSEGV)"),
    (b"hang", f"it ran past its time limit of {SECONDS:g} s"),
    (b"hog", f"it needed more than its memory limit of {MEMORY // MIB} MiB"),
    (b"hog caught", f"it needed more than its memory limit of {MEMORY // MIB} MiB"),
], ids=lambda value: value.decode() if isinstance(value, bytes) else "")
def test_a_stopped_reader_leaves_the_file_stored_flagged_and_the_next_one_read(
        case, hostile: Sandbox, tmp_path: Path, content: bytes, reason: str) -> None:
    vault, case_id = case
    importer = Importer(vault, case_id, sandbox=hostile)
    before = importer.import_file(NOTE)
    hostile_file = tmp_path / "notes.txt"
    hostile_file.write_bytes(content + b" and then some words")

    outcome = importer.import_file(hostile_file)
    after = importer.import_file(PHOTO)

    assert outcome.status == STORED
    item, metadata = described(vault, outcome.item_ids[0])
    assert item.sha256 == hashlib.sha256(hostile_file.read_bytes()).hexdigest()
    assert UNREADABLE in item.flags
    assert metadata["text.error"] == f"the reader stopped: {reason}"
    assert after.status == STORED
    assert described(vault, after.item_ids[0])[1]["exif.make"]
    assert reader_pid(vault, after) != reader_pid(vault, before)  # a fresh child
    assert vault.check().ok  # what was there before is untouched


def test_in_memory_imports_go_through_the_child_too(case, hostile: Sandbox) -> None:
    vault, case_id = case
    importer = Importer(vault, case_id, sandbox=hostile)
    pasted = importer.import_data("clipboard.png", PHOTO.read_bytes())
    crashed = importer.import_data("clipboard.txt", b"segfault while pasting")
    assert reader_pid(vault, pasted) != os.getpid()
    item, metadata = described(vault, crashed.item_ids[0])
    assert UNREADABLE in item.flags
    assert "crashed" in metadata["text.error"]


def test_a_subverted_child_cannot_run_code_in_the_parent(case, hostile: Sandbox,
                                                         tmp_path: Path) -> None:
    vault, case_id = case
    canary = tmp_path / "canary"
    outcome = Importer(vault, case_id, sandbox=hostile).import_data(
        "smuggled.txt", b"smuggle " + str(canary).encode())
    assert outcome.status == STORED
    assert not canary.exists()
    _, metadata = described(vault, outcome.item_ids[0])
    assert metadata["text.error"] == "the reader stopped: its answer was not a reading"


def test_a_child_that_left_while_idle_is_replaced(case, monkeypatch) -> None:
    monkeypatch.setattr(sandbox, "IDLE_SECONDS", 1.0)
    box = Sandbox(HOSTILE_READER)
    try:
        vault, case_id = case
        importer = Importer(vault, case_id, sandbox=box)
        first = reader_pid(vault, importer.import_file(NOTE))
        _wait_until_gone(first)
        again = importer.import_file(PHOTO)
        assert described(vault, again.item_ids[0])[1]["exif.make"] == "Fairphone"
        assert reader_pid(vault, again) != first
    finally:
        box.close()


def test_a_reader_that_cannot_start_flags_the_file(case) -> None:
    box = Sandbox("tests.unit.no_such_module:read")
    try:
        vault, case_id = case
        outcome = Importer(vault, case_id, sandbox=box).import_file(NOTE)
        item, metadata = described(vault, outcome.item_ids[0])
        assert outcome.status == STORED
        assert UNREADABLE in item.flags
        assert metadata["text.error"] == "the reader stopped: its process could not be started"
    finally:
        box.close()


def test_binary_data_without_a_reader_starts_no_child(case, hostile: Sandbox) -> None:
    vault, case_id = case
    outcome = Importer(vault, case_id, sandbox=hostile).import_data("x.bin", os.urandom(4096))
    assert outcome.status == STORED
    assert hostile._child is None  # nothing to parse, nothing spawned


def _wait_until_gone(pid: int) -> None:
    """Wait for our own child to exit, without reaping it (multiprocessing does that)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return
        except psutil.NoSuchProcess:
            return
        time.sleep(0.05)
    pytest.fail(f"process {pid} never left")


CHILD_OF_A_KILLED_PARENT = """
from app.importing import formats
from app.importing.sandbox import Limits, Sandbox
box = Sandbox("tests.unit.sandbox_readers:read", Limits(seconds=600))
box.read(formats.sniff(b"hang"), "hang.txt", b"hang", 4)
"""


def test_the_child_leaves_when_its_parent_is_killed_mid_reading() -> None:
    parent = subprocess.Popen([sys.executable, "-c", CHILD_OF_A_KILLED_PARENT], cwd=ROOT,
                              stdin=subprocess.DEVNULL)
    try:
        reader = _reader_child(psutil.Process(parent.pid))
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        _, alive = psutil.wait_procs([reader], timeout=30)
        assert not alive
    finally:
        parent.kill()
        parent.wait()


def _reader_child(parent: psutil.Process) -> psutil.Process:
    """The sandbox child of ``parent`` once it is reading (not the resource tracker)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for child in parent.children():
            try:
                command = " ".join(child.cmdline())
            except psutil.NoSuchProcess:
                continue
            if "spawn_main" in command and child.num_threads() >= 2:  # parent-watch runs
                return child
        time.sleep(0.05)
    pytest.fail("the sandbox child never started")


def test_the_default_limits_grow_with_the_file_up_to_what_a_reader_reads() -> None:
    limits = Limits()
    assert limits.seconds_for(0) == sandbox.TIME_LIMIT
    assert limits.seconds_for(4 * MIB) == sandbox.TIME_LIMIT + 4 * sandbox.SECONDS_PER_MIB
    assert limits.seconds_for(10 << 30) == limits.seconds_for(sandbox.READ_AT_MOST)
    assert formats.has_reader(formats.sniff(b"%PDF-1.7\n"))
    assert not formats.has_reader(formats.sniff(os.urandom(64)))

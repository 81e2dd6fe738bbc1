"""The vault under stress (issue 2): encryption at rest, tampering, SIGKILL in the middle
of an import, a full disk, a read-only disk, and hostile paths.

Real SQLCipher, real `dossier` child processes, real tmpfs mounts (the tests run as root;
the mount tests skip only where mounting is not permitted).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.cli.conftest import Dossier, Result, make_vault
from tests.cli.test_commands import assert_clean_failure, items, ok, sha256
from tests.conftest import CORPUS

MiB = 1024 * 1024
CLIPS = 48  # 2 MiB files for the SIGKILL test

# Strings the corpus holds in plain text (or that its readers extract from it).
PLAINTEXT = [
    b"adresse professionnelle",  # text extracted from a compressed PDF stream
    b"ombre.du.lac",  # e-mail sender
    b"Tu crois que tu peux",  # WhatsApp message
    "marché".encode(),  # note
    b"198.51.100.23",  # originating IP, from the Received header
    b"\x89PNG",  # PNG signature (screenshots, thumbnails)
    b"Fairphone",  # EXIF camera make
]


# -- helpers -------------------------------------------------------------------------------

def random_file(path: Path, size: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(os.urandom(size))
    return path


def vault_files(vault: Path) -> list[Path]:
    """The vault and whatever SQLite keeps beside it (journal, WAL, shared memory)."""
    return [path for path in vault.parent.iterdir() if path.name.startswith(vault.name)]


def files_under(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def leaks(paths: list[Path]) -> list[str]:
    found = []
    for path in paths:
        data = path.read_bytes()
        found += [f"{needle!r} in {path}" for needle in PLAINTEXT if needle in data]
    return found


def assert_sound(dossier: Dossier) -> None:
    result = ok(dossier("check"))
    assert result.out.startswith("The vault is sound"), result.out


def assert_items_whole(dossier: Dossier, sources: dict[str, bytes]) -> list[dict]:
    """Every top-level item's bytes, through `cat`, hash to its sha256 and are exactly
    one of the source files (keyed by SHA-256); returns the items."""
    listed = items(dossier)
    for item in listed:
        if item["parent_id"] is not None:
            continue  # parts are re-hashed by `check`
        data = dossier.cat(item["id"])
        assert sha256(data) == item["sha256"]
        assert len(data) == item["size"]
        assert sources.get(item["sha256"]) == data, f"{item['original_name']} is not whole"
    return listed


def by_hash(paths: list[Path]) -> dict[str, bytes]:
    return {sha256(data): data for data in (path.read_bytes() for path in paths)}


def command(*args: object) -> list[str]:
    """The `dossier` command line, for tests that need the child process itself."""
    return [sys.executable, "-m", "app", *map(str, args)]


def wait_for_a_write(journal: Path, seconds: float = 5.0) -> None:
    """Return as soon as SQLite writes to the rollback journal (a transaction is writing),
    or after ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if journal.exists() and journal.stat().st_size > 0:
            return
        time.sleep(0.0005)


def wait_until_open(pid: int, path: Path, seconds: float = 10.0) -> None:
    """Return once process ``pid`` has ``path`` open (Linux /proc), or fail after ``seconds``."""
    deadline = time.monotonic() + seconds
    descriptors = Path(f"/proc/{pid}/fd")
    while time.monotonic() < deadline:
        for fd in descriptors.iterdir():
            try:
                if Path(os.readlink(fd)) == path:
                    return
            except OSError:
                continue  # closed since listed
        time.sleep(0.0005)
    pytest.fail(f"the import never opened {path.name}")


@contextmanager
def importing(dossier: Dossier, folder: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`dossier import FOLDER --json` running in the background, its lines unbuffered;
    killed on the way out if still running, and never left running past two minutes."""
    with subprocess.Popen(command("import", folder, "--json"), stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                          env={**dossier.env, "PYTHONUNBUFFERED": "1"}) as child:
        watchdog = threading.Timer(120, child.kill)
        watchdog.start()
        try:
            yield child
        finally:
            watchdog.cancel()
            child.kill()


@contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A small RAM file system mounted at ``where`` for the duration."""
    where.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (the CI runs as root)")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                              str(where)], capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"mount is not permitted here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=True)


def remount(where: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(where)], check=True)


# -- encryption at rest --------------------------------------------------------------------

def test_no_plaintext_in_the_vault_its_journal_or_the_temp_folder(dossier: Dossier,
                                                                  tmp_path: Path) -> None:
    scratch = Path(dossier.env["TMPDIR"])
    result = dossier("import", CORPUS, "--json")
    assert result.code == 3, result.err  # only empty.png is refused
    # The needles are really in what was imported, so their absence means something.
    ids = {Path(line["path"]).name: line["id"] for line in result.lines()
           if line["status"] == "stored" and line["parent_id"] is None}
    shown = " ".join(ok(dossier("show", str(ids[name]), "--json")).out for name in (
        "releve_commentaires.pdf", "menace_2026-11-04.eml", "Discussion WhatsApp avec Ombre.txt",
        "journal.txt", "photo_parking.jpg"))
    for needle in PLAINTEXT:
        assert needle == b"\x89PNG" or needle.decode() in shown, needle
    ok(dossier("backup", tmp_path / "copy.dossier"))
    scanned = [*vault_files(dossier.vault), tmp_path / "copy.dossier"]
    assert leaks(scanned + files_under(scratch)) == []
    assert dossier.vault.read_bytes()[:16] != b"SQLite format 3\x00"
    assert list(scratch.iterdir()) == []


# -- tampering -----------------------------------------------------------------------------

@pytest.fixture
def tampered(dossier: Dossier, tmp_path: Path) -> tuple[Dossier, dict, bytes]:
    """A sound vault holding a 3 MiB original, then 16 bytes flipped in the middle of the
    file (a page of that original's chunks). Returns the vault, the item and its bytes."""
    big = random_file(tmp_path / "video.bin", 3 * MiB)
    [line] = ok(dossier("import", big, "--json")).lines()
    assert_sound(dossier)
    data = bytearray(dossier.vault.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 16] = bytes(b ^ 0xA5 for b in data[middle:middle + 16])
    dossier.vault.write_bytes(bytes(data))
    return dossier, line, big.read_bytes()


def test_tampered_vault_fails_check_which_names_the_problems(tampered) -> None:
    dossier, _, _ = tampered
    result = dossier("check")
    assert_clean_failure(result, 1, "problem")
    problems = [row for row in result.out.splitlines() if row.startswith("problem:")]
    assert problems, result.out


def test_cat_of_a_tampered_original_says_the_vault_is_damaged(tampered) -> None:
    dossier, line, original = tampered
    cat = subprocess.run(command("cat", line["id"]), capture_output=True, env=dossier.env,
                         timeout=60, check=False)
    assert cat.returncode == 1, "cat gave out bytes from a tampered page without failing"
    assert cat.stdout != original
    assert_clean_failure(Result(cat.returncode, "", cat.stderr.decode()), 1, "damaged")


# -- SIGKILL in the middle of an import ----------------------------------------------------

@pytest.mark.slow
def test_sigkill_mid_import_leaves_a_sound_vault_of_whole_items(dossier: Dossier,
                                                                tmp_path: Path) -> None:
    folder = tmp_path / "evidence"
    shutil.copytree(CORPUS, folder / "a_corpus")
    for number in range(CLIPS):  # more than one batch of the importer's transactions
        random_file(folder / "b_videos" / f"clip_{number:02}.bin", 2 * MiB)
    sources = by_hash(files_under(folder))
    journal = dossier.vault.with_name(dossier.vault.name + "-journal")

    with importing(dossier, folder) as child:
        assert child.stdout is not None
        first = child.stdout.readline()  # some items are committed and reported
        # Kill while a later batch is being written: its rollback journal is in use,
        # and SQLite must roll it back at the next opening.
        wait_for_a_write(journal)
        child.send_signal(signal.SIGKILL)
        seen = [json.loads(line) for line in [first, *child.stdout]]
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL, "the import ended before it could be killed"
    assert leaks(vault_files(dossier.vault)) == []  # the hot journal is encrypted too

    assert_sound(dossier)
    listed = assert_items_whole(dossier, sources)
    stored_ids = {line["id"] for line in seen if line.get("status") == "stored"}
    assert stored_ids <= {item["id"] for item in listed}  # all that was reported is kept
    big = [item for item in listed if item["original_name"].startswith("clip_")]
    assert 0 < len(big) < CLIPS

    # Importing the folder again finishes the job: nothing twice, nothing missing
    # (`check` re-hashes every original against the sha256 that `list` shows).
    again = dossier("import", folder, "--json")
    assert again.code == 3, again.err  # empty.png, as the first time
    statuses = [line["status"] for line in again.lines()]
    assert statuses.count("duplicate") >= len(big)
    top = [item["sha256"] for item in items(dossier) if item["parent_id"] is None]
    assert sorted(top) == sorted(set(sources) - {sha256(b"")})
    assert_sound(dossier)


# -- full disk -----------------------------------------------------------------------------

@pytest.mark.slow
def test_full_disk_is_one_clear_error_and_loses_nothing(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    big = random_file(tmp_path / "video.mp4.bin", 30 * MiB)
    small = [CORPUS / "notes" / "journal.txt", CORPUS / "photos" / "photo_parking.jpg",
             CORPUS / "email" / "menace_2026-11-04.eml"]
    with tmpfs(tmp_path / "usb", "12m") as usb:
        dossier = Dossier(make_vault(usb / "case.dossier"), scratch)
        ok(dossier("import", *small))
        before = items(dossier)

        result = dossier("import", big, "--json")
        line = assert_clean_failure(result, 1, "disk is full")
        assert "nothing was lost" in line
        assert result.out == ""

        assert items(dossier) == before
        assert_sound(dossier)
        assert_items_whole(dossier, by_hash(small))
        later = random_file(tmp_path / "later.bin", 64 * 1024)  # space came back
        ok(dossier("import", later))
        assert len(items(dossier)) == len(before) + 1
        assert_sound(dossier)
    assert list(scratch.iterdir()) == []


# -- read-only disk ------------------------------------------------------------------------

@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Dossier]:
    """A vault holding one note, on a file system then remounted read-only."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    with tmpfs(tmp_path / "cdrom", "12m") as mount:
        dossier = Dossier(make_vault(mount / "case.dossier"), scratch)
        ok(dossier("import", CORPUS / "notes" / "journal.txt"))
        remount(mount, "ro")
        yield dossier


@pytest.mark.parametrize("args", [("import", CORPUS / "photos" / "photo_parking.jpg"),
                                  ("passwd",)], ids=["import", "passwd"])
def test_changing_a_read_only_vault_is_one_clear_error(read_only: Dossier,
                                                       args: tuple) -> None:
    before = read_only.vault.read_bytes()
    result = read_only(*args, env={"DOSSIER_NEW_PASSPHRASE": "autre phrase"})
    assert_clean_failure(result, 1, "read-only")
    assert result.out == ""
    assert read_only.vault.read_bytes() == before


def test_a_read_only_vault_can_still_be_read(read_only: Dossier) -> None:
    [note] = items(read_only)
    assert read_only.cat(note["id"]) == (CORPUS / "notes" / "journal.txt").read_bytes()
    assert [hit["id"] for hit in ok(read_only("search", "marche", "--json")).lines()] == [
        note["id"]]


def test_check_of_a_read_only_vault_reports_the_check(read_only: Dossier) -> None:
    """A backup on a write-protected stick must still be verifiable: the check itself
    writes nothing, only its custody entry does."""
    result = read_only("check")
    assert "Traceback" not in result.err
    assert result.out.startswith("The vault is sound"), (result.code, result.out, result.err)
    assert result.code == 0


def test_backup_onto_a_read_only_disk_names_the_destination(dossier: Dossier,
                                                            tmp_path: Path) -> None:
    with tmpfs(tmp_path / "cdrom", "4m") as mount:
        remount(mount, "ro")
        result = dossier("backup", mount / "copy.dossier")
    line = assert_clean_failure(result, 1, "read-only")
    assert "backup" in line or "copy.dossier" in line or "destination" in line, line


# -- hostile paths -------------------------------------------------------------------------

@pytest.fixture
def hostile(tmp_path: Path) -> dict[str, Path]:
    """Paths that are not files to import, each made real on disk."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    os.mkfifo(folder / "pipe")
    (folder / "loop").symlink_to(folder, target_is_directory=True)  # a link to its own folder
    (folder / "ping").symlink_to(folder / "pong")  # two links pointing at each other
    (folder / "pong").symlink_to(folder / "ping")
    (folder / "gone").symlink_to(tmp_path / "deleted since")  # its file has disappeared
    return {"pipe": folder / "pipe", "loop": folder / "loop", "ping": folder / "ping",
            "gone": folder / "gone", "missing": tmp_path / "was here a moment ago.png",
            "device": Path("/dev/zero")}


def test_hostile_paths_given_by_name_are_each_refused_with_a_reason(
        dossier: Dossier, hostile: dict[str, Path]) -> None:
    ok(dossier("import", CORPUS / "notes" / "journal.txt"))
    before = items(dossier)
    normal = CORPUS / "photos" / "photo_parking.jpg"
    result = dossier("import", *hostile.values(), normal, "--json", timeout=60)
    assert result.code == 3, result.err
    assert "Traceback" not in result.err
    lines = {line["path"]: line for line in result.lines()}
    for name, path in hostile.items():
        line = lines[str(path)]
        assert line["status"] == "refused", (name, line)
        assert line["reason"], (name, line)
    assert lines[str(normal)]["status"] == "stored"
    after = items(dossier)
    assert all(item in after for item in before)
    assert len(after) == len(before) + 1
    assert_sound(dossier)
    assert_items_whole(dossier, by_hash([CORPUS / "notes" / "journal.txt", normal]))


def test_hostile_entries_inside_a_folder_are_each_refused_with_a_reason(
        dossier: Dossier, hostile: dict[str, Path]) -> None:
    folder = hostile["pipe"].parent
    shutil.copy(CORPUS / "notes" / "journal.txt", folder / "journal.txt")
    result = dossier("import", folder, "--json", timeout=60)
    assert result.code == 3, result.err
    assert "Traceback" not in result.err
    lines = {Path(line["path"]).name: line for line in result.lines()}
    assert lines["journal.txt"]["status"] == "stored"
    for name in ("pipe", "ping", "pong", "gone", "loop"):
        assert name in lines, f"{name} was skipped without a word: {sorted(lines)}"
        assert lines[name]["status"] == "refused", lines[name]
        assert lines[name]["reason"], lines[name]
    assert [item["original_name"] for item in items(dossier)] == ["journal.txt"]
    assert_sound(dossier)


def test_files_that_disappear_during_an_import_are_refused(dossier: Dossier,
                                                           tmp_path: Path) -> None:
    folder = tmp_path / "vanishing"
    first = random_file(folder / "a_first.bin", 32 * MiB)
    paths = [first] + [random_file(folder / f"capture_{n:02}.bin", 64 * 1024)
                       for n in range(40)]
    sources = by_hash(paths)
    with importing(dossier, folder) as child:
        # Once the first file is open the folder has been listed: freeze the import,
        # delete the files it has not reached yet, and let it go on.
        wait_until_open(child.pid, first)
        child.send_signal(signal.SIGSTOP)
        for path in paths[-20:]:
            path.unlink()
        child.send_signal(signal.SIGCONT)
        out, err = child.communicate(timeout=120)
    assert child.returncode == 3, err.decode()
    assert b"Traceback" not in err
    lines = [json.loads(line) for line in out.splitlines()]
    assert sorted(line["path"] for line in lines) == sorted(map(str, paths))
    for line in lines:
        gone = line["path"] in map(str, paths[-20:])
        assert line["status"] == ("refused" if gone else "stored"), line
        assert line["reason"] if gone else line["sha256"] in sources, line
    assert_sound(dossier)  # which re-hashes every original against its sha256
    assert len(items(dossier)) == len(paths) - 20

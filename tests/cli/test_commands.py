"""The `dossier` command's contract (issue 2): exit codes, one-line errors, JSON lines,
byte-exact originals, the custody chain, passphrase change, backup, folders, cases, locking.

Every test runs the real command in a child process against a real SQLCipher vault.
"""

from __future__ import annotations

import hashlib
import itertools
import stat
import subprocess
import time
from datetime import datetime
from pathlib import Path

import pytest

from app.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, Dossier, Result
from tests.conftest import CORPUS

ITEM_KEYS = {"id", "kind", "original_name", "size", "sha256", "captured_at",
             "captured_at_source", "imported_at", "flags", "parent_id", "duplicate_of"}
NEW_PASSPHRASE = "nouvelle phrase ' \" ; — ÿ"
JOURNAL = CORPUS / "notes" / "journal.txt"
PHOTO = CORPUS / "photos" / "photo_parking.jpg"
EMAIL = CORPUS / "email" / "menace_2026-11-04.eml"
EMPTY = CORPUS / "bad" / "empty.png"


# -- helpers shared with test_robustness.py ------------------------------------------------

def assert_clean_failure(result: Result, code: int = 1, *words: str) -> str:
    """The contract for a failure: the exit code, one line on stderr, no traceback.
    Returns the line, lower-cased, after checking it mentions each of ``words``."""
    assert result.code == code, (result.code, result.out, result.err)
    assert "Traceback" not in result.err + result.out, result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    line = lines[0].lower()
    for word in words:
        assert word.lower() in line, result.err
    return line


def ok(result: Result) -> Result:
    assert result.code == 0, (result.code, result.err)
    assert "Traceback" not in result.err
    return result


def items(dossier: Dossier, *args: str) -> list[dict]:
    """``list --json`` as a list of objects."""
    return ok(dossier("list", "--json", *args)).lines()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def without_passphrase(dossier: Dossier) -> Dossier:
    """The same vault, driven as from a script with no DOSSIER_PASSPHRASE and no terminal."""
    bare = Dossier(dossier.vault, Path(dossier.env["TMPDIR"]))
    del bare.env["DOSSIER_PASSPHRASE"]
    return bare


@pytest.fixture
def stocked(dossier: Dossier) -> Dossier:
    """A vault holding a note, a GPS photo and an e-mail with its attachment."""
    ok(dossier("import", JOURNAL, PHOTO, EMAIL))
    return dossier


# -- init ----------------------------------------------------------------------------------

def test_init_creates_an_owner_only_vault_that_opens(tmp_path: Path, dossier: Dossier) -> None:
    path = tmp_path / "nouveau" / "case.dossier"
    result = dossier("--vault", path, "init")  # the real default scrypt cost, once
    assert result.code == 0, result.err
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert b"SQLite format 3" not in path.read_bytes()[:16]
    assert ok(dossier("--vault", path, "list", "--json")).out == ""
    assert ok(dossier("--vault", path, "check")).out.startswith("The vault is sound")


@pytest.mark.parametrize("content", [b"precious, not a vault", None])
def test_init_refuses_an_existing_file(dossier: Dossier, content: bytes | None) -> None:
    if content is not None:
        dossier.vault.write_bytes(content)
    before = dossier.vault.read_bytes()
    assert_clean_failure(dossier("init"), 1, "already exists")
    assert dossier.vault.read_bytes() == before


def test_init_without_passphrase_or_terminal_is_a_usage_error(tmp_path: Path,
                                                               dossier: Dossier) -> None:
    path = tmp_path / "other.dossier"
    assert_clean_failure(without_passphrase(dossier)("--vault", path, "init"), 2, "passphrase")
    assert not path.exists()


# -- exit codes ----------------------------------------------------------------------------

ALL_COMMANDS = [
    ("list",), ("show", "1"), ("cat", "1"), ("search", "marche"), ("check",), ("log",),
    ("passwd",), ("import", str(JOURNAL)), ("backup", "{tmp}/copy.dossier"),
]


@pytest.mark.parametrize("command", ALL_COMMANDS, ids=lambda c: c[0])
def test_wrong_passphrase_is_one_line_exit_1(stocked: Dossier, tmp_path: Path,
                                            command: tuple[str, ...]) -> None:
    before = stocked.vault.read_bytes()
    args = [part.format(tmp=tmp_path) for part in command]
    result = stocked(*args, env={"DOSSIER_PASSPHRASE": PASSPHRASE + "x",
                                 "DOSSIER_NEW_PASSPHRASE": NEW_PASSPHRASE})
    assert_clean_failure(result, 1, "wrong passphrase")
    assert result.out == ""
    assert stocked.vault.read_bytes() == before
    assert not (tmp_path / "copy.dossier").exists()


@pytest.mark.parametrize("command", ALL_COMMANDS, ids=lambda c: c[0])
def test_no_passphrase_and_no_terminal_is_exit_2(stocked: Dossier, tmp_path: Path,
                                                command: tuple[str, ...]) -> None:
    args = [part.format(tmp=tmp_path) for part in command]
    assert_clean_failure(without_passphrase(stocked)(*args), 2, "DOSSIER_PASSPHRASE")


@pytest.mark.parametrize("args", [("frobnicate",), ("show",), ("show", "abc"), ("cat",),
                                  ("import",), ("list", "--bogus")])
def test_usage_errors_are_exit_2(dossier: Dossier, args: tuple[str, ...]) -> None:
    result = dossier(*args)
    assert result.code == 2, result.err
    assert "Traceback" not in result.err
    assert "usage:" in result.err


@pytest.mark.parametrize("command", ["show", "cat"])
def test_missing_item_is_exit_2(stocked: Dossier, command: str) -> None:
    result = stocked(command, "999")
    assert_clean_failure(result, 2, "999")
    assert result.out == ""


def test_unknown_case_is_exit_2(stocked: Dossier) -> None:
    assert_clean_failure(stocked("list", "--case", "Inconnue"), 2, "Inconnue")


def test_missing_vault_is_exit_1_and_says_how_to_create_one(tmp_path: Path,
                                                           dossier: Dossier) -> None:
    result = dossier("--vault", tmp_path / "absent.dossier", "list")
    assert_clean_failure(result, 1, "dossier init")
    assert not (tmp_path / "absent.dossier").exists()


def test_a_file_that_is_not_a_vault_is_exit_1(tmp_path: Path, dossier: Dossier) -> None:
    other = tmp_path / "notes.txt"
    other.write_bytes(JOURNAL.read_bytes())
    assert_clean_failure(dossier("--vault", other, "list"), 1, "not a dossier vault")
    assert other.read_bytes() == JOURNAL.read_bytes()


def test_every_command_succeeds_on_a_sound_vault(stocked: Dossier, tmp_path: Path) -> None:
    for args in [("list",), ("show", "1"), ("cat", "1"), ("search", "marche"), ("check",),
                 ("log",), ("backup", tmp_path / "copy.dossier")]:
        ok(stocked(*args))
    assert ok(stocked()).out.startswith("usage:")  # no command: the app (for now its help)


def test_import_with_a_refusal_is_exit_3_and_stores_the_rest(dossier: Dossier) -> None:
    result = dossier("import", EMPTY, JOURNAL, "--json")
    assert result.code == 3, result.err
    assert "Traceback" not in result.err
    refused, stored = result.lines()
    assert refused["status"] == "refused"
    assert refused["path"] == str(EMPTY)
    assert "empty" in refused["reason"]
    assert stored["status"] == "stored"
    assert stored["sha256"] == sha256(JOURNAL.read_bytes())
    assert [item["original_name"] for item in items(dossier)] == ["journal.txt"]


def test_a_duplicate_alone_is_not_a_refusal(stocked: Dossier) -> None:
    result = stocked("import", JOURNAL, "--json")
    assert result.code == 0, result.err
    [line] = result.lines()
    assert line["status"] == "duplicate"
    assert line["path"] == str(JOURNAL)
    journal = next(i for i in items(stocked) if i["original_name"] == "journal.txt")
    assert line["duplicate_of"] == journal["id"]


# -- JSON lines ----------------------------------------------------------------------------

def assert_item_object(item: dict) -> None:
    assert item.keys() >= ITEM_KEYS, ITEM_KEYS - item.keys()
    assert isinstance(item["id"], int)
    assert isinstance(item["size"], int)
    assert len(item["sha256"]) == 64
    assert int(item["sha256"], 16) >= 0
    assert isinstance(item["flags"], list)
    assert all(isinstance(f, str) for f in item["flags"])
    for key in ("captured_at", "imported_at"):
        moment = datetime.fromisoformat(item[key])
        assert moment.utcoffset() is not None, f"{key} has no UTC offset: {item[key]}"
    assert item["captured_at_source"]
    assert item["parent_id"] is None or isinstance(item["parent_id"], int)


def test_json_output_is_one_item_object_per_line(stocked: Dossier) -> None:
    listed = items(stocked)
    lines = ok(stocked("list", "--json")).out.splitlines()
    assert len(lines) == len(listed) == 4  # note, photo, e-mail and its attachment
    for item in listed:
        assert_item_object(item)
    by_name = {item["original_name"]: item for item in listed}
    assert by_name["journal.txt"]["parent_id"] is None
    assert by_name["journal.txt"]["duplicate_of"] is None
    assert "gps" in by_name["photo_parking.jpg"]["flags"]
    assert by_name["capture.png"]["parent_id"] == by_name["menace_2026-11-04.eml"]["id"]
    shown = ok(stocked("show", str(by_name["menace_2026-11-04.eml"]["id"]), "--json")).lines()
    assert len(shown) == 1
    assert_item_object(shown[0])
    assert shown[0]["metadata"]["email.originating_ip"] == "198.51.100.23"
    hits = ok(stocked("search", "marche", "--json")).lines()
    assert [hit["original_name"] for hit in hits] == ["journal.txt"]
    assert_item_object(hits[0])


def test_import_json_describes_each_created_item(dossier: Dossier) -> None:
    lines = ok(dossier("import", EMAIL, "--json")).lines()
    assert [line["original_name"] for line in lines] == ["menace_2026-11-04.eml", "capture.png"]
    for line in lines:
        assert_item_object(line)
        assert line["status"] == "stored"
        assert line["path"] == str(EMAIL)
    assert {line["id"] for line in lines} == {item["id"] for item in items(dossier)}


# -- originals, custody log ----------------------------------------------------------------

def test_cat_gives_back_the_original_bytes_and_sha256sum_agrees(stocked: Dossier) -> None:
    originals = {path.name: path.read_bytes() for path in (JOURNAL, PHOTO, EMAIL)}
    for item in items(stocked):
        data = stocked.cat(item["id"])
        if item["original_name"] in originals:
            assert data == originals[item["original_name"]]
        checked = subprocess.run(["sha256sum", "-"], input=data, capture_output=True,
                                 check=True)
        assert checked.stdout.split()[0].decode() == item["sha256"]
        assert len(data) == item["size"]


def test_log_is_a_hash_chain(stocked: Dossier) -> None:
    entries = ok(stocked("log", "--json")).lines()
    actions = [entry["action"] for entry in entries]
    assert actions[0] == "vault_created"
    assert actions.count("imported") == 4
    assert entries[0]["prev_hash"] == "0" * 64
    for before, entry in itertools.pairwise(entries):
        assert entry["prev_hash"] == before["entry_hash"]
        assert entry["id"] > before["id"]
    assert len({entry["entry_hash"] for entry in entries}) == len(entries)
    imported = {entry["item_id"]: entry["sha256"] for entry in entries
                if entry["action"] == "imported"}
    assert imported == {item["id"]: item["sha256"] for item in items(stocked)}


# -- passphrase, backup --------------------------------------------------------------------

def test_passwd_changes_the_passphrase_and_keeps_everything(stocked: Dossier) -> None:
    before = items(stocked)
    result = stocked("passwd", env={"DOSSIER_NEW_PASSPHRASE": NEW_PASSPHRASE})
    assert result.code == 0, result.err
    assert_clean_failure(stocked("list"), 1, "wrong passphrase")
    renewed = {"DOSSIER_PASSPHRASE": NEW_PASSPHRASE}
    after = ok(stocked("list", "--json", env=renewed)).lines()
    assert after == before
    assert ok(stocked("check", env=renewed)).out.startswith("The vault is sound")
    log = ok(stocked("log", "--json", env=renewed)).lines()
    # The try with the old passphrase is counted and logged at the next unlock.
    assert [entry["action"] for entry in log[-3:]] == [
        "passphrase_changed", "failed_unlocks", "checked"]


def test_backup_opens_with_the_same_passphrase_and_holds_the_same_items(
        stocked: Dossier, tmp_path: Path) -> None:
    copy = tmp_path / "sauvegarde.dossier"
    ok(stocked("backup", copy))
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert ok(stocked("--vault", copy, "list", "--json")).lines() == items(stocked)
    assert ok(stocked("--vault", copy, "check")).out.startswith("The vault is sound")
    photo = next(i for i in items(stocked) if i["original_name"] == "photo_parking.jpg")
    restored = Dossier(copy, Path(stocked.env["TMPDIR"]))
    assert restored.cat(photo["id"]) == PHOTO.read_bytes()
    before = copy.read_bytes()
    assert_clean_failure(stocked("backup", copy), 1, "already exists")
    assert copy.read_bytes() == before


# -- folders and cases ---------------------------------------------------------------------

def test_importing_a_folder_walks_it_recursively(dossier: Dossier, tmp_path: Path) -> None:
    root = tmp_path / "Captures"
    files = {
        root / "a.txt": b"premier message\n",
        root / "2026" / "novembre" / "b.txt": b"deuxi\xc3\xa8me message\n",
        root / "2026" / "c.jpg": PHOTO.read_bytes(),
        root / "z" / "y" / "x" / "w" / "deep.eml": EMAIL.read_bytes(),
    }
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    lines = ok(dossier("import", root, "--json")).lines()
    top = [line for line in lines if line["parent_id"] is None]
    assert sorted(line["path"] for line in top) == sorted(map(str, files))
    for line in top:
        assert line["sha256"] == sha256(files[Path(line["path"])])
    assert len(items(dossier)) == len(files) + 1  # and the e-mail's attachment


def test_cases_are_separate_and_duplicates_are_per_case(dossier: Dossier) -> None:
    first = ok(dossier("import", JOURNAL, "--case", "Ombre", "--json")).lines()
    again = ok(dossier("import", JOURNAL, "--case", "Ombre", "--json")).lines()
    other = ok(dossier("import", JOURNAL, PHOTO, "--case", "Voisin", "--json")).lines()
    assert [line["status"] for line in first] == ["stored"]
    assert [line["status"] for line in again] == ["duplicate"]
    assert again[0]["duplicate_of"] == first[0]["id"]
    assert [line["status"] for line in other] == ["stored", "stored"]
    assert other[0]["id"] != first[0]["id"]
    ombre = items(dossier, "--case", "Ombre")
    voisin = items(dossier, "--case", "Voisin")
    assert [i["id"] for i in ombre] == [first[0]["id"]]
    assert sorted(i["original_name"] for i in voisin) == ["journal.txt", "photo_parking.jpg"]
    assert len({i["case_id"] for i in ombre + voisin}) == 2
    assert len(items(dossier)) == 3
    found = ok(dossier("search", "marche", "--case", "Voisin", "--json")).lines()
    assert [hit["id"] for hit in found] == [other[0]["id"]]


# -- one process at a time -----------------------------------------------------------------

def test_a_second_process_is_told_the_vault_is_in_use(stocked: Dossier) -> None:
    before = items(stocked)
    with Vault.unlock(stocked.vault, PASSPHRASE):
        for args in [("list",), ("import", PHOTO)]:
            result = stocked(*args, timeout=30)
            assert_clean_failure(result, 1, "in use")
            assert result.out == ""
    assert items(stocked) == before


def test_in_use_is_told_within_the_busy_timeout(stocked: Dossier) -> None:
    """vault.py asks SQLite to wait 1 s for a lock (busy_timeout) and takes the lock at
    once "so a second process is told in use at once, not later"."""
    with Vault.unlock(stocked.vault, PASSPHRASE):
        started = time.monotonic()
        result = stocked("list", timeout=30)
        waited = time.monotonic() - started
    assert_clean_failure(result, 1, "in use")
    assert waited < 3.0, f"told 'in use' only after {waited:.1f} s"

"""Failed unlocks: counted beside the vault, moved into the custody log at the next unlock."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.common import errors
from app.vault import attempts, custody, keys
from app.vault.vault import Vault

PASSPHRASE = "loutre violette sous l'escalier"
FAST = keys.KdfSettings(log2_n=10, r=8)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    Vault.create(tmp_path / "vault.dossier", PASSPHRASE, kdf=FAST).close()
    return tmp_path / "vault.dossier"


def fail(path: Path, times: int = 1) -> None:
    for _ in range(times):
        with pytest.raises(errors.WrongPassphrase):
            Vault.unlock(path, "not it")


def test_a_wrong_passphrase_leaves_one_utc_time_in_an_owner_only_file(path: Path) -> None:
    fail(path)
    counted = attempts.file_for(path)
    assert counted.name == "vault.dossier.attempts"
    assert stat.S_IMODE(counted.stat().st_mode) == 0o600
    [line] = counted.read_text().splitlines()
    assert datetime.strptime(line, "%Y-%m-%dT%H:%M:%SZ")  # a time, nothing else
    beside = {p.name for p in path.parent.iterdir()} - {"vault.dossier-journal"}
    # no partial file left
    assert beside == {"vault.dossier", "vault.dossier.keys", "vault.dossier.attempts"}


def test_the_next_unlock_moves_the_times_into_the_custody_log(path: Path) -> None:
    fail(path, 3)
    counted = attempts.read(path)
    with Vault.unlock(path, PASSPHRASE) as vault:
        assert vault.failed_unlocks == counted
        assert len(counted) == 3
        [entry] = [e for e in custody.entries(vault.db) if e.action == custody.FAILED_UNLOCKS]
        assert entry.details == {"count": 3, "times": counted, "just_before_unlock": 3}
        assert custody.verify(vault.db) == []
    assert not attempts.file_for(path).exists()
    with Vault.unlock(path, PASSPHRASE) as vault:  # said once, not at every visit
        assert vault.failed_unlocks == []


def test_the_owner_is_never_locked_out(path: Path) -> None:
    fail(path, 25)
    with Vault.unlock(path, PASSPHRASE) as vault:
        assert len(vault.failed_unlocks) == 25


def test_only_the_last_thousand_are_kept(path: Path) -> None:
    old = "".join(f"2020-01-01T00:{i // 60 % 60:02}:{i % 60:02}Z\n" for i in range(1200))
    attempts.file_for(path).write_text(old)
    attempts.record(path, datetime(2024, 5, 1, 12, 0, tzinfo=UTC))
    kept = attempts.read(path)
    assert len(kept) == attempts.KEPT
    assert kept[-1] == "2024-05-01T12:00:00Z"


def test_anything_but_times_in_the_file_is_ignored(path: Path) -> None:
    attempts.file_for(path).write_text("2024-05-01T12:00:00Z\nrm -rf ~\n\x00\xff garbage\n")
    with Vault.unlock(path, PASSPHRASE) as vault:
        assert vault.failed_unlocks == ["2024-05-01T12:00:00Z"]


def test_times_are_stored_in_utc(path: Path) -> None:
    attempts.record(path, datetime.fromisoformat("2024-05-01T14:00:00+02:00"))
    assert attempts.read(path) == ["2024-05-01T12:00:00Z"]


def test_a_count_that_cannot_be_written_never_hides_the_real_error(path: Path) -> None:
    attempts.file_for(path).mkdir()  # stands in for a folder the user cannot write to
    fail(path)
    Vault.unlock(path, PASSPHRASE).close()


def test_checking_a_backup_counts_nothing_beside_it(path: Path, tmp_path: Path) -> None:
    with Vault.unlock(path, PASSPHRASE) as vault:
        vault.backup(tmp_path / "copy.dossier")
    with pytest.raises(errors.WrongPassphrase):
        Vault.unlock(tmp_path / "copy.dossier", "not it", count_failures=False)
    assert not attempts.file_for(tmp_path / "copy.dossier").exists()


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_typos_just_before_an_unlock_are_set_apart_from_earlier_attempts() -> None:
    times = ["2026-12-03T14:08:00Z", "2026-12-03T14:10:00Z",
             "2026-12-05T20:58:00Z",  # ten minutes before the first typo: not in the run
             "2026-12-05T21:04:00Z", "2026-12-05T21:05:30Z"]
    found = attempts.sort_out(times, opened_at=_at("2026-12-05T21:08:00"))
    assert found.just_before == (_at("2026-12-05T21:04:00"), _at("2026-12-05T21:05:30"))
    assert found.earlier == (_at("2026-12-03T14:08:00"), _at("2026-12-03T14:10:00"),
                             _at("2026-12-05T20:58:00"))


def test_attempts_long_before_the_unlock_are_all_earlier() -> None:
    times = ["2026-12-05T21:04:00Z", "2026-12-05T21:05:00Z"]
    found = attempts.sort_out(times, opened_at=_at("2026-12-05T21:10:01"))
    assert found.just_before == ()
    assert len(found.earlier) == 2
    assert not attempts.sort_out([], opened_at=_at("2026-12-05T21:10:01"))


def test_the_custody_log_says_how_many_ran_into_the_unlock(path: Path) -> None:
    fail(path, 2)
    with Vault.unlock(path, PASSPHRASE) as vault:
        [entry] = [e for e in custody.entries(vault.db)
                   if e.action == custody.FAILED_UNLOCKS]
    assert entry.details["just_before_unlock"] == 2

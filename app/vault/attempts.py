"""Failed unlocks, counted beside the vault until the owner comes back.

Nothing can be written into the vault without its key, so each wrong passphrase adds one
UTC time to a small file next to it, ``<vault>.attempts``: times only, owner-only, the
last ``KEPT`` of them. At the next successful unlock the times move into the custody log
and the file goes: someone trying the passphrase is a fact the owner should see.

Never a lock-out and never a growing delay: the legitimate user, who may be in danger,
must always get in at once.

The app cannot know who typed a wrong passphrase, so it accuses no one. It only sets
apart the attempts that ran, minutes apart at most, into the successful unlock (most
likely the owner's own typos) from the others (``sort_out``).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

import sqlcipher3

from app.common import errors
from app.vault import custody, plain_files


class _OpenVault(Protocol):
    """What this module needs of an unlocked vault; the vault itself imports this module."""

    path: Path

    def transaction(self) -> contextlib.AbstractContextManager[sqlcipher3.Connection]: ...


KEPT = 1000
SUFFIX = ".attempts"
# KEPT lines of 21 bytes, and some room: never more is read, whatever sits there.
MAX_BYTES = 32 * 1024
# Attempts this close to each other and to the unlock that followed form one run of tries.
JUST_BEFORE = timedelta(minutes=5)


@dataclass(frozen=True)
class FailedUnlocks:
    """The failed unlocks told at one successful unlock, oldest first, in UTC.

    ``just_before`` ran into that unlock with no gap longer than ``JUST_BEFORE``;
    ``earlier`` are all the others."""

    just_before: tuple[datetime, ...] = ()
    earlier: tuple[datetime, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.just_before or self.earlier)


def sort_out(times: list[str], opened_at: datetime) -> FailedUnlocks:
    """Split counted ``times`` (as ``read`` gives them) by whether they led straight to
    the unlock at ``opened_at``; unreadable times are left out."""
    moments = sorted(moment for moment in map(_moment, times) if moment is not None)
    run: list[datetime] = []
    following = opened_at.astimezone(UTC)
    while moments and following - moments[-1] <= JUST_BEFORE:
        following = moments.pop()
        run.insert(0, following)
    return FailedUnlocks(tuple(run), tuple(moments))


def file_for(vault_path: Path) -> Path:
    """Where the failed unlocks of ``vault_path`` are counted."""
    vault_path = Path(vault_path)
    return vault_path.with_name(vault_path.name + SUFFIX)


def record(vault_path: Path, at: datetime | None = None) -> None:
    """Count one failed unlock. A folder that cannot be written loses the count, never
    the user's chance to try again."""
    moment = (at or datetime.now(UTC)).astimezone(UTC)
    times = [*read(vault_path), moment.strftime("%Y-%m-%dT%H:%M:%SZ")][-KEPT:]
    with contextlib.suppress(OSError):
        _write(file_for(vault_path), "".join(f"{time}\n" for time in times))


def read(vault_path: Path) -> list[str]:
    """The failed unlocks counted so far, oldest first; anything but a time is ignored."""
    try:
        raw = plain_files.read_capped(file_for(vault_path), MAX_BYTES)
        text = raw.decode("ascii", errors="replace")
    except OSError:
        return []
    return [line.strip() for line in text.splitlines() if _is_time(line.strip())][-KEPT:]


def move_to_custody(vault: _OpenVault) -> list[str]:
    """At a successful unlock: the counted times go into the custody log and the file is
    removed; returns them. On a read-only vault they stay counted for a later visit."""
    times = read(vault.path)
    if not times:
        return []
    try:
        with vault.transaction() as db:
            sorted_out = sort_out(times, datetime.now(UTC))
            custody.append(db, custody.FAILED_UNLOCKS,
                           details={"count": len(times), "times": times,
                                    "just_before_unlock": len(sorted_out.just_before)})
    except errors.VaultError:
        return times
    with contextlib.suppress(OSError):
        file_for(vault.path).unlink(missing_ok=True)
    return times


def _write(path: Path, text: str) -> None:
    # Written whole, then renamed: a crash never leaves half a line or a wider mode.
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)
    descriptor = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as file:
            file.write(text)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _is_time(line: str) -> bool:
    return _moment(line) is not None


def _moment(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None

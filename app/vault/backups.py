"""Backups that run themselves: dated, checked copies of the vault in one folder (a USB
stick, typically), of which the newest few are kept.

Each copy is written under a hidden temporary name, opened and checked whole, and only
then given its dated name, ``dossier-backup-2026-12-06T101500Z-3f9a02c1.dossier``: the
name says when (UTC, so names sort by time) and nothing of the case. The last part names
the vault's series of backups, a random tag kept in the vault (and in its backups, so a
restored vault goes on with the same series): a stick shared by two vaults, or a demo vault
opened once, never makes one vault's backups push out the other's. Only files named
exactly so are Dossier's own; rotation never touches anything else in the folder.

What the vault remembers of its folder backups (when the last one was made, and how far
its history had gone then) lives in its settings table, so the window can tell whether
anything changed since, and when to remind.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.common import dates, errors
from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.vault import custody
from app.vault.vault import CheckReport, Vault

KEEP = 5  # how many of its own backups a folder keeps, unless told otherwise
REMIND_AFTER = timedelta(days=7)
_NAME = re.compile(
    r"dossier-backup-(\d{4}-\d\d-\d\dT\d{6}Z)-([0-9a-f]{8})(?:-(\d+))?\.dossier")
_STAMP = "%Y-%m-%dT%H%M%SZ"
# History entries that are about backups and checks, not about the case: they do not call
# for a new backup.
NOT_CHANGES = (custody.BACKED_UP, custody.CHECKED, custody.BACKUP_FAILED)
_LAST_AT, _HISTORY_AT, _SERIES = "backups.last_at", "backups.history_at", "backups.series"


class FolderMissing(errors.VaultError):
    def __init__(self, folder: object) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "The backup folder {folder} is not there (is the USB stick plugged "
                    "in?)."), folder=folder))


class FailedCheck(errors.VaultError):
    """The copy was written but did not open or did not pass the check; it was deleted."""

    def __init__(self, problems: int) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "The new backup did not pass its check ({count} problem(s)), so it was "
                    "deleted; the earlier backups were kept. Run a check of the vault."),
            count=problems))


class NoneOnDay(errors.VaultError):
    def __init__(self, folder: object, day: object) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "There is no Dossier backup from {day} in {folder}. Nothing was "
                    "changed."), folder=folder, day=day))


class NoneInFolder(errors.VaultError):
    def __init__(self, folder: object) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "There is no Dossier backup in {folder}. Nothing was changed."),
            folder=folder))


@dataclass(frozen=True)
class Backup:
    """One of Dossier's own backups in a folder, and when it was made (from its name)."""

    path: Path
    taken_at: datetime  # UTC
    series: str  # which vault's backups these are (a random tag, see above)
    number: int  # 1, or 2, 3… for a second backup within the same second

    @property
    def local_day(self) -> date:
        return self.taken_at.astimezone().date()


@dataclass(frozen=True)
class Written:
    """A backup written and checked, and the older ones removed to keep the newest few."""

    backup: Backup
    report: CheckReport
    removed: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class Facts:
    """What the vault remembers of its folder backups."""

    last_at: datetime | None  # the last folder backup; None if there was none
    since: datetime  # the last backup, or else when the vault was made
    changed: bool  # something happened in the case since the last backup

    def due(self, now: datetime) -> bool:
        """Whether the last backup (or the vault's creation) is older than a week."""
        return now - self.since > REMIND_AFTER


def in_folder(folder: Path) -> list[Backup]:
    """Dossier's own backups in ``folder``, the newest first."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FolderMissing(folder)
    found = []
    with errors.os_errors():
        for path in folder.iterdir():
            backup = parse(path)
            if backup is not None and path.is_file():
                found.append(backup)
    return sorted(found, key=lambda b: (b.taken_at, b.number), reverse=True)


def find(folder: Path, day: date | None = None) -> Backup:
    """The newest backup in ``folder``, or the newest made on ``day`` (this computer's
    calendar day)."""
    every = in_folder(folder)
    chosen = [b for b in every if day is None or b.local_day == day]
    if not chosen:
        raise NoneOnDay(folder, day) if day else NoneInFolder(folder)
    return chosen[0]


def write(vault: Vault, folder: Path, keep: int = KEEP, passphrase: str | None = None,
          now: datetime | None = None) -> Written:
    """Write a dated backup of ``vault`` in ``folder``, check it, then keep the newest
    ``keep`` of this vault's backups there (the new one always).

    Given the passphrase, the copy gets a salt of its own (see ``Vault.backup``) and is
    opened with it; without it (the window, which does not keep the passphrase), the copy
    carries the vault's key and is opened with that."""
    if keep < 1:
        raise errors.UsageError("Keep at least one backup.")
    folder = Path(folder)
    if not folder.is_dir():
        raise FolderMissing(folder)
    series = _series(vault)
    _clear_leftovers(folder, series)
    final = _free_name(folder, (now or datetime.now(UTC)).astimezone(UTC), series)
    checking = folder / f".{final.path.name}.checking"
    try:
        vault.backup(checking, passphrase)
        report = _check_copy(vault, checking, passphrase)
        with errors.os_errors():
            os.replace(checking, final.path)
    finally:
        with contextlib.suppress(OSError):
            checking.unlink(missing_ok=True)
    _remember(vault)
    return Written(final, report, _rotate(folder, keep, final))


def write_if_changed(vault: Vault, folder: Path, keep: int = KEEP) -> Written | None:
    """``write``, unless nothing happened in the case since the last folder backup."""
    if not facts(vault).changed:
        return None
    return write(vault, folder, keep)


def facts(vault: Vault) -> Facts:
    """When the last folder backup was made, and whether anything changed since."""
    last_at = dates.from_iso(vault.setting(_LAST_AT) or "")
    history_at = int(vault.setting(_HISTORY_AT) or 0)
    marks = ", ".join("?" * len(NOT_CHANGES))
    newer = vault.db.execute(
        f"SELECT count(*) FROM custody WHERE id > ? AND action NOT IN ({marks})",
        (history_at, *NOT_CHANGES)).fetchone()[0]
    made = vault.db.execute("SELECT at FROM custody ORDER BY id LIMIT 1").fetchone()
    since = last_at or (dates.from_iso(made[0]) if made else None) or dates.now()
    return Facts(last_at, since, last_at is None or newer > 0)


def _check_copy(vault: Vault, copy: Path, passphrase: str | None) -> CheckReport:
    """Open the copy as whoever restores it would, and check it whole; a copy that fails
    is noted in the vault's history and the caller deletes it."""
    try:
        opened = (Vault.unlock(copy, passphrase, count_failures=False) if passphrase
                  else vault.open_copy(copy))
        with opened:
            report = opened.check()
    except errors.VaultError:
        report = None
    if report is None or not report.ok:
        problems = len(report.problems) if report else 1
        with vault.transaction() as db:
            custody.append(db, custody.BACKUP_FAILED,
                           details={"file": copy.name, "problems": problems})
        raise FailedCheck(problems)
    return report


def _remember(vault: Vault) -> None:
    with vault.transaction() as db:
        history_at = db.execute("SELECT max(id) FROM custody").fetchone()[0]
        db.executemany("INSERT OR REPLACE INTO settings VALUES (?, ?)", [
            (_LAST_AT, dates.to_iso(dates.now())), (_HISTORY_AT, str(history_at))])


def _series(vault: Vault) -> str:
    series = vault.setting(_SERIES) or ""
    if not re.fullmatch(r"[0-9a-f]{8}", series):  # none yet (or not one we wrote)
        series = secrets.token_hex(4)
        with vault.transaction() as db:
            db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (_SERIES, series))
    return series


def _clear_leftovers(folder: Path, series: str) -> None:
    """Remove what an interrupted backup of this vault left (the computer turned off while
    writing): only one vault writes its series, and never two at once (its lock)."""
    leftover = re.compile(r"\.{1,2}dossier-backup-\d{4}-\d\d-\d\dT\d{6}Z-" + series
                          + r"(?:-\d+)?\.dossier\.checking(?:\.partial)?")
    with errors.os_errors():
        for path in folder.iterdir():
            if leftover.fullmatch(path.name) and path.is_file():
                path.unlink(missing_ok=True)


def _rotate(folder: Path, keep: int, new: Backup) -> list[Path]:
    """Keep the new backup and the newest ``keep - 1`` others of its series; the new one
    stays even when the clock was set back and others seem newer."""
    removed = []
    others = [b for b in in_folder(folder) if b.series == new.series and b.path != new.path]
    for old in others[keep - 1:]:
        with errors.os_errors():
            old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def _free_name(folder: Path, moment: datetime, series: str) -> Backup:
    stamp = moment.strftime(_STAMP)
    number = 1
    while True:
        tail = "" if number == 1 else f"-{number}"
        path = folder / f"dossier-backup-{stamp}-{series}{tail}.dossier"
        if not path.exists():
            return Backup(path, moment.replace(microsecond=0), series, number)
        number += 1


def parse(path: Path) -> Backup | None:
    match = _NAME.fullmatch(path.name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
    except ValueError:  # 2026-13-45: a look-alike, not ours
        return None
    return Backup(path, taken_at, match[2], int(match[3] or 1))

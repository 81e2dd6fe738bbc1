"""The restore drill: open a backup, check it whole and say what it holds, without
touching it or the vault.

The backup is opened from a private copy (a folder only its owner can enter, beside the
vault), because opening a vault writes to it (its lock, a migration): the file on the USB
stick stays byte for byte as it was, even on a read-only stick. The copy is as encrypted as
the backup, and is deleted at the end.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.common import dates, errors
from app.vault import backups
from app.vault.restore import NoBackup, WrongBackupPassphrase
from app.vault.vault import CheckReport, Vault


@dataclass(frozen=True)
class Drill:
    """What a backup holds and whether it checks clean."""

    report: CheckReport
    cases: list[str]
    last_change: datetime | None  # the newest entry of its history about the case
    taken_at: datetime | None  # from its name, when it is one of Dossier's dated backups

    def as_json(self) -> dict[str, Any]:
        return {"sound": self.report.ok, "items": self.report.items,
                "originals": self.report.originals,
                "custody_entries": self.report.custody_entries, "cases": self.cases,
                "last_change": dates.to_iso(self.last_change) if self.last_change else None,
                "taken_at": dates.to_iso(self.taken_at) if self.taken_at else None,
                "problems": [str(problem) for problem in self.report.problems]}


def check_backup(backup: Path, passphrase: str, workspace: Path | None = None) -> Drill:
    """Check the backup at ``backup``, which opens with ``passphrase``; the private copy is
    made in ``workspace`` (the vault's folder; by default the system's temporary one)."""
    backup = Path(backup)
    if not backup.is_file():
        raise NoBackup(backup)
    if workspace is not None and not workspace.is_dir():
        workspace = None
    with errors.os_errors(), tempfile.TemporaryDirectory(prefix=".dossier-drill-",
                                                         dir=workspace) as private:
        copy = Path(private) / "backup.dossier"
        shutil.copyfile(backup, copy)
        try:
            opened = Vault.unlock(copy, passphrase, count_failures=False)
        except errors.WrongPassphrase:
            raise WrongBackupPassphrase() from None
        with opened:
            return Drill(opened.check(), _cases(opened), _last_change(opened),
                         _taken_at(backup))


def _cases(vault: Vault) -> list[str]:
    return [row[0] for row in vault.db.execute("SELECT name FROM cases ORDER BY id")]


def _last_change(vault: Vault) -> datetime | None:
    marks = ", ".join("?" * len(backups.NOT_CHANGES))
    row = vault.db.execute(f"SELECT at FROM custody WHERE action NOT IN ({marks}) "
                           "ORDER BY id DESC LIMIT 1", backups.NOT_CHANGES).fetchone()
    return dates.from_iso(row[0]) if row else None


def _taken_at(path: Path) -> datetime | None:
    found = backups.parse(path)
    return found.taken_at if found else None


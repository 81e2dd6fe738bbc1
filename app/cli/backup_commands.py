"""Backups into a folder, restoring one by its date, and the restore drill:
``dossier backup --to DIR [--keep N]``, ``dossier restore --from DIR --date DAY|--latest``
and ``dossier check-backup PATH``."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.cli import shared
from app.common import dates, errors, printable
from app.vault import backups, drill

OK, FAILED = 0, 1


def add_backup_options(sub: argparse.ArgumentParser) -> None:
    """``backup DEST`` as before, or ``--to DIR`` with ``--keep``."""
    sub.add_argument("destination", metavar="DEST", nargs="?",
                     help="the file to write (or use --to)")
    sub.add_argument("--to", metavar="DIR", type=Path,
                     help="write a dated, checked backup into this folder (a USB stick)")
    sub.add_argument("--keep", type=int, metavar="N",
                     help=f"with --to: keep the newest N of this vault's backups there "
                          f"(default: {backups.KEEP}); other files, and other vaults' "
                          "backups, are never touched")
    sub.add_argument("--json", action="store_true", help="one JSON object per line")


def add_restore_options(sub: argparse.ArgumentParser) -> None:
    """``restore BACKUP`` as before, or a backup of a folder chosen by its day."""
    sub.add_argument("backup", metavar="BACKUP", nargs="?", help="the backup file (or use --from)")
    sub.add_argument("--from", dest="folder", metavar="DIR", type=Path,
                     help="the folder of dated backups (see backup --to)")
    which = sub.add_mutually_exclusive_group()
    which.add_argument("--date", metavar="YYYY-MM-DD",
                       help="with --from: the newest backup made that day (this computer's "
                            "calendar)")
    which.add_argument("--latest", action="store_true", help="with --from: the newest backup")


def add_commands(commands: Any) -> None:
    sub = shared.add_command(commands, "check-backup", cmd_check_backup,
                             "the restore drill: open a backup, check it whole and say what "
                             "it holds, changing nothing", json_flag=True)
    sub.add_argument("path", type=Path, metavar="PATH")


def wants_folder(args: argparse.Namespace) -> bool:
    """Whether ``backup`` writes into a folder; refuses a muddled command line."""
    if (args.destination is None) == (args.to is None):
        raise errors.UsageError("Give either a backup file (DEST) or --to DIR.")
    if args.keep is not None and args.to is None:
        raise errors.UsageError("--keep goes with --to DIR.")
    return args.to is not None


def backup_to_folder(args: argparse.Namespace) -> int:
    given = shared.passphrase(confirm=False)  # gives the copy a salt of its own
    keep = backups.KEEP if args.keep is None else args.keep
    if keep < 1:
        raise errors.UsageError("--keep must be at least 1.")
    with shared.unlock(args, given) as vault:
        done = backups.write(vault, args.to.expanduser(), keep, given)
    report = done.report
    shared.emit({"backup": str(done.backup.path), "items": report.items,
                 "originals": report.originals, "custody_entries": report.custody_entries,
                 "removed": [str(path) for path in done.removed]}, args.json,
                f"Checked backup written to {done.backup.path}: {report.items} items, "
                f"{report.originals} originals re-hashed. It opens with the same passphrase. "
                f"Older backups removed: {len(done.removed)}.")
    return OK


def chosen_backup(args: argparse.Namespace) -> Path:
    """The file ``restore`` puts back: named, or found in a folder by its day."""
    if (args.backup is None) == (args.folder is None):
        raise errors.UsageError("Give either a backup file or --from DIR.")
    if args.folder is None:
        if args.date or args.latest:
            raise errors.UsageError("--date and --latest go with --from DIR.")
        return Path(args.backup)
    if not (args.date or args.latest):
        raise errors.UsageError("With --from DIR, say which backup: --date YYYY-MM-DD or "
                                "--latest.")
    day = _day(args.date) if args.date else None
    found = backups.find(args.folder.expanduser(), day)
    print(f"Restoring the backup made {dates.to_iso(found.taken_at)}: {found.path.name}",
          file=sys.stderr)
    return found.path


def cmd_check_backup(args: argparse.Namespace) -> int:
    given = os.environ.get("DOSSIER_BACKUP_PASSPHRASE") or os.environ.get("DOSSIER_PASSPHRASE")
    if not given:
        given = shared.ask("Passphrase of the backup: ")
    done = drill.check_backup(args.path, given, shared.vault_path(args).parent)
    if args.json:
        shared.emit(done.as_json(), True, "")
    else:
        _print_drill(done)
    if done.report.ok:
        return OK
    print(f"dossier: the backup has {len(done.report.problems)} problem(s).", file=sys.stderr)
    return FAILED


def _print_drill(done: drill.Drill) -> None:
    report = done.report
    for problem in report.problems:
        print(printable.one_line(f"problem: {problem}"))
    if report.ok:
        print("The backup opens and is sound; nothing was changed, in it or in the vault.")
    print(f"items: {report.items}; originals re-hashed: {report.originals}; "
          f"history entries: {report.custody_entries}")
    print(printable.one_line(f"cases: {', '.join(done.cases) or '-'}"))
    if done.last_change:
        print(f"last change: {dates.to_iso(done.last_change)}")
    if done.taken_at:
        print(f"made: {dates.to_iso(done.taken_at)}")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise errors.UsageError(f"{text!r} is not a date; write it as YYYY-MM-DD.") from None


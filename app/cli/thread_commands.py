"""``dossier import --list-threads EXPORT`` and the check behind ``--thread NAME``.

A platform's export holds all of her conversations: she lists them first, then imports
only those she names. The listing stores nothing and needs no passphrase.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from app.cli import shared
from app.common import dates, errors
from app.importing import threads
from app.importing.sandbox import SURVEYOR, Sandbox

OK, REFUSED = 0, 1


def list_threads(args: argparse.Namespace) -> int:
    """Print each conversation of each export named: 0 if all could be listed, else 1."""
    refused = 0
    surveyor = Sandbox(SURVEYOR)
    try:
        for path in args.paths:
            refused += not _print(path, threads.list_threads(path, surveyor), args.json)
    finally:
        surveyor.close()
    return REFUSED if refused else OK


def _print(path: Path, listing: threads.Listing, as_json: bool) -> bool:
    for problem in listing.problems:
        shared.emit({"path": str(path), "status": "problem", "reason": problem}, as_json,
                    f"{path}: {problem}")
    for thread in listing.threads:
        shared.emit({"path": str(path), "platform": listing.platform, **thread.as_json()},
                    as_json, _line(listing.platform, thread))
    return bool(listing.threads)


def _line(platform: str, thread: threads.Thread) -> str:
    span = " to ".join(dates.to_iso(moment) for moment in (thread.first, thread.last)
                       if moment is not None)
    return (f"{platform} {thread.key}: {thread.title} — {', '.join(thread.participants)}; "
            f"{thread.count} message{'s' if thread.count != 1 else ''}"
            f"{'; ' + span if span else ''}")


def check_names(paths: Sequence[Path], wanted: Sequence[str]) -> None:
    """Refuse, before anything is stored, a ``--thread`` name that designates no
    conversation of the exports given (a typo would import an empty export)."""
    surveyor = Sandbox(SURVEYOR)
    try:
        found = [thread for path in paths if threads.is_archive(path)
                 for thread in threads.list_threads(path, surveyor).threads]
    finally:
        surveyor.close()
    unknown = [name for name in wanted if not any(threads.names(t, [name]) for t in found)]
    if unknown:
        raise errors.UsageError(
            f"No conversation is named {', '.join(map(repr, unknown))} in the exports given; "
            f"dossier import --list-threads EXPORT lists them.")


def add_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--thread", action="append", metavar="NAME", dest="threads",
                     help="import only this conversation of a platform's export (its name, "
                          "folder or title as --list-threads shows it); repeatable")
    sub.add_argument("--list-threads", action="store_true",
                     help="list the conversations of the exports given, import nothing")

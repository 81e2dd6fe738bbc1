"""What every ``dossier`` command shares: the vault it names, the unlock, the passphrase
prompts, the case lookup and the way a result is printed."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.case import cases
from app.common import errors, printable
from app.vault import attempts, last_seen
from app.vault.vault import Vault, default_path


def vault_path(args: argparse.Namespace) -> Path:
    """The vault the command line names, or the default one."""
    return Path(args.vault).expanduser() if args.vault else default_path()


def unlock(args: argparse.Namespace, given: str | None = None) -> Vault:
    """The vault the command names, unlocked with ``given`` or the passphrase asked."""
    path = vault_path(args)
    if not path.exists():
        raise errors.NoVault(path)
    vault = Vault.unlock(path, given or passphrase(confirm=False))
    warn_failed_unlocks(vault.failed_unlocks)
    if vault.older is not None:
        print(f"dossier: {last_seen.sentence(vault.older)}", file=sys.stderr)
    return vault


def warn_failed_unlocks(times: list[str]) -> None:
    """Wrong passphrases were typed since the last visit: said once, as the window says
    it, with when and how many, and no guess at who typed them."""
    found = attempts.sort_out(times, datetime.now(UTC))
    parts = []
    if found.just_before:
        parts.append(f"{_attempts(found.just_before)} on {_day(found.just_before[0])} at "
                     f"{_clock_times(found.just_before)}, just before you opened the vault")
    if found.earlier:
        parts.append(f"{_attempts(found.earlier)} earlier, the last on "
                     f"{_day(found.earlier[-1])} at {_clock(found.earlier[-1])}")
    if parts:
        print(f"dossier: {'; '.join(parts)}. The times are in the custody log "
              "(dossier log).", file=sys.stderr)


def _attempts(moments: tuple[datetime, ...]) -> str:
    return f"{len(moments)} failed attempt" + ("" if len(moments) == 1 else "s")


def _day(moment: datetime) -> str:
    return f"{moment.astimezone().day} {moment.astimezone():%b %Y}"


def _clock(moment: datetime) -> str:
    return f"{moment.astimezone():%H:%M}"


def _clock_times(moments: tuple[datetime, ...]) -> str:
    if len(moments) == 1:
        return _clock(moments[0])
    joined = " and " if len(moments) == 2 else " to "
    return f"{_clock(moments[0])}{joined}{_clock(moments[-1])}"


def case_id(vault: Vault, name: str | None) -> int | None:
    if not name:
        return None
    case = cases.find(vault.db, name)
    if case is None:
        raise errors.UsageError(f"There is no case named {name!r}.")
    return case.id


def chosen_case(vault: Vault, name: str | None) -> int:
    """The case named, else the latest one."""
    found = case_id(vault, name)
    if found is not None:
        return found
    every = cases.all_cases(vault.db)
    if not every:
        raise errors.UsageError("The vault holds no case yet.")
    return every[-1].id


def passphrase(confirm: bool) -> str:
    given = os.environ.get("DOSSIER_PASSPHRASE")
    if given:
        return given
    if confirm:
        return ask_twice("Passphrase for the new vault: ")
    return ask("Passphrase: ")


def ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise errors.UsageError("No passphrase: set DOSSIER_PASSPHRASE or run in a terminal.")
    answer = getpass.getpass(prompt)
    if not answer:
        raise errors.UsageError("The passphrase cannot be empty.")
    return answer


def ask_twice(prompt: str) -> str:
    first = ask(prompt)
    if ask("Once more, to be sure: ") != first:
        raise errors.UsageError("The two passphrases differ; nothing was changed.")
    return first


def emit(data: dict[str, Any], as_json: bool, text: str) -> None:
    """One result: a JSON object on one line (always valid UTF-8: an undecodable byte of a
    file name becomes U+FFFD), or the text line with every control character escaped."""
    if as_json:
        print(printable.valid(json.dumps(data, ensure_ascii=False)))
    else:
        print(printable.one_line(text))



def add_command(commands: Any, name: str, run: Callable[[argparse.Namespace], int], help_text: str,
         json_flag: bool = False, case: bool = False) -> argparse.ArgumentParser:
    sub: argparse.ArgumentParser = commands.add_parser(name, help=help_text,
                                                       description=help_text)
    sub.set_defaults(run=run)
    if json_flag:
        sub.add_argument("--json", action="store_true", help="one JSON object per line")
    if case:
        sub.add_argument("--case", metavar="NAME", help="the case (default: the latest one)")
    return sub

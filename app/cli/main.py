"""The ``dossier`` command: the same core the desktop app uses, driven from a terminal.

A contract that tests and users rely on: ``--json`` prints one JSON object per line;
messages go to stderr as one line, never a traceback; exit codes are 0 (success),
1 (the vault failed), 2 (usage), 3 (an import finished but refused some files).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from app import __version__
from app.analysis import statistics, timeline
from app.case import cases, evidence, search, transcripts
from app.cli import (
    abuse_commands,
    backup_commands,
    case_commands,
    corroboration_commands,
    key_commands,
    ocr_commands,
    people_commands,
    shared,
    step_commands,
    thread_commands,
)
from app.cli import export as cli_export
from app.common import debug, errors, printable, process
from app.importing import pipeline as importing
from app.vault import custody, originals, restore, side_copies
from app.vault.vault import CheckReport, Vault

OK, FAILED, USAGE, SOME_REFUSED = 0, 1, 2, 3


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m app``: the headless commands; with none, the help."""
    args = parse(argv)
    if args.command is None:
        _parser().print_help()
        return OK
    return run(args)


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line, understood; exits with code 2 on a usage error."""
    process.harden()  # owner-only files, no core dumps, before any evidence is read
    logging.basicConfig(level=logging.ERROR)
    args = _parser().parse_args(argv)
    if args.debug:
        debug.switch_on()
    return args


def run(args: argparse.Namespace) -> int:
    """Carry out one parsed command; returns the exit code."""
    try:
        return int(args.run(args))
    except errors.UsageError as error:
        return _fail(str(error), USAGE)
    except errors.DossierError as error:
        return _fail(str(error), FAILED)
    except sqlcipher3.Error as error:
        known = errors.classify(error)
        if known is None:
            return _internal_error(error)
        return _fail(str(known), FAILED)
    except KeyboardInterrupt:
        return _fail("Interrupted. Every file already stored is whole; nothing is half-stored.",
                     FAILED)
    except BrokenPipeError:
        return OK
    except Exception as error:  # noqa: BLE001 - the contract is one line, never a traceback
        return _internal_error(error)


def _internal_error(error: Exception) -> int:
    code = _fail(f"Internal error in Dossier ({type(error).__name__}). "
                 "Your vault was not changed by it.", FAILED)
    debug.report(error)  # frames only, and only when asked for: never the error's message
    return code


def _fail(message: str, code: int) -> int:
    print(f"dossier: {printable.one_line(message)}", file=sys.stderr)
    return code


# -- commands -----------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    path = shared.vault_path(args)
    if path.exists():
        raise errors.VaultExists(path)
    passphrase = shared.passphrase(confirm=True)
    with Vault.create(path, passphrase) as vault, vault.transaction() as db:
        cases.find_or_create(db, args.case)
    print(f"Created an encrypted vault at {path}. Keep your passphrase safe: without it "
          "or a recovery key (dossier recovery-key), the vault cannot be opened.",
          file=sys.stderr)
    return OK


def cmd_import(args: argparse.Namespace) -> int:
    if args.list_threads:
        return thread_commands.list_threads(args)
    chosen = tuple(args.threads) if args.threads else None
    if chosen:
        thread_commands.check_names(args.paths, chosen)
    refused = 0
    with shared.unlock(args) as vault:
        with vault.transaction() as db:
            case = cases.find_or_create(db, args.case)
        for outcome in importing.Importer(vault, case.id, threads=chosen).run(args.paths):
            refused += outcome.status == importing.REFUSED
            _report(vault, outcome, args.json)
        if args.ocr:
            ocr_commands.read_pending(vault, case.id, args.json)
    return SOME_REFUSED if refused else OK


def _report(vault: Vault, outcome: importing.Outcome, as_json: bool) -> None:
    if outcome.status != importing.STORED:
        line: dict[str, Any] = {"path": outcome.path, "status": outcome.status,
                                "reason": outcome.reason}
        if outcome.duplicate_of is not None:
            line["duplicate_of"] = outcome.duplicate_of
        shared.emit(line, as_json, f"{outcome.status}: {outcome.path}: {outcome.reason}")
        return
    for item_id in outcome.item_ids:
        item = evidence.get(vault.db, item_id)
        assert item is not None
        line = {**item.as_json(), "status": "stored", "path": outcome.path}
        shared.emit(line, as_json, f"stored: {_describe(item)}")


def cmd_list(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        case_id = shared.case_id(vault, args.case)
        for item in evidence.list_items(vault.db, case_id):
            shared.emit(item.as_json(), args.json, _describe(item))
    return OK


def cmd_show(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        found = evidence.details(vault.db, args.id)
        if found is None:
            raise errors.UsageError(f"There is no item {args.id}.")
        data = found.as_json()
        reading = transcripts.reading(vault.db, args.id)
        if reading is not None:
            data["screen_text"] = reading.as_json()
        data.update(corroboration_commands.shown(vault.db, found.item))
        data["custody"] = [e.as_json() for e in custody.entries(vault.db, args.id)]
        if args.json:
            shared.emit(data, True, "")
        else:
            _print_details(data)
    return OK


def cmd_cat(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        blob_id = evidence.blob_id(vault.db, args.id)
        if blob_id is None:
            raise errors.UsageError(f"There is no item {args.id}.")
        out = sys.stdout.buffer
        for chunk in originals.chunks(vault.db, blob_id):
            out.write(chunk)
        out.flush()
    return OK


def cmd_search(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        case_id = shared.case_id(vault, args.case)
        for item in search.search(vault.db, args.query, case_id):
            shared.emit(item.as_json(), args.json, _describe(item))
    return OK


def cmd_stats(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        case_id = shared.case_id(vault, args.case)
        if case_id is None:
            every = cases.all_cases(vault.db)
            if not every:
                raise errors.UsageError("The vault holds no case yet.")
            case_id = every[-1].id
        events = timeline.load(vault.db, case_id, search.Filters()).events
        figures = statistics.compute(events)
    if args.json:
        shared.emit(figures.as_dict(), True, "")
    else:
        print(printable.lines(figures.as_text()))  # handles and platforms come from evidence
    return OK


def cmd_check(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        report = vault.check()
        for problem in report.problems:
            print(f"problem: {problem}")
        summary = (f"{report.items} items, {report.originals} originals re-hashed, "
                   f"{report.custody_entries} custody entries")
        if report.ok:
            print(f"The vault is sound: {summary}.")
        _log_check(vault, report)
    if report.ok:
        return OK
    return _fail(f"The vault has {len(report.problems)} problem(s) ({summary}).", FAILED)


def _log_check(vault: Vault, report: CheckReport) -> None:
    error = vault.record_check(report)
    if error is not None:  # part of the report, on stdout: stderr has one line
        print(f"note: this check could not be recorded in the history: {error}")


def cmd_log(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        for entry in custody.entries(vault.db):
            text = (f"{entry.id:>5}  {entry.at}  {entry.action:<18} "
                    f"item={entry.item_id or '-'}  {entry.entry_hash[:16]}")
            shared.emit(entry.as_json(), args.json, text)
    return OK


def cmd_passwd(args: argparse.Namespace) -> int:
    if args.recovery:
        return key_commands.recover(args)
    old = shared.passphrase(confirm=False)  # kept to re-encrypt the copies beside the vault
    with shared.unlock(args, old) as vault:
        new = os.environ.get("DOSSIER_NEW_PASSPHRASE") or shared.ask_twice("New passphrase: ")
        if args.new_master_key:
            key_commands.renew_master_key(vault, new)
        else:
            vault.change_passphrase(new)
        copies = side_copies.beside(vault.path)
    print("The passphrase was changed.", file=sys.stderr)
    if copies:
        _care_for_side_copies(copies, args.side_copies, old, new)
    return OK


def _care_for_side_copies(copies: list[Path], choice: str, old: str, new: str) -> None:
    """Copies kept beside the vault still open with the old passphrase: say so, and
    re-encrypt or delete them when asked."""
    names = ", ".join(copy.name for copy in copies)
    if choice == "ask" and sys.stdin.isatty():
        print(f"These copies beside the vault still open with the old passphrase: {names}.",
              file=sys.stderr)
        answer = input("Re-encrypt them with the new one (r), delete them (d), "
                       "or keep them (k)? ").strip().lower()[:1]
        choice = {"r": "rekey", "d": "delete"}.get(answer, "keep")
    if choice == "rekey":
        done = side_copies.rekey(copies, old, new)
        for copy in done.rekeyed:
            print(f"Re-encrypted with the new passphrase: {copy.name}", file=sys.stderr)
    elif choice == "delete":
        done = side_copies.delete(copies)
        for copy in done.deleted:
            print(f"Deleted: {copy.name}", file=sys.stderr)
    else:
        done = side_copies.Outcome(kept=[(copy, "") for copy in copies])
    for copy, reason in done.kept:
        why = f" ({reason})" if reason else ""
        print(f"dossier: {copy.name} still opens with the old passphrase{why}. To change "
              f"it too: dossier --vault {copy} passwd; or delete it.", file=sys.stderr)


def cmd_backup(args: argparse.Namespace) -> int:
    if backup_commands.wants_folder(args):
        return backup_commands.backup_to_folder(args)
    given = shared.passphrase(confirm=False)  # gives the copy a salt of its own
    with shared.unlock(args, given) as vault:
        vault.backup(Path(args.destination), given)
    if args.json:
        shared.emit({"backup": str(args.destination)}, True, "")
    print(f"Encrypted backup written to {args.destination}; it opens with the same "
          "passphrase.", file=sys.stderr)
    return OK


def cmd_restore(args: argparse.Namespace) -> int:
    backup = backup_commands.chosen_backup(args)
    with shared.unlock(args) as vault:
        # The backup may have an older passphrase; in a terminal an empty answer means
        # "the same as the vault's".
        given = os.environ.get("DOSSIER_BACKUP_PASSPHRASE")
        if given is None and sys.stdin.isatty():
            given = getpass.getpass("Passphrase of the backup (Enter: the same): ")
        done = restore.restore(vault, backup, given or shared.passphrase(confirm=False))
    print(f"Restored from {backup}: {done.items} items, {done.originals} originals "
          f"checked. The former vault is kept as {done.kept_as}.", file=sys.stderr)
    return OK


def cmd_demo(args: argparse.Namespace) -> int:
    from app.cli import demo  # draws screenshots with Pillow: loaded only for this command

    path = shared.vault_path(args)
    if path.exists():
        raise errors.VaultExists(path)
    if args.items < 1:
        raise errors.UsageError("--items must be at least 1.")
    given = os.environ.get("DOSSIER_PASSPHRASE")
    summary = demo.create(path, given or demo.PASSPHRASE, items=args.items)
    print(f"Created a demo vault at {path}: the case {demo.CASE_NAME!r}, "
          f"{summary.items} items, in {summary.seconds:.1f} s.", file=sys.stderr)
    if not given:
        print(f"Its passphrase is {demo.PASSPHRASE!r} (a demo: never use it for real "
              "evidence).", file=sys.stderr)
    return OK


def _describe(item: evidence.EvidenceItem) -> str:
    flags = f" [{', '.join(item.flags)}]" if item.flags else ""
    part = f" (part of {item.parent_id})" if item.parent_id else ""
    return (f"{item.id:>5}  {item.kind:<8} {item.captured_at} ({item.captured_at_source})  "
            f"{item.original_name}{part}{flags}")


def _print_details(data: dict[str, Any]) -> None:
    for key, value in data.items():
        if key == "metadata":
            for meta_key, meta_value in value.items():
                print(f"  {printable.one_line(f'{meta_key}: {meta_value}')}")
        elif key == "custody":
            for entry in value:
                print(f"custody: {entry['at']} {entry['action']} {entry['entry_hash'][:16]}")
        elif key in ("corroborations", "corroborated_by"):
            for found in value:
                print(printable.one_line(f"{key}: item {found['screenshot_id']}: "
                                         f"{found['sentence']}"))
        elif key not in ("text", "screen_text"):
            print(printable.one_line(f"{key}: {value}"))
    if data.get("text"):
        # The body keeps its lines; anything that would drive the terminal is escaped.
        print("text:\n" + printable.lines(data["text"]))
    if data.get("screen_text", {}).get("text"):
        print("text read in the picture (automatically, may contain errors):\n"
              + printable.lines(data["screen_text"]["text"]))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dossier", description="Keep evidence of online harassment in one encrypted file.")
    parser.add_argument("--version", action="version", version=f"dossier {__version__}")
    parser.add_argument("--debug", action="store_true",
                        help="on an internal error, also print where it happened (file, line,"
                             f" function; never your evidence); or set {debug.ENVIRONMENT_VARIABLE}=1")
    parser.add_argument("--vault", metavar="PATH",
                        help="the vault file (default: $DOSSIER_VAULT, else your data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    shared.add_command(commands, "init", cmd_init, "create a new encrypted vault", case=True)
    sub = shared.add_command(commands, "import", cmd_import, "store files or folders as evidence",
               json_flag=True, case=True)
    sub.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    sub.add_argument("--ocr", action="store_true",
                     help="then read the text in the pictures imported (see: dossier ocr)")
    thread_commands.add_arguments(sub)
    shared.add_command(commands, "list", cmd_list, "list the evidence", json_flag=True, case=True)
    sub = shared.add_command(commands, "show", cmd_show, "everything known about one item", json_flag=True)
    sub.add_argument("id", type=int)
    sub = shared.add_command(commands, "cat", cmd_cat, "write an item's original bytes to stdout")
    sub.add_argument("id", type=int)
    sub = shared.add_command(commands, "search", cmd_search, "find items by their text",
               json_flag=True, case=True)
    sub.add_argument("query")
    shared.add_command(commands, "stats", cmd_stats, "count the acts: per week, month, platform, account",
         json_flag=True, case=True)
    shared.add_command(commands, "check", cmd_check, "verify encryption, structure, hashes and custody log")
    shared.add_command(commands, "log", cmd_log, "print the custody log", json_flag=True)
    sub = shared.add_command(commands, "passwd", cmd_passwd, "change the passphrase")
    sub.add_argument("--side-copies", choices=("ask", "keep", "rekey", "delete"),
                     default="ask", help="copies Dossier kept beside the vault (before a "
                     "restore or an upgrade) still open with the old passphrase: re-encrypt "
                     "them, delete them, or keep them (default: ask in a terminal, else keep)")
    key_commands.add_passwd_options(sub)
    key_commands.add_commands(commands)
    sub = shared.add_command(commands, "backup", cmd_backup, "write an encrypted copy of the vault")
    backup_commands.add_backup_options(sub)
    cli_export.add_commands(commands)
    case_commands.add_commands(commands)
    people_commands.add_commands(commands)
    abuse_commands.add_commands(commands)
    step_commands.add_commands(commands)
    ocr_commands.add_commands(commands)
    corroboration_commands.add_commands(commands)
    sub = shared.add_command(commands, "restore", cmd_restore,
               "replace the vault by a backup, after checking it; the vault is kept aside")
    backup_commands.add_restore_options(sub)
    backup_commands.add_commands(commands)
    sub = shared.add_command(commands, "demo", cmd_demo, "create a demo vault holding an invented case")
    sub.add_argument("--items", type=int, default=300, help="how many items (default: 300)")
    return parser

"""``dossier export`` and ``dossier verify``: the bundle from a terminal, same core as the
desktop app's export wizard."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from app.case import caption, cases, tags
from app.cli import shared
from app.common import errors, printable
from app.export import verify as bundle_check
from app.export.options import (
    LANGUAGES,
    LAWYER,
    RECIPIENTS,
    Letter,
    Options,
    Scope,
    clean_prefix,
    default_prefix,
    for_recipient,
)
from app.vault.vault import Vault

OK, FAILED, USAGE = 0, 1, 2
# The caption's parts, as the flags' destinations name them.
CAPTION_PARTS = tuple(part.name for part in dataclasses.fields(caption.Caption))


def add_commands(commands: Any) -> None:
    sub = shared.add_command(commands, "export", cmd_export,
              "write a court-ready bundle: report PDF, originals, hashes", json_flag=True,
              case=True)
    sub.add_argument("--out", required=True, type=Path, metavar="PATH",
                     help="the bundle to create (a folder, or a .zip with --zip); never replaced")
    sub.add_argument("--zip", action="store_true", help="one ZIP file instead of a folder")
    sub.add_argument("--recipient", choices=RECIPIENTS, default="lawyer")
    sub.add_argument("--lang", choices=LANGUAGES, default=locale_language(),
                     help="the report's language (default: the terminal's, else French)")
    sub.add_argument("--from", dest="since", type=_day, metavar="DATE",
                     help="first day, YYYY-MM-DD")
    sub.add_argument("--to", dest="until", type=_day, metavar="DATE",
                     help="last day, YYYY-MM-DD (included)")
    sub.add_argument("--tag", action="append", default=[], metavar="TAG",
                     help="only evidence with this tag (repeat for any of several)")
    sub.add_argument("--prefix", help="page identifier prefix (default: from the case name)")
    sub.add_argument("--no-originals", action="store_true",
                     help="leave the original files out (the report only)")
    sub.add_argument("--encrypt", action="store_true",
                     help="protect the report with a password (AES-256), taken from "
                          "$DOSSIER_PDF_PASSWORD or asked twice")
    _letter_arguments(sub)
    _caption_arguments(sub)
    sub = shared.add_command(commands, "verify", cmd_verify,
              "check a bundle (folder or ZIP): names each changed, missing or added file")
    sub.add_argument("path", type=Path, metavar="PATH")
    sub.add_argument("--fingerprint", default="", metavar="HEX",
                     help="the bundle fingerprint the sender gave: it must match")


def _letter_arguments(sub: argparse.ArgumentParser) -> None:
    """What the letter to the procureur needs beyond the evidence (police bundle)."""
    sub.add_argument("--civil-party", action="store_true",
                     help="the letter declares you partie civile (otherwise it offers it)")
    sub.add_argument("--earlier-complaint", type=_day, metavar="DATE",
                     help="the day of an earlier complaint this one completes (YYYY-MM-DD): "
                          "the letter becomes a plainte complémentaire")
    sub.add_argument("--earlier-complaint-place", default="", metavar="PLACE",
                     help="where that earlier complaint was filed")


def _caption_arguments(sub: argparse.ArgumentParser) -> None:
    """The caption of an avocat's bordereau; each one given is kept in the case for the
    next exports, "" forgets it."""
    sub.add_argument("--jurisdiction", metavar="COURT",
                     help="the court, e.g. 'Tribunal judiciaire de Lyon' (lawyer bundle)")
    sub.add_argument("--rg", metavar="NUMBER",
                     help="the case's RG number (numéro de répertoire général)")
    sub.add_argument("--for", dest="for_party", metavar="NAME",
                     help="for whom: the client ('Pour')")
    sub.add_argument("--against", metavar="NAME", help="against whom: the other side ('Contre')")


def locale_language(environ: dict[str, str] | None = None) -> str:
    """The report language the terminal's locale asks for, as the window does with its own;
    French when the locale names none (C, POSIX), since the procedure is French."""
    environ = dict(os.environ) if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        code = environ.get(name, "").split("_")[0].split(".")[0].lower()
        if code and code not in ("c", "posix"):
            return code if code in LANGUAGES else "en"
    return "fr"


def cmd_export(args: argparse.Namespace) -> int:
    from app.export import exporting  # PDF and .docx libraries: loaded only to export

    given = {name: getattr(args, name) for name in CAPTION_PARTS}
    if args.recipient != LAWYER and any(value is not None for value in given.values()):
        raise errors.UsageError("--jurisdiction, --rg, --for and --against head an avocat's "
                                "bordereau: use them with --recipient lawyer.")
    with shared.unlock(args) as vault:
        options = _options(vault, args, shared.case_id(vault, args.case))
        result = exporting.export(vault, options, args.out.expanduser(), prefill_summary=True,
                                  progress=_progress if sys.stderr.isatty() else _quiet)
        if any(value is not None for value in given.values()):
            caption.remember(vault, options.scope.case_id, options.caption)
    if args.json:
        print(json.dumps({"path": str(result.path), "fingerprint": result.fingerprint,
                          "exhibits": result.exhibits, "pages": result.pages,
                          "size": result.size, **_caption_json(options)}))
    else:
        print(f"Bundle written: {result.path} ({result.exhibits} exhibits, "
              f"{result.pages} report pages)")
        print(f"Bundle fingerprint (SHA-256 of SHA256SUMS): {result.fingerprint}")
        print("Send this fingerprint separately (by text message, for example), so the "
              "recipient can check that nothing changed on the way.")
    return OK


def cmd_verify(args: argparse.Namespace) -> int:
    try:
        findings = bundle_check.verify(args.path.expanduser(), args.fingerprint.strip())
    except (bundle_check.NotABundle, OSError, zipfile.BadZipFile) as error:
        raise errors.UsageError(f"{args.path} cannot be checked: {error}") from None
    for line in findings.lines():
        print(printable.one_line(line))  # a received bundle's file names are anyone's choice
    return OK if findings.ok else FAILED


def _options(vault: Vault, args: argparse.Namespace, case_id: int | None) -> Options:
    case = next((c for c in cases.all_cases(vault.db) if c.id == case_id), None)
    if case is None:
        every = cases.all_cases(vault.db)
        if not every:
            raise errors.UsageError("The vault holds no case yet.")
        case = every[-1]
    scope = Scope(case.id, since=_start(args.since), until=_start(args.until, next_day=True),
                  tag_ids=_tag_ids(vault, case.id, args.tag))
    prefix = clean_prefix(args.prefix) if args.prefix else default_prefix(case.name)
    earlier = args.earlier_complaint.isoformat() if args.earlier_complaint else ""
    letter = Letter(civil_party=args.civil_party, earlier_date=earlier,
                    earlier_place=args.earlier_complaint_place.strip())
    kept = caption.load(vault.db, case.id) if args.recipient == LAWYER else caption.Caption()
    return for_recipient(scope, args.recipient, language=args.lang, prefix=prefix,
                         letter=letter, as_zip=args.zip, include_originals=not args.no_originals,
                         pdf_password=_pdf_password() if args.encrypt else "",
                         caption=kept.updated(**{name: getattr(args, name)
                                                 for name in CAPTION_PARTS}))


def _caption_json(options: Options) -> dict[str, Any]:
    """The caption the bordereau was headed with, for an avocat's bundle."""
    if options.recipient != LAWYER:
        return {}
    return {"caption": dataclasses.asdict(options.caption)}


def _tag_ids(vault: Vault, case_id: int, names: list[str]) -> frozenset[int]:
    known = {tag.name.casefold(): tag.id for tag in tags.all_tags(vault.db, case_id)}
    missing = [name for name in names if name.casefold() not in known]
    if missing:
        raise errors.UsageError(f"There is no tag named {missing[0]!r} in this case.")
    return frozenset(int(known[name.casefold()] or 0) for name in names)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-30") from None


def _start(day: date | None, next_day: bool = False) -> str | None:
    """Local midnight starting ``day`` (or the day after), as ISO 8601 with its offset."""
    if day is None:
        return None
    moment = datetime.combine(day + timedelta(days=1 if next_day else 0), time())
    return moment.astimezone().isoformat()


def _pdf_password() -> str:

    return os.environ.get("DOSSIER_PDF_PASSWORD") or shared.ask_twice("Password for the report: ")


def _progress(step: Any) -> None:  # an exporting.Progress
    print(f"\r{step.step}: {step.done}/{step.total}   ", end="", file=sys.stderr, flush=True)


def _quiet(step: Any) -> None:
    del step

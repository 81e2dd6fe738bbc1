"""``dossier export`` and ``dossier verify``: the bundle from a terminal, same core as the
desktop app's export wizard."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from app.case import caption, cases, tags
from app.cli import shared
from app.common import errors, printable
from app.export import platform_items, remembered
from app.export import verify as bundle_check
from app.export.options import (
    LANGUAGES,
    LAWYER,
    RECIPIENTS,
    Filer,
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
    sub.add_argument("--include-full-exports", action="store_true",
                     help="also copy a platform's whole data export (and a mailbox holding "
                          "mail not imported) as it is; by default it stays in the vault, "
                          "since it holds your other conversations, and the bundle gives "
                          "its SHA-256")
    sub.add_argument("--encrypt", action="store_true",
                     help="with --zip, encrypt every file of the ZIP but its READMEs with "
                          "AES-256 (7-Zip opens it); the password is taken from "
                          "$DOSSIER_EXPORT_PASSWORD or asked twice")
    _letter_arguments(sub)
    _platform_arguments(sub)
    _caption_arguments(sub)
    sub = shared.add_command(commands, "verify", cmd_verify,
              "check a bundle (folder or ZIP): names each changed, missing or added file")
    sub.add_argument("path", type=Path, metavar="PATH")
    sub.add_argument("--fingerprint", default="", metavar="HEX",
                     help="the bundle fingerprint the sender gave: it must match")
    sub.epilog = ("An encrypted bundle's password is taken from $DOSSIER_EXPORT_PASSWORD "
                  "or asked.")


def _letter_arguments(sub: argparse.ArgumentParser) -> None:
    """What the letter to the procureur needs beyond the evidence (police bundle)."""
    sub.add_argument("--civil-party", action="store_true",
                     help="the letter declares you partie civile (otherwise it offers it)")
    sub.add_argument("--earlier-complaint", type=_day, metavar="DATE",
                     help="the day of an earlier complaint this one completes (YYYY-MM-DD): "
                          "the letter becomes a plainte complémentaire")
    sub.add_argument("--earlier-complaint-place", default="", metavar="PLACE",
                     help="where that earlier complaint was filed")


def _platform_arguments(sub: argparse.ArgumentParser) -> None:
    """What a platform's notice (DSA Art. 16) needs: which platform, and who notifies."""
    sub.add_argument("--platform", default="", metavar="NAME",
                     help="with --recipient platform: only this platform's items (e.g. "
                          "Instagram), and its notice")
    sub.add_argument("--filer-name", metavar="NAME",
                     help="your name, for the notice (remembered in the case)")
    sub.add_argument("--filer-email", metavar="EMAIL",
                     help="your e-mail address, for the notice (remembered in the case)")
    sub.add_argument("--include-replies", action="store_true",
                     help="with --recipient platform: also your own sent messages")
    sub.add_argument("--include-my-details", action="store_true",
                     help="with --recipient platform: your name and contact on the report's "
                          "cover too")
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

    if args.encrypt and not args.zip:
        raise errors.UsageError("--encrypt needs --zip: a folder's files cannot be "
                                "encrypted, only one ZIP holding them all.")

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
                          "size": result.size, "encrypted": result.sealed,
                          **_caption_json(options)}))
    else:
        print(f"Bundle written: {result.path} ({result.exhibits} exhibits, "
              f"{result.pages} report pages)")
        print(f"Bundle fingerprint (SHA-256 of SHA256SUMS): {result.fingerprint}")
        print("Send this fingerprint separately (by text message, for example), so the "
              "recipient can check that nothing changed on the way.")
        if result.sealed:
            print("Every file but the READMEs is encrypted (AES-256; 7-Zip, Keka or The "
                  "Unarchiver open it). Give the password another way than the bundle, "
                  "as the fingerprint.")
    return OK


def cmd_verify(args: argparse.Namespace) -> int:
    path, fingerprint = args.path.expanduser(), args.fingerprint.strip()
    try:
        try:
            findings = bundle_check.verify(path, fingerprint)
        except bundle_check.Sealed:
            from app.export.bundle import unsealer  # pyzipper: loaded only for a sealed one

            password = _export_password(twice=False)
            findings = bundle_check.verify(path, fingerprint, unsealer(password))
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
    options = for_recipient(scope, args.recipient, language=args.lang, prefix=prefix,
                            letter=letter, as_zip=args.zip,
                            include_originals=not args.no_originals,
                            include_full_exports=args.include_full_exports,
                            filer=_filer(vault, case.id, args),
                            caption=kept.updated(**{name: getattr(args, name)
                                                    for name in CAPTION_PARTS}))
    if args.platform and not options.for_platform:
        raise errors.UsageError("--platform goes with --recipient platform.")
    if args.include_full_exports and options.for_platform:
        raise errors.UsageError("--include-full-exports cannot go to a platform: its bundle "
                                "holds only the conversations it needs.")
    if options.for_platform:
        options = replace(options, platform=_platform(vault, case.id, args.platform),
                          include_replies=args.include_replies,
                          include_personal=args.include_my_details)
    return replace(options, pdf_password=_export_password() if args.encrypt else "")


def _filer(vault: Vault, case_id: int, args: argparse.Namespace) -> Filer:
    """The name and e-mail given, else those the case remembers from its last export."""
    known = remembered.filer(vault.db, case_id)
    name = known.name if args.filer_name is None else args.filer_name.strip()
    email = known.email if args.filer_email is None else args.filer_email.strip()
    return Filer(name=name, contact=email, email=email)


def _platform(vault: Vault, case_id: int, given: str) -> str:
    """The platform asked for, as the case's evidence spells it; a usage error naming the
    case's platforms when none or an unknown one is given."""
    known = platform_items.platforms(vault.db, case_id)
    found = next((name for name in known if name.casefold() == given.strip().casefold()), "")
    if not found:
        listed = ", ".join(known) or "none"
        raise errors.UsageError(
            f"Give --platform NAME: a platform's bundle holds only that platform's items. "
            f"The platforms in this case's evidence: {listed}.")
    return found


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


def _export_password(twice: bool = True) -> str:
    """The bundle's password: never stored, never printed."""
    if os.environ.get("DOSSIER_EXPORT_PASSWORD"):
        return os.environ["DOSSIER_EXPORT_PASSWORD"]
    if not sys.stdin.isatty():
        raise errors.UsageError("No password: set DOSSIER_EXPORT_PASSWORD or run in a "
                                "terminal.")
    prompt = "Password of the bundle: "
    return shared.ask_twice(prompt) if twice else shared.ask(prompt)


def _progress(step: Any) -> None:  # an exporting.Progress
    print(f"\r{step.step}: {step.done}/{step.total}   ", end="", file=sys.stderr, flush=True)


def _quiet(step: Any) -> None:
    del step

"""``dossier abuse-report``: an e-mail's abuse report (RFC 5965) for the sender's provider,
written to a file she sends herself; the addresses it could go to are printed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli import shared
from app.cli.export import locale_language
from app.common import errors
from app.export import abuse_report
from app.export.abuse_words import LANGUAGES

OK = 0


def cmd_abuse_report(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    if out.exists():  # said before the passphrase is asked
        raise errors.UsageError(f"{out} already exists; choose another name.")
    with shared.unlock(args) as vault:
        report = abuse_report.build(vault.db, args.id, args.lang)
    abuse_report.save(report, out)
    print(f"Abuse report written to {out}.", file=sys.stderr)
    for address in report.addresses:
        print(address)
    print(report.where_to_send)
    return OK


def add_commands(commands: Any) -> None:
    sub = shared.add_command(
        commands, "abuse-report", cmd_abuse_report,
        "write an e-mail's abuse report (RFC 5965) for the sender's provider; Dossier "
        "never sends it")
    sub.add_argument("id", type=int, metavar="ID", help="the e-mail item")
    sub.add_argument("--out", required=True, metavar="FILE.eml",
                     help="the file to write (never replaced)")
    sub.add_argument("--lang", choices=LANGUAGES, default=locale_language(),
                     help="the language of its first part (default: the terminal's, "
                          "else French)")

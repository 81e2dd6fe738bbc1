"""``dossier recovery-key`` and the recovery and new-master-key ways of ``dossier passwd``.

A recovery key is shown nowhere but on its sheet: never on the terminal, where it would
stay in the scrollback, and never in ``--json`` output.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.cli import shared
from app.cli.export import locale_language
from app.common import dates
from app.vault import recovery_shares, recovery_sheet
from app.vault.recovery_key import RecoveryKey
from app.vault.vault import Vault

OK = 0


def cmd_recovery_key(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    sheets = [out.with_name(f"{out.stem}-{number}{out.suffix}")
              for number in range(1, recovery_shares.SHARES + 1)] if args.split else [out]
    with shared.unlock(args) as vault:
        reserved: list[Path] = []
        try:
            for sheet_path in sheets:
                recovery_sheet.reserve(sheet_path)
                reserved.append(sheet_path)
            key = vault.make_recovery_key()
        except BaseException:
            for sheet_path in reserved:
                sheet_path.unlink(missing_ok=True)
            raise
        written: list[RecoveryKey | recovery_shares.Share] = [key]
        if args.split:
            written = list(recovery_shares.split(key))
        for sheet_path, part in zip(sheets, written, strict=True):
            recovery_sheet.write_text(sheet_path, recovery_sheet.compose(
                part, vault.path.name, dates.now(), args.lang))
    names = ", ".join(str(sheet_path) for sheet_path in sheets)
    what = (f"A new recovery key, split in {len(sheets)} shares (any two open the vault), is "
            f"written on {names}" if args.split else f"A new recovery key is written on {names}")
    shared.emit({"sheets": [str(sheet_path) for sheet_path in sheets],
                 "revoked_former_key": True}, args.json,
                f"{what} (readable by you only). Any former recovery key no longer opens "
                "the vault.")
    if not args.json:
        print("Whoever holds this sheet can open the vault: keep it away from home, with "
              "someone you trust or in a safe place, and delete this file once it is "
              "printed or copied.", file=sys.stderr)
    return OK


def recover(args: argparse.Namespace) -> int:
    """``dossier passwd --recovery``: the recovery key, then a new passphrase twice."""
    typed = os.environ.get("DOSSIER_RECOVERY_KEY") or shared.ask(
        "Recovery key (or two of its shares, one after the other): ")
    key = recovery_shares.read(typed)  # a typing mistake is told before anything is tried
    new = os.environ.get("DOSSIER_NEW_PASSPHRASE") or shared.ask_twice("New passphrase: ")
    with Vault.recover(shared.vault_path(args), key, new):
        pass
    print("The passphrase was changed with the recovery key; the former passphrase no "
          "longer opens the vault. The recovery key still works.", file=sys.stderr)
    return OK


def renew_master_key(vault: Vault, new: str) -> None:
    """``dossier passwd --new-master-key``: every page re-encrypted, then the new passphrase."""
    vault.renew_master_key()
    vault.change_passphrase(new)
    print("Every page of the vault was re-encrypted under a new key, so older copies of "
          "its key file no longer open it. The recovery key no longer works: make a new "
          "one with dossier recovery-key.", file=sys.stderr)


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub = shared.add_command(commands, "recovery-key", cmd_recovery_key,
                             "make a new recovery key and write its sheet (the former key "
                             "stops working)", json_flag=True)
    sub.add_argument("--out", required=True, type=Path, metavar="FILE",
                     help="the recovery sheet to write (a new text file, readable by you only)")
    sub.add_argument("--split", type=int, choices=(recovery_shares.SHARES,),
                     help="write the key as 3 shares on 3 sheets (FILE-1, -2, -3), any 2 of "
                          "which open the vault: for a trusted person, a lawyer, a safe place")
    sub.add_argument("--lang", choices=recovery_sheet.LANGUAGES, default=locale_language(),
                     help="the sheet's language (default: the terminal's, else French)")


def add_passwd_options(sub: argparse.ArgumentParser) -> None:
    ways = sub.add_mutually_exclusive_group()
    ways.add_argument("--recovery", action="store_true",
                      help="forgotten passphrase: give the recovery key (or set "
                           "DOSSIER_RECOVERY_KEY), then a new passphrase")
    ways.add_argument("--new-master-key", action="store_true",
                      help="also re-encrypt every page under a new key, for when the old "
                           "passphrase may be known to someone (takes as long as a backup)")

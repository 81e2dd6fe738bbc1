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
from app.vault import recovery_sheet
from app.vault.recovery_key import RecoveryKey
from app.vault.vault import Vault

OK = 0


def cmd_recovery_key(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    with shared.unlock(args) as vault:
        recovery_sheet.reserve(out)
        try:
            key = vault.make_recovery_key()
        except BaseException:
            out.unlink(missing_ok=True)
            raise
        sheet = recovery_sheet.compose(key, vault.path.name, dates.now(), args.lang)
        recovery_sheet.write_text(out, sheet)
    shared.emit({"sheet": str(out), "revoked_former_key": True}, args.json,
                f"A new recovery key is written on {out} (readable by you only). Any former "
                "recovery key no longer opens the vault.")
    if not args.json:
        print("Whoever holds this sheet can open the vault: keep it away from home, with "
              "someone you trust or in a safe place, and delete this file once it is "
              "printed or copied.", file=sys.stderr)
    return OK


def recover(args: argparse.Namespace) -> int:
    """``dossier passwd --recovery``: the recovery key, then a new passphrase twice."""
    typed = os.environ.get("DOSSIER_RECOVERY_KEY") or shared.ask("Recovery key: ")
    key = RecoveryKey.parse(typed)  # a typing mistake is told before anything is tried
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

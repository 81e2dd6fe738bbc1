"""The ``dossier`` command: a subcommand runs headless; no subcommand opens the window.

This lives in ``ui`` because it may start Qt; the core's ``app.cli`` never imports ``ui``.
The window is wanted in a hurry, so ``dossier`` and ``dossier --vault PATH`` are told
apart without the command line's full parser, which imports every command's code.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from app.common import process
from app.vault.place import default_path


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    args = window_only(given)
    if args is None:  # a command, --help, --version or a mistake: the full parser answers
        from app.cli import main as cli

        args = cli.parse(given)
        if args.command is not None:
            return cli.run(args)
    else:
        process.harden()  # as cli.parse does: owner-only files, no core dumps
        logging.basicConfig(level=logging.ERROR)
    from ui.app import run_app  # Qt loads only when the window is wanted

    # As app.cli.shared.vault_path, which would bring the vault's code before the window.
    return run_app(Path(args.vault).expanduser() if args.vault else default_path(),
                   sys.argv[:1])


def window_only(argv: list[str]) -> argparse.Namespace | None:
    """The arguments when they ask for the window alone (nothing, or ``--vault PATH``);
    None for anything else."""
    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    parser.add_argument("--vault")
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else args

"""The ``dossier`` command: a subcommand runs headless; no subcommand opens the window.

This lives in ``ui`` because it may start Qt; the core's ``app.cli`` never imports ``ui``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.cli import main as cli
from app.cli import shared


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse(argv)
    if args.command is not None:
        return cli.run(args)
    from ui.app import run_app  # Qt loads only when the window is wanted

    return run_app(shared.vault_path(args), sys.argv[:1])

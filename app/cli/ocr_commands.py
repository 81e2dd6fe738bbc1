"""``dossier ocr``: read the text in every picture not yet read (issue #15), in the OCR
child; ``dossier import --ocr`` runs it after the import."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.case import screen_reading, transcripts
from app.cli import shared
from app.importing import sandbox
from app.vault.vault import Vault

OK = 0


def cmd_ocr(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        case_id = shared.case_id(vault, args.case)
        if args.retry_failed:
            with vault.transaction() as db:
                transcripts.forget_failures(db, case_id)
        read_pending(vault, case_id, args.json)
    return OK


def read_pending(vault: Vault, case_id: int | None, as_json: bool) -> None:
    """Read what is left to read, one line of progress per picture, then a summary."""
    steps = screen_reading.read_pending(vault, case_id, sandbox.shared_text_reader(),
                                        lambda step: _progress(step, as_json))
    failed = sum(step.state == transcripts.FAILED for step in steps)
    summary = {"read": len(steps) - failed, "failed": failed}
    if not steps:
        text = "Every picture's text is already read; nothing to do."
    else:
        text = (f"Read the text of {len(steps) - failed} picture(s)"
                + (f"; {failed} could not be read (kept whole)." if failed else "."))
    if as_json:
        shared.emit(summary, True, "")
    else:
        print(text, file=sys.stderr)


def _progress(step: screen_reading.Step, as_json: bool) -> None:
    line: dict[str, Any] = {"item": step.item_id, "done": step.done, "total": step.total,
                            "state": step.state, "lines": step.lines}
    if step.problem:
        line["problem"] = step.problem
    outcome = (f"{step.lines} line(s) of text" if step.state == transcripts.READ
               else f"not read: {step.problem}")
    shared.emit(line, as_json, f"{step.done}/{step.total}  item {step.item_id}: {outcome}")


def add_commands(commands: Any) -> None:
    sub = shared.add_command(
        commands, "ocr", cmd_ocr,
        "read the text in every picture not yet read (offline, in a separate process); "
        "resumable", json_flag=True, case=True)
    sub.add_argument("--retry-failed", action="store_true",
                     help="also read again the pictures whose reading stopped before")

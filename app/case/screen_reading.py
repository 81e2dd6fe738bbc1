"""Reading the text of every picture not yet read, one at a time, for the command line.

Each picture is taken from the vault, read in the OCR child, and its reading stored in a
transaction of its own: stopped at any point, the next run goes on with the pictures left,
and once all are read a run does nothing. The window does the same steps, spread over its
vault worker and a waiting thread (``ui/importing/text_queue.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.case import integrity, transcripts
from app.importing.formats.sniff import FORMATS, Format
from app.importing.formats.transcript import Transcript
from app.importing.sandbox import Sandbox
from app.vault.vault import Vault


@dataclass(frozen=True)
class Step:
    """One picture done: its place in the queue, its item, and how it went."""

    done: int
    total: int
    item_id: int
    state: str  # transcripts.READ or transcripts.FAILED
    lines: int
    problem: str = ""


def read_pending(vault: Vault, case_id: int | None, reader: Sandbox,
                 on_step: Callable[[Step], None]) -> list[Step]:
    """Read every picture not yet read (in one case, or all); returns what was done."""
    with vault.transaction() as db:
        queue = transcripts.pending(db, case_id)
    steps = []
    for done, item_id in enumerate(queue, 1):
        with integrity.action(vault) as db:
            picture = transcripts.picture(db, item_id)
        answer: Transcript | str = transcripts.TOO_LARGE
        if picture is not None:
            answer = reader.transcribe(format_of(picture.format), picture.data)
        with integrity.action(vault) as db:
            transcripts.store(db, item_id, answer)
        steps.append(step_of(done, len(queue), item_id, answer))
        on_step(steps[-1])
    return steps


def format_of(name: str) -> Format:
    return FORMATS.get(name, Format(name, "other", ""))


def step_of(done: int, total: int, item_id: int, answer: Transcript | str) -> Step:
    if isinstance(answer, str) or answer.problem:
        problem = answer if isinstance(answer, str) else answer.problem
        return Step(done, total, item_id, transcripts.FAILED, 0, problem)
    return Step(done, total, item_id, transcripts.READ, len(answer.lines))

"""Steps taken ("démarches"): what the person did about the harassment, to whom, when,
under which reference, and what came back.

A platform's or a provider's report, PHAROS, a main courante, a complaint, a letter, a
constat by a commissaire de justice: the report lists them, the letter to the procureur
cites the earlier complaints with their references, and the timeline draws them in a
lane of their own. The evidence that shows a step (an acknowledgement, a receipt) is
linked to it through ``app.case.links``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import sqlcipher3

from app.case import links, records
from app.case.spans import DAY, PRECISIONS
from app.common.texts import QT_TRANSLATE_NOOP

# What kind of step, and its label for the window (translated by Qt, context "step").
KIND_LABELS = {
    "platform": QT_TRANSLATE_NOOP("step", "Report to a platform"),
    "provider": QT_TRANSLATE_NOOP("step", "Report to a provider"),
    "pharos": QT_TRANSLATE_NOOP("step", "Report to PHAROS"),
    "main-courante": QT_TRANSLATE_NOOP("step", "Main courante"),
    "plainte": QT_TRANSLATE_NOOP("step", "Complaint"),
    "courrier": QT_TRANSLATE_NOOP("step", "Letter"),
    "constat": QT_TRANSLATE_NOOP("step", "Constat by a commissaire de justice"),
    "other": QT_TRANSLATE_NOOP("step", "Other step"),
}
KINDS = tuple(KIND_LABELS)
# Complaints the letter to the procureur cites as earlier ones it completes.
COMPLAINTS = ("plainte",)

STATUS_LABELS = {
    "sent": QT_TRANSLATE_NOOP("step", "Sent"),
    "acknowledged": QT_TRANSLATE_NOOP("step", "Acknowledged"),
    "refused": QT_TRANSLATE_NOOP("step", "Refused"),
    "removed": QT_TRANSLATE_NOOP("step", "Content removed"),
    "no-answer": QT_TRANSLATE_NOOP("step", "No answer"),
}
STATUSES = tuple(STATUS_LABELS)


@dataclass
class Step:
    id: int | None
    case_id: int
    kind: str = "other"  # one of KINDS
    done_at: str = ""  # ISO 8601 with offset: the moment, or the start of the day or month
    precision: str = DAY  # how precisely done_at is known (app.case.spans)
    recipient: str = ""  # to whom: "Instagram", "Commissariat de Lyon 3e"
    what: str = ""  # what was done, in her words
    reference: str = ""  # the number the recipient gave it
    status: str = "sent"  # one of STATUSES
    answer: str = ""  # what came back, in her words or quoted
    created_at: str = ""

    def as_json(self, item_ids: list[int]) -> dict[str, Any]:
        return {**asdict(self), "items": item_ids}


def check(step: Step) -> None:
    """A ValueError for a kind, status or precision no form or command offers."""
    if step.kind not in KINDS:
        raise ValueError(f"unknown kind of step {step.kind!r}; one of {', '.join(KINDS)}")
    if step.status not in STATUSES:
        raise ValueError(f"unknown status {step.status!r}; one of {', '.join(STATUSES)}")
    if step.precision not in PRECISIONS:
        raise ValueError(f"unknown precision {step.precision!r}")


def all_steps(db: sqlcipher3.Connection, case_id: int) -> list[Step]:
    """The case's steps, the earliest first."""
    return records.load(db, "steps", Step, "case_id = ?", (case_id,), order="done_at, id")


def get(db: sqlcipher3.Connection, step_id: int) -> Step | None:
    found = records.load(db, "steps", Step, "id = ?", (step_id,))
    return found[0] if found else None


def save(db: sqlcipher3.Connection, step: Step) -> int:
    check(step)
    return records.save(db, "steps", step)


def delete(db: sqlcipher3.Connection, step_id: int) -> None:
    records.delete(db, "steps", step_id)


def items(db: sqlcipher3.Connection, step_id: int) -> list[int]:
    """The ids of the items that show a step."""
    return links.items_of(db, "step", step_id)

"""What the person does with her steps taken, one transaction each: record or edit one
with the items that show it, remove one, or record an item (an acknowledgement) as one.

The steps panel, the step dialog and the ``dossier step`` command call these; each
returns what it changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import sqlcipher3

from app.case import evidence, integrity, links, spans, steps
from app.case.changes import Changes, Done
from app.case.steps import Step
from app.common import dates, errors, roles
from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.vault.vault import Vault

STEPS = Changes(steps=True)
STEP_GONE = QT_TRANSLATE_NOOP("core", "This step was deleted meanwhile. Nothing was changed.")


def save_step(vault: Vault, step: Step, item_ids: Sequence[int] | None = None) -> Done[int]:
    """Create or update a step; ``item_ids``, when given, become exactly the items that
    show it (the items of another case are left out)."""
    if not (step.recipient.strip() or step.what.strip()):
        raise errors.UsageError(Text(QT_TRANSLATE_NOOP(
            "core", "Say to whom the step was addressed or what was done.")))
    if dates.from_iso(step.done_at) is None:
        raise errors.UsageError(Text(QT_TRANSLATE_NOOP("core", "Give the step a date.")))
    with integrity.action(vault) as db:
        step_id, relinked = _save(db, step, item_ids)
    return Done(step_id, STEPS | Changes(links=relinked))


def _save(db: sqlcipher3.Connection, step: Step,
          item_ids: Sequence[int] | None) -> tuple[int, bool]:
    created_at = step.created_at or dates.to_iso(dates.now())
    if step.id is not None:
        integrity.require(db, "steps", step.id, step.case_id, STEP_GONE)
        known = steps.get(db, step.id)
        created_at = known.created_at if known else created_at
    step_id = steps.save(db, replace(step, created_at=created_at))
    return step_id, item_ids is not None and _relink(db, step.case_id, step_id, item_ids)


def add_step(vault: Vault, case_id: int, when: str, item_ids: Sequence[int] = (),
             **fields: str) -> Done[int]:
    """``dossier step add``: WHEN is a day, a month or a moment, as for incidents;
    ``fields`` are the step's other columns (recipient, what, kind, reference...)."""
    step = Step(None, case_id, **fields)
    dated(step, when)
    return save_step(vault, step, item_ids)


def dated(step: Step, when: str) -> None:
    """Give the step the date WHEN names (a day, a month or a moment), as precisely."""
    precision, start = spans.parse_when(when)
    step.done_at = spans.span(precision, start.date(), start.date(), start.time())[0]
    step.precision = precision


def remove_step(vault: Vault, step_id: int) -> Changes:
    """The evidence stays in the case; only its link to the step goes."""
    with integrity.action(vault) as db:
        shown = steps.items(db, step_id)
        for item_id in shown:
            links.unlink(db, item_id, "step", step_id)  # logged, as every unlink
        steps.delete(db, step_id)
    return STEPS | Changes(links=bool(shown))


def draft_from_item(item: evidence.EvidenceItem) -> Step:
    """A step as an item suggests it: a platform's acknowledgement of her report, say.
    Dated when the item was, addressed to its platform (else its sender)."""
    moment = dates.from_iso(item.captured_at)
    kind = "platform" if item.platform else ("provider" if item.kind == "email" else "other")
    return Step(None, item.case_id, kind=kind,
                done_at=dates.to_iso(moment) if moment else item.captured_at,
                precision=spans.EXACT, recipient=item.platform or item.author,
                what=item.title or item.original_name,
                status="acknowledged" if item.role == roles.STEP else "sent")


def record_items(vault: Vault, item_ids: Sequence[int]) -> Done[list[int]]:
    """"Record as a step": for each item, the step it suggests, linked to it; one action."""
    made = []
    with integrity.action(vault) as db:
        for item_id in item_ids:
            item = evidence.get(db, item_id)
            if item is None:
                raise integrity.gone(integrity.ITEM_GONE)
            made.append(_save(db, draft_from_item(item), [item_id])[0])
    return Done(made, STEPS | Changes(links=bool(made)))


def _relink(db: sqlcipher3.Connection, case_id: int, step_id: int,
            item_ids: Sequence[int]) -> bool:
    wanted = set(links.items_in_case(db, case_id, item_ids))
    known = set(steps.items(db, step_id))
    for item_id in sorted(known - wanted):
        links.unlink(db, item_id, "step", step_id)
    for item_id in sorted(wanted - known):
        links.link(db, item_id, "step", step_id)
    return wanted != known

"""What the letter to the procureur says of the steps already taken: the earlier
complaint this one completes, with its reference, and the reports made before it.

A date and place typed at export (``--earlier-complaint``) win over the recorded steps:
she may cite a complaint she never recorded.
"""

from __future__ import annotations

from app.case import steps
from app.case.steps import Step
from app.export import step_words
from app.export.plan import Plan

Block = tuple[str, str]  # (style, text), as app.export.letter composes them


def last_complaint(plan: Plan) -> Step | None:
    """The latest complaint recorded among the steps, which this letter completes."""
    found = [entry.step for entry in plan.steps if entry.step.kind in steps.COMPLAINTS]
    return found[-1] if found else None


def earlier_sentence(plan: Plan, complaint: Step, words: dict[str, str]) -> Block:
    """ "La présente plainte complète celle que j'ai déposée le …", from the step."""
    language = plan.options.language
    day = step_words.when(complaint, plan.zone, language)
    place = complaint.recipient.strip() or words["earlier_place"]
    if not complaint.reference.strip():
        return ("paragraph", words["earlier"].format(day=day, place=place))
    return ("paragraph", step_words.say(language, "letter.earlier", day=day, place=place,
                                        reference=complaint.reference.strip()))


def taken(plan: Plan) -> list[Block]:
    """The steps already taken, one line each, under their heading; none: nothing."""
    if not plan.steps:
        return []
    language = plan.options.language
    return [("heading", step_words.say(language, "letter.heading")),
            ("paragraph", step_words.say(language, "letter.intro")),
            *(("list", _line(plan, entry.step)) for entry in plan.steps)]


def _line(plan: Plan, step: Step) -> str:
    language = plan.options.language
    when = step_words.when(step, plan.zone, language, phrase=True)
    kind = step_words.say(language, f"kind.{step.kind}")
    reference = step.reference.strip()
    return step_words.say(
        language, "letter.step", when=when[:1].upper() + when[1:],
        kind=kind[:1].lower() + kind[1:],
        recipient=f" ({step.recipient.strip()})" if step.recipient.strip() else "",
        what=f" — {step.what.strip()}" if step.what.strip() else "",
        reference=step_words.say(language, "letter.reference", reference=reference)
        if reference else "",
        status=step_words.say(language, f"status.{step.status}").lower())

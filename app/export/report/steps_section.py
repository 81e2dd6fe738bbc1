"""The report's "Démarches effectuées" section: each step the person took, its date,
to whom, what was done, the reference it was given, where it stands, and the exhibits
that show it."""

from __future__ import annotations

from functools import partial

from app.export import step_words
from app.export.plan import Plan, StepEntry
from app.export.report import facts as report_facts
from app.export.report.document import ReportDocument
from app.export.report.table import Cell, Column, Run, table


def steps_section(doc: ReportDocument, plan: Plan) -> None:
    """The steps in date order; the report leaves the section out when there is none."""
    language = plan.options.language
    say = partial(step_words.say, language)
    doc.note(say("intro"))
    doc.ln(2)
    columns = [Column(say("col.date"), 26), Column(say("col.step"), 38),
               Column(say("col.what"), 46), Column(say("col.reference"), 26),
               Column(say("col.status"), 26), Column(say("col.exhibits"), 12)]
    table(doc, columns, (_row(plan, entry) for entry in plan.steps))


def _row(plan: Plan, entry: StepEntry) -> list[Cell]:
    language, step = plan.options.language, entry.step
    say = partial(step_words.say, language)
    outcome: list[Run] = [("B", say(f"status.{step.status}"))]
    if step.answer.strip():
        outcome.append(("I", say("answer", answer=step.answer.strip())))
    return [step_words.when(step, plan.zone, language),
            [("B", say(f"kind.{step.kind}")), ("", step.recipient.strip())],
            step.what.strip(), step.reference.strip(), outcome,
            report_facts.refs(plan, entry.exhibits)]

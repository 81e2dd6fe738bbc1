"""``dossier step`` and ``dossier deadlines``: the steps taken (démarches) and the
limitation date of each incident, through the same core the window uses."""

from __future__ import annotations

import argparse
from typing import Any

from app.case import deadlines, step_actions, steps
from app.case.steps import Step
from app.cli import shared
from app.common import dates, errors
from app.vault.vault import Vault

OK = 0


def cmd_step_add(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        case_id = shared.chosen_case(vault, args.case)
        done = step_actions.add_step(vault, case_id, args.date, args.item or (),
                                     **_fields(args))
        _emit(vault, done.value, args.json)
    return OK


def cmd_step_edit(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        step = _step(vault, args.id)
        for name, value in _fields(args).items():
            setattr(step, name, value)
        if args.date is not None:
            step_actions.dated(step, args.date)
        step_actions.save_step(vault, step, args.item)
        _emit(vault, args.id, args.json)
    return OK


def cmd_step_remove(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        _step(vault, args.id)
        step_actions.remove_step(vault, args.id)
        shared.emit({"id": args.id, "removed": True}, args.json, f"removed: step {args.id}")
    return OK


def cmd_step_list(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        for step in steps.all_steps(vault.db, shared.chosen_case(vault, args.case)):
            _emit(vault, int(step.id or 0), args.json)
    return OK


def cmd_deadlines(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        case_id = shared.chosen_case(vault, args.case)
        found = deadlines.of_case(vault.db, case_id, dates.now().date())
    for deadline in found:
        shared.emit(deadline.as_json(), args.json,
                    f"{deadline.incident_id:>5}  {deadline.title}: {deadline.sentence()}")
    if not args.json:
        print(deadlines.DISCLAIMER)
    return OK


def _fields(args: argparse.Namespace) -> dict[str, str]:
    """The step's columns the command line gives; the others keep their value."""
    given = {"kind": args.kind, "recipient": args.to, "what": args.what,
             "reference": args.ref, "status": args.status, "answer": args.answer}
    return {name: value for name, value in given.items() if value is not None}


def _step(vault: Vault, step_id: int) -> Step:
    step = steps.get(vault.db, step_id)
    if step is None:
        raise errors.UsageError(f"There is no step {step_id}.")
    return step


def _emit(vault: Vault, step_id: int, as_json: bool) -> None:
    step = _step(vault, step_id)
    shown = steps.items(vault.db, step_id)
    reference = f"  ref. {step.reference}" if step.reference else ""
    shared.emit(step.as_json(shown), as_json,
                f"{step.id:>5}  {step.done_at[:10]}  {step.kind:<13} {step.status:<12} "
                f"{step.recipient}: {step.what}{reference}")


def add_commands(commands: Any) -> None:
    parser = commands.add_parser("step", help="the steps you took: reports, complaints, letters",
                                 description="the steps you took: reports, complaints, letters")
    nouns = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    sub = shared.add_command(nouns, "add", cmd_step_add, "record a step; prints it",
                             json_flag=True, case=True)
    _step_fields(sub, required=True)
    shared.add_command(nouns, "list", cmd_step_list, "list the steps", json_flag=True, case=True)
    sub = shared.add_command(nouns, "edit", cmd_step_edit, "change a step", json_flag=True)
    sub.add_argument("id", type=int, metavar="ID")
    _step_fields(sub, required=False)
    sub = shared.add_command(nouns, "remove", cmd_step_remove,
                             "remove a step (its items stay in the case)", json_flag=True)
    sub.add_argument("id", type=int, metavar="ID")
    shared.add_command(commands, "deadlines", cmd_deadlines,
                       "each incident's limitation date, from its qualification",
                       json_flag=True, case=True)


def _step_fields(sub: argparse.ArgumentParser, required: bool) -> None:
    sub.add_argument("--date", required=required, metavar="WHEN",
                     help="a month (2026-11), a day (2026-11-06) or a moment (2026-11-06T22:15)")
    sub.add_argument("--to", required=required, metavar="WHO",
                     help="to whom: a platform, a police station, a provider")
    sub.add_argument("--what", required=required, metavar="TEXT", help="what was done")
    sub.add_argument("--kind", choices=steps.KINDS, help="what kind of step (default: other)")
    sub.add_argument("--ref", metavar="REF", help="the reference number it was given")
    sub.add_argument("--status", choices=steps.STATUSES, help="where it stands (default: sent)")
    sub.add_argument("--answer", metavar="TEXT", help="the answer received")
    sub.add_argument("--item", action="append", type=int, metavar="ID",
                     help="an item that shows it; repeatable" +
                          ("" if required else " (replaces the linked items)"))

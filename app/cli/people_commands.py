"""``dossier person``, ``dossier account`` and ``dossier incident``: the case's people,
their accounts and what happened, through the same core actions the window uses."""

from __future__ import annotations

import argparse
from typing import Any

from app.case import (
    incident_actions,
    incidents,
    links,
    people,
    people_actions,
    qualifications,
)
from app.case.people import AccountRef, Person
from app.cli import shared
from app.common import errors
from app.vault.vault import Vault

OK = 0
# The command line's words for a role; "third_party" is stored as the window's "other".
ROLE_WORDS = {"harasser": "harasser", "witness": "witness", "third_party": "other",
              "other": "other"}


def cmd_person_add(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        case_id = _case(vault, args.case)
        done = people_actions.save_person(vault, Person(None, case_id, args.name,
                                                        ROLE_WORDS[args.role]))
        shared.emit({"id": done.value, "name": args.name, "role": ROLE_WORDS[args.role]},
                    args.json, str(done.value))
    return OK


def cmd_person_list(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        case_id = _case(vault, args.case)
        accounts = people.all_accounts(vault.db, case_id)
        for person in people.all_people(vault.db, case_id):
            owned = [a.id for a in accounts if a.person_id == person.id]
            data = {"id": person.id, "name": person.name, "role": person.role,
                    "notes": person.notes, "accounts": owned}
            shared.emit(data, args.json, f"{person.id:>5}  {person.role:<9} {person.name}")
    return OK


def cmd_account_add(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        case_id = _case(vault, args.case)
        ref = AccountRef(None, args.platform or "", args.handle, args.url or "", args.person)
        done = people_actions.save_account(vault, case_id, ref)
        shared.emit({"id": done.value, "platform": ref.platform, "handle": ref.handle,
                     "url": ref.url, "person_id": ref.person_id}, args.json, str(done.value))
    return OK


def cmd_account_list(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        case_id = _case(vault, args.case)
        counts = people.item_counts(vault.db, case_id)
        for account in people.all_accounts(vault.db, case_id):
            data = {"id": account.id, "platform": account.platform, "handle": account.handle,
                    "url": account.url, "person_id": account.person_id,
                    "items": counts.get(int(account.id or 0), 0)}
            shared.emit(data, args.json, f"{account.id:>5}  {account.platform or '-':<10} "
                                         f"{account.handle}  ({data['items']} items)")
    return OK


def cmd_incident_add(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        case_id = _case(vault, args.case)
        done = incident_actions.add_incident(vault, case_id, args.title, args.when,
                                             args.until, args.item or (),
                                             args.qualification or "")
        incident = incidents.get(vault.db, done.value)
        assert incident is not None
        shared.emit(_incident_json(vault, incident), args.json, str(done.value))
    return OK


def cmd_incident_list(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        for incident in incidents.all_incidents(vault.db, _case(vault, args.case)):
            data = _incident_json(vault, incident)
            shared.emit(data, args.json, f"{incident.id:>5}  {incident.occurred_at} "
                        f"({incident.precision})  {incident.title}  "
                        f"({len(data['items'])} items)")
    return OK


def cmd_incident_link(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        incident = incidents.get(vault.db, args.id)
        if incident is None:
            raise errors.UsageError(f"There is no incident {args.id}.")
        done = incident_actions.link_items(vault, incident.case_id, args.items, [args.id])
        shared.emit({"id": args.id, "linked": done.value}, args.json,
                    f"{done.value} new link(s) to incident {args.id}.")
    return OK


def _incident_json(vault: Vault, incident: incidents.Incident) -> dict[str, Any]:
    return {"id": incident.id, "title": incident.title, "description": incident.description,
            "occurred_at": incident.occurred_at, "occurred_until": incident.occurred_until,
            "precision": incident.precision, "platform": incident.platform,
            "severity": incident.severity, "qualification": incident.qualification,
            "items": links.items_of(vault.db, "incident", int(incident.id or 0)),
            "accounts": incidents.accounts(vault.db, int(incident.id or 0))}


def _case(vault: Vault, name: str | None) -> int:
    return shared.chosen_case(vault, name)


def add_commands(commands: Any) -> None:
    _person(commands.add_parser("person", help="the people in the case",
                                description="the people in the case"))
    _account(commands.add_parser("account", help="the accounts in the case",
                                 description="the accounts in the case"))
    _incident(commands.add_parser("incident", help="what happened, and when",
                                  description="what happened, and when"))


def _person(parser: argparse.ArgumentParser) -> None:
    nouns = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    sub = shared.add_command(nouns, "add", cmd_person_add, "add a person; prints the new id",
                             json_flag=True, case=True)
    sub.add_argument("name", metavar="NAME")
    sub.add_argument("--role", choices=list(ROLE_WORDS), default="harasser")
    shared.add_command(nouns, "list", cmd_person_list, "list the people", json_flag=True,
                       case=True)


def _account(parser: argparse.ArgumentParser) -> None:
    nouns = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    sub = shared.add_command(nouns, "add", cmd_account_add, "add an account; prints the new id",
                             json_flag=True, case=True)
    sub.add_argument("handle", metavar="HANDLE")
    sub.add_argument("--platform", metavar="P")
    sub.add_argument("--person", type=int, metavar="ID", help="whose account it is")
    sub.add_argument("--url", metavar="URL")
    shared.add_command(nouns, "list", cmd_account_list, "list the accounts", json_flag=True,
                       case=True)


def _incident(parser: argparse.ArgumentParser) -> None:
    nouns = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    sub = shared.add_command(nouns, "add", cmd_incident_add,
                             "record an incident; prints the new id", json_flag=True, case=True)
    sub.add_argument("--title", required=True, metavar="T")
    sub.add_argument("--when", required=True, metavar="WHEN",
                     help="a month (2026-11), a day (2026-11-06) or a moment (2026-11-06T22:15)")
    sub.add_argument("--until", metavar="WHEN", help="the end, if it lasted or is not sure")
    sub.add_argument("--item", action="append", type=int, metavar="ID",
                     help="an item that shows it; repeatable")
    sub.add_argument("--qualification", choices=qualifications.KEYS, metavar="Q",
                     help="the offence, cited in the letter: " + ", ".join(qualifications.KEYS))
    shared.add_command(nouns, "list", cmd_incident_list, "list the incidents", json_flag=True,
                       case=True)
    sub = shared.add_command(nouns, "link", cmd_incident_link,
                             "link items to an incident", json_flag=True)
    sub.add_argument("id", type=int, metavar="ID")
    sub.add_argument("items", nargs="+", type=int, metavar="ITEM")

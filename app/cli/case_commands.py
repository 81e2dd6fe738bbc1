"""``dossier describe``, ``dossier tag`` and ``dossier me``: describing evidence from a
terminal, through the same core actions the item editor uses."""

from __future__ import annotations

import argparse
from typing import Any

from app.case import describing, evidence, me
from app.cli import shared
from app.common import dates, errors, roles
from app.vault.vault import Vault

OK = 0


def cmd_describe(args: argparse.Namespace) -> int:
    fields = {name: value for name, value in (
        ("title", args.title), ("description", args.note), ("platform", args.platform),
        ("url", args.url), ("role", args.role)) if value is not None}
    captured_at = None
    if args.captured_at is not None:
        captured_at = dates.from_iso(args.captured_at)
        if captured_at is None:
            raise errors.UsageError(f"--captured-at {args.captured_at!r} is not an ISO date "
                                    "(e.g. 2026-11-06T22:15).")
    with shared.unlock(args) as vault:
        _require_item(vault, args.id)
        describing.describe_item(vault, args.id, fields, captured_at, args.account or (),
                                 args.tag or ())
        item = evidence.get(vault.db, args.id)
        assert item is not None
        shared.emit(item.as_json(), args.json, f"described: item {item.id}")
    return OK


def cmd_tag(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        _require_item(vault, args.id)
        describing.tag_item(vault, args.id, args.tags, remove=args.remove)
        now = describing.current_tags(vault, args.id)
        shared.emit({"id": args.id, "tags": now}, args.json,
                    f"item {args.id}: {', '.join(now) or '(no tags)'}")
    return OK


def cmd_me(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        if args.add is not None:
            me.add(vault, args.add, args.platform or "")
        elif args.remove is not None:
            me.remove(vault, args.remove, args.platform or "")
        for identity in me.identities(vault):
            shared.emit(identity.as_json(), args.json, _identity_text(identity))
    return OK


def _identity_text(identity: me.Identity) -> str:
    platform = f" ({identity.platform})" if identity.platform else ""
    return f"{identity.identifier}{platform}  [{identity.source}]"


def _require_item(vault: Vault, item_id: int) -> None:
    if evidence.get(vault.db, item_id) is None:
        raise errors.UsageError(f"There is no item {item_id}.")


def add_commands(commands: Any) -> None:
    sub = shared.add_command(commands, "describe", cmd_describe,
                             "change an item's description, date, accounts and tags",
                             json_flag=True)
    sub.add_argument("id", type=int, metavar="ID")
    sub.add_argument("--title", metavar="T")
    sub.add_argument("--note", metavar="TEXT", help="what it shows, in your own words")
    sub.add_argument("--platform", metavar="P")
    sub.add_argument("--url", metavar="URL")
    sub.add_argument("--captured-at", metavar="ISO", help="when it was captured (set by you)")
    sub.add_argument("--role", choices=roles.ROLES,
                     help="what it is in the case: an act of harassment, your reply, "
                          "context, or a step you took")
    sub.add_argument("--account", action="append", metavar="HANDLE",
                     help="tie it to an account on its platform (created if new); repeatable")
    sub.add_argument("--tag", action="append", metavar="TAG", help="add a tag; repeatable")
    sub = shared.add_command(commands, "tag", cmd_tag, "add tags to an item, or remove them",
                             json_flag=True)
    sub.add_argument("id", type=int, metavar="ID")
    sub.add_argument("tags", nargs="+", metavar="TAG")
    sub.add_argument("--remove", action="store_true", help="take these tags off")
    sub = shared.add_command(commands, "me", cmd_me,
                             "who you are in the evidence: your names, numbers and handles",
                             json_flag=True)
    change = sub.add_mutually_exclusive_group()
    change.add_argument("--add", metavar="IDENTIFIER", help="add one of your identities")
    change.add_argument("--remove", metavar="IDENTIFIER", help="remove one")
    sub.add_argument("--platform", metavar="P", help="where that identity is used")

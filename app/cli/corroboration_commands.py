"""``dossier corroborate``: the screenshots whose read text is a message of a platform's
export or a chat backup (issue #15 §2), and the same list in ``dossier show`` for one
screenshot. Worked out afresh each time; nothing is stored or changed."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

import sqlcipher3

from app.case import corroboration, evidence, transcripts
from app.cli import shared
from app.common import dates
from app.export import corroborations, wording

OK = 0
_HOW = {corroboration.TEXT_AND_TIME: "same text and the time shown",
        corroboration.TEXT_AND_DAY: "same text and the same day",
        corroboration.TEXT: "same text only"}


def shown(db: sqlcipher3.Connection, item: evidence.EvidenceItem) -> dict[str, Any]:
    """What ``dossier show`` adds: a read picture's corroborations, or the screenshots
    that show a message."""
    told = [described(one) for one in corroborations.of_item(db, item.id)]
    if item.kind == "message":
        return {"corroborated_by": told}
    return {"corroborations": told} if transcripts.reading(db, item.id) else {}


def described(told: corroborations.Told) -> dict[str, Any]:
    """A corroboration as JSON, with the message's exhibit number once exported and the
    sentence a person reads."""
    found, label = told.found, told.exhibit
    at = datetime.fromisoformat(found.message_at).astimezone(dates.case_zone())
    where = f"exhibit {label}, message {found.message_id}" if label else (
        f"message {found.message_id}")
    platform = f"{found.platform} " if found.platform else ""
    sentence = (f"Matches the message of {wording.day('en', at.date())} at "
                f"{wording.clock(at)} in the {platform}export ({where}): "
                f"{_HOW[found.strength]}.")
    return {**found.as_json(), "exhibit": label, "sentence": sentence}


def cmd_corroborate(args: argparse.Namespace) -> int:
    with shared.unlock(args) as vault:
        case_id = shared.chosen_case(vault, args.case)
        for found in corroboration.in_case(vault.db, case_id):
            data = described(corroborations.told(vault.db, case_id, found))
            shared.emit(data, args.json, f"item {found.screenshot_id}: {data['sentence']}")
    return OK


def add_commands(commands: Any) -> None:
    shared.add_command(
        commands, "corroborate", cmd_corroborate,
        "list the screenshots whose text (read by 'dossier ocr') is a message of an "
        "imported platform export or chat backup", json_flag=True, case=True)

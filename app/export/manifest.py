"""The bundle's machine-readable lists: manifest.json, manifest.csv and custody.json.

The CSV opens in a spreadsheet, so a cell a harasser wrote ("=HYPERLINK(...)" as a file
name) is defused with a leading apostrophe, as OWASP advises against CSV injection.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Sequence
from datetime import UTC, tzinfo
from typing import Any

from app.common import dates
from app.export import full_exports, location_free
from app.export.exhibit import Exhibit
from app.export.identifiers import Identifier, Source
from app.export.names import piece_name
from app.export.options import LAWYER
from app.export.plan import Plan
from app.vault import custody

FORMAT = "dossier-bundle/1"
CSV_COLUMNS = ("label", "parent", "title", "kind", "captured_at", "captured_at_source",
               "original_name", "file", "sha256", "size", "platform", "url", "accounts",
               "tags", "incidents", "flags", "number", "first_communicated",
               "time_zone_assumed", "date_conflicts", "direction", "author", "role",
               "counts_as_act", "location_free_copy", "original_withheld", "piece")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def exhibit_record(exhibit: Exhibit, parent: str, with_file: bool,
                   piece: str | None = None) -> dict[str, Any]:
    """One exhibit's entry; ``piece`` is the avocat's PDF that shows it (its parent's for
    an attachment)."""
    item = exhibit.item
    return {
        "number": exhibit.number, "label": exhibit.label, "parent": parent,
        "title": exhibit.title, "kind": item.kind,
        "captured_at": item.captured_at, "captured_at_source": item.captured_at_source,
        "original_name": item.original_name,
        "file": exhibit.file_name if with_file and exhibit.bundle_file == exhibit.file_name
        else None,
        "sha256": item.sha256, "size": item.size, "platform": item.platform, "url": item.url,
        "accounts": list(exhibit.accounts), "tags": list(exhibit.tags),
        "incidents": list(exhibit.incidents), "flags": list(item.flags),
        # the export that first gave this number; null when it is new in this one
        "first_communicated": exhibit.first_communicated or None,
        "time_zone_assumed": exhibit.zone_assumed,
        "date_conflicts": [{"source": c.source, "value": c.value}
                           for c in exhibit.date_conflicts],
        # Who said what to whom, and whether it is counted (app/common/roles.py).
        "direction": item.direction, "author": item.author, "role": item.role,
        "counts_as_act": item.counts_as_act,
        "location_free_copy": _location_free(exhibit) if with_file else None,
        # why the original (its sha256 and size above) stays in the vault, or null
        "original_withheld": full_exports.WHY.get(exhibit.withheld),
        "piece": piece,
    }


def _location_free(exhibit: Exhibit) -> dict[str, Any] | None:
    """The copy without location: its file and hash beside the original's, and why."""
    copy = exhibit.location_free
    if copy is None:
        return None
    return {"file": copy.file_name, "sha256": copy.sha256, "size": copy.size,
            "original_sha256": exhibit.item.sha256,
            "original_in_bundle": not copy.replaces_original,
            "removed": list(copy.removed), "why": location_free.WHY}


def identifier_record(found: Identifier, zone: tzinfo | None) -> dict[str, Any]:
    """One identifier; ``attributed_to`` is null for a correspondent not attributed. An
    IP's sources give what a réquisition needs: the header, the time in UTC and local."""
    return {"kind": found.kind, "value": found.value, "display": found.display,
            "attributed_to": found.attributed_to, "first_seen": found.first_seen or None,
            "last_seen": found.last_seen or None, "exhibits": list(found.exhibits),
            "sources": [_source(source, zone) for source in found.sources]}


def _source(source: Source, zone: tzinfo | None) -> dict[str, Any]:
    moment = dates.from_iso(source.at)
    return {"header": source.header, "exhibit": source.exhibit,
            "message_id": source.message_id or None,
            "at_utc": moment.astimezone(UTC).isoformat(timespec="seconds") if moment else None,
            "at_local": moment.astimezone(zone).isoformat(timespec="seconds") if moment
            else None}


def records(plan: Plan) -> list[dict[str, Any]]:
    with_file = plan.options.include_originals
    with_piece = plan.options.recipient == LAWYER
    return [exhibit_record(part, exhibit.label if part is not exhibit else "", with_file,
                           piece_name(exhibit.label) if with_piece else None)
            for exhibit in plan.exhibits for part in exhibit.every()]


def manifest_json(plan: Plan, report_name: str, extra_files: list[str]) -> bytes:
    options = plan.options
    data = {
        "format": FORMAT,
        "case": plan.case_name,
        "recipient": options.recipient,
        "language": options.language,
        "exported_at": plan.exported_at.isoformat(timespec="seconds"),
        "identifier_prefix": options.prefix,
        "scope": options.scope.describe(),
        "report": report_name,
        "files": extra_files,
        "evidence_fingerprint": plan.evidence_fingerprint,
        "time_zone": str(plan.zone),
        "earlier_communications": [{"at": c.at, "numbers": list(c.numbers)}
                                   for c in plan.earlier],
        "exhibits": records(plan),
        "incidents": [{
            "number": entry.number, "title": entry.incident.title,
            "description": entry.incident.description,
            "occurred_at": entry.incident.occurred_at,
            "occurred_until": entry.incident.occurred_until,
            "precision": entry.incident.precision, "platform": entry.incident.platform,
            "severity": entry.incident.severity, "accounts": list(entry.accounts),
            "exhibits": list(entry.exhibits)} for entry in plan.chronology],
        "steps": [{"date": entry.step.done_at, "precision": entry.step.precision,
                   "kind": entry.step.kind, "to": entry.step.recipient,
                   "what": entry.step.what, "reference": entry.step.reference,
                   "status": entry.step.status, "answer": entry.step.answer,
                   "exhibits": list(entry.exhibits)} for entry in plan.steps],
        "identifiers": [identifier_record(found, plan.zone)
                        for found in (*plan.identifiers, *plan.correspondents)],
        "statistics": plan.statistics.as_dict(),
    }
    return _json(data)


def manifest_csv(plan: Plan) -> bytes:
    text = io.StringIO()
    writer = csv.DictWriter(text, CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for record in records(plan):
        writer.writerow({key: _cell(value) for key, value in record.items()})
    return text.getvalue().encode("utf-8-sig")  # the BOM tells spreadsheets it is UTF-8


CUSTODY_CHECK = ("Each entry can be checked on its own: entry_hash is the SHA-256 of prev_hash, "
                 "a newline, and the JSON of at, action, case_id, item_id, sha256 and details "
                 "(keys sorted, no spaces, UTF-8). The entries run unbroken from the case's "
                 "first entry to the export: each prev_hash is the entry_hash of the entry "
                 "before it, so a removed entry is detectable. Entries about another case "
                 "keep only their id and hashes (other_case: true); so do, in a platform's "
                 "bundle, the entries about anything not in the bundle (withheld: true).")


def custody_entries(plan: Plan, log: Sequence[custody.Entry]) -> list[dict[str, Any]]:
    """The custody log's whole chain from the case's first entry up to the export, not only
    the exported items' entries: a gap in it would otherwise go unseen."""
    shown = {entry.id for entry in plan.custody} if plan.options.for_platform else None
    return case_chain(plan.options.scope.case_id, log, shown)


def custody_json(entries: list[dict[str, Any]]) -> bytes:
    """custody.json: the ``custody_entries`` and how to check them."""
    return _json({"format": FORMAT, "how_to_check": CUSTODY_CHECK, "entries": entries})


def case_chain(case_id: int, log: Sequence[custody.Entry],
               shown: set[int] | None = None) -> list[dict[str, Any]]:
    """Every entry from the case's first one on. Another case's entries stay in the chain
    (it is one chain for the vault) but show only their hashes: their details are that
    other case's business. With ``shown`` (a platform's bundle), only those entries show
    their details: a platform learns nothing of her other channels, nor of her identities."""
    start = next((i for i, entry in enumerate(log) if entry.case_id == case_id), len(log))
    return [_hashes_only(entry, "other_case") if entry.case_id not in (None, case_id) else
            _hashes_only(entry, "withheld") if shown is not None and entry.id not in shown
            else entry.as_json() for entry in log[start:]]


def _hashes_only(entry: custody.Entry, why: str) -> dict[str, Any]:
    return {"id": entry.id, why: True, "prev_hash": entry.prev_hash,
            "entry_hash": entry.entry_hash}


def chain_breaks(entries: Sequence[dict[str, Any]]) -> list[int]:
    """The ids of entries that do not follow the one before or do not match their own hash,
    computed as CUSTODY_CHECK tells a reader to; [] when the chain is whole."""
    broken: list[int] = []
    for before, entry in zip([None, *entries], entries, strict=False):
        linked = before is None or entry["prev_hash"] == before["entry_hash"]
        hidden = entry.get("other_case") or entry.get("withheld")
        if not linked or (not hidden and entry["entry_hash"] != _entry_hash(entry)):
            broken.append(int(entry["id"]))
    return broken


def _entry_hash(entry: dict[str, Any]) -> str:
    body = json.dumps({key: entry[key] for key in
                       ("at", "action", "case_id", "item_id", "sha256", "details")},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(f"{entry['prev_hash']}\n{body}".encode()).hexdigest()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):  # a location-free copy: its file and its hash
        value = f"{value['file']} {value['sha256']}"
    if isinstance(value, list):
        value = "; ".join(" ".join(v.values()) if isinstance(v, dict) else str(v)
                          for v in value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _json(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

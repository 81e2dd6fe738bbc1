"""Everything an export needs, read from the vault once: the exhibits in order, the
incidents that tie them together, the author's identifiers, the figures and the log.

An exhibit is always a whole file as it entered the vault: an e-mail with its
attachments, a chat export with its messages. A part chosen on its own (one message,
one attachment) brings its container with it, because the container's bytes are what
the hashes prove and what an avocat can hand to the court.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo

import sqlcipher3

from app.analysis import statistics, timeline
from app.case import cases, evidence, incidents, links, listing, search, steps, transcripts
from app.case.search import Filters
from app.common import date_conflicts, dates
from app.export import corroborations, full_exports, numbering, platform_items
from app.export import identifiers as found_identifiers
from app.export.exhibit import Corroborated, Exhibit
from app.export.names import exhibit_file_name
from app.export.options import LETTER, STEPS, Options
from app.vault import custody

ORIGINALS = "originals"


@dataclass(frozen=True)
class ChronologyEntry:
    """One incident, as the chronology table shows it."""

    number: int
    incident: incidents.Incident
    accounts: tuple[str, ...]
    exhibits: tuple[str, ...]  # labels of the exhibits that show it


@dataclass(frozen=True)
class StepEntry:
    """A step taken, as the report, the letter and the manifest cite it."""

    step: steps.Step
    exhibits: tuple[str, ...]  # labels of the exported exhibits that show it


@dataclass(frozen=True)
class Plan:
    options: Options
    case_name: str
    exported_at: datetime  # aware, local
    zone: tzinfo | None
    exhibits: tuple[Exhibit, ...]
    chronology: tuple[ChronologyEntry, ...]
    identifiers: tuple[found_identifiers.Identifier, ...]
    statistics: statistics.Statistics
    events: tuple[timeline.Event, ...]  # what the timeline chart draws, in time order
    custody: tuple[custody.Entry, ...]  # the log entries about the exported evidence
    # The senders not tied to a harasser: listed apart, never as the author's.
    correspondents: tuple[found_identifiers.Identifier, ...] = ()
    earlier: tuple[numbering.Communication, ...] = ()  # earlier exports of the case
    # The steps taken, when the report or the letter cites them; none for a platform.
    steps: tuple[StepEntry, ...] = ()

    def corroborations(self) -> list[Corroborated]:
        """Every screenshot's corroborations, in index order."""
        return [found for part in self.all_exhibits() for found in part.corroborations]

    @property
    def new_exhibits(self) -> tuple[Exhibit, ...]:
        """The exhibits this export communicates for the first time."""
        return tuple(e for e in self.exhibits if not e.first_communicated)

    def all_exhibits(self) -> list[Exhibit]:
        """Every exhibit and attachment, in index order."""
        return [part for exhibit in self.exhibits for part in exhibit.every()]

    @property
    def original_bytes(self) -> int:
        """The size of the originals the bundle holds."""
        return sum(exhibit.item.size for exhibit in self.all_exhibits()
                   if not exhibit.withheld)

    @property
    def evidence_fingerprint(self) -> str:
        """The SHA-256 of the exhibit list (one "label sha256" line each): what the
        report's cover prints. The bundle fingerprint cannot be printed in the report,
        because it covers the report itself."""
        lines = "".join(f"{e.label} {e.item.sha256}\n" for e in self.all_exhibits())
        return hashlib.sha256(lines.encode()).hexdigest()


def build(db: sqlcipher3.Connection, options: Options, zone: tzinfo | None = None,
          now: datetime | None = None) -> Plan:
    """Read what ``options`` asks for from the vault. Times are shown in ``zone``, the
    case's zone (Europe/Paris) unless told otherwise."""
    scope = options.scope
    zone = zone or dates.case_zone()
    case = next(c for c in cases.all_cases(db) if c.id == scope.case_id)
    chosen = _chosen_items(db, options)
    roots = _roots(db, chosen)
    incident_list = _incidents(db, scope.case_id, options, roots)
    numbers = {entry.incident.id: entry.number for entry in incident_list}
    exhibits = _exhibits(db, scope.case_id, roots, numbers)
    if not options.include_replies:
        exhibits = tuple(_without_replies(db, exhibit) for exhibit in exhibits)
    if not options.include_full_exports:
        exhibits = full_exports.withheld(exhibits)
    exhibits = corroborations.with_corroborations(db, scope.case_id, exhibits, zone,
                                                  outside_too=not options.for_platform)
    labels = {part.item.id: part.label for e in exhibits for part in e.every()}
    chronology = tuple(ChronologyEntry(entry.number, entry.incident, entry.accounts,
                                       tuple(labels[i] for i in _shown_by(db, entry, labels)))
                       for entry in incident_list)
    exported_ids = set(labels) | _message_ids(exhibits)
    events = _events(db, scope.case_id, exported_ids, set(numbers), zone)
    found = found_identifiers.collect(db, exhibits, scope.case_id)
    return Plan(options, case.name, (now or dates.now()).astimezone(zone), zone, exhibits,
                chronology, found.attributed, statistics.compute(events, zone), events,
                _custody(db, exported_ids), earlier=numbering.communications(db, scope.case_id),
                correspondents=found.others, steps=_steps(db, options, labels))


def _steps(db: sqlcipher3.Connection, options: Options,
           labels: dict[int, str]) -> tuple[StepEntry, ...]:
    """The case's steps, for a report or a letter that cites them; each with the
    exhibits that show it."""
    if not {STEPS, LETTER} & options.sections:
        return ()
    return tuple(StepEntry(step, tuple(labels[i] for i in _exported(
                     db, steps.items(db, step.id or 0), labels)))
                 for step in steps.all_steps(db, options.scope.case_id))


def _chosen_items(db: sqlcipher3.Connection, options: Options) -> list[int]:
    """Ids of the items in scope, in time order; byte-identical copies left out."""
    scope = options.scope
    filters = Filters(tag_ids=set(scope.tag_ids), since=scope.since, until=scope.until)
    ids = search.find(db, scope.case_id, filters)
    if scope.incident_ids:
        shown = {i for incident in scope.incident_ids for i in links.items_of(db, "incident",
                                                                                incident)}
        ids = [i for i in ids if i in shown]
    if scope.item_ids:
        ids = [i for i in ids if i in scope.item_ids]
    if options.for_platform:
        ids = platform_items.on_platform(db, ids, options.platform, options.include_replies
                                         ) if options.platform.strip() else []
    duplicates = {row[0] for row in db.execute(
        "SELECT id FROM items WHERE case_id = ? AND duplicate_of IS NOT NULL",
        (scope.case_id,))} - set(scope.item_ids)
    return [i for i in ids if i not in duplicates]


def _roots(db: sqlcipher3.Connection, chosen: list[int]) -> list[int]:
    """The whole files the chosen items belong to, in time order, each once."""
    parents = dict(db.execute("SELECT id, parent_id FROM items WHERE parent_id IS NOT NULL"))
    roots: dict[int, None] = {}
    for item_id in chosen:
        while item_id in parents:
            item_id = parents[item_id]
        roots[item_id] = None
    order = {row[0]: index for index, row in enumerate(db.execute(
        "SELECT id FROM items WHERE parent_id IS NULL "
        "ORDER BY julianday(captured_at), id"))}
    return sorted(roots, key=lambda item_id: order.get(item_id, 0))


def _exhibits(db: sqlcipher3.Connection, case_id: int, roots: list[int],
              incident_numbers: dict[int | None, int]) -> tuple[Exhibit, ...]:
    """The exhibits in number order: those exported before keep their number, the new
    ones take the next free numbers in time order."""
    kept = numbering.stored(db, case_id)
    free = numbering.next_free(db, case_id)
    given: dict[int, int] = {}
    for root in roots:
        given[root] = kept[root].number[0] if root in kept else free
        free += root not in kept
    width = max(3, len(str(max(given.values(), default=1))))
    exhibits = []
    for root in sorted(roots, key=given.__getitem__):
        label = f"P{given[root]:0{width}d}"
        parts = [p for p in listing.parts(db, root) if p.kind != "message"]
        subs = _sub_numbers(kept, [part.id for part in parts])
        attachments = tuple(
            _exhibit(db, part.id, f"{label}-{subs[part.id]}", f"{given[root]}-{subs[part.id]}",
                     (), incident_numbers, kept) for part in parts)
        exhibits.append(_exhibit(db, root, label, str(given[root]), attachments,
                                 incident_numbers, kept))
    return tuple(exhibits)


def _sub_numbers(kept: dict[int, numbering.Stored], parts: list[int]) -> dict[int, int]:
    """Attachments keep their sub-number; one never numbered takes the next free one."""
    subs = {part: kept[part].number[1] for part in parts if part in kept}
    free = max(subs.values(), default=0) + 1
    for part in parts:
        if part not in subs:
            subs[part], free = free, free + 1
    return subs


def _exhibit(db: sqlcipher3.Connection, item_id: int, label: str, number: str,
             attachments: tuple[Exhibit, ...], incident_numbers: dict[int | None, int],
             kept: dict[int, numbering.Stored]) -> Exhibit:
    found = evidence.details(db, item_id)
    assert found is not None  # ids come from the vault, inside one transaction
    item = found.item
    messages = tuple(listing.messages(db, item_id)) if item.kind == "chat" else ()
    shown = sorted(incident_numbers[i] for i in links.linked(db, item_id, "incident")
                   if i in incident_numbers)
    conflicts = date_conflicts.found(item.captured_at, item.captured_at_source,
                                     found.metadata, _message_metadata(db, item_id))
    reading = transcripts.reading(db, item_id)
    read = reading if reading is not None and reading.transcript.lines else None
    return Exhibit(label, number, item, tuple(found.metadata), found.text, messages,
                   _account_labels(db, item_id), _tag_names(db, item_id), tuple(shown),
                   attachments, f"{ORIGINALS}/{exhibit_file_name(label, item.original_name)}",
                   kept[item_id].first_exported_at if item_id in kept else "",
                   tuple(conflicts), screen_text=read.transcript if read else None,
                   screen_text_read_at=read.read_at if read else "")


def _without_replies(db: sqlcipher3.Connection, exhibit: Exhibit) -> Exhibit:
    """The chat's transcript without her own sent messages (the original file is whole)."""
    if not exhibit.messages:
        return exhibit
    sent = platform_items.sent_ids(db, exhibit.item.id)
    return replace(exhibit, messages=tuple(m for m in exhibit.messages if m.id not in sent))


def _message_metadata(db: sqlcipher3.Connection, item_id: int) -> list[list[tuple[str, str]]]:
    """The date notes of a chat's or backup's messages (where an SMS conflict is noted)."""
    rows = db.execute("SELECT key, value FROM metadata JOIN items ON items.id = item_id "
                      "WHERE parent_id = ? AND key = 'message.date_conflict' ORDER BY items.id",
                      (item_id,))
    return [[(key, value)] for key, value in rows]


def _account_labels(db: sqlcipher3.Connection, item_id: int) -> tuple[str, ...]:
    rows = db.execute("SELECT handle, platform FROM accounts JOIN item_accounts "
                      "ON item_accounts.account_id = accounts.id WHERE item_id = ? "
                      "ORDER BY handle", (item_id,))
    return tuple(timeline.account_label(handle, platform) for handle, platform in rows)


def _tag_names(db: sqlcipher3.Connection, item_id: int) -> tuple[str, ...]:
    rows = db.execute("SELECT name FROM tags JOIN item_tags ON item_tags.tag_id = tags.id "
                      "WHERE item_id = ? ORDER BY name", (item_id,))
    return tuple(row[0] for row in rows)


@dataclass(frozen=True)
class _IncidentEntry:
    number: int
    incident: incidents.Incident
    accounts: tuple[str, ...]


def _incidents(db: sqlcipher3.Connection, case_id: int, options: Options,
               roots: list[int]) -> list[_IncidentEntry]:
    """The incidents to tell: those chosen, else those the exhibits show, else (the
    whole case exported) every incident; dated ones first, in time order."""
    every = incidents.all_incidents(db, case_id)
    scope = options.scope
    if scope.incident_ids:
        chosen = [i for i in every if i.id in scope.incident_ids]
    elif scope.since or scope.until or scope.tag_ids or scope.item_ids or options.for_platform:
        shown = _incidents_shown(db, roots)
        chosen = [i for i in every if i.id in shown]
    else:
        chosen = every
    chosen.sort(key=lambda i: (i.occurred_at is None, _instant(i.occurred_at), i.id or 0))
    return [_IncidentEntry(n, incident, _incident_accounts(db, incident.id or 0))
            for n, incident in enumerate(chosen, start=1)]


def _instant(iso: str | None) -> float:
    moment = dates.from_iso(iso or "")
    return moment.timestamp() if moment else 0.0


def _incidents_shown(db: sqlcipher3.Connection, roots: list[int]) -> set[int]:
    ids = set(roots)
    ids |= {row[0] for root in roots
            for row in db.execute("SELECT id FROM items WHERE parent_id = ?", (root,))}
    return {incident for item_id in ids for incident in links.linked(db, item_id, "incident")}


def _incident_accounts(db: sqlcipher3.Connection, incident_id: int) -> tuple[str, ...]:
    rows = db.execute("SELECT handle, platform FROM accounts JOIN incident_accounts "
                      "ON incident_accounts.account_id = accounts.id WHERE incident_id = ? "
                      "ORDER BY handle", (incident_id,))
    return tuple(timeline.account_label(handle, platform) for handle, platform in rows)


def _shown_by(db: sqlcipher3.Connection, entry: _IncidentEntry,
              labels: dict[int, str]) -> list[int]:
    """The exported items tied to an incident, or to a message of an exported chat."""
    return _exported(db, links.items_of(db, "incident", entry.incident.id or 0), labels)


def _exported(db: sqlcipher3.Connection, items: list[int], labels: dict[int, str]) -> list[int]:
    """Those of ``items`` that are exhibits, or parts of one, as exhibits in index order."""
    parents = {}
    for item_id in items:
        if item_id not in labels:
            row = db.execute("SELECT parent_id FROM items WHERE id = ?", (item_id,)).fetchone()
            parents[item_id] = row[0] if row else None
    found = [i if i in labels else parents.get(i) for i in items]
    return sorted({i for i in found if i in labels}, key=lambda i: labels[i])


def _message_ids(exhibits: tuple[Exhibit, ...]) -> set[int]:
    """Every exported message, also those of a conversation numbered under its platform
    export (P001-1), so that the statistics count what the chronology tells."""
    return {message.id for exhibit in exhibits for part in exhibit.every()
            for message in part.messages}


def _events(db: sqlcipher3.Connection, case_id: int, item_ids: set[int],
            incident_ids: set[int | None], zone: tzinfo | None) -> tuple[timeline.Event, ...]:
    loaded = timeline.load(db, case_id, Filters(), zone)
    return tuple(event for event in loaded.events
                 if event.item_id in item_ids or (event.item_id is None
                                                  and event.incident_id in incident_ids))


def _custody(db: sqlcipher3.Connection, item_ids: set[int]) -> tuple[custody.Entry, ...]:
    return tuple(entry for entry in custody.entries(db) if entry.item_id in item_ids)

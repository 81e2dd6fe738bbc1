"""What the timeline draws: the case's evidence, incidents and steps taken as events in
time, in lanes.

``load`` reads a whole case in a handful of queries whatever its size, so the timeline
of 50,000 items opens in a fraction of a second. ``density`` and ``bucket_for`` give the
density strip its counts at any zoom, without looking at every event on every frame.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from functools import cached_property
from operator import attrgetter
from typing import Any

import sqlcipher3

from app.case import incidents, spans, steps
from app.case.search import Filters
from app.common import dates, roles
from app.importing.formats.base import FILE_TIME, IMPORT_TIME

# Dates that only say when a file was copied or imported, not when the act happened.
UNRELIABLE_SOURCES = frozenset({FILE_TIME, IMPORT_TIME})
LANES = ("platform", "account", "kind")
INCIDENT = "incident"  # the kind of an incident's event, and its name in Filters.kinds
# The kind of a step's event, its name in Filters.kinds, and the name of the lane that
# holds every step whatever the grouping: what she did is never mixed with what she got.
STEP = "step"
TITLE_LENGTH = 80  # characters of a message shown as its title
# Calendar steps for the density strip, in seconds: minute, 5 and 15 minutes, hour,
# 6 hours, day, week, 30 and 365 days.
BUCKETS = (60, 300, 900, 3600, 21600, 86400, 604800, 2592000, 31536000)
MIN_BUCKET_PIXELS = 4  # thinner bars would blur into each other

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Event:
    """One mark on the timeline: an evidence item (an instant) or an incident (maybe a span)."""

    item_id: int | None
    incident_id: int | None
    start: float  # UTC epoch seconds
    end: float | None  # the end of an incident's span; None for an instant
    kind: str  # the item's kind, or "incident"
    platform: str  # "" when unknown
    accounts: tuple[str, ...]  # "handle (platform)", alphabetical
    title: str  # title, else a message's first words, else the file name
    severity: int = 0  # incidents only
    has_thumbnail: bool = False
    parent_id: int | None = None  # the e-mail or chat export an item is part of
    # True for an item that repeats acts counted elsewhere: a chat export (its messages
    # are the acts), an attachment (part of its e-mail), or a byte-identical duplicate.
    repeats: bool = False
    # False when the only clue to the time was the file's own date or the import: such an
    # item is drawn, but counting it would move the first or last act to a wrong day.
    dated: bool = True
    # What the item is in the case (app/common/roles.py): only an "act" is counted; the
    # victim's replies are drawn too, differently, since they show she asked it to stop.
    role: str = roles.ACT
    step_id: int | None = None  # a step taken (app/case/steps.py), drawn in its own lane

    @property
    def is_act(self) -> bool:
        """An act of the harassment, as the statistics count them: an item whose role is
        "act", with a date of its own, that repeats no other (``roles.COUNTS_AS_ACT_SQL``)."""
        return (self.item_id is not None and self.role == roles.ACT and not self.repeats
                and self.dated)

    @property
    def is_reply(self) -> bool:
        return self.item_id is not None and self.role == roles.REPLY

    def lane(self, grouping: str) -> str:
        """The lane this event sits in when lanes group by ``grouping`` (one of LANES)."""
        return lane_name(grouping, self.platform, self.accounts, self.kind)


def lane_name(grouping: str, platform: str, accounts: tuple[str, ...], kind: str) -> str:
    """The lane of an event with these traits: its platform, first account or kind;
    the steps' own lane for a step."""
    if kind == STEP:
        return STEP
    if grouping == "platform":
        return platform
    if grouping == "account":
        return accounts[0] if accounts else ""
    if grouping == "kind":
        return kind
    raise ValueError(f"unknown lane grouping {grouping!r}")


@dataclass(frozen=True)
class Timeline:
    """Everything the timeline shows, in time order, with its lanes for each grouping."""

    events: tuple[Event, ...]  # sorted by start
    lanes: dict[str, tuple[str, ...]]  # grouping -> lane names, most events first, "" last

    @cached_property
    def starts(self) -> tuple[float, ...]:
        """Every event's start, in order: what ``density`` wants, computed once."""
        return tuple(event.start for event in self.events)

    def bounds(self) -> tuple[float, float] | None:
        """The first start and the last end (or start): what "fit all" shows; None if empty."""
        if not self.events:
            return None
        return self.events[0].start, max(event.end or event.start for event in self.events)


def load(db: sqlcipher3.Connection, case_id: int, filters: Filters,
         zone: tzinfo | None = None) -> Timeline:
    """The case's items that pass ``filters`` and its incidents, sorted by start.

    Incidents are left out when ``filters.kinds`` names kinds but not "incident". An
    incident passes the text filter on its title and description, the account filter
    on the accounts involved, the tag and flag filters when evidence tied to it passes
    them, and the date filters when its span overlaps them. An incident with no date has
    no place on a time axis and is left out. Steps pass the text and date filters the
    same way; they belong to no account, tag or flag, and those filters leave them be. Days and months are those of ``zone``
    (default: the system's), for incidents known to the day or to the month.
    """
    labels = _AccountLabels(db, case_id)
    events = _item_events(db, case_id, filters, labels)
    if not filters.kinds or INCIDENT in filters.kinds:
        events += _incident_events(db, case_id, filters, labels, zone)
    if not filters.kinds or STEP in filters.kinds:
        events += _step_events(db, case_id, filters)
    ordered = tuple(sorted(events, key=attrgetter("start")))
    return Timeline(ordered, lanes_of(ordered))


def lanes_of(events: Iterable[Event]) -> dict[str, tuple[str, ...]]:
    """For each grouping, its lane names: the steps first, then most events first, then
    alphabetical, "" last. The steps lead so they are never folded into "others"."""
    # Events share few distinct traits: count those once, not each event per grouping.
    traits = Counter(map(attrgetter("platform", "accounts", "kind"), events))
    lanes = {}
    for grouping in LANES:
        counts: Counter[str] = Counter()
        for trait, count in traits.items():
            counts[lane_name(grouping, *trait)] += count
        lanes[grouping] = _ranked(counts)
    return lanes


def _ranked(counts: Counter[str]) -> tuple[str, ...]:
    return tuple(sorted(counts, key=lambda name: (name != STEP, name == "", -counts[name],
                                                  name.casefold(), name)))


# -- evidence items -----------------------------------------------------------------------

# The title is the item's own, else a message's first words, else the file name.
_ITEMS_SQL = """
SELECT items.id, unixepoch(items.captured_at), items.kind, items.platform,
       coalesce(nullif(items.title, ''),
                CASE items.kind WHEN 'message' THEN nullif(trim(
                  (SELECT substr(body, 1, 300) FROM texts WHERE texts.item_id = items.id),
                  ' ' || char(9, 10, 13)), '') END,
                items.original_name),
       items.parent_id, items.duplicate_of,
       (SELECT group_concat(account_id) FROM item_accounts
         WHERE item_accounts.item_id = items.id),
       EXISTS (SELECT 1 FROM thumbnails WHERE thumbnails.item_id = items.id),
       items.captured_at_source, items.role
  FROM items WHERE {conditions}
 ORDER BY unixepoch(items.captured_at), items.id
"""


def _item_events(db: sqlcipher3.Connection, case_id: int, filters: Filters,
                 labels: _AccountLabels) -> list[Event]:
    where, args = filters.clauses()
    conditions = " AND ".join(["items.case_id = ?", *where])
    rows = db.execute(_ITEMS_SQL.format(conditions=conditions), (case_id, *args))
    return [_item_event(row, labels) for row in rows if row[1] is not None]


def _item_event(row: tuple[Any, ...], labels: _AccountLabels) -> Event:
    (item_id, start, kind, platform, title, parent_id, twin, account_ids, thumbnail, source,
     role) = row
    repeats = kind == "chat" or twin is not None or (parent_id is not None and kind != "message")
    return Event(item_id, None, float(start), None, kind, platform, labels(account_ids),
                 first_words(title), 0, bool(thumbnail), parent_id, repeats,
                 source not in UNRELIABLE_SOURCES, role)


class _AccountLabels:
    """The labels of the case's accounts, as one shared, sorted tuple per set of ids."""

    def __init__(self, db: sqlcipher3.Connection, case_id: int) -> None:
        self.names = {account_id: account_label(handle, platform)
                      for account_id, handle, platform in db.execute(
                          "SELECT id, handle, platform FROM accounts WHERE case_id = ?",
                          (case_id,))}
        self.known: dict[str | None, tuple[str, ...]] = {None: ()}

    def __call__(self, ids: str | None) -> tuple[str, ...]:
        """The labels for ids as ``group_concat`` lists them ("3,5"), alphabetical."""
        found = self.known.get(ids)
        if found is None and ids is not None:
            names = (self.names.get(int(account_id)) for account_id in ids.split(","))
            found = tuple(sorted((name for name in names if name), key=str.casefold))
            self.known[ids] = found
        return found or ()


def account_label(handle: str, platform: str) -> str:
    """How an account is named everywhere: "handle (platform)", or the handle alone."""
    return f"{handle} ({platform})" if platform else handle


def first_words(text: str, length: int = TITLE_LENGTH) -> str:
    """The start of a text on one line, cut between words with an ellipsis if too long."""
    if len(text) <= length and text.isprintable():
        return text
    line = " ".join(filter(None, (part.strip() for part in text.splitlines())))
    if len(line) <= length:
        return line
    cut = line[:length].rsplit(" ", 1)[0] or line[:length]
    return cut.rstrip(" ,;:.") + "…"


# -- incidents ----------------------------------------------------------------------------

_INCIDENT_ACCOUNTS_SQL = """
SELECT incidents.id, group_concat(incident_accounts.account_id)
  FROM incidents JOIN incident_accounts ON incident_accounts.incident_id = incidents.id
 WHERE incidents.case_id = ? GROUP BY incidents.id
"""


def _incident_events(db: sqlcipher3.Connection, case_id: int, filters: Filters,
                     labels: _AccountLabels, zone: tzinfo | None) -> list[Event]:
    accounts = {incident_id: labels(ids)
                for incident_id, ids in db.execute(_INCIDENT_ACCOUNTS_SQL, (case_id,))}
    allowed = _allowed_incidents(db, case_id, filters)
    events = []
    for incident in incidents.all_incidents(db, case_id):
        span = incident_span(incident, zone)
        if (span is None or (allowed is not None and incident.id not in allowed)
                or not _mentions(f"{incident.title} {incident.description}", filters.text)
                or not _overlaps(span, filters.since, filters.until)):
            continue
        events.append(Event(None, incident.id, span[0], span[1], INCIDENT, incident.platform,
                            accounts.get(incident.id or 0, ()), incident.title,
                            incident.severity))
    return events


def incident_span(incident: incidents.Incident,
                  zone: tzinfo | None = None) -> tuple[float, float | None] | None:
    """When an incident happened as UTC epoch seconds (see ``spans.bounds``)."""
    return spans.bounds(incident.precision, incident.occurred_at, incident.occurred_until,
                        zone)


# -- steps taken --------------------------------------------------------------------------

def _step_events(db: sqlcipher3.Connection, case_id: int, filters: Filters) -> list[Event]:
    events = []
    for step in steps.all_steps(db, case_id):
        moment = dates.from_iso(step.done_at)
        said = f"{step.recipient} {step.what} {step.reference} {step.answer}"
        if (moment is None or not _mentions(said, filters.text)
                or not _overlaps((moment.timestamp(), None), filters.since, filters.until)):
            continue
        title = ": ".join(part.strip() for part in (step.recipient, step.what) if part.strip())
        events.append(Event(None, None, moment.timestamp(), None, STEP, "", (),
                            first_words(title), step_id=step.id))
    return events


def _mentions(said: str, text: str) -> bool:
    """True when every word typed starts a word of ``said``, as item search does."""
    wanted = folded_words(text)
    if not wanted:
        return True
    words = folded_words(said)
    return all(any(word.startswith(prefix) for word in words) for prefix in wanted)


def folded_words(text: str) -> list[str]:
    """The words of a text without accents or case: "Marché" gives "marche"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _WORD.findall(plain.casefold())


def _allowed_incidents(db: sqlcipher3.Connection, case_id: int,
                       filters: Filters) -> set[int] | None:
    """Incidents that pass the account, tag and flag filters; None when none is set.

    An incident passes the account filter by the accounts involved in it, and the tag
    and flag filters by the evidence tied to it.
    """
    allowed: set[int] | None = None
    if filters.account_ids:
        marks = ",".join("?" * len(filters.account_ids))
        allowed = {row[0] for row in db.execute(
            f"SELECT incident_id FROM incident_accounts WHERE account_id IN ({marks})",
            sorted(filters.account_ids))}
    if filters.tag_ids or filters.flags:
        where, args = Filters(tag_ids=filters.tag_ids, flags=filters.flags).clauses()
        evidenced = {row[0] for row in db.execute(
            "SELECT incident_items.incident_id FROM incident_items "
            "JOIN items ON items.id = incident_items.item_id "
            f"WHERE {' AND '.join(['items.case_id = ?', *where])}", (case_id, *args))}
        allowed = evidenced if allowed is None else allowed & evidenced
    return allowed


def _overlaps(span: tuple[float, float | None], since: str | None, until: str | None) -> bool:
    start, end = span[0], span[1] if span[1] is not None else span[0]
    low = dates.from_iso(since) if since else None
    high = dates.from_iso(until) if until else None
    return (low is None or end >= low.timestamp()) and (high is None or start < high.timestamp())


# -- the density strip --------------------------------------------------------------------

def density(starts: Sequence[float], first: float, last: float, bucket: float) -> list[int]:
    """How many ``starts`` fall in each bucket of ``bucket`` seconds from ``first`` to ``last``.

    Bucket i holds [first + i*bucket, first + (i+1)*bucket); the last bucket is the one
    holding ``last`` and ends there, inclusive. Starts outside [first, last] are not
    counted. O(n) on sorted starts (as ``Timeline.starts``), O(n log n) otherwise.
    """
    if bucket <= 0:
        raise ValueError("a bucket lasts a positive number of seconds")
    if last < first:
        return []
    ordered = sorted(starts)  # linear, in C, when already sorted
    count = int((last - first) // bucket) + 1
    edges = [bisect_left(ordered, first + index * bucket) for index in range(count)]
    edges.append(bisect_right(ordered, last))
    return [edges[index + 1] - edges[index] for index in range(count)]


def bucket_for(span_seconds: float, pixels: int) -> float:
    """The finest calendar step (minute ... 365 days) that gives each bucket at least 4
    pixels when ``span_seconds`` is drawn across ``pixels``: never finer for a longer span
    or fewer pixels. Past 365 days per bucket, 365 days."""
    seconds_per_pixel = span_seconds / max(pixels, 1)
    return float(next((size for size in BUCKETS
                       if size >= MIN_BUCKET_PIXELS * seconds_per_pixel), BUCKETS[-1]))

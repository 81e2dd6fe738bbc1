"""When an incident happened, as precisely as it is known: one place encodes and decodes it.

A victim rarely knows the minute: "sometime in March" is a valid answer. The vault keeps
a start (``occurred_at``), for a month or an approximate date an inclusive end
(``occurred_until``), and the precision. The incident dialog, the ``dossier incident``
command, "New incident from the selection" and the timeline all go through here.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, tzinfo

from app.common import dates
from app.common.errors import UsageError
from app.common.texts import QT_TRANSLATE_NOOP, Text

PRECISIONS = ("exact", "day", "month", "approximate")
EXACT, DAY, MONTH, APPROXIMATE = PRECISIONS
AROUND = timedelta(days=15)  # either side of an "approximate" date with no end given

Span = tuple[str, str | None, str]  # occurred_at, occurred_until, precision

_MONTH = re.compile(r"\d{4}-\d{2}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def span(precision: str, start: date, until: date, at: time) -> tuple[str, str | None]:
    """The stored start and (for a month or an approximate date) inclusive end."""
    if precision == EXACT:
        return dates.to_iso(datetime.combine(start, at)), None
    if precision == DAY:
        return dates.to_iso(datetime.combine(start, time())), None
    if precision == MONTH:
        start = start.replace(day=1)
        until = until.replace(day=calendar.monthrange(until.year, until.month)[1])
    until = max(until, start)
    return (dates.to_iso(datetime.combine(start, time())),
            dates.to_iso(datetime.combine(until, time(23, 59, 59))))


def parse_when(text: str) -> tuple[str, datetime]:
    """A day, a month or a moment (``2026-11``, ``2026-11-06``, ``2026-11-06T22:15``):
    its precision and its start, local when no offset is given."""
    text = text.strip()
    try:
        if _MONTH.fullmatch(text):
            return MONTH, dates.localize(datetime.strptime(text, "%Y-%m"))
        if _DAY.fullmatch(text):
            return DAY, dates.localize(datetime.strptime(text, "%Y-%m-%d"))
        if "T" in text or " " in text:
            moment = dates.from_iso(text)
            if moment is not None:
                return EXACT, moment
    except ValueError:
        pass
    raise UsageError(Text(QT_TRANSLATE_NOOP(
        "core", "“{when}” is not a date: give a month (2026-11), a day (2026-11-06) or a "
                "moment (2026-11-06T22:15)."), when=text))


def from_when(when: str, until: str | None = None) -> Span:
    """The stored span of ``--when WHEN [--until WHEN]``, as the incident dialog stores it."""
    precision, start = parse_when(when)
    if until is None:
        return (*span(precision, start.date(), start.date(), start.time()), precision)
    end_precision, end = parse_when(until)
    if end < start:
        raise UsageError(Text(QT_TRANSLATE_NOOP(
            "core", "The end ({until}) comes before the start ({when})."),
            until=until, when=when))
    both = MONTH if precision == end_precision == MONTH else APPROXIMATE
    return (*span(both, start.date(), end.date(), time()), both)


def from_moments(moments: Sequence[datetime]) -> Span:
    """The span that covers some items' dates: one moment is exact, one day is that day,
    more is approximately between the first and the last day."""
    if not moments:
        moment = dates.now().replace(second=0, microsecond=0)
        return dates.to_iso(moment), None, EXACT
    first, last = min(moments), max(moments)
    if first == last:
        return dates.to_iso(first), None, EXACT
    start, end = first.astimezone().date(), last.astimezone().date()
    if start == end:
        return (*span(DAY, start, end, time()), DAY)
    return (*span(APPROXIMATE, start, end, time()), APPROXIMATE)


def bounds(precision: str, occurred_at: str | None, occurred_until: str | None,
           zone: tzinfo | None = None) -> tuple[float, float | None] | None:
    """When it happened as UTC epoch seconds: (start, end), end None for an instant.

    "exact" is an instant; "day" is that whole local day and "month" that whole local
    month (so 23 or 25 hours across a clock change); "approximate" runs to
    ``occurred_until`` if set, else 15 days either side. None when it has no date.
    """
    moment = dates.from_iso(occurred_at or "")
    if moment is None:
        return None
    if precision == DAY:
        day = moment.astimezone(zone).date()
        return _midnight(day, zone), _midnight(day + timedelta(days=1), zone)
    if precision == MONTH:
        first = moment.astimezone(zone).date().replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return _midnight(first, zone), _midnight(following, zone)
    if precision == APPROXIMATE:
        end = dates.from_iso(occurred_until or "")
        if end is None:
            return (moment - AROUND).timestamp(), (moment + AROUND).timestamp()
        return moment.timestamp(), max(end.timestamp(), moment.timestamp())
    return moment.timestamp(), None


def _midnight(day: date, zone: tzinfo | None) -> float:
    if zone is None:  # a naive time is read in the system's zone, its DST rules included
        return datetime(day.year, day.month, day.day).timestamp()
    return datetime(day.year, day.month, day.day, tzinfo=zone).timestamp()

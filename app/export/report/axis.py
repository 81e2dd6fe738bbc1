"""Where a chart's time axis gets its date labels: days for a week of harassment, months
for a year, years for a decade; never so many that they run into each other."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from app.export import wording

DAY, WEEK, MONTH, QUARTER, YEAR = "day", "week", "month", "quarter", "year"


def ticks(first: date, last: date, room: int, language: str) -> list[tuple[date, str]]:
    """Label dates from ``first`` to ``last``, at the finest step that gives at most
    ``room`` labels: each day, each Monday, each month, each quarter, each year, or
    every few years."""
    room = max(room, 2)
    for step in (DAY, WEEK, MONTH, QUARTER, YEAR):
        found = list(_dates(first, last, step))
        if len(found) <= room:
            return _labelled(found, step, language)
    every = math.ceil((last.year - first.year + 1) / room)
    years = [day for day in _dates(first, last, YEAR) if day.year % every == 0]
    return _labelled(years, YEAR, language)


def _dates(first: date, last: date, step: str) -> Iterator[date]:
    if step in (DAY, WEEK):
        day = first if step == DAY else first + timedelta(days=-first.weekday() % 7)
        while day <= last:
            yield day
            day += timedelta(days=1 if step == DAY else 7)
        return
    months = {MONTH: 1, QUARTER: 3, YEAR: 12}[step]
    year, month = first.year, first.month
    while True:
        day = date(year, month, 1)
        if day > last:
            return
        if day >= first and (month - 1) % months == 0:
            yield day
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _labelled(days: list[date], step: str, language: str) -> list[tuple[date, str]]:
    """ "2 nov. 2026" then "9 nov." for days and weeks (the year once); "nov. 2026" for
    months and quarters; "2026" for years."""
    if step == YEAR:
        return [(day, str(day.year)) for day in days]
    if step in (MONTH, QUARTER):
        return [(day, wording.short_month(language, day)) for day in days]
    return [(day, wording.short_day(language, day) if index == 0 or (day.month, day.day) <= (1, 7)
             else wording.day_month(language, day)) for index, day in enumerate(days)]


def bar_ticks(starts: list[date], slot: float, width_of: Callable[[str], float], gap: float,
              language: str) -> list[tuple[int, str]]:
    """Which bars get a label, each at its bar's own start (a week's Monday, a month's
    first day): every k-th bar, with k the smallest that keeps any two labels ``gap``
    apart, so they never overlap. Returns (bar index, label)."""
    if not starts:
        return []
    step = MONTH if len(starts) > 1 and (starts[1] - starts[0]).days > 7 else WEEK
    every = 1
    while True:
        chosen = list(range(0, len(starts), every))
        labels = _labelled([starts[i] for i in chosen], step, language)
        widest = max(width_of(label) for _day, label in labels)
        if widest + gap <= every * slot or every >= len(starts):
            return [(index, label) for index, (_day, label) in zip(chosen, labels, strict=True)]
        every += 1

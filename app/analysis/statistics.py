"""The numbers an avocat quotes: how many acts, since when, how often, from where, and
whether it is getting worse.

Harassment is repetition (Code pénal art. 222-33-2-2: "propos ou comportements
répétés"), so these figures count acts, not files: a chat export is counted by its
messages, an e-mail once whatever its attachments, and a byte-identical duplicate not at
all; the victim's replies, context and the steps she took are not acts (see
``timeline.Event.is_act`` and ``app/common/roles.py``). Incidents describe acts and are
not counted. Days, weeks (from Monday, as ISO 8601) and months are those of the
victim's local time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from app.analysis.timeline import Event
from app.common import roles

ESCALATING, STEADY, DECLINING = "escalating", "steady", "declining"
TOO_LITTLE_DATA = "too_little_data"
MIN_WEEKS, MIN_ACTS = 4, 5  # below either, a trend would be noise
RECENT_WEEKS = 4
RATIO = 1.5  # how much higher (or lower) the recent rate must be to call a change
BUSIEST = 5


@dataclass(frozen=True)
class Trend:
    """Whether the acts are becoming more frequent, and the figures that say so.

    The rule, as an avocat may ask for it:

    - fewer than 4 weeks from the first act to the last, or fewer than 5 acts: too
      little data to say (and every figure below is 0);
    - ``weekly_slope``: the least-squares slope of the number of acts per week against
      the week, from the week of the first act to the week of the last, empty weeks
      included (acts per week, gained each week);
    - ``recent_per_week``: the mean over the last 4 weeks, or over the later half of the
      weeks when there are fewer than 8 (so that either period has at least 2 weeks);
      ``earlier_per_week``: the mean over the weeks before;
    - "escalating" when the slope is positive and the recent mean is higher than, and at
      least 1.5 times, the earlier mean; "declining" when the slope is negative and the
      earlier mean is higher than, and at least 1.5 times, the recent mean; otherwise
      "steady".

    The first and last weeks count whole even if the acts began or stopped mid-week.
    """

    direction: str  # ESCALATING, STEADY, DECLINING or TOO_LITTLE_DATA
    weekly_slope: float
    recent_per_week: float
    earlier_per_week: float
    recent_weeks: int = RECENT_WEEKS  # how many weeks "recent" covers


@dataclass(frozen=True)
class Statistics:
    """The case's acts counted by week, month, platform, account and day."""

    total: int
    first: datetime | None  # local, aware
    last: datetime | None
    per_week: list[tuple[date, int]]  # Monday of each week from first to last, zeros too
    per_month: list[tuple[date, int]]  # first day of each month from first to last
    per_platform: list[tuple[str, int]]  # most first; "" (unknown) last
    per_account: list[tuple[str, int]]  # most first; "" (tied to no account) last
    busiest_days: list[tuple[date, int]]  # the top 5, most first, then earliest
    longest_run: tuple[date, date, int] | None  # consecutive days with an act; earliest wins
    trend: Trend
    undated: int = 0  # acts left out: only the file's or the import's date says when

    def as_dict(self) -> dict[str, Any]:
        """The statistics as plain JSON types: ISO dates, lists of small objects."""
        return {
            "total": self.total,
            "undated": self.undated,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "per_week": _pairs(self.per_week, "week"),
            "per_month": _pairs(self.per_month, "month"),
            "per_platform": _pairs(self.per_platform, "platform"),
            "per_account": _pairs(self.per_account, "account"),
            "busiest_days": _pairs(self.busiest_days, "day"),
            "longest_run": None if self.longest_run is None else {
                "first": self.longest_run[0].isoformat(),
                "last": self.longest_run[1].isoformat(), "days": self.longest_run[2]},
            "trend": {"direction": self.trend.direction,
                      "weekly_slope": round(self.trend.weekly_slope, 3),
                      "recent_per_week": round(self.trend.recent_per_week, 3),
                      "earlier_per_week": round(self.trend.earlier_per_week, 3),
                      "recent_weeks": self.trend.recent_weeks},
        }

    def as_text(self) -> str:
        """The statistics as plain English lines, for a terminal or a note."""
        if self.first is None or self.last is None:
            return "No acts recorded."
        span = f"from {self.first:%Y-%m-%d %H:%M} to {self.last:%Y-%m-%d %H:%M}"
        lines = [f"Acts: {self.total}, {span}", _trend_line(self.trend)]
        if self.undated:
            lines.append(f"Not counted: {self.undated} item(s) with no date of their own "
                         "(only the file's or the import's)")
        if self.longest_run:
            first, last, days = self.longest_run
            lines.append(f"Longest run: {days} consecutive days, {first} to {last}")
        lines.append("Busiest days: " + ", ".join(f"{d} ({n})" for d, n in self.busiest_days))
        lines.append("Per platform: " + _listed(self.per_platform, "unknown"))
        lines.append("Per account: " + _listed(self.per_account, "no account"))
        lines += ["Per month:", *(f"  {m:%Y-%m}  {n}" for m, n in self.per_month)]
        lines += ["Per week (from Monday):", *(f"  {w}  {n}" for w, n in self.per_week)]
        return "\n".join(lines)


def compute(events: Sequence[Event], zone: tzinfo | None = None) -> Statistics:
    """The statistics of the acts among ``events``, in ``zone`` (default: the system's)."""
    acts = sorted((event for event in events if event.is_act), key=lambda event: event.start)
    days = Counter(datetime.fromtimestamp(event.start, zone).date() for event in acts)
    per_week = _per_week(days)
    return Statistics(
        total=len(acts),
        first=_local(acts[0].start, zone) if acts else None,
        last=_local(acts[-1].start, zone) if acts else None,
        per_week=per_week,
        per_month=_per_month(days),
        per_platform=_ranked(Counter(event.platform for event in acts)),
        per_account=_ranked(Counter(name for event in acts for name in event.accounts or ("",))),
        busiest_days=sorted(days.items(), key=lambda pair: (-pair[1], pair[0]))[:BUSIEST],
        longest_run=longest_run(days),
        trend=trend([count for _week, count in per_week], len(acts)),
        undated=sum(1 for event in events if event.item_id is not None and not event.repeats
                    and event.role == roles.ACT and not event.dated),
    )


def trend(weekly: Sequence[int], acts: int) -> Trend:
    """The trend of weekly counts, by the rule in ``Trend``'s docstring."""
    if len(weekly) < MIN_WEEKS or acts < MIN_ACTS:
        return Trend(TOO_LITTLE_DATA, 0.0, 0.0, 0.0, 0)
    recent_weeks = RECENT_WEEKS if len(weekly) >= 2 * RECENT_WEEKS else len(weekly) // 2
    recent = _mean(weekly[-recent_weeks:])
    earlier = _mean(weekly[:-recent_weeks])
    slope = _slope(weekly)
    direction = STEADY
    if slope > 0 and recent > earlier and recent >= RATIO * earlier:
        direction = ESCALATING
    elif slope < 0 and earlier > recent and earlier >= RATIO * recent:
        direction = DECLINING
    return Trend(direction, slope, recent, earlier, recent_weeks)


def longest_run(days: Iterable[date]) -> tuple[date, date, int] | None:
    """The longest stretch of consecutive days among ``days`` (first, last, length);
    the earliest of equal stretches; None when there is no day."""
    best: tuple[date, date, int] | None = None
    length, previous = 0, None
    for day in sorted(set(days)):
        length = length + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        previous = day
        if best is None or length > best[2]:
            best = (day - timedelta(days=length - 1), day, length)
    return best


def _local(timestamp: float, zone: tzinfo | None) -> datetime:
    return datetime.fromtimestamp(timestamp, UTC).astimezone(zone)


def _per_week(days: Counter[date]) -> list[tuple[date, int]]:
    weeks: Counter[date] = Counter()
    for day, count in days.items():
        weeks[day - timedelta(days=day.weekday())] += count
    if not weeks:
        return []
    first, last = min(weeks), max(weeks)
    return [(first + timedelta(weeks=index), weeks[first + timedelta(weeks=index)])
            for index in range((last - first).days // 7 + 1)]


def _per_month(days: Counter[date]) -> list[tuple[date, int]]:
    months: Counter[date] = Counter()
    for day, count in days.items():
        months[day.replace(day=1)] += count
    if not months:
        return []
    found: list[tuple[date, int]] = []
    month, last = min(months), max(months)
    while month <= last:
        found.append((month, months[month]))
        month = (month + timedelta(days=32)).replace(day=1)
    return found


def _ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda pair: (pair[0] == "", -pair[1],
                                                    pair[0].casefold(), pair[0]))


def _mean(values: Sequence[int]) -> float:
    return sum(values) / len(values) if values else 0.0


def _slope(values: Sequence[int]) -> float:
    """The least-squares slope of ``values`` against 0, 1, 2, ..."""
    count = len(values)
    mean_x, mean_y = (count - 1) / 2, _mean(values)
    spread = sum((x - mean_x) ** 2 for x in range(count))
    if not spread:
        return 0.0
    return sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values)) / spread


def _pairs(pairs: Iterable[tuple[Any, int]], name: str) -> list[dict[str, Any]]:
    return [{name: key.isoformat() if isinstance(key, date) else key, "acts": count}
            for key, count in pairs]


def _trend_line(trend: Trend) -> str:
    if trend.direction == TOO_LITTLE_DATA:
        return "Trend: too little data to say"
    return (f"Trend: {trend.direction} (slope {trend.weekly_slope:+.2f} acts/week each week; "
            f"last {trend.recent_weeks} weeks {trend.recent_per_week:.1f}/week, "
            f"before {trend.earlier_per_week:.1f}/week)")


def _listed(pairs: Iterable[tuple[str, int]], empty: str) -> str:
    return ", ".join(f"{name or empty} {count}" for name, count in pairs) or "none"

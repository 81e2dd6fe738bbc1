"""The timeline's time axis: which instant sits at which pixel, zooming and panning, and
where the calendar ticks go.

Pure arithmetic on epoch seconds, with no Qt, so it is quick and easy to test. Calendar
work (ticks on midnights, Mondays, the first of a month) is done in the local time zone,
or in ``zone`` when one is given, so summer and winter time fall where the user lives.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

MINUTE, HOUR, DAY = 60.0, 3600.0, 86400.0
WEEK, MONTH, YEAR = 7 * DAY, 30.44 * DAY, 365.25 * DAY
MIN_SPAN = 10 * MINUTE  # closest zoom: ten minutes across the view
MAX_SPAN = 60 * YEAR
# The view never wanders outside these years: Python's calendar ends at 9999.
EARLIEST = datetime(1900, 1, 1).timestamp()
LATEST = datetime(2200, 1, 1).timestamp()
FIT_MARGIN = 0.04  # of the span, on each side of the events after "fit all"

# (unit, how many of them, roughly how many seconds): the tick steps, finest first.
STEPS: tuple[tuple[str, int, float], ...] = (
    ("minute", 1, MINUTE), ("minute", 5, 5 * MINUTE), ("minute", 10, 10 * MINUTE),
    ("minute", 15, 15 * MINUTE), ("minute", 30, 30 * MINUTE),
    ("hour", 1, HOUR), ("hour", 2, 2 * HOUR), ("hour", 3, 3 * HOUR), ("hour", 6, 6 * HOUR),
    ("hour", 12, 12 * HOUR), ("day", 1, DAY), ("day", 2, 2 * DAY), ("week", 1, WEEK),
    ("month", 1, MONTH), ("month", 3, 3 * MONTH), ("month", 6, 6 * MONTH),
    ("year", 1, YEAR), ("year", 2, 2 * YEAR), ("year", 5, 5 * YEAR), ("year", 10, 10 * YEAR),
    ("year", 20, 20 * YEAR), ("year", 50, 50 * YEAR),
)


@dataclass
class TimeScale:
    """The visible stretch of time: ``start`` (epoch seconds) at x = 0, ``span`` seconds
    across ``width`` pixels."""

    start: float = 0.0
    span: float = WEEK
    width: int = 1

    @property
    def end(self) -> float:
        return self.start + self.span

    @property
    def seconds_per_pixel(self) -> float:
        return self.span / max(self.width, 1)

    def x_of(self, moment: float) -> float:
        return (moment - self.start) / self.seconds_per_pixel

    def time_at(self, x: float) -> float:
        return self.start + x * self.seconds_per_pixel

    def resize(self, width: int) -> None:
        """A wider view shows more time at the same zoom; the left edge stays."""
        self.span = _clamp(self.seconds_per_pixel * max(width, 1), MIN_SPAN, MAX_SPAN)
        self.width = max(width, 1)
        self._keep_inside()

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in (``factor`` > 1) or out, keeping the instant under ``anchor_x`` (the
        centre by default) under it."""
        anchor_x = self.width / 2 if anchor_x is None else anchor_x
        anchor = self.time_at(anchor_x)
        self.span = _clamp(self.span / factor, MIN_SPAN, MAX_SPAN)
        self.start = anchor - anchor_x * self.seconds_per_pixel
        self._keep_inside()

    def pan(self, pixels: float) -> None:
        """Move the content ``pixels`` to the right, as a drag does (earlier times come in)."""
        self.start -= pixels * self.seconds_per_pixel
        self._keep_inside()

    def centre_on(self, moment: float) -> None:
        self.start = moment - self.span / 2
        self._keep_inside()

    def fit(self, first: float, last: float) -> None:
        """Show everything from ``first`` to ``last``, with a little room on both sides."""
        span = _clamp((last - first) / (1 - 2 * FIT_MARGIN), MIN_SPAN, MAX_SPAN)
        self.span = span
        self.start = (first + last) / 2 - span / 2
        self._keep_inside()

    def _keep_inside(self) -> None:
        self.start = _clamp(self.start, EARLIEST, LATEST - self.span)


@dataclass(frozen=True)
class Tick:
    """A labelled line on the axis. ``major`` ticks open a larger unit (a new day among
    hours, a new month among days, a new year among months)."""

    at: float
    moment: datetime
    unit: str
    major: bool


Spacing = float | Mapping[str, float]  # pixels between ticks, for all units or per unit


def tick_step(seconds_per_pixel: float, min_pixels: Spacing) -> tuple[str, int]:
    """The finest calendar step whose ticks stand at least ``min_pixels`` apart (which
    may be given per unit, as labels of days are wider than labels of years)."""
    for unit, count, seconds in STEPS:
        wanted = min_pixels if isinstance(min_pixels, float | int) else min_pixels[unit]
        if seconds / seconds_per_pixel >= wanted:
            return unit, count
    return STEPS[-1][0], STEPS[-1][1]


def ticks(scale: TimeScale, min_pixels: Spacing, zone: tzinfo | None = None) -> list[Tick]:
    """The ticks within the visible span, on calendar boundaries in ``zone`` (local)."""
    unit, count = tick_step(scale.seconds_per_pixel, min_pixels)
    moment = calendar_floor(datetime.fromtimestamp(scale.start, zone), unit, count)
    found: list[Tick] = []
    seen = set()
    while True:
        at = moment.timestamp()
        if at > scale.end:
            return found
        if at >= scale.start and at not in seen:  # a summer-time gap repeats an instant
            seen.add(at)
            found.append(Tick(at, moment, unit, _opens_larger_unit(moment, unit)))
        moment = calendar_next(moment, unit, count)


def label_format(tick: Tick, first: bool = False) -> str:
    """The Qt date-time format of a tick's label ("HH:mm", "d MMM", "yyyy"...). The
    ``first`` label on the axis also says the day, or the year, it belongs to."""
    if tick.unit in ("minute", "hour"):
        return "d MMM" if tick.major else ("d MMM HH:mm" if first else "HH:mm")
    if tick.unit in ("day", "week"):
        return "d MMM yyyy" if first or (tick.major and tick.moment.month == 1) else "d MMM"
    if tick.unit == "month":
        return "yyyy" if tick.major else ("MMM yyyy" if first else "MMM")
    return "yyyy"


def calendar_floor(moment: datetime, unit: str, count: int) -> datetime:
    """The start of the calendar step (``count`` of ``unit``) that holds ``moment``."""
    if unit == "minute":
        return moment.replace(minute=moment.minute // count * count, second=0, microsecond=0)
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if unit == "hour":
        return midnight.replace(hour=moment.hour // count * count)
    if unit == "day":  # days counted from a fixed origin, so ticks do not jump on a pan
        return midnight - timedelta(days=midnight.toordinal() % count)
    if unit == "week":
        return midnight - timedelta(days=midnight.weekday())
    first = midnight.replace(day=1)
    if unit == "month":
        return first.replace(month=(moment.month - 1) // count * count + 1)
    return first.replace(month=1, year=moment.year // count * count)


def calendar_next(moment: datetime, unit: str, count: int) -> datetime:
    """The start of the following step, in wall-clock terms, so midnights stay midnights
    across summer time."""
    if unit == "minute":
        return moment + timedelta(minutes=count)
    if unit == "hour":
        return moment + timedelta(hours=count)
    if unit == "day":
        return moment + timedelta(days=count)
    if unit == "week":
        return moment + timedelta(weeks=count)
    if unit == "month":
        months = moment.year * 12 + moment.month - 1 + count
        return moment.replace(year=months // 12, month=months % 12 + 1)
    return moment.replace(year=moment.year + count)


def _opens_larger_unit(moment: datetime, unit: str) -> bool:
    if unit in ("minute", "hour"):
        return moment.hour == 0 and moment.minute == 0
    if unit in ("day", "week"):
        return moment.day <= (7 if unit == "week" else 1)
    if unit == "month":
        return moment.month == 1
    return False


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))

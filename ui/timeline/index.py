"""The timeline's events arranged for drawing: per lane, the sorted starts of its items,
so that what is visible is found by bisection and never by looking at every event.

Pure Python with no Qt: it is built on the vault's worker thread when the timeline
loads, and the view asks it, on each frame, only about the few hundred cells it shows.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import datetime

from app.analysis.timeline import Timeline
from ui.timeline.scale import calendar_floor, calendar_next

FEW = 4  # up to this many events of a cell are drawn one by one when they do not overlap
OTHERS = None  # the name of the lane that gathers the smallest lanes when they do not fit
# The density strip's calendar steps for each bucket size app.timeline.bucket_for gives.
BUCKET_UNITS = {60: ("minute", 1), 300: ("minute", 5), 900: ("minute", 15),
                3600: ("hour", 1), 21600: ("hour", 6), 86400: ("day", 1),
                604800: ("week", 1), 2592000: ("month", 1), 31536000: ("year", 1)}


@dataclass
class Lane:
    """One row of the timeline: its items' starts in order, and its incidents."""

    name: str | None  # None for the lane of others
    starts: list[float] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)  # in Timeline.events, as starts
    # Positions of its incidents and steps taken, in start order: drawn as bands and marks.
    incidents: list[int] = field(default_factory=list)
    selected: list[int] = field(default_factory=list)  # indexes into starts, sorted


@dataclass
class Layout:
    """The lanes for one grouping, and where each event sits among them."""

    grouping: str
    lanes: list[Lane]
    lane_of: list[int]  # per event position
    index_in_lane: list[int]  # per event position; -1 for an incident


@dataclass(frozen=True, slots=True)
class Mark:
    """What the view draws for one cell of a lane: one item, or a cluster of ``count``."""

    at: float  # the instant it is drawn at: the item's, or the cluster's median
    lo: int  # the items are lane.starts[lo:hi]
    hi: int
    selected: bool
    cell: tuple[float, float] = (0.0, 0.0)  # a cluster's cell: it is drawn inside it

    @property
    def count(self) -> int:
        return self.hi - self.lo


class EventIndex:
    """A loaded timeline with the lookups the view needs, built once per load."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.events = timeline.events
        self.acts = [event.start for event in self.events if event.is_act]
        self.position_of_item = {event.item_id: position
                                 for position, event in enumerate(self.events)
                                 if event.item_id is not None}
        self._layouts: dict[tuple[str, int], Layout] = {}
        self._selected: set[int] = set()

    def bounds(self) -> tuple[float, float] | None:
        return self.timeline.bounds()

    def layout(self, grouping: str, max_lanes: int) -> Layout:
        """The lanes of ``grouping``; past ``max_lanes``, the smallest share one lane."""
        names = self.timeline.lanes.get(grouping, ())
        shown = len(names) if len(names) <= max_lanes else max(max_lanes, 2)
        key = (grouping, shown)
        if key not in self._layouts:
            self._layouts[key] = self._build(grouping, names, shown)
            self._mark_selected(self._layouts[key])
        return self._layouts[key]

    def select(self, item_ids: list[int]) -> None:
        """Remember the selected items, so the marks holding them say so."""
        self._selected = {self.position_of_item[item_id] for item_id in item_ids
                          if item_id in self.position_of_item}
        for layout in self._layouts.values():
            self._mark_selected(layout)

    def selected_positions(self) -> list[int]:
        """Where the selected items are among the events, in time order."""
        return sorted(self._selected)

    def prepare(self, grouping: str, max_lanes: int) -> None:
        """Build, ahead of the first frame, the lanes it shows."""
        self.layout(grouping, max_lanes)

    def _build(self, grouping: str, names: tuple[str, ...], shown: int) -> Layout:
        kept = names if shown == len(names) else names[:shown - 1]
        lanes = [Lane(name) for name in kept]
        number = {name: index for index, name in enumerate(kept)}
        if len(kept) < len(names):
            lanes.append(Lane(OTHERS))
        others = len(lanes) - 1
        lane_of: list[int] = []
        index_in_lane: list[int] = []
        for position, event in enumerate(self.events):
            lane_number = number.get(event.lane(grouping), others)
            lane = lanes[lane_number]
            lane_of.append(lane_number)
            if event.incident_id is not None or event.step_id is not None:
                lane.incidents.append(position)
                index_in_lane.append(-1)
            else:
                index_in_lane.append(len(lane.starts))
                lane.starts.append(event.start)
                lane.positions.append(position)
        return Layout(grouping, lanes, lane_of, index_in_lane)

    def _mark_selected(self, layout: Layout) -> None:
        for lane in layout.lanes:
            lane.selected.clear()
        for position in self._selected:
            layout.lanes[layout.lane_of[position]].selected.append(
                layout.index_in_lane[position])
        for lane in layout.lanes:
            lane.selected.sort()

    # -- the density strip ----------------------------------------------------------------

    def density(self, start: float, end: float, bucket: float) -> list[tuple[float, float, int]]:
        """Acts per calendar bucket over [start, end]: (bucket start, bucket end, count)."""
        unit, count = bucket_unit(bucket)
        moment = calendar_floor(datetime.fromtimestamp(start), unit, count)
        found = []
        low = moment.timestamp()
        first = bisect_left(self.acts, low)
        while low <= end:
            moment = calendar_next(moment, unit, count)
            high = moment.timestamp()
            last = bisect_left(self.acts, high, first)
            found.append((low, high, last - first))
            low, first = high, last
        return found


def bucket_unit(bucket: float) -> tuple[str, int]:
    """The calendar step (unit, count) of a density bucket size in seconds."""
    return BUCKET_UNITS.get(int(bucket), ("day", 1))


def marks(lane: Lane, start: float, end: float, cell: float, spread: float) -> list[Mark]:
    """What to draw of ``lane`` between ``start`` and ``end``: items grouped by cells of
    ``cell`` seconds; a cell's few items stand alone when ``spread`` seconds apart, and
    anything denser is one cluster."""
    starts, chosen = lane.starts, lane.selected
    low = bisect_left(starts, start - cell)
    stop = bisect_right(starts, end + cell)
    found: list[Mark] = []
    while low < stop:
        first = math.floor(starts[low] / cell) * cell
        high = bisect_left(starts, first + cell, low, stop)
        if high - low <= FEW and _apart(starts, low, high, spread):
            found += (Mark(starts[i], i, i + 1, _holds(chosen, i, i + 1))
                      for i in range(low, high))
        else:
            found.append(Mark(starts[(low + high) // 2], low, high, _holds(chosen, low, high),
                              (first, first + cell)))
        low = high
    return found


def cell_seconds(seconds_per_pixel: float, pixels: float) -> float:
    """A cell of about ``pixels`` wide, rounded up to a quarter power of two seconds:
    cells then stay put while the view pans, and change only at distinct zoom levels."""
    return math.pow(2.0, math.ceil(4 * math.log2(max(seconds_per_pixel * pixels, 1.0))) / 4)


def _apart(starts: list[float], low: int, high: int, spread: float) -> bool:
    return all(starts[i + 1] - starts[i] >= spread for i in range(low, high - 1))


def _holds(chosen: list[int], low: int, high: int) -> bool:
    if not chosen:
        return False
    at = bisect_left(chosen, low)
    return at < len(chosen) and chosen[at] < high

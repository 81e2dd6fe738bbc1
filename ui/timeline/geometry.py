"""Where the parts of a timeline frame go: the lane names on the left, the tick labels
on top, the lanes, and the density strip along the bottom.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF

MIN_LANE_LINES = 1.5  # a lane is at least this many lines of text high


@dataclass(frozen=True)
class Geometry:
    """Where things go in a frame of ``width`` × ``height`` pixels."""

    width: float
    height: float
    gutter: float  # the lane names, left of the time area
    axis: float  # the tick labels, above the lanes
    lane_height: float
    lanes: int
    strip_height: float

    @property
    def plot_width(self) -> float:
        return max(self.width - self.gutter, 1.0)

    def lane_rect(self, number: int) -> QRectF:
        return QRectF(self.gutter, self.axis + number * self.lane_height,
                      self.plot_width, self.lane_height)

    def lane_at(self, y: float) -> int | None:
        number = math.floor((y - self.axis) / self.lane_height) if self.lane_height else -1
        return number if 0 <= number < self.lanes else None

    def strip_rect(self) -> QRectF:
        return QRectF(self.gutter, self.height - self.strip_height, self.plot_width,
                      self.strip_height)

    def lanes_bottom(self) -> float:
        return self.axis + self.lanes * self.lane_height


def lanes_that_fit(height: float, line: float) -> int:
    """How many lanes a view this high can show, each at least MIN_LANE_LINES high."""
    return max(int((height - _axis_height(line) - _strip_height(height, line))
                   // (MIN_LANE_LINES * line)), 2)


def geometry(width: float, height: float, line: float, gutter: float, lanes: int) -> Geometry:
    axis, strip = _axis_height(line), _strip_height(height, line)
    lane_height = max(height - axis - strip, line) / max(lanes, 1)
    return Geometry(width, height, gutter, axis, lane_height, lanes, strip)


def _axis_height(line: float) -> float:
    return line * 1.8


def _strip_height(height: float, line: float) -> float:
    return max(line * 4.0, height * 0.2)

"""The statistics panel's two small painted charts: bars over time (acts per week or per
month) and a ranking (acts per platform or per account).

Each is one widget that paints its values; pointing at a bar shows its date and count.
Colours come from the palette, so both follow light and dark.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

RANK_ROWS = 8  # the largest shown one by one; the rest are added up in one row


class BarChart(QWidget):
    """Bars for a series of (label, count), in order; the first and last labels below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[tuple[str, int]] = []
        self.tip = "%1"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_values(self, values: list[tuple[str, int]], tip: str = "%1") -> None:
        """Show ``values``; pointing at a bar shows ``tip`` with %1 as its label."""
        self.values, self.tip = values, tip
        self.setAccessibleDescription(", ".join(f"{label}: {count}" for label, count in values))
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 16, line * 6)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _plot(self) -> QRectF:
        line = self.fontMetrics().height()
        return QRectF(0, line * 1.2, self.width(), self.height() - line * 2.4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        plot = self._plot()
        busiest = max((count for _label, count in self.values), default=0)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        legend = self.tr("at most %1").replace("%1", QLocale().toString(busiest))
        painter.drawText(QRectF(0, 0, self.width(), plot.top()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         legend if busiest else "")
        if self.values:
            width = self._bar_width()
            gap = 1.0 if width >= 4 else 0.0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            for number, (_label, count) in enumerate(self.values):
                if count:
                    height = max(plot.height() * count / busiest, 1.5)
                    painter.drawRect(QRectF(plot.left() + number * width, plot.bottom() - height,
                                            max(width - gap, 1.0), height))
            self._labels(painter, plot, width * len(self.values))
        painter.setPen(_faint(palette))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.end()

    def _bar_width(self) -> float:
        """Bars share the width, but a few weeks do not make a wall of colour."""
        line = self.fontMetrics().height()
        return min(self._plot().width() / max(len(self.values), 1), line * 2.0)

    def _labels(self, painter: QPainter, plot: QRectF, used: float) -> None:
        """The first label under the first bar, the last one ending under the last bar."""
        metrics = self.fontMetrics()
        both = (metrics.horizontalAdvance(self.values[0][0])
                + metrics.horizontalAdvance(self.values[-1][0]) + metrics.height())
        below = QRectF(plot.left(), plot.bottom() + 2, min(max(used, both), plot.width()),
                       self.height() - plot.bottom() - 2)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, self.values[0][0])
        if len(self.values) > 1:
            painter.drawText(below, Qt.AlignmentFlag.AlignRight, self.values[-1][0])

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            plot = self._plot()
            if self.values and plot.width() > 0:
                number = int((event.pos().x() - plot.left()) / self._bar_width())
                if 0 <= number < len(self.values):
                    label, count = self.values[number]
                    text = f"{self.tip.replace('%1', label)}: {QLocale().toString(count)}"
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)


class RankChart(QWidget):
    """One row per (name, count), largest first, each with a bar and its count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, int]], others: str) -> None:
        """Show ``rows``; past RANK_ROWS, the rest add up in one row named ``others``."""
        if len(rows) > RANK_ROWS:
            rest = sum(count for _name, count in rows[RANK_ROWS - 1:])
            rows = [*rows[:RANK_ROWS - 1], (others, rest)]
        self.rows = rows
        self.setAccessibleDescription(", ".join(f"{name}: {count}" for name, count in rows))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 16, int(line * 1.5 * max(len(self.rows), 1)))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette, metrics = self.palette(), self.fontMetrics()
        line = metrics.height()
        row_height = line * 1.5
        busiest = max((count for _name, count in self.rows), default=0)
        name_width = self.width() * 0.45
        count_width = metrics.horizontalAdvance("000 000") + line * 0.5
        bar_room = max(self.width() - name_width - count_width, line)
        for number, (name, count) in enumerate(self.rows):
            top = number * row_height
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                       int(name_width - line * 0.5))
            painter.drawText(QRectF(0, top, name_width, row_height),
                             Qt.AlignmentFlag.AlignVCenter, shown)
            width = bar_room * count / busiest if busiest else 0
            painter.fillRect(QRectF(name_width, top + row_height * 0.25, max(width, 1.5),
                                    row_height * 0.5),
                             palette.color(QPalette.ColorRole.Highlight))
            painter.drawText(QRectF(name_width + width + line * 0.3, top, count_width,
                                    row_height),
                             Qt.AlignmentFlag.AlignVCenter, QLocale().toString(count))
        painter.end()


def _faint(palette: QPalette) -> QColor:
    colour = QColor(palette.color(QPalette.ColorRole.Text))
    colour.setAlphaF(0.35)
    return colour

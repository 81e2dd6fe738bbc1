"""The card shown while the pointer rests on the timeline: an item's thumbnail, title, and
local date and time with its zone; a cluster's count and dates; an incident's title and
when it happened.

Thumbnails arrive from the vault through the page and stay in a small memory cache;
nothing is written to disk.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QPalette, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.analysis.timeline import Event
from app.common import roles
from app.common.texts import QT_TRANSLATE_NOOP  # Qt's stub says it returns object
from ui.common import words
from ui.incidents.incident_dialog import severity_text

# Why an item on the timeline is not counted as an act (app/common/roles.py).
_NOT_COUNTED = {
    roles.REPLY: QT_TRANSLATE_NOOP("Timeline", "Your reply: not counted as an act."),
    roles.CONTEXT: QT_TRANSLATE_NOOP("Timeline", "Context: not counted as an act."),
    roles.STEP: QT_TRANSLATE_NOOP("Timeline", "A step you took: not counted as an act."),
}
THUMBNAIL_CACHE = 200  # previews kept in memory while the timeline is open
TITLE_CHARACTERS = 60  # a longer title is cut with an ellipsis


def moment_of(epoch: float) -> str:
    """An instant in the user's locale and local time, with its zone, e.g.
    "5 nov. 2026 22:41 UTC+1"."""
    return words.moment_text(datetime.fromtimestamp(epoch).astimezone().isoformat())


def item_lines(event: Event) -> list[str]:
    """What the card says about one item: title, when, kind and where, accounts."""
    where = " · ".join(part for part in (words.kind_text(event.kind), event.platform) if part)
    lines = [event.title, moment_of(event.start), where]
    if not event.dated:
        lines.append(QCoreApplication.translate(
            "Timeline", "Date not sure: it comes from the file or from when it was added."))
    if event.role in _NOT_COUNTED:
        lines.append(QCoreApplication.translate("Timeline", _NOT_COUNTED[event.role]))
    if event.accounts:
        lines.append(", ".join(event.accounts))
    lines.append(QCoreApplication.translate("Timeline", "Double-click to open it."))
    return lines


def incident_lines(event: Event) -> list[str]:
    translate = QCoreApplication.translate
    when = moment_of(event.start) if event.end is None else translate(
        "Timeline", "from %1 to %2").replace("%1", moment_of(event.start)).replace(
        "%2", moment_of(event.end))
    lines = [translate("Timeline", "Incident: %1").replace("%1", event.title), when]
    details = [event.platform, severity_text(event.severity) if event.severity else ""]
    lines.append(" · ".join(part for part in details if part))
    return lines


def step_lines(event: Event) -> list[str]:
    """What the card says about a step she took: what and to whom, and when."""
    translate = QCoreApplication.translate
    return [translate("Timeline", "Step taken: %1").replace("%1", event.title),
            moment_of(event.start),
            translate("Timeline", "Its details are in the Steps taken panel.")]


def cluster_lines(count: int, first: float, last: float) -> list[str]:
    translate = QCoreApplication.translate
    return [translate("Timeline", "Items: %1").replace("%1", QLocale().toString(count)),
            translate("Timeline", "from %1 to %2").replace("%1", moment_of(first)).replace(
                "%2", moment_of(last)),
            translate("Timeline", "Click to look closer.")]


class EventPreview(QFrame):
    """A tooltip-like card inside the timeline; ``show_lines`` fills and places it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.picture = QLabel(self)
        self.title = QLabel(self)
        self.details = QLabel(self)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        for label in (self.title, self.details):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.details)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self.item_id: int | None = None
        self._thumbnails: OrderedDict[int, QPixmap] = OrderedDict()
        self.hide()

    def show_lines(self, lines: list[str], near: QPoint, item_id: int | None = None) -> None:
        """Show ``lines`` (the first one bold) next to ``near``, with the item's thumbnail
        if it is in memory."""
        self.item_id = item_id
        metrics = self.title.fontMetrics()
        self.title.setText(metrics.elidedText(lines[0], Qt.TextElideMode.ElideRight,
                                              metrics.averageCharWidth() * TITLE_CHARACTERS))
        self.details.setText("\n".join(line for line in lines[1:] if line))
        self._show_thumbnail()
        self.adjustSize()
        self.move(self._place(near))
        self.show()
        self.raise_()

    def add_thumbnail(self, item_id: int, png: bytes) -> None:
        pixmap = QPixmap()
        if not pixmap.loadFromData(png):
            return
        self._thumbnails[item_id] = pixmap
        while len(self._thumbnails) > THUMBNAIL_CACHE:
            self._thumbnails.popitem(last=False)
        if item_id == self.item_id and self.isVisible():
            self._show_thumbnail()
            self.adjustSize()
            self.move(self._place(self.pos()))

    def has_thumbnail(self, item_id: int) -> bool:
        return item_id in self._thumbnails

    def forget(self) -> None:
        """Drop every thumbnail and hide (on lock, or when the case changes)."""
        self._thumbnails.clear()
        self.item_id = None
        self.picture.clear()
        self.title.clear()
        self.details.clear()
        self.hide()

    def _show_thumbnail(self) -> None:
        pixmap = self._thumbnails.get(self.item_id) if self.item_id is not None else None
        side = self.fontMetrics().height() * 6
        if pixmap is None:
            self.picture.clear()
            self.picture.hide()
            return
        self.picture.setPixmap(pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
        self.picture.show()

    def _place(self, near: QPoint) -> QPoint:
        """Below and right of the pointer, kept inside the timeline."""
        holder = self.parentWidget()  # the timeline, once shown
        parent = holder.rect() if holder is not None else self.rect()
        offset = self.fontMetrics().height()
        spot = QRect(near + QPoint(offset, offset), self.size())
        if spot.right() > parent.right():
            spot.moveRight(near.x() - offset)
        if spot.bottom() > parent.bottom():
            spot.moveBottom(near.y() - offset // 2)
        spot.moveLeft(max(spot.left(), 0))
        spot.moveTop(max(spot.top(), 0))
        return spot.topLeft()

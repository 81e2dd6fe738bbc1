"""The Timeline tab of a case: the toolbar (lanes, zoom, show all, go to a date, save as
a picture), the timeline with its density strip, and the statistics beside it.

The timeline shows the same items as the evidence table, with the same filters. It is
read through the vault service; the statistics are counted in a second operation, so
the timeline is on screen before they are. Nothing is loaded while the tab is hidden.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage, QShowEvent
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from app.analysis import statistics, timeline
from app.analysis.statistics import Statistics
from app.case import listing
from app.case.search import Filters
from app.vault.vault import Vault
from ui.common.i18n import core_text
from ui.common.operations import Task, VaultService
from ui.timeline.controls import ZOOM_STEP, TimelineControls
from ui.timeline.geometry import lanes_that_fit
from ui.timeline.index import EventIndex
from ui.timeline.picture_export import save_picture, write_png
from ui.timeline.statistics_panel import StatisticsPanel
from ui.timeline.toolbar import TimelineToolbar
from ui.timeline.view import TimelineView
from ui.viewers.text import note_label, say


class TimelinePage(QWidget):
    """One case's timeline and statistics. ``show_case`` (or ``load``) a case, then
    ``set_filters`` and ``set_selected`` follow the evidence table. ``item_selected``
    says the user chose an item here, ``item_activated`` that they want to open it,
    ``incident_selected`` that they chose an incident; ``loaded(count)`` and ``counted``
    say when the data and the figures are in."""

    item_selected = Signal(int)
    item_activated = Signal(int)  # the user wants to see this item in full
    incident_selected = Signal(int)
    step_selected = Signal(int)
    loaded = Signal(int)  # how many events the timeline shows
    counted = Signal()  # the statistics panel shows the figures of the timeline's events

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.case_id: int | None = None
        self._filters = Filters()
        self._selected: list[int] = []
        self._generation = 0  # results for an earlier case or load are dropped
        self._busy = self._again = self._stale = False
        self._fit_next = True
        self._sized = False
        self.view = TimelineView(self)
        # The mouse, wheel and keys drive the view from outside it, so the view only shows.
        self.controls = TimelineControls(self.view)
        self.statistics = StatisticsPanel()
        self.error = note_label(self)
        self.toolbar = TimelineToolbar(self)
        self._lay_out()
        self._connect()
        self.retranslate()

    # -- public ---------------------------------------------------------------------------

    def load(self, case_id: int) -> None:
        """Show this case, everything in view, with no filter."""
        self.show_case(case_id, Filters())

    def show_case(self, case_id: int, filters: Filters) -> None:
        """Show what of this case passes ``filters`` (the evidence table's); a case not
        shown before starts with everything in view."""
        if case_id != self.case_id:
            selected = self._selected  # the table may have chosen before listing the case
            self.clear()
            self.case_id, self._selected = case_id, selected
        self._filters = copy.deepcopy(filters)
        self._reload()

    def set_filters(self, filters: Filters) -> None:
        """Show only what passes ``filters``, keeping the zoom."""
        self._filters = copy.deepcopy(filters)
        self._reload()

    def refresh(self) -> None:
        """Read the case again (items or incidents changed), keeping the zoom."""
        self._reload()

    def set_selected(self, item_ids: list[int]) -> None:
        self._selected = list(item_ids)
        self.view.set_selected(self._selected)

    def clear(self) -> None:
        """Forget the case: events, thumbnails, figures, selection (on lock)."""
        self._generation += 1
        self._busy = self._again = self._stale = False
        self._fit_next = True
        self.case_id = None
        self._filters = Filters()
        self._selected = []
        self.view.clear()
        self.statistics.set_statistics(None)
        say(self.error, "")

    def timeline_image(self, ratio: float = 2.0) -> QImage:
        return self.view.render_image(ratio=ratio)

    def statistics_image(self, ratio: float = 2.0) -> QImage:
        return self.statistics.render_image(ratio)

    def render_timeline_png(self, path: Path) -> bool:
        """Write the timeline as it is shown, at twice the screen's resolution, as PNG."""
        return write_png(self.timeline_image(), path)

    def render_statistics_png(self, path: Path) -> bool:
        return write_png(self.statistics_image(), path)

    # -- building -------------------------------------------------------------------------

    def _lay_out(self) -> None:
        self.statistics_scroll = QScrollArea(self)
        self.statistics_scroll.setWidget(self.statistics)
        self.statistics_scroll.setWidgetResizable(True)
        self.statistics_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.statistics_scroll.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.statistics_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.error)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.toolbar.export_button, self.view)

    def _connect(self) -> None:
        bar = self.toolbar
        bar.grouping_chosen.connect(self.view.set_grouping)
        bar.zoom_in_button.clicked.connect(lambda: self.view.zoom(ZOOM_STEP))
        bar.zoom_out_button.clicked.connect(lambda: self.view.zoom(1 / ZOOM_STEP))
        bar.fit_button.clicked.connect(self.view.fit_all)
        bar.day_chosen.connect(self.view.jump_to)
        bar.export_timeline_action.triggered.connect(self.export_timeline)
        bar.export_statistics_action.triggered.connect(self.export_statistics)
        self.view.span_changed.connect(self._show_span)
        self.view.item_clicked.connect(self._clicked)
        self.view.item_activated.connect(self.item_activated)
        self.view.incident_clicked.connect(self.incident_selected)
        self.view.step_clicked.connect(self.step_selected)
        self.view.thumbnail_wanted.connect(self._fetch_thumbnail)

    # -- loading --------------------------------------------------------------------------

    def _reload(self) -> None:
        if self.case_id is None:
            return
        if not self.isVisible():
            self._stale = True  # read when the tab is shown
            return
        self._stale = False
        if self._busy:
            self._again = True
            return
        self._busy = True
        generation, case_id, filters = self._generation, self.case_id, self._filters
        grouping = self.view.grouping
        lanes = lanes_that_fit(self.view.height(), self.view.fontMetrics().height())

        def read(vault: Vault, _task: Task[None]) -> EventIndex:  # on the vault's worker
            index = EventIndex(timeline.load(vault.db, case_id, filters))
            index.prepare(grouping, lanes)
            return index
        if self.view.index is None:
            self.view.set_message(self.tr("Reading the timeline…"))
        self.service.run(read, lambda index: self._loaded(generation, index),
                         lambda message: self._failed(generation, message))

    def _loaded(self, generation: int, index: EventIndex) -> None:
        if generation != self._generation:
            return
        self._busy = False
        say(self.error, "")
        self.view.set_message(self._empty_text())
        self.view.set_index(index, fit=self._fit_next)
        self._fit_next = False
        self.view.set_selected(self._selected, reveal=False)
        self._show_span()
        self.loaded.emit(len(index.events))
        self._count(generation, index)
        if self._again:
            self._again = False
            self._reload()

    def _count(self, generation: int, index: EventIndex) -> None:
        self.statistics.set_statistics(None, self.tr("Counting…"))
        events = index.events

        def count(_vault: Vault, _task: Task[None]) -> Statistics:  # on the vault's worker
            return statistics.compute(events)

        def counted(figures: Statistics) -> None:
            if generation == self._generation and self.view.index is index:
                self.statistics.set_statistics(figures)
                self.counted.emit()
        self.service.run(count, counted, lambda message: self._failed(generation, message))

    def _failed(self, generation: int, message: object) -> None:
        if generation != self._generation:
            return
        self._busy = self._again = False
        say(self.error, self.tr("The timeline could not be read: %1").replace(
            "%1", core_text(message)))
        self.view.set_message("")

    def _empty_text(self) -> str:
        if self._filters != Filters():
            return self.tr("Nothing matches these filters.")
        return self.tr("Nothing dated in this case yet: add evidence or incidents to see "
                       "them in time.")

    def _fetch_thumbnail(self, item_id: int) -> None:
        generation = self._generation

        def arrived(found: dict[int, bytes]) -> None:
            if generation == self._generation and item_id in found:
                self.view.add_thumbnail(item_id, found[item_id])
        self.service.run(lambda vault, _task: listing.thumbnails(vault.db, [item_id]),
                         arrived, lambda _message: None)

    # -- the user's actions ---------------------------------------------------------------

    def _clicked(self, item_id: int) -> None:
        self._selected = [item_id]
        self.item_selected.emit(item_id)

    def export_timeline(self) -> None:
        self._export(save_picture(self, self.tr("Save the timeline as a picture"),
                                  self.tr("timeline"), self.timeline_image))

    def export_statistics(self) -> None:
        self._export(save_picture(self, self.tr("Save the statistics as a picture"),
                                  self.tr("statistics"), self.statistics_image))

    def _export(self, written: bool | None) -> None:
        if written is False:
            say(self.error, self.tr("The picture could not be saved there. Choose another "
                                    "folder."))

    def _show_span(self) -> None:
        self.toolbar.show_span(*self.view.visible_span())

    # -- the widget's life ----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # the timeline first; the statistics can be widened
            self._sized = True
            side = self.fontMetrics().averageCharWidth() * 50
            self.splitter.setSizes([max(self.width() - side, side), side])
        if self._stale:
            self._reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.statistics_scroll.setAccessibleName(self.tr("Statistics"))
        if self.view.index is not None:
            self.view.set_message(self._empty_text())

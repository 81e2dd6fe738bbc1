"""The case view: search and filters on top, the evidence table, and the selected item
beside it.

The table is filled by one query through the vault service; ``refresh`` asks again
(while items arrive from an import, for instance) and keeps what the user selected.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.case import listing
from app.case.search import Filters
from ui.case import evidence_model as em
from ui.case.detail_pane import DetailPane
from ui.case.evidence_model import EvidenceModel, EvidenceProxy
from ui.case.filter_bar import FilterBar
from ui.common.i18n import core_text
from ui.common.operations import VaultService
from ui.common.words import moment_text
from ui.viewers.text import note_label, say


class DateDelegate(QStyledItemDelegate):
    """The capture date with, on the line below, how it is known."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        source = index.sibling(index.row(), em.COL_SOURCE).data()
        if source:
            option.text = f"{option.text}\u2028{source}"  # a line break the view draws


# The title is what a person reads first: it keeps at least this share of the table, and
# the platform, accounts and tags columns give up their room before it does.
TITLE_SHARE = 0.35
GIVES_WAY = (em.COL_TAGS, em.COL_ACCOUNTS, em.COL_PLATFORM, em.COL_ROLE)
DATE_FLOOR = 0.85  # the date keeps its time and zone; "from the file name" below is cut first


class EvidenceTable(QTableView):
    """The table itself: rows drag out as item ids; Delete asks to remove them."""

    delete_requested = Signal()
    step_requested = Signal()  # record the selection as steps taken

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Items of the case"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.preferred_widths: dict[int, int] = {}  # each column's width when there is room

    def fit_columns(self) -> None:
        """Share the width: the title takes what is left, at least ``TITLE_SHARE`` of it
        while the other columns can give way: first platform, accounts and tags (down to
        the header's minimum), then the date (down to ``DATE_FLOOR`` of its width)."""
        header = self.horizontalHeader()
        widths = {column: width for column, width in self.preferred_widths.items()
                  if not self.isColumnHidden(column)}
        short = sum(widths.values()) + int(self.viewport().width() * TITLE_SHARE) \
            - self.viewport().width()
        for column, floor in self._giving_way(header.minimumSectionSize()):
            if short <= 0:
                break
            if column in widths:
                given = min(short, max(0, widths[column] - floor(widths[column])))
                widths[column] -= given
                short -= given
        for column, width in widths.items():
            header.resizeSection(column, width)

    @staticmethod
    def _giving_way(minimum: int) -> list[tuple[int, Callable[[int], int]]]:
        return [*((column, lambda _width: minimum) for column in GIVES_WAY),
                (em.COL_CAPTURED, lambda width: int(width * DATE_FLOOR))]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Items of the case"))
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.selectionModel().hasSelection():
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if not self.selectionModel().hasSelection():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Record as a step taken"), self.step_requested.emit)
        menu.addAction(self.tr("Remove from the case…"), self.delete_requested.emit)
        menu.exec(event.globalPos())


class CaseView(QWidget):
    """One case's evidence: filters, table and detail pane."""

    selection_changed = Signal(list)
    delete_requested = Signal(list)
    step_requested = Signal(list)  # item ids: each to become a step taken, linked to it
    listed = Signal(int)  # the table was filled again: how many items it lists

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.current_case_id: int | None = None
        self._generation = 0  # results for an earlier case or filter are dropped
        self._busy = False
        self._again = False
        self._to_select: list[int] | None = None
        self._emitted: list[int] = []
        self.filter_bar = FilterBar(self)
        self.model = EvidenceModel(self)
        self.proxy = EvidenceProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = EvidenceTable(self)
        self.detail_pane = DetailPane(service, self)
        self.error = note_label(self)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._set_up_table()
        self._lay_out()
        self._connect()

    # -- public ------------------------------------------------------------------------------

    def load(self, case_id: int) -> None:
        """Show this case from scratch, with no filter."""
        self.clear()
        self.current_case_id = case_id
        self.filter_bar.reset()

    def refresh(self, select: list[int] | None = None) -> None:
        """Ask the vault again; keep the selection, or select ``select`` if given."""
        if select is not None:
            self._to_select = list(select)
        if self.current_case_id is None:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        generation = self._generation
        case_id, filters = self.current_case_id, self.filter_bar.filters()
        self._service.run(lambda vault, _task: listing.case_listing(vault.db, case_id, filters),
                          lambda found: self._on_listing(generation, found),
                          lambda message: self._on_failure(generation, message))

    def clear(self) -> None:
        """Forget the case: rows, thumbnails, the item shown, filters (on lock)."""
        self._generation += 1
        self._busy = self._again = False
        self._to_select = None
        self.current_case_id = None
        self.model.clear()
        self.detail_pane.clear()
        self.filter_bar.clear()
        say(self.error, "")
        self._show_empty()
        self._emit_selection()

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(index.data(em.ItemIdRole)) for index in sorted(rows, key=QModelIndex.row)]

    def select_item(self, item_id: int) -> None:
        """Select an item and bring it into view; shown in the pane even if filtered out."""
        if not self._select([item_id]):
            self.table.clearSelection()
            self.detail_pane.show_item(item_id)

    def focus_search(self) -> None:
        self.filter_bar.focus_search()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
            self._show_empty()
        super().changeEvent(event)

    # -- building ----------------------------------------------------------------------------

    def _set_up_table(self) -> None:
        side = self.fontMetrics().height() * 2 + self.fontMetrics().height() // 2
        self.model.thumbnail_size = side
        self.model.flag_size = self.fontMetrics().height()
        self.table.setIconSize(QSize(side, side))
        self.table.verticalHeader().setDefaultSectionSize(side + self.fontMetrics().height() // 2)
        self.table.setModel(self.proxy)
        header = self.table.horizontalHeader()
        header.setSortIndicator(em.COL_CAPTURED, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        metrics, pad = self.fontMetrics(), self.fontMetrics().averageCharWidth() * 3
        # How the date is known shows under the date; its own column stays for sorting.
        self.table.setItemDelegateForColumn(em.COL_CAPTURED, DateDelegate(self.table))
        self.table.setColumnHidden(em.COL_SOURCE, True)
        # Wide enough for the date; a long "how we know" line is elided (its tooltip and
        # the detail pane say it whole), so the title keeps its room.
        date_width = metrics.horizontalAdvance(moment_text("2026-09-28T22:41:00+01:00"))
        for column, width in ((em.COL_KIND, side), (em.COL_CAPTURED, date_width),
                              (em.COL_PLATFORM, metrics.horizontalAdvance("Instagram")),
                              (em.COL_ACCOUNTS, metrics.averageCharWidth() * 11),
                              (em.COL_TAGS, metrics.averageCharWidth() * 9),
                              (em.COL_FLAGS, metrics.averageCharWidth() * 6),
                              (em.COL_ROLE, metrics.averageCharWidth() * 9)):
            self.table.preferred_widths[column] = width + pad
        header.setSectionResizeMode(em.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(metrics.averageCharWidth() * 4)
        self.table.fit_columns()

    def _lay_out(self) -> None:
        self.table_stack = QStackedWidget(self)
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table_stack)
        splitter.addWidget(self.detail_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        # Content must never push the splitter around: each side takes what it is given.
        for side in (self.table_stack, self.detail_pane):
            side.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            side.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        splitter.setSizes([650, 350])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.filter_bar, self.table)
        self.setTabOrder(self.table, self.detail_pane)

    def _connect(self) -> None:
        self.filter_bar.changed.connect(self._on_filters)
        self.model.thumbnails_wanted.connect(self._fetch_thumbnails)
        self.table.selectionModel().selectionChanged.connect(self._emit_selection)
        self.table.selectionModel().currentRowChanged.connect(self._emit_selection)
        self.table.delete_requested.connect(
            lambda: self.delete_requested.emit(self.selected_ids()))
        self.table.step_requested.connect(lambda: self.step_requested.emit(self.selected_ids()))
        self.detail_pane.item_requested.connect(self.select_item)

    # -- listing -----------------------------------------------------------------------------

    def _on_filters(self, _filters: Filters) -> None:
        self._generation += 1  # a listing for the old filters is now stale
        self._busy = False
        self.refresh()

    def _on_listing(self, generation: int, found: listing.CaseListing) -> None:
        if generation != self._generation:
            return
        self._busy = False
        keep = self._to_select if self._to_select is not None else self.selected_ids()
        self._to_select = None
        current = self.detail_pane.current_item_id
        top = self._top_item()
        changed = self._row_changed(current, found.rows)
        self.model.set_rows(found.rows)
        self.filter_bar.set_choices(found.tags, found.accounts)
        self.filter_bar.set_count(len(found.rows))
        say(self.error, "")
        self._show_empty()
        if not self._select(keep, scroll=top is None):
            self._scroll_to(top)
        if changed:
            self.detail_pane.reload()
        self.listed.emit(len(found.rows))
        if self._again:
            self._again = False
            self.refresh()

    def _on_failure(self, generation: int, message: object) -> None:
        if generation == self._generation:
            self._busy = False
            say(self.error, self.tr("The items could not be listed: %1").replace(
                "%1", core_text(message)))

    def _fetch_thumbnails(self, item_ids: list[int]) -> None:
        self._service.run(lambda vault, _task: listing.thumbnails(vault.db, item_ids),
                          lambda found: self.model.add_thumbnails(found, item_ids),
                          lambda _message: self.model.add_thumbnails({}, item_ids))

    def _row_changed(self, item_id: int | None, rows: list[listing.Row]) -> bool:
        """Whether the item shown in the pane was described differently meanwhile."""
        position = self.model.row_of(item_id) if item_id is not None else None
        if position is None:
            return False
        before = self.model.row_data(position)
        return next((row != before for row in rows if row.id == item_id), False)

    # -- selection ---------------------------------------------------------------------------

    def _select(self, item_ids: list[int], scroll: bool = True) -> bool:
        """Select these items where listed; False if none of them is."""
        selection = QItemSelection()
        first: QModelIndex | None = None
        for item_id in item_ids:
            row = self.model.row_of(item_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            selection.select(index, index)
            first = first or index
        if first is None:
            self._emit_selection()
            return False
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().select(selection, flags)
        self.table.selectionModel().setCurrentIndex(
            first, QItemSelectionModel.SelectionFlag.NoUpdate)
        if scroll:
            self.table.scrollTo(first)
        return True

    def _emit_selection(self) -> None:
        ids = self.selected_ids()
        current = self.table.currentIndex()
        shown = current.data(em.ItemIdRole) if current.isValid() else None
        self.detail_pane.show_item(shown if shown in ids else (ids[0] if ids else None))
        if ids != self._emitted:
            self._emitted = ids
            self.selection_changed.emit(ids)

    def _top_item(self) -> int | None:
        index = self.table.indexAt(self.table.viewport().rect().topLeft())
        return int(index.data(em.ItemIdRole)) if index.isValid() else None

    def _scroll_to(self, item_id: int | None) -> None:
        row = self.model.row_of(item_id) if item_id is not None else None
        if row is not None:
            self.table.scrollTo(self.proxy.mapFromSource(self.model.index(row, 0)),
                                QAbstractItemView.ScrollHint.PositionAtTop)

    def focus_items(self) -> None:
        """Focus the evidence, or the note that there is none yet: never the search box,
        which would take the keys meant for the window's shortcuts."""
        current = self.table_stack.currentWidget()
        if current is not None:
            current.setFocus()

    def _show_empty(self) -> None:
        # A hidden widget passes its focus on to the next one, the search box: keep it here.
        current = self.table_stack.currentWidget()
        focused = current is not None and current.hasFocus()
        self._show_table_or_note()
        if focused:
            self.focus_items()

    def _show_table_or_note(self) -> None:
        if self.model.rowCount():
            self.table_stack.setCurrentWidget(self.table)
            return
        if self.current_case_id is not None and self.filter_bar.filters() != Filters():
            self.empty.setText(self.tr("Nothing matches these filters."))
        elif self.current_case_id is not None:
            self.empty.setText(self.tr("This case has no items yet. Drop files or folders "
                                       "onto this window, or paste a screenshot, to add "
                                       "them."))
        else:
            self.empty.clear()
        self.table_stack.setCurrentWidget(self.empty)

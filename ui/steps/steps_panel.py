"""The case's steps taken (démarches): reports, complaints, letters, with their
references; and below them, each incident's limitation date.

"Record the selected item as a step" turns an item (a platform's acknowledgement) into a
step linked to it in one click, dated and addressed from the item; the dialog then
completes it. The panel refreshes itself from what each vault operation says it changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import qtawesome as qta
from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.case import step_actions
from app.case.changes import Changes, Done
from app.case.steps import Step
from app.common import dates
from ui.common.i18n import core_text
from ui.common.operations import Operation, VaultService
from ui.common.pickers import ID_ROLE
from ui.steps.deadlines_box import DeadlinesBox
from ui.steps.step_dialog import StepDialog
from ui.steps.steps_model import SORT_ROLE, StepsModel, StepsState, load_steps

# What this panel shows: it reads the vault again when one of these changed. Incidents
# and links move the deadlines; items, what "record as a step" offers.
SHOWN = ("steps", "incidents", "links", "items")


class StepsPanel(QWidget):
    """List, record, edit and remove steps; see the deadlines."""

    loaded = Signal()  # the list shows the vault as it is now

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._case_id: int | None = None
        self._state = StepsState([], [])
        self._selection: list[int] = []  # the items selected in the evidence table
        self._pending: int | None = None  # a step just recorded, to select once listed
        service.changed.connect(self._on_changes)
        self.model = StepsModel(self)
        self.proxy = QSortFilterProxyModel(self, sortRole=SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._retranslate()
        self.clear()

    def _build(self) -> None:
        self.view = QTreeView(self)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.setModel(self.proxy)
        self.view.sortByColumn(StepsModel.COL_WHEN, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().currentChanged.connect(self._refresh_buttons)
        self.new_button = QPushButton(qta.icon("fa6s.plus"), "", self)
        self.edit_button = QPushButton(qta.icon("fa6s.pen"), "", self)
        self.remove_button = QPushButton(qta.icon("fa6s.trash"), "", self)
        self.from_item_button = QPushButton(qta.icon("fa6s.flag"), "", self)
        self.new_button.clicked.connect(lambda: self.new_step())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.from_item_button.clicked.connect(lambda: self.record_items(self._selection))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel(self, wordWrap=True)  # what the last action did
        self.error = QLabel(self, wordWrap=True)
        self.error.hide()
        self.deadlines = DeadlinesBox(self)
        top = QWidget(self)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.from_item_button)
        column.addWidget(self.view, 1)
        column.addWidget(self.status)
        column.addWidget(self.error)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.deadlines)
        QVBoxLayout(self).addWidget(splitter)

    def load(self, case_id: int) -> None:
        self._case_id = case_id
        self.setEnabled(True)
        self._reload()

    def clear(self) -> None:
        """On lock: nothing of the case stays in the panel."""
        self._case_id = None
        self._state = StepsState([], [])
        self._selection = []
        self.model.set_rows([])
        self.deadlines.show_deadlines([])
        self.status.clear()
        self.setEnabled(False)

    def set_selection(self, item_ids: Sequence[int]) -> None:
        """The items selected in the evidence table, for "Record as a step"."""
        self._selection = list(item_ids)
        self._refresh_buttons()

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def new_step(self) -> StepDialog | None:
        if self._case_id is None:
            return None
        return self._open(Step(None, self._case_id, done_at=dates.to_iso(dates.now())), None)

    def edit_selected(self) -> StepDialog | None:
        row = self.model.row_of(self.proxy.mapToSource(self.view.currentIndex()))
        return self._open(row.step, row.item_ids) if row else None

    def record_items(self, item_ids: Sequence[int]) -> None:
        """Each item becomes a step linked to it, in one click; the first is selected."""
        ids = list(item_ids)
        if self._case_id is None or not ids:
            return
        self._run(lambda vault, task: step_actions.record_items(vault, ids), self._recorded)

    def remove_selected(self) -> QMessageBox | None:
        row = self.model.row_of(self.proxy.mapToSource(self.view.currentIndex()))
        if row is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove step"), self.tr(
            "Remove the step “{what}”? The evidence stays in the case; only its link to this "
            "step goes.").format(what=row.step.what or row.step.recipient),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        step_id = int(row.step.id or 0)
        box.accepted.connect(lambda: self._run(
            lambda vault, task: step_actions.remove_step(vault, step_id)))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def select_step(self, step_id: int) -> None:
        found = self.proxy.match(self.proxy.index(0, 0), ID_ROLE, step_id, 1,
                                 Qt.MatchFlag.MatchExactly)
        if found:
            self.view.setCurrentIndex(found[0])
            self.view.scrollTo(found[0])

    def _open(self, step: Step, item_ids: list[int] | None) -> StepDialog:
        dialog = StepDialog(step, self)
        dialog.accepted.connect(lambda: self._run(
            lambda vault, task: step_actions.save_step(vault, dialog.step(), item_ids)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _recorded(self, done: object) -> None:
        made = done.value if isinstance(done, Done) else []
        self._pending = made[0] if made else None
        self.status.setText(self.tr("Recorded as %n step(s): open it to add the reference "
                                    "and the answer.", "", len(made)))

    def _run(self, operation: Operation[object],
             on_done: Callable[[object], None] | None = None) -> None:
        """Write; the list follows from the changes the service broadcasts."""
        self.error.hide()
        self.status.clear()
        self._service.run(operation, on_done, self._failed)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*SHOWN):
            self._reload()

    def _reload(self) -> None:
        case_id = self._case_id
        if case_id is not None:
            today = dates.now().date()
            self._service.run(lambda vault, task: load_steps(vault, case_id, today),
                              lambda state: self._loaded(case_id, state), self._failed)

    def _loaded(self, case_id: int, state: StepsState) -> None:
        if case_id != self._case_id:
            return
        selected = self._pending or self.selected_id()
        self._pending = None
        self._state = state
        self.model.set_rows(state.rows)
        for column in range(self.model.columnCount()):
            self.view.resizeColumnToContents(column)
        if selected is not None:
            self.select_step(selected)
        self.deadlines.show_deadlines(state.deadlines)
        self._refresh_buttons()
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.error.setText(core_text(message))
        self.error.show()

    def _refresh_buttons(self) -> None:
        chosen = self.view.currentIndex().isValid()
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.from_item_button.setEnabled(bool(self._selection))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.new_button.setText(self.tr("&New step…"))
        self.edit_button.setText(self.tr("Ed&it…"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.from_item_button.setText(self.tr("Record the selected item as a ste&p"))
        self.from_item_button.setToolTip(self.tr(
            "A platform's acknowledgement, a complaint's receipt: the step it shows, dated "
            "from it and linked to it."))
        self.view.setAccessibleName(self.tr("Steps taken"))
        self.model.retranslate()

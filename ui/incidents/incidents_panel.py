"""The case's incidents: what happened and when, and the evidence that shows it.

Items dragged from the evidence table onto an incident are linked to it; ``link_items``
does the same through a chooser (the Edit menu's "Link to incident…").
"""

from __future__ import annotations

from collections.abc import Sequence

import qtawesome as qta
from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.case import incidents
from app.vault.vault import Vault
from ui.common.i18n import core_text
from ui.common.operations import Operation, Task, VaultService
from ui.common.pickers import ID_ROLE, Choice
from ui.incidents.incident_dialog import IncidentChooser, IncidentDialog, IncidentDraft, when_text
from ui.incidents.incidents_model import (
    SORT_ROLE,
    IncidentRow,
    IncidentsModel,
    IncidentsState,
    link_to_incidents,
    load_incidents,
    save_incident,
)


class IncidentsPanel(QWidget):
    """List, create, edit and delete incidents; link evidence to them."""

    links_changed = Signal()  # items were linked: the evidence table may refresh
    incidents_changed = Signal()  # incidents were added, changed or deleted
    loaded = Signal()  # the list shows the vault as it is now

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._case_id: int | None = None
        self._state = IncidentsState([], [], [])
        self.model = IncidentsModel(self)
        self.model.items_dropped.connect(self._link_dropped)
        self.proxy = QSortFilterProxyModel(self, sortRole=SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._retranslate()
        self.clear()

    def _build(self) -> None:
        self.view = QTreeView(self, rootIsDecorated=False, uniformRowHeights=True,  # type: ignore[call-arg]  # Qt props
                              alternatingRowColors=True, sortingEnabled=True)
        self.view.setModel(self.proxy)
        self.view.sortByColumn(IncidentsModel.COL_WHEN, Qt.SortOrder.AscendingOrder)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.view.setDragDropOverwriteMode(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDefaultDropAction(Qt.DropAction.LinkAction)
        self.view.activated.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().currentChanged.connect(self._refresh_buttons)
        self.new_button = QPushButton(qta.icon("fa6s.plus"), "", self)
        self.edit_button = QPushButton(qta.icon("fa6s.pen"), "", self)
        self.delete_button = QPushButton(qta.icon("fa6s.trash"), "", self)
        self.new_button.clicked.connect(lambda: self.new_incident())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.hint = QLabel(self, wordWrap=True)
        self.error = QLabel(self, wordWrap=True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)

    def load(self, case_id: int) -> None:
        self._case_id = case_id
        self.setEnabled(True)
        self._reload()

    def clear(self) -> None:
        self._case_id = None
        self._state = IncidentsState([], [], [])
        self.model.set_rows([])
        self.setEnabled(False)

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_incident(self, incident_id: int) -> None:
        """Show and select an incident chosen elsewhere (on the timeline)."""
        found = self.proxy.match(self.proxy.index(0, 0), ID_ROLE, incident_id, 1,
                                 Qt.MatchFlag.MatchExactly)
        if found:
            self.view.setCurrentIndex(found[0])
            self.view.scrollTo(found[0])

    def new_incident(self, item_ids: Sequence[int] = ()) -> IncidentDialog:
        """Open the dialog for a new incident; ``item_ids`` are linked to it on save."""
        return self._open(None, list(item_ids))

    def edit_selected(self) -> IncidentDialog | None:
        index = self.view.currentIndex()
        row = self.model.row_of(self.proxy.mapToSource(index)) if index.isValid() else None
        return self._open(row, []) if row else None

    def delete_selected(self) -> QMessageBox | None:
        index = self.view.currentIndex()
        row = self.model.row_of(self.proxy.mapToSource(index)) if index.isValid() else None
        if row is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete incident"), self.tr(
            "Delete the incident “{title}”? The evidence stays in the case; only its link to "
            "this incident goes.").format(title=row.incident.title or self.tr("(untitled)")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        incident_id = int(row.incident.id or 0)
        box.accepted.connect(lambda: self._delete(incident_id))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def link_items(self, item_ids: Sequence[int]) -> IncidentChooser | None:
        """Ask which incidents ``item_ids`` show, and link them."""
        if self._case_id is None or not item_ids:
            return None
        choices = [Choice(r.incident.id, r.incident.title or self.tr("(untitled)"),
                          when_text(r.incident.precision, r.incident.occurred_at,
                                    r.incident.occurred_until)) for r in self._state.rows]
        chooser = IncidentChooser(choices, len(item_ids), self)
        ids = list(item_ids)

        def chosen() -> None:
            if chooser.wants_new:
                self.new_incident(ids)
            elif chooser.chosen_ids():
                self._link(ids, chooser.chosen_ids())
        chooser.accepted.connect(chosen)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.open()
        return chooser

    def _open(self, row: IncidentRow | None, item_ids: list[int]) -> IncidentDialog:
        draft = IncidentDraft.of(row.incident, row.accounts) if row else None
        dialog = IncidentDialog(draft, self._state.accounts, self._state.people,
                                row.items if row else 0, self)
        dialog.accepted.connect(lambda: self._save(dialog.draft(), item_ids))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _save(self, draft: IncidentDraft, item_ids: list[int]) -> None:
        case_id = self._case_id
        if case_id is None:
            return
        self._run(lambda vault, task: save_incident(vault, case_id, draft, item_ids),
                  bool(item_ids))

    def _delete(self, incident_id: int) -> None:
        def delete(vault: Vault, _task: Task[None]) -> None:
            with vault.transaction() as db:
                incidents.delete(db, incident_id)
        self._run(delete, True)

    def _link_dropped(self, incident_id: int, item_ids: list[int]) -> None:
        self._link(item_ids, [incident_id])

    def _link(self, item_ids: list[int], incident_ids: list[int]) -> None:
        case_id = self._case_id
        if case_id is not None:
            self._run(lambda vault, task: link_to_incidents(vault, case_id, item_ids,
                                                            incident_ids), True, False)

    def _run(self, operation: Operation[object], linked: bool, changed: bool = True) -> None:
        """Write, then reload the list and say what changed."""
        def done(_result: object) -> None:
            self._reload()
            if changed:
                self.incidents_changed.emit()
            if linked:
                self.links_changed.emit()
        self.error.hide()
        self._service.run(operation, done, self._failed)

    def _reload(self) -> None:
        case_id = self._case_id
        if case_id is not None:
            self._service.run(lambda vault, task: load_incidents(vault, case_id),
                              lambda state: self._loaded(case_id, state), self._failed)

    def _loaded(self, case_id: int, state: IncidentsState) -> None:
        if case_id != self._case_id:
            return
        selected = self.selected_id()
        self._state = state
        self.model.set_rows(state.rows)
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == selected:
                self.view.setCurrentIndex(self.proxy.index(row, 0))
        for column in range(self.model.columnCount() - 1):
            self.view.resizeColumnToContents(column)
        self._refresh_buttons()
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.error.setText(core_text(message))
        self.error.show()

    def _refresh_buttons(self) -> None:
        chosen = self.view.currentIndex().isValid()
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.new_button.setText(self.tr("&New incident…"))
        self.edit_button.setText(self.tr("Ed&it…"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.view.setAccessibleName(self.tr("Incidents"))
        self.hint.setText(self.tr("An incident is something that happened. Drag items from "
                                  "the evidence list onto an incident to show it."))
        self.model.retranslate()

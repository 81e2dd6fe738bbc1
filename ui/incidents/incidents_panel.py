"""The case's incidents: what happened and when, and the evidence that shows it.

Items dragged from the evidence table onto an incident are linked to it, and the panel
says so; ``link_items`` does the same through a chooser (the Edit menu's "Link to
incident…"). Below the list, the selected incident's items, which can be unlinked. The
panel refreshes itself from what each vault operation says it changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import qtawesome as qta
from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.case import incident_actions
from app.case.changes import Changes, Done
from app.case.incident_actions import IncidentDraft
from ui.common.i18n import core_text
from ui.common.operations import Operation, VaultService
from ui.common.pickers import ID_ROLE, Choice
from ui.incidents.incident_dialog import IncidentChooser, IncidentDialog, when_text
from ui.incidents.incident_items import IncidentItems
from ui.incidents.incident_list import IncidentList
from ui.incidents.incidents_model import (
    SORT_ROLE,
    IncidentRow,
    IncidentsModel,
    IncidentsState,
    load_incidents,
)

# What this panel shows: it reads the vault again when one of these changed.
SHOWN = ("incidents", "accounts", "people", "links", "items")


class IncidentsPanel(QWidget):
    """List, create, edit and delete incidents; link evidence to them."""

    loaded = Signal()  # the list shows the vault as it is now
    items_shown = Signal()  # the selected incident's items are listed
    item_activated = Signal(int)  # an item of the incident was opened

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._case_id: int | None = None
        self._state = IncidentsState([], [], [])
        self._selection: list[int] = []  # the items selected in the evidence table
        service.changed.connect(self._on_changes)
        self.model = IncidentsModel(self)
        self.model.items_dropped.connect(self._link_dropped)
        self.proxy = QSortFilterProxyModel(self, sortRole=SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._retranslate()
        self.clear()

    def _build(self) -> None:
        self.view = IncidentList(self)
        self.view.setModel(self.proxy)
        self.view.sortByColumn(IncidentsModel.COL_WHEN, Qt.SortOrder.AscendingOrder)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.view.setDragDropOverwriteMode(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDefaultDropAction(Qt.DropAction.LinkAction)
        self.view.activated.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().currentChanged.connect(self._refresh_buttons)
        self.view.selectionModel().currentChanged.connect(lambda: self._load_items())
        self.new_button = QPushButton(qta.icon("fa6s.plus"), "", self)
        self.from_selection_button = QPushButton(qta.icon("fa6s.wand-magic-sparkles"), "", self)
        self.from_selection_button.clicked.connect(lambda: self.new_from_selection())
        self.edit_button = QPushButton(qta.icon("fa6s.pen"), "", self)
        self.delete_button = QPushButton(qta.icon("fa6s.trash"), "", self)
        self.new_button.clicked.connect(lambda: self.new_incident())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.items = IncidentItems(self)
        self.items.unlink_requested.connect(self._unlink)
        self.items.item_activated.connect(self.item_activated)
        self.hint = QLabel(self, wordWrap=True)
        self.status = QLabel(self, wordWrap=True)  # what a drop or a link did
        self.error = QLabel(self, wordWrap=True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.from_selection_button)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)

    def load(self, case_id: int) -> None:
        self._case_id = case_id
        self.setEnabled(True)
        self._reload()

    def clear(self) -> None:
        self._case_id = None
        self._state = IncidentsState([], [], [])
        self._selection = []
        self.model.set_rows([])
        self.items.show_items(None, [])
        self.status.clear()
        self.setEnabled(False)

    def set_selection(self, item_ids: Sequence[int]) -> None:
        """The items selected in the evidence table, for "New incident from the selection"."""
        self._selection = list(item_ids)
        self._refresh_buttons()

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

    def new_incident(self, item_ids: Sequence[int] = (),
                     draft: IncidentDraft | None = None) -> IncidentDialog:
        """Open the dialog for a new incident; ``item_ids`` are linked to it on save."""
        return self._open(None, list(item_ids), draft)

    def new_from_selection(self) -> None:
        """A new incident for the items selected in the evidence list."""
        self.new_for_items(self._selection)

    def new_for_items(self, item_ids: Sequence[int]) -> None:
        """A new incident shown by ``item_ids``, dated from their capture dates."""
        ids = list(item_ids)
        if self._case_id is None or not ids:
            return

        def dated(found: object) -> None:
            assert isinstance(found, tuple)
            at, until, precision = found
            self.new_incident(ids, IncidentDraft(None, occurred_at=at, occurred_until=until,
                                                 precision=precision))
        self._service.run(lambda vault, task: incident_actions.span_of_items(vault, ids),
                          dated, self._failed)

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
                self.new_for_items(ids)
            elif chooser.chosen_ids():
                self._link(ids, chooser.chosen_ids())
        chooser.accepted.connect(chosen)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.open()
        return chooser

    def _open(self, row: IncidentRow | None, item_ids: list[int],
              draft: IncidentDraft | None = None) -> IncidentDialog:
        draft = IncidentDraft.of(row.incident, row.accounts) if row else draft
        dialog = IncidentDialog(draft, self._state.accounts, self._state.people,
                                row.items if row else 0, self)
        dialog.accepted.connect(lambda: self._save(dialog.draft(), item_ids))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _save(self, draft: IncidentDraft, item_ids: list[int]) -> None:
        case_id = self._case_id
        if case_id is not None:
            self._run(lambda vault, task: incident_actions.save_incident(
                vault, case_id, draft, item_ids))

    def _delete(self, incident_id: int) -> None:
        self._run(lambda vault, task: incident_actions.delete_incident(vault, incident_id))

    def _link_dropped(self, incident_id: int, item_ids: list[int]) -> None:
        self._link(item_ids, [incident_id])

    def _link(self, item_ids: list[int], incident_ids: list[int]) -> None:
        case_id = self._case_id
        if case_id is not None:
            self._run(lambda vault, task: incident_actions.link_items(
                vault, case_id, item_ids, incident_ids),
                lambda done: self._say_linked(done, len(item_ids), incident_ids))

    def _unlink(self, incident_id: int, item_ids: list[int]) -> None:
        self._run(lambda vault, task: incident_actions.unlink_items(vault, incident_id,
                                                                    item_ids))

    def _say_linked(self, done: object, count: int, incident_ids: list[int]) -> None:
        """Show what a drop or a link did: the person sees it happen."""
        made = done.value if isinstance(done, Done) else 0
        titles = [r.incident.title or self.tr("(untitled)") for r in self._state.rows
                  if r.incident.id in incident_ids]
        if not made:
            self.status.setText(self.tr("Already linked: nothing changed."))
        elif len(titles) == 1:
            self.status.setText(self.tr("%n item(s) linked to “{title}”.", "", count)
                                .format(title=titles[0]))
        else:
            self.status.setText(self.tr("%n new link(s) made.", "", made))

    def _run(self, operation: Operation[object], on_done: Callable[[object], None] | None = None,
             ) -> None:
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
            self._service.run(lambda vault, task: load_incidents(vault, case_id),
                              lambda state: self._loaded(case_id, state), self._failed)

    def _loaded(self, case_id: int, state: IncidentsState) -> None:
        if case_id != self._case_id:
            return
        selected = self.selected_id()
        self._state = state
        self.model.set_rows(state.rows)
        self.view.fit_columns()
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == selected:
                self.view.setCurrentIndex(self.proxy.index(row, 0))
        self._refresh_buttons()
        self._load_items()
        self.loaded.emit()

    def _load_items(self) -> None:
        incident_id = self.selected_id()
        if incident_id is None:
            self.items.show_items(None, [])
            return
        self._service.run(lambda vault, task: incident_actions.items_shown(vault, incident_id),
                          lambda found: self._items_loaded(incident_id, found), self._failed)

    def _items_loaded(self, incident_id: int, found: object) -> None:
        if incident_id == self.selected_id():
            assert isinstance(found, list)
            self.items.show_items(incident_id, found)
            self.items_shown.emit()

    def _failed(self, message: str) -> None:
        self.error.setText(core_text(message))
        self.error.show()

    def _refresh_buttons(self) -> None:
        chosen = self.view.currentIndex().isValid()
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.from_selection_button.setEnabled(bool(self._selection))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.new_button.setText(self.tr("&New incident…"))
        self.from_selection_button.setText(self.tr("New incident from the &selection…"))
        self.from_selection_button.setToolTip(self.tr(
            "A new incident shown by the items selected in the evidence list, dated from "
            "their dates."))
        self.edit_button.setText(self.tr("Ed&it…"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.view.setAccessibleName(self.tr("Incidents"))
        self.hint.setText(self.tr("An incident is something that happened. Drag items from "
                                  "the evidence list onto an incident to show it."))
        self.model.retranslate()

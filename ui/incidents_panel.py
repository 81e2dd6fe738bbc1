"""The case's incidents: what happened and when, and the evidence that shows it.

Items dragged from the evidence table onto an incident are linked to it; ``link_items``
does the same through a chooser (the Edit menu's "Link to incident…").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import qtawesome as qta
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
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

from app import dates, evidence, incidents, links, people
from app.incidents import Incident
from app.vault import Vault
from ui.i18n import core_text
from ui.incident_dialog import (
    IncidentChooser,
    IncidentDialog,
    IncidentDraft,
    severity_text,
    when_text,
)
from ui.operations import Operation, Task, VaultService
from ui.pickers import (
    ID_ROLE,
    ITEM_IDS_MIME,
    AccountChoice,
    Choice,
    account_id,
    item_ids_of,
    platform_label,
)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class IncidentRow:
    incident: Incident
    items: int
    accounts: list[AccountChoice]


@dataclass(frozen=True)
class IncidentsState:
    """The case's incidents, and the accounts and people the dialog offers."""

    rows: list[IncidentRow]
    accounts: list[AccountChoice]
    people: list[Choice]


def load_incidents(vault: Vault, case_id: int) -> IncidentsState:
    db = vault.db
    accounts = [AccountChoice(a.id, a.platform, a.handle, a.url, a.person_id)
                for a in people.all_accounts(db, case_id)]
    by_id = {a.id: a for a in accounts}
    rows = [IncidentRow(i, len(links.items_of(db, "incident", i.id)),
                        [by_id[a] for a in incidents.accounts(db, i.id) if a in by_id])
            for i in incidents.all_incidents(db, case_id)]
    return IncidentsState(rows, accounts,
                          [Choice(p.id, p.name) for p in people.all_people(db, case_id)])


def save_incident(vault: Vault, case_id: int, draft: IncidentDraft,
                  item_ids: Sequence[int] = ()) -> int:
    """Create or update the incident, its accounts, and link ``item_ids`` to it."""
    with vault.transaction() as db:
        known = incidents.get(db, draft.id) if draft.id is not None else None
        incident_id = incidents.save(db, Incident(
            draft.id, case_id, draft.title, draft.description, draft.occurred_at,
            draft.occurred_until, draft.precision, draft.platform, draft.severity,
            known.created_at if known else dates.to_iso(dates.now())))
        incidents.set_accounts(db, incident_id,
                               [account_id(db, case_id, a) for a in draft.accounts])
        _link(vault, case_id, item_ids, [incident_id])
    return incident_id


def link_to_incidents(vault: Vault, case_id: int, item_ids: Sequence[int],
                      incident_ids: Sequence[int]) -> int:
    with vault.transaction():
        return _link(vault, case_id, item_ids, incident_ids)


def _link(vault: Vault, case_id: int, item_ids: Sequence[int],
          incident_ids: Sequence[int]) -> int:
    """Links made; items of another case (or removed meanwhile) are left out."""
    made = 0
    for item_id in item_ids:
        item = evidence.get(vault.db, item_id)
        if item is None or item.case_id != case_id:
            continue
        made += sum(links.link(vault.db, item_id, "incident", i) for i in incident_ids)
    return made


class IncidentsModel(QAbstractTableModel):
    """One row per incident, in time order; rows accept dropped evidence."""

    COL_WHEN, COL_TITLE, COL_PLATFORM, COL_SEVERITY, COL_ITEMS = range(5)
    items_dropped = Signal(int, list)  # incident id, item ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[IncidentRow] = []

    def set_rows(self, rows: list[IncidentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, index: Index) -> IncidentRow | None:
        return self._rows[index.row()] if index.isValid() and index.row() < len(self._rows) \
            else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_of(index)
        if row is None:
            return None
        incident, column = row.incident, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TITLE:
            return incident.description or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ITEMS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return incident.id
        if role == SORT_ROLE:
            return (incident.occurred_at or incident.created_at, incident.title.lower(),
                    incident.platform.lower(), incident.severity, row.items)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_SEVERITY \
                and incident.severity >= 3:
            return qta.icon("fa6s.triangle-exclamation", color="#b3261e")
        return None

    def _text(self, row: IncidentRow, column: int) -> str | int:
        incident = row.incident
        if column == self.COL_WHEN:
            return when_text(incident.precision, incident.occurred_at, incident.occurred_until)
        if column == self.COL_TITLE:
            return incident.title or incident.description.split("\n")[0]
        if column == self.COL_PLATFORM:
            return platform_label(incident.platform)
        if column == self.COL_SEVERITY:
            return severity_text(incident.severity)
        return row.items

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < 5:
            return None
        return (self.tr("When"), self.tr("What happened"), self.tr("Platform"),
                self.tr("How serious"), self.tr("Items"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDropEnabled)

    def mimeTypes(self) -> list[str]:
        return [ITEM_IDS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        # Never Move: the evidence table must keep its rows.
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def canDropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return self.row_of(parent) is not None and bool(item_ids_of(mime))

    def dropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        target = self.row_of(parent)
        ids = item_ids_of(mime)
        if target is None or not ids:
            return False
        self.items_dropped.emit(int(target.incident.id), ids)
        return True


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
        self.view = QTreeView(self, rootIsDecorated=False, uniformRowHeights=True,
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
        incident_id = int(row.incident.id)
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
        def delete(vault: Vault, _task: Task) -> None:
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

    def _run(self, operation: Operation, linked: bool, changed: bool = True) -> None:
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

    def _loaded(self, case_id: int, state: object) -> None:
        if case_id != self._case_id:
            return
        assert isinstance(state, IncidentsState)
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

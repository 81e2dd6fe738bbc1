"""What the incidents tab shows, and how it is read from and written to the vault.

``load_incidents`` reads the case's incidents, with how many items show each and the
accounts involved, on the vault worker; ``IncidentsModel`` lists them one row per
incident and takes items dropped onto a row. The writes are the core's
(``app.case.incident_actions``).
"""

from __future__ import annotations

from dataclasses import dataclass

import qtawesome as qta
from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from app.case import incidents, links, people
from app.case.incidents import Incident
from app.vault.vault import Vault
from ui.common.pickers import ID_ROLE, ITEM_IDS_MIME, Choice, item_ids_of, platform_label
from ui.incidents.incident_dialog import severity_text, when_text
from ui.people.account_picker import AccountChoice

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
    accounts = [AccountChoice.of(a) for a in people.all_accounts(db, case_id)]
    by_id = {a.id: a for a in accounts}
    rows = [IncidentRow(i, len(links.items_of(db, "incident", i.id or 0)),
                        [by_id[a] for a in incidents.accounts(db, i.id or 0) if a in by_id])
            for i in incidents.all_incidents(db, case_id)]
    return IncidentsState(rows, accounts,
                          [Choice(p.id, p.name) for p in people.all_people(db, case_id)])


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
        self.items_dropped.emit(int(target.incident.id or 0), ids)
        return True

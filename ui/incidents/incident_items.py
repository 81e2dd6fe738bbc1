"""The evidence that shows the selected incident, with a way to unlink some of it.

Unlinking only undoes the tie: the items stay in the case.
"""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import (
    QAbstractListModel,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.case.evidence import EvidenceItem
from ui.common.pickers import ID_ROLE

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class IncidentItemsModel(QAbstractListModel):
    """One row per item: its title (or file name) and when it was captured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[EvidenceItem] = []

    def set_items(self, items: list[EvidenceItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            moment = QDateTime.fromString(item.captured_at, Qt.DateFormat.ISODate).toLocalTime()
            when = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
            return f"{when}  {item.title or item.original_name}"
        if role == ID_ROLE:
            return item.id
        return None


class IncidentItems(QWidget):
    """The items of one incident; ``unlink_requested`` gives the incident and item ids."""

    unlink_requested = Signal(int, list)
    item_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._incident_id: int | None = None
        self.heading = QLabel(self)
        self.model = IncidentItemsModel(self)
        self.view = QListView(self, uniformItemSizes=True)
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.activated.connect(lambda index: self.item_activated.emit(index.data(ID_ROLE)))
        self.view.selectionModel().selectionChanged.connect(self._refresh_button)
        self.unlink_button = QPushButton(qta.icon("fa6s.link-slash"), "", self)
        self.unlink_button.clicked.connect(self.unlink_selected)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.unlink_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self._retranslate()
        self.show_items(None, [])

    def show_items(self, incident_id: int | None, items: list[EvidenceItem]) -> None:
        self._incident_id = incident_id
        self.model.set_items(items)
        self.setVisible(incident_id is not None)
        self._retranslate()

    def selected_ids(self) -> list[int]:
        return [index.data(ID_ROLE) for index in self.view.selectionModel().selectedRows()]

    def unlink_selected(self) -> None:
        chosen = self.selected_ids()
        if self._incident_id is not None and chosen:
            self.unlink_requested.emit(self._incident_id, chosen)

    def _refresh_button(self) -> None:
        self.unlink_button.setEnabled(bool(self.selected_ids()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("%n item(s) show this incident:", "",
                                     self.model.rowCount()))
        self.unlink_button.setText(self.tr("&Unlink"))
        self.unlink_button.setToolTip(self.tr("Unlink the selected items from this incident; "
                                              "they stay in the case."))
        self.view.setAccessibleName(self.tr("Items that show this incident"))
        self._refresh_button()

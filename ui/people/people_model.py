"""What the people tab shows, and how it is read from and written to the vault.

``load_people`` reads the case's people, accounts and item counts on the vault worker;
``PeopleModel`` shows them as a tree, people with their accounts below and the accounts not
yet tied to anyone under their own heading, and takes items dropped onto an account.
The writes are the core's (``app.case.people_actions``).
"""

from __future__ import annotations

from dataclasses import dataclass

import qtawesome as qta
from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from app.case import people
from app.case.people import ROLES, Account, Person
from app.common.texts import QT_TRANSLATE_NOOP  # Qt's stub says it returns object
from app.vault.vault import Vault
from ui.common.pickers import ID_ROLE, ITEM_IDS_MIME, item_ids_of, platform_label

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # PERSON, ACCOUNT or UNTIED (the heading)
PERSON, ACCOUNT, UNTIED = "person", "account", "untied"
_ROLE_WORDS = (QT_TRANSLATE_NOOP("People", "Harasser"), QT_TRANSLATE_NOOP("People", "Witness"),
               QT_TRANSLATE_NOOP("People", "Other"))


def role_text(role: str) -> str:
    words = _ROLE_WORDS[ROLES.index(role)] if role in ROLES else role
    return QCoreApplication.translate("People", words)


@dataclass(frozen=True)
class PeopleState:
    people: list[Person]
    accounts: list[Account]
    counts: dict[int, int]  # items tied to each account


def load_people(vault: Vault, case_id: int) -> PeopleState:
    db = vault.db
    return PeopleState(people.all_people(db, case_id), people.all_accounts(db, case_id),
                       people.item_counts(db, case_id))


class PeopleModel(QAbstractItemModel):
    """People, each with their accounts below; then the accounts not tied to anyone."""

    COL_NAME, COL_DETAIL, COL_ITEMS = range(3)
    items_dropped = Signal(int, list)  # account id, item ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[Person | None, list[Account]]] = []
        self._counts: dict[int, int] = {}

    def set_state(self, state: PeopleState) -> None:
        self.beginResetModel()
        self._counts = dict(state.counts)
        self._groups = [(p, [a for a in state.accounts if a.person_id == p.id])
                        for p in state.people]
        untied = [a for a in state.accounts if a.person_id is None]
        if untied:
            self._groups.append((None, untied))
        self.endResetModel()

    def record(self, index: Index) -> Person | Account | None:
        """The person or account of a row; None for the heading of untied accounts."""
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._groups[index.row()][0]
        return self._groups[index.internalId() - 1][1][index.row()]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self._groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, 2))

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, child: Index | None = None) -> QModelIndex:  # type: ignore[override]
        if child is None:
            return super().parent()  # type: ignore[return-value]  # QObject.parent(): the owner
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        record, column = self.record(index), index.column()
        kind = ACCOUNT if isinstance(record, Account) else PERSON if record else UNTIED
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index, record, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_NAME:
            return qta.icon({PERSON: "fa6s.user", ACCOUNT: "fa6s.at",
                             UNTIED: "fa6s.circle-question"}[kind])
        if role == Qt.ItemDataRole.ToolTipRole:
            return (record.url if isinstance(record, Account) else
                    record.notes if record else None) or None
        if role == KIND_ROLE:
            return kind
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ITEMS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return record.id if record else None
        return None

    def _text(self, index: Index, record: Person | Account | None, column: int) -> object:
        if isinstance(record, Account):
            return (record.handle, platform_label(record.platform),
                    self._counts.get(int(record.id or 0), 0))[column]
        group = self._groups[index.row()][1]
        total = sum(self._counts.get(int(a.id or 0), 0) for a in group)
        if record is None:
            return (self.tr("Accounts not yet tied to a person"), "", total)[column]
        return (record.name, role_text(record.role), total)[column]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < 3:
            return None
        return (self.tr("Person or account"), self.tr("Role or platform"),
                self.tr("Items"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if isinstance(self.record(index), Account):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [ITEM_IDS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction  # never Move

    def canDropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return isinstance(self.record(parent), Account) and bool(item_ids_of(mime))

    def dropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        account, ids = self.record(parent), item_ids_of(mime)
        if not isinstance(account, Account) or not ids:
            return False
        self.items_dropped.emit(int(account.id or 0), ids)
        return True

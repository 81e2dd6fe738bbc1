"""The people in the case (harassers, witnesses) and their accounts on each platform.

Each account shows how many items are tied to it. Tying a new or fake account to the
person behind it is how a campaign from many accounts becomes visible. Accounts whose
owner is not known yet wait under their own heading. Items dragged from the evidence
table onto an account are tied to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import qtawesome as qta
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app import evidence, links, people
from app.people import ROLES, Account, Person
from app.vault import Vault
from ui.i18n import core_text
from ui.operations import Operation, Task, VaultService
from ui.pickers import (
    ID_ROLE,
    ITEM_IDS_MIME,
    AccountChoice,
    AccountDialog,
    Choice,
    form_row,
    item_ids_of,
    lay_out_dialog,
    platform_label,
)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # PERSON, ACCOUNT or UNTIED (the heading)
PERSON, ACCOUNT, UNTIED = "person", "account", "untied"
TAKEN = "taken"  # another account of the case has this platform and handle
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


def save_account(vault: Vault, case_id: int, choice: AccountChoice) -> str | None:
    """Create or change an account; ``TAKEN`` if its platform and handle are another's."""
    with vault.transaction() as db:
        for known in people.all_accounts(db, case_id):
            if (known.platform, known.handle) == (choice.platform, choice.handle) \
                    and known.id != choice.id:
                return TAKEN
        people.save_account(db, Account(choice.id, case_id, choice.person_id, choice.platform,
                                        choice.handle, choice.url))
    return None


def tie_items(vault: Vault, case_id: int, account_id: int, item_ids: Sequence[int]) -> int:
    """Tie items of this case to the account; returns how many ties were new."""
    with vault.transaction() as db:
        mine = [i for i in item_ids if (item := evidence.get(db, i)) and item.case_id == case_id]
        return sum(links.link(db, item_id, "account", account_id) for item_id in mine)


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
            return super().parent()  # QObject.parent(): the model's owner
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
                    self._counts.get(int(record.id), 0))[column]
        group = self._groups[index.row()][1]
        total = sum(self._counts.get(int(a.id), 0) for a in group)
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
        self.items_dropped.emit(int(account.id), ids)
        return True


class PersonDialog(QDialog):
    """A person's name, role in the case, and notes."""

    def __init__(self, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person = person
        self.name = QLineEdit(person.name, self)
        self.role = QComboBox(self)
        self.role.addItems([""] * len(ROLES))
        self.role.setCurrentIndex(ROLES.index(person.role) if person.role in ROLES else 0)
        self.notes = QPlainTextEdit(person.notes, self, tabChangesFocus=True)
        form = QFormLayout()
        self._labels = [form_row(form, w) for w in (self.name, self.role, self.notes)]
        self.error = lay_out_dialog(self, form)
        self._retranslate()

    def person(self) -> Person:
        return replace(self._person, name=self.name.text().strip(),
                       role=ROLES[self.role.currentIndex()],
                       notes=self.notes.toPlainText().rstrip())

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Give a name, even a nickname or “unknown 1”."))
            self.error.show()
            self.name.setFocus()
            return
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Person") if self._person.id else self.tr("New person"))
        for label, text in zip(self._labels, (self.tr("&Name:"), self.tr("&Role:"),
                                              self.tr("N&otes:")), strict=True):
            label.setText(text)
        for row, role in enumerate(ROLES):
            self.role.setItemText(row, role_text(role))


class PeoplePanel(QWidget):
    """People and accounts of one case: add, change, delete, and tie evidence to accounts."""

    links_changed = Signal()  # items were tied to an account
    people_changed = Signal()  # people or accounts were added, changed or deleted
    loaded = Signal()  # the tree shows the vault as it is now

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._case_id: int | None = None
        self._state = PeopleState([], [], {})
        self.model = PeopleModel(self)
        self.model.items_dropped.connect(self._tie_dropped)
        self.view = QTreeView(self, uniformRowHeights=True, alternatingRowColors=True)
        self.view.setModel(self.model)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.view.setDragDropOverwriteMode(True)
        self.view.setDropIndicatorShown(True)
        self.view.activated.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().currentChanged.connect(self._refresh_buttons)
        self.new_person_button = QPushButton(qta.icon("fa6s.user-plus"), "", self)
        self.new_account_button = QPushButton(qta.icon("fa6s.at"), "", self)
        self.edit_button = QPushButton(qta.icon("fa6s.pen"), "", self)
        self.delete_button = QPushButton(qta.icon("fa6s.trash"), "", self)
        self.new_person_button.clicked.connect(lambda: self.new_person())
        self.new_account_button.clicked.connect(lambda: self.new_account())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        buttons = QHBoxLayout()
        for button in (self.new_person_button, self.new_account_button, self.edit_button,
                       self.delete_button):
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
        self._retranslate()
        self.clear()

    def load(self, case_id: int) -> None:
        self._case_id = case_id
        self.setEnabled(True)
        self._reload()

    def clear(self) -> None:
        self._case_id = None
        self._state = PeopleState([], [], {})
        self.model.set_state(self._state)
        self.setEnabled(False)

    def selected(self) -> Person | Account | None:
        return self.model.record(self.view.currentIndex())

    def new_person(self) -> PersonDialog | None:
        if self._case_id is None:
            return None
        return self._ask_person(Person(None, self._case_id, ""))

    def new_account(self) -> AccountDialog | None:
        chosen = self.selected()
        owner = chosen.id if isinstance(chosen, Person) else \
            chosen.person_id if isinstance(chosen, Account) else None
        return self._ask_account(AccountChoice(None, "", "", "", owner), new=True)

    def edit_selected(self) -> QDialog | None:
        chosen = self.selected()
        if isinstance(chosen, Person):
            return self._ask_person(chosen)
        if isinstance(chosen, Account):
            return self._ask_account(AccountChoice(chosen.id, chosen.platform, chosen.handle,
                                                   chosen.url, chosen.person_id))
        return None

    def delete_selected(self) -> QMessageBox | None:
        chosen = self.selected()
        if isinstance(chosen, Person):
            question = self.tr("Delete {name}? Their accounts stay, under “Accounts not yet "
                               "tied to a person”.").format(name=chosen.name)
            delete = people.delete_person
        elif isinstance(chosen, Account):
            question = self.tr("Delete the account {handle}? The items tied to it stay in the "
                               "case.").format(handle=chosen.handle)
            delete = people.delete_account
        else:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        record_id = int(chosen.id)

        def remove(vault: Vault, _task: Task) -> None:
            with vault.transaction() as db:
                delete(db, record_id)
        box.accepted.connect(lambda: self._write(remove, links=isinstance(chosen, Account)))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _ask_person(self, person: Person) -> PersonDialog:
        dialog = PersonDialog(person, self)
        dialog.accepted.connect(lambda: self._save_person(dialog.person()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _ask_account(self, account: AccountChoice, new: bool = False) -> AccountDialog | None:
        case_id = self._case_id
        if case_id is None:
            return None
        owners = [Choice(p.id, p.name) for p in self._state.people]
        dialog = AccountDialog(owners, None if new else account, self)
        if new:
            dialog.person.setCurrentIndex(max(0, dialog.person.findData(account.person_id)))
        dialog.accepted.connect(lambda: self._save_account(case_id, dialog.account()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # What the dialogs say is read here, on the GUI thread, before the worker saves it.
    def _save_person(self, person: Person) -> None:
        def save(vault: Vault, _task: Task) -> None:
            with vault.transaction() as db:
                people.save_person(db, person)
        self._write(save)

    def _save_account(self, case_id: int, account: AccountChoice) -> None:
        self._write(lambda vault, task: save_account(vault, case_id, account))

    def _tie_dropped(self, account_id: int, item_ids: list[int]) -> None:
        case_id = self._case_id
        if case_id is not None:
            self._write(lambda vault, task: tie_items(vault, case_id, account_id, item_ids),
                        links=True, changed=False)

    def _write(self, operation: Operation, links: bool = False, changed: bool = True) -> None:
        """Write, then reload; a refusal (``TAKEN``) shows inline."""
        def done(result: object) -> None:
            if result == TAKEN:
                self._failed(self.tr("The case already has an account with this platform and "
                                     "handle."))
                return
            self._reload()
            if changed:
                self.people_changed.emit()
            if links:
                self.links_changed.emit()
        self.error.hide()
        self._service.run(operation, done, self._failed)

    def _reload(self) -> None:
        case_id = self._case_id
        if case_id is not None:
            self._service.run(lambda vault, task: load_people(vault, case_id),
                              lambda state: self._loaded(case_id, state), self._failed)

    def _loaded(self, case_id: int, state: object) -> None:
        if case_id != self._case_id:
            return
        assert isinstance(state, PeopleState)
        self._state = state
        self.model.set_state(state)
        self.view.expandAll()
        for column in range(PeopleModel.COL_ITEMS):
            self.view.resizeColumnToContents(column)
        self._refresh_buttons()
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.error.setText(core_text(message))
        self.error.show()

    def _refresh_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.new_person_button.setText(self.tr("New &person…"))
        self.new_account_button.setText(self.tr("New &account…"))
        self.edit_button.setText(self.tr("Ed&it…"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.view.setAccessibleName(self.tr("People and accounts"))
        self.hint.setText(self.tr("Tie each account to the person behind it, even a new or "
                                  "fake one. Drag items from the evidence list onto an "
                                  "account to tie them to it."))
        self.model.retranslate()

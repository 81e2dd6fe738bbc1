"""Small reusable pickers: a platform box, a checkable list, tags and accounts.

They hold plain data only (names, ids, ``AccountChoice``); whoever shows them reads the
vault through ``VaultService`` and saves what was picked. Like every widget of the app,
they set their words again when the language changes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

import qtawesome as qta
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import people
from ui.evidence_model import ITEM_IDS_MIME

if TYPE_CHECKING:
    from sqlcipher3 import Connection

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1


# The platforms offered first; the core names X "X". Any other name can be typed.
PLATFORMS = ("Instagram", "Facebook", "X", "TikTok", "Snapchat", "WhatsApp", "Telegram",
             "Signal", "SMS", "E-mail", "Discord", "YouTube", "LinkedIn", "Other")
_TRANSLATED = (QT_TRANSLATE_NOOP("Platform", "E-mail"), QT_TRANSLATE_NOOP("Platform", "Other"))


def platform_label(value: str) -> str:
    """A platform as the user reads it."""
    if value == "X":
        return "X/Twitter"
    if value in _TRANSLATED:
        return QCoreApplication.translate("Platform", value)
    return value


class PlatformCombo(QComboBox):
    """An editable list of common platforms; the value kept is the platform's own name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        for value in PLATFORMS:
            self.addItem(platform_label(value), value)
        self._retranslate()

    def platform(self) -> str:
        text = self.currentText().strip()
        found = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.itemData(found)) if found >= 0 else text

    def set_platform(self, value: str) -> None:
        found = self.findData(value)
        if found >= 0:
            self.setCurrentIndex(found)
        else:
            self.setEditText(value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for row in range(1, self.count()):
            self.setItemText(row, platform_label(str(self.itemData(row))))
        self.setAccessibleName(QCoreApplication.translate("Platform", "Platform"))


@dataclass(frozen=True)
class Choice:
    """One row of a list: an id (None for something not saved yet) and its words."""

    id: int | None
    label: str
    detail: str = ""


class CheckListModel(QAbstractListModel):
    """Rows the user ticks (accounts involved, incidents to link to); when not
    checkable, a plain list whose every row counts as chosen."""

    def __init__(self, parent: QWidget | None = None, checkable: bool = True) -> None:
        super().__init__(parent)
        self._checkable = checkable
        self._rows: list[Choice] = []
        self._checked: list[bool] = []

    def set_choices(self, rows: list[Choice], checked: set[int | None] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._checked = [row.id in (checked or set()) for row in rows]
        self.endResetModel()

    def add(self, row: Choice, checked: bool = True) -> None:
        self.beginInsertRows(ROOT, len(self._rows), len(self._rows))
        self._rows.append(row)
        self._checked.append(checked)
        self.endInsertRows()

    def remove(self, rows: set[int]) -> None:
        for row in sorted(rows, reverse=True):
            self.beginRemoveRows(ROOT, row, row)
            del self._rows[row], self._checked[row]
            self.endRemoveRows()

    def checked_rows(self) -> list[Choice]:
        if not self._checkable:
            return list(self._rows)
        return [row for row, on in zip(self._rows, self._checked, strict=True) if on]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.label} — {row.detail}" if row.detail else row.label
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable:
            on = self._checked[index.row()]
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return row.id
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (index.isValid() and self._checkable
                and role == Qt.ItemDataRole.CheckStateRole):
            return False
        self._checked[index.row()] = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self._checkable else flags


@dataclass(frozen=True)
class AccountChoice:
    """An account as a picker holds it; ``id`` is None until it is saved."""

    id: int | None
    platform: str
    handle: str
    url: str = ""
    person_id: int | None = None

    def label(self) -> str:
        platform = platform_label(self.platform)
        return f"{self.handle} ({platform})" if platform else self.handle


def account_id(db: Connection, case_id: int, account: AccountChoice) -> int:
    """The picked account's id, saving it first if it is new (or finding its twin);
    for operations on the vault worker, inside their transaction."""
    if account.id is not None:
        return account.id
    for known in people.all_accounts(db, case_id):
        if (known.platform, known.handle) == (account.platform, account.handle):
            return int(known.id)
    return people.save_account(db, people.Account(None, case_id, account.person_id,
                                                  account.platform, account.handle,
                                                  account.url))


def item_ids_of(mime: QMimeData) -> list[int]:
    """The item ids dragged from the evidence table; empty for anything else."""
    if not mime.hasFormat(ITEM_IDS_MIME):
        return []
    try:
        ids = json.loads(bytes(mime.data(ITEM_IDS_MIME).data()))
    except ValueError:
        return []
    if not isinstance(ids, list):
        return []
    return [i for i in ids if isinstance(i, int) and not isinstance(i, bool)]


def form_row(form: QFormLayout, field: QWidget) -> QLabel:
    """Add a row whose label (set later, with its mnemonic) focuses ``field``."""
    label = QLabel(form.parentWidget())
    label.setBuddy(field)
    form.addRow(label, field)
    return label


def lay_out_dialog(dialog: QDialog, form: QFormLayout, *lines: QWidget,
                   accept: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok
                   ) -> QLabel:
    """Lay out a small editing dialog: its form, any further lines, a one-sentence error
    (hidden until needed) and the accept and cancel buttons. Returns the error label."""
    error = QLabel(dialog, wordWrap=True)
    error.hide()
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    for line in (*lines, error, buttons):
        layout.addWidget(line)
    return error


class AccountDialog(QDialog):
    """Add or change one account: platform, handle, web address, and whose it is."""

    def __init__(self, people: list[Choice], account: AccountChoice | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._account = account
        self.platform = PlatformCombo(self)
        self.handle = QLineEdit(self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://")
        self.person = QComboBox(self)
        self.person.addItem("", None)
        for person in people:
            self.person.addItem(person.label, person.id)
        form = QFormLayout()
        self._labels = [form_row(form, w) for w in (self.platform, self.handle, self.url,
                                                    self.person)]
        self.error = lay_out_dialog(self, form)
        if account:
            self.platform.set_platform(account.platform)
            self.handle.setText(account.handle)
            self.url.setText(account.url)
            self.person.setCurrentIndex(max(0, self.person.findData(account.person_id)))
        self._retranslate()

    def accept(self) -> None:
        if not self.handle.text().strip():
            self.error.setText(self.tr("Give the account's name or handle."))
            self.error.show()
            self.handle.setFocus()
            return
        super().accept()

    def account(self) -> AccountChoice:
        known = self._account.id if self._account else None
        return AccountChoice(known, self.platform.platform(), self.handle.text().strip(),
                             self.url.text().strip(), self.person.currentData())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Account") if self._account else self.tr("New account"))
        self.handle.setPlaceholderText(self.tr("e.g. @shadow_of_the_lake"))
        self.person.setItemText(0, self.tr("Not known yet"))
        texts = (self.tr("&Platform:"), self.tr("&Name or handle:"), self.tr("&Web address:"),
                 self.tr("&Whose account:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)


class ChosenList(QWidget):
    """A short list of chosen things with a Remove button: the body of the tag and
    account pickers; each adds its own way of adding."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CheckListModel(self, checkable=False)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.view.setMaximumHeight(self.fontMetrics().height() * 5)
        self.remove_button = QPushButton(qta.icon("fa6s.xmark"), "", self)
        self.remove_button.clicked.connect(self._remove_selected)
        self.controls = QHBoxLayout()  # subclasses put their way of adding first
        self.controls.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(self.controls)

    def rows(self) -> list[Choice]:
        return self.model.checked_rows()

    def set_rows(self, rows: list[Choice]) -> None:
        self.model.set_choices(rows)

    def add_row(self, row: Choice) -> None:
        if all(kept.label != row.label for kept in self.rows()):
            self.model.add(row)
            self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.remove_button.setText(QCoreApplication.translate("Pickers", "Remove"))

    def _remove_selected(self) -> None:
        chosen = {index.row() for index in self.view.selectionModel().selectedRows()}
        if chosen:
            self.model.remove(chosen)
            self.changed.emit()


class TagPicker(ChosenList):
    """Tags of one item: type a tag (the case's tags are suggested) and press Enter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = QLineEdit(self)
        self.entry.returnPressed.connect(self._add_typed)
        self.add_button = QPushButton(qta.icon("fa6s.plus"), "", self)
        self.add_button.clicked.connect(self._add_typed)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.add_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, entry_row)
        self.controls.insertStretch(0, 1)
        self._retranslate()

    def set_known(self, names: list[str]) -> None:
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.entry.setCompleter(completer)

    def names(self) -> list[str]:
        return [row.label for row in self.rows()]

    def set_names(self, names: list[str]) -> None:
        self.set_rows([Choice(None, name) for name in names])

    def _retranslate(self) -> None:
        super()._retranslate()
        self.view.setAccessibleName(self.tr("Tags"))
        self.entry.setPlaceholderText(self.tr("New tag, e.g. threat"))
        self.entry.setAccessibleName(self.tr("Tag to add"))
        self.add_button.setText(self.tr("Add tag"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected tags"))

    def _add_typed(self) -> None:
        name = " ".join(self.entry.text().split())
        if name:
            self.add_row(Choice(None, name))
            self.entry.clear()


class AccountPicker(ChosenList):
    """Accounts of one item: pick one the case knows, or describe a new one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._known: list[AccountChoice] = []
        self._people: list[Choice] = []
        self._chosen: dict[str, AccountChoice] = {}
        self.add_button = QPushButton(qta.icon("fa6s.plus"), "", self)
        self.add_button.setMenu(QMenu(self.add_button))
        self.add_button.menu().aboutToShow.connect(self._fill_menu)
        self.controls.insertWidget(0, self.add_button)
        self.controls.insertStretch(1, 1)
        self._retranslate()

    def set_known(self, accounts: list[AccountChoice], people: list[Choice]) -> None:
        self._known, self._people = accounts, people

    def set_accounts(self, accounts: list[AccountChoice]) -> None:
        self._chosen = {account.label(): account for account in accounts}
        self.set_rows([Choice(a.id, a.label()) for a in accounts])

    def accounts(self) -> list[AccountChoice]:
        return [self._chosen[row.label] for row in self.rows()]

    def add_account(self, account: AccountChoice) -> None:
        self._chosen[account.label()] = account
        self.add_row(Choice(account.id, account.label()))

    def _retranslate(self) -> None:
        super()._retranslate()
        self.view.setAccessibleName(self.tr("Accounts"))
        self.add_button.setText(self.tr("Add account"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected accounts"))

    def _fill_menu(self) -> None:
        menu = self.add_button.menu()
        menu.clear()
        taken = {row.label for row in self.rows()}
        for account in self._known:
            if account.label() not in taken:
                menu.addAction(account.label(), lambda a=account: self.add_account(a))
        menu.addSeparator()
        menu.addAction(qta.icon("fa6s.plus"), self.tr("New account…"), self._ask_new)

    def _ask_new(self) -> None:
        dialog = AccountDialog(self._people, parent=self)
        dialog.accepted.connect(lambda: self.add_account(dialog.account()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

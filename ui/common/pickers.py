"""Small reusable pickers: a platform box, a checkable list, and a list of tags.

They hold plain data only (names, ids); whoever shows them reads the vault through
``VaultService`` and saves what was picked. Like every widget of the app, they set their
words again when the language changes. The account picker and its dialog are in
``ui.account_picker``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

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
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# Item ids dragged from the evidence table onto an incident, a person or an account.
ITEM_IDS_MIME = "application/x-dossier-item-ids"


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

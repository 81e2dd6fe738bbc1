"""An item's history from the custody log: when it entered the vault, every change to
its description, every tie made or undone, in plain words.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.vault import custody
from ui.common.words import moment_text, size_text, source_text, translate

COL_WHEN, COL_ACTION, COL_DETAILS = range(3)

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DATED = re.compile(r"^(\S+T\S+) \((\w+)\)$")  # how redating records a date: "iso (source)"


def action_text(action: str) -> str:
    return {
        custody.IMPORTED: translate("Custody", "Added to the vault"),
        custody.EDITED: translate("Custody", "Description changed"),
        custody.REMOVED: translate("Custody", "Removed"),
        custody.LINKED: translate("Custody", "Tied"),
        custody.UNLINKED: translate("Custody", "Untied"),
        custody.EXPORTED: translate("Custody", "Exported"),
    }.get(action, action)


def details_text(entry: custody.Entry) -> str:
    """What the entry says happened, in one line."""
    details = entry.details
    if entry.action == custody.IMPORTED:
        text = translate("Custody", "From “%1”, %2").replace("%1", str(details.get("name", "")))
        text = text.replace("%2", size_text(int(details.get("size", 0))))
        if details.get("parent_id"):
            text += translate("Custody", " (part of item %1)").replace(
                "%1", str(details["parent_id"]))
        return text
    if entry.action == custody.EDITED:
        return translate("Custody", "%1: “%2” → “%3”").replace(
            "%1", _field_text(str(details.get("field", "")))).replace(
            "%2", _value_text(str(details.get("before", "")))).replace(
            "%3", _value_text(str(details.get("after", ""))))
    if entry.action in (custody.LINKED, custody.UNLINKED):
        return _target_text(str(details.get("to", ""))).replace("%1", str(details.get("id", "")))
    if entry.action == custody.REMOVED:
        return translate("Custody", "This record of it stays in the log.")
    return ", ".join(f"{key}: {value}" for key, value in sorted(details.items()))


def _field_text(field: str) -> str:
    return {
        "title": translate("Custody", "Title"),
        "description": translate("Custody", "Description"),
        "platform": translate("Custody", "Platform"),
        "url": translate("Custody", "Web address"),
        "captured_at": translate("Custody", "Capture date"),
    }.get(field, field)


def _value_text(value: str) -> str:
    dated = _DATED.match(value)
    if dated:
        return f"{moment_text(dated.group(1))} ({source_text(dated.group(2))})"
    return value


def _target_text(target: str) -> str:
    return {
        "incident": translate("Custody", "incident no. %1"),
        "account": translate("Custody", "account no. %1"),
        "tag": translate("Custody", "tag no. %1"),
    }.get(target, target + " %1")


class CustodyModel(QAbstractTableModel):
    """Log entries about one item, oldest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[custody.Entry] = []

    def set_entries(self, entries: list[custody.Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (moment_text(entry.at), action_text(entry.action),
                    details_text(entry))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Log entry %1. Its fingerprint, %2, seals it and every entry "
                           "before it.").replace("%1", str(entry.id)).replace(
                               "%2", entry.entry_hash[:16])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 3):
            return (self.tr("When"), self.tr("What"), self.tr("Details"))[section]
        return None


class CustodyView(QTableView):
    """The item's history, read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = CustodyModel(self)
        self.setModel(self.history)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ACTION, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("History of the item"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_entries(self, entries: list[custody.Entry]) -> None:
        self.history.set_entries(entries)

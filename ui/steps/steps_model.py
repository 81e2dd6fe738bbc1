"""What the steps tab shows, read on the vault worker: the case's steps with the items
that show each, and every incident's limitation date. ``StepsModel`` lists the steps,
one row each; the writes are the core's (``app.case.step_actions``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from app.case import deadlines, steps
from app.case.deadlines import Deadline
from app.case.steps import Step
from app.vault.vault import Vault
from ui.common.pickers import ID_ROLE
from ui.steps.step_dialog import kind_text, status_text, when_text

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class StepRow:
    step: Step
    item_ids: list[int]


@dataclass(frozen=True)
class StepsState:
    rows: list[StepRow]
    deadlines: list[Deadline]


def load_steps(vault: Vault, case_id: int, today: date) -> StepsState:
    db = vault.db
    rows = [StepRow(step, steps.items(db, step.id or 0)) for step in steps.all_steps(db, case_id)]
    return StepsState(rows, deadlines.of_case(db, case_id, today))


class StepsModel(QAbstractTableModel):
    """One row per step, in date order."""

    COL_WHEN, COL_KIND, COL_TO, COL_REFERENCE, COL_STATUS = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StepRow] = []

    def set_rows(self, rows: list[StepRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, index: Index) -> StepRow | None:
        valid = index.isValid() and index.row() < len(self._rows)
        return self._rows[index.row()] if valid else None

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
        step, column = row.step, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (when_text(step), kind_text(step.kind), step.recipient, step.reference,
                    status_text(step.status))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(part for part in (step.what, step.answer) if part) or None
        if role == ID_ROLE:
            return step.id
        if role == SORT_ROLE:
            return (step.done_at, kind_text(step.kind), step.recipient.casefold(),
                    step.reference, status_text(step.status))[column]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < 5:
            return None
        return (self.tr("When"), self.tr("Step"), self.tr("To whom"), self.tr("Reference"),
                self.tr("Status"))[section]

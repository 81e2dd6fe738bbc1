"""The cases of a vault: open the latest, create one, rename one, switch between them.

One vault can hold several cases (one per harasser, or per complaint). Every change goes
through the vault worker and is written to the custody log by the core.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.case import cases
from app.case.cases import Case
from app.vault.vault import Vault
from ui.common.fields import InlineError
from ui.common.i18n import core_text
from ui.common.operations import Task, VaultService

Save = Callable[[Vault, str], Case | None]  # None: another case already has that name
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def open_recent_case(service: VaultService, default_name: str, remembered: int | None,
                     on_open: Callable[[Case], None], on_failure: Callable[[str], None]) -> None:
    """Open the case shown before the last lock, else the newest, else a new one."""
    def operation(vault: Vault, _task: Task[None]) -> Case:
        known = cases.all_cases(vault.db)
        for case in known:
            if case.id == remembered:
                return case
        if known:
            return known[-1]
        with vault.transaction() as db:
            return cases.create(db, default_name)
    service.run(operation, on_open, on_failure)


def new_case(vault: Vault, name: str) -> Case | None:
    with vault.transaction() as db:
        return None if cases.find(db, name) else cases.create(db, name)


def rename_case(case_id: int) -> Save:
    """The save that renames case ``case_id``."""
    def rename(vault: Vault, name: str) -> Case | None:
        with vault.transaction() as db:
            clash = cases.find(db, name)
            if clash is not None and clash.id != case_id:
                return None
            return cases.rename(db, case_id, name)
    return rename


class CaseNameDialog(QDialog):
    """Asks for a case's name and saves it; stays open, saying why, if the name is taken."""

    saved = Signal(object)  # the Case as saved

    def __init__(self, service: VaultService, title: str, name: str, save: Save,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.service, self.save = service, save
        self.busy = False
        self.label = QLabel()
        self.field = QLineEdit(name)
        self.field.setMaxLength(200)
        self.label.setBuddy(self.field)
        self.error = InlineError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.label, self.field, self.error, self.buttons):
            layout.addWidget(widget)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # grows with an error
        self.field.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.field.selectAll()
        self._retranslate()

    def accept(self) -> None:
        name = " ".join(self.field.text().split())
        if not name:
            self.error.show_message(self.tr("Give the case a name."))
            return
        self._set_busy(True)
        save = self.save
        self.service.run(lambda vault, _task: save(vault, name), self._saved, self._failed)

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _saved(self, case: Case | None) -> None:
        self._set_busy(False)
        if case is None:
            self.error.show_message(self.tr("Another case already has this name."))
            self.field.setFocus()
            return
        self.saved.emit(case)
        super().accept()

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.error.show_message(core_text(message))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.field.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    def _retranslate(self) -> None:
        self.label.setText(self.tr("&Name of the case:"))


class CaseListModel(QAbstractListModel):
    """The vault's cases, oldest first; the open one is shown in bold."""

    CaseRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, current_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current_id = current_id
        self.cases: list[Case] = []

    def set_cases(self, found: list[Case]) -> None:
        self.beginResetModel()
        self.cases = list(found)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.cases)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cases):
            return None
        case = self.cases[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return case.name
        if role == Qt.ItemDataRole.FontRole and case.id == self.current_id:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.CaseRole:
            return case
        return None


class CaseSwitchDialog(QDialog):
    """Pick another case of the vault to work on."""

    chosen = Signal(object)  # the Case picked

    def __init__(self, service: VaultService, current_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model = CaseListModel(current_id, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._choose)
        self.label = QLabel()
        self.label.setBuddy(self.view)
        self.error = InlineError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = QPushButton()
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(lambda: self._choose(self.view.currentIndex()))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.label, self.view, self.error, self.buttons):
            layout.addWidget(widget)
        self._retranslate()
        service.run(lambda vault, _task: cases.all_cases(vault.db), self._loaded,
                    lambda message: self.error.show_message(core_text(message)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _loaded(self, found: list[Case]) -> None:
        self.model.set_cases(found)
        current = [row for row, case in enumerate(found) if case.id == self.model.current_id]
        self.view.setCurrentIndex(self.model.index(current[0] if current else 0, 0))

    def _choose(self, index: QModelIndex) -> None:
        case = self.model.data(index, CaseListModel.CaseRole)
        if case is not None:
            self.chosen.emit(case)
            self.accept()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Switch to another case"))
        self.label.setText(self.tr("&Cases in this vault:"))
        self.open_button.setText(self.tr("&Open"))

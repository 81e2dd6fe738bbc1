"""The people in the case (harassers, witnesses) and their accounts on each platform.

Each account shows how many items are tied to it. Tying a new or fake account to the
person behind it is how a campaign from many accounts becomes visible. Accounts whose
owner is not known yet wait under their own heading. Items dragged from the evidence
table onto an account are tied to it. The panel refreshes itself from what each vault
operation says it changed, wherever the change was made (an account created while
describing an item appears here at once).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import qtawesome as qta
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.case import people_actions
from app.case.changes import Changes
from app.case.people import ROLES, Account, Person
from ui.common.flow_layout import FlowLayout
from ui.common.form_dialogs import form_row, lay_out_dialog
from ui.common.i18n import core_text
from ui.common.operations import Operation, VaultService
from ui.common.pickers import Choice
from ui.people.account_picker import AccountChoice, AccountDialog
from ui.people.me_box import MeBox
from ui.people.people_model import PeopleModel, PeopleState, load_people, role_text
from ui.people.suggestions_box import SuggestionsBox

if TYPE_CHECKING:
    from app.vault.vault import Vault

# What this panel shows: it reads the vault again when one of these changed.
SHOWN = ("people", "accounts", "links", "items")


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

    loaded = Signal()  # the tree shows the vault as it is now

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._case_id: int | None = None
        self._state = PeopleState([], [], {})
        service.changed.connect(self._on_changes)
        self.model = PeopleModel(self)
        self.model.items_dropped.connect(self._tie_dropped)
        self.view = QTreeView(self, uniformRowHeights=True, alternatingRowColors=True)  # type: ignore[call-arg]  # Qt properties
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
        # The buttons wrap onto a second line in a narrow side panel rather than be cut
        # ("uvelle perso" in French at 1280 pixels).
        buttons = FlowLayout()
        for button in (self.new_person_button, self.new_account_button, self.edit_button,
                       self.delete_button):
            buttons.addWidget(button)
        self.hint = QLabel(self, wordWrap=True)
        self.error = QLabel(self, wordWrap=True)
        self.error.hide()
        self.suggestions = SuggestionsBox(service, self)
        self.me = MeBox(service, self)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.me)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        self._retranslate()
        self.clear()

    def load(self, case_id: int) -> None:
        self._case_id = case_id
        self.setEnabled(True)
        self._reload()
        self.suggestions.load(case_id)
        self.me.load()

    def clear(self) -> None:
        self._case_id = None
        self.suggestions.clear()
        self.me.clear()
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
            delete: Callable[[Vault, int], Changes] = people_actions.delete_person
        elif isinstance(chosen, Account):
            question = self.tr("Delete the account {handle}? The items tied to it stay in the "
                               "case.").format(handle=chosen.handle)
            delete = people_actions.delete_account
        else:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        record_id = int(chosen.id or 0)  # a listed record always has its id
        box.accepted.connect(lambda: self._write(lambda vault, task: delete(vault, record_id)))
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
        self._write(lambda vault, task: people_actions.save_person(vault, person))

    def _save_account(self, case_id: int, account: AccountChoice) -> None:
        self._write(lambda vault, task: people_actions.save_account(vault, case_id, account))

    def _tie_dropped(self, account_id: int, item_ids: list[int]) -> None:
        case_id = self._case_id
        if case_id is not None:
            self._write(lambda vault, task: people_actions.tie_items(
                vault, case_id, account_id, item_ids))

    def _write(self, operation: Operation[object]) -> None:
        """Write; the tree follows from the changes the service broadcasts, and a refusal
        (an account that exists already, a person deleted meanwhile) shows inline."""
        self.error.hide()
        self._service.run(operation, None, self._failed)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*SHOWN):
            self._reload()

    def _reload(self) -> None:
        case_id = self._case_id
        if case_id is not None:
            self._service.run(lambda vault, task: load_people(vault, case_id),
                              lambda state: self._loaded(case_id, state), self._failed)

    def _loaded(self, case_id: int, state: PeopleState) -> None:
        if case_id != self._case_id:
            return
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

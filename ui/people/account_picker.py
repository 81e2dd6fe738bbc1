"""Accounts as the pickers hold them, and the widgets that pick them.

``AccountChoice`` is an account in plain data (its id is None until it is saved), as
the core's ``AccountRef`` with a label; the core saves a new one. ``AccountDialog`` adds or changes
one account; ``AccountPicker`` is the item editor's list of an item's accounts, which
picks one the case knows or asks the dialog for a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import qtawesome as qta
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QWidget,
)

from app.case.people import Account, AccountRef
from ui.common.form_dialogs import form_row, lay_out_dialog
from ui.common.pickers import Choice, ChosenList, PlatformCombo, platform_label


@dataclass(frozen=True)
class AccountChoice(AccountRef):
    """An account as a picker holds it, with the label it shows."""

    def label(self) -> str:
        platform = platform_label(self.platform)
        return f"{self.handle} ({platform})" if platform else self.handle

    @classmethod
    def of(cls, account: Account) -> AccountChoice:
        return cls(account.id, account.platform, account.handle, account.url,
                   account.person_id)


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
                menu.addAction(account.label(), partial(self.add_account, account))
        menu.addSeparator()
        menu.addAction(qta.icon("fa6s.plus"), self.tr("New account…"), self._ask_new)

    def _ask_new(self) -> None:
        dialog = AccountDialog(self._people, parent=self)
        dialog.accepted.connect(lambda: self.add_account(dialog.account()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

"""Who the victim is in the evidence, shown where people and accounts are: the identities
she set, and those Dossier inferred (her name in a chat she exported, the address most
e-mails are sent to), each asked once: "Is this you?" with That's me and Not me.

What she answers decides the direction of messages, what counts as an act, and which
identities never go into a complaint (app.case.me)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.case import me
from app.case.changes import Changes
from app.case.me import Identity
from ui.common.i18n import core_text
from ui.common.operations import VaultService

if TYPE_CHECKING:
    from app.vault.vault import Vault


class MeBox(QWidget):
    """One line per identity; inferred ones with That's me and Not me. Hidden when none."""

    loaded = Signal()

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._active = False
        self.shown: list[Identity] = []
        self._widgets: list[QWidget] = []
        self.title = QLabel(self, wordWrap=True)
        self.error = QLabel(self, wordWrap=True)
        self.error.hide()
        self._grid = QGridLayout()
        self._grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self._grid)
        layout.addWidget(self.error)
        service.changed.connect(self._on_changes)
        self._retranslate()
        self.hide()

    def load(self) -> None:
        self._active = True
        self._service.run(lambda vault, _task: me.identities(vault), self._loaded, self._failed)

    def clear(self) -> None:
        self._active = False
        self._show([])

    def confirm(self, identity: Identity) -> None:
        self._answer(lambda vault: me.add(vault, identity.identifier, identity.platform))

    def refuse(self, identity: Identity) -> None:
        self._answer(lambda vault: me.remove(vault, identity.identifier, identity.platform))

    def describe(self, identity: Identity) -> str:
        name = (f"{identity.identifier} ({identity.platform})" if identity.platform
                else identity.identifier)
        if identity.source == me.INFERRED:
            return self.tr("Is this you? %1 (found in the evidence)").replace("%1", name)
        return self.tr("%1 (set by you)").replace("%1", name)

    def _answer(self, change: Callable[[Vault], object]) -> None:
        self.error.hide()
        self._service.run(lambda vault, _task: change(vault), None, self._failed)

    def _loaded(self, found: list[Identity]) -> None:
        if self._active:
            self._show(found)
            self.loaded.emit()

    def _show(self, found: list[Identity]) -> None:
        for widget in self._widgets:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self.shown, self._widgets = list(found), []
        # The words take the whole width and the answers go under them: a narrow side
        # panel never squeezes the question.
        for row, identity in enumerate(found):
            self._add(QLabel(self.describe(identity), self, wordWrap=True), 2 * row, 0, 3)
            if identity.source == me.INFERRED:
                yes = QPushButton(self.tr("That's me"), self)
                no = QPushButton(self.tr("Not me"), self)
                yes.clicked.connect(lambda _c=False, i=identity: self.confirm(i))
                no.clicked.connect(lambda _c=False, i=identity: self.refuse(i))
                self._add(yes, 2 * row + 1, 1)
                self._add(no, 2 * row + 1, 2)
        self.setVisible(bool(found))

    def _add(self, widget: QWidget, row: int, column: int, span: int = 1) -> None:
        self._grid.addWidget(widget, row, column, 1, span)
        self._widgets.append(widget)

    def _on_changes(self, changes: Changes) -> None:
        if self._active and changes.touches("case", "items"):
            self.load()

    def _failed(self, message: str) -> None:
        self.error.setText(core_text(message))
        self.error.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._show(self.shown)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("You in the evidence (never listed as the author's):"))

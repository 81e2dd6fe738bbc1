"""Attributions the evidence suggests, under the people and accounts: "3 items come from
06 12 34 56 78: tie this number to Ombre?" with one button that accepts.

Only what the person accepts goes into a complaint as the harasser's; the questions come
from app.case.suggestions, read by the vault worker like the rest of the panel.
"""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.case import attribution, suggestions
from app.case.changes import Changes
from app.case.suggestions import Suggestion
from ui.common.i18n import core_text
from ui.common.operations import VaultService

MAX_SHOWN = 5  # the most frequent; the next ones appear as these are answered
SHOWN = ("people", "accounts", "links", "items")


class SuggestionsBox(QWidget):
    """One line and one "Tie" button per suggestion; hidden when there is none."""

    loaded = Signal()

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._case_id: int | None = None
        self._shown: list[Suggestion] = []
        self.questions: list[QLabel] = []
        self.buttons: list[QPushButton] = []
        self.title = QLabel(self)
        self.error = QLabel(self, wordWrap=True)
        self.error.hide()
        self._grid = QGridLayout()
        self._grid.setColumnStretch(0, 1)  # the question takes the room, the button its own
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self._grid)
        layout.addWidget(self.error)
        service.changed.connect(self._on_changes)
        self._retranslate()
        self.hide()

    def load(self, case_id: int) -> None:
        self._case_id = case_id
        self._reload()

    def clear(self) -> None:
        self._case_id = None
        self._show([])

    def question(self, found: Suggestion) -> str:
        what = {attribution.EMAIL: self.tr("tie this address to %1?"),
                attribution.PHONE: self.tr("tie this number to %1?")}.get(
            found.key.kind, self.tr("tie this account to %1?")).replace("%1", found.person_name)
        # Two sources rather than "item(s)": English needs no plural file this way.
        n = len(found.item_ids)
        count = (self.tr("1 item comes from %1") if n == 1 else
                 self.tr("%n items come from %1", "", n)).replace("%1", found.display)
        return f"{count}: {what}"

    def _reload(self) -> None:
        case_id = self._case_id
        if case_id is not None:
            self._service.run(
                lambda vault, task: suggestions.suggest(vault.db, case_id)[:MAX_SHOWN],
                lambda found: self._loaded(case_id, found), self._failed)

    def _loaded(self, case_id: int, found: list[Suggestion]) -> None:
        if case_id == self._case_id:
            self._show(found)
            self.loaded.emit()

    def _show(self, found: list[Suggestion]) -> None:
        for widget in (*self.questions, *self.buttons):
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._shown, self.questions, self.buttons = list(found), [], []
        for row, suggestion in enumerate(found):
            question = QLabel(self.question(suggestion), self, wordWrap=True)
            button = QPushButton(qta.icon("fa6s.link"), self.tr("Tie"), self)
            button.setAccessibleName(self.tr("Tie %1 to %2").replace(
                "%1", suggestion.display).replace("%2", suggestion.person_name))
            button.clicked.connect(lambda _checked=False, s=suggestion: self._accept(s))
            self._grid.addWidget(question, row, 0)
            self._grid.addWidget(button, row, 1)
            self.questions.append(question)
            self.buttons.append(button)
        self.setVisible(bool(found))

    def _accept(self, found: Suggestion) -> None:
        case_id = self._case_id
        if case_id is not None:
            self.error.hide()
            self._service.run(lambda vault, task: suggestions.accept(vault, case_id, found),
                              None, self._failed)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*SHOWN):
            self._reload()

    def _failed(self, message: str) -> None:
        self.error.setText(core_text(message))
        self.error.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Found in the evidence:"))
        for label, suggestion in zip(self.questions, self._shown, strict=True):
            label.setText(self.question(suggestion))
        for button in self.buttons:
            button.setText(self.tr("Tie"))

"""Saved web pages and dragged links: title, address and the page's words.

The page is never rendered and its address is never opened: showing a harasser's page
must not tell the harasser it was looked at.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.common.words import moment_text
from ui.viewers.base import ItemContent, Viewer
from ui.viewers.text import note_label, plain_view, say


def _selectable(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class WebViewer(Viewer):
    """What the page said, and where it was, as text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _selectable(self)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.address = _selectable(self)
        self.posted = _selectable(self)
        self._safe = QLabel(self)
        self._safe.setWordWrap(True)
        self._names = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for name, field in zip(self._names, (self.title, self.address, self.posted), strict=True):
            form.addRow(name, field)
        form.addRow("", self._safe)
        self.note = note_label(self)
        self.text = plain_view(self, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.text, 1)
        self._form = form
        self.retranslate()

    def retranslate(self) -> None:
        for name, text in zip(self._names, (self.tr("Title:"), self.tr("Address:"),
                                            self.tr("Posted:")), strict=True):
            name.setText(text)
        self._safe.setText(self.tr("Dossier never opens this address, so the site cannot "
                                   "know you looked at it."))
        self.text.setAccessibleName(self.tr("Words of the page"))

    def show_content(self, content: ItemContent) -> None:
        item = content.item
        self.title.setText(item.title or self.tr("(no title)"))
        self.address.setText(item.url or content.first("web.url") or content.first("link.url")
                             or self.tr("(unknown)"))
        posted = content.first("web.posted_at")
        self.posted.setText(moment_text(posted) if posted else "")
        self._form.setRowVisible(self.posted, bool(posted))
        self.text.setPlainText(content.details.text)
        say(self.note, "" if content.details.text else self.tr("There is no text to show."))

    def clear(self) -> None:
        for label in (self.title, self.address, self.posted):
            label.clear()
        self.text.clear()
        say(self.note, "")

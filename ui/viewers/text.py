"""Plain text notes, and the safe text browser every viewer uses for formatted text.

Nothing shown here is ever loaded from the network or from disk: links are only
reported, never followed, and images or style sheets a text refers to are not fetched.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextBrowser, QVBoxLayout, QWidget

from ui.viewers.base import ItemContent, Viewer

ITEM_SCHEME = "item"  # links of the form item:25 show another item of the case


class SafeBrowser(QTextBrowser):
    """A read-only rich text view that fetches nothing and opens nothing."""

    item_link = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.setSearchPaths([])
        self.anchorClicked.connect(self._on_anchor)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None  # no image, style sheet or page is ever fetched, local or remote

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == ITEM_SCHEME and url.path().isdigit():
            self.item_link.emit(int(url.path()))


def plain_view(parent: QWidget, accessible_name: str) -> QPlainTextEdit:
    """A read-only, selectable, wrapped plain text view."""
    view = QPlainTextEdit(parent)
    view.setReadOnly(True)
    view.setAccessibleName(accessible_name)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    return view


def note_label(parent: QWidget) -> QLabel:
    """A one-sentence notice in plain text, hidden until it has something to say."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class TextViewer(Viewer):
    """The note's own words, exactly as they were written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._note = note_label(self)
        self._text = plain_view(self, "")
        self._text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._note)
        layout.addWidget(self._text, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self._text.setAccessibleName(self.tr("Text of the item"))

    def show_content(self, content: ItemContent) -> None:
        self._text.setPlainText(content.details.text)
        if content.first("text.note"):
            say(self._note, self.tr("Only the beginning of this text is shown; the whole "
                                    "file is kept."))
        elif not content.details.text:
            say(self._note, self.tr("There is no text to show."))
        else:
            say(self._note, "")

    def clear(self) -> None:
        self._text.clear()
        say(self._note, "")

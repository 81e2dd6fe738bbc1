"""Conversations (WhatsApp exports, SMS backups) as a transcript, and single messages.

The transcript is one list view over a model: a chat of 100,000 messages costs one row
of data each, never one widget each.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.case.listing import Message
from ui.common.words import moment_text, translate
from ui.viewers.base import ItemContent, Viewer
from ui.viewers.text import note_label, plain_view, say

MessageIdRole = Qt.ItemDataRole.UserRole + 1
AuthorRole = Qt.ItemDataRole.UserRole + 2
TimeRole = Qt.ItemDataRole.UserRole + 3
TextRole = Qt.ItemDataRole.UserRole + 4
NoteRole = Qt.ItemDataRole.UserRole + 5

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def author_text(author: str, direction: str) -> str:
    """Who wrote a message; the owner of an SMS backup is "You"."""
    if direction == "sent" and not author:
        return translate("Chat", "You")
    return author or translate("Chat", "Unknown sender")


def note_text(message: Message) -> str:
    if message.media_omitted:
        return translate("Chat", "A picture or file was sent here; the export did not "
                                 "include it.")
    if message.deleted:
        return translate("Chat", "The sender deleted this message.")
    return ""


class TranscriptModel(QAbstractListModel):
    """The messages of one conversation, in the order they were sent."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._messages: list[Message] = []

    def set_messages(self, messages: list[Message]) -> None:
        self.beginResetModel()
        self._messages = list(messages)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._messages)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._messages):
            return None
        message = self._messages[index.row()]
        values = {
            MessageIdRole: message.id,
            AuthorRole: author_text(message.author, message.direction),
            TimeRole: moment_text(message.captured_at),
            TextRole: message.text,
            NoteRole: note_text(message),
        }
        if role in values:
            return values[role]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{values[AuthorRole]}, {values[TimeRole]}: {message.text}"
        return None


class MessageDelegate(QStyledItemDelegate):
    """Draws a message: its author in bold and its time, then its words, wrapped."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        if style:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        margin = self._margin(option)
        area = option.rect.adjusted(margin, margin // 2, -margin, -margin // 2)
        painter.save()
        painter.setPen(option.palette.color(text_role))
        for font, text, flags in self._lines(option, index):
            painter.setFont(font)
            height = self._height(font, text, area.width())
            painter.drawText(QRect(area.left(), area.top(), area.width(), height), flags, text)
            area.setTop(area.top() + height)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        self.initStyleOption(option, index)
        margin = self._margin(option)
        view = self.parent()
        width = (view.viewport().width() if isinstance(view, QListView) else 400) - 2 * margin
        lines = self._lines(option, index)
        height = sum(self._height(font, text, width) for font, text, _ in lines)
        return QSize(width, height + margin)

    def _lines(self, option: QStyleOptionViewItem,
               index: _Index) -> list[tuple[QFont, str, Qt.AlignmentFlag]]:
        wrap = Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        bold, italic = QFont(option.font), QFont(option.font)
        bold.setBold(True)
        italic.setItalic(True)
        lines = [(bold, f"{index.data(AuthorRole)}   {index.data(TimeRole)}", wrap),
                 (QFont(option.font), str(index.data(TextRole)), wrap)]
        if index.data(NoteRole):
            lines.append((italic, str(index.data(NoteRole)), wrap))
        return lines

    @staticmethod
    def _height(font: QFont, text: str, width: int) -> int:
        metrics = QFontMetrics(font)
        return metrics.boundingRect(QRect(0, 0, max(width, 1), 1_000_000),
                                    Qt.TextFlag.TextWordWrap, text or " ").height()

    @staticmethod
    def _margin(option: QStyleOptionViewItem) -> int:
        return QFontMetrics(option.font).height() // 2


class ChatViewer(Viewer):
    """The whole conversation; activating a message shows it as its own item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.note = note_label(self)
        self.model = TranscriptModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(MessageDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setAlternatingRowColors(True)
        self.view.activated.connect(
            lambda index: self.item_requested.emit(int(index.data(MessageIdRole))))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Messages of the conversation"))

    def show_content(self, content: ItemContent) -> None:
        self.model.set_messages(content.messages)
        people = ", ".join(content.metadata("chat.participant"))
        count = self.tr("%n message(s)", "", len(content.messages))
        self.summary.setText(self.tr("%1 between %2").replace("%1", count).replace("%2", people)
                             if people else count)
        say(self.note, self.tr("The export was too long: only its beginning was read.")
            if content.first("chat.truncated") else "")

    def clear(self) -> None:
        self.model.set_messages([])
        self.summary.clear()
        say(self.note, "")


class MessageViewer(Viewer):
    """One message: who wrote it, when, and what it says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.author = QLabel(self)
        self.author.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.author.font())
        bold.setBold(True)
        self.author.setFont(bold)
        self.when = QLabel(self)
        self.note = note_label(self)
        self.text = plain_view(self, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.author)
        layout.addWidget(self.when)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setAccessibleName(self.tr("Words of the message"))

    def show_content(self, content: ItemContent) -> None:
        direction = content.first("message.direction")
        author = content.first("message.author") or (
            "" if direction == "sent"  # an SMS backup names the other party, not the owner
            else content.first("message.contact_name") or content.first("message.address"))
        message = Message(content.item.id, content.item.captured_at, author, direction,
                          content.details.text,
                          deleted=content.first("message.deleted") == "yes",
                          media_omitted=content.first("message.media_omitted") == "yes")
        self.author.setText(author_text(message.author, message.direction))
        self.when.setText(moment_text(message.captured_at))
        self.text.setPlainText(message.text)
        say(self.note, note_text(message))

    def clear(self) -> None:
        self.author.clear()
        self.when.clear()
        self.text.clear()
        say(self.note, "")

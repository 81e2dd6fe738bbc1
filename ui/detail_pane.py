"""The pane beside the evidence table: the selected item shown by the viewer for its
kind, its details (metadata), its history from the custody log, and the editor the
window puts in the "Describe" tab.

Everything is read through the vault service; the pane keeps nothing once cleared.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import custody, evidence, listing, originals
from app.vault import Vault
from ui.custody_view import CustodyView
from ui.i18n import core_text
from ui.operations import Operation, Task, VaultService
from ui.viewers import (
    ItemContent,
    Viewer,
    create_viewer,
    kind_text,
    moment_text,
    size_text,
    source_text,
    translate,
    viewer_key,
)
from ui.viewers.text import ITEM_SCHEME, note_label, say

# Originals read into memory to be shown; larger ones are described, not shown.
ORIGINAL_LIMITS = {"image": 100 * 1024 * 1024, "pdf": 200 * 1024 * 1024}

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_ISO_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)$")


def gather(item_id: int, with_content: bool = True) -> Operation:
    """The operation reading what the pane shows about one item (None if it is gone)."""
    def operation(vault: Vault, _task: Task) -> ItemContent | None:
        db = vault.db
        found = evidence.details(db, item_id)
        if found is None:
            return None
        item = found.item
        content = ItemContent(found, custody.entries(db, item_id))
        if item.parent_id is not None:
            content.parent = evidence.get(db, item.parent_id)
        if not with_content:
            return content
        if item.size <= ORIGINAL_LIMITS.get(item.kind, -1):
            blob = evidence.blob_id(db, item_id)
            content.original = b"".join(originals.chunks(db, blob)) if blob else None
        if found.has_thumbnail:
            content.thumbnail = evidence.thumbnail(db, item_id)
        if item.kind == "chat":
            content.messages = listing.messages(db, item_id)
        elif found.children:
            content.parts = listing.parts(db, item_id)
        return content
    return operation


class MetadataModel(QAbstractTableModel):
    """What is known about an item, as (what, value) lines in plain words."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[tuple[str, str]] = []

    def set_lines(self, lines: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._lines[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 2):
            return (self.tr("What"), self.tr("Value"))[section]
        return None


def describe(content: ItemContent) -> list[tuple[str, str]]:
    """The item's facts first, then everything its reader found."""
    item = content.item
    facts = [
        (translate("Details", "File name"), item.original_name),
        (translate("Details", "Kind"), kind_text(item.kind)),
        (translate("Details", "Size"), size_text(item.size)),
        (translate("Details", "Fingerprint (SHA-256)"), item.sha256),
        (translate("Details", "Captured"), moment_text(item.captured_at)),
        (translate("Details", "How the date is known"), source_text(item.captured_at_source)),
        (translate("Details", "Added to the vault"), moment_text(item.imported_at)),
        (translate("Details", "Platform"), item.platform),
        (translate("Details", "Web address"), item.url),
    ]
    labels, words = _metadata_labels(), _metadata_words()
    facts += [(labels.get(key, key), _value_text(value, words))
              for key, value in content.details.metadata]
    return [(what, value) for what, value in facts if value]


def _value_text(value: str, words: dict[str, str]) -> str:
    """A metadata value as the user reads it: times in their format, known words in their
    language, anything else as the file gave it."""
    if _ISO_TIME.match(value):
        return moment_text(value)
    return words.get(value, value)


def _metadata_words() -> dict[str, str]:
    # The few values readers give as words rather than as the file's own text.
    return {
        "received": translate("Details", "received"),
        "sent": translate("Details", "sent"),
        "draft": translate("Details", "draft"),
        "yes": translate("Details", "yes"),
    }


def _metadata_labels() -> dict[str, str]:
    return {
        "email.from": translate("Details", "From"),
        "email.to": translate("Details", "To"),
        "email.cc": translate("Details", "Copy to"),
        "email.subject": translate("Details", "Subject"),
        "email.date": translate("Details", "Date written in the e-mail"),
        "email.message_id": translate("Details", "E-mail identifier (Message-ID)"),
        "email.return_path": translate("Details", "Return address"),
        "email.reply_to": translate("Details", "Reply to"),
        "email.received": translate("Details", "Went through the server"),
        "email.originating_ip": translate("Details", "Sent from the internet address"),
        "image.format": translate("Details", "Picture format"),
        "image.width": translate("Details", "Width (pixels)"),
        "image.height": translate("Details", "Height (pixels)"),
        "image.camera": translate("Details", "Camera"),
        "exif.make": translate("Details", "Camera maker"),
        "exif.model": translate("Details", "Camera model"),
        "exif.datetime_original": translate("Details", "Taken (according to the photo)"),
        "gps.latitude": translate("Details", "Latitude where it was taken"),
        "gps.longitude": translate("Details", "Longitude where it was taken"),
        "pdf.pages": translate("Details", "Pages"),
        "pdf.title": translate("Details", "Title written in the PDF"),
        "pdf.author": translate("Details", "Author written in the PDF"),
        "pdf.creator": translate("Details", "Made with"),
        "pdf.producer": translate("Details", "Saved with"),
        "pdf.info.creation_date": translate("Details", "Created (PDF properties)"),
        "pdf.xmp.create_date": translate("Details", "Created (PDF XMP data)"),
        "pdf.dates_differ": translate("Details", "The PDF's dates disagree"),
        "audio.duration_seconds": translate("Details", "Duration (seconds)"),
        "audio.channels": translate("Details", "Sound channels"),
        "audio.sample_rate": translate("Details", "Sample rate (Hz)"),
        "text.encoding": translate("Details", "Text encoding"),
        "text.lines": translate("Details", "Lines"),
        "chat.name": translate("Details", "Conversation with"),
        "chat.participant": translate("Details", "Took part"),
        "chat.message_count": translate("Details", "Messages"),
        "chat.first_message": translate("Details", "First message"),
        "chat.last_message": translate("Details", "Last message"),
        "message.author": translate("Details", "Written by"),
        "message.address": translate("Details", "Phone number"),
        "message.contact_name": translate("Details", "Contact name"),
        "message.direction": translate("Details", "Sent or received"),
        "sms.backup_date": translate("Details", "Backup made"),
        "web.url": translate("Details", "Address of the page"),
        "web.posted_at": translate("Details", "Posted"),
        "web.host": translate("Details", "Site"),
        "capture.filename": translate("Details", "Date in the file name"),
        "capture.file_time": translate("Details", "File date"),
    }


def _title(content: ItemContent) -> str:
    """A message is called by its first words, anything else by its title or name."""
    item = content.item
    if item.title:
        return item.title
    if item.kind == "message" and content.details.text.strip():
        words = " ".join(content.details.text.split())
        return f"« {words[:80]}… »" if len(words) > 80 else f"« {words} »"
    return item.original_name


class DetailPane(QWidget):
    """Shows one item. ``item_requested`` asks the case view to show another one."""

    item_requested = Signal(int)
    shown = Signal(int)  # an item's content is on screen

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._item_id: int | None = None
        self._ticket = 0
        self._viewers: dict[str, Viewer] = {}
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        bold = QFont(self.title.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.title.setFont(bold)
        self.subtitle = QLabel(self)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)
        self.parent_link = QLabel(self)
        self.parent_link.setTextFormat(Qt.TextFormat.RichText)
        self.parent_link.linkActivated.connect(self._on_link)
        self.error = note_label(self)
        self.tabs = QTabWidget(self)
        self.stack = QStackedWidget(self)
        margin = self.fontMetrics().height() // 3
        self.stack.setContentsMargins(margin, margin, margin, margin)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        self.metadata = MetadataModel(self)
        self.history = CustodyView(self)
        self.metadata_view = self._metadata_view()
        self.editor: QWidget | None = None
        for page in (self.stack, self.metadata_view, self.history):
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.subtitle, self.parent_link, self.error):
            layout.addWidget(widget)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        """Set the pane's fixed words again; the item's own words come with ``_show``."""
        self.placeholder.setText(self.tr("Choose an item in the list to see it here."))
        self.metadata_view.setAccessibleName(self.tr("Details of the item"))
        for page, text in ((self.stack, self.tr("V&iewer")), (self.editor, self.tr("Descri&be")),
                           (self.metadata_view, self.tr("&Details")),
                           (self.history, self.tr("Histor&y"))):
            if page is not None:
                self.tabs.setTabText(self.tabs.indexOf(page), text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._item_id is not None:  # dates, kinds and notes in the new language
                self._request(gather(self._item_id), self._show)
        super().changeEvent(event)

    @property
    def current_item_id(self) -> int | None:
        return self._item_id

    def set_editor(self, widget: QWidget) -> None:
        """Put the window's item editor in a "Describe" tab, beside the viewer."""
        self.editor = widget
        self.tabs.insertTab(1, widget, "")
        self.retranslate()

    def show_item(self, item_id: int | None) -> None:
        """Show this item (None: nothing); the same item again is not read again."""
        if item_id == self._item_id:
            return
        if item_id is None:
            self.clear()
            return
        self._item_id = item_id
        self._request(gather(item_id), self._show)

    def reload(self) -> None:
        """Read the item's details and history again (after an edit); the viewer stays."""
        if self._item_id is not None:
            self._request(gather(self._item_id, with_content=False), self._show_description)

    def viewer(self) -> Viewer | None:
        """The viewer on screen, if an item is shown."""
        shown = self.stack.currentWidget()
        return shown if isinstance(shown, Viewer) else None

    def clear(self) -> None:
        """Show nothing, and drop every byte and word held by the viewers."""
        self._ticket += 1
        self._item_id = None
        for viewer in self._viewers.values():
            viewer.clear()
        self.stack.setCurrentWidget(self.placeholder)
        self.metadata.set_lines([])
        self.history.set_entries([])
        for label in (self.title, self.subtitle, self.parent_link):
            label.clear()
            label.hide()
        say(self.error, "")

    # -- receiving ---------------------------------------------------------------------------

    def _request(self, operation: Operation, on_success: Any) -> None:
        self._ticket += 1
        ticket = self._ticket

        def arrived(content: ItemContent | None) -> None:
            if ticket == self._ticket:
                on_success(content)

        def failed(message: object) -> None:
            if ticket == self._ticket:
                say(self.error, self.tr("This item could not be shown: %1").replace(
                    "%1", core_text(message)))
        self._service.run(operation, arrived, failed)

    def _show(self, content: ItemContent | None) -> None:
        if not self._show_description(content):
            return
        assert content is not None
        viewer = self._viewer_for(content.item.kind)
        viewer.show_content(content)
        self.stack.setCurrentWidget(viewer)
        self.shown.emit(content.item.id)

    def _show_description(self, content: ItemContent | None) -> bool:
        if content is None:
            item_id = self._item_id
            self.clear()
            say(self.error, self.tr("Item %1 is no longer in the vault.").replace(
                "%1", str(item_id)))
            return False
        item = content.item
        say(self.error, "")
        self.title.setText(_title(content))
        self.subtitle.setText(self.tr("%1 · captured %2 (%3)").replace(
            "%1", kind_text(item.kind)).replace("%2", moment_text(item.captured_at)).replace(
            "%3", source_text(item.captured_at_source)))
        self._show_parent(content.parent)
        for label in (self.title, self.subtitle):
            label.show()
        self.metadata.set_lines(describe(content))
        self.history.set_entries(content.history)
        return True

    def _show_parent(self, parent: evidence.EvidenceItem | None) -> None:
        if parent is None:
            self.parent_link.clear()
            self.parent_link.hide()
            return
        words = {"chat": self.tr("Show the whole conversation"),
                 "email": self.tr("Show the e-mail it came with")}.get(
            parent.kind, self.tr("Show what it is part of: %1").replace(
                "%1", parent.title or parent.original_name))
        self.parent_link.setText(
            f'<a href="{ITEM_SCHEME}:{parent.id}">{html.escape(words)}</a>')
        self.parent_link.show()

    def _on_link(self, link: str) -> None:
        scheme, _, number = link.partition(":")
        if scheme == ITEM_SCHEME and number.isdigit():
            self.item_requested.emit(int(number))

    def _viewer_for(self, kind: str) -> Viewer:
        key = viewer_key(kind)
        if key not in self._viewers:
            viewer = create_viewer(kind, self.stack)
            viewer.item_requested.connect(self.item_requested)
            self.stack.addWidget(viewer)
            self._viewers[key] = viewer
        return self._viewers[key]

    def _metadata_view(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.metadata)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)
        view.verticalHeader().hide()
        # Rows follow their text as the pane is resized (a Received hop is long).
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

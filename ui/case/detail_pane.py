"""The pane beside the evidence table: the selected item shown by the viewer for its
kind, its details (metadata), its history from the custody log, and the editor the
window puts in the "Describe" tab.

Everything is read through the vault service; the pane keeps nothing once cleared.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import qtawesome as qta
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.case import evidence, transcripts
from ui.case.abuse_dialog import AbuseReportDialog
from ui.case.corroboration_note import CorroborationNote
from ui.case.custody_view import CustodyView
from ui.case.item_facts import MetadataModel, describe, gather
from ui.case.save_copy import CopySaver
from ui.common.i18n import core_text
from ui.common.operations import Operation, VaultService
from ui.common.words import breakable, flag_explanation, kind_text, moment_text, source_text
from ui.viewers import create_viewer, viewer_key
from ui.viewers.base import ItemContent, Viewer
from ui.viewers.image import ImageViewer
from ui.viewers.text import ITEM_SCHEME, note_label, say


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
        self.corroborations = CorroborationNote(service, self)
        self.corroborations.item_requested.connect(self.item_requested)
        self.error = note_label(self)
        # What a flag means for the person (a GPS position, a damaged file), said where
        # they look at the item, not only in a tooltip of the table.
        self.warnings = note_label(self)
        self.warnings.setStyleSheet("color: #b35c00;")
        self.tabs = QTabWidget(self)
        # What a viewer or the form would like never widens the window past the screen
        # (a picture at 100 % asked for its own width): the pane takes the room it is given.
        self.tabs.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
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
        self.copy_saver = CopySaver(service, self)
        self.save_copy = QPushButton(qta.icon("fa6s.download"), "", self)
        self.save_copy.clicked.connect(self._save_copy)
        self._original_name = ""
        self.report_abuse = QPushButton(qta.icon("fa6s.flag"), "", self)  # e-mails only
        self.report_abuse.clicked.connect(self._report_abuse)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.report_abuse, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.save_copy, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading)
        for widget in (self.subtitle, self.warnings, self.parent_link, self.corroborations,
                       self.error):
            layout.addWidget(widget)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        """Set the pane's fixed words again; the item's own words come with ``_show``."""
        self.placeholder.setText(self.tr("Choose an item in the list to see it here."))
        self.metadata_view.setAccessibleName(self.tr("Details of the item"))
        self.save_copy.setText(self.tr("&Save a copy…"))
        self.report_abuse.setText(self.tr("Report to the sender's &provider…"))
        self.report_abuse.setToolTip(self.tr("Write an abuse report for the provider of "
                                             "the address this e-mail came from."))
        self.save_copy.setToolTip(self.tr("Save the original, exactly as it arrived, outside "
                                          "the vault. The copy is not encrypted."))
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

    def text_read(self, item_id: int) -> None:
        """The text of a picture was just read: if it is on screen, show its text too."""
        if item_id != self._item_id or not isinstance(self.viewer(), ImageViewer):
            return
        self.corroborations.show_for(item_id)

        def arrived(reading: transcripts.Reading | None) -> None:
            viewer = self.viewer()
            if item_id == self._item_id and isinstance(viewer, ImageViewer):
                viewer.screen_text.show_reading(reading)
        self._service.run(lambda vault, _task: transcripts.reading(vault.db, item_id), arrived)

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
        self.corroborations.show_for(None)
        for label in (self.title, self.subtitle, self.parent_link):
            label.clear()
            label.hide()
        self.title.setAccessibleName("")
        self.save_copy.hide()
        self.report_abuse.hide()
        self._original_name = ""
        say(self.error, "")
        say(self.warnings, "")

    def _report_abuse(self) -> None:
        if self._item_id is not None:
            AbuseReportDialog(self._service, self._item_id, self).open()

    def _save_copy(self) -> None:
        if self._item_id is not None:
            self.copy_saver.save(self._item_id, self._original_name)

    # -- receiving ---------------------------------------------------------------------------

    def _request(self, operation: Operation[ItemContent | None],
                 on_success: Callable[[ItemContent | None], object]) -> None:
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
        self.title.setText(breakable(_title(content)))
        self.title.setAccessibleName(_title(content))  # read aloud without break points
        self._original_name = item.original_name
        self.save_copy.show()
        self.report_abuse.setVisible(item.kind == "email")
        self.subtitle.setText(self.tr("%1 · captured %2 (%3)").replace(
            "%1", kind_text(item.kind)).replace("%2", moment_text(item.captured_at)).replace(
            "%3", source_text(item.captured_at_source)))
        self._show_parent(content.parent)
        self.corroborations.show_for(item.id)
        for label in (self.title, self.subtitle):
            label.show()
        say(self.warnings, "\n".join(flag_explanation(flag) for flag in item.flags))
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
        # Half each, both wrapping: a long label never squeezes the value into a sliver.
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return view

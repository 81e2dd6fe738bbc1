"""The open case: the evidence with its viewers and editor, incidents and people at the
side, and every way evidence arrives (menus, drop anywhere, paste).

This is where the window's menus meet the case's widgets; each widget stays unaware of
the others.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStatusBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.case import describing
from app.case.changes import Changes
from ui.case.item_editor import ItemEditor
from ui.case.view import CaseView
from ui.common.i18n import core_text
from ui.common.operations import VaultService
from ui.importing.drop_overlay import DropOverlay
from ui.importing.import_dialog import ImportDialog
from ui.importing.import_flow import ImportFlow
from ui.importing.text_queue import TextQueue, TextQueueBar
from ui.importing.thread_picker import ThreadPicker
from ui.incidents.incidents_panel import IncidentsPanel
from ui.people.people_panel import PeoplePanel
from ui.steps.steps_panel import StepsPanel
from ui.timeline.page import TimelinePage

REFRESH_DELAY_MS = 300  # files arriving in a burst refresh the table once


class CaseWindow(Protocol):
    """What the case page needs of the main window, which is built above it."""

    menu_edit: QMenu
    action_preferences: QAction
    action_paste: QAction
    action_find: QAction
    action_delete: QAction
    case_actions: list[QAction]
    case_opened: SignalInstance
    locked: SignalInstance
    import_requested: SignalInstance

    def statusBar(self) -> QStatusBar: ...


class CasePage(QWidget):
    """Evidence, incidents and people of the case the window shows."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.case_id: int | None = None
        self.view = CaseView(service, self)
        self.editor = ItemEditor(service)
        self.view.detail_pane.set_editor(self.editor)
        self.incidents = IncidentsPanel(service)
        self.people = PeoplePanel(service)
        self.steps = StepsPanel(service)
        self.timeline = TimelinePage(service)
        self.flow = ImportFlow(service, self)
        self.text_queue = TextQueue(service, self)
        self.text_queue_bar = TextQueueBar(self.text_queue, self)
        self.import_dialog = ImportDialog(self.flow, self)
        self.thread_picker = ThreadPicker(self)
        self.overlay = DropOverlay(self)
        self.overlay.install(self)
        self._arrived: list[int] = []
        self._sized = False
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        self.side = QTabWidget(self)
        self.side.addTab(self.incidents, "")
        self.side.addTab(self.people, "")
        self.side.addTab(self.steps, "")
        self.side.setUsesScrollButtons(False)  # every tab's name whole: none hides another
        # One filter bar above both tabs: the timeline shows what the table lists.
        if (layout := self.view.layout()) is not None:
            layout.removeWidget(self.view.filter_bar)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.view, "")
        self.tabs.addTab(self.timeline, "")
        # Its controls (996 px in French) must not widen the window or squeeze the side panel.
        self.timeline.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        evidence = QWidget(self)
        column = QVBoxLayout(evidence)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view.filter_bar)
        column.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(evidence)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.side.setMinimumWidth(260)
        self.splitter = splitter
        page = QVBoxLayout(self)
        page.addWidget(splitter, 1)
        page.addWidget(self.text_queue_bar)
        self._retranslate()

    def _connect(self) -> None:
        self.view.selection_changed.connect(self._selected)
        self.view.selection_changed.connect(self.timeline.set_selected)
        self.timeline.item_selected.connect(self.view.select_item)
        self.timeline.item_activated.connect(self._open_from_timeline)
        # Listed again: the case, the filters or the items changed; the timeline follows.
        self.view.listed.connect(self._list_on_timeline)
        self.view.selection_changed.connect(self.incidents.set_selection)
        self.view.selection_changed.connect(self.steps.set_selection)
        self.incidents.item_activated.connect(self.view.select_item)
        # The one place the evidence table and the timeline hear what an operation changed;
        # the editor and the side panels listen to the service themselves.
        self.service.changed.connect(self._on_changes)
        self.timeline.incident_selected.connect(self._show_incident)
        self.timeline.step_selected.connect(self._show_step)
        self.view.delete_requested.connect(self.remove)
        self.view.step_requested.connect(self._record_steps)
        self.overlay.dropped.connect(self._dropped)
        self.flow.item_stored.connect(self._stored)
        self.flow.threads_listed.connect(self.thread_picker.show_choice)
        self.thread_picker.confirmed.connect(self.flow.import_export)
        self.flow.finished.connect(lambda _summary: self._refresh_now())
        self.flow.finished.connect(lambda _summary: self._read_texts())
        self.text_queue.read.connect(self.view.detail_pane.text_read)
        self.import_dialog.item_activated.connect(self.view.select_item)
        self._refresh_timer.timeout.connect(self._refresh_now)

    # -- the window's side ----------------------------------------------------------------

    def attach(self, window: CaseWindow) -> None:
        """Wire the window's menus and signals to this case page."""
        self.window_ = window
        self.action_link_incident = QAction(self)
        self.action_link_incident.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.action_link_incident.triggered.connect(
            lambda: self.incidents.link_items(self.view.selected_ids()))
        window.menu_edit.insertAction(window.action_preferences, self.action_link_incident)
        window.case_actions.append(self.action_link_incident)
        self.action_record_step = QAction(self)
        self.action_record_step.triggered.connect(
            lambda: self._record_steps(self.view.selected_ids()))
        window.menu_edit.insertAction(window.action_preferences, self.action_record_step)
        window.case_actions.append(self.action_record_step)
        window.case_opened.connect(self.load)
        window.locked.connect(self.clear)
        window.import_requested.connect(self.import_paths)
        window.action_paste.triggered.connect(self.paste)
        window.action_find.triggered.connect(self.view.focus_search)
        window.action_delete.triggered.connect(lambda: self.remove(self.view.selected_ids()))
        self.flow.failed.connect(lambda text: window.statusBar().showMessage(text, 10_000))
        self.flow.refused.connect(lambda text: window.statusBar().showMessage(text, 10_000))
        self._retranslate()

    def load(self, case_id: int) -> None:
        self.case_id = case_id
        self.view.load(case_id)
        self.incidents.load(case_id)
        self.people.load(case_id)
        self.steps.load(case_id)
        self.editor.show_item(None)
        self._read_texts()

    def clear(self) -> None:
        """On lock: nothing of the case stays in the widgets' memory."""
        self.case_id = None
        self.flow.cancel()
        self.text_queue.stop()
        self.import_dialog.hide()
        self.thread_picker.forget()
        self._refresh_timer.stop()
        self._arrived.clear()
        self.view.clear()
        self.timeline.clear()
        self.editor.show_item(None)
        self.incidents.clear()
        self.people.clear()
        self.steps.clear()

    # -- evidence arriving ----------------------------------------------------------------

    def import_paths(self, paths: list[Path]) -> None:
        if self.case_id is not None:
            self.flow.import_paths(paths, self.case_id)

    def paste(self) -> None:
        if self.case_id is not None:
            self.flow.paste(self.case_id)

    def _dropped(self, mime: QMimeData) -> None:
        if self.case_id is not None:
            self.flow.import_mime(mime, self.case_id)

    def _stored(self, item_ids: list[int]) -> None:
        self._arrived += item_ids
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _refresh_now(self) -> None:
        self._refresh_timer.stop()
        arrived, self._arrived = self._arrived[:1], []
        self.view.refresh(select=arrived or None)

    def _read_texts(self) -> None:
        """Read the text of the pictures not yet read, in the background."""
        if self.case_id is not None:
            self.text_queue.start(self.case_id)

    # -- the selection --------------------------------------------------------------------

    def _show_incident(self, incident_id: int) -> None:
        self.side.setCurrentWidget(self.incidents)
        self.incidents.select_incident(incident_id)

    def _record_steps(self, item_ids: list[int]) -> None:
        """Each item a step taken, linked to it; the Steps tab shows them."""
        self.side.setCurrentWidget(self.steps)
        self.steps.record_items(item_ids)

    def _show_step(self, step_id: int) -> None:
        self.side.setCurrentWidget(self.steps)
        self.steps.select_step(step_id)

    def _selected(self, item_ids: list[int]) -> None:
        self.editor.show_item(item_ids[0] if len(item_ids) == 1 else None)

    def _list_on_timeline(self, _count: int) -> None:
        if self.case_id is not None:
            self.timeline.show_case(self.case_id, self.view.filter_bar.filters())

    def _open_from_timeline(self, item_id: int) -> None:
        self.view.select_item(item_id)
        self.tabs.setCurrentWidget(self.view)

    def remove(self, item_ids: list[int]) -> None:
        """Remove items after the user confirms; each leaves a tombstone in the history."""
        if not item_ids or not self._confirm_removal(len(item_ids)):
            return

        self.service.run(lambda vault, task: describing.remove_items(vault, item_ids), None,
                         self._failed)

    def _on_changes(self, changes: Changes) -> None:
        if self.case_id is None:
            return
        if changes.touches("items", "links", "tags", "accounts"):
            self.view.refresh()  # the timeline follows the table's listing
        elif changes.touches("incidents", "steps"):
            self.timeline.refresh()

    def _confirm_removal(self, count: int) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Remove evidence"),
            self.tr("Remove %n item(s) from the case? The original files are deleted from "
                    "the vault. The history keeps a record that they were removed.", "", count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _failed(self, message: object) -> None:
        if hasattr(self, "window_"):
            self.window_.statusBar().showMessage(core_text(message), 10_000)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # the evidence first; the side panel can be widened
            self._sized = True
            width = max(self.width(), 800)
            # Wide enough for the panel's buttons to show their words whole.
            side = min(max(width // 5, self.side.minimumSizeHint().width()), width * 3 // 10)
            self.splitter.setSizes([width - side, side])
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == event.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Evidence"))
        self.tabs.setTabText(1, self.tr("Timeline"))
        self.side.setTabText(0, self.tr("Incidents"))
        self.side.setTabText(1, self.tr("People and accounts"))
        self.side.setTabText(2, self.tr("Steps"))
        if hasattr(self, "action_link_incident"):
            self.action_link_incident.setText(self.tr("&Link to an incident…"))
            self.action_record_step.setText(self.tr("&Record as a step taken"))

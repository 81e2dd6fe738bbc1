"""PDF documents: one page at a time, drawn by the reader child, with zoom (issue #12).

The window never parses a PDF: a 341-byte file whose page tree contains itself kept Qt's
PDF engine busy forever on the window's thread, and quick exit with it. The preview child
draws each page with PDFium, within a time limit, and sends back raw pixels
(``ui/viewers/preview.py``). A PDF flagged damaged, unreadable or locked with a password
at import is not even sent: a sentence says why it is not shown.
"""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.importing.formats.base import DAMAGED, PASSWORD_PROTECTED, UNREADABLE
from app.importing.formats.render import LOCKED, Preview
from ui.viewers.base import ItemContent, Viewer
from ui.viewers.image import ZOOM_STEP, PictureView
from ui.viewers.preview import PreviewRequests, pixmap
from ui.viewers.text import note_label, say

PAGE_SIDE = 1600  # pixels on a page's longest side: small print stays legible when zoomed


class PdfViewer(Viewer):
    """The pages of a PDF, one at a time. ``drawn`` says a page, or why there is none, is
    on screen."""

    drawn = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.requests = PreviewRequests(self)
        self.requests.arrived.connect(self._arrived)
        self._data: bytes | None = None
        self._page = self._count = 0
        self.view = PictureView(self)
        self.note = note_label(self)
        self._pages = QLabel(self)
        self._buttons: list[QToolButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addStretch(0)  # keeps the bar and the note on top when no page is shown
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Page of the document"))
        for button, text in zip(self._buttons, (
                self.tr("Previous page"), self.tr("Next page"), self.tr("Zoom out"),
                self.tr("Zoom in"), self.tr("Whole page")), strict=True):
            button.setToolTip(f"{text} ({button.property('keys')})")
            button.setAccessibleName(text)
        if self._count:
            self._pages.setText(self.tr("Page %1 of %2").replace(
                "%1", str(self._page + 1)).replace("%2", str(self._count)))

    def show_content(self, content: ItemContent) -> None:
        self.clear()
        flags = set(content.item.flags)
        if PASSWORD_PROTECTED in flags:
            self._refuse(self._locked())
        elif {DAMAGED, UNREADABLE} & flags:  # never opened: see the module's docstring
            self._refuse(self.tr("Dossier does not open this document: it is damaged or "
                                 "unreadable, and opening it could freeze Dossier. It is "
                                 "kept exactly as it arrived."))
        elif content.original is None:
            self._refuse(self.tr("This document is too large to show here. It is kept "
                                 "exactly as it arrived."))
        else:
            self._data = content.original
            self.go_to(0)

    def clear(self) -> None:
        self.requests.cancel()
        self._data = None
        self._page = self._count = 0
        self.view.item.setPixmap(QPixmap())
        say(self.note, "")
        self._pages.clear()
        self.view.show()
        self._enable(False)

    def page_count(self) -> int:
        """How many pages the document has, once its first page is drawn."""
        return self._count

    def current_page(self) -> int:
        return self._page

    def go_to(self, page: int) -> None:
        """Ask the child for page ``page`` (from 0); the page shown stays until it comes."""
        if self._data is None or (self._count and not 0 <= page < self._count):
            return
        self._page = page
        say(self.note, self.tr("Preparing page %1…").replace("%1", str(page + 1)))
        self.requests.ask("pdf", self._data, page, PAGE_SIDE)

    def next_page(self) -> None:
        self.go_to(self._page + 1)

    def previous_page(self) -> None:
        self.go_to(self._page - 1)

    def zoom_in(self) -> None:
        self.view.set_zoom(self.view.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.view.set_zoom(self.view.zoom() / ZOOM_STEP)

    def whole_page(self) -> None:
        self.view.fit()

    def _arrived(self, answer: object) -> None:
        if isinstance(answer, Preview) and not answer.problem:
            first = self.view.item.pixmap().isNull()
            self._count = answer.pages
            self.view.item.setPixmap(pixmap(answer))
            self.view.setSceneRect(self.view.item.boundingRect())
            if first or self.view.fitting:
                self.view.fit()
            say(self.note, "")
            self._enable(True)
            self.retranslate()
            self.drawn.emit()
        elif isinstance(answer, Preview) and answer.problem == LOCKED:
            self._refuse(self._locked())
        elif isinstance(answer, Preview):
            self._refuse(self.tr("Dossier cannot show this document: it may be damaged. It "
                                 "is kept exactly as it arrived."))
        else:
            self._refuse(self.tr("Dossier could not show this document safely: preparing a "
                                 "page took too long or failed. It is kept exactly as it "
                                 "arrived."))

    def _refuse(self, sentence: str) -> None:
        self._data = None
        self.view.item.setPixmap(QPixmap())
        self.view.hide()
        self._pages.clear()
        self._enable(False)
        say(self.note, sentence)
        self.drawn.emit()

    def _locked(self) -> str:
        return self.tr("This PDF is locked with a password, so Dossier cannot show its pages. "
                       "It is kept exactly as it arrived; open it with its password after "
                       "you export it.")

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        for icon, keys, slot in (
            ("fa6s.chevron-up", "PgUp", self.previous_page),
            ("fa6s.chevron-down", "PgDown", self.next_page),
            ("fa6s.magnifying-glass-minus", "-", self.zoom_out),
            ("fa6s.magnifying-glass-plus", "+", self.zoom_in),
            ("fa6s.expand", "F", self.whole_page),
        ):
            button = QToolButton(self)
            button.setIcon(qta.icon(icon))
            button.setProperty("keys", keys)
            button.clicked.connect(slot)
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._buttons.append(button)
            bar.addWidget(button)
        bar.addWidget(self._pages)
        bar.addStretch(1)
        return bar

    def _enable(self, enabled: bool) -> None:
        for button in self._buttons:
            button.setEnabled(enabled)

"""PDF documents: every page through QtPdf, with zoom.

The bytes go from the vault into a memory buffer that QtPdf reads; no temporary file is
ever written. A PDF locked with a password is not opened: a sentence says so.
"""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.importing.formats.base import PASSWORD_PROTECTED
from ui.viewers.base import ItemContent, Viewer
from ui.viewers.text import note_label, say

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.1, 8.0)


class PdfViewer(Viewer):
    """The pages of a PDF, one under the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
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
        self.view.setAccessibleName(self.tr("Pages of the document"))
        for button, text in zip(self._buttons, (self.tr("Zoom out"), self.tr("Zoom in"),
                                                self.tr("Fit to the width")), strict=True):
            button.setToolTip(f"{text} ({button.property('keys')})")
            button.setAccessibleName(text)
        if self.document.status() == QPdfDocument.Status.Ready:
            self._pages.setText(self.tr("%n page(s)", "", self.document.pageCount()))

    def show_content(self, content: ItemContent) -> None:
        self.clear()
        if PASSWORD_PROTECTED in content.item.flags:
            self._refuse(self._locked())
        elif content.original is None:
            self._refuse(self.tr("This document is too large to show here. It is kept "
                                 "exactly as it arrived."))
        else:
            self._open(content.original)

    def clear(self) -> None:
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        say(self.note, "")
        self._pages.clear()
        self.view.show()
        self._enable(False)

    def page_count(self) -> int:
        return self.document.pageCount()

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _open(self, data: bytes) -> None:
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)  # reads a QBuffer at once
        if self.document.status() == QPdfDocument.Status.Ready:
            self.retranslate()
            self._enable(True)
        elif self.document.error() == QPdfDocument.Error.IncorrectPassword:
            self._refuse(self._locked())
        else:
            self._refuse(self.tr("Dossier cannot show this document: it may be damaged. It "
                                 "is kept exactly as it arrived."))

    def _refuse(self, sentence: str) -> None:
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        self.view.hide()
        say(self.note, sentence)

    def _locked(self) -> str:
        return self.tr("This PDF is locked with a password, so Dossier cannot show its pages. "
                       "It is kept exactly as it arrived; open it with its password after "
                       "you export it.")

    def _zoom(self, factor: float) -> None:
        zoom = min(max(self.view.zoomFactor() * factor, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        for icon, keys, slot in (
            ("fa6s.magnifying-glass-minus", "-", self.zoom_out),
            ("fa6s.magnifying-glass-plus", "+", self.zoom_in),
            ("fa6s.expand", "F", self.fit_width),
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

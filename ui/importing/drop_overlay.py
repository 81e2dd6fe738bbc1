"""The calm message that covers the window while something is dragged over it.

It says what a drop will do ("Drop to add 3 files to the case") or why it cannot be
kept, accepts only what Dossier can keep (files, images, web links), and hands a copy of
the dropped data on; the import checks it again. Keyboard users have the File menu.
"""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QEvent, QMimeData, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QDragMoveEvent, QDropEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.importing.import_flow import RAW_IMAGES, Offer, offer_of, why_refused

_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.DragLeave,
                QEvent.Type.Drop)


def copy_mime(mime: QMimeData) -> QMimeData:
    """A copy that outlives the drag: the source's data is gone once the drop ends."""
    copy = QMimeData()
    if mime.hasUrls():
        copy.setUrls(mime.urls())
    if mime.hasImage():
        copy.setImageData(mime.imageData())
    if mime.hasHtml():
        copy.setHtml(mime.html())
    if mime.hasText():
        copy.setText(mime.text())
    for fmt, _ in RAW_IMAGES:
        if mime.hasFormat(fmt):
            copy.setData(fmt, mime.data(fmt))
    return copy


def _keeping_action(event: QDropEvent) -> Qt.DropAction | None:
    """Copy (or link) what is dropped, never Move: a file manager told "moved" may
    delete the user's own copy of the evidence."""
    for action in (Qt.DropAction.CopyAction, Qt.DropAction.LinkAction):
        if event.possibleActions() & action:
            return action
    return None


class DropOverlay(QWidget):
    """Covers its target while a drag is over it; emits ``dropped`` with what to keep."""

    dropped = Signal(QMimeData)  # a copy of an accepted drop

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Drags pass through to the target underneath, which owns the drop.
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._accepting = True
        self.icon = QLabel(self, alignment=Qt.AlignmentFlag.AlignCenter)
        self.headline = QLabel(self, wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel(self, wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.headline.setFont(font)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for label in (self.icon, self.headline, self.detail):
            layout.addWidget(label)
        layout.addStretch(3)
        self.hide()

    def install(self, target: QWidget) -> None:
        """Watch drags over ``target`` (usually the main window's central widget)."""
        if self.parentWidget() is not target:
            self.setParent(target)
        target.setAcceptDrops(True)
        target.installEventFilter(self)
        self.setGeometry(target.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, QWidget) and watched is self.parentWidget() \
                and kind == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        if watched is not self.parentWidget() or kind not in _DRAG_EVENTS:
            return False
        if kind == QEvent.Type.DragLeave:
            self.hide()
        elif kind == QEvent.Type.DragEnter:
            self._weigh(event)  # type: ignore[arg-type]
        elif kind == QEvent.Type.DragMove:
            self._answer(event)  # type: ignore[arg-type]
        else:
            self._drop(event)  # type: ignore[arg-type]
        return True

    def _weigh(self, event: QDragMoveEvent) -> None:
        """Decide once per drag what it holds; moves only repeat the answer."""
        mime = event.mimeData()
        offer = offer_of(mime)
        if offer.is_empty:
            self._show(False, self.tr("This cannot be added"), why_refused(mime))
        elif _keeping_action(event) is None:
            self._show(False, self.tr("This cannot be added"), self.tr(
                "It can only be moved from where it is, and Dossier never takes the original "
                "away. Copy it instead (hold Ctrl while dragging)."))
        else:
            icon = "fa6s.file-import" if offer.paths else \
                "fa6s.image" if offer.image else "fa6s.link"
            self._show(True, self._headline(offer), self._detail(offer), icon)
        self._answer(event)

    def _answer(self, event: QDragMoveEvent) -> None:
        action = _keeping_action(event)
        if self._accepting and action is not None:
            event.setDropAction(action)
            event.accept()
        else:
            event.ignore()

    def _drop(self, event: QDropEvent) -> None:
        self.hide()
        mime, action = event.mimeData(), _keeping_action(event)
        if action is None or offer_of(mime).is_empty:
            event.ignore()
            return
        event.setDropAction(action)
        event.accept()
        self.dropped.emit(copy_mime(mime))

    def _show(self, accepting: bool, headline: str, detail: str,
              icon: str = "fa6s.ban") -> None:
        self._accepting = accepting
        size = self.headline.fontMetrics().height() * 3
        self.icon.setPixmap(qta.icon(icon, color=self._accent()).pixmap(size, size))
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.setAccessibleName(headline)
        self.setAccessibleDescription(detail)
        if (target := self.parentWidget()) is not None:
            self.setGeometry(target.rect())
        self.raise_()
        self.show()
        self.update()

    def _headline(self, offer: Offer) -> str:
        if offer.paths:
            folders = sum(1 for path in offer.paths if path.is_dir())
            files = len(offer.paths) - folders
            if folders and files:
                return self.tr("Drop to add {files} and {folders} to the case").format(
                    files=self.tr("%n file(s)", "", files),
                    folders=self.tr("%n folder(s)", "", folders))
            if folders:
                return self.tr("Drop to add %n folder(s) to the case", "", folders)
            return self.tr("Drop to add %n file(s) to the case", "", files)
        if offer.image:
            return self.tr("Drop to keep this image")
        return self.tr("Drop to keep %n link(s)", "", len(offer.links))

    def _detail(self, offer: Offer) -> str:
        if offer.paths:
            return self.tr("They will be encrypted and kept as evidence. The files on your "
                           "computer stay as they are.")
        if offer.image:
            return self.tr("It will be encrypted and kept as evidence, dated now.")
        return self.tr("The web address is kept as evidence. Nothing is downloaded: "
                       "take a screenshot of the page to keep what it shows.")

    def _accent(self) -> QColor:
        if self._accepting:
            return self.palette().color(self.palette().ColorRole.Highlight)
        return QColor("#b3261e")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = self.palette().color(self.palette().ColorRole.Window)
        background.setAlpha(235)
        painter.fillRect(self.rect(), background)
        margin = self.fontMetrics().height()
        pen = QPen(self._accent(), max(2.0, margin / 6), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        frame = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
        painter.drawRoundedRect(frame, margin, margin)

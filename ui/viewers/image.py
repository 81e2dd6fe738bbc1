"""Pictures: shown whole, with zoom and fit, decoded with a hard limit on their size.

A hostile file can claim 60000×60000 pixels in a few hundred kilobytes. The header is read
first: above ``MAX_PIXELS`` nothing is decoded and the stored preview is shown instead.
"""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt, Signal
from PySide6.QtGui import (
    QImage,
    QImageReader,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.importing.formats.base import UNREADABLE
from app.importing.formats.image import MAX_PIXELS
from ui.viewers.base import ItemContent, Viewer
from ui.viewers.text import note_label, say

ALLOCATION_LIMIT_MB = MAX_PIXELS * 4 // (1024 * 1024) + 1  # 32-bit pixels, MAX_PIXELS of them
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.02, 32.0)
# Formats sniffed at import (app/formats/sniff.py) that Qt decodes, by Qt's name for them.
# No other decoder ever runs: Qt also has TGA, ICNS, SVG and PDF plugins, among others.
QT_FORMATS = {"png": b"png", "jpeg": b"jpeg", "gif": b"gif", "webp": b"webp", "bmp": b"bmp",
              "tiff": b"tiff"}


def decode(data: bytes, format_name: str) -> tuple[QImage, str]:
    """The picture, or a null image and why not: "too_large" or "unreadable"."""
    qt_format = QT_FORMATS.get(format_name)
    if qt_format is None:
        return QImage(), "unreadable"
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    # The format is the one sniffed from the content at import, and Qt decodes with that
    # decoder or not at all: deciding "from content" would make Qt ignore it and try every
    # plugin it has on the bytes.
    reader.setFormat(qt_format)
    reader.setDecideFormatFromContent(False)
    reader.setAutoDetectImageFormat(False)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)  # process-wide in Qt 6
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_PIXELS:
        return QImage(), "too_large"
    image = reader.read() if size.isValid() else QImage()
    buffer.close()
    return image, "" if not image.isNull() else "unreadable"


class PictureView(QGraphicsView):
    """Pans by dragging, zooms with the wheel; says when the zoom changed."""

    zoomed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.fitting = True

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = min(max(factor, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        self.fitting = False
        self.resetTransform()
        self.scale(factor, factor)
        self.zoomed.emit()

    def fit(self) -> None:
        """The whole picture in view, never enlarged beyond its real size."""
        self.fitting = True
        if self.item.pixmap().isNull():
            return
        self.resetTransform()
        self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.resetTransform()
        self.zoomed.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self.zoom() * ZOOM_STEP ** steps)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()


class ImageViewer(Viewer):
    """A picture with zoom buttons; a stored preview when the picture cannot be shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = PictureView(self)
        self.note = note_label(self)
        self._zoom_label = QLabel(self)
        self.view.zoomed.connect(self._show_zoom)
        self._buttons: list[QToolButton] = []
        bar = QHBoxLayout()
        for icon, keys, slot in (
            ("fa6s.magnifying-glass-minus", "-", self.zoom_out),
            ("fa6s.magnifying-glass-plus", "+", self.zoom_in),
            ("fa6s.expand", "F", self.fit),
            ("fa6s.up-right-and-down-left-from-center", "0", self.real_size),
        ):
            self._buttons.append(self._button(icon, keys, slot))
            bar.addWidget(self._buttons[-1])
        bar.addWidget(self._zoom_label)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addStretch(0)  # keeps the bar and the note on top when there is no picture
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Picture"))
        for button, text in zip(self._buttons, (self.tr("Zoom out"), self.tr("Zoom in"),
                                                self.tr("Fit to the window"),
                                                self.tr("Real size")), strict=True):
            button.setToolTip(f"{text} ({button.property('keys')})")
            button.setAccessibleName(text)
        self._show_zoom()

    def show_content(self, content: ItemContent) -> None:
        self.clear()
        if UNREADABLE in content.item.flags:  # the import could not decode it either
            image, problem = QImage(), "unreadable"
        elif content.original is None:
            image, problem = QImage(), "too_large"
        else:
            image, problem = decode(content.original, content.item.format)
        if image.isNull() and content.thumbnail:
            image = QImage.fromData(content.thumbnail, "PNG")  # type: ignore[arg-type]  # stub: bytes; runs: str
        say(self.note, self._explain(problem, content, has_preview=not image.isNull()))
        self.view.item.setPixmap(QPixmap.fromImage(image))
        self.view.setSceneRect(QRectF(self.view.item.pixmap().rect()))
        self._set_shown(not image.isNull())
        self.fit()

    def clear(self) -> None:
        self.view.item.setPixmap(QPixmap())
        say(self.note, "")
        self._set_shown(False)

    def _set_shown(self, shown: bool) -> None:
        self.view.setVisible(shown)
        for button in self._buttons:
            button.setEnabled(shown)
        self._show_zoom()

    def shown_size(self) -> tuple[int, int]:
        """The size in pixels of what is on screen: the picture, its preview, or nothing."""
        pixmap = self.view.item.pixmap()
        return pixmap.width(), pixmap.height()

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def fit(self) -> None:
        self.view.fit()

    def real_size(self) -> None:
        self.view.set_zoom(1.0)

    def _zoom(self, factor: float) -> None:
        self.view.set_zoom(self.view.zoom() * factor)

    def _show_zoom(self) -> None:
        if self.view.item.pixmap().isNull():
            self._zoom_label.clear()
        else:
            self._zoom_label.setText(self.tr("%1 %").replace(
                "%1", str(round(self.view.zoom() * 100))))

    def _explain(self, problem: str, content: ItemContent, has_preview: bool) -> str:
        if not problem:
            return ""
        width, height = content.first("image.width"), content.first("image.height")
        if problem == "too_large":
            sentence = self.tr("This picture is too large to show in full (%1 × %2 pixels).")
            sentence = sentence.replace("%1", width or "?").replace("%2", height or "?")
        else:
            sentence = self.tr("Dossier cannot show this picture: it may be damaged or in a "
                               "format it does not read. It is kept exactly as it arrived.")
        ending = (self.tr("Its small preview is shown instead.") if has_preview
                  else self.tr("There is no preview of it either."))
        return f"{sentence} {ending}"

    def _button(self, icon: str, keys: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(qta.icon(icon))
        button.setProperty("keys", keys)
        button.clicked.connect(slot)
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return button

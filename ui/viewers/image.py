"""Pictures: shown whole, with zoom and fit, drawn by the reader child (issue #12).

The window never decodes a picture: a crafted JPEG stalled it for 24 s with the case on
screen. The preview child draws it, at most ``LONGEST_SIDE`` pixels on its longest side,
within a time limit, and sends back raw pixels (``ui/viewers/preview.py``). A picture
flagged damaged or unreadable at import is not even sent: a sentence says why it is not
shown. A picture over ``MAX_PIXELS`` is never decoded; its stored preview is drawn instead.
"""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
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
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.importing.formats.base import DAMAGED, UNREADABLE
from app.importing.formats.render import LONGEST_SIDE, TOO_LARGE, Preview
from ui.viewers.base import ItemContent, Viewer
from ui.viewers.preview import PreviewRequests, pixmap
from ui.viewers.screen_text import ScreenTextPanel
from ui.viewers.text import note_label, say

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.02, 32.0)
NOT_SHOWN = "not_shown"  # flagged at import: never sent to be drawn
SLOW = "slow"  # the child ran out of time or crashed


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
        # The zoom at which the picture shows at its real size: above 1 when the child
        # drew it smaller than it is (at most LONGEST_SIDE pixels).
        self.real = 1.0

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
        if self.zoom() > self.real:
            self.resetTransform()
            self.scale(self.real, self.real)
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
    """A picture with zoom buttons; a stored preview when the picture cannot be shown.
    ``drawn`` says the picture, or why there is none, is on screen."""

    drawn = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.requests = PreviewRequests(self)
        self.requests.arrived.connect(self._arrived)
        self._content: ItemContent | None = None
        self._problem = ""
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
        # The text read in the picture (OCR), beside it; hidden and shown with T.
        self.screen_text = ScreenTextPanel(self)
        self.text_button = self._button("fa6s.align-left", "T", self._toggle_text)
        self.text_button.setCheckable(True)
        self.text_button.setChecked(True)
        bar.addWidget(self.text_button)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.view)
        self.split.addWidget(self.screen_text)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.split, 1)
        layout.addStretch(0)  # keeps the bar and the note on top when there is no picture
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Picture"))
        for button, text in zip(self._buttons, (self.tr("Zoom out"), self.tr("Zoom in"),
                                                self.tr("Fit to the window"),
                                                self.tr("Real size")), strict=True):
            button.setToolTip(f"{text} ({button.property('keys')})")
            button.setAccessibleName(text)
        shown = self.tr("Text read in the picture")
        self.text_button.setToolTip(f"{shown} ({self.text_button.property('keys')})")
        self.text_button.setAccessibleName(shown)
        self.screen_text.retranslate()
        self._show_zoom()

    def show_content(self, content: ItemContent) -> None:
        self.clear()
        self._content = content
        self.screen_text.show_reading(content.screen_text)
        if {DAMAGED, UNREADABLE} & set(content.item.flags):
            self._give_up(NOT_SHOWN)  # never opened: see the module's docstring
        elif content.original is not None:
            self._ask(content.original, content.item.format, "")
        else:
            self._fall_back(TOO_LARGE)

    def clear(self) -> None:
        self.requests.cancel()
        self._content = None
        self.view.item.setPixmap(QPixmap())
        say(self.note, "")
        self._set_shown(False)

    def _ask(self, data: bytes, format_name: str, problem: str) -> None:
        self._problem = problem
        say(self.note, self.tr("Preparing the picture…"))
        self.requests.ask(format_name, data, 0, LONGEST_SIDE)

    def _arrived(self, answer: object) -> None:
        if isinstance(answer, Preview) and not answer.problem:
            self.view.real = 1.0 if self._problem else self._real_zoom(answer)
            self._show(pixmap(answer))
        elif self._problem:  # the stored preview could not be drawn either
            self._give_up(self._problem)
        else:
            self._fall_back(answer.problem if isinstance(answer, Preview) else SLOW)

    def _fall_back(self, problem: str) -> None:
        """The small preview stored at import, drawn by the child too, or only words."""
        assert self._content is not None
        if self._content.thumbnail:
            self._ask(self._content.thumbnail, "png", problem)
        else:
            self._give_up(problem)

    def _show(self, shown: QPixmap) -> None:
        assert self._content is not None
        say(self.note, self._explain(self._problem, self._content, has_preview=True))
        self.view.item.setPixmap(shown)
        self.view.setSceneRect(QRectF(self.view.item.pixmap().rect()))
        self._set_shown(True)
        self.fit()
        self.drawn.emit()

    def _give_up(self, problem: str) -> None:
        assert self._content is not None
        say(self.note, self._explain(problem, self._content, has_preview=False))
        self.drawn.emit()

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
        self.view.set_zoom(self.view.real)

    def _toggle_text(self) -> None:
        if self.sender() is not self.text_button:  # the T key: the button follows
            self.text_button.toggle()
        self.screen_text.setVisible(self.text_button.isChecked())

    def _zoom(self, factor: float) -> None:
        self.view.set_zoom(self.view.zoom() * factor)

    def _show_zoom(self) -> None:
        if self.view.item.pixmap().isNull():
            self._zoom_label.clear()
        else:
            self._zoom_label.setText(self.tr("%1 %").replace(
                "%1", str(round(self.view.zoom() / self.view.real * 100))))

    def _real_zoom(self, drawn: Preview) -> float:
        """How much larger than drawn the picture really is, from its size at import (on
        its longest side, which an EXIF rotation does not change)."""
        assert self._content is not None
        sides = [self._content.first(key) for key in ("image.width", "image.height")]
        if not all(side.isdigit() for side in sides):
            return 1.0
        return max(1.0, max(map(int, sides)) / max(drawn.width, drawn.height))

    def _explain(self, problem: str, content: ItemContent, has_preview: bool) -> str:
        if not problem:
            return ""
        width, height = content.first("image.width"), content.first("image.height")
        if problem == TOO_LARGE:
            sentence = self.tr("This picture is too large to show in full (%1 × %2 pixels).")
            sentence = sentence.replace("%1", width or "?").replace("%2", height or "?")
        elif problem == NOT_SHOWN:
            return self.tr("Dossier does not open this picture: it is damaged or unreadable, "
                           "and opening it could freeze Dossier. It is kept exactly as it "
                           "arrived.")
        elif problem == SLOW:
            sentence = self.tr("Dossier could not show this picture safely: preparing it took "
                               "too long or failed. It is kept exactly as it arrived.")
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

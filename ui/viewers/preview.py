"""Previews asked of the reader child, so that the window never parses evidence (issue #12).

The window holds the vault key, and quick exit and the idle lock run on its main thread:
a PDF whose page tree contains itself, or a crafted JPEG, must not be able to stall it.
So the pixels of a picture or a PDF page are drawn by the sandbox's preview child
(``app/importing/formats/render.py``), asked from a thread that only waits on a pipe, and
come back as raw RGBA that the window copies into a QImage. Qt's own decoders and PDF
engine never see evidence bytes.
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from app.importing import sandbox
from app.importing.formats.render import Preview
from app.importing.formats.sniff import FORMATS, Format


class PreviewRequests(QObject):
    """Asks for one preview at a time; ``arrived`` gives the latest one asked for: a
    ``Preview``, or a ``str`` saying why the child could not draw it (a timeout, a crash).
    An answer to an earlier question, or to one cancelled, is dropped."""

    arrived = Signal(object)
    _answered = Signal(int, object)  # from the waiting thread, queued to the window's

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticket = 0
        self.waiting = False
        self._one_at_a_time = threading.Lock()
        self._answered.connect(self._deliver)

    def ask(self, format_name: str, data: bytes, page: int, longest: int) -> None:
        """Draw page ``page`` (0 for a picture) at most ``longest`` pixels on its longest
        side, away from the window's thread."""
        self._ticket += 1
        self.waiting, ticket = True, self._ticket
        found = FORMATS.get(format_name, Format(format_name, "other", ""))
        # A daemon thread, not a pool: a child stuck on a file must never hold up the exit.
        threading.Thread(target=self._draw, args=(ticket, found, data, page, longest),
                         name="dossier-preview", daemon=True).start()

    def cancel(self) -> None:
        """Forget what was asked; its answer, if it ever comes, is dropped."""
        self._ticket += 1
        self.waiting = False

    def _draw(self, ticket: int, found: Format, data: bytes, page: int, longest: int) -> None:
        with self._one_at_a_time:
            if ticket != self._ticket:  # passed over (arrow keys down a list): not drawn
                return
            answer = sandbox.shared_renderer().render(found, data, page, longest)
        with contextlib.suppress(RuntimeError):  # the viewer was deleted meanwhile
            self._answered.emit(ticket, answer)

    def _deliver(self, ticket: int, answer: object) -> None:
        if ticket == self._ticket:
            self.waiting = False
            self.arrived.emit(answer)


def pixmap(preview: Preview) -> QPixmap:
    """The preview's pixels on screen: a copy of raw RGBA, no decoder involved."""
    image = QImage(preview.pixels, preview.width, preview.height, preview.width * 4,
                   QImage.Format.Format_RGBA8888)
    return QPixmap.fromImage(image.copy())  # copy: the QImage must not outlive the bytes


def warm() -> None:
    """Start the preview child now (at unlock), away from the window's thread: a fresh
    interpreter takes a second or more to start on a busy laptop."""
    threading.Thread(target=sandbox.shared_renderer().warm, name="dossier-preview-start",
                     daemon=True).start()


def forget() -> None:
    """End the preview child, and the evidence left in its memory with it (on lock)."""
    sandbox.shared_renderer().close()

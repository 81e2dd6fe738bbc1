"""Reading the text of the case's pictures in the background, with a visible, pausable
queue: "Reading the text of 34 pictures… 12/34" (issue #15 §1).

The pictures are read one at a time. The vault worker hands over one picture's bytes and
later stores its reading (``app/case/transcripts.py``), each a short operation, so the
window's other work never waits behind OCR; between the two, a waiting thread asks the OCR
child (``sandbox.shared_text_reader``), which reads at a lower priority than the window.
A lock stops the queue and ends the child; the next case opened, or the next import,
starts it again with whatever is still unread, so it resumes after a lock or a restart.
"""

from __future__ import annotations

import contextlib
import threading

import qtawesome as qta
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.case import screen_reading, transcripts
from app.case.changes import Changes
from app.importing import sandbox
from app.importing.formats.transcript import Transcript
from app.vault.vault import Vault
from ui.common.operations import VaultService

# Tests of other features turn this off, so that their screenshots are not read behind
# their backs (tests/gui/conftest.py).
READ_AUTOMATICALLY = True


class TextQueue(QObject):
    """The queue's state: ``progressed(done, total)`` after each picture, ``read(item)``
    once a picture's reading is stored, ``finished`` when nothing is left (or on a stop),
    ``paused_changed(paused)`` when paused or resumed."""

    progressed = Signal(int, int)
    read = Signal(int)
    finished = Signal()
    paused_changed = Signal(bool)
    _answered = Signal(int, int, object)  # from the waiting thread: ticket, item, answer

    def __init__(self, service: VaultService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._case_id: int | None = None
        self._ticket = 0  # a stop makes the answers of what was asked before it stale
        self.running = self.paused = False
        self.done = self.total = 0
        self._answered.connect(self._store)

    def start(self, case_id: int) -> None:
        """Read what is unread in the case; a queue already running takes new pictures
        in as it goes."""
        if not READ_AUTOMATICALLY or (self.running and case_id == self._case_id):
            return
        self.stop()
        self._case_id, self.running, self.paused, self.done = case_id, True, False, 0
        self._take()

    def pause(self) -> None:
        """Stop after the picture being read."""
        if self.running and not self.paused:
            self.paused = True
            self.paused_changed.emit(True)

    def resume(self) -> None:
        if self.paused:
            self.paused = False
            self.paused_changed.emit(False)
            if self.running:
                self._take()

    def stop(self) -> None:
        """On lock: forget the queue, and end the OCR child, whose memory held evidence."""
        self._ticket += 1
        was_running, self.running = self.running, False
        if was_running:
            sandbox.shared_text_reader().close()
            self.finished.emit()

    def _take(self) -> None:
        if not self.running or self.paused or self._case_id is None:
            return
        case_id, ticket = self._case_id, self._ticket
        self._service.run(lambda vault, _task: _next_picture(vault, case_id),
                          lambda found: self._read(ticket, found), lambda _message: self.stop())

    def _read(self, ticket: int, found: tuple[int, transcripts.Picture | None] | None) -> None:
        if ticket != self._ticket:
            return
        if found is None:
            self._end()
            return
        left, picture = found
        self.total = self.done + left
        self.progressed.emit(self.done, self.total)
        if self.paused:  # paused while the vault handed it over: it is taken again later
            return
        if picture is None:  # gone, or too large: recorded, not read
            self._stored(ticket)
            return
        threading.Thread(target=self._ask, args=(ticket, picture), name="dossier-ocr",
                         daemon=True).start()

    def _ask(self, ticket: int, picture: transcripts.Picture) -> None:
        answer = sandbox.shared_text_reader().transcribe(
            screen_reading.format_of(picture.format), picture.data)
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self._answered.emit(ticket, picture.item_id, answer)

    def _store(self, ticket: int, item_id: int, answer: Transcript | str) -> None:
        if ticket != self._ticket:
            return
        def kept(_stored: bool) -> None:
            self.read.emit(item_id)
            self._stored(ticket)
        self._service.run(lambda vault, _task: _keep(vault, item_id, answer), kept,
                          lambda _message: self.stop())

    def _stored(self, ticket: int) -> None:
        if ticket != self._ticket:
            return
        self.done += 1
        self.progressed.emit(self.done, max(self.total, self.done))
        if self.paused:
            self._announce()
        self._take()

    def _end(self) -> None:
        self.running = False
        if self.done:
            self._announce()
        self.finished.emit()

    def _announce(self) -> None:
        """The words read so far become searchable in the views: they refresh once."""
        self._service.run(lambda _vault, _task: Changes(items=True))


def _next_picture(vault: Vault, case_id: int) -> tuple[int, transcripts.Picture | None] | None:
    """How many pictures are left, and the first one's bytes; None when none is left."""
    with vault.transaction() as db:
        left = transcripts.pending(db, case_id)
        return (len(left), transcripts.picture(db, left[0])) if left else None


def _keep(vault: Vault, item_id: int, answer: Transcript | str) -> bool:
    with vault.transaction() as db:
        return transcripts.store(db, item_id, answer)


class TextQueueBar(QWidget):
    """The queue on screen: what it does, how far it is, and Pause / Resume."""

    def __init__(self, queue: TextQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(200)
        self.bar.setTextVisible(False)
        self.button = QPushButton(self)
        self.button.clicked.connect(self._pause_or_resume)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.bar)
        row.addWidget(self.button)
        queue.progressed.connect(lambda _done, _total: self._show())
        queue.paused_changed.connect(lambda _paused: self._show())
        queue.finished.connect(self.hide)
        self.hide()

    def _pause_or_resume(self) -> None:
        if self.queue.paused:
            self.queue.resume()
        else:
            self.queue.pause()

    def _show(self) -> None:
        done, total = self.queue.done, max(self.queue.total, self.queue.done)
        if self.queue.paused:
            words = self.tr("Text reading paused (%1/%2).")
        else:
            words = self.tr("Reading the text of %n picture(s)… %1/%2", "", total)
        self.label.setText(words.replace("%1", str(done)).replace("%2", str(total)))
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.button.setText(self.tr("Resume") if self.queue.paused else self.tr("Pause"))
        self.button.setIcon(qta.icon("fa6s.play" if self.queue.paused else "fa6s.pause"))
        self.setVisible(self.queue.running)

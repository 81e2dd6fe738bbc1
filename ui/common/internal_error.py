"""What the person sees when Dossier itself fails: a plain sentence, never a traceback.

The window installs an ``InternalErrorNotice`` as ``sys.excepthook`` (errors in Qt slots
and event handlers land there) and ``threading.excepthook``. It says the error in a
message box; stderr gets one line naming the error's class and, in debug mode
(``DOSSIER_DEBUG=1`` or ``--debug``), the frames: never a message or a value.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.common import debug


class InternalErrorNotice(QObject):
    """Tells the person when Dossier's own code failed, from any thread."""

    # The error's class name; queued, so a worker thread's error is shown by the GUI thread.
    happened = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.box: QMessageBox | None = None
        self.happened.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Become the process's last word on uncaught errors, until the window goes."""
        before = sys.excepthook, threading.excepthook
        mine = self._on_error, self._on_thread_error
        sys.excepthook, threading.excepthook = mine

        def put_back() -> None:
            if (sys.excepthook, threading.excepthook) == mine:  # not if replaced since
                sys.excepthook, threading.excepthook = before
        self.destroyed.connect(put_back)

    def _on_error(self, kind: type[BaseException], error: BaseException,
                  trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        print(f"dossier: Internal error in Dossier ({kind.__name__}).", file=sys.stderr)
        debug.report(error)
        self.happened.emit(kind.__name__)

    def _on_thread_error(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._on_error(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, kind: str) -> None:
        if self.box is not None:
            return  # one notice at a time: an error in a paint event comes back at once
        self.box = QMessageBox(
            QMessageBox.Icon.Critical, self.tr("Internal error"),
            self.tr("Dossier ran into an internal error (%1). What you stored before is kept "
                    "in your vault. If this happens again, close Dossier and open it again.")
            .replace("%1", kind), QMessageBox.StandardButton.Ok, self.window)
        self.box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.box.finished.connect(self._closed)
        self.box.open()  # not exec(): no nested event loop inside an error handler

    def _closed(self) -> None:
        self.box = None

"""The one owner of the vault: a worker thread that runs every vault operation in order.

Widgets never touch the database. They hand an operation (a function of the open
``Vault`` and a ``Task``) to ``VaultService.run``; it runs on the worker thread, and its
result or its failure comes back on the GUI thread by signal (as Anki's taskman does).
So the window keeps turning while a 2 GB video is imported.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import sqlcipher3
from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.case import integrity
from app.case.changes import changes_of
from app.common import debug, errors
from app.common.texts import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from app.vault.vault import Vault

T = TypeVar("T")  # what an operation returns, handed to its on_success
P = TypeVar("P")  # what an operation reports as it goes, handed to its on_progress

# An operation that returns a T; what it reports is not said, so any on_progress fits.
Operation = Callable[["Vault", "Task[Any]"], T]


def _vaults() -> type[Vault]:
    """The vault's code (SQLCipher, custody log, key derivation), imported on the worker
    thread at the first unlock rather than before the unlock window shows."""
    from app.vault.vault import Vault

    return Vault


@dataclass
class Task(Generic[P]):
    """What a running operation can do besides its work: report and notice a cancel."""

    ticket: int
    report: Callable[[P], None]
    _cancel: threading.Event = field(default_factory=threading.Event)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


@dataclass
class _Request:
    # Untyped inside: one queue carries every operation; ``run`` and ``_queue`` check types.
    run: Callable[[Task[Any]], Any]
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[str], None] | None
    on_progress: Callable[[Any], None] | None
    task: Task[Any] | None = None


class _Worker(QObject):
    """Lives on the worker thread and holds the open vault, if any."""

    finished = Signal(int, object)
    failed = Signal(int, object)  # an app.texts.Text, so the GUI can translate it
    progressed = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.vault: Vault | None = None

    @Slot(int, object)
    def execute(self, ticket: int, request: _Request) -> None:
        assert request.task is not None
        try:
            result = request.run(request.task)
        except errors.DossierError as error:
            self.failed.emit(ticket, error.text)
        except sqlcipher3.IntegrityError as error:
            if "FOREIGN KEY" not in str(error).upper():
                self.failed.emit(ticket, _internal(error))
            else:  # a record deleted meanwhile: a sentence, never "internal error"
                self.failed.emit(ticket, Text(integrity.SOMETHING_GONE))
        except Exception as error:  # noqa: BLE001 - shown to the user, the app goes on
            debug.report(error)  # where it failed, in debug mode only; never what it held
            self.failed.emit(ticket, _internal(error))
        else:
            self.finished.emit(ticket, result)


def _internal(error: Exception) -> Text:
    return Text(QT_TRANSLATE_NOOP("core", "Internal error in Dossier ({error})."),
                error=type(error).__name__)


class VaultService(QObject):
    """The GUI thread's handle on the vault worker."""

    unlocked = Signal(object)  # the vault's path
    # What an operation changed (app.case.changes.Changes), after its own callback: the
    # one broadcast every panel refreshes itself from.
    changed = Signal(object)
    locked = Signal()
    _submit = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tickets = itertools.count(1)
        self._pending: dict[int, _Request] = {}
        self._thread = QThread()
        self._thread.setObjectName("vault")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.progressed.connect(self._on_progress)
        self._thread.start()
        self.path: Path | None = None

    @property
    def is_unlocked(self) -> bool:
        return self.path is not None

    def run(self, operation: Callable[[Vault, Task[P]], T],
            on_success: Callable[[T], None] | None = None,
            on_failure: Callable[[str], None] | None = None,
            on_progress: Callable[[P], None] | None = None) -> Task[P]:
        """Queue ``operation(vault, task)``; callbacks run on the GUI thread, ``on_success``
        with what it returned, ``on_progress`` with what it reported."""
        def with_vault(task: Task[P]) -> T:
            vault = self._worker.vault
            if vault is None:
                raise errors.VaultError("The vault is locked.")
            return operation(vault, task)
        return self._queue(with_vault, on_success, on_failure, on_progress)

    def cancel(self, task: Task[Any]) -> None:
        task._cancel.set()

    def create(self, path: Path, passphrase: str, on_success: Callable[[None], None],
               on_failure: Callable[[str], None]) -> None:
        self._open(lambda: _vaults().create(path, passphrase), path, on_success, on_failure)

    def unlock(self, path: Path, passphrase: str, on_success: Callable[[None], None],
               on_failure: Callable[[str], None]) -> None:
        self._open(lambda: _vaults().unlock(path, passphrase), path, on_success, on_failure)

    def recover(self, path: Path, typed_key: str, new_passphrase: str,
                on_success: Callable[[None], None], on_failure: Callable[[str], None]) -> None:
        """Open the vault with its recovery key and give it ``new_passphrase``."""
        def recovered() -> Vault:
            from app.vault import recovery_shares

            return _vaults().recover(path, recovery_shares.read(typed_key), new_passphrase)
        self._open(recovered, path, on_success, on_failure)

    def lock(self, on_done: Callable[[None], None] | None = None) -> None:
        """Close the vault: the key and every cached page are gone from the worker."""
        def closed(_result: None) -> None:
            self.path = None
            self.locked.emit()
            if on_done:
                on_done(None)
        self._queue(self._close, closed, None, None)

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Cancel what runs, lock, and stop the worker thread; for quitting the app."""
        for request in list(self._pending.values()):
            if request.task:
                request.task._cancel.set()
        done = threading.Event()
        def close_and_say(task: Task[None]) -> None:
            self._close(task)
            done.set()
        self._queue(close_and_say, None, None, None)
        done.wait(timeout_ms / 1000)  # an import stops between two files
        self._thread.quit()
        self._thread.wait()
        self.path = None

    def _close(self, _task: Task[Any]) -> None:
        if self._worker.vault is not None:
            self._worker.vault.close()
            self._worker.vault = None

    def _open(self, opener: Callable[[], Vault], path: Path,
              on_success: Callable[[None], None], on_failure: Callable[[str], None]) -> None:
        def open_vault(_task: Task[Any]) -> None:
            if self._worker.vault is not None:
                self._worker.vault.close()
            self._worker.vault = opener()

        def opened(_result: None) -> None:
            self.path = path
            self.unlocked.emit(path)
            on_success(None)
        self._queue(open_vault, opened, on_failure, None)

    def _queue(self, run: Callable[[Task[P]], T], on_success: Callable[[T], None] | None,
               on_failure: Callable[[str], None] | None,
               on_progress: Callable[[P], None] | None) -> Task[P]:
        ticket = next(self._tickets)
        task: Task[P] = Task(ticket,
                             lambda payload: self._worker.progressed.emit(ticket, payload))
        self._pending[ticket] = _Request(run, on_success, on_failure, on_progress, task)
        self._submit.emit(ticket, self._pending[ticket])
        return task

    @Slot(int, object)
    def _on_finished(self, ticket: int, result: object) -> None:
        request = self._pending.pop(ticket, None)
        if request and request.on_success:
            request.on_success(result)
        changes = changes_of(result)
        if changes:
            self.changed.emit(changes)

    @Slot(int, object)
    def _on_failed(self, ticket: int, message: str) -> None:
        request = self._pending.pop(ticket, None)
        if request and request.on_failure:
            request.on_failure(message)

    @Slot(int, object)
    def _on_progress(self, ticket: int, payload: object) -> None:
        request = self._pending.get(ticket)
        if request and request.on_progress:
            request.on_progress(payload)

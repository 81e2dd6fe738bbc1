"""The child's side of the sandbox (``app/importing/sandbox.py``): confine itself, then read files.

Runs in a fresh interpreter that never sees the vault. It answers one request at a time
with ``(status, payload)``, and leaves when the parent closes the pipe, dies, or leaves it
idle for a while.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import multiprocessing
import os
import signal
import threading
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from app.common import process
from app.importing.formats.base import Extraction, Source
from app.importing.formats.sniff import Format
from app.importing.opening import open_regular

READY, DONE, OUT_OF_MEMORY, FAILED, IDLE = "ready", "done", "memory", "failed", "idle"

Reader = Callable[..., Any]  # (Format, Source) -> Extraction, or a renderer's (page, size) too


@dataclass(frozen=True)
class Request:
    """One file to read: its format, its name, and a path to open or its bytes."""

    found: Format
    name: str
    origin: str | bytes
    size: int
    view: tuple[int, int] | None = None  # for a renderer: the page and the longest side
    threads: tuple[str, ...] | None = None  # a platform export's conversations to import

    def source(self) -> Source:
        if isinstance(self.origin, bytes):
            return Source.from_bytes(self.name, self.origin)
        path, size = self.origin, self.size
        # Checked again here: a regular file, no final link, no further than its size.
        return Source(self.name, size, lambda: open_regular(path, size))


def serve(pipe: Connection, reader_name: str, memory: int | None, log_level: int,
          idle_seconds: float) -> None:
    """Confine this process, load the reader, then answer until told to stop."""
    confine(memory, log_level)
    reader = load(reader_name)
    pipe.send((READY, None))
    while pipe.poll(idle_seconds):
        try:
            request: Request = pipe.recv()
        except (EOFError, OSError):  # the parent closed its end or died
            return
        if answer(pipe, reader, request) != DONE:
            return  # after a MemoryError the heap is suspect: the next file gets a fresh child
    pipe.send((IDLE, None))


def confine(memory: int | None, log_level: int) -> None:
    """No core dumps, a memory cap, no Ctrl+C, and an exit when the parent dies."""
    # Ctrl+C in a terminal reaches the whole process group; the parent decides, and the
    # child follows it when it exits, so it never prints a KeyboardInterrupt of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    process.harden()
    _follow_parent()
    if memory:
        _cap_address_space(memory)
    logging.basicConfig(level=log_level)
    # A library's complaint about a file is no message for the user's terminal; readers
    # that keep them as notes (images) record them with their own catch_warnings.
    warnings.simplefilter("ignore")


def _follow_parent() -> None:
    """Exit as soon as the parent does, even in the middle of a reading that hangs."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def wait_then_exit() -> None:
        parent.join()
        os._exit(0)

    threading.Thread(target=wait_then_exit, name="parent-watch", daemon=True).start()


def _cap_address_space(memory: int) -> None:
    try:
        import resource  # not on Windows
    except ImportError:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = memory if hard == resource.RLIM_INFINITY else min(memory, hard)
    # macOS may refuse: the time limit and the crash isolation still hold.
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def load(reader_name: str) -> Reader:
    """The function named ``"module:function"``."""
    module, _, function = reader_name.partition(":")
    reader: Reader = getattr(importlib.import_module(module), function)
    return reader


def answer(pipe: Connection, reader: Reader, request: Request) -> str:
    """Read one file and send what was found; returns the status sent."""
    try:
        chosen = {} if request.threads is None else {"threads": request.threads}
        found = reader(request.found, request.source(), *(request.view or ()), **chosen)
        reply: tuple[str, Any] = (OUT_OF_MEMORY, None) if _ran_out(found) else (DONE, found)
    except MemoryError:
        reply = (OUT_OF_MEMORY, None)
    except Exception as error:  # noqa: BLE001 - formats.read never raises; a test reader may
        reply = (FAILED, f"it failed: {type(error).__name__}")
    try:
        pipe.send(reply)
    except MemoryError:  # pickling a large answer under the cap; nothing was sent yet
        reply = (OUT_OF_MEMORY, None)
        pipe.send(reply)
    return reply[0]


def _ran_out(found: object) -> bool:
    """Whether a reader caught a MemoryError and noted it (readers note errors by name)."""
    return isinstance(found, Extraction) and any(key.endswith(".error") and value.endswith("MemoryError")
               for key, value in found.metadata)

"""Hostile readers for tests/unit/test_sandbox.py, run inside the sandbox's child process.

The child imports this module by name (``tests.unit.sandbox_readers:read``). A file whose
content starts with one of the words below makes the reader misbehave that way; any other
file is read by the real readers, and the answer says which process read it.
"""

from __future__ import annotations

import ctypes
import os
import time
from collections.abc import Callable

from app.importing import formats
from app.importing.formats.base import Extraction, Source, read_safely
from app.importing.formats.sniff import Format


def _exit() -> None:
    os._exit(3)  # a library that calls exit() or abort()


def _segfault() -> None:
    ctypes.string_at(0)  # a C decoder reading through a null pointer


def _hang() -> None:
    time.sleep(3600)  # a parser stuck in a loop


def _hog() -> None:
    bytearray(2 << 30)  # a decompression bomb: 2 GiB at once


def _hog_caught() -> Extraction:
    # A reader that catches the MemoryError itself and notes it, as the real ones do.
    def grow(found: Extraction) -> None:
        found.text = "partial"
        _hog()

    return read_safely(grow, "text.error")


class _Payload:
    """What a subverted child could send: unpickling it would run code in the parent
    (here, create the file named after the word "smuggle")."""

    def __init__(self, canary: str) -> None:
        self.canary = canary

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return open, (self.canary, "w")


def _smuggle(head: bytes) -> Extraction:
    found = Extraction()
    found.title = _Payload(head.split(b" ", 1)[1].decode())  # type: ignore[assignment]
    return found


HOSTILE: dict[bytes, Callable[[bytes], Extraction | None]] = {
    b"exit": lambda head: _exit(), b"segfault": lambda head: _segfault(),
    b"hang": lambda head: _hang(), b"hog caught": lambda head: _hog_caught(),
    b"hog": lambda head: _hog(), b"smuggle": _smuggle,
}


def read(found: Format, source: Source) -> Extraction:
    with source.open() as stream:
        head = stream.read(4096)
    for word, misbehave in HOSTILE.items():
        if head.startswith(word):
            return misbehave(head) or Extraction()
    extraction = formats.read(found, source)
    extraction.add("test.reader_pid", os.getpid())
    return extraction

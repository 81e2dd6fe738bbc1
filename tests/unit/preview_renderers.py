"""Misbehaving renderers for tests/unit/test_render.py, run in the preview child by name."""

from __future__ import annotations

import time

from app.importing.formats.base import Source
from app.importing.formats.render import Preview


def hang(found: object, source: object, page: int, longest: int) -> Preview:
    time.sleep(3600)  # a decoder in a loop
    return Preview()


def lie(found: object, source: object, page: int, longest: int) -> Preview:
    # A subverted child: a size that does not match its pixels.
    return Preview(width=60000, height=60000, pixels=b"\x00" * 16)


def count(found: object, source: Source, page: int, longest: int) -> Preview:
    # The bytes name a file that gets one line per drawing, each taking a little while.
    with source.open() as stream:
        log = stream.read().decode()
    with open(log, "a") as lines:
        lines.write(f"{page}\n")
    time.sleep(0.3)
    return Preview(problem="unreadable")

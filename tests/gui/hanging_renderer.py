"""A renderer that never finishes, run by the preview child in tests
(``tests.gui.hanging_renderer:render``): a PDF page or a picture that hangs its decoder."""

from __future__ import annotations

import time


def render(found: object, source: object, page: int, longest: int) -> object:
    time.sleep(3600)  # a page tree that contains itself, drawn forever
    raise AssertionError("unreachable")

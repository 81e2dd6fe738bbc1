"""Issue #12: while the preview child hangs on a page, the window stays responsive: quick
exit and the lock still work at once, the stuck child goes with the lock, and a page that
takes too long says it could not be shown safely.

The window, the vault and the preview child are real; the child runs a renderer that hangs
on purpose (``tests/gui/hanging_renderer.py``)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.importing import sandbox
from app.importing.sandbox import RENDER_MEMORY, Limits, Sandbox
from tests.gui import test_safety as safety
from ui.viewers.image import ImageViewer
from ui.viewers.pdf import PdfViewer
from ui.viewers.preview import PreviewRequests

prepared, window, clock, exits = safety.prepared, safety.window, safety.clock, safety.exits
HANGING = "tests.gui.hanging_renderer:render"


@pytest.fixture
def hanging(monkeypatch) -> Iterator[Sandbox]:
    """The window's preview child, running a renderer that never returns."""
    renderer = Sandbox(HANGING, Limits(600, 0, RENDER_MEMORY))
    monkeypatch.setattr(sandbox, "_renderer", renderer)
    yield renderer
    renderer.close()


def waiting_on_a_page(qtbot, window, hanging: Sandbox) -> PdfViewer:
    safety.unlock(qtbot, window)
    pdf = safety.show(qtbot, window, safety.PDF, PdfViewer)
    assert pdf.requests.waiting
    assert pdf.note.text() == "Preparing page 1…"
    qtbot.waitUntil(lambda: hanging._child is not None and hanging._child.ready, timeout=30_000)
    qtbot.wait(300)  # the page is in the child's hands, and stays there
    assert pdf.requests.waiting
    return pdf


def test_quick_exit_hides_locks_and_quits_while_a_page_hangs(qtbot, window, clock, exits,
                                                             hanging) -> None:
    waiting_on_a_page(qtbot, window, hanging)
    started = time.monotonic()
    qtbot.keyClick(window.case_page.view.table, Qt.Key.Key_Escape)
    clock.advance(0.3)
    qtbot.keyClick(window.case_page.view.table, Qt.Key.Key_Escape)
    assert exits == [0]
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert time.monotonic() - started < 1.0
    safety.assert_locked(qtbot, window)
    # The child stuck on the page held its bytes: it is ended with the lock.
    qtbot.waitUntil(lambda: hanging._child is None, timeout=5_000)


def test_the_lock_works_at_once_while_a_page_hangs(qtbot, window, clock, hanging) -> None:
    pdf = waiting_on_a_page(qtbot, window, hanging)
    started = time.monotonic()
    qtbot.keyClick(window.case_page.view.table, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    assert time.monotonic() - started < 1.0
    safety.assert_locked(qtbot, window)
    assert not pdf.requests.waiting  # its answer, if any, is dropped
    qtbot.waitUntil(lambda: hanging._child is None, timeout=5_000)


def test_a_page_that_takes_too_long_could_not_be_shown_safely(qtbot, window, monkeypatch,
                                                              clock) -> None:
    monkeypatch.setattr(sandbox, "_renderer", Sandbox(HANGING, Limits(1.0, 0, RENDER_MEMORY)))
    safety.unlock(qtbot, window)
    pdf = safety.show(qtbot, window, safety.PDF, PdfViewer)
    with qtbot.waitSignal(pdf.drawn, timeout=60_000):
        pass
    assert pdf.note.text().startswith("Dossier could not show this document safely")
    assert not pdf.view.isVisible()
    picture = safety.show(qtbot, window, safety.PICTURE, ImageViewer)
    assert picture.note.text() == "Preparing the picture…"
    qtbot.waitUntil(lambda: not picture.requests.waiting, timeout=60_000)
    # The picture timed out, then its stored preview too: nothing was drawn in the window.
    assert picture.note.text().startswith("Dossier could not show this picture safely")
    assert picture.shown_size() == (0, 0)
    sandbox._renderer.close()


def test_pages_passed_over_are_not_drawn(qtbot, monkeypatch, tmp_path) -> None:
    counting = Sandbox("tests.unit.preview_renderers:count", Limits(30, 0, RENDER_MEMORY))
    monkeypatch.setattr(sandbox, "_renderer", counting)
    log = tmp_path / "drawn.txt"
    requests = PreviewRequests()
    answers: list[object] = []
    requests.arrived.connect(answers.append)
    try:
        for page in range(10):  # PgDown held: ten pages asked in a row
            requests.ask("pdf", str(log).encode(), page, 100)
        qtbot.waitUntil(lambda: not requests.waiting, timeout=60_000)
        assert len(answers) == 1  # the last page's answer only
        drawn = log.read_text().split()
        assert drawn[-1] == "9"
        assert len(drawn) <= 2  # at most one already started, and the last one
    finally:
        counting.close()

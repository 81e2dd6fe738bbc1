"""Previews drawn in the preview child (issue #12): pictures and PDF pages come back as
bounded RGBA pixels, within a time limit, and whatever the child answers, the window gets
pixels that match their size or a reason."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator

import pytest
from PIL import Image

from app.importing.formats.render import LOCKED, LONGEST_SIDE, TOO_LARGE, UNREADABLE, Preview
from app.importing.formats.sniff import FORMATS
from app.importing.sandbox import RENDER_MEMORY, RENDERER, Limits, Sandbox
from tests.conftest import CORPUS
from tests.gui.test_no_parsing_in_the_window import progressive_jpeg, self_containing_pdf

PDF, PNG, JPEG = FORMATS["pdf"], FORMATS["png"], FORMATS["jpeg"]


@pytest.fixture(scope="module")
def child() -> Iterator[Sandbox]:
    renderer = Sandbox(RENDERER, Limits(30, 0.5, RENDER_MEMORY))
    yield renderer
    renderer.close()


def drawn(answer: Preview | str) -> Preview:
    assert isinstance(answer, Preview), answer
    assert answer.problem == ""
    assert answer.is_sound()
    return answer


def test_a_photo_comes_back_as_its_pixels(child) -> None:
    data = (CORPUS / "photos" / "photo_parking.jpg").read_bytes()
    preview = drawn(child.render(JPEG, data, 0, LONGEST_SIDE))
    assert (preview.width, preview.height) == (1024, 768)
    with Image.open(io.BytesIO(data)) as original:
        # The same picture: its middle pixel within JPEG's rounding.
        expected = original.convert("RGBA").getpixel((512, 384))
    offset = (384 * 1024 + 512) * 4
    assert all(abs(a - b) <= 8 for a, b in zip(preview.pixels[offset:offset + 4], expected,
                                                strict=True))


def test_a_large_picture_comes_back_no_larger_than_the_bound(child) -> None:
    out = io.BytesIO()
    Image.new("RGB", (5000, 2500), "white").save(out, "PNG")
    preview = drawn(child.render(PNG, out.getvalue(), 0, LONGEST_SIDE))
    assert (preview.width, preview.height) == (LONGEST_SIDE, LONGEST_SIDE // 2)


def test_a_picture_bomb_is_never_decoded(child) -> None:
    data = (CORPUS / "bad" / "bomb_60000x60000.png").read_bytes()
    assert child.render(PNG, data, 0, LONGEST_SIDE) == Preview(problem=TOO_LARGE)


def test_a_pdf_comes_back_one_page_at_a_time(child) -> None:
    data = (CORPUS / "pdf" / "releve_commentaires.pdf").read_bytes()
    first = drawn(child.render(PDF, data, 0, 1600))
    second = drawn(child.render(PDF, data, 1, 1600))
    assert (first.pages, first.page, second.page) == (2, 0, 1)
    assert max(first.width, first.height) == 1600
    assert first.pixels != second.pixels
    beyond = child.render(PDF, data, 2, 1600)
    assert isinstance(beyond, Preview)
    assert beyond.pixels == b""


def test_a_locked_or_broken_pdf_says_so(child) -> None:
    locked = (CORPUS / "pdf" / "protected_password_1234.pdf").read_bytes()
    assert child.render(PDF, locked, 0, 1600) == Preview(problem=LOCKED)
    truncated = (CORPUS / "bad" / "truncated.pdf").read_bytes()
    assert child.render(PDF, truncated, 0, 1600) == Preview(problem=UNREADABLE)


def test_hostile_files_are_answered_within_their_time(child) -> None:
    started = time.monotonic()
    loop = child.render(PDF, self_containing_pdf(), 0, 1600)
    assert isinstance(loop, Preview)
    assert loop.pixels == b"" or loop.is_sound()
    jpeg = drawn(child.render(JPEG, progressive_jpeg(), 0, LONGEST_SIDE))
    assert (jpeg.width, jpeg.height) == (2048, 2048)
    assert time.monotonic() - started < 20


def test_a_renderer_that_hangs_is_stopped_at_its_time_limit() -> None:
    hanging = Sandbox("tests.unit.preview_renderers:hang", Limits(1.0, 0, RENDER_MEMORY))
    try:
        started = time.monotonic()
        assert hanging.render(PNG, b"png", 0, 100) == "it ran past its time limit of 1 s"
        assert time.monotonic() - started < 10
    finally:
        hanging.close()


def test_pixels_that_do_not_match_their_size_are_refused() -> None:
    lying = Sandbox("tests.unit.preview_renderers:lie", Limits(30, 0, RENDER_MEMORY))
    try:
        assert lying.render(PNG, b"png", 0, 100) == "its answer was not a picture"
    finally:
        lying.close()

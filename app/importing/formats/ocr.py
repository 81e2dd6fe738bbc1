"""Reading the text in a picture or a scanned PDF's pages (OCR), in the reader child, with
RapidOCR on ONNX Runtime.

The engine and its PP-OCR models come inside the ``rapidocr-onnxruntime`` wheel, pinned in
``pyproject.toml``: nothing is ever downloaded. It reads Latin letters and digits well, and
keeps é but drops most other accents (è, à, ç, ô read as e, a, c, o): see
``tests/bench/bench_ocr.py`` for the measured error rates. Search ignores accents, so a
word is found either way.

``read_text`` runs in the child, named ``"app.importing.formats.ocr:read_text"``; the
sandbox bounds its time and memory. It never raises for what a file does: a picture it
cannot read comes back as a ``Transcript`` whose ``problem`` says why.
"""

from __future__ import annotations

import io
import os
from functools import cache
from typing import Any

from PIL import Image, ImageOps

from app.importing.formats.image import MAX_PIXELS
from app.importing.formats.render import MAX_SCALE, PICTURES
from app.importing.formats.sniff import Format
from app.importing.formats.transcript import (
    PAGE_LONGEST,
    TOO_LARGE,
    UNREADABLE,
    Line,
    Transcript,
)

# A phone screenshot (2340 pixels tall) is read at its own size; a 12 MP photo is read at
# this size, which keeps its text legible and the engine's memory bounded.
LONGEST_SIDE = 2400
# Both cores of a small laptop read faster, and the child runs at a lower priority than
# the window (see ``_engine``), so the window stays smooth while it reads.
THREADS = 2
LOWER_PRIORITY = 10
# Lines the engine is less sure of than this are mostly noise (icons read as letters).
LEAST_SCORE = 0.5
# Pages of a scanned PDF read, from the first: a letter or a filed complaint, within the
# child's time limit; a longer scan has only these read.
MAX_PAGES = 12


def read_text(found: Format, source: Any) -> Transcript:
    """The lines of text in the picture ``source`` (a ``formats.base.Source``), or in the
    pages of a PDF that have no text of their own (a scan)."""
    if found.kind not in ("image", "pdf"):
        return Transcript(problem=UNREADABLE)
    with source.open() as stream:
        data = stream.read()
    try:
        if found.kind == "pdf":
            return _scanned_pages(data)
        picture = _picture(data)
    except Image.DecompressionBombError:
        return Transcript(problem=TOO_LARGE)
    except Exception:  # noqa: BLE001 - a broken file is said, never raised (see docstring)
        return Transcript(problem=UNREADABLE)
    if picture is None:
        return Transcript(problem=TOO_LARGE)
    return Transcript(_read(picture), picture.width, picture.height)


def _read(picture: Image.Image, page: int = 0) -> tuple[Line, ...]:
    found, _times = _engine()(picture, use_cls=False, text_score=LEAST_SCORE)
    return tuple(_line(box, text, score, page) for box, text, score in found or ())


def _scanned_pages(data: bytes) -> Transcript:
    """The text of the first ``MAX_PAGES`` pages that carry none of their own, each drawn
    by PDFium as a picture; a page with a text layer is left to the PDF reader."""
    import pypdfium2  # type: ignore[import-untyped]  # ships no type information

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        return Transcript(problem=UNREADABLE)
    lines: list[Line] = []
    size = (0, 0)
    try:
        for number in range(min(len(document), MAX_PAGES)):
            page = document[number]
            if page.get_textpage().get_text_range().strip():
                continue
            width, height = page.get_size()
            scale = min(PAGE_LONGEST / max(width, height, 1.0), MAX_SCALE)
            picture = page.render(scale=scale).to_pil().convert("RGB")
            size = size if size[0] else picture.size
            lines += _read(picture, number)
    finally:
        document.close()
    return Transcript(tuple(lines), *size)


def _picture(data: bytes) -> Image.Image | None:
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # over twice this, Pillow refuses to open at all
    with Image.open(io.BytesIO(data), formats=PICTURES) as image:
        if image.width * image.height > MAX_PIXELS:
            return None
        image.draft("RGB", (LONGEST_SIDE, LONGEST_SIDE))
        picture = ImageOps.exif_transpose(image.convert("RGB"))
    picture.thumbnail((LONGEST_SIDE, LONGEST_SIDE))
    return picture


def _line(box: Any, text: str, score: float, page: int) -> Line:
    return Line(text, tuple((round(float(x)), round(float(y))) for x, y in box), float(score),
                page)


@cache
def _engine() -> Any:
    """The engine, loaded once per child (0.2 s), at a lower priority than the window."""
    if hasattr(os, "nice"):
        os.nice(LOWER_PRIORITY)
    # ONNX Runtime 1.32 sends usage telemetry (a DNS lookup of Microsoft's events server was
    # seen under strace) unless this is set before its first session; Dossier never goes
    # online. tests/unit/test_ocr_offline.py watches the child's system calls for it.
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"
    import onnxruntime  # only ever imported in the child, as is the engine
    from rapidocr_onnxruntime import RapidOCR

    onnxruntime.disable_telemetry_events()
    return RapidOCR(intra_op_num_threads=THREADS, inter_op_num_threads=1)

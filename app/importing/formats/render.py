"""Pictures and PDF pages drawn for the window, in the reader child, as bounded raw pixels.

The window holds the vault key, so it never parses evidence: a PDF whose page tree contains
itself, or a crafted JPEG, would freeze it with the case on screen (issue #12). The child
draws instead, with Pillow for pictures and PDFium (``pypdfium2``) for PDF pages, and sends
back only pixels: RGBA, at most ``LONGEST_SIDE`` on the longest side, one page per request.
Turning raw pixels into a QImage in the window is a copy, not a parse.

``render`` runs in the child, named ``"app.importing.formats.render:render"``; the sandbox
bounds its time and memory. It never raises for what a file does: it answers a ``Preview``
whose ``problem`` says why there are no pixels.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageOps

from app.importing.formats.image import MAX_PIXELS
from app.importing.formats.sniff import Format

LONGEST_SIDE = 2048  # pixels, so at most 16 MiB of RGBA per answer
MAX_SCALE = 4.0  # a tiny PDF page is not blown up past four pixels per point
# The formats Pillow may decode here, as at import: nothing else ever runs.
PICTURES = ("PNG", "JPEG", "GIF", "WEBP", "BMP", "TIFF")
# What a renderer's answer says instead of pixels.
TOO_LARGE, UNREADABLE, LOCKED, NO_PAGE = "too_large", "unreadable", "locked", "no_page"


@dataclass(frozen=True)
class Preview:
    """What the window may show: RGBA pixels ``width`` × ``height`` (4 bytes each, rows
    packed), and for a PDF the page drawn and the page count; or a ``problem``."""

    width: int = 0
    height: int = 0
    pixels: bytes = b""
    page: int = 0
    pages: int = 1
    problem: str = ""

    def is_sound(self) -> bool:
        """Whether the pixels are exactly what the size says, within the bounds."""
        return (0 < self.width <= LONGEST_SIDE and 0 < self.height <= LONGEST_SIDE
                and len(self.pixels) == self.width * self.height * 4)


def render(found: Format, source: Any, page: int = 0, longest: int = LONGEST_SIDE) -> Preview:
    """Page ``page`` of a PDF, or the picture, at most ``longest`` pixels on its longest
    side; ``source`` is a ``formats.base.Source``."""
    longest = max(16, min(longest, LONGEST_SIDE))
    with source.open() as stream:
        data = stream.read()
    try:
        if found.kind == "pdf":
            return _pdf_page(data, page, longest)
        if found.kind == "image":
            return _picture(data, longest)
    except Image.DecompressionBombError:  # over twice MAX_PIXELS: Pillow will not open it
        return Preview(problem=TOO_LARGE)
    except Exception:  # noqa: BLE001 - a broken file is said, never raised (see docstring)
        return Preview(problem=UNREADABLE)
    return Preview(problem=UNREADABLE)


def _picture(data: bytes, longest: int) -> Preview:
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # over twice this, Pillow refuses to open at all
    with Image.open(io.BytesIO(data), formats=PICTURES) as image:
        if image.width * image.height > MAX_PIXELS:
            return Preview(problem=TOO_LARGE)
        # A JPEG decodes straight at 1/2 to 1/8 scale: a crafted progressive JPEG then
        # costs a fraction of its full decode.
        image.draft("RGB", (longest, longest))
        image.thumbnail((longest, longest))
        return _pixels(ImageOps.exif_transpose(image.convert("RGBA")))


def _pdf_page(data: bytes, page: int, longest: int) -> Preview:
    # Only the child ever loads PDFium. pypdfium2 ships no type information.
    import pypdfium2  # type: ignore[import-untyped]

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        return Preview(problem=LOCKED if "password" in str(error).lower() else UNREADABLE)
    try:
        pages = len(document)
        if not 0 <= page < pages:
            return Preview(pages=pages, problem=NO_PAGE)
        drawn = document[page]
        width, height = drawn.get_size()
        scale = min(longest / max(width, height, 1.0), MAX_SCALE)
        bitmap = drawn.render(scale=scale, may_draw_forms=True)
        picture = bitmap.to_pil().convert("RGBA")
    finally:
        document.close()
    picture.thumbnail((longest, longest))  # a page size PDFium rounded up
    shown = _pixels(picture)
    return Preview(shown.width, shown.height, shown.pixels, page, pages)


def _pixels(image: Image.Image) -> Preview:
    return Preview(image.width, image.height, image.tobytes("raw", "RGBA"))

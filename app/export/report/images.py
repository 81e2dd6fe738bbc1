"""Image exhibits: scaled to the page below their header, never above 300 dpi.

A screenshot is embedded as it is whenever it can be (a JPEG's bytes go into the PDF
untouched); only an image finer than the page can show is reduced, so 1,000
screenshots lay out in seconds and the report stays about the size of the originals.
An image that cannot be decoded, or is too large to decode safely, gets a page saying
so and naming its file in the bundle.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageOps

from app.export import wording
from app.export.exhibit import Exhibit
from app.export.plan import Plan
from app.export.report import png as report_png
from app.export.report.document import RULE, ReportDocument
from app.export.report.screen_text import draw_transcript, text_layer
from app.importing.formats import base
from app.importing.formats.image import MAX_PIXELS

DPI = 300  # what print needs; finer images are reduced to this for their box
SLACK = 1.25  # how much finer than DPI an image may be before it is reduced
NATURAL_DPI = 72  # a small image is not enlarged beyond this
MIN_BOX = 0.45  # of a page's height: less room than this below the header, a new page
_ORIENTATION = 0x0112  # EXIF tag


@dataclass(frozen=True)
class _Prepared:
    source: Any  # what fpdf2's image() takes: a BytesIO, a PIL image or a cached name
    width: int  # pixels, upright
    height: int


def draw_image(doc: ReportDocument, plan: Plan, exhibit: Exhibit,
               originals: Callable[[Exhibit], bytes | None]) -> None:
    language = plan.options.language
    flags = set(exhibit.item.flags)
    width, height = _declared_size(exhibit)
    if flags & {base.UNREADABLE, base.DAMAGED, base.EMPTY}:
        doc.paragraph(wording.say(language, "content.unreadable_image", file=exhibit.bundle_file))
        return
    if width * height > MAX_PIXELS:
        doc.paragraph(wording.say(language, "content.too_large_image", file=exhibit.bundle_file,
                                  width=wording.number(language, width),
                                  height=wording.number(language, height)))
        return
    data = originals(exhibit)
    if data is None:
        doc.paragraph(wording.say(language, "content.too_big", file=exhibit.bundle_file))
        return
    if not _place(doc, data, exhibit):
        doc.paragraph(wording.say(language, "content.unreadable_image", file=exhibit.bundle_file))
    draw_transcript(doc, exhibit)  # under the picture


def _declared_size(exhibit: Exhibit) -> tuple[int, int]:
    """The size the importer read from the header, so a decompression bomb is refused
    before its bytes are even fetched."""
    try:
        return int(exhibit.meta("image.width") or 0), int(exhibit.meta("image.height") or 0)
    except ValueError:
        return 0, 0


def _place(doc: ReportDocument, data: bytes, exhibit: Exhibit) -> bool:
    """Draw the image in the room left on the page (or on a new page); False when it
    cannot be decoded."""
    full = doc.page_break_trigger - doc.t_margin
    if doc.space_left() < full * MIN_BOX:
        doc.new_page(wording.say(doc.language, "continued", title=wording.say(
            doc.language, "exhibit", n=exhibit.number)))
    box_w, box_h = doc.body_width(), doc.space_left() - 2
    try:
        prepared = _as_is(doc, data, exhibit, box_w, box_h) or _prepare(data, box_w, box_h)
        scale = min(box_w / prepared.width, box_h / prepared.height, 25.4 / NATURAL_DPI)
        w, h = prepared.width * scale, prepared.height * scale
        x, y = doc.l_margin + (box_w - w) / 2, doc.get_y()
        doc.image(prepared.source, x=x, y=y, w=w, h=h)
    except Exception:  # noqa: BLE001 - any decoder error means "cannot be shown"
        return False
    doc.set_draw_color(*RULE)
    doc.set_line_width(0.2)
    doc.rect(x, y, w, h)
    text_layer(doc, exhibit, x, y, w, h)
    doc.set_y(y + h + 2)
    return True


def _as_is(doc: ReportDocument, data: bytes, exhibit: Exhibit, box_w: float,
           box_h: float) -> _Prepared | None:
    """A PNG whose compressed rows can be copied, unless it is finer than the box needs."""
    rows = report_png.read(data)
    if rows is None or _finer_than_print(rows.width, rows.height, box_w, box_h):
        return None
    name = report_png.add(doc, f"dossier-png-{exhibit.item.sha256}", rows)
    return _Prepared(name, rows.width, rows.height)


def _finer_than_print(width: int, height: int, box_w: float, box_h: float) -> bool:
    scale = min(box_w / width, box_h / height)  # millimetres per pixel in the box
    return width > width * scale / 25.4 * DPI * SLACK


def _prepare(data: bytes, box_w: float, box_h: float) -> _Prepared:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        image: Image.Image = Image.open(io.BytesIO(data))
    if image.width * image.height > MAX_PIXELS:
        raise ValueError("too many pixels")
    orientation = image.getexif().get(_ORIENTATION, 1) if image.format == "JPEG" else 1
    width, height = image.size
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    scale = min(box_w / width, box_h / height)  # millimetres per pixel in the box
    target = (round(width * scale / 25.4 * DPI), round(height * scale / 25.4 * DPI))
    reduce = _finer_than_print(width, height, box_w, box_h)
    if not reduce and orientation == 1 and image.format in ("JPEG", "PNG"):
        return _Prepared(io.BytesIO(data), width, height)
    turned = orientation in (5, 6, 7, 8)
    if reduce and image.format == "JPEG":  # decoded at a fraction of its size: much faster
        image.draft("RGB", (target[1], target[0]) if turned else target)
    image = ImageOps.exif_transpose(image) if orientation != 1 else image
    if reduce:
        image = image.convert("RGBA" if _has_alpha(image) else "RGB")
        image.thumbnail(target, Image.Resampling.LANCZOS)
    return _Prepared(_jpeg(image) if image.mode == "RGB" and _was_jpeg(data) else image,
                     width, height)


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def _was_jpeg(data: bytes) -> bool:
    return data[:3] == b"\xff\xd8\xff"


def _jpeg(image: Image.Image) -> io.BytesIO:
    """A photo reduced or turned upright stays a JPEG: far smaller than raw pixels."""
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    out.seek(0)
    return out

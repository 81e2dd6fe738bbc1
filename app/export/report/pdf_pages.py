"""PDF exhibits, merged page by page into the report.

fpdf2 cannot import a PDF page, so the layout reserves one page per original page (with
its running header, its frame and its stamps, so the page count and every identifier
stay right), and pypdf then draws each original page, scaled to fit above the footer
band, onto its reserved page. The same pass sets the document's metadata and, when
asked, encrypts it with AES-256.

A password-protected or damaged PDF gets a page saying its pages could not be
reproduced and naming its file in the bundle.
"""

from __future__ import annotations

import io
import logging
import secrets
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from typing import BinaryIO

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.generic import NameObject

from app.export import wording
from app.export.exhibit import Exhibit
from app.export.plan import Plan
from app.export.report.document import FOOTER, RULE, ReportDocument
from app.export.report.screen_text import draw_transcript
from app.importing.formats import base

MARGIN = 12.0  # millimetres around a merged page, left and right
TOP = 14.0
POINTS = 72 / 25.4  # PDF points in a millimetre


@dataclass(frozen=True)
class _Placement:
    """Where one original page goes: the report's page (0-based) and the matrix that
    takes the original's box to the frame drawn for it."""

    page: int
    source: PageObject
    matrix: Transformation


@dataclass
class PdfPages:
    """The original pages to merge, gathered while the report is laid out."""

    placements: list[_Placement] = field(default_factory=list)

    def draw(self, doc: ReportDocument, plan: Plan, exhibit: Exhibit,
             originals: Callable[[Exhibit], bytes | None]) -> None:
        """The note under a PDF exhibit's header, then one reserved page per page."""
        language = plan.options.language
        flags = set(exhibit.item.flags)
        if base.PASSWORD_PROTECTED in flags:
            doc.paragraph(wording.say(language, "content.pdf_protected", file=exhibit.file_name))
            return
        if flags & {base.DAMAGED, base.UNREADABLE, base.EMPTY}:
            doc.paragraph(wording.say(language, "content.pdf_damaged", file=exhibit.file_name))
            return
        data = originals(exhibit)
        if data is None:
            doc.paragraph(wording.say(language, "content.too_big", file=exhibit.file_name))
            return
        pages, reason = _open(data)
        del data  # the reader keeps what it needs until the merge
        if not pages:
            doc.paragraph(wording.say(language, f"content.pdf_{reason}", file=exhibit.file_name))
            return
        doc.paragraph(wording.count(language, "content.pdf_pages", len(pages)))
        draw_transcript(doc, exhibit)  # a scan's text, before the pages reserved for it
        name = wording.say(language, "exhibit", n=exhibit.number)
        for number, page in enumerate(pages, start=1):
            self._reserve(doc, page, wording.say(language, "content.pdf_page", exhibit=name,
                                                 page=number, pages=len(pages)))

    def _reserve(self, doc: ReportDocument, page: PageObject, caption: str) -> None:
        box = page.cropbox
        turn = page.rotation % 360 if page.rotation % 90 == 0 else 0
        width, height = float(box.width) / POINTS, float(box.height) / POINTS  # millimetres
        if turn in (90, 270):
            width, height = height, width  # as a viewer shows it
        doc.new_page(caption, orientation="L" if width > height else "P")
        room_w = doc.w - 2 * MARGIN
        room_h = doc.h - FOOTER - 3 - TOP
        scale = min(room_w / width, room_h / height, 1.0)
        shown_w, shown_h = width * scale, height * scale
        x, y = (doc.w - shown_w) / 2, TOP
        doc.set_draw_color(*RULE)
        doc.set_line_width(0.2)
        doc.rect(x, y, shown_w, shown_h)
        matrix = (_upright(page, turn).scale(scale, scale)
                  .translate(x * POINTS, (doc.h - y - shown_h) * POINTS))
        self.placements.append(_Placement(doc.page - 1, page, matrix))


def _upright(page: PageObject, turn: int) -> Transformation:
    """The page's box moved to the origin and turned as its /Rotate says a viewer shows
    it (a reader's page cannot be changed in place, so the turn goes in the matrix)."""
    box = page.cropbox
    width, height = float(box.width), float(box.height)
    shift = {0: (0.0, 0.0), 90: (0.0, width), 180: (width, height), 270: (height, 0.0)}[turn]
    return (Transformation().translate(-float(box.left), -float(box.bottom))
            .rotate(-turn).translate(*shift))


def _open(data: bytes) -> tuple[list[PageObject], str]:
    """The pages of a PDF ready to merge, or ([], "protected" / "damaged")."""
    with quiet():
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                return [], "protected"
            pages = list(reader.pages)
            for page in pages:
                if float(page.cropbox.width) <= 0 or float(page.cropbox.height) <= 0:
                    return [], "damaged"
                contents = page.get_contents()
                if contents is not None:
                    _ = contents.operations  # parsed now, so a broken stream is caught here
            return pages, ("damaged" if not pages else "")
        except Exception:  # noqa: BLE001 - whatever pypdf raises, the PDF is unusable here
            return [], "damaged"


@contextmanager
def quiet() -> Iterator[None]:
    """pypdf warns about what it repairs in a broken file; that is not the user's
    business, and a log must never name evidence."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


@dataclass(frozen=True)
class Metadata:
    title: str
    created: datetime
    language: str


def finish(laid_out: bytes, pages: PdfPages, metadata: Metadata, password: str,
           out: BinaryIO) -> None:
    """Merge the original pages into the laid-out report, encrypt it when asked, and
    write it to ``out``."""
    with quiet():
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(laid_out)))
        for placement in pages.placements:
            _merge(writer, placement)
        pages.placements.clear()
        writer.add_metadata(info(metadata))
        if password:
            writer.encrypt(user_password=password, owner_password=secrets.token_urlsafe(32),
                           algorithm="AES-256")
        writer.write(out)


def _merge(writer: PdfWriter, placement: _Placement) -> None:
    source = placement.source
    if "/Annots" in source:  # links and form fields would land in the wrong place
        del source[NameObject("/Annots")]
    # Read once at layout already; should it still fail, the page keeps its frame, caption
    # and stamps rather than the whole report being lost.
    with suppress(Exception):
        writer.pages[placement.page].merge_transformed_page(source, placement.matrix)


def info(metadata: Metadata) -> dict[str, str]:
    stamp = metadata.created.strftime("D:%Y%m%d%H%M%S")
    offset = metadata.created.strftime("%z")
    stamp += f"{offset[:3]}'{offset[3:]}'" if offset else "Z"
    return {"/Title": metadata.title, "/Producer": "Dossier", "/Creator": "Dossier",
            "/CreationDate": stamp, "/ModDate": stamp}

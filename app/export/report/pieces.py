"""One PDF per exhibit ("pieces/Piece-005.pdf"), for an avocat who files pièces one by
one: each holds the exhibit's header page and its content (attachments included), laid
out by the report's own code, so a pièce reads exactly as the combined report shows it.

A document costs more in fonts than in pages: fpdf2 parses and subsets the four DejaVu
fonts of every document it writes, about half a second, which for 1,000 exhibits would
be minutes. So the exhibits are laid out a batch at a time in one document, each
stamped from 000001 under its own label ("PREFIX-P005-000001", never one of the
report's stamps) and counting its own pages, and pypdf splits the batch into one file
per exhibit. A batch holds at most BATCH exhibits and about BATCH_BYTES of originals,
so memory stays bounded whatever the size of the case.
"""

from __future__ import annotations

import bisect
import io
import secrets
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import BinaryIO

from pypdf import PdfReader, PdfWriter

from app.export import wording
from app.export.errors import Cancelled
from app.export.exhibit import Exhibit
from app.export.plan import Plan
from app.export.report.document import BOTTOM, TOTAL, ReportDocument
from app.export.report.exhibits import Originals, exhibit_pages
from app.export.report.pdf_pages import Metadata, PdfPages, finish, info, quiet

BATCH = 100  # exhibits laid out in one document
BATCH_BYTES = 16 << 20  # bytes of originals in one batch, beyond its first exhibit: for
# 1,000 screenshots, 8 MiB took 38 s and 16 MiB 22 s (fonts), and raised the export's peak
# memory by 30 and 75 MB above the report's own
Opener = Callable[[Exhibit], AbstractContextManager[BinaryIO]]


class PiecesDocument(ReportDocument):
    """Several exhibits in one document, each to become a file of its own."""

    def __init__(self, language: str, prefix: str, running_title: str) -> None:
        self.firsts: list[int] = []  # the first page of each exhibit, ascending
        self.exhibits: list[Exhibit] = []
        super().__init__(language, prefix, running_title)

    def begin(self, exhibit: Exhibit) -> None:
        """The next exhibit starts on the next page (or on this one, still blank)."""
        self.firsts.append(self.page if self.blank_page else self.page + 1)
        self.exhibits.append(exhibit)

    @property
    def running_title(self) -> str:
        """ "Affaire Ombre — Pièce n° 5" on the pages of exhibit 5: each page's own, since
        fpdf2 draws a page's footer only when the next page starts."""
        if not self.firsts:
            return self._case
        number = self.exhibits[self._index(self.page)].number
        return f"{self._case} — {wording.say(self.language, 'exhibit', n=number)}"

    @running_title.setter
    def running_title(self, value: str) -> None:
        self._case = value

    def _index(self, page: int) -> int:
        return max(0, bisect.bisect_right(self.firsts, page) - 1)

    def end(self) -> None:
        """Write "page 2 / 3" on each page of the exhibit just laid out, now its number
        of pages is known."""
        first, last = self.firsts[-1], self.page
        for page in range(first, last + 1):
            with self._on(page):
                super().count_page(page, str(last - first + 1), shown=page - first + 1)

    def stamp(self, page: int) -> str:
        index = self._index(page)
        label = self.exhibits[index].label
        return f"{self.prefix}-{label}-{page - self.firsts[index] + 1:06d}"

    def count_page(self, page: int, total: str, shown: int = 0) -> None:
        if total != TOTAL:  # the document's total means nothing in a pièce: see end()
            super().count_page(page, total, shown)

    def header(self) -> None:
        if self.page not in self.firsts:  # a pièce's first page is its title page
            super().header()

    @contextmanager
    def _on(self, page: int) -> Iterator[None]:
        """Draw on an earlier ``page`` (fpdf2 lets one go back), in its own size."""
        current, width, height = self.page, self.w, self.h
        auto = self.auto_page_break
        width_pt, height_pt = self.pages[page].dimensions()
        self.page, self.w, self.h = page, width_pt / self.k, height_pt / self.k
        self.set_auto_page_break(False)
        try:
            yield
        finally:
            self.page, self.w, self.h = current, width, height
            self.set_auto_page_break(auto, margin=BOTTOM)


def write_pieces(plan: Plan, originals: Originals, open_piece: Opener, *,
                 progress: Callable[[int], None] = lambda done: None,
                 cancelled: Callable[[], bool] = lambda: False) -> None:
    """Every exhibit of ``plan`` as its own PDF, written to ``open_piece(exhibit)``;
    ``progress`` after each exhibit."""
    done = 0
    for batch in _batches(plan.exhibits):
        pages = _laid_out(plan, batch, originals, cancelled)
        for exhibit, numbers in zip(batch, pages.ranges, strict=True):
            if cancelled():
                raise Cancelled()
            with open_piece(exhibit) as out:
                _split(plan, pages.reader, numbers, exhibit, out)
            done += 1
            progress(done)


class _Batch:
    """A batch laid out and merged: its pages, and which of them each exhibit holds."""

    def __init__(self, data: bytes, ranges: list[range]) -> None:
        self.reader = PdfReader(io.BytesIO(data))
        self.ranges = ranges


def _batches(exhibits: tuple[Exhibit, ...]) -> Iterator[list[Exhibit]]:
    batch: list[Exhibit] = []
    size = 0
    for exhibit in exhibits:
        weight = sum(part.item.size for part in exhibit.every())
        if batch and (len(batch) >= BATCH or size + weight > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(exhibit)
        size += weight
    if batch:
        yield batch


def _laid_out(plan: Plan, batch: list[Exhibit], originals: Originals,
              cancelled: Callable[[], bool]) -> _Batch:
    language = plan.options.language
    doc = PiecesDocument(language, plan.options.prefix, plan.case_name)
    pages = PdfPages()
    try:
        for exhibit in batch:
            if cancelled():
                raise Cancelled()
            doc.begin(exhibit)
            for part in exhibit.every():
                exhibit_pages(doc, plan, part, exhibit, originals, pages, communicated=True)
            doc.end()
        laid_out = bytes(doc.output())
    except BaseException:
        doc.release()
        raise
    ends = [*doc.firsts[1:], doc.pages_count + 1]
    ranges = [range(first - 1, end - 1) for first, end in zip(doc.firsts, ends, strict=True)]
    del doc
    if pages.placements:  # the pages of PDF exhibits, merged in
        merged = io.BytesIO()
        finish(laid_out, pages, Metadata("", plan.exported_at, language), "", merged)
        laid_out = merged.getvalue()
    return _Batch(laid_out, ranges)


def _split(plan: Plan, reader: PdfReader, numbers: range, exhibit: Exhibit,
           out: BinaryIO) -> None:
    """The pages of one exhibit as a PDF of its own, titled, locked with the report's
    password when it has one."""
    language = plan.options.language
    name = wording.say(language, "exhibit", n=exhibit.number)
    with quiet():
        writer = PdfWriter()
        for number in numbers:
            writer.add_page(reader.pages[number])
        writer.add_metadata(info(Metadata(f"{plan.case_name} — {name}", plan.exported_at,
                                          language)))
        if plan.options.pdf_password:
            writer.encrypt(user_password=plan.options.pdf_password,
                           owner_password=secrets.token_urlsafe(32), algorithm="AES-256")
        writer.write(out)

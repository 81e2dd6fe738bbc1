"""The report PDF of an export bundle: the cover, the sections the recipient needs, then
every exhibit, each page stamped with its Bates number.

fpdf2 lays the pages out (pure Python; subset TrueType fonts, so French and any Latin,
Greek or Cyrillic text is embedded and selectable; bookmarks; vector charts; AES-256).
pypdf then merges the pages of PDF exhibits into the pages reserved for them, and
encrypts the result when a password is set. Both are well kept and ship wheels
everywhere. Qt's QPdfWriter was the other choice: the core may not import Qt (the CLI
exports without it), and Qt cannot import a PDF's pages either.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO, Self

from fpdf import FPDF, image_parsing
from fpdf.enums import EncryptionMethod
from fpdf.output import OutputProducer

from app.export import options, wording
from app.export.errors import Cancelled
from app.export.exhibit import Exhibit
from app.export.plan import Plan
from app.export.report import charts as report_charts
from app.export.report import sections as report_sections
from app.export.report.cover import cover
from app.export.report.document import ReportDocument
from app.export.report.exhibits import exhibits_section
from app.export.report.pdf_pages import Metadata, PdfPages, finish, info

_WRITERS = {
    options.SUMMARY: report_sections.summary,
    options.CHRONOLOGY: report_sections.chronology,
    options.IDENTIFIERS: report_sections.identifiers_section,
    options.STATISTICS: report_charts.statistics_section,
    options.INDEX: report_sections.index,
    options.LETTER: report_sections.letter_section,
    options.CUSTODY: report_sections.custody,
}
# zlib's fastest level: images are most of a report's bytes, and level 1 compresses a
# screenshot nearly as well as the default, several times faster.
IMAGE_COMPRESSION = 1


@dataclass(frozen=True)
class ReportInfo:
    pages: int


def write_report(plan: Plan, out: BinaryIO, originals: Callable[[Exhibit], bytes | None], *,
                 progress: Callable[[int], None] = lambda done: None,
                 cancelled: Callable[[], bool] = lambda: False) -> ReportInfo:
    """Lay out the report for `plan` and write the PDF to `out`."""
    language = plan.options.language
    metadata = Metadata(f"{plan.case_name} — {wording.say(language, 'report_title')}",
                        plan.exported_at, language)
    doc = ReportDocument(language, plan.options.prefix, metadata.title)
    _describe(doc, metadata)
    chosen = [name for name in options.SECTIONS if name in plan.options.sections
              and (name != options.EXHIBITS or plan.exhibits)]
    titles = {name: report_sections.title(plan, name) for name in chosen}
    pages = PdfPages()
    try:
        with _fast_images():
            cover(doc, plan, [titles[name] for name in chosen])
            for name in chosen:
                if cancelled():
                    raise Cancelled()
                if name == options.EXHIBITS:
                    exhibits_section(doc, plan, titles[name], originals, pages, progress,
                                     cancelled)
                else:
                    _section(doc, plan, name, titles[name])
            if pages.placements:
                laid_out = bytes(doc.output())  # pypdf's reader shares it, not copies it
            else:
                if plan.options.pdf_password:
                    _encrypt(doc, plan.options.pdf_password)
                doc.output(output_producer_class=_streaming_to(out))
    except BaseException:
        doc.release()
        raise
    count = doc.pages_count
    if pages.placements:
        del doc  # its images and pages: the merge below needs only the bytes
        finish(laid_out, pages, metadata, plan.options.pdf_password, out)
    return ReportInfo(count)


class _Sink:
    """What fpdf2 appends the PDF to, written straight to the bundle instead of kept: the
    output producer only ever appends to its buffer and asks its length (for the offsets
    of the cross-reference table), so a report of 1,000 pictures is not held twice. The
    file identifier fpdf2 would hash from the whole buffer is hashed on the way."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.length = 0
        self.digest = hashlib.md5(usedforsecurity=False)  # what fpdf2 uses for /ID

    def __iadd__(self, data: bytes | bytearray) -> Self:
        self.out.write(data)
        self.digest.update(data)
        self.length += len(data)
        return self

    def __len__(self) -> int:
        return self.length

    def file_id(self) -> str:
        identifier = self.digest.hexdigest().upper()
        return f"<{identifier}><{identifier}>"


def _streaming_to(out: BinaryIO) -> type[OutputProducer]:
    class Streaming(OutputProducer):
        def __init__(self, fpdf: FPDF) -> None:
            super().__init__(fpdf)
            sink = _Sink(out)
            self.buffer = sink  # type: ignore[assignment]
            if fpdf._security_handler is None:  # encrypted: fpdf2 made its own /ID
                fpdf.file_id = sink.file_id  # type: ignore[method-assign]
    return Streaming


def _section(doc: ReportDocument, plan: Plan, name: str, title: str) -> None:
    doc.new_page(title)
    doc.start_section(title, level=0)
    doc.heading(title)
    _WRITERS[name](doc, plan)


def _describe(doc: ReportDocument, metadata: Metadata) -> None:
    """Title, producer, creator and date; nothing else (no author, no file path)."""
    fields = info(metadata)
    doc.set_title(fields["/Title"])
    doc.set_producer(fields["/Producer"])
    doc.set_creator(fields["/Creator"])
    doc.set_creation_date(metadata.created)
    doc.set_lang(metadata.language)


def _encrypt(doc: ReportDocument, password: str) -> None:
    """AES-256 (revision 6) as fpdf2 writes the file: without PDF pages to merge, no
    second pass (and no second copy of a report of 1,000 screenshots in memory). The
    title is encrypted too: it names the case. The owner password is random: nobody
    needs it, and a known one would let anyone lift the restrictions."""
    doc.set_encryption(owner_password=secrets.token_urlsafe(32), user_password=password,
                       encryption_method=EncryptionMethod.AES_256, encrypt_metadata=True)


@contextmanager
def _fast_images() -> Iterator[None]:
    settings = image_parsing.SETTINGS
    before = settings.compression_level
    settings.compression_level = IMAGE_COMPRESSION
    try:
        yield
    finally:
        settings.compression_level = before

"""The notice to a platform (``app/export/notice.py``) as a PDF, in the report's fonts and
page stamps, so what a platform's staff print matches the report beside it."""

from __future__ import annotations

from typing import BinaryIO

from app.export.plan import Plan
from app.export.report.build import describe
from app.export.report.document import ACCENT, MUTED, WARN, ReportDocument
from app.export.report.pdf_pages import Metadata

# (style, text); style in "title", "subtitle", "heading", "paragraph", "item", "detail",
# "missing" (something she must complete before sending), "signature", "note".
Block = tuple[str, str]
INDENT = 6.0  # millimetres: an item's details under its line


def write_pdf(plan: Plan, blocks: list[Block], title: str, out: BinaryIO) -> None:
    """Lay out ``blocks`` on A4 pages stamped "PREFIX-DSA-000001" and write them to
    ``out``; the PDF's metadata hold its title and date, nothing else."""
    doc = ReportDocument(plan.options.language, f"{plan.options.prefix}-DSA", title)
    describe(doc, Metadata(title, plan.exported_at, plan.options.language))
    doc.add_page()
    for style, text in blocks:
        _draw(doc, style, text)
    out.write(bytes(doc.output()))


def _draw(doc: ReportDocument, style: str, text: str) -> None:
    if style == "title":
        doc.heading(text, size=16)
    elif style == "subtitle":
        doc.paragraph(text, size=9.5, style="I", color=ACCENT)
        doc.ln(2)
    elif style == "heading":
        doc.ln(2)
        doc.subtitle(text)
    elif style == "item":
        doc.ln(1)
        doc.paragraph(text, size=10, style="B")
    elif style == "detail":
        doc.paragraph(text, size=9.5, indent=INDENT)
    elif style == "missing":
        doc.paragraph(text, size=9.5, style="B", indent=INDENT, color=WARN)
    elif style == "note":
        doc.paragraph(text, size=8.5, style="I", color=MUTED)
    elif style == "signature":
        doc.ln(4)
        doc.paragraph(text, size=10)
        doc.ln(4)
    else:
        doc.paragraph(text, size=10)
        doc.ln(1)

"""The recovery sheet as one printable A4 page (PDF), for the window's "Recovery key".

The same words as the text sheet (``app.vault.recovery_sheet``), the key large, in a
monospaced font that tells 0 from O, in a box to cut out. The file is written owner-only,
whole or not at all.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from app.common import errors
from app.export.report.document import font_file
from app.vault import plain_files
from app.vault.recovery_sheet import Sheet

_SANS, _MONO = "DejaVu", "DejaVuMono"
_MARGIN = 22.0  # mm


def write_pdf(sheet: Sheet, destination: Path) -> None:
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creator("")
    pdf.set_producer("")  # nothing in the file names the program that made it
    pdf.add_font(_SANS, "", font_file("DejaVuSans.ttf"))
    pdf.add_font(_SANS, "B", font_file("DejaVuSans-Bold.ttf"))
    pdf.add_font(_MONO, "", font_file("DejaVuSansMono.ttf"))
    pdf.set_margins(_MARGIN, _MARGIN, _MARGIN)
    pdf.set_auto_page_break(True, margin=_MARGIN)
    pdf.add_page()
    width = pdf.w - 2 * _MARGIN
    pdf.set_font(_SANS, "B", 18)
    pdf.multi_cell(width, 9, sheet.title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(_SANS, "", 10.5)
    for fact in sheet.facts:
        pdf.multi_cell(width, 6, fact, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    _key_box(pdf, sheet.key, width)
    pdf.ln(10)
    pdf.set_font(_SANS, "", 11)
    for number, paragraph in enumerate(sheet.paragraphs):
        pdf.set_font(_SANS, "B" if number == 1 else "", 11)  # who holds it can open it
        pdf.multi_cell(width, 6.2, paragraph, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3.5)
    with errors.os_errors():
        plain_files.write_whole(Path(destination), bytes(pdf.output()), durable=True)


def _key_box(pdf: FPDF, key: str, width: float) -> None:
    pdf.set_font(_MONO, "", 20)
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.5)
    pdf.set_dash_pattern(dash=2, gap=1.5)
    top = pdf.get_y()
    pdf.rect(pdf.l_margin, top, width, 24)
    pdf.set_dash_pattern()
    pdf.set_xy(pdf.l_margin, top + 7)
    pdf.cell(width, 10, key, align="C")
    pdf.set_y(top + 24)

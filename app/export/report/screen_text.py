"""A screenshot's text in the report (issue #15 §1): its transcript under the picture, said
to be read automatically, and an invisible copy of each line over the picture itself, so
that the report PDF can be searched and its words selected where the picture shows them.

The text comes from the OCR reading stored in the vault (``app/case/transcripts.py``); the
report names the engine and the day it read, and says the picture is what counts.
"""

from __future__ import annotations

from datetime import datetime

from fpdf.enums import TextMode

from app.export import corroboration_words, wording
from app.export.exhibit import Exhibit
from app.export.report.document import SANS, ReportDocument
from app.importing.formats.transcript import Line

# A line's letters fill about this much of its box's height (the rest is the box's margin).
LETTER_HEIGHT = 0.7
PT_PER_MM = 72 / 25.4
STRETCH_RANGE = (10.0, 1000.0)  # percent: fpdf2 refuses what is not positive


def draw_transcript(doc: ReportDocument, exhibit: Exhibit) -> None:
    """The text read in the picture, under it, with how it was read."""
    read = exhibit.screen_text
    if read is None or not read.lines:
        return
    language = doc.language
    doc.subtitle(wording.say(language, "content.screen_text"), size=10)
    when = datetime.fromisoformat(exhibit.screen_text_read_at)
    doc.note(wording.say(language, "content.screen_text_how", engine=read.engine,
                         when=wording.day(language, when.date())))
    pages = sorted({line.page for line in read.lines})
    for page in pages:
        doc.ln(1)
        if len(pages) > 1:  # a scan: which page each part was read on
            doc.paragraph(wording.say(language, "content.screen_text_page", page=page + 1),
                          size=9, style="B")
        doc.paragraph(doc.clean("\n".join(line.text for line in read.lines
                                          if line.page == page)), size=9.5)
    draw_corroborations(doc, exhibit)


def draw_corroborations(doc: ReportDocument, exhibit: Exhibit) -> None:
    """The messages of the platforms' exports that show the same text, one sentence each."""
    if not exhibit.corroborations:
        return
    doc.ln(2)
    doc.subtitle(corroboration_words.say(doc.language, "title"), size=10)
    for found in exhibit.corroborations:
        doc.paragraph(corroboration_words.sentence(doc.language, found), size=9.5)
        doc.ln(1)


def text_layer(doc: ReportDocument, exhibit: Exhibit, x: float, y: float, w: float,
               h: float) -> None:
    """Each line read, invisible, over where the picture drawn at (x, y, w, h) shows it."""
    read = exhibit.screen_text
    if read is None or not read.lines or read.width <= 0 or read.height <= 0:
        return
    across, down = w / read.width, h / read.height
    with doc.local_context(text_mode=TextMode.INVISIBLE):
        for line in read.lines:
            _place(doc, line, x, y, across, down)
    doc.set_stretching(100)


def _place(doc: ReportDocument, line: Line, x: float, y: float, across: float,
           down: float) -> None:
    xs, ys = [corner[0] for corner in line.box], [corner[1] for corner in line.box]
    left, top = x + min(xs) * across, y + min(ys) * down
    width, height = (max(xs) - min(xs)) * across, (max(ys) - min(ys)) * down
    text = doc.clean(" ".join(line.text.split()))
    if not text or width <= 0 or height <= 0:
        return
    doc.set_font(SANS, "", max(1.0, height * LETTER_HEIGHT * PT_PER_MM))
    doc.set_stretching(100)
    natural = doc.get_string_width(text)
    if natural > 0:
        doc.set_stretching(min(max(width / natural * 100, STRETCH_RANGE[0]), STRETCH_RANGE[1]))
    doc.text(left, top + height * (0.5 + LETTER_HEIGHT / 2.8), text)

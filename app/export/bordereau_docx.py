"""Bordereau.docx: the "bordereau de communication de pièces" an avocat edits and files,
beside the PDF one in the report.

Its caption (the court, the RG number, for whom, against whom) is the case's, as she
kept it (app/case/caption.py); each part is optional, and a part left out is not
printed. Below, one row per exhibit of the bundle, attachments under their exhibit:
the number the PDF gives it, what it is (app/export/exhibit_words.py, the same words as
the report's index), its date and its SHA-256, so the avocat's copy and the bundle
can be checked against each other.
"""

from __future__ import annotations

from typing import BinaryIO

import docx
from docx.document import Document as WordDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from app.export import exhibit_words, word_files, wording
from app.export.plan import Plan
from app.export.report import facts as report_facts

FILE_NAME = "Bordereau.docx"  # one name in both languages: the avocat's word for it

# key: (French, English); {_N} is French's no-break space before ":".
WORDS: dict[str, tuple[str, str]] = {
    "title": ("BORDEREAU DE COMMUNICATION DE PIÈCES", "LIST OF EXHIBITS COMMUNICATED"),
    "jurisdiction": ("Juridiction{_N}: {value}", "Court: {value}"),
    "rg": ("RG n°{_N}{value}", "Docket (RG) no. {value}"),
    "for": ("Pour{_N}: {value}", "For: {value}"),
    "against": ("Contre{_N}: {value}", "Against: {value}"),
    "intro": ("Pièces communiquées le {day}{_N}:", "Exhibits communicated on {day}:"),
    "col.description": ("Désignation de la pièce", "Description"),
    "col.sha256": ("Empreinte SHA-256", "SHA-256 hash"),
    "resent": ("déjà communiquée le {day}", "already communicated on {day}"),
    "hash_note": (
        ("L'empreinte SHA-256 de chaque pièce est celle de son fichier original dans le "
         "dossier originals/ de l'envoi{_N}: un seul octet changé en donnerait une autre."),
        ("Each exhibit's SHA-256 hash is that of its original file in the bundle's "
         "originals/ folder: a single changed byte would give another.")),
}
# Column widths in centimetres; 16 cm between 2.5 cm margins.
_WIDTHS = (1.4, 7.2, 3.0, 4.4)


def write_docx(plan: Plan, out: BinaryIO) -> None:
    """The bordereau for ``plan``, in its language, as an editable .docx."""
    language = plan.options.language
    document = docx.Document()
    word_files.page(document, language, margin=2.5)
    _title(document, say(language, "title"))
    _caption(document, plan)
    _paragraph(document, say(language, "intro", day=wording.day(
        language, plan.exported_at.date())), space_before=12)
    _table(document, plan)
    _paragraph(document, say(language, "hash_note"), size=9, space_before=6)
    word_files.properties(document, language, say(language, "title").capitalize(),
                          _subject(plan), _author(plan), plan.exported_at)
    document.save(out)


def say(language: str, key: str, **values: object) -> str:
    return wording.say_from(WORDS, language, key, **values)


def _subject(plan: Plan) -> str:
    rg = plan.options.caption.rg.strip()
    return say(plan.options.language, "rg", value=rg) if rg else ""


def _author(plan: Plan) -> str:
    return plan.options.filer.name.strip() if plan.options.include_personal else ""


def _title(document: WordDocument, text: str) -> None:
    paragraph = _paragraph(document, text, size=14, bold=True)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = Pt(18)


def _caption(document: WordDocument, plan: Plan) -> None:
    caption = plan.options.caption
    language = plan.options.language
    for key, value in (("jurisdiction", caption.jurisdiction), ("rg", caption.rg),
                       ("for", caption.for_party), ("against", caption.against)):
        if value.strip():
            _paragraph(document, say(language, key, value=value.strip()), bold=key != "rg")


def _table(document: WordDocument, plan: Plan) -> None:
    language = plan.options.language
    headers = [wording.say(language, "col.number"), say(language, "col.description"),
               wording.say(language, "col.date"), say(language, "col.sha256")]
    rows = [headers]
    for exhibit in plan.exhibits:
        for part in exhibit.every():
            notes = [wording.say(language, "index.attachment", n=exhibit.number)] \
                if part is not exhibit else []
            earlier = report_facts.local(plan, part.first_communicated)
            if earlier:  # resent under its number: the avocat need not file it again
                notes.append(say(language, "resent", day=wording.day(language, earlier.date())))
            description = exhibit_words.describe(plan, part) + "".join(
                f" ({note})" for note in notes)
            rows.append([part.number, description, report_facts.captured(plan, part),
                         part.item.sha256])
    table = document.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    # Row by row: python-docx's table.cell() walks the whole table at each call, which
    # for 1,000 exhibits took minutes.
    for row_index, values in enumerate(rows):
        for column, (cell, value) in enumerate(zip(table.add_row().cells, values,
                                                    strict=True)):
            _cell(cell, column, value, header=row_index == 0)
    _repeat_header(table)


def _cell(cell: _Cell, column: int, value: str, header: bool) -> None:
    cell.width = Cm(_WIDTHS[column])
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(word_files.xml_safe(value))
    run.bold = header
    run.font.size = Pt(10)
    if column == 3 and not header:  # a hash is read character by character
        run.font.name = "Courier New"
        run.font.size = Pt(7.5)


def _repeat_header(table: Table) -> None:
    """The column titles again at the top of every page of a long bordereau."""
    properties = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    properties.append(repeat)


def _paragraph(document: WordDocument, text: str, size: float = 12, bold: bool = False,
               space_before: float = 0) -> Paragraph:
    paragraph = document.add_paragraph()
    run = paragraph.add_run(word_files.xml_safe(text))
    run.bold = bold
    run.font.size = Pt(size)
    paragraph.paragraph_format.space_before = Pt(space_before)
    return paragraph

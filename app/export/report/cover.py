"""The report's cover: what the case is, for whom, when, how many exhibits and pages, the
fingerprint of the exhibits, who files it, and the contents with their page stamps."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from fpdf import FPDF
from fpdf.outline import OutlineSection

from app.export import wording
from app.export.plan import Plan
from app.export.report.document import ACCENT, INK, MUTED, RULE, SANS, TOTAL, ReportDocument

CONTENTS_TOP = 200.0  # millimetres: the contents sit low on the cover when there is room
CONTENTS_HEADING, CONTENTS_ROW = 16.0, 6.5


def cover(doc: ReportDocument, plan: Plan, sections: list[str]) -> None:
    """Draw the cover on page 1; the contents (``sections``, their titles) are filled in
    when the document closes, with their pages."""
    language = plan.options.language
    doc.add_page()
    doc.set_y(34)
    doc.set_font(SANS, "B", 10)
    doc.set_text_color(*ACCENT)
    doc.cell(0, 5, wording.say(language, "report_title").upper())
    doc.set_y(42)
    doc.heading(plan.case_name, size=22)
    doc.ln(2)
    doc.fields(_facts(plan), label_width=52, size=10)
    _note(doc, wording.say(language, "fingerprint_note"), indent=52)
    doc.ln(1)
    _note(doc, wording.say(language, "verify_note", example=doc.stamp(1)), indent=52)
    _filer(doc, plan)
    if not sections:
        return
    doc.set_y(max(doc.get_y() + 8, CONTENTS_TOP))
    if doc.space_left() < CONTENTS_HEADING + CONTENTS_ROW * len(sections):
        doc.add_page()
    doc.running_right = sections[0]
    doc.insert_toc_placeholder(_contents(language))
    doc.blank_page = True  # the placeholder turned the page: the first section starts there


def _facts(plan: Plan) -> list[tuple[str, str, bool]]:
    language = plan.options.language
    say = partial(wording.say, language)
    attachments = sum(len(exhibit.attachments) for exhibit in plan.exhibits)
    counted = wording.count(language, "count.exhibits", len(plan.exhibits))
    if attachments:
        counted += wording.count(language, "count.attachments", attachments)
    fingerprint = plan.evidence_fingerprint
    return [
        (say("recipient"), say(f"recipient.{plan.options.recipient}"), False),
        (say("exported_on"), wording.moment(language, plan.exported_at), False),
        (say("exhibits"), counted, False),
        (say("pages"), TOTAL, False),
        (say("fingerprint"), f"{fingerprint[:32]}\n{fingerprint[32:]}", True),
    ]


def _note(doc: ReportDocument, text: str, indent: float) -> None:
    doc.paragraph(text, size=8.5, style="I", indent=indent, color=MUTED)


def _filer(doc: ReportDocument, plan: Plan) -> None:
    filer = plan.options.filer
    if not plan.options.include_personal or filer.is_empty():
        return
    language = plan.options.language
    doc.ln(4)
    doc.subtitle(wording.say(language, "filed_by"))
    doc.fields([(wording.say(language, "filer.name"), filer.name.strip(), False),
                (wording.say(language, "filer.contact"), filer.contact.strip(), False),
                (wording.say(language, "filer.address"), filer.address.strip(), False)],
               label_width=52, size=10)


def _contents(language: str) -> Callable[[FPDF, list[OutlineSection]], None]:
    def render(pdf: FPDF, outline: list[OutlineSection]) -> None:
        assert isinstance(pdf, ReportDocument)
        pdf.subtitle(wording.say(language, "contents"))
        width = pdf.body_width()
        for section in (s for s in outline if s.level == 0):
            y = pdf.get_y()
            pdf.set_font(SANS, size=10)
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(width - 60, CONTENTS_ROW - 0.5, pdf.fit(section.name, width - 62))
            pdf.set_text_color(*MUTED)
            pdf.set_font(SANS, size=9)
            pdf.cell(60, CONTENTS_ROW - 0.5,
                     f"p. {section.page_number} · {pdf.stamp(section.page_number)}", align="R")
            pdf.set_text_color(*INK)
            pdf.set_draw_color(*RULE)
            pdf.line(pdf.l_margin, y + CONTENTS_ROW - 0.5, pdf.l_margin + width,
                     y + CONTENTS_ROW - 0.5)
            pdf.set_y(y + CONTENTS_ROW)
    return render

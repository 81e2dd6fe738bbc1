"""The exhibits: each from a new page, with a header saying what it is, when it was
captured and how we know, its hash and key metadata; then its content, by kind.

Attachments follow their e-mail, numbered under it ("Pièce n° 12-1").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from app.export import exhibit_words, wording
from app.export.errors import Cancelled
from app.export.exhibit import Exhibit
from app.export.names import piece_name
from app.export.plan import Plan
from app.export.report import facts as report_facts
from app.export.report.document import ACCENT, INK, SANS, ReportDocument
from app.export.report.images import draw_image
from app.export.report.messages import draw_chat, draw_email, draw_media, draw_text
from app.export.report.pdf_pages import PdfPages
from app.importing.formats import base

Originals = Callable[[Exhibit], bytes | None]
OUTLINE_LENGTH = 90  # characters of a bookmark
_FLAGS = (base.DAMAGED, base.UNREADABLE, base.PASSWORD_PROTECTED, base.EMPTY)


def exhibits_section(doc: ReportDocument, plan: Plan, section_title: str, originals: Originals,
                     pages: PdfPages, progress: Callable[[int], None],
                     cancelled: Callable[[], bool]) -> None:
    """Every exhibit and attachment, in index order; ``progress`` after each."""
    done = 0
    for exhibit in plan.exhibits:
        for part in exhibit.every():
            if cancelled():
                raise Cancelled()
            exhibit_pages(doc, plan, part, exhibit, originals, pages,
                          section_title if done == 0 else "")
            done += 1
            progress(done)


def exhibit_pages(doc: ReportDocument, plan: Plan, part: Exhibit, parent: Exhibit,
                  originals: Originals, pages: PdfPages, section_title: str = "",
                  communicated: bool = False) -> None:
    """One exhibit (or attachment of ``parent``) from a new page: its header, then its
    content. A ``communicated`` one (an avocat's pièce, for the other side) shows a
    photo's copy without location, and its header says so without the coordinates."""
    _header(doc, plan, part, parent, section_title, communicated)
    _content(doc, plan, part, originals, pages)


def _header(doc: ReportDocument, plan: Plan, exhibit: Exhibit, parent: Exhibit,
            section_title: str, communicated: bool) -> None:
    language = plan.options.language
    name = wording.say(language, "exhibit", n=exhibit.number)
    doc.new_page(name)
    if section_title:
        doc.start_section(section_title, level=0)
    title = exhibit_words.describe(plan, exhibit)
    outline = f"{name} — {title}"
    doc.start_section(doc.clean(_cut(outline, OUTLINE_LENGTH)),
                      level=1 if exhibit is parent else 2)
    _name_line(doc, name)
    if exhibit is not parent:
        doc.note(wording.say(language, "attachment_of", n=parent.number), size=9)
    doc.paragraph(title, size=12, style="B")
    doc.ln(2)
    doc.fields(_facts(plan, exhibit), label_width=32, size=8.8)
    _warnings(doc, plan, exhibit, piece_name(parent.label), communicated)
    doc.rule(4)


def _name_line(doc: ReportDocument, name: str) -> None:
    """ "Pièce n° 12" large: the one numbering the reader sees (its file's "P012" is in
    the bundle file's name, below)."""
    y = doc.get_y()
    doc.set_font(SANS, "B", 18)
    doc.set_text_color(*ACCENT)
    doc.cell(doc.body_width(), 9, name)
    doc.set_text_color(*INK)
    doc.set_xy(doc.l_margin, y + 10)


def _facts(plan: Plan, exhibit: Exhibit) -> list[tuple[str, str, bool]]:
    language = plan.options.language
    say = partial(wording.say, language)
    item = exhibit.item
    rows = [
        (say("field.date"), say("field.date_value", when=report_facts.captured(
            plan, exhibit, offset=True), source=report_facts.source(plan, exhibit)), False),
        (say("field.kind"), report_facts.kind(plan, exhibit), False),
        (say("field.original_name"), item.original_name, False),
        (say("field.bundle_file"), exhibit.bundle_file, False),
        (say("field.sha256"), item.sha256, True),
        (say("field.size"), wording.size(language, item.size), False),
        (say("field.platform"), item.platform, False),
        (say("field.url"), report_facts.url(exhibit), False),
        (say("field.accounts"), ", ".join(exhibit.accounts), False),
        (say("field.origin_ip"), ", ".join(report_facts.origin_ips(exhibit)), False),
        (say("field.tags"), ", ".join(exhibit.tags), False),
        (say("field.incidents"), say("field.incident_numbers", numbers=", ".join(
            str(n) for n in exhibit.incidents)) if exhibit.incidents else "", False),
        (say("field.description"), item.description.strip(), False),
    ]
    if exhibit.attachments:
        rows.append((say("field.attachments"), "\n".join(
            f"{say('exhibit', n=part.number)} — {part.item.original_name}"
            for part in exhibit.attachments), False))
    return rows


def _warnings(doc: ReportDocument, plan: Plan, exhibit: Exhibit, piece: str,
              communicated: bool) -> None:
    """What the reader must know before the content; ``piece`` is the avocat's PDF that
    shows it."""
    language = plan.options.language
    conflict = report_facts.conflict_sentence(plan, exhibit)
    if conflict:
        doc.warning(f"{wording.say(language, 'field.date_conflict')}. {conflict}", size=9)
    flags = set(exhibit.item.flags)
    copy = exhibit.location_free
    if copy is not None:
        said = ("gps.piece" if communicated else
                "gps.withheld" if copy.replaces_original else "gps.copy")
        doc.warning(wording.say(language, said, file=copy.file_name, sha256=copy.sha256,
                                piece=piece))
    if exhibit.withheld:
        doc.warning(withheld_sentence(language, exhibit))
    if base.GPS in flags and not (plan.options.for_platform or communicated):
        doc.warning(wording.say(language, "gps", lat=exhibit.meta("gps.latitude") or "?",
                                lon=exhibit.meta("gps.longitude") or "?"))
    for flag in _FLAGS:
        if flag in flags:
            doc.warning(wording.say(language, f"flag.{flag}"), size=9)


def withheld_sentence(language: str, exhibit: Exhibit) -> str:
    """That the original of ``exhibit`` stays in the vault, with its hash and size."""
    return wording.say(language, f"withheld.{exhibit.withheld}", sha256=exhibit.item.sha256,
                       size=wording.size(language, exhibit.item.size))


def _content(doc: ReportDocument, plan: Plan, exhibit: Exhibit, originals: Originals,
             pages: PdfPages) -> None:
    kind = exhibit.item.kind
    if kind == "image":
        draw_image(doc, plan, exhibit, originals)
    elif kind == "pdf":
        pages.draw(doc, plan, exhibit, originals)
    elif kind == "email":
        draw_email(doc, plan, exhibit)
    elif kind == "chat":
        draw_chat(doc, plan, exhibit)
    elif kind in ("text", "web", "message"):
        draw_text(doc, plan, exhibit)
    else:
        draw_media(doc, plan, exhibit)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"

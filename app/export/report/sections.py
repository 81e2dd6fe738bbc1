"""The report's text and table sections: summary, chronology, identifiers, exhibit index
(the "bordereau"), the letter to the procureur and the custody log.

Each function draws its section from the current position; report.py opens the page,
the bookmark and the title.
"""

from __future__ import annotations

from functools import partial

from app.export import acts, corroboration_words, exhibit_words, letter, numbering, options, wording
from app.export.exhibit import Exhibit
from app.export.plan import Plan
from app.export.report import facts as report_facts
from app.export.report import identifier_table
from app.export.report.document import MUTED, SANS, ReportDocument
from app.export.report.table import Cell, Column, table

MAX_INDEX_TEXT = 400  # characters of a title or description in a table cell
EXCERPT = 120  # characters of a message's text standing for its description


def title(plan: Plan, section: str) -> str:
    """The section's title as the report prints it and bookmarks it."""
    language, recipient = plan.options.language, plan.options.recipient
    if section == options.SUMMARY and recipient == options.POLICE:
        return wording.say(language, "section.summary.police")
    if section == options.INDEX and plan.earlier:
        return wording.say(language, "section.index.complement")
    if section == options.INDEX and recipient == options.LAWYER:
        return wording.say(language, "section.index.lawyer")
    return wording.say(language, f"section.{section}")


def summary(doc: ReportDocument, plan: Plan) -> None:
    text = plan.options.summary.strip()
    if not text:
        doc.note(wording.say(plan.options.language, "summary.empty"))
        return
    doc.paragraph(text, size=10.5)


def chronology(doc: ReportDocument, plan: Plan) -> None:
    language = plan.options.language
    if not plan.chronology:
        _chronology_of_acts(doc, plan)
        return
    doc.note(wording.say(language, "chronology.intro"))
    doc.ln(2)
    say = partial(wording.say, language)
    columns = [Column(say("col.number"), 9), Column(say("col.date"), 30),
               Column(say("col.platform"), 23), Column(say("col.accounts"), 32),
               Column(say("col.what"), 52), Column(say("col.exhibits"), 28)]
    rows: list[list[Cell]] = []
    for entry in plan.chronology:
        incident = entry.incident
        what: list[tuple[str, str]] = [("B", incident.title.strip() or "…")]
        if incident.description.strip():
            what.append(("", incident.description.strip()))
        if incident.severity:
            what.append(("I", wording.say(language, "severity", level=incident.severity)))
        rows.append([str(entry.number), report_facts.incident_when(plan, incident),
                     incident.platform, "\n".join(entry.accounts), what,
                     report_facts.refs(plan, entry.exhibits)])
    table(doc, columns, rows)


def _chronology_of_acts(doc: ReportDocument, plan: Plan) -> None:
    """No incident described: the acts the exhibits show, grouped by day, the day printed
    on its first row only."""
    language = plan.options.language
    days = acts.by_day(acts.acts(plan))
    if not days:
        doc.note(wording.say(language, "chronology.none"))
        return
    doc.note(wording.say(language, "chronology.from_items"))
    doc.ln(2)
    say = partial(wording.say, language)
    columns = [Column(say("col.date"), 30), Column(say("col.platform"), 25),
               Column(say("col.author"), 37), Column(say("col.said"), 62),
               Column(say("col.exhibits"), 20)]
    rows: list[list[Cell]] = []
    for day, found in days:
        for index, act in enumerate(found):
            when = wording.clock(act.moment)
            if index == 0:
                when = f"{wording.short_day(language, day)}\n{when}"
            said: Cell = [("I" if act.quoted else "", act.what)] if act.what else ""
            number = report_facts.refs(plan, (act.label,))  # the one numbering shown
            rows.append([when, act.channel, act.author, said, number])
    table(doc, columns, rows)


def identifiers_section(doc: ReportDocument, plan: Plan) -> None:
    identifier_table.section(doc, plan)


CONFLICT_MARK = "*"


def index(doc: ReportDocument, plan: Plan) -> None:
    """The bordereau, then which screenshots the platforms' own exports corroborate."""
    _bordereau(doc, plan)
    _corroborations(doc, plan)


def _corroborations(doc: ReportDocument, plan: Plan) -> None:
    found = plan.corroborations()
    if not found:
        return
    language = plan.options.language
    doc.ln(4)
    doc.subtitle(corroboration_words.say(language, "title"))
    doc.note(corroboration_words.intro(language), size=8.5)
    doc.ln(1)
    for corroborated in found:
        doc.paragraph(corroboration_words.sentence(language, corroborated), size=9.5)
        doc.ln(1)


def _bordereau(doc: ReportDocument, plan: Plan) -> None:
    """The exhibits new in this communication; after an earlier export, a bordereau
    complémentaire that states what was communicated before."""
    language = plan.options.language
    doc.note(wording.say(language, "index.intro"))
    withheld = [part.number for part in plan.all_exhibits() if part.withheld]
    if withheld:  # the intro's "each original is in originals/" is not true of these
        doc.note(wording.say(language, "index.withheld", numbers=", ".join(withheld)))
    doc.ln(2)
    if plan.earlier:
        _earlier(doc, plan)
    listed = plan.new_exhibits
    if not listed:
        doc.paragraph(wording.say(language, "index.no_new" if plan.exhibits else "index.none"))
        return
    say = partial(wording.say, language)
    columns = [Column(say("col.number"), 13, size=7.5), Column(say("col.description"), 52, 7.5),
               Column(say("col.date_source"), 38, 7.5), Column(say("col.origin"), 43, 7.5),
               Column(say("col.sha256"), 28, size=7.5, mono=True)]
    table(doc, columns, (_index_row(plan, part, exhibit) for exhibit in listed
                         for part in exhibit.every()))
    if any(part.date_conflicts for exhibit in listed for part in exhibit.every()):
        doc.note(say("index.conflict_note", mark=CONFLICT_MARK), size=8)


def _earlier(doc: ReportDocument, plan: Plan) -> None:
    """ "Pièces n° 1 à 12 communiquées le 6 novembre 2026.", one line per earlier export,
    and which of them this bundle reproduces again."""
    language = plan.options.language
    for communication in plan.earlier:
        at = report_facts.local(plan, communication.at)
        day = wording.day(language, at.date()) if at else communication.at
        key = "index.earlier.one" if len(communication.numbers) == 1 else "index.earlier.many"
        doc.paragraph(wording.say(language, key, day=day,
                                  numbers=_ranges(language, communication.numbers)), size=9.5)
    doc.note(wording.say(language, "index.complement"), size=8.5)
    again = [int(e.number) for e in plan.exhibits if e.first_communicated]
    if again:
        doc.note(wording.say(language, "index.resent", numbers=_ranges(language, again)),
                 size=8.5)
    doc.ln(2)


def _ranges(language: str, numbers: tuple[int, ...] | list[int]) -> str:
    """ "1 à 12 et 15" / "1 to 12 and 15"."""
    return wording.listed(language, [
        str(first) if first == last else
        wording.say(language, "range", first=first, last=last)
        for first, last in numbering.ranges(numbers)])


def _index_row(plan: Plan, part: Exhibit, parent: Exhibit) -> list[Cell]:
    language = plan.options.language
    description: list[tuple[str, str]] = [("B", _short(exhibit_words.describe(plan, part)))]
    if part.item.description.strip():
        description.append(("", _short(part.item.description)))
    elif part.item.kind == "message" and part.text.strip():
        description.append(("", _short(part.text, EXCERPT)))
    if part is not parent:
        description.append(("I", wording.say(language, "index.attachment", n=parent.number)))
    mark = f" {CONFLICT_MARK}" if part.date_conflicts else ""
    when = [("", report_facts.captured(plan, part, offset=True) + mark),
            ("I", f"({report_facts.source(plan, part)})")]
    sha = part.item.sha256
    return [[("B", part.number)], description, when,
            "\n".join(_short(line, 160) for line in report_facts.origin_lines(part)),
            "\n".join(sha[i:i + 16] for i in range(0, len(sha), 16))]


def _short(text: str, limit: int = MAX_INDEX_TEXT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def custody(doc: ReportDocument, plan: Plan) -> None:
    language = plan.options.language
    doc.note(wording.say(language, "custody.intro"))
    doc.ln(2)
    if not plan.custody:
        doc.paragraph(wording.say(language, "custody.none"))
        return
    say = partial(wording.say, language)
    columns = [Column(say("col.date"), 46, 7.5), Column(say("col.action"), 40, 7.5),
               Column(say("col.item"), 58, 7.5), Column(say("col.hash_prefix"), 30, 7.5, True)]
    names = _custody_names(plan)
    rows = []
    for entry in plan.custody:
        moment = report_facts.local(plan, entry.at)
        rows.append([wording.moment(language, moment, seconds=True) if moment else entry.at,
                     _action(language, entry.action, entry.details),
                     names.get(entry.item_id or 0, ""),
                     f"{entry.sha256[:16]}…" if entry.sha256 else ""])
    table(doc, columns, rows)


def _action(language: str, action: str, details: dict[str, object]) -> str:
    """ "liée à un incident", "titre modifié": the action in words, never a field's
    internal name."""
    key = f"action.{action}"
    words = wording.say(language, key) if key in wording.WORDS else action
    target = f"link.{details.get('to', '')}"
    if action in ("linked", "unlinked") and target in wording.WORDS:
        return f"{words} {wording.say(language, target)}"
    edited = f"edited.{details.get('field', '')}"
    if action == "edited" and edited in wording.WORDS:
        return wording.say(language, edited)
    return words


def _custody_names(plan: Plan) -> dict[int, str]:
    """What the log's item ids are in the report: "Pièce n° 12 capture.png", or a chat's
    message as "Pièce n° 279, message du 5 novembre 2026 à 22:41"."""
    names: dict[int, str] = {}
    language = plan.options.language
    for exhibit in plan.all_exhibits():
        name = wording.say(language, "exhibit", n=exhibit.number)
        names[exhibit.item.id] = f"{name} {_short(exhibit.item.original_name, 120)}"
        for message in exhibit.messages:
            moment = report_facts.local(plan, message.captured_at)
            when = wording.moment(language, moment) if moment else ""
            names[message.id] = f"{name}, {wording.say(language, 'kind.message')} " \
                                f"{when}".rstrip()
    return names


def letter_section(doc: ReportDocument, plan: Plan) -> None:
    """The draft letter to the procureur, from app.export.letter's blocks."""
    for style, text in letter.compose(plan):
        if style == "right":
            doc.ln(1)
            doc.paragraph(text, size=10.5, align="R")
        elif style == "heading":
            doc.ln(2)
            doc.paragraph(text, size=10.5, style="B")
            doc.ln(0.5)
        elif style == "list":
            _bullet(doc, text)
        elif style == "signature":
            doc.ln(6)
            doc.paragraph(text, size=10.5, align="R")
        else:
            doc.ln(1.5)
            doc.paragraph(text, size=10.5)


def _bullet(doc: ReportDocument, text: str) -> None:
    doc.set_font(SANS, size=10.5)
    lines = doc.wrap(text, doc.body_width() - 7)
    doc.ensure(doc.line_height(10.5))
    doc.set_text_color(*MUTED)
    doc.text(doc.l_margin + 2, doc.get_y() + doc.line_height(10.5) / 2 + 0.3 * 10.5 * 0.3528,
             "•")
    doc.print_lines(lines, 10.5, indent=7)
    doc.ln(0.8)

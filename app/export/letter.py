"""The draft complaint letter to the procureur de la République, for the police preset.

It follows service-public.fr F1524 ("Porter plainte par courrier auprès du procureur"):
who files, the facts with their dates and places, the author or "contre X", the
witnesses, the harm suffered and the exhibits. What the vault cannot know (date of
birth, witnesses, harm, the court's town) is left as a bracketed placeholder for the
user to fill in the .docx, so the letter never pretends to be complete.

The letter stays addressed to the French procureur in either language: it is a French
procedure, written in English only for a filer who reads English better.
"""

from __future__ import annotations

from typing import BinaryIO

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from app.common import dates
from app.export import acts as shown_acts
from app.export import identifiers, letter_days, letter_law, word_files
from app.export.exhibit import Exhibit
from app.export.letter_words import WORDS
from app.export.plan import ChronologyEntry, Plan
from app.export.summary import exhibit_refs, incident_when, listed, long_date

# (style, text); style in "right", "heading", "paragraph", "list", "signature". A "\n" in
# the text is a line break inside the block (the sender's and the addressee's lines).
Block = tuple[str, str]
STYLES = ("right", "heading", "paragraph", "list", "signature")
FILE_NAMES = {"fr": "Lettre-au-procureur.docx", "en": "Letter-to-the-prosecutor.docx"}

MAX_LISTED = 40  # exhibits; beyond, the letter points to the bordereau instead
MAX_AUTHORS = 20  # identifiers; beyond, the letter points to the report's list
# What identifies the author for a réquisition; URLs and message ids stay in the report.
AUTHOR_KINDS = (identifiers.ACCOUNT, identifiers.EMAIL, identifiers.PHONE, identifiers.IP)


def compose(plan: Plan) -> list[Block]:
    """The draft letter to the procureur, in plan.options.language."""
    words = WORDS[plan.options.language]
    return [*_head(plan, words), *_identity(plan, words), *_facts(plan, words),
            *letter_law.qualification(plan, words), *_author(plan, words),
            *_witnesses(plan, words), *_harm(plan, words), *_exhibits(plan, words),
            *_ending(plan, words)]


def _filer(plan: Plan) -> tuple[str, str, str]:
    """Name, address, contact: the filer's when they chose to give them, else ""."""
    filer = plan.options.filer
    if not plan.options.include_personal:
        return "", "", ""
    address = "\n".join(line.strip() for line in filer.address.splitlines() if line.strip())
    return filer.name.strip(), address, filer.contact.strip()


def _head(plan: Plan, words: dict[str, str]) -> list[Block]:
    name, address, contact = _filer(plan)
    sender = "\n".join((name or words["your_name"], address or words["your_address"],
                        contact or words["your_contact"]))
    place = plan.options.letter.place.strip() or words["your_town"]
    day = long_date(plan.exported_at.date(), plan.options.language)
    return [("paragraph", sender), ("right", words["addressee"]),
            ("right", words["place_date"].format(place=place, day=day)),
            ("paragraph", words["registered"]),
            ("heading", letter_law.object_line(plan, words)),
            ("paragraph", words["salutation"])]


def _identity(plan: Plan, words: dict[str, str]) -> list[Block]:
    name, address, contact = _filer(plan)
    if contact:
        key = "reach_mail" if "@" in contact else "reach_phone"
        contact = words[key].format(contact=contact)
    blocks: list[Block] = [("paragraph", words["identity"].format(
        name=name or words["your_name"],
        address=address.replace("\n", ", ") or words["your_address"],
        contact=contact or words["your_contact_phrase"]))]
    return blocks + letter_law.earlier(plan, words)


def _facts(plan: Plan, words: dict[str, str]) -> list[Block]:
    blocks: list[Block] = [("heading", words["facts"])]
    figures = plan.statistics
    if figures.first is not None and figures.last is not None:
        blocks.append(("paragraph", _acts(plan, words)))
    if plan.chronology:
        blocks.append(("paragraph", words["incidents"]))
        blocks += [("list", _incident(plan, entry, words)) for entry in plan.chronology]
    else:
        blocks += letter_days.days(plan, words)
        blocks.append(("paragraph", words["facts_placeholder"]))
    if letter_law.harassment(plan):
        blocks.append(("paragraph", words["repeated"]))
    return blocks


def _acts(plan: Plan, words: dict[str, str]) -> str:
    """How many acts, between which days, on which platforms: the repetition that
    article 222-33-2-2 requires, in one sentence."""
    figures, language = plan.statistics, plan.options.language
    assert figures.first is not None
    assert figures.last is not None
    first, last = figures.first.date(), figures.last.date()
    platforms = letter_days.channels(plan, words)
    key = "acts_day" if first == last else "acts"
    return words[key].format(
        first=long_date(first, language), last=long_date(last, language),
        acts=words["act" if figures.total == 1 else "many_acts"].format(n=figures.total),
        where=words["on"].format(platforms=listed(platforms, language)) if platforms else "")


def _incident(plan: Plan, entry: ChronologyEntry, words: dict[str, str]) -> str:
    """ "Le 4 novembre 2026 à 23 h 12 (E-mail) : Menace. Il écrit … (pièce n° 1)." """
    incident = entry.incident
    when = incident_when(incident, plan.zone, plan.options.language)
    where = f" ({incident.platform.strip()})" if incident.platform.strip() else ""
    said = [_sentence(incident.title), _sentence(" ".join(incident.description.split()))]
    if entry.accounts:
        said.append(words["accounts"].format(accounts=", ".join(entry.accounts)))
    text = when[:1].upper() + when[1:] + where + words["colon"] + " ".join(filter(None, said))
    refs = exhibit_refs(plan, entry.exhibits)
    if not refs:
        return text
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]  # the reference goes inside the sentence, before its full stop
    return f"{text} ({refs})."


def _sentence(text: str) -> str:
    """``text`` with a final full stop, unless it already ends a sentence; "" stays ""."""
    text = text.strip()
    return text if not text or text[-1] in ".!?…»\"" else text + "."


def _author(plan: Plan, words: dict[str, str]) -> list[Block]:
    found = [i for i in plan.identifiers if i.kind in AUTHOR_KINDS]
    if not found:
        return [("heading", words["author"]), ("paragraph", words["against_x"])]
    blocks: list[Block] = [("heading", words["author"]), ("paragraph", words["against"])]
    blocks += [("list", _identifier(plan, i, words)) for i in found[:MAX_AUTHORS]]
    if len(found) > MAX_AUTHORS:
        blocks.append(("paragraph", words["more_identifiers"].format(
            n=len(found) - MAX_AUTHORS)))
    blocks.append(("paragraph", words["requisitions"]))
    return blocks


def _identifier(plan: Plan, found: identifiers.Identifier, words: dict[str, str]) -> str:
    """ "le compte « ombre_du_lac » (Instagram ; pièce n° 2)": what the account is on,
    and where the recipient sees it, in one bracket."""
    notes = [found.detail] if found.kind == identifiers.ACCOUNT and found.detail else []
    notes += filter(None, [exhibit_refs(plan, found.exhibits)])
    text = words[found.kind].format(value=found.value)
    return f"{text} ({words['semicolon'].join(notes)})" if notes else text


def _witnesses(plan: Plan, words: dict[str, str]) -> list[Block]:
    given = plan.options.letter.witnesses.strip()
    return [("heading", words["witnesses"]),
            ("paragraph", words["witnesses_given"].format(witnesses=given) if given
             else words["witnesses_placeholder"])]


def _harm(plan: Plan, words: dict[str, str]) -> list[Block]:
    given = plan.options.letter.harm.strip()
    return [("heading", words["harm"]),
            ("paragraph", words["harm_given"].format(harm=given) if given
             else words["harm_placeholder"])]


def _exhibits(plan: Plan, words: dict[str, str]) -> list[Block]:
    every = plan.all_exhibits()
    blocks: list[Block] = [("heading", words["exhibits"])]
    if not every:
        return [*blocks, ("paragraph", words["no_exhibits"])]
    if len(every) > MAX_LISTED:
        return [*blocks, ("paragraph", words["bordereau"].format(n=len(every)))]
    blocks.append(("paragraph", words["exhibits_intro"]))
    return blocks + [("list", _exhibit(plan, exhibit, words)) for exhibit in every]


def _exhibit(plan: Plan, exhibit: Exhibit, words: dict[str, str]) -> str:
    """ "Pièce n° 3 (P003) : <its readable title>, 4 novembre 2026": the date only when the
    evidence itself gives one; a file's copy or import time dates nothing."""
    text = words["exhibit"].format(number=exhibit.number, label=exhibit.label,
                                   title=" ".join(shown_acts.title(exhibit).split()))
    captured = dates.from_iso(exhibit.item.captured_at or "")
    if captured is None or not shown_acts.dated(exhibit):
        return text
    return f"{text}, {long_date(captured.astimezone(plan.zone).date(), plan.options.language)}"


def _ending(plan: Plan, words: dict[str, str]) -> list[Block]:
    name, _address, _contact = _filer(plan)
    civil = "civil_party" if plan.options.letter.civil_party else "civil_party_offer"
    return [("paragraph", words[civil]), ("paragraph", words["follow_up"]),
            ("paragraph", words["closing"]),
            ("signature", name or words["your_name"])]


def write_docx(plan: Plan, out: BinaryIO) -> None:
    """The same letter as an editable .docx (python-docx), no personal path, core properties
    title set, author = the filer's name or empty (NOT the OS user name), no creation tool path."""
    document = docx.Document()
    word_files.page(document, plan.options.language)
    for style, text in compose(plan):
        _paragraph(document, style, text)
    _properties(document, plan)
    document.save(out)


def _paragraph(document: WordDocument, style: str, text: str) -> None:
    paragraph = document.add_paragraph(style="List Bullet" if style == "list" else None)
    lines = text.split("\n")
    for index, line in enumerate(lines):
        run = paragraph.add_run(word_files.xml_safe(line))
        run.bold = style == "heading"
        if index < len(lines) - 1:
            run.add_break()
    layout = paragraph.paragraph_format
    if style in ("right", "signature"):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif style != "heading" and "\n" not in text:  # Word spreads a line ended by a break
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if style in ("heading", "right"):
        layout.space_before = Pt(12)
    if style == "heading":
        layout.keep_with_next = True
    if style == "signature":
        layout.space_before = Pt(30)  # room for the handwritten signature above the name


def _properties(document: WordDocument, plan: Plan) -> None:
    words = WORDS[plan.options.language]
    name, _address, _contact = _filer(plan)
    word_files.properties(document, plan.options.language, words["title"],
                          letter_law.object_line(plan, words), name, plan.exported_at)

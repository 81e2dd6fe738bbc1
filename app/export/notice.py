"""The notice to a platform's abuse desk under Article 16 of the Digital Services Act.

It holds what Article 16(2) of Regulation (EU) 2022/2065 requires, each part under the
point it answers: the content and its exact URL (an item without one says plainly that
the platform cannot locate it), why it is illegal (the French texts of the offences she
chose for the incidents, as the letter to the procureur cites them), her name and e-mail,
and the statement of good faith. It is written as plain text and as a PDF in the report's
fonts, in French or English. Nothing in it is assumed: a missing URL, qualification, name
or e-mail is marked for her to complete before sending.
"""

from __future__ import annotations

from app.export import letter_law, pharos
from app.export.bundle import Bundle
from app.export.exhibit import Exhibit
from app.export.names import safe_name
from app.export.notice_words import WORDS
from app.export.plan import Plan
from app.export.report import facts
from app.export.report.notice_pdf import Block, write_pdf
from app.export.summary import long_date


def file_stem(plan: Plan) -> str:
    """ "Notice-DSA-Instagram" (English) or "Notification-DSA-Instagram" (French)."""
    words = WORDS[plan.options.language]
    return safe_name(words["file"].format(platform=plan.options.platform.strip()))


def write(plan: Plan, bundle: Bundle, report_name: str) -> list[str]:
    """Write the notice as .txt and .pdf into ``bundle`` beside the report named
    ``report_name``, and the note to her (PHAROS.txt); returns their names."""
    blocks = compose(plan, report_name)
    stem = file_stem(plan)
    bundle.write(f"{stem}.txt", as_text(blocks).encode("utf-8"))
    with bundle.file(f"{stem}.pdf") as stream:
        write_pdf(plan, blocks, WORDS[plan.options.language]["title"], stream)  # type: ignore[arg-type]
    bundle.write(pharos.FILE_NAME, pharos.note(plan, f"{stem}.txt").encode("utf-8"))
    return [f"{stem}.txt", f"{stem}.pdf", pharos.FILE_NAME]


def compose(plan: Plan, report_name: str) -> list[Block]:
    words = WORDS[plan.options.language]
    platform = plan.options.platform.strip()
    return [("title", words["title"]), ("subtitle", words["subtitle"]),
            ("paragraph", words["to"].format(platform=platform)),
            ("paragraph", words["made"].format(
                day=long_date(plan.exported_at.date(), plan.options.language),
                prefix=plan.options.prefix)),
            ("paragraph", words["intro"]),
            ("heading", words["items"]), *_items(plan, words),
            ("heading", words["why"]), *_why(plan, words),
            ("heading", words["notifier"]), *_notifier(plan, words),
            ("heading", words["good_faith"]), ("paragraph", words["statement"]),
            ("signature", words["signature"].format(
                name=plan.options.filer.name.strip() or words["missing"])),
            ("heading", words["files"]), ("note", words["files_text"].format(
                report=report_name)), *_copies(plan, words)]


def _copies(plan: Plan, words: dict[str, str]) -> list[Block]:
    """Said only when the bundle holds a location-free copy."""
    return [("note", words["files_copies"])] if any(
        e.location_free for e in plan.all_exhibits()) else []


def _items(plan: Plan, words: dict[str, str]) -> list[Block]:
    """One line per exhibit (number, date, account), then its URL or the lack of one."""
    blocks: list[Block] = []
    for exhibit in plan.all_exhibits():
        blocks.append(("item", words["item"].format(
            number=exhibit.number, when=facts.captured(plan, exhibit),
            account=", ".join(exhibit.accounts) or _profile(exhibit) or words["no_account"])))
        blocks.append(("detail", exhibit.title))
        url = facts.url(exhibit)
        blocks.append(("detail", words["url"].format(url=url)) if url
                      else ("missing", words["no_url"]))
    return blocks


def _profile(exhibit: Exhibit) -> str:
    """A saved profile page names its account by its own address."""
    return facts.url(exhibit) if exhibit.item.kind == "web" else ""


def _why(plan: Plan, words: dict[str, str]) -> list[Block]:
    """The incidents these items show, and the French texts of the offences chosen."""
    chosen = letter_law.chosen_qualifications(plan)
    if not chosen:
        return [("missing", words["unqualified"])]
    blocks: list[Block] = [("paragraph", words["why_intro"])]
    for entry in plan.chronology:
        if entry.incident.qualification:
            blocks.append(("item", words["incident"].format(
                when=facts.incident_when(plan, entry.incident), title=entry.incident.title)))
            if entry.incident.description.strip():
                blocks.append(("detail", entry.incident.description.strip()))
    french = plan.options.language == "fr"
    blocks += [("item", words["offence"].format(
        offence=(q.offence_fr if french else q.offence_en).capitalize(), articles=q.articles))
        for q in chosen]
    return blocks


def _notifier(plan: Plan, words: dict[str, str]) -> list[Block]:
    filer = plan.options.filer
    name, email = filer.name.strip(), filer.email.strip()
    return [("detail", words["name"].format(name=name or words["missing"])),
            ("detail", words["email"].format(email=email or words["missing"])),
            ("paragraph", words["notifier_rule"])]


def as_text(blocks: list[Block]) -> str:
    """The notice as plain text, to paste into a platform's web form."""
    lines: list[str] = []
    for style, text in blocks:
        if style == "title":
            lines += [text.upper(), "=" * len(text)]
        elif style in ("heading", "signature"):
            lines += ["", text, "-" * len(text)] if style == "heading" else ["", text]
        elif style == "item":
            lines += ["", f"- {text}"]
        elif style in ("detail", "missing"):
            lines.append(f"  {text}" if style == "detail" else f"  /!\\ {text}")
        else:
            lines += ["", text]
    return "\n".join(lines) + "\n"

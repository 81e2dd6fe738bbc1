"""Exhibits printed as text: e-mails with their headers, chat exports as transcripts,
notes, web pages and single messages, and the page that stands for audio and video."""

from __future__ import annotations

from functools import partial

from app.case import listing
from app.common import dates
from app.export import wording
from app.export.exhibit import Exhibit
from app.export.plan import Plan
from app.export.report import facts as report_facts
from app.export.report import identifier_table
from app.export.report.document import ACCENT, INK, MONO, MUTED, RULE, SANS, ReportDocument

MAX_TEXT = 100_000  # characters printed of one text; the rest is in the original
MAX_MESSAGES = 3_000  # a transcript's messages; the full export is in the original
TIME_WIDTH = 13.0  # millimetres for "22:41" left of a message
_HEADERS = (("mail.from", "email.from"), ("mail.to", "email.to"), ("mail.cc", "email.cc"),
            ("mail.date", "email.date"), ("mail.subject", "email.subject"),
            ("mail.message_id", "email.message_id"), ("mail.reply_to", "email.reply_to"),
            ("mail.return_path", "email.return_path"))
# What the receiving servers concluded about the sender, in the header's own name.
_AUTHENTICATION = (("Authentication-Results", "email.authentication_results"),
                   ("Received-SPF", "email.received_spf"), ("DKIM-Signature", "email.dkim"),
                   ("", "email.arc"))  # each ARC value starts with its header's name
_AUTH_WORDS = {
    "title": ("Résultats d'authentification", "Authentication results"),
    "note": (("Ce que les serveurs de réception ont vérifié de l'expéditeur (SPF, DKIM, "
              "DMARC, ARC), tel qu'ils l'ont écrit dans les en-têtes."),
             ("What the receiving servers checked about the sender (SPF, DKIM, DMARC, ARC), "
              "as they wrote it in the headers.")),
}


def draw_email(doc: ReportDocument, plan: Plan, exhibit: Exhibit) -> None:
    language = plan.options.language
    say = partial(wording.say, language)
    doc.subtitle(say("mail.headers"), size=10.5)
    rows = [(say(label), ", ".join(exhibit.metas(key)), False) for label, key in _HEADERS]
    rows.append((say("mail.origin_ip"), _origin(language, exhibit), False))
    doc.fields(rows, label_width=30, size=9)
    hops = exhibit.metas("email.received")
    if hops:
        doc.subtitle(say("mail.received"), size=10)
        doc.note(say("mail.received_note"), size=8)
        doc.ln(1)
        for number, hop in enumerate(hops, start=1):
            doc.paragraph(f"{number}. {' '.join(hop.split())}", size=7.5, mono=True, indent=2)
            doc.ln(0.8)
    _authentication(doc, language, exhibit)
    doc.subtitle(say("mail.body"), size=10.5)
    _body(doc, plan, exhibit, size=9.5)
    if exhibit.attachments:
        doc.subtitle(say("mail.attachments"), size=10)
        for part in exhibit.attachments:
            doc.paragraph(f"{say('exhibit', n=part.number)} — {part.item.original_name} "
                          f"({wording.size(language, part.item.size)})", size=9, indent=2)


def _origin(language: str, exhibit: Exhibit) -> str:
    """ "198.51.100.23 (en-tête Received, saut n° 1 (premier relais))": which header."""
    found = report_facts.origin_ips(exhibit)
    header = exhibit.meta("email.ip_source")
    if found and header:
        found[0] = f"{found[0]} ({identifier_table.header_label(language, header)})"
    return ", ".join(found)


def _authentication(doc: ReportDocument, language: str, exhibit: Exhibit) -> None:
    lines = [f"{name}: {value}" if name else value
             for name, key in _AUTHENTICATION for value in exhibit.metas(key)]
    if not lines:
        return
    french = language == "fr"
    doc.subtitle(_AUTH_WORDS["title"][0 if french else 1], size=10)
    doc.note(_AUTH_WORDS["note"][0 if french else 1], size=8)
    doc.ln(1)
    for line in lines:
        doc.paragraph(" ".join(line.split()), size=7.5, mono=True, indent=2)
        doc.ln(0.8)


def _body(doc: ReportDocument, plan: Plan, exhibit: Exhibit, size: float) -> None:
    """The exhibit's text with a rule on its left, cut at MAX_TEXT characters."""
    language = plan.options.language
    text = exhibit.text.strip("\n")
    if not text.strip():
        doc.note(wording.say(language, "content.no_text"))
        return
    shown = text[:MAX_TEXT]
    doc.set_font(SANS, size=size)
    lines = doc.wrap(shown, doc.body_width() - 5)
    top, page = doc.get_y(), doc.page
    doc.print_lines(lines, size, indent=5)
    if doc.page == page:  # a rule beside a text on one page; a long text goes without
        doc.set_draw_color(*RULE)
        doc.set_line_width(0.6)
        doc.line(doc.l_margin + 1, top + 0.5, doc.l_margin + 1, doc.get_y() - 0.5)
    if len(text) > MAX_TEXT:
        doc.ln(2)
        doc.note(wording.say(language, "content.text_cut", file=exhibit.file_name,
                             shown=wording.number(language, MAX_TEXT)))


def draw_chat(doc: ReportDocument, plan: Plan, exhibit: Exhibit) -> None:
    """A transcript: a line per day, then each message's time, author and text."""
    language = plan.options.language
    messages = exhibit.messages
    participants = exhibit.metas("chat.participant")
    doc.fields([(wording.say(language, "chat.participants"), ", ".join(participants), False)],
               label_width=32, size=8.8)
    doc.subtitle(f"{wording.say(language, 'chat.transcript')} — "
                 f"{wording.count(language, 'chat.count', len(messages))}", size=10.5)
    if not messages:
        doc.note(wording.say(language, "chat.empty"))
        return
    day = None
    for message in messages[:MAX_MESSAGES]:
        moment = (dates.from_iso(message.captured_at) if exhibit.zone_assumed
                  else report_facts.local(plan, message.captured_at))  # its own wall clock
        if moment is not None and moment.date() != day:
            day = moment.date()
            _day_line(doc, wording.weekday_day(language, day))
        _message(doc, plan, message, wording.clock(moment) if moment else "")
    if len(messages) > MAX_MESSAGES:
        doc.ln(2)
        doc.note(wording.say(language, "chat.capped", file=exhibit.file_name,
                             shown=wording.number(language, MAX_MESSAGES),
                             total=wording.number(language, len(messages))))


def _day_line(doc: ReportDocument, text: str) -> None:
    doc.ensure(14)
    doc.ln(1.5)
    doc.set_font(SANS, "B", 8.5)
    doc.set_text_color(*ACCENT)
    y = doc.get_y()
    doc.text(doc.l_margin, y + 3, doc.clean(text))
    doc.set_draw_color(*RULE)
    doc.set_line_width(0.2)
    doc.line(doc.l_margin, y + 4.5, doc.l_margin + doc.body_width(), y + 4.5)
    doc.set_text_color(*INK)
    doc.set_y(y + 6)


def _message(doc: ReportDocument, plan: Plan, message: listing.Message, time: str) -> None:
    language = plan.options.language
    author = message.author or (wording.say(language, "chat.owner")
                                if message.direction == "sent" else "?")
    doc.ensure(doc.line_height(9) * 2)
    y = doc.get_y()
    doc.set_font(MONO, size=8)
    doc.set_text_color(*MUTED)
    doc.text(doc.l_margin, y + 3.2, time)
    doc.set_font(SANS, "B", 8.5)
    doc.set_text_color(*INK)
    doc.text(doc.l_margin + TIME_WIDTH, y + 3.2, doc.fit(author, doc.body_width() - TIME_WIDTH))
    doc.set_y(y + 4.4)
    if message.text.strip():
        doc.paragraph(message.text, size=9, indent=TIME_WIDTH)
    marks = [wording.say(language, key) for key, on in (("chat.deleted", message.deleted),
                                                          ("chat.media", message.media_omitted))
             if on]
    if marks:
        doc.paragraph(" ".join(marks), size=8.5, style="I", indent=TIME_WIDTH, color=MUTED)
    doc.ln(1.2)


def draw_text(doc: ReportDocument, plan: Plan, exhibit: Exhibit) -> None:
    """A note, a web page (with its address) or a single message (with its author)."""
    language = plan.options.language
    rows = []
    if exhibit.item.kind == "message":
        rows.append((wording.say(language, "message.author"), exhibit.meta("message.author"),
                     False))
    if rows and any(value for _label, value, _mono in rows):
        doc.fields(rows, label_width=32, size=8.8)
    doc.subtitle(wording.say(language, "content.text"), size=10.5)
    _body(doc, plan, exhibit, size=9.5)


def draw_media(doc: ReportDocument, plan: Plan, exhibit: Exhibit) -> None:
    """Audio, video and other files cannot be printed: a page that points to the file."""
    language = plan.options.language
    doc.ln(4)
    if exhibit.withheld:  # not in the bundle: its header says where it is kept
        return
    doc.paragraph(wording.say(language, "content.media", file=exhibit.file_name,
                              kind=report_facts.kind(plan, exhibit)), size=10.5)
    seconds = exhibit.meta("audio.duration_seconds") or exhibit.meta("video.duration_seconds")
    if seconds:
        try:
            duration = _duration(float(seconds))
        except ValueError:
            return
        doc.ln(2)
        doc.paragraph(wording.say(language, "content.duration", duration=duration), size=10)


def _duration(seconds: float) -> str:
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"

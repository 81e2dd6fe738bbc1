"""The report's identifiers: the author's (tied to a harasser), then, apart, the other
correspondents nobody has attributed. An IP carries what a réquisition to the operator
needs: the header it came from, the exact time in UTC and local time, the message.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC

from app.common import dates
from app.export import identifiers, wording
from app.export.identifiers import Identifier, Source
from app.export.plan import Plan
from app.export.report import facts as report_facts
from app.export.report.document import ReportDocument
from app.export.report.table import Cell, Column, table

# key: (French, English), as in app.export.wording, kept here so the sentences of this
# section stay together.
WORDS: dict[str, tuple[str, str]] = {
    "others": ("Autres correspondants, non attribués", "Other correspondents, not attributed"),
    "others.intro": (
        ("Ces identifiants apparaissent dans les pièces mais n'ont été rattachés à aucune "
         "personne mise en cause. Ils ne désignent pas l'auteur."),
        ("These identifiers appear in the exhibits but nobody tied them to a person "
         "accused. They do not name the author.")),
    "attributed.intro": (
        ("Seuls y figurent les identifiants rattachés à une personne mise en cause (un "
         "compte de cette personne porte cette adresse ou ce numéro), et l'adresse IP, "
         "l'identifiant et l'adresse web des messages qu'ils ont envoyés."),
        ("Only identifiers tied to a person accused are listed here (an account of that "
         "person is that address or number), with the IP address, identifier and web "
         "address of the messages they sent.")),
    "none.attributed": (
        ("Aucun identifiant n'a été rattaché à une personne mise en cause.",
         "No identifier has been tied to a person accused.")),
    "col.attributed": ("Rattaché à", "Tied to"),
    "col.source": ("Source, heure et message", "Source, time and message"),
    # Hops are counted from the sender's side, as a réquisition reads them; the e-mail's
    # page lists the headers as written, newest first, and says so.
    "source.first_relay": ("en-tête Received, saut n° 1 depuis l'expéditeur (premier relais)",
                           "Received header, hop 1 from the sender (first relay)"),
    "source.hop": ("en-tête Received, saut n° {n} depuis l'expéditeur",
                   "Received header, hop {n} from the sender"),
    "source.hop_unknown": ("en-tête Received", "Received header"),
    "source.x_originating_ip": ("en-tête X-Originating-IP", "X-Originating-IP header"),
    "at": ("{utc} UTC, soit {local} heure locale ({offset})",
           "{utc} UTC, that is {local} local time ({offset})"),
    "message": ("Message-ID {message_id}, pièce {exhibit}", ("Message-ID {message_id}, exhibit "
                                                             "{exhibit}")),
}


def say(language: str, key: str, **values: object) -> str:
    french, english = WORDS[key]
    return (french if language == "fr" else english).format(**values)


def section(doc: ReportDocument, plan: Plan) -> None:
    language = plan.options.language
    doc.note(wording.say(language, "identifiers.intro"))
    if not plan.identifiers and not plan.correspondents:
        doc.ln(2)
        doc.paragraph(wording.say(language, "identifiers.none"))
        return
    doc.ln(1)
    doc.note(say(language, "attributed.intro"))
    if not plan.identifiers:
        doc.ln(2)
        doc.paragraph(say(language, "none.attributed"))
    _by_kind(doc, plan, plan.identifiers)
    if plan.correspondents:
        doc.ln(4)
        doc.subtitle(say(language, "others"), size=13)
        doc.note(say(language, "others.intro"))
        doc.ln(2)
        _by_kind(doc, plan, plan.correspondents)


def _by_kind(doc: ReportDocument, plan: Plan, found: Sequence[Identifier]) -> None:
    language = plan.options.language
    columns = [Column(wording.say(language, "col.value"), 54),
               Column(say(language, "col.attributed"), 22),
               Column(say(language, "col.source"), 72),
               Column(wording.say(language, "col.exhibits"), 26)]
    for kind in identifiers.KINDS:
        rows = [_row(plan, i) for i in found if i.kind == kind]
        if rows:
            doc.subtitle(wording.say(language, f"identifier.{kind}"))
            table(doc, columns, rows)


def _row(plan: Plan, found: Identifier) -> list[Cell]:
    language = plan.options.language
    if found.kind == identifiers.IP:
        where = "\n".join(source_text(plan, source) for source in found.sources[:20])
    else:
        where = detail(language, found.detail)
    return [found.display, found.attributed_to or "—", where,
            report_facts.refs(plan, found.exhibits)]


def detail(language: str, text: str) -> str:
    """ "expéditeur (From)" for "from"; a platform's name as it is."""
    key = f"detail.{text}"
    return wording.say(language, key) if key in wording.WORDS else text


def header_label(language: str, header: str) -> str:
    """ "premier relais" only for the first Received hop; X-Originating-IP is not a relay."""
    if header == "x-originating-ip":
        return say(language, "source.x_originating_ip")
    hop = header.removeprefix("received:")
    if header.startswith("received:") and hop.isdigit():
        return say(language, "source.first_relay") if hop == "1" else \
            say(language, "source.hop", n=hop)
    return say(language, "source.hop_unknown")


def source_text(plan: Plan, source: Source) -> str:
    language = plan.options.language
    lines = [header_label(language, source.header)]
    moment = dates.from_iso(source.at)
    if moment is not None:
        local = moment.astimezone(plan.zone)
        lines.append(say(language, "at", utc=moment.astimezone(UTC).strftime(
            "%Y-%m-%d %H:%M:%S"), local=local.strftime("%Y-%m-%d %H:%M:%S"),
            offset=wording.utc_offset(local)))
    if source.message_id:
        lines.append(say(language, "message", message_id=source.message_id,
                         exhibit=report_facts.refs(plan, (source.exhibit,))))
    return "\n".join(lines)

"""When each incident's offence lapses (prescription de l'action publique): a reminder
beside each incident, never legal advice.

The rules are those of French law as in force in 2026 (Légifrance): public insult and
defamation under the loi du 29 juillet 1881 lapse three months after publication (its
art. 65), which is the one a victim most often misses; other délits six years after
(art. 8 du code de procédure pénale), contraventions one year (art. 9). The count runs
from the day of the act; for harassment, an offence made of repeated acts, from the
last act. Acts of investigation or prosecution interrupt the count, and an avocat knows
what happened since: that is why every output says an avocat confirms the date.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, tzinfo

import sqlcipher3

from app.case import incidents, qualifications
from app.common import dates, roles
from app.common.texts import QT_TRANSLATE_NOOP, Text

SOON_DAYS = 30  # a deadline this close is announced as near
OPEN, SOON, LAPSED, UNQUALIFIED, UNDATED = "open", "soon", "lapsed", "unqualified", "undated"

DISCLAIMER = QT_TRANSLATE_NOOP(
    "core", "A reminder, not legal advice: acts of investigation or prosecution can move "
            "these dates, and some offences follow other rules. Have an avocat confirm them.")


@dataclass(frozen=True)
class Rule:
    """How long an offence may be prosecuted, and the text that says so."""

    months: int
    name: str  # the rule in English words, translated by Qt
    article: str  # the text, cited in French as a court reads it


PRESS = Rule(3, QT_TRANSLATE_NOOP("core", "Press law: three months after publication"),
             "art. 65 de la loi du 29 juillet 1881")
DELIT = Rule(72, QT_TRANSLATE_NOOP("core", "Délit: six years"),
             "art. 8 du code de procédure pénale")
CONTRAVENTION = Rule(12, QT_TRANSLATE_NOOP("core", "Contravention: one year"),
                     "art. 9 du code de procédure pénale")
RULES = {"injure-publique": PRESS, "diffamation-publique": PRESS,
         "injure-non-publique": CONTRAVENTION}
# Offences made of repeated acts (délits d'habitude): the count starts at the last act.
REPEATED = frozenset({"harcelement-moral", "harcelement-conjoint"})


def rule_of(qualification: str) -> Rule | None:
    """The rule for a qualification key; None when none is chosen."""
    if not qualification:
        return None
    qualifications.check(qualification)
    return RULES.get(qualification, DELIT)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` calendar months later; the month's last day when it has
    no such day (30 November + 3 months is 28 February, or the 29th in a leap year)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


@dataclass(frozen=True)
class Deadline:
    """One incident's limitation date, with what it is counted from and how near it is."""

    incident_id: int
    title: str
    qualification: str
    rule: Rule | None
    counted_from: date | None
    from_item: int | None  # the item of the last act it is counted from; None: the incident
    lapses_on: date | None
    state: str  # OPEN, SOON, LAPSED, UNQUALIFIED or UNDATED
    days_left: int = 0

    def sentence(self) -> Text:
        """The date and its rule in words, English for the command line, translatable."""
        if self.state == UNQUALIFIED:
            return Text(QT_TRANSLATE_NOOP(
                "core", "No qualification chosen: choose one to see its limitation date."))
        if self.state == UNDATED or self.rule is None or self.lapses_on is None:
            return Text(QT_TRANSLATE_NOOP(
                "core", "No date: give the incident a date to see its limitation date."))
        values = {"date": self.lapses_on.isoformat(), "rule": self.rule.name,
                  "article": self.rule.article, "start": str(self.counted_from),
                  "item": self.from_item}
        return Text(_SENTENCES[self.state, self.from_item is not None], **values)

    def as_json(self) -> dict[str, object]:
        return {"incident": self.incident_id, "title": self.title,
                "qualification": self.qualification, "state": self.state,
                "lapses_on": self.lapses_on.isoformat() if self.lapses_on else None,
                "counted_from": self.counted_from.isoformat() if self.counted_from else None,
                "from_item": self.from_item, "days_left": self.days_left,
                "rule": self.rule.name if self.rule else None,
                "article": self.rule.article if self.rule else None,
                "sentence": str(self.sentence())}


# Whole sentences, so that each reaches the translators as one.
_SENTENCES = {
    (OPEN, False): QT_TRANSLATE_NOOP(
        "core", "Lapses on {date}, counted from the incident's date, {start} ({rule}, "
                "{article})."),
    (OPEN, True): QT_TRANSLATE_NOOP(
        "core", "Lapses on {date}, counted from the last act, item {item} of {start} "
                "({rule}, {article})."),
    (SOON, False): QT_TRANSLATE_NOOP(
        "core", "Soon, within a month: lapses on {date}, counted from the incident's date, "
                "{start} ({rule}, {article})."),
    (SOON, True): QT_TRANSLATE_NOOP(
        "core", "Soon, within a month: lapses on {date}, counted from the last act, item "
                "{item} of {start} ({rule}, {article})."),
    (LAPSED, False): QT_TRANSLATE_NOOP(
        "core", "Lapsed on {date}, counted from the incident's date, {start} ({rule}, "
                "{article})."),
    (LAPSED, True): QT_TRANSLATE_NOOP(
        "core", "Lapsed on {date}, counted from the last act, item {item} of {start} "
                "({rule}, {article})."),
}


def deadline(incident: incidents.Incident, last_act: tuple[date, int] | None,
             today: date) -> Deadline:
    """The incident's limitation date on ``today``. ``last_act`` is the day and id of the
    last act shown by its evidence, which counts for an offence of repeated acts."""
    rule = rule_of(incident.qualification)
    moment = dates.from_iso(incident.occurred_at or "")
    base = (incident.id or 0, incident.title, incident.qualification, rule)
    if rule is None:
        return Deadline(*base, None, None, None, UNQUALIFIED)
    if moment is None:
        return Deadline(*base, None, None, None, UNDATED)
    # The day as she gave it, in the offset it was written with, whatever the zone now.
    # A month or a span counts from its first day, the earliest the act may have been:
    # the reminder may come early, never late.
    start, item = moment.date(), None
    if incident.qualification in REPEATED and last_act is not None and last_act[0] > start:
        start, item = last_act
    lapses = add_months(start, rule.months)
    left = (lapses - today).days
    state = LAPSED if left < 0 else SOON if left <= SOON_DAYS else OPEN
    return Deadline(*base, start, item, lapses, state, left)


_LAST_ACT_SQL = f"""
SELECT items.id, items.captured_at FROM incident_items
  JOIN items ON items.id = incident_items.item_id
 WHERE incident_items.incident_id = ? AND {roles.COUNTS_AS_ACT_SQL}
 ORDER BY unixepoch(items.captured_at) DESC, items.id DESC LIMIT 1
"""


def of_case(db: sqlcipher3.Connection, case_id: int, today: date,
            zone: tzinfo | None = None) -> list[Deadline]:
    """Every incident's deadline, in the order of the incidents' dates; an item's day is
    that of ``zone``, the case's (Europe/Paris) unless told otherwise."""
    zone = zone or dates.case_zone()
    found = []
    for incident in incidents.all_incidents(db, case_id):
        row = db.execute(_LAST_ACT_SQL, (incident.id,)).fetchone()
        moment = dates.from_iso(row[1]) if row else None
        last = (moment.astimezone(zone).date(), int(row[0])) if moment and row else None
        found.append(deadline(incident, last, today))
    return found

"""The summary the export wizard prefills from the incidents and the figures, for the
user to edit: who, since when, how often, where, the trend, then one line per incident.

It also holds the few words the summary and the letter to the procureur share: dates
written out in French or English, and exhibit references ("pièces n° 1 et 3"). They are
spelled here rather than through the OS locale, which may be missing or another language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, tzinfo

from app.analysis import statistics
from app.case import incidents
from app.common import dates
from app.export import identifiers, wording
from app.export.plan import Plan

NBSP = "\u00a0"  # French puts one before ":" and ";", and inside « »
MAX_REFS = 8  # exhibit numbers written out; beyond, how many and from which to which


_WORDS = {
    "fr": {
        "at": "le {day} à {time}", "day": "le {day}", "month": "en {month}",
        "around": "vers le {day}", "between": "entre le {start} et le {end}",
        "between_months": "entre {start} et {end}",
        "unknown": "à une date inconnue", "and": "et",
        "exhibit": "pièce n°\u00a0{n}", "exhibits": "pièces n°\u00a0{n}",
        "exhibits_range": "dans {count} pièces, de n°\u00a0{first} à n°\u00a0{last}",
        "who": "Comptes et coordonnées en cause\u00a0: {who}.",
        "nobody": "Auteur\u00a0: non identifié.", "more": " et {n} autres",
        "acts": "Depuis le {first}\u00a0: {total}, le dernier le {last}",
        "per_week": ", soit environ {rate} par semaine.",
        "no_acts": "Aucun acte daté n'a encore été relevé.",
        "platforms": "Plateformes\u00a0: {platforms}.", "no_platform": "non précisée",
        "incidents": "Incidents\u00a0:", "line": "- {when}\u00a0: {title}{refs}",
        statistics.ESCALATING: (
            "Tendance\u00a0: en hausse ({recent} par semaine ces {weeks} dernières semaines, "
            "contre {earlier} auparavant)."),
        statistics.STEADY: "Tendance\u00a0: stable.",
        statistics.DECLINING: (
            "Tendance\u00a0: en baisse ({recent} par semaine ces {weeks} dernières semaines, "
            "contre {earlier} auparavant)."),
    },
    "en": {
        "at": "on {day} at {time}", "day": "on {day}", "month": "in {month}",
        "around": "around {day}", "between": "between {start} and {end}",
        "between_months": "between {start} and {end}",
        "unknown": "on an unknown date", "and": "and",
        "exhibit": "exhibit {n}", "exhibits": "exhibits {n}",
        "exhibits_range": "in {count} exhibits, from no. {first} to no. {last}",
        "who": "Accounts and contact details involved: {who}.",
        "nobody": "Author: not identified.", "more": " and {n} more",
        "acts": "Since {first}: {total}, the last on {last}",
        "per_week": ", about {rate} a week.",
        "no_acts": "No dated act has been recorded yet.",
        "platforms": "Platforms: {platforms}.", "no_platform": "not known",
        "incidents": "Incidents:", "line": "- {when}: {title}{refs}",
        statistics.ESCALATING: (
            "Trend: rising ({recent} a week over the last {weeks} weeks, against {earlier} "
            "before)."),
        statistics.STEADY: "Trend: steady.",
        statistics.DECLINING: (
            "Trend: falling ({recent} a week over the last {weeks} weeks, against {earlier} "
            "before)."),
    },
}

# What "who" lists: what identifies a person, not where the evidence was found (URLs).
_WHO = (identifiers.ACCOUNT, identifiers.EMAIL, identifiers.PHONE)
MAX_WHO = 8  # the rest are in the report's list of identifiers


def prefill(plan: Plan) -> str:
    """A summary from plan.chronology and plan.statistics in plan.options.language, that the
    user then edits: who (the accounts/people), since when, how often, on which platforms,
    the trend, then one line per incident (date, title, exhibits). Plain text, short."""
    language = plan.options.language
    words = _WORDS[language]
    lines = [_who(plan, words), *_figures(plan.statistics, language)]
    if plan.chronology:
        lines += ["", words["incidents"]]
        for entry in plan.chronology:
            refs = exhibit_refs(plan, entry.exhibits)
            lines.append(words["line"].format(
                when=incident_when(entry.incident, plan.zone, language),
                title=entry.incident.title.strip() or "…", refs=f" ({refs})" if refs else ""))
    return "\n".join(lines)


def _who(plan: Plan, words: dict[str, str]) -> str:
    found = [f"{i.value} ({i.detail})" if i.kind == identifiers.ACCOUNT and i.detail
             else i.value for i in plan.identifiers if i.kind in _WHO]
    if not found:
        return words["nobody"]
    shown = ", ".join(found[:MAX_WHO])
    if len(found) > MAX_WHO:
        shown += words["more"].format(n=len(found) - MAX_WHO)
    return words["who"].format(who=shown)


def _figures(figures: statistics.Statistics, language: str) -> list[str]:
    words = _WORDS[language]
    if figures.first is None or figures.last is None:
        return [words["no_acts"]]
    acts = words["acts"].format(first=long_date(figures.first.date(), language),
                                total=wording.count(language, "count.acts", figures.total),
                                last=long_date(figures.last.date(), language))
    weeks = len(figures.per_week)
    acts += words["per_week"].format(rate=number(figures.total / weeks, language)) \
        if weeks > 1 else "."
    platforms = ", ".join(f"{name or words['no_platform']} ({count})"
                          for name, count in figures.per_platform)
    lines = [acts, words["platforms"].format(platforms=platforms)]
    trend = figures.trend
    if trend.direction in words:
        lines.append(words[trend.direction].format(
            recent=number(trend.recent_per_week, language), weeks=trend.recent_weeks,
            earlier=number(trend.earlier_per_week, language)))
    return lines


def number(value: float, language: str) -> str:
    """One decimal at most, with a decimal comma in French: "5,5", "3"."""
    return wording.decimal(language, value, 1)


def long_date(day: date, language: str) -> str:
    """ "5 novembre 2026", "1er novembre 2026", "5 November 2026"."""
    return wording.day(language, day)


def month_year(day: date, language: str) -> str:
    return wording.month(language, day)


def clock(moment: datetime, language: str) -> str:
    """ "23 h 12" as a French letter writes it, "23:12" in English."""
    return f"{moment:%H}{NBSP}h{NBSP}{moment:%M}" if language == "fr" else f"{moment:%H:%M}"


def incident_when(incident: incidents.Incident, zone: tzinfo | None, language: str) -> str:
    """When an incident happened, as precisely as it is known: "le 4 novembre 2026 à
    23 h 12", "le 4 novembre 2026", "en mars 2026", "vers le 20 novembre 2026", "entre le
    1er novembre 2026 et le 8 novembre 2026" (an approximate span's end is inclusive)."""
    words = _WORDS[language]
    start = dates.from_iso(incident.occurred_at or "")
    if start is None:
        return words["unknown"]
    first = start.astimezone(zone).date()
    end = dates.from_iso(incident.occurred_until or "")
    last = end.astimezone(zone).date() if end else first
    if incident.precision == "exact":  # with the offset: the reader may be elsewhere
        moment = start.astimezone(zone)
        return words["at"].format(day=long_date(first, language),
                                  time=clock(moment, language)) \
            + f" ({wording.utc_offset(moment)})"
    if incident.precision == "day":
        return words["day"].format(day=long_date(first, language))
    if incident.precision == "month":
        if (last.year, last.month) <= (first.year, first.month):
            return words["month"].format(month=month_year(first, language))
        return words["between_months"].format(start=month_year(first, language),
                                              end=month_year(last, language))
    if last <= first:
        return words["around"].format(day=long_date(first, language))
    return words["between"].format(start=long_date(first, language),
                                   end=long_date(last, language))


def on_day(day: date, language: str) -> str:
    """ "le 5 novembre 2026", "on 5 November 2026": a day as a sentence starts it."""
    return _WORDS[language]["day"].format(day=long_date(day, language))


def exhibit_refs(plan: Plan, labels: Sequence[str]) -> str:
    """ "pièce n° 1", "pièces n° 1, 2 et 4", "exhibits 2 and 4"; "" for none."""
    language = plan.options.language
    every = plan.all_exhibits()
    numbers = {exhibit.label: exhibit.number for exhibit in every}
    order = {exhibit.label: index for index, exhibit in enumerate(every)}
    wanted = sorted(dict.fromkeys(labels), key=lambda label: order.get(label, len(order)))
    shown = [numbers.get(label, label) for label in wanted]
    if not shown:
        return ""
    if len(shown) > MAX_REFS:  # an account seen in 123 exhibits is not 123 numbers inline
        return _WORDS[language]["exhibits_range"].format(
            count=wording.number(language, len(shown)), first=shown[0], last=shown[-1])
    key = "exhibit" if len(shown) == 1 else "exhibits"
    return _WORDS[language][key].format(n=listed(shown, language))


def listed(words: Sequence[str], language: str) -> str:
    """ "a", "a et b", "a, b et c" ("and" in English, without the serial comma)."""
    return wording.listed(language, list(words))

"""The letter's facts when the person has described no incident: the acts as the exhibits
show them, one line a day, and the channels they came by (e-mail and web sites included,
never a bare "E-mail" as a platform's name).
"""

from __future__ import annotations

from datetime import date

from app.export import acts as shown_acts
from app.export.plan import Plan
from app.export.summary import clock, exhibit_refs, on_day
from app.export.wording import utc_offset

Block = tuple[str, str]  # (style, text), as app.export.letter composes them
MAX_DAYS = 15  # days of acts told; the report's chronology has them all
MAX_PER_DAY = 4  # acts quoted in one day's line


def channels(plan: Plan, words: dict[str, str]) -> list[str]:
    """ "sur WhatsApp", "par e-mail", "sur le site social.example.com": every platform and
    channel the acts came from, e-mail and web pages included."""
    found = dict.fromkeys(act.channel for act in shown_acts.acts(plan) if act.channel)
    phrases = []
    for name in found:
        if name.casefold() in ("e-mail", "email"):
            phrases.append(words["by_mail"])
        elif name.casefold() == "sms":
            phrases.append(words["by_sms"])
        else:
            key = "on_site" if "." in name and " " not in name else "on_platform"
            phrases.append(words[key].format(name=name))
    return list(dict.fromkeys(phrases))


def days(plan: Plan, words: dict[str, str]) -> list[Block]:
    """With no incident described, the acts as the exhibits show them, one line a day."""
    grouped = shown_acts.by_day(shown_acts.acts(plan))
    if not grouped:
        return []
    blocks: list[Block] = [("paragraph", words["from_items"])]
    blocks += [("list", day_line(plan, when, found, words))
               for when, found in grouped[:MAX_DAYS]]
    if len(grouped) > MAX_DAYS:
        blocks.append(("paragraph", words["more_days"].format(n=len(grouped) - MAX_DAYS)))
    blocks.append(("paragraph", _times(plan, [a for _, acts in grouped for a in acts], words)))
    return blocks


def _times(plan: Plan, found: list[shown_acts.Act], words: dict[str, str]) -> str:
    """Which clock the times above are on: the case's zone with the offsets they had (a
    run of acts can cross a change of summer time), never a bare "23 h 12"."""
    offsets = dict.fromkeys(utc_offset(act.moment) for act in found)
    zone = getattr(plan.zone, "key", "") or "Europe/Paris"
    return words["times"].format(zone=zone.split("/")[-1].replace("_", " "),
                                 offsets=", ".join(offsets))


def day_line(plan: Plan, day: date, found: list[shown_acts.Act], words: dict[str, str]) -> str:
    """ "Le 5 novembre 2026 : à 22 h 41 (WhatsApp), Ombre : « … » (pièce n° 5)." """
    language = plan.options.language
    told = []
    for act in found[:MAX_PER_DAY]:
        text = words["act_at"].format(time=clock(act.moment, language))
        text += f" ({act.channel})" if act.channel else ""
        text += f", {act.author}" if act.author else ""
        what = words["quoted" if act.quoted else "file"].format(text=act.what, name=act.what)
        told.append(text + words["colon"] + what if act.what else text)
    if len(found) > MAX_PER_DAY:
        told.append(words["more_acts"].format(n=len(found) - MAX_PER_DAY))
    when = on_day(day, language)
    when = when[:1].upper() + when[1:]
    refs = exhibit_refs(plan, list(dict.fromkeys(act.label for act in found)))
    return f"{when}{words['colon']}{words['semicolon'].join(told)} ({refs})."

"""What the report says about an exhibit or an incident, in words: when (and how we know),
where it came from, what it is. Shared by the index, the chronology and the exhibit pages.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from app.case import incidents
from app.common import dates, file_names
from app.common.date_conflicts import DateConflict
from app.export import summary, wording
from app.export.exhibit import Exhibit
from app.export.plan import Plan
from app.importing.formats import base


def local(plan: Plan, iso: str | None) -> datetime | None:
    """An ISO time from the vault, in the plan's zone."""
    moment = dates.from_iso(iso or "")
    return moment.astimezone(plan.zone) if moment else None


def captured(plan: Plan, exhibit: Exhibit, offset: bool = False) -> str:
    """ "5 novembre 2026 à 14:30:12", with "(UTC+01:00)" when ``offset``. A time the
    evidence wrote without a zone keeps its wall clock and says its zone is assumed."""
    language = plan.options.language
    if exhibit.zone_assumed:
        moment = dates.from_iso(exhibit.item.captured_at)
        if moment is None:
            return wording.say(language, "when.unknown")
        text = wording.moment(language, moment, seconds=True)
        assumed = wording.say(language, "zone.assumed", zone=zone_name(plan))
        return f"{text}, {assumed}" if offset else text  # no parentheses inside parentheses
    moment = local(plan, exhibit.item.captured_at)
    if moment is None:
        return wording.say(language, "when.unknown")
    text = wording.moment(language, moment, seconds=True)
    return f"{text} ({wording.utc_offset(moment)})" if offset else text


def zone_name(plan: Plan) -> str:
    """ "Europe/Paris": the case's zone as the IANA database names it."""
    return str(getattr(plan.zone, "key", "") or dates.CASE_ZONE)


def conflict_sentence(plan: Plan, exhibit: Exhibit) -> str:
    """ "Date retenue : date affichée par le téléphone ; la date machine de la sauvegarde
    indique le 10 novembre 2025 à 22:00:00 (UTC+01:00). …", or "" without a conflict."""
    if not exhibit.date_conflicts:
        return ""
    language = plan.options.language
    shown = any(c.source == "sms_date" for c in exhibit.date_conflicts)
    used = wording.say(language, "used.sms_shown") if shown else source(plan, exhibit)
    others = [other_date(plan, c) for c in exhibit.date_conflicts]
    return wording.say(language, "conflict.sentence", used=used,
                       others=wording.listed(language, list(dict.fromkeys(others))),
                       why=wording.say(language, "why.sms_shown" if shown else "why.other"))


def other_date(plan: Plan, conflict: DateConflict) -> str:
    """What another source says, in the case's zone with its offset."""
    language = plan.options.language
    moment = local(plan, conflict.value)
    when = (f"{wording.moment(language, moment, seconds=True)} "
            f"({wording.utc_offset(moment)})") if moment else conflict.value
    return wording.say(language, f"other.{conflict.source}", when=when)


_SOURCES = frozenset({base.EXIF, base.EMAIL_HEADER, base.CHAT_LINE, base.SMS_RECORD,
                      base.EXPORT_RECORD,
                      base.PDF_INFO, base.PDF_XMP, base.WEB_PAGE, base.FILENAME, base.CLIPBOARD,
                      base.USER, base.FILE_TIME, base.IMPORT_TIME})


def source(plan: Plan, exhibit: Exhibit) -> str:
    """How the capture time is known, in words ("nom de fichier d'une capture d'écran
    macOS", or "nom du fichier" when the convention has no words of its own)."""
    found = exhibit.item.captured_at_source
    key = f"source.{found}" if found in _SOURCES else "source.unknown"
    if found == base.FILENAME:
        key = _naming(exhibit) or key
    return wording.say(plan.options.language, key)


def _naming(exhibit: Exhibit) -> str:
    """The words' key for the convention the import read the name by ("named.macos"),
    from its metadata "2026-11-05T14:30:12+01:00 (macos-fr)"; "" if none has words."""
    row = file_names.recorded(exhibit.meta("capture.filename"))
    key = f"named.{row.family}" if row else ""
    return key if key in wording.WORDS else ""


def kind(plan: Plan, exhibit: Exhibit) -> str:
    """ "Image (PNG)", "E-mail", "Export de discussion (WhatsApp)"."""
    language = plan.options.language
    name = exhibit.item.kind
    words = wording.say(language, f"kind.{name}" if f"kind.{name}" in wording.WORDS
                        else "kind.other")
    detail = exhibit.item.format.upper() if name in ("image", "audio", "video") else ""
    if name == "chat":
        detail = exhibit.item.platform
    return f"{words} ({detail})" if detail and detail.casefold() != name else words


def origin_ips(exhibit: Exhibit) -> list[str]:
    """The e-mail's origin IPs, without the brackets some headers put around them."""
    found: list[str] = []
    for key in ("email.originating_ip", "email.x_originating_ip"):
        for value in exhibit.metas(key):
            value = value.strip().strip("[]")
            if value and value not in found:
                found.append(value)
    return found


def url(exhibit: Exhibit) -> str:
    return exhibit.item.url or exhibit.meta("web.url") or exhibit.meta("link.url")


def origin_lines(exhibit: Exhibit) -> list[str]:
    """Where an exhibit came from: its platform, its URL, its original file name."""
    lines = [exhibit.item.platform, url(exhibit), exhibit.item.original_name]
    return [line for line in lines if line.strip()]


def incident_when(plan: Plan, incident: incidents.Incident) -> str:
    """When an incident happened, in the words the summary and the letter use (one
    function for all three, so an incident is never "vers février" in one place and
    "entre le 2 et le 22 février" in another), capitalised to open a table cell."""
    text = summary.incident_when(incident, plan.zone, plan.options.language)
    return text[:1].upper() + text[1:]


def refs(plan: Plan, labels: Iterable[str]) -> str:
    """The exhibits' numbers (the one numbering the reader sees), runs of consecutive
    whole exhibits shortened: "1–4, 7, 9-1"."""
    numbers = {part.label: part.number for e in plan.exhibits for part in e.every()}
    keys = sorted({_key(numbers.get(label, label)) for label in labels})
    runs: list[list[tuple[int, int]]] = []
    for whole, sub in keys:
        last = runs[-1][-1] if runs else (-9, 1)
        if sub == 0 and last[1] == 0 and last[0] + 1 == whole:
            runs[-1].append((whole, sub))  # the next whole exhibit: extends the run
        else:
            runs.append([(whole, sub)])
    return ", ".join(_shown(run[0]) if len(run) == 1 else
                     f"{_shown(run[0])}{'–' if len(run) > 2 else ', '}{_shown(run[-1])}"
                     for run in runs)


def _key(number: str) -> tuple[int, int]:
    whole, _, sub = number.partition("-")
    return (int(whole) if whole.isdigit() else 0, int(sub) if sub.isdigit() else 0)


def _shown(key: tuple[int, int]) -> str:
    return f"{key[0]}-{key[1]}" if key[1] else str(key[0])

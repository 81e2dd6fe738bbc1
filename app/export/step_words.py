"""The words of the steps taken (démarches) in the report and the letter, in French and
English, and how a step's date is written.

Kept apart from ``wording.py`` and ``letter_words.py`` because they are one subject; the
same conventions hold: both sides use the same {placeholders}, French puts a no-break
space before ":" and ";".
"""

from __future__ import annotations

from datetime import tzinfo

from app.case import spans
from app.case.steps import Step
from app.common import dates
from app.export import wording

NBSP = wording.NBSP

WORDS: dict[str, tuple[str, str]] = {
    "kind.platform": ("Signalement à une plateforme", "Report to a platform"),
    "kind.provider": ("Signalement à un hébergeur ou fournisseur de messagerie",
                      "Report to a host or mail provider"),
    "kind.pharos": ("Signalement sur PHAROS", "Report on PHAROS"),
    "kind.main-courante": ("Main courante", "Main courante (police record)"),
    "kind.plainte": ("Plainte", "Complaint"),
    "kind.courrier": ("Courrier", "Letter"),
    "kind.constat": ("Constat par commissaire de justice",
                     "Constat by a commissaire de justice"),
    "kind.other": ("Autre démarche", "Other step"),
    "status.sent": ("Envoyé", "Sent"),
    "status.acknowledged": ("Réception confirmée", "Acknowledged"),
    "status.refused": ("Refusé", "Refused"),
    "status.removed": ("Contenu retiré", "Content removed"),
    "status.no-answer": ("Sans réponse", "No answer"),
    "intro": (("Les démarches effectuées, dans l'ordre de leur date, telles que la personne "
               "les a enregistrées, avec la référence que chaque destinataire leur a donnée."),
              ("The steps taken, in date order, as the person recorded them, with the "
               "reference each recipient gave them.")),
    "col.date": ("Date", "Date"),
    "col.step": ("Démarche et destinataire", "Step and recipient"),
    "col.what": ("Ce qui a été fait", "What was done"),
    "col.reference": ("Référence", "Reference"),
    "col.status": ("Suite", "Outcome"),
    "col.exhibits": ("Pièces", "Exhibits"),
    "answer": ("Réponse{_N}: {answer}", "Answer: {answer}"),
    # The letter
    "letter.heading": ("Démarches déjà effectuées", "Steps already taken"),
    "letter.intro": ("Avant la présente plainte, j'ai effectué les démarches suivantes{_N}:",
                     "Before this complaint, I took the following steps:"),
    "letter.step": ("{when}{_N}: {kind}{recipient}{what}{reference}{_N}; suite{_N}: {status}.",
                    "{when}: {kind}{recipient}{what}{reference}; outcome: {status}."),
    "letter.reference": (", référence {reference}", ", reference {reference}"),
    "letter.earlier": (("La présente plainte complète celle que j'ai déposée le {day} "
                        "(lieu du dépôt{_N}: {place}), enregistrée sous le numéro "
                        "{reference}. Les faits qui suivent sont survenus depuis ou n'y "
                        "figuraient pas."),
                       ("This complaint completes the one I filed on {day} (filed at: "
                        "{place}), registered under number {reference}. The acts below "
                        "happened since or were not part of it.")),
    "when.day": ("le {day}", "on {day}"),
    "when.exact": ("le {day} à {time}", "on {day} at {time}"),
    "when.month": ("en {month}", "in {month}"),
}


def say(language: str, key: str, **values: object) -> str:
    """The words ``key`` in ``language`` ("fr" or "en"), with ``values`` filled in."""
    french, english = WORDS[key]
    return (french if language == "fr" else english).format(
        _N=NBSP if language == "fr" else "", **values)


def when(step: Step, zone: tzinfo | None, language: str, phrase: bool = False) -> str:
    """The step's date as precisely as it is known: "8 novembre 2026 à 10:00" in a table
    cell; with ``phrase``, as a sentence opens it: "le 8 novembre 2026", "en novembre 2026"."""
    moment = dates.from_iso(step.done_at)
    if moment is None:
        return step.done_at
    local = moment.astimezone(zone)
    day, month = wording.day(language, local.date()), wording.month(language, local.date())
    if step.precision == spans.EXACT:
        if phrase:
            return say(language, "when.exact", day=day, time=wording.clock(local))
        return wording.moment(language, local)
    if step.precision == spans.MONTH:
        return say(language, "when.month", month=month) if phrase else month
    return say(language, "when.day", day=day) if phrase else day

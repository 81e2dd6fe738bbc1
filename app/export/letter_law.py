"""The letter's legal part: the offences the person chose for her incidents and the texts
they cite (or the request that the procureur qualify the facts), the plainte
complémentaire sentence (from the earlier complaint given at export, else the last one
recorded as a step), and the subject line that names them. Nothing is assumed: an
incident without a qualification adds no article.
"""

from __future__ import annotations

from app.case import qualifications
from app.common import dates
from app.export import letter_steps
from app.export.plan import Plan
from app.export.summary import listed, long_date

Block = tuple[str, str]  # (style, text), as app.export.letter composes them


def chosen_qualifications(plan: Plan) -> list[qualifications.Qualification]:
    """The offences the person chose for the incidents in this export; none is assumed."""
    return qualifications.chosen([e.incident.qualification for e in plan.chronology])


def object_line(plan: Plan, words: dict[str, str]) -> str:
    earlier = plan.options.letter.earlier_date.strip() or letter_steps.last_complaint(plan)
    complaint = words["further_complaint" if earlier else "complaint"]
    offences = [q.offence_fr if plan.options.language == "fr" else q.offence_en
                for q in chosen_qualifications(plan)]
    if not offences:
        return words["object_unqualified"].format(complaint=complaint)
    return words["object"].format(complaint=complaint,
                                  offences=listed(offences, plan.options.language))


def earlier(plan: Plan, words: dict[str, str]) -> list[Block]:
    """The plainte complémentaire sentence, citing the earlier complaint's date, place
    and reference, then the steps already taken."""
    given, place = plan.options.letter.earlier_date.strip(), plan.options.letter.earlier_place
    complaint = letter_steps.last_complaint(plan)
    if given:
        day = dates.from_iso(given)
        said = long_date(day.date(), plan.options.language) if day else given
        cited = [("paragraph", words["earlier"].format(
            day=said, place=place.strip() or words["earlier_place"]))]
    else:
        cited = [letter_steps.earlier_sentence(plan, complaint, words)] if complaint else []
    return cited + letter_steps.taken(plan)


def qualification(plan: Plan, words: dict[str, str]) -> list[Block]:
    """The texts the chosen offences cite, or the request that the procureur qualify them."""
    chosen = chosen_qualifications(plan)
    if not chosen:
        return [("paragraph", words["unqualified"])]
    french = plan.options.language == "fr"
    return [("paragraph", words["qualified"])] + [
        ("list", words["offence"].format(offence=q.offence_fr if french else q.offence_en,
                                         articles=q.cited() if french else q.articles))
        for q in chosen]


def harassment(plan: Plan) -> bool:
    """Repetition is what harassment requires; the letter claims it only for that offence."""
    return any(q.key.startswith("harcelement") for q in chosen_qualifications(plan))

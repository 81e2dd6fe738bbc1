"""The legal qualifications a person may give an incident, and the texts they cite.

A qualification is chosen, never assumed: an incident without one makes the letter ask
the procureur to qualify the facts. The citations are those of the French codes as in
force in 2026 (Légifrance); the letter quotes them as written here, in French in either
language, because that is how a French court reads them.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.common.texts import QT_TRANSLATE_NOOP

CODE_PENAL = "du Code pénal"
PRESS_LAW = "de la loi du 29 juillet 1881 sur la liberté de la presse"


@dataclass(frozen=True)
class Qualification:
    key: str  # stored in incidents.qualification
    label: str  # the offence, in English, for the picker (translated by Qt)
    offence_fr: str  # the offence as the letter names it in French
    offence_en: str
    articles: str  # the texts cited, in French: "article 222-33-2-2 du Code pénal"

    def cited(self) -> str:
        """The texts as a French sentence cites them: "l'article …", "les articles …"."""
        return ("les " if self.articles.startswith("articles") else "l'") + self.articles


QUALIFICATIONS = (
    Qualification("harcelement-moral", QT_TRANSLATE_NOOP("qualification", "Moral harassment"),
                  "harcèlement moral", "moral harassment",
                  f"article 222-33-2-2 {CODE_PENAL}"),
    Qualification("harcelement-conjoint",
                  QT_TRANSLATE_NOOP("qualification",
                                    "Harassment by a current or former partner"),
                  "harcèlement moral par le conjoint, le concubin ou le partenaire lié par "
                  "un pacte civil de solidarité, actuel ou ancien",
                  "harassment by a current or former spouse, partner or cohabitant",
                  f"article 222-33-2-1 {CODE_PENAL}"),
    Qualification("usurpation-identite",
                  QT_TRANSLATE_NOOP("qualification", "Identity theft"),
                  "usurpation d'identité", "identity theft",
                  f"article 226-4-1 {CODE_PENAL}"),
    Qualification("menaces", QT_TRANSLATE_NOOP("qualification", "Threats"),
                  "menaces", "threats", f"articles 222-17 et 222-18 {CODE_PENAL}"),
    Qualification("revelation-informations",
                  QT_TRANSLATE_NOOP("qualification",
                                    "Exposing private information (doxxing)"),
                  "révélation d'informations permettant d'identifier ou de localiser une "
                  "personne aux fins de l'exposer à un risque",
                  "disclosing information that identifies or locates a person so as to "
                  "expose them to a risk", f"article 223-1-1 {CODE_PENAL}"),
    Qualification("images-intimes",
                  QT_TRANSLATE_NOOP("qualification", "Sharing intimate images"),
                  "diffusion sans son accord d'images à caractère sexuel",
                  "sharing sexual images without consent", f"article 226-2-1 {CODE_PENAL}"),
    Qualification("atteinte-vie-privee",
                  QT_TRANSLATE_NOOP("qualification", "Invasion of privacy"),
                  "atteinte à l'intimité de la vie privée", "invasion of privacy",
                  f"article 226-1 {CODE_PENAL}"),
    Qualification("injure-publique", QT_TRANSLATE_NOOP("qualification", "Public insult"),
                  "injure publique", "public insult",
                  f"articles 29, alinéa 2, et 33 {PRESS_LAW}"),
    Qualification("diffamation-publique",
                  QT_TRANSLATE_NOOP("qualification", "Public defamation"),
                  "diffamation publique", "public defamation",
                  f"articles 29, alinéa 1er, et 32 {PRESS_LAW}"),
    Qualification("injure-non-publique",
                  QT_TRANSLATE_NOOP("qualification", "Private insult"),
                  "injure non publique", "private insult", f"article R. 621-2 {CODE_PENAL}"),
)
BY_KEY = {q.key: q for q in QUALIFICATIONS}
KEYS = tuple(BY_KEY)


def check(key: str) -> str:
    """``key`` if it is known or empty (no qualification); a ValueError otherwise."""
    if key and key not in BY_KEY:
        raise ValueError(f"unknown qualification {key!r}; one of {', '.join(KEYS)}")
    return key


def chosen(keys: list[str]) -> list[Qualification]:
    """The distinct qualifications among ``keys``, in the order of the list above."""
    present = set(keys)
    return [q for q in QUALIFICATIONS if q.key in present]

"""The report's sentences about corroborations (issue #15 §2), in French and English:
"la capture de la pièce n° 4 correspond au message du 5 novembre 2026 à 14:30 de
l'export Instagram, pièce n° 31-2", with how strong the match is and the rule it follows."""

from __future__ import annotations

from app.case import corroboration
from app.export import wording
from app.export.exhibit import Corroborated

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Corroborations", "Corroborations"),
    "intro": (
        ("Le texte lu automatiquement dans ces captures se retrouve dans des messages "
         "exportés par la plateforme elle-même ou sauvegardés depuis le téléphone. Règle "
         "suivie{_N}: le même texte (sans tenir compte des majuscules, des accents ni des "
         "espaces, semblable à {similar}{_N}% au moins pour tenir compte des erreurs de "
         "lecture, à {similar_short}{_N}% sous {short} caractères), sur des messages d'au "
         "moins {shortest} caractères{_N}; puis, quand la capture les montre, la même heure "
         "à {minutes} minutes près, ou le même jour. Un texte envoyé plusieurs fois ne "
         "compte que si l'heure ou le jour désigne un seul de ces messages."),
        ("The text read automatically in these screenshots is also in messages exported "
         "by the platform itself or backed up from the phone. Rule followed: the same text "
         "(ignoring capitals, accents and spaces, at least {similar}% alike to allow for "
         "reading errors, {similar_short}% under {short} characters), in messages of at "
         "least {shortest} characters; then, where the screenshot shows them, the same "
         "time within {minutes} minutes, or the same day. A text sent more than once "
         "counts only where the time or day points to one of those messages.")),
    "in_bundle": (
        ("La capture de la pièce n°{_N}{shot} correspond au message du {day} à {time} de "
         "l'export {platform}, pièce n°{_N}{exhibit}{_N}: {how}."),
        ("The screenshot of exhibit {shot} matches the message of {day} at {time} in the "
         "{platform} export, exhibit {exhibit}: {how}.")),
    "in_vault": (
        ("La capture de la pièce n°{_N}{shot} correspond au message du {day} à {time} d'un "
         "export {platform} conservé dans le coffre Dossier, qui n'est pas joint à ce "
         "dossier{_N}: {how}."),
        ("The screenshot of exhibit {shot} matches the message of {day} at {time} in the "
         "{platform} export kept in the Dossier vault, which is not included in this "
         "bundle: {how}.")),
    corroboration.TEXT_AND_TIME: (
        "même texte, et l'heure {shown} affichée sur la capture est celle du message",
        "same text, and the time {shown} shown on the screenshot is the message's"),
    corroboration.TEXT_AND_DAY: (
        "même texte, et la capture est datée du même jour",
        "same text, and the screenshot is dated the same day"),
    corroboration.TEXT: (
        "même texte, sans heure ni date de la capture pour le confirmer",
        "same text, with no time or date of the screenshot to confirm it"),
}


def say(language: str, key: str, **values: object) -> str:
    return wording.say_from(WORDS, language, key, **values)


def intro(language: str) -> str:
    """The rule, as the report states it once."""
    return say(language, "intro", similar=round(corroboration.SIMILAR * 100),
               similar_short=round(corroboration.SIMILAR_SHORT * 100),
               short=corroboration.SHORT,
               shortest=corroboration.SHORTEST, minutes=corroboration.CLOSE_MINUTES)


def sentence(language: str, found: Corroborated) -> str:
    """ "La capture de la pièce n° 4 correspond au message du 5 novembre 2026 à 14:30 de
    l'export Instagram, pièce n° 31-2 : même texte, ..." (an export that names no
    platform is just "l'export")."""
    how = say(language, found.strength, shown=found.shown_time)
    return say(language, "in_bundle" if found.exhibit else "in_vault", shot=found.screenshot,
               day=wording.day(language, found.message_at.date()),
               time=wording.clock(found.message_at),
               platform=found.platform, exhibit=found.exhibit, how=how).replace("  ", " ")

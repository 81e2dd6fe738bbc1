"""PHAROS.txt: a note to the victim herself, inside a platform's bundle.

The notice speaks to the platform; this note speaks to her. It says where to send the
notice (the platform's entry point, as offline text: Dossier sends nothing), and where
PHAROS, the French police's service for reporting illegal content on the internet,
applies: public content, not private messages, and never instead of a complaint. For
each item with an address it prepares what PHAROS's form asks for (the address, the date
and time, a description), ready to paste.
"""

from __future__ import annotations

from app.export.exhibit import Exhibit
from app.export.plan import Plan
from app.export.platforms import entry_point
from app.export.report import facts

FILE_NAME = "PHAROS.txt"
WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Pour vous, pas pour {platform} : envoyer la notification, et PHAROS",
        "send": "1. Envoyer la notification à {platform}",
        "known": "Centre d'aide ({platform}) : {page} (adresse notée hors ligne ; "
                 "vérifiez-la). Dans l'application, le menu « … » d'une publication ou d'un "
                 "profil, puis « Signaler », propose une option pour un contenu illégal au "
                 "regard du droit de l'Union ou d'un État membre : c'est là que se fait une "
                 "notification au titre de l'article 16 du DSA.",
        "unknown": "Dossier ne connaît pas le point de contact de {platform} : cherchez sur "
                   "son site le formulaire de signalement de contenu illicite (DSA).",
        "how": "Collez le texte de {notice} dans le formulaire, joignez les pièces, et "
               "gardez l'accusé de réception : c'est une démarche à garder dans votre "
               "dossier. Dossier n'envoie rien lui-même.",
        "pharos": "2. PHAROS (internet-signalement.gouv.fr)",
        "where": "PHAROS est le service de la police et de la gendarmerie qui reçoit les "
                 "signalements de contenus illicites PUBLICS sur internet : une publication, "
                 "un commentaire ou un profil que tout le monde peut voir. Il ne traite pas "
                 "les messages privés (messagerie, SMS, e-mails) : pour ceux-ci, déposez "
                 "plainte. Un signalement à PHAROS ne remplace pas une plainte. En cas de "
                 "danger immédiat, appelez le 17 (ou envoyez un SMS au 114).",
        "ready": "Prêt à coller, pour chaque contenu qui a une adresse (si ce contenu est "
                 "public) :",
        "item": "Pièce n° {number}",
        "url": "Adresse (URL) : {url}",
        "when": "Date et heure : {when}",
        "description": "Description : {text}",
        "no_url": "Aucun contenu de ce dossier n'a d'adresse (URL) : PHAROS en a besoin "
                  "pour trouver le contenu.",
        "by": "publication de {account} : {text}",
    },
    "en": {
        "title": "For you, not for {platform}: sending the notice, and PHAROS",
        "send": "1. Sending the notice to {platform}",
        "known": "{platform} help centre: {page} (address noted offline; check it). In the "
                 "app, the \"…\" menu of a post or a profile, then \"Report\", offers an "
                 "option for content that is illegal under the law of the European Union or "
                 "of a member state: that is where a notice under Article 16 of the DSA is "
                 "made.",
        "unknown": "Dossier does not know {platform}'s point of contact: look on its website "
                   "for the form to report illegal content (DSA).",
        "how": "Paste the text of {notice} into the form, attach the exhibits, and keep the "
               "acknowledgement: it is a step to keep in your case. Dossier never sends "
               "anything itself.",
        "pharos": "2. PHAROS (internet-signalement.gouv.fr)",
        "where": "PHAROS is the French police and gendarmerie service that receives reports "
                 "of illegal PUBLIC content on the internet: a post, a comment or a profile "
                 "that anyone can see. It does not handle private messages (messaging apps, "
                 "text messages, e-mails): for those, file a complaint. A PHAROS report does "
                 "not replace a complaint. In immediate danger, call 17 (or text 114).",
        "ready": "Ready to paste, for each content that has an address (if it is public):",
        "item": "Exhibit {number}",
        "url": "Address (URL): {url}",
        "when": "Date and time: {when}",
        "description": "Description: {text}",
        "no_url": "No content in this bundle has an address (URL): PHAROS needs one to find "
                  "the content.",
        "by": "post by {account}: {text}",
    },
}


def note(plan: Plan, notice_name: str) -> str:
    """The note, in the plan's language, for the notice file ``notice_name``."""
    words = WORDS[plan.options.language]
    platform = plan.options.platform.strip()
    known = entry_point(platform)
    lines = [words["title"].format(platform=platform), "",
             words["send"].format(platform=platform),
             words["known"].format(platform=known.name, page=known.help_page) if known
             else words["unknown"].format(platform=platform),
             words["how"].format(notice=notice_name), "", words["pharos"], words["where"], ""]
    located = [e for e in plan.all_exhibits() if facts.url(e)]
    if not located:
        return "\n".join([*lines, words["no_url"]]) + "\n"
    lines.append(words["ready"])
    for exhibit in located:
        lines += ["", words["item"].format(number=exhibit.number),
                  words["url"].format(url=facts.url(exhibit)),
                  words["when"].format(when=facts.captured(plan, exhibit, offset=True)),
                  words["description"].format(text=_description(exhibit, words))]
    return "\n".join(lines) + "\n"


def _description(exhibit: Exhibit, words: dict[str, str]) -> str:
    """Her own description of the item, else its title, with the account it came from."""
    text = " ".join((exhibit.item.description or exhibit.title).split())
    if not exhibit.accounts:
        return text
    return words["by"].format(account=", ".join(exhibit.accounts), text=text)

"""The words of the abuse report (RFC 5965) in French and English.

The report goes to an e-mail provider's abuse desk: its first part is read by a person
there, so it says plainly what happened, from which address, when, and which exhibit of
the case it is. Kept apart from the builder so a translator reads the sentences alone.
"""

from __future__ import annotations

LANGUAGES = ("fr", "en")

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "subject": "Signalement d'abus : harcèlement envoyé depuis {sender}",
        "intro": "Bonjour,\n\nJe reçois des messages de harcèlement envoyés depuis votre "
                 "service. Le message joint en est un : je vous le transmets au format ARF "
                 "(RFC 5965) pour que vous puissiez agir contre le compte qui l'a envoyé.",
        "sender": "Expéditeur : {sender}",
        "ip": "Adresse IP d'origine : {ip} (lue dans l'en-tête {header})",
        "no_ip": "Adresse IP d'origine : aucune n'apparaît dans les en-têtes du message.",
        "when": "Date et heure (UTC) : {when}",
        "message_id": "Identifiant du message : {message_id}",
        "exhibit": "Référence : pièce n° {number} de mon dossier",
        "item": "Référence : élément {number} de mon dossier",
        "closing": "Le message original est joint tel que je l'ai reçu, octet pour octet, "
                   "avec tous ses en-têtes. Je vous remercie de bien vouloir suspendre ce "
                   "compte, conserver les données de connexion associées et m'indiquer la "
                   "suite donnée à ce signalement.",
        "header_x": "X-Originating-IP",
        "header_received": "Received n° {n}, en partant du bas",
        "header_any": "Received",
    },
    "en": {
        "subject": "Abuse report: harassment sent from {sender}",
        "intro": "Hello,\n\nI am receiving harassing messages sent through your service. "
                 "The attached message is one of them: I am sending it in the Abuse "
                 "Reporting Format (RFC 5965) so that you can act against the account that "
                 "sent it.",
        "sender": "Sender: {sender}",
        "ip": "Originating IP address: {ip} (read in the header {header})",
        "no_ip": "Originating IP address: none appears in the message's headers.",
        "when": "Date and time (UTC): {when}",
        "message_id": "Message-ID: {message_id}",
        "exhibit": "Reference: exhibit {number} of my case file",
        "item": "Reference: item {number} of my case file",
        "closing": "The original message is attached exactly as I received it, byte for "
                   "byte, with all its headers. Please suspend this account, preserve the "
                   "connection data linked to it, and tell me what action was taken.",
        "header_x": "X-Originating-IP",
        "header_received": "Received no. {n}, counted from the bottom",
        "header_any": "Received",
    },
}

# Printed beside the addresses, on the terminal and in the window.
WHERE_TO_SEND = {
    "fr": "Dossier ne peut pas vérifier ces adresses hors ligne : ce sont des suppositions "
          "(abuse@ suivi du domaine). Vérifiez sur le site du fournisseur son adresse ou son "
          "formulaire de signalement, puis envoyez le fichier .eml depuis votre propre "
          "messagerie. Dossier n'envoie jamais rien.",
    "en": "Dossier cannot check these addresses offline: they are guesses (abuse@ and the "
          "domain). Check the provider's site for its abuse address or form, then send the "
          ".eml file from your own mail program. Dossier never sends anything.",
}


def header_name(source: str, language: str) -> str:
    """ "received:3" → the reader's words for that header."""
    words = WORDS[language]
    if source == "x-originating-ip":
        return words["header_x"]
    name, _colon, number = source.partition(":")
    if name == "received" and number.isdigit():
        return words["header_received"].format(n=number)
    return words["header_any"]

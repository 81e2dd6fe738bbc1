"""The words of the notice to a platform (DSA Art. 16) in French and English.

Article 16(2) of Regulation (EU) 2022/2065 lists what a notice must hold for the
platform to have "actual knowledge" of illegal content: (a) why it is illegal, (b) its
exact electronic location, (c) the notifier's name and e-mail, except for the offences of
Articles 3 to 7 of Directive 2011/93/EU, (d) a statement of good faith. Each section of
the notice says which of these it answers. Kept apart from the builder so a translator
reads the sentences alone.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "file": "Notification-DSA-{platform}",
        "title": "Notification de contenus illicites",
        "subtitle": "Article 16 du règlement (UE) 2022/2065 du 19 octobre 2022 relatif à un "
                    "marché unique des services numériques (règlement sur les services "
                    "numériques, « DSA »)",
        "to": "À : {platform}, mécanisme de notification des contenus illicites",
        "made": "Établie le {day} (référence des pièces : {prefix}).",
        "intro": "Je vous notifie les contenus ci-dessous, présents sur votre service, que "
                 "je tiens pour illicites au regard du droit français. Conformément à "
                 "l'article 16, paragraphe 3, du règlement, cette notification vous donne "
                 "connaissance de leur caractère illicite ; je vous demande de les retirer "
                 "ou d'en rendre l'accès impossible, et de m'informer de votre décision "
                 "(article 16, paragraphe 5).",
        "items": "1. Les contenus et leur emplacement électronique exact (art. 16, § 2, b)",
        "item": "Pièce n° {number} — {when} — {account}",
        "url": "URL : {url}",
        "no_url": "URL : AUCUNE. Sans l'URL exacte, la plateforme ne peut pas localiser ce "
                  "contenu : ajoutez-la avant l'envoi, ou retirez cette ligne.",
        "no_account": "compte non identifié",
        "kind": "({what})",
        "why": "2. Pourquoi ces contenus sont illicites (art. 16, § 2, a)",
        "why_intro": "Ces contenus relèvent des faits suivants, qualifiés au regard du droit "
                     "français :",
        "incident": "{when} : {title}",
        "offence": "{offence} : {articles}.",
        "unqualified": "Aucune qualification pénale n'a encore été choisie pour ces faits "
                       "dans le dossier : indiquez avant l'envoi quelle loi ces contenus "
                       "enfreignent (par exemple le harcèlement moral, article 222-33-2-2 "
                       "du Code pénal), faute de quoi la notification n'est pas "
                       "suffisamment étayée.",
        "notifier": "3. Auteur de la notification (art. 16, § 2, c)",
        "name": "Nom : {name}",
        "email": "Adresse électronique : {email}",
        "missing": "[à compléter]",
        "notifier_rule": "Le règlement dispense de ces informations uniquement pour les "
                         "infractions visées aux articles 3 à 7 de la directive 2011/93/UE "
                         "(abus sexuels et exploitation sexuelle des enfants). Les contenus "
                         "notifiés ici n'en relèvent pas : le nom et l'adresse électronique "
                         "sont donc requis.",
        "good_faith": "4. Déclaration de bonne foi (art. 16, § 2, d)",
        "statement": "Je déclare de bonne foi avoir la conviction que les informations et "
                     "les allégations contenues dans la présente notification sont exactes "
                     "et complètes.",
        "files": "Pièces jointes",
        "files_text": "Les pièces citées sont jointes dans ce dossier ({report}, dossier "
                      "originals/). Leur empreinte SHA-256 figure dans SHA256SUMS.",
        "files_copies": "Les photos qui indiquaient le lieu de la prise de vue y sont des "
                        "copies sans cette localisation.",
        "signature": "Signature : {name}",
    },
    "en": {
        "file": "Notice-DSA-{platform}",
        "title": "Notice of illegal content",
        "subtitle": "Article 16 of Regulation (EU) 2022/2065 of 19 October 2022 on a Single "
                    "Market For Digital Services (Digital Services Act, \"DSA\")",
        "to": "To: {platform}, notice and action mechanism for illegal content",
        "made": "Made on {day} (exhibit reference: {prefix}).",
        "intro": "I notify you of the content below, on your service, which I hold to be "
                 "illegal under French law. Under Article 16(3) of the Regulation, this "
                 "notice gives you knowledge of its illegality; I ask you to remove it or "
                 "disable access to it, and to inform me of your decision (Article 16(5)).",
        "items": "1. The content and its exact electronic location (Art. 16(2)(b))",
        "item": "Exhibit {number} — {when} — {account}",
        "url": "URL: {url}",
        "no_url": "URL: NONE. Without its exact URL the platform cannot locate this "
                  "content: add it before sending, or remove this line.",
        "no_account": "account not identified",
        "kind": "({what})",
        "why": "2. Why the content is illegal (Art. 16(2)(a))",
        "why_intro": "The content belongs to the following facts, qualified under French law "
                     "(the texts are cited in French, as a French court reads them):",
        "incident": "{when}: {title}",
        "offence": "{offence}: {articles}.",
        "unqualified": "No criminal qualification has been chosen for these facts in the "
                       "case yet: before sending, state which law the content breaks (for "
                       "example moral harassment, article 222-33-2-2 du Code pénal), or the "
                       "notice is not sufficiently substantiated.",
        "notifier": "3. The notifier (Art. 16(2)(c))",
        "name": "Name: {name}",
        "email": "E-mail address: {email}",
        "missing": "[to be completed]",
        "notifier_rule": "The Regulation waives this information only for the offences "
                         "referred to in Articles 3 to 7 of Directive 2011/93/EU (sexual "
                         "abuse and sexual exploitation of children). The content notified "
                         "here is not of that kind: the name and e-mail address are "
                         "therefore required.",
        "good_faith": "4. Statement of good faith (Art. 16(2)(d))",
        "statement": "I state my bona fide belief that the information and allegations "
                     "contained in this notice are accurate and complete.",
        "files": "Attached files",
        "files_text": "The exhibits cited are attached in this bundle ({report}, folder "
                      "originals/). Their SHA-256 fingerprints are in SHA256SUMS.",
        "files_copies": "Photos that showed where they were taken are copies there, without "
                        "that location.",
        "signature": "Signature: {name}",
    },
}

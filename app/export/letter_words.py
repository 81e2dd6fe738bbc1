"""The sentences of the letter to the procureur, in French and in English.

The letter's language is chosen per export, whatever the window's language, and the core
cannot use Qt's translations: so both languages sit here, key by key. Brackets mark
what the user must fill in or delete before signing. French puts a no-break space
(\\u00a0) before ":" and after "n°".
"""

from __future__ import annotations

_FR = {
    "title": "Plainte – lettre au procureur de la République",
    "your_name": "[Vos nom et prénom]",
    "your_address": "[Votre adresse]",
    "your_contact": "[Votre téléphone ou votre adresse e-mail]",
    "your_contact_phrase": "joignable au [votre téléphone ou votre adresse e-mail]",
    "your_town": "[ville]",
    "reach_phone": "joignable au {contact}",
    "reach_mail": "joignable à l'adresse {contact}",
    "addressee": "Monsieur ou Madame le Procureur de la République\n"
                 "Tribunal judiciaire de [ville]\n[Adresse du tribunal]",
    "place_date": "À {place}, le {day}",
    "registered": "Lettre recommandée avec demande d'avis de réception",
    "object": "Objet\u00a0: {complaint} pour {offences}",
    "object_unqualified": "Objet\u00a0: {complaint} pour des faits commis en ligne",
    "complaint": "plainte", "further_complaint": "plainte complémentaire",
    "salutation": "Monsieur ou Madame le Procureur de la République,",
    "identity": "Je soussigné(e) {name}, né(e) le [date de naissance] à [lieu de naissance], "
                "de nationalité [nationalité], exerçant la profession de [profession], "
                "demeurant {address}, {contact}, ai l'honneur de porter plainte pour les faits "
                "exposés ci-dessous.",
    "earlier": "La présente plainte complète celle que j'ai déposée le {day} "
               "(lieu du dépôt\u00a0: {place})[, enregistrée sous le numéro …]. Les faits qui suivent sont "
               "survenus depuis ou n'y figuraient pas.",
    "earlier_place": "[le commissariat, la brigade de gendarmerie ou le parquet de …]",
    "qualified": "Ces faits me paraissent constituer les infractions suivantes\u00a0:",
    "offence": "{offence} (faits prévus et réprimés par {articles})",
    "unqualified": "Je vous demande de bien vouloir donner à ces faits la qualification "
                   "pénale qui leur convient.",
    "civil_party": "Je déclare me constituer partie civile et entends demander réparation "
                   "de mon préjudice.",
    "civil_party_offer": "[Si vous souhaitez obtenir réparation, gardez la phrase "
                         "suivante\u00a0; sinon, supprimez-la.] Je déclare me constituer "
                         "partie civile et entends demander réparation de mon préjudice.",
    "facts": "Les faits",
    "acts": "Entre le {first} et le {last}, j'ai relevé {acts} me visant{where}.",
    "acts_day": "Le {first}, j'ai relevé {acts} me visant{where}.",
    "act": "un acte", "many_acts": "{n} actes distincts",
    "on": ", {platforms}",
    "by_mail": "par e-mail", "by_sms": "par SMS", "on_site": "sur le site {name}",
    "on_platform": "sur {name}",
    "from_items": "Les pièces montrent, jour par jour, les faits suivants\u00a0:",
    "times": "Les heures sont données à l'heure de {zone} ({offsets})\u00a0; celles des "
             "conversations et des noms de fichiers sont l'heure locale de l'appareil, "
             "supposée être celle de {zone}.",
    "act_at": "à {time}", "file": "fichier {name}", "quoted": "«\u00a0{text}\u00a0»",
    "more_acts": "et {n} autres", "more_days": "Les {n} autres jours figurent dans la "
    "chronologie du rapport joint.",
    "incidents": "Les principaux faits sont les suivants\u00a0:",
    "facts_placeholder": "[Décrivez ici, avec vos mots, les faits\u00a0: comment ils ont "
                         "commencé, les dates, les lieux (sites, réseaux sociaux, "
                         "messageries), les propos tenus, qui en est l'auteur selon vous.]",
    "colon": "\u00a0: ", "semicolon": "\u00a0; ",
    "accounts": "Comptes en cause\u00a0: {accounts}.",
    "repeated": "Ces propos et comportements sont répétés et me visent personnellement.",
    "author": "L'auteur des faits",
    "against": "Je porte plainte contre la ou les personnes utilisant les identifiants "
               "suivants, ainsi que contre toute autre personne que l'enquête permettrait "
               "d'identifier\u00a0:",
    "against_x": "L'auteur des faits n'ayant pas pu être identifié, je porte plainte "
                 "contre X.",
    "account": "le compte «\u00a0{value}\u00a0»",
    "email": "l'adresse e-mail {value}",
    "phone": "le numéro de téléphone {value}",
    "ip": "l'adresse IP {value}, relevée dans les en-têtes d'un e-mail reçu",
    "more_identifiers": "ainsi que {n} autres identifiants, énumérés dans le rapport joint.",
    "requisitions": "Je vous demande de bien vouloir faire procéder aux réquisitions "
                    "nécessaires auprès des plateformes et des opérateurs concernés afin "
                    "d'identifier l'auteur ou les auteurs de ces faits.",
    "witnesses": "Témoins",
    "witnesses_given": "Les personnes suivantes peuvent témoigner de ces faits\u00a0: "
                       "{witnesses}",
    "witnesses_placeholder": "[Noms et coordonnées des éventuels témoins. S'il n'y en a "
                             "pas, supprimez ce paragraphe.]",
    "harm": "Le préjudice subi",
    "harm_given": "Ces agissements ont dégradé mes conditions de vie\u00a0: {harm}",
    "harm_placeholder": "[Décrivez le préjudice subi\u00a0: la peur, l'atteinte à votre "
                        "santé (certificats médicaux, arrêts de travail), les conséquences "
                        "sur votre travail ou votre vie sociale, les frais engagés.]",
    "exhibits": "Les pièces jointes",
    "exhibits_intro": "Je joins à la présente plainte les pièces suivantes. Elles sont "
                      "remises sur support numérique avec un fichier d'empreintes "
                      "(SHA256SUMS) qui permet de vérifier qu'elles n'ont pas été "
                      "modifiées\u00a0:",
    "exhibit": "Pièce n°\u00a0{number}\u00a0: {title}",
    "bordereau": "Je joins à la présente plainte les pièces qui établissent ces faits\u00a0: "
                 "voir le bordereau joint ({n} pièces). Elles sont remises sur support "
                 "numérique avec un fichier d'empreintes (SHA256SUMS) qui permet de vérifier "
                 "qu'elles n'ont pas été modifiées.",
    "no_exhibits": "[Énumérez les pièces jointes\u00a0: captures d'écran, messages, "
                   "certificats médicaux.]",
    "follow_up": "Je vous remercie de bien vouloir m'informer des suites qui seront données "
                 "à ma plainte. Je me tiens à votre disposition, ainsi qu'à celle des "
                 "enquêteurs, pour tout renseignement complémentaire.",
    "closing": "Je vous prie d'agréer, Monsieur ou Madame le Procureur de la République, "
               "l'expression de ma considération distinguée.",
}

_EN = {
    "title": "Complaint – letter to the Public Prosecutor",
    "your_name": "[Your full name]",
    "your_address": "[Your address]",
    "your_contact": "[Your telephone number or e-mail address]",
    "your_contact_phrase": "reachable at [your telephone number or e-mail address]",
    "your_town": "[town]",
    "reach_phone": "reachable on {contact}",
    "reach_mail": "reachable at {contact}",
    "addressee": "To the Public Prosecutor (Procureur de la République)\n"
                 "Judicial Court (Tribunal judiciaire) of [town]\n[Address of the court]",
    "place_date": "{place}, {day}",
    "registered": "Recorded delivery with acknowledgement of receipt",
    "object": "Subject: {complaint} for {offences}",
    "object_unqualified": "Subject: {complaint} for acts committed online",
    "complaint": "complaint", "further_complaint": "further complaint",
    "salutation": "Dear Public Prosecutor,",
    "identity": "I, the undersigned {name}, born on [date of birth] in [place of birth], "
                "of [nationality] nationality, [occupation], residing at {address}, "
                "{contact}, hereby file a complaint for the acts set out below.",
    "earlier": "This complaint completes the one I filed on {day} (filed at: "
               "{place})[, registered under number …]. The acts below happened since or were not "
               "part of it.",
    "earlier_place": "[the police station, gendarmerie or prosecutor's office of …]",
    "qualified": "These acts appear to me to constitute the following offences:",
    "offence": "{offence} (an offence under French law: {articles})",
    "unqualified": "I ask you to give these acts the legal qualification that fits them.",
    "civil_party": "I declare that I join the proceedings as a civil party (partie civile) "
                   "and intend to claim compensation for the harm I suffered.",
    "civil_party_offer": "[If you wish to claim compensation, keep the following sentence; "
                         "otherwise delete it.] I declare that I join the proceedings as a "
                         "civil party (partie civile) and intend to claim compensation for "
                         "the harm I suffered.",
    "facts": "The facts",
    "acts": "Between {first} and {last}, I recorded {acts} aimed at me{where}.",
    "acts_day": "On {first}, I recorded {acts} aimed at me{where}.",
    "act": "one act", "many_acts": "{n} separate acts",
    "on": ", {platforms}",
    "by_mail": "by e-mail", "by_sms": "by text message (SMS)",
    "on_site": "on the website {name}", "on_platform": "on {name}",
    "from_items": "The exhibits show the following acts, day by day:",
    "times": "Times are given in {zone} time ({offsets}); those of conversations and file "
             "names are the device's local time, assumed to be {zone} time.",
    "act_at": "at {time}", "file": "file {name}", "quoted": "“{text}”",
    "more_acts": "and {n} more", "more_days": "The other {n} days are in the chronology of "
    "the attached report.",
    "incidents": "The main facts are the following:",
    "facts_placeholder": "[Describe here, in your own words, the facts: how they began, "
                         "the dates, the places (websites, social networks, messaging "
                         "apps), what was said, who you believe the author is.]",
    "colon": ": ", "semicolon": "; ",
    "accounts": "Accounts involved: {accounts}.",
    "repeated": "These words and acts are repeated and aimed at me personally.",
    "author": "The author of the facts",
    "against": "I file this complaint against the person or persons using the following "
               "identifiers, and against any other person the investigation may identify:",
    "against_x": "As the author of the facts could not be identified, I file this "
                 "complaint against a person or persons unknown (contre X).",
    "account": "the account “{value}”",
    "email": "the e-mail address {value}",
    "phone": "the telephone number {value}",
    "ip": "the IP address {value}, found in the headers of an e-mail I received",
    "more_identifiers": "and {n} other identifiers, listed in the attached report.",
    "requisitions": "I ask you to have the necessary requests made to the platforms and "
                    "operators concerned so as to identify the author or authors of these "
                    "acts.",
    "witnesses": "Witnesses",
    "witnesses_given": "The following people can testify to these facts: {witnesses}",
    "witnesses_placeholder": "[Names and contact details of any witnesses. If there are "
                             "none, delete this paragraph.]",
    "harm": "The harm suffered",
    "harm_given": "These acts have degraded my living conditions: {harm}",
    "harm_placeholder": "[Describe the harm suffered: fear, effects on your health "
                        "(medical certificates, sick leave), on your work or social life, "
                        "the costs incurred.]",
    "exhibits": "Exhibits",
    "exhibits_intro": "I enclose the following exhibits with this complaint. They are "
                      "provided in digital form with a file of fingerprints (SHA256SUMS) "
                      "that shows they have not been altered:",
    "exhibit": "Exhibit {number}: {title}",
    "bordereau": "I enclose the exhibits that establish these facts: see the attached "
                 "exhibit index ({n} exhibits). They are provided in digital form with a "
                 "file of fingerprints (SHA256SUMS) that shows they have not been altered.",
    "no_exhibits": "[List the enclosed exhibits: screenshots, messages, medical "
                   "certificates.]",
    "follow_up": "I would be grateful if you would inform me of the action taken on my "
                 "complaint. I remain at your disposal, and at that of the investigators, "
                 "for any further information.",
    "closing": "Yours faithfully,",
}

WORDS = {"fr": _FR, "en": _EN}

"""The report's sentences in French and English, side by side, and how it writes dates,
numbers and sizes in each.

The report's language is chosen per export, whatever the language of the window, and the
core cannot use Qt's translations; so the report keeps its own small catalogue. Dates
are spelled here rather than through the ``locale`` module, which depends on what the
OS has installed.
"""

from __future__ import annotations

from datetime import date, datetime

NBSP = "\u00a0"  # French puts one before ":" ";" "?" "!" and inside « »

# key: (French, English). Both sides must use the same {placeholders}
# (tests/unit/test_report_wording.py checks it).
WORDS: dict[str, tuple[str, str]] = {
    # The cover
    "report_title": ("Dossier de pièces", "Evidence report"),
    "recipient": ("Destinataire", "Recipient"),
    "recipient.lawyer": ("Avocat ou avocate", "Lawyer"),
    "recipient.police": ("Police ou gendarmerie", "Police or gendarmerie"),
    "recipient.platform": ("Plateforme ou hébergeur (service des signalements)",
                           "Platform or provider (abuse desk)"),
    "recipient.custom": ("Autre destinataire", "Other recipient"),
    "exported_on": ("Date de l'export", "Exported on"),
    "exhibits": ("Pièces", "Exhibits"),
    "count.exhibits.one": ("{n} pièce", "{n} exhibit"),
    "count.exhibits.many": ("{n} pièces", "{n} exhibits"),
    "count.acts.one": ("{n} acte relevé", "{n} act recorded"),
    "count.acts.many": ("{n} actes relevés", "{n} acts recorded"),
    "count.attachments.one": (", plus {n} pièce jointe numérotée sous sa pièce",
                              ", plus {n} attachment numbered under its exhibit"),
    "count.attachments.many": (", plus {n} pièces jointes numérotées sous leur pièce",
                               ", plus {n} attachments numbered under their exhibit"),
    "pages": ("Pages", "Pages"),
    "fingerprint": ("Empreinte des pièces (SHA-256)", "Fingerprint of the exhibits (SHA-256)"),
    "fingerprint_note": (
        ("Calculée sur la liste des pièces et de leurs SHA-256 (une ligne «{_N}P001 "
         "empreinte{_N}» par pièce). L'empreinte du dossier complet (le SHA-256 du fichier "
         "SHA256SUMS) ne peut pas figurer dans ce rapport, qui en fait partie{_N}: elle "
         "est transmise séparément."),
        ("Computed over the list of exhibits and their SHA-256 (one line \"P001 hash\" per "
         "exhibit). The fingerprint of the whole bundle (the SHA-256 of its SHA256SUMS "
         "file) cannot be printed inside the report it covers: it is sent separately.")),
    "filed_by": ("Déposé par", "Filed by"),
    "filer.name": ("Nom", "Name"),
    "filer.contact": ("Contact", "Contact"),
    "filer.address": ("Adresse", "Address"),
    "contents": ("Sommaire", "Contents"),
    "verify_note": (
        ("Chaque page porte en bas à droite un numéro unique ({example}){_N}; les fichiers "
         "originaux sont dans le dossier originals/, et SHA256SUMS montre s'ils ont changé "
         "depuis cet export (voir README-FR.txt{_N}: ce que les empreintes prouvent, et ce "
         "qu'elles ne prouvent pas)."),
        ("Every page carries a unique number at the bottom right ({example}); the original "
         "files are in the originals/ folder, and SHA256SUMS shows whether they changed "
         "since this export (see README-EN.txt: what the hashes prove, and what they do "
         "not).")),
    # Running header and footer
    "stamp_page": ("page {page} / {total}", "page {page} / {total}"),
    "continued": ("{title} (suite)", "{title} (continued)"),
    # Section titles
    "section.summary": ("Résumé", "Summary"),
    "section.summary.police": ("Exposé des faits", "Statement of facts"),
    "section.chronology": ("Chronologie des incidents", "Chronology of incidents"),
    "section.steps": ("Démarches effectuées", "Steps taken"),
    "section.identifiers": ("Identifiants de l'auteur ou des auteurs",
                            "Identifiers of the author or authors"),
    "section.statistics": ("Statistiques", "Statistics"),
    "section.index": ("Liste des pièces", "Exhibit index"),
    "section.index.lawyer": ("Bordereau de communication de pièces", "Exhibit index"),
    "section.letter": ("Lettre au procureur de la République", "Letter to the public prosecutor"),
    "section.custody": ("Journal de la chaîne de conservation", "Chain of custody log"),
    "section.exhibits": ("Pièces", "Exhibits"),
    "summary.empty": ("Aucun texte n'a été rédigé pour cette partie.",
                      "No text was written for this part."),
    # Chronology
    "col.number": ("N°", "No."),
    "col.date": ("Date", "Date"),
    "col.platform": ("Plateforme", "Platform"),
    "col.accounts": ("Comptes", "Accounts"),
    "col.what": ("Ce qui s'est passé", "What happened"),
    "col.exhibits": ("Pièces", "Exhibits"),
    "chronology.none": ("Aucun acte daté n'a été relevé.", "No dated act has been recorded."),
    "chronology.from_items": (
        ("Aucun incident n'a encore été décrit{_N}: voici les actes tels que les pièces les "
         "montrent, jour par jour (date, plateforme, auteur tel que la pièce le nomme, "
         "extrait ou nom du fichier). Les pièces datées seulement par leur copie ou leur "
         "import n'y figurent pas."),
        ("No incident has been described yet: here are the acts as the exhibits show them, "
         "day by day (date, platform, author as the exhibit names them, excerpt or file "
         "name). Exhibits dated only by their copy or import are left out.")),
    "col.author": ("Auteur", "Author"),
    "col.said": ("Extrait ou fichier", "Excerpt or file"),
    "chronology.intro": (
        ("Les incidents décrits, dans l'ordre du temps, avec les pièces qui les montrent. "
         "La date est aussi précise que ce qui est connu."),
        ("The incidents described, in time order, with the exhibits that show them. Each "
         "date is as precise as what is known.")),
    "when.exact": ("{day} à {time}", "{day}, {time}"),
    "when.unknown": ("date inconnue", "date unknown"),
    "severity": ("Gravité{_N}: {level}/4", "Severity: {level}/4"),
    # Identifiers
    "identifiers.intro": (
        ("Ce qui identifie l'auteur dans les pièces (comptes, adresses, numéros, adresses IP "
         "des en-têtes d'e-mails, adresses web, identifiants de messages), avec les pièces "
         "où chacun apparaît. Les coordonnées de la victime n'y figurent pas."),
        ("What identifies the author in the exhibits (accounts, addresses, numbers, IP "
         "addresses from e-mail headers, web addresses, message identifiers), with the "
         "exhibits where each appears. The victim's own details are left out.")),
    "identifiers.none": ("Aucun identifiant n'a été relevé dans ces pièces.",
                         "No identifier was found in these exhibits."),
    "identifier.account": ("Comptes", "Accounts"),
    "identifier.email": ("Adresses e-mail", "E-mail addresses"),
    "identifier.phone": ("Numéros de téléphone", "Phone numbers"),
    "identifier.ip": ("Adresses IP (en-têtes d'e-mails)", "IP addresses (e-mail headers)"),
    "identifier.url": ("Adresses web (URL)", "Web addresses (URLs)"),
    "identifier.message_id": ("Identifiants de messages", "Message identifiers"),
    "col.value": ("Valeur", "Value"),
    "col.detail": ("Précision", "Detail"),
    "detail.from": ("expéditeur (From)", "sender (From)"),
    "detail.reply_to": ("adresse de réponse (Reply-To)", "reply address (Reply-To)"),
    "detail.return_path": ("adresse de retour (Return-Path)", "bounce address (Return-Path)"),
    "detail.originating_ip": ("IP d'origine (premier relais)", "origin IP (first relay)"),
    "detail.x_originating_ip": ("en-tête X-Originating-IP", "X-Originating-IP header"),
    "detail.e-mail": ("en-tête Message-ID d'un e-mail", "an e-mail's Message-ID header"),
    # Statistics
    "stats.intro": (
        ("Un acte est une pièce datée par elle-même{_}: un export de discussion compte pour "
         "ses messages, un e-mail une fois quelles que soient ses pièces jointes, une copie "
         "identique jamais. Jours et semaines (à partir du lundi) à l'heure locale."),
        ("An act is an exhibit with a date of its own{_}: a chat export counts by its "
         "messages, an e-mail once whatever its attachments, an identical copy never. Days "
         "and weeks (from Monday) are in local time.")),
    "stats.none": ("Aucun acte daté n'a été relevé.", "No dated act has been recorded."),
    "stats.acts": ("Actes relevés", "Acts recorded"),
    "stats.span": ("du {first} au {last}", "from {first} to {last}"),
    "stats.acts_value": ("{total}, {span}", "{total}, {span}"),
    "stats.rate": ("Rythme moyen", "Average rate"),
    "stats.rate_value": ("{rate} par semaine", "{rate} a week"),
    "stats.trend": ("Tendance", "Trend"),
    "trend.escalating": (
        ("en aggravation{_}: {recent} par semaine ces {weeks} dernières semaines, contre "
         "{earlier} auparavant (pente{_N}: {slope} par semaine)"),
        ("escalating{_}: {recent} a week over the last {weeks} weeks, against {earlier} "
         "before (slope {slope} a week)")),
    "trend.steady": (
        ("stable{_}: {recent} par semaine ces {weeks} dernières semaines, contre {earlier} "
         "auparavant (pente{_N}: {slope} par semaine)"),
        ("steady{_}: {recent} a week over the last {weeks} weeks, against {earlier} before "
         "(slope {slope} a week)")),
    "trend.declining": (
        ("en baisse{_}: {recent} par semaine ces {weeks} dernières semaines, contre "
         "{earlier} auparavant (pente{_N}: {slope} par semaine)"),
        ("declining{_}: {recent} a week over the last {weeks} weeks, against {earlier} "
         "before (slope {slope} a week)")),
    "trend.too_little_data": ("trop peu de données pour le dire",
                              "too little data to say"),
    "stats.run": ("Plus longue série", "Longest run"),
    "stats.run_value": ("{days} jours consécutifs, {span}", "{days} consecutive days, {span}"),
    "stats.busiest": ("Jours les plus chargés", "Busiest days"),
    "stats.busiest_value": ("{day} ({count})", "{day} ({count})"),
    "stats.undated": ("Non comptés", "Not counted"),
    "stats.undated_value.one": (
        "{n} pièce sans date propre (seule la date du fichier ou de l'import est connue)",
        ("{n} exhibit with no date of its own (only the file's or the import's date is "
         "known)")),
    "stats.undated_value.many": (
        ("{n} pièces sans date propre (seule la date du fichier ou de l'import est "
         "connue)"),
        ("{n} exhibits with no date of their own (only the file's or the import's date is "
         "known)")),
    "chart.weeks": ("Actes par semaine", "Acts per week"),
    "chart.months": ("Actes par mois", "Acts per month"),
    "chart.platforms": ("Actes par plateforme", "Acts per platform"),
    "chart.accounts": ("Actes par compte", "Acts per account"),
    "chart.timeline": ("Frise chronologique par plateforme", "Timeline by platform"),
    "chart.timeline_note": ("Chaque trait est une pièce ou un message daté.",
                            "Each tick is a dated exhibit or message."),
    "chart.timeline_bands": (
        ("Les bandes de la ligne «{_N}Incidents{_N}» sont les incidents décrits, numérotés "
         "comme dans la chronologie."),
        ("The bands on the \"Incidents\" line are the incidents described, numbered as in "
         "the chronology.")),
    "chart.bars_note.weeks": (
        ("Chaque barre compte les actes d'une semaine, du lundi au dimanche{_}; le trait et "
         "la date marquent son lundi."),
        ("Each bar counts the acts of one week, Monday to Sunday; the tick and date mark "
         "its Monday.")),
    "chart.bars_note.months": (
        ("Chaque barre compte les actes d'un mois{_}; le trait et la date marquent son "
         "premier jour."),
        "Each bar counts the acts of one month; the tick and date mark its first day."),
    "chart.incidents": ("Incidents", "Incidents"),
    "chart.others": ("autres ({count})", "others ({count})"),
    "unknown_platform": ("plateforme inconnue", "unknown platform"),
    "no_account": ("sans compte", "no account"),
    # Index
    "col.description": ("Description", "Description"),
    "col.date_source": ("Date (source)", "Date (source)"),
    "col.origin": ("Origine", "Origin"),
    "col.sha256": ("SHA-256", "SHA-256"),
    "index.intro": (
        ("Les pièces, dans l'ordre où elles sont reproduites ci-après. Chaque fichier "
         "original est dans le dossier originals/ sous son numéro{_}; son SHA-256 prouve "
         "que ce sont bien ces octets-là, et toute modification ultérieure se verrait. Il "
         "ne prouve ni quand le fichier est entré dans le coffre, ni qui l'a écrit."),
        ("The exhibits, in the order they are reproduced below. Each original file is in "
         "the originals/ folder under its number{_}; its SHA-256 proves these are the bytes "
         "listed, and any later change would be detectable. It does not prove when the file "
         "entered the vault, nor who wrote it.")),
    "index.withheld": (
        ("Ne sont pas joints{_N}: l'export complet d'une plateforme ou la boîte aux lettres "
         "entière (pièce n°{_N}{numbers}), qui contiennent d'autres conversations "
         "privées{_N}; ils sont conservés dans le coffre et peuvent être produits sur "
         "demande. Leur SHA-256 figure sur leur page."),
        ("Not included: a platform's full data export or a whole mailbox (exhibit "
         "{numbers}), which hold other private conversations; they are kept in the vault "
         "and can be produced on request. Their SHA-256 is on their page.")),
    "index.none": ("Aucune pièce.", "No exhibit."),
    "index.attachment": ("pièce jointe de la pièce n°{_N}{n}", "attachment to exhibit {n}"),
    # Custody
    "custody.intro": (
        ("Ce qui a été fait aux pièces exportées, et quand. Chaque entrée porte l'empreinte "
         "de la précédente{_}: retirer, modifier ou réordonner une entrée rompt la chaîne. "
         "Le journal entier, de la première entrée du dossier jusqu'à cet export, est fourni "
         "dans custody.json. Il est tenu par le logiciel de la victime, selon l'horloge de "
         "son ordinateur{_}: il montre l'ordre des faits enregistrés, non leur date "
         "certaine."),
        ("What was done to the exported exhibits, and when. Each entry carries the hash of "
         "the one before{_}: removing, editing or reordering an entry breaks the chain. The "
         "whole log, from the case's first entry to this export, is in custody.json. It is "
         "kept by the victim's own software, by her computer's clock{_}: it shows the order "
         "of what was recorded, not a certified date.")),
    "custody.none": ("Aucune entrée.", "No entry."),
    "col.action": ("Action", "Action"),
    "col.item": ("Pièce", "Exhibit"),
    "col.hash_prefix": ("SHA-256 (début)", "SHA-256 (start)"),
    "action.vault_created": ("coffre créé", "vault created"),
    "action.case_created": ("dossier créé", "case created"),
    "action.imported": ("importée", "imported"),
    "action.edited": ("modifiée", "edited"),
    "edited.title": ("titre modifié", "title changed"),
    "edited.description": ("description modifiée", "description changed"),
    "edited.platform": ("plateforme modifiée", "platform changed"),
    "edited.url": ("adresse web modifiée", "web address changed"),
    "edited.captured_at": ("date modifiée", "date changed"),
    "action.removed": ("retirée", "removed"),
    "action.exported": ("exportée", "exported"),
    "action.passphrase_changed": ("phrase de passe changée", "passphrase changed"),
    "action.backed_up": ("coffre sauvegardé", "vault backed up"),
    "action.checked": ("intégrité vérifiée", "integrity checked"),
    "action.migrated": ("coffre mis à jour", "vault upgraded"),
    "action.described": ("description modifiée", "description changed"),
    "action.linked": ("liée", "linked"),
    "action.unlinked": ("déliée", "unlinked"),
    "action.failed_unlocks": ("essais de phrase de passe erronés", "wrong passphrases tried"),
    "action.restored": ("coffre restauré depuis une sauvegarde", "vault restored from a backup"),
    "action.recovery_key_made": ("clé de secours créée", "recovery key made"),
    "action.recovered_with_key": ("nouvelle phrase de passe posée avec la clé de secours",
                                  "new passphrase set with the recovery key"),
    "link.incident": ("à un incident", "to an incident"),
    "link.account": ("à un compte", "to an account"),
    "link.tag": ("à une étiquette", "to a tag"),
    # The exhibit header
    "exhibit": ("Pièce n°{_N}{n}", "Exhibit {n}"),
    "attachment_of": ("Pièce jointe de la pièce n°{_N}{n}", "Attachment to exhibit {n}"),
    "field.date": ("Date", "Date"),
    "field.date_value": ("{when} — source{_N}: {source}", "{when} — source: {source}"),
    "field.original_name": ("Nom d'origine", "Original name"),
    "field.bundle_file": ("Fichier", "File"),
    "field.sha256": ("SHA-256", "SHA-256"),
    "field.size": ("Taille", "Size"),
    "field.kind": ("Nature", "Kind"),
    "field.platform": ("Plateforme", "Platform"),
    "field.url": ("Adresse web", "Web address"),
    "field.accounts": ("Comptes", "Accounts"),
    "field.origin_ip": ("IP d'origine", "Origin IP"),
    "field.tags": ("Étiquettes", "Tags"),
    "field.incidents": ("Incidents", "Incidents"),
    "field.incident_numbers": ("n°{_N}{numbers}", "no. {numbers}"),
    "field.description": ("Description", "Description"),
    "field.attachments": ("Pièces jointes", "Attachments"),
    "size_value": ("{size} ({count}{_N}octets)", "{size} ({count} bytes)"),
    "gps": (
        ("Cette photo contient une position GPS ({lat}, {lon}){_N}: elle révèle où elle "
         "a été prise."),
        "This photo holds a GPS position ({lat}, {lon}): it reveals where it was taken."),
    "gps.withheld": (
        ("Cette photo contenait le lieu où elle a été prise{_N}: ce dossier n'en joint qu'une "
         "copie sans localisation ({file}, SHA-256 {sha256}){_N}; l'original reste dans "
         "le dossier de la victime."),
        ("This photo held the place where it was taken: this bundle carries only a copy "
         "without location ({file}, SHA-256 {sha256}); the original stays in the victim's "
         "case file.")),
    # A pièce is communicated to the other side: it shows the copy, as a platform's bundle
    "gps.piece": (
        ("Cette photo contenait le lieu où elle a été prise{_N}: cette pièce n'en reproduit "
         "qu'une copie sans localisation ({file}, SHA-256 {sha256}){_N}; l'original reste "
         "dans le dossier de la victime."),
        ("This photo held the place where it was taken: this exhibit reproduces only a copy "
         "without location ({file}, SHA-256 {sha256}); the original stays in the victim's "
         "case file.")),
    "gps.copy": (
        ("Pour la communication à la partie adverse, une copie sans localisation est jointe "
         "à côté de l'original{_N}: {file} (SHA-256 {sha256}){_N}; c'est elle que reproduit "
         "{piece}. Ce rapport reproduit l'original, avec sa position{_N}: il ne se "
         "communique pas tel quel."),
        ("For communication to the other side, a copy without location is beside the "
         "original: {file} (SHA-256 {sha256}); {piece} reproduces that copy. This report "
         "reproduces the original, with its position: it is not to be communicated as it "
         "is.")),
    # A whole platform export or mailbox left out of the bundle (app/export/full_exports.py)
    "withheld.platform_export": (
        ("L'export complet de la plateforme (SHA-256 {sha256}, {size}) contient d'autres "
         "conversations privées{_N}; il n'est pas joint à ce dossier{_N}: il est conservé "
         "dans le coffre et peut être produit sur demande. Les conversations retenues sont "
         "les pièces numérotées sous celle-ci, chacune avec son propre fichier."),
        ("The platform's full data export (SHA-256 {sha256}, {size}) holds other private "
         "conversations; it is not in this bundle: it is kept in the vault and can be "
         "produced on request. The conversations chosen are the exhibits numbered under "
         "this one, each with its own file.")),
    "withheld.mailbox": (
        ("La boîte aux lettres complète (SHA-256 {sha256}, {size}) contient des messages "
         "qui n'ont pas été importés{_N}; elle n'est pas jointe à ce dossier{_N}: elle est "
         "conservée dans le coffre et peut être produite sur demande. Les messages importés "
         "sont les pièces numérotées sous celle-ci, chacun avec son propre fichier."),
        ("The whole mailbox (SHA-256 {sha256}, {size}) holds messages that were not "
         "imported; it is not in this bundle: it is kept in the vault and can be produced "
         "on request. The messages imported are the exhibits numbered under this one, each "
         "with its own file.")),
    "flag.damaged": ("Le fichier est endommagé (structure incomplète ou invalide).",
                     "The file is damaged (incomplete or invalid structure)."),
    "flag.unreadable": ("Le contenu du fichier n'a pas pu être décodé.",
                        "The file's content could not be decoded."),
    "flag.password_protected": ("Le fichier est protégé par un mot de passe.",
                                "The file is protected by a password."),
    "flag.empty": ("Le fichier est vide.", "The file is empty."),
    "kind.image": ("Image", "Image"),
    "kind.pdf": ("Document PDF", "PDF document"),
    "kind.email": ("E-mail", "E-mail"),
    "kind.chat": ("Export de discussion", "Chat export"),
    "kind.web": ("Page web", "Web page"),
    "kind.text": ("Texte", "Text"),
    "kind.message": ("Message", "Message"),
    "kind.audio": ("Enregistrement audio", "Audio recording"),
    "kind.video": ("Vidéo", "Video"),
    "kind.other": ("Fichier", "File"),
    # How a capture time is known (app/importing/formats/base.py)
    "source.exif": ("données EXIF de la photo", "the photo's EXIF data"),
    "source.email_header": ("en-tête Date de l'e-mail", "the e-mail's Date header"),
    "source.chat_line": ("horodatage de l'export de discussion", "the chat export's timestamp"),
    "source.sms_record": ("enregistrement du SMS dans la sauvegarde",
                          "the SMS record in the backup"),
    "source.export_record": ("horodatage UTC de l'export de données de la plateforme",
                             "the UTC timestamp in the platform's data export"),
    "source.pdf_info": ("propriétés du PDF (date de création)",
                        "the PDF's properties (creation date)"),
    "source.pdf_xmp": ("métadonnées XMP du PDF", "the PDF's XMP metadata"),
    "source.web_page": ("date indiquée par la page web", "the date stated on the web page"),
    "source.filename": ("nom du fichier", "the file name"),
    # Which convention the file name followed (app/common/file_names.py, by family)
    "named.android": ("nom de fichier d'une capture d'écran Android",
                      "the file name of an Android screenshot"),
    "named.kde": ("nom de fichier d'une capture d'écran KDE", "the file name of a KDE screenshot"),
    "named.macos": ("nom de fichier d'une capture ou d'un enregistrement d'écran macOS",
                    "the file name of a macOS screenshot or screen recording"),
    "named.windows": ("nom de fichier d'une capture d'écran Windows",
                      "the file name of a Windows screenshot"),
    "named.gnome": ("nom de fichier d'une capture d'écran GNOME",
                    "the file name of a GNOME screenshot"),
    "named.pixel-camera": ("nom de fichier de l'appareil photo Pixel, en UTC",
                           "the Pixel camera's file name, in UTC"),
    "named.android-camera": ("nom de fichier de l'appareil photo Android",
                             "the Android camera's file name"),
    "named.samsung-camera": ("nom de fichier de l'appareil photo Samsung",
                             "the Samsung camera's file name"),
    "named.windows-camera": ("nom de fichier de l'application Caméra de Windows",
                             "the Windows Camera app's file name"),
    "named.whatsapp": ("nom de fichier d'un média WhatsApp",
                       "the file name of a WhatsApp media file"),
    "named.whatsapp-day": ("nom de fichier d'un média WhatsApp, jour seulement",
                           "the file name of a WhatsApp media file, day only"),
    "named.telegram": ("nom de fichier d'un média Telegram Desktop",
                       "the file name of a Telegram Desktop media file"),
    "named.signal": ("nom de fichier d'un média Signal", "the file name of a Signal media file"),
    "named.date-only": ("nom du fichier, jour seulement", "the file name, day only"),
    "source.clipboard": ("moment du collage depuis le presse-papiers",
                         "when it was pasted from the clipboard"),
    "source.user": ("date saisie par l'utilisateur", "a date entered by the user"),
    "source.file_time": ("date du fichier sur le disque, peu fiable",
                         "the file's date on disk, unreliable"),
    "source.import_time": ("date d'import dans Dossier, peu fiable",
                           "the date it was imported into Dossier, unreliable"),
    "source.unknown": ("inconnue", "unknown"),
    # Exhibit numbers that stay, and dates told honestly (issue #13)
    "section.index.complement": ("Bordereau complémentaire de communication de pièces",
                                 "Supplementary exhibit index"),
    "index.earlier.one": ("Pièce n°{_N}{numbers} communiquée le {day}.",
                          "Exhibit {numbers} communicated on {day}."),
    "index.earlier.many": ("Pièces n°{_N}{numbers} communiquées le {day}.",
                           "Exhibits {numbers} communicated on {day}."),
    "index.complement": (
        ("Ce bordereau ne liste que les pièces nouvelles de cette communication{_}; "
         "chaque pièce garde le numéro reçu lors de sa première communication."),
        ("This index lists only the exhibits new in this communication; each exhibit keeps "
         "the number it was given when first communicated.")),
    "index.resent": (
        "Ce dossier reproduit aussi, sous leur numéro d'origine, les pièces n°{_N}{numbers}.",
        "This bundle also reproduces, under their original numbers, exhibits {numbers}."),
    "index.no_new": ("Aucune pièce nouvelle dans cette communication.",
                     "No new exhibit in this communication."),
    "range": ("{first} à {last}", "{first} to {last}"),
    "index.conflict_note": (
        ("{mark} Une autre date trouvée dans la pièce diffère de celle retenue{_}; la page "
         "de la pièce donne les deux."),
        ("{mark} Another date found in the exhibit differs from the one used; the exhibit's "
         "page gives both.")),
    "zone.assumed": ("heure locale de l'appareil ({zone} supposé)",
                     "device local time ({zone} assumed)"),
    "field.date_conflict": ("Dates en désaccord", "Conflicting dates"),
    "conflict.sentence": (
        ("Date retenue{_N}: {used}{_}; {others}. {why} Les deux sont données ici pour que "
         "chacun puisse en juger."),
        ("Date used: {used}; {others}. {why} Both are given here so that anyone can judge.")),
    "why.sms_shown": (
        "La date affichée est retenue parce que c'est celle que la personne a vue à l'écran.",
        "The displayed date is used because it is the one the person saw on the screen."),
    "why.other": (
        ("La date retenue est celle que Dossier lit en premier pour ce type de fichier{_}; "
         "aucune n'a été corrigée."),
        ("The date used is the one Dossier reads first for this kind of file; neither was "
         "corrected.")),
    "used.sms_shown": ("date affichée par le téléphone", "the date the phone displayed"),
    "other.sms_date": ("la date machine de la sauvegarde indique le {when}",
                       "the backup's machine date says {when}"),
    "other.pdf_xmp": ("les métadonnées XMP du PDF indiquent le {when}",
                      "the PDF's XMP metadata say {when}"),
    "other.pdf_info": ("les propriétés du PDF indiquent le {when}",
                       "the PDF's properties say {when}"),
    "other.exif": ("les données EXIF de la photo indiquent le {when}",
                   "the photo's EXIF data say {when}"),
    "other.filename": ("le nom du fichier indique le {when}", "the file name says {when}"),
    "other.file_time": ("la date du fichier sur le disque indique le {when}",
                        "the file's date on disk says {when}"),
    # Exhibit content
    "content.screen_text": ("Texte lu automatiquement, peut contenir des erreurs",
                            "Text read automatically, may contain errors"),
    "content.screen_text_how": (
        ("Lu dans la pièce par {engine}, le {when}. Les accents autres que «{_N}é{_N}» "
         "sont souvent omis{_N}; seul l'original fait foi."),
        ("Read in the exhibit by {engine}, on {when}. Accents other than \"é\" are often "
         "left out; only the original is authoritative.")),
    "content.screen_text_page": ("Page {page}", "Page {page}"),
    "content.unreadable_image": (
        ("Cette image n'a pas pu être décodée pour être reproduite ici. Le fichier original, "
         "inchangé, est dans le dossier{_N}: {file}"),
        ("This image could not be decoded to be reproduced here. The original file, "
         "unchanged, is in the bundle: {file}")),
    "content.too_large_image": (
        ("Cette image est trop grande pour être reproduite ici ({width}{_N}×{_N}{height} "
         "pixels). Le fichier original est dans le dossier{_N}: {file}"),
        ("This image is too large to be reproduced here ({width} × {height} pixels). The "
         "original file is in the bundle: {file}")),
    "content.too_big": (
        ("Ce fichier est trop volumineux pour être reproduit dans ce rapport. Le fichier "
         "original est dans le dossier{_N}: {file}"),
        ("This file is too big to be reproduced in this report. The original file is in "
         "the bundle: {file}")),
    "content.pdf_protected": (
        ("Ce PDF est protégé par un mot de passe{_N}: ses pages n'ont pas pu être "
         "reproduites ici. Voir le fichier original dans le dossier{_N}: {file}"),
        ("This PDF is protected by a password: its pages could not be reproduced here. See "
         "the original file in the bundle: {file}")),
    "content.pdf_damaged": (
        ("Ce PDF est endommagé{_N}: ses pages n'ont pas pu être reproduites ici. Voir le "
         "fichier original dans le dossier{_N}: {file}"),
        ("This PDF is damaged: its pages could not be reproduced here. See the original "
         "file in the bundle: {file}")),
    "content.pdf_pages.one": (
        "La page du PDF d'origine suit, réduite au besoin pour tenir dans la page.",
        "The original PDF's page follows, reduced if needed to fit the page."),
    "content.pdf_pages.many": (
        ("Les {n} pages du PDF d'origine suivent, une par page, réduites au besoin pour "
         "tenir dans la page."),
        ("The original PDF's {n} pages follow, one per page, reduced if needed to fit the "
         "page.")),
    "content.pdf_page": ("{exhibit} — page {page} / {pages} du PDF d'origine",
                         "{exhibit} — page {page} / {pages} of the original PDF"),
    "content.media": (
        ("{kind}{_N}: il ne peut pas être reproduit sur papier. Le fichier original, "
         "inchangé, est dans le dossier{_N}: {file}"),
        ("{kind}: it cannot be reproduced on paper. The original file, unchanged, is in the "
         "bundle: {file}")),
    "content.duration": ("Durée{_N}: {duration}", "Duration: {duration}"),
    "content.text": ("Texte", "Text"),
    "content.no_text": ("(aucun texte lisible)", "(no readable text)"),
    "content.text_cut": (
        ("Seuls les {shown} premiers caractères sont reproduits{_N}; le texte complet est "
         "dans le fichier original{_N}: {file}"),
        ("Only the first {shown} characters are reproduced; the full text is in the original "
         "file: {file}")),
    "mail.from": ("De", "From"),
    "mail.to": ("À", "To"),
    "mail.cc": ("Cc", "Cc"),
    "mail.date": ("Date", "Date"),
    "mail.subject": ("Objet", "Subject"),
    "mail.message_id": ("Message-ID", "Message-ID"),
    "mail.reply_to": ("Répondre à", "Reply-To"),
    "mail.return_path": ("Return-Path", "Return-Path"),
    "mail.origin_ip": ("IP d'origine", "Origin IP"),
    "mail.received": ("Relais (Received)", "Relays (Received)"),
    "mail.received_note": (
        ("Dans l'ordre de l'en-tête{_}: le dernier relais listé est le plus proche de "
         "l'expéditeur."),
        "In header order{_}: the last relay listed is the closest to the sender."),
    "mail.headers": ("En-têtes", "Headers"),
    "mail.body": ("Texte du message", "Message body"),
    "mail.attachments": ("Pièces jointes, reproduites à la suite", "Attachments, reproduced next"),
    "chat.transcript": ("Transcription", "Transcript"),
    "chat.count.one": ("{n} message", "{n} message"),
    "chat.count.many": ("{n} messages", "{n} messages"),
    "chat.participants": ("Participants", "Participants"),
    "chat.deleted": ("[message supprimé]", "[message deleted]"),
    "chat.media": ("[média non inclus dans l'export]", "[media not included in the export]"),
    "chat.owner": ("Titulaire du téléphone", "Phone owner"),
    "chat.empty": ("Aucun message n'a été lu dans cet export.",
                   "No message was read in this export."),
    "chat.capped": (
        ("Seuls les {shown} premiers messages sur {total} sont reproduits ici{_N}; "
         "l'export complet est dans le dossier{_N}: {file}"),
        ("Only the first {shown} messages of {total} are reproduced here; the full export "
         "is in the bundle: {file}")),
    "message.author": ("Auteur", "Author"),
}

_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
_WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_SHORT_MONTHS = {
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
_UNITS = {"fr": ("octets", "Ko", "Mo", "Go", "To"), "en": ("bytes", "kB", "MB", "GB", "TB")}


def say(language: str, key: str, **values: object) -> str:
    """The sentence ``key`` in ``language`` ("fr" or "en"), with ``values`` filled in."""
    return say_from(WORDS, language, key, **values)


def say_from(words: dict[str, tuple[str, str]], language: str, key: str,
             **values: object) -> str:
    """``say`` for another module's own (French, English) catalogue, written the same way."""
    french, english = words[key]
    return (french if language == "fr" else english).format(_=_glue(language), _N=NBSP,
                                                             **values)


def count(language: str, key: str, n: int) -> str:
    """``key.one`` or ``key.many`` for ``n``: French treats 0 and 1 as singular."""
    one = n <= 1 if language == "fr" else n == 1
    return say(language, f"{key}.{'one' if one else 'many'}", n=number(language, n))


def _glue(language: str) -> str:
    """What goes before ":" and ";" in a sentence: nothing in English."""
    return NBSP if language == "fr" else ""


def number(language: str, value: int) -> str:
    """ "41 269" in French (non-breaking space), "41,269" in English."""
    text = f"{value:,}"
    return text.replace(",", NBSP) if language == "fr" else text


def decimal(language: str, value: float, places: int = 1) -> str:
    """ "5,5" in French, "5.5" in English; no trailing ".0"."""
    text = f"{value:.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "fr" else text


def signed(language: str, value: float, places: int = 2) -> str:
    text = decimal(language, abs(value), places)
    return ("+" if value >= 0 else "−") + text


def size(language: str, count_: int) -> str:
    """ "41,3 Ko (41 269 octets)" or "41.3 kB (41,269 bytes)": decimal units, as disks."""
    units = _UNITS[language]
    value, unit = float(count_), 0
    while value >= 1000 and unit < len(units) - 1:
        value, unit = value / 1000, unit + 1
    if unit == 0:
        return f"{number(language, count_)}{NBSP}{units[0]}"
    shown = f"{decimal(language, value, 1)}{NBSP}{units[unit]}"
    return say(language, "size_value", size=shown, count=number(language, count_))


def day(language: str, when: date) -> str:
    """ "5 novembre 2026", "1er novembre 2026", "5 November 2026"."""
    first = "1er" if language == "fr" and when.day == 1 else str(when.day)
    return f"{first} {_MONTHS[language][when.month - 1]} {when.year}"


def short_day(language: str, when: date) -> str:
    """ "5 nov. 2026", "5 Nov 2026": for tables and chart labels."""
    return f"{when.day} {_SHORT_MONTHS[language][when.month - 1]} {when.year}"


def day_month(language: str, when: date) -> str:
    """ "5 nov.", "5 Nov": a date on a chart's axis, its year shown elsewhere."""
    return f"{when.day} {_SHORT_MONTHS[language][when.month - 1]}"


def month(language: str, when: date) -> str:
    """ "novembre 2026", "November 2026"."""
    return f"{_MONTHS[language][when.month - 1]} {when.year}"


def short_month(language: str, when: date) -> str:
    """ "nov. 2026", "Nov 2026"."""
    return f"{_SHORT_MONTHS[language][when.month - 1]} {when.year}"


def weekday_day(language: str, when: date) -> str:
    """ "jeudi 5 novembre 2026", "Thursday 5 November 2026"."""
    return f"{_WEEKDAYS[language][when.weekday()]} {day(language, when)}"


def clock(moment: datetime, seconds: bool = False) -> str:
    return f"{moment:%H:%M:%S}" if seconds else f"{moment:%H:%M}"


def moment(language: str, when: datetime, seconds: bool = False) -> str:
    """ "5 novembre 2026 à 14:30" or "5 November 2026, 14:30"."""
    return say(language, "when.exact", day=day(language, when.date()),
               time=clock(when, seconds))


def utc_offset(when: datetime) -> str:
    """ "UTC+01:00": the offset a reader needs to compare times across zones."""
    offset = when.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def listed(language: str, items: list[str]) -> str:
    """ "a, b et c" / "a, b and c"."""
    if len(items) < 2:
        return "".join(items)
    last = " et " if language == "fr" else " and "
    return ", ".join(items[:-1]) + last + items[-1]

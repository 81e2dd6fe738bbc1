"""README-FR.txt and README-EN.txt: how whoever receives the bundle checks it, and what
the check proves. Both languages always ship, whatever the report's language, because
the bundle may travel from an avocat to a court or a foreign platform."""

from __future__ import annotations

from app.export import notice, pharos, wording
from app.export.options import LAWYER
from app.export.plan import Plan

FILES = {"fr": "README-FR.txt", "en": "README-EN.txt"}

_FR = """\
DOSSIER DE PREUVES — {case}
Exporté le {date} avec Dossier. {exhibits}.

CONTENU
  {report}  le rapport : résumé, chronologie, liste des pièces, puis chaque pièce ;
                  chaque page porte un identifiant unique ({prefix}-000001, …), compté
                  dans ce dossier seulement{pages_fr}. Les numéros de pièce (« Pièce n° 5 »),
                  eux, restent les mêmes d'un envoi à l'autre.
  originals/      les fichiers d'origine, octet pour octet, nommés par numéro de pièce
                  (P005_…, et P005-1_… pour une pièce jointe).
  pieces/         une pièce par fichier PDF (Piece-005.pdf), à déposer une à une, telle
                  que le rapport la reproduit, ses pièces jointes comprises.
  Bordereau.docx  le bordereau de communication de pièces, modifiable.
  {notice}.txt, {notice}.pdf
                  la notification des contenus illicites à la plateforme (article 16 du
                  règlement (UE) 2022/2065, « DSA »), à coller dans son formulaire.
  PHAROS.txt      une note pour la victime, pas pour la plateforme : où envoyer la
                  notification, et quand signaler aussi à PHAROS.
  non joint       l'export complet de la plateforme ou la boîte aux lettres entière
                  (pièce n° {withheld}) : il contient d'autres conversations privées ; il
                  est conservé dans le coffre et peut être produit sur demande. Son
                  SHA-256 et sa taille sont dans manifest.json (original_withheld).
  manifest.json, manifest.csv   la liste des pièces avec leur empreinte SHA-256.
  custody.json    le journal de conservation (chaîne de possession), entier, de la
                  première entrée du dossier jusqu'à cet export.
  withheld: true  dans custody.json : une entrée sur ce que ce dossier ne contient pas
                  ne garde que son numéro et ses empreintes, et la chaîne se vérifie.
  SHA256SUMS      l'empreinte SHA-256 de chaque autre fichier.
  verify.py       un vérificateur autonome (Python 3, sans rien installer).

VÉRIFIER QUE RIEN N'A CHANGÉ
  L'expéditeur vous a transmis à part (par SMS par exemple) l'« empreinte du dossier » :
  c'est l'empreinte SHA-256 du fichier SHA256SUMS. Comparez-la d'abord :
    Linux :   sha256sum SHA256SUMS
    macOS :   shasum -a 256 SHA256SUMS
    Windows : Get-FileHash SHA256SUMS -Algorithm SHA256     (dans PowerShell)
  Puis vérifiez chaque fichier, dans ce dossier :
    Linux :   sha256sum -c SHA256SUMS
    macOS :   shasum -a 256 -c SHA256SUMS
    Windows : Get-Content SHA256SUMS | ForEach-Object {{ $h, $f = $_ -split '  ', 2;
                if ((Get-FileHash -LiteralPath $f -Algorithm SHA256).Hash -ne $h) {{ "MODIFIÉ : $f" }} }}
              (aucune ligne affichée : tout est intact)
    Ou, partout :  python3 verify.py --fingerprint EMPREINTE_REÇUE
                   (compare aussi l'empreinte du dossier et signale un fichier ajouté)

CE QUE LES EMPREINTES PROUVENT, ET CE QU'ELLES NE PROUVENT PAS
  Elles prouvent que ces fichiers sont, octet pour octet, ceux qui sont listés ici, et
  que toute modification ultérieure se verra : un seul octet changé donne une autre
  empreinte. Le journal de conservation enchaîne ses entrées, si bien qu'une entrée
  retirée ou modifiée se voit aussi.
  Elles ne prouvent pas quand un fichier est entré dans le coffre, ni qui l'a écrit : le
  journal est tenu par le logiciel de la victime, sur son ordinateur et selon son
  horloge. Elles ne prouvent pas non plus que la page, le message ou la capture d'écran
  d'origine étaient authentiques.

CONSEIL
  Un contenu en ligne peut disparaître. Pour lui donner pleine force probante, faites-le
  constater par un commissaire de justice (constat sur internet) avant qu'il soit supprimé.
"""

_EN = """\
EVIDENCE BUNDLE — {case}
Exported on {date} with Dossier. {exhibits}.

CONTENTS
  {report}  the report: summary, chronology, exhibit index, then every exhibit;
                  every page carries a unique identifier ({prefix}-000001, ...), counted
                  within this bundle only{pages_en}. Exhibit numbers ("Exhibit 5") stay
                  the same from one communication to the next.
  originals/      the original files, byte for byte, named by exhibit number
                  (P005_..., and P005-1_... for an attachment).
  pieces/         one exhibit per PDF file (Piece-005.pdf), to file one by one, as the
                  report reproduces it, its attachments included.
  Bordereau.docx  the list of exhibits communicated, editable.
  {notice}.txt, {notice}.pdf
                  the notice of illegal content to the platform (Article 16 of
                  Regulation (EU) 2022/2065, "DSA"), to paste into its form.
  PHAROS.txt      a note for the victim, not for the platform: where to send the
                  notice, and when to report to PHAROS too.
  not included    the platform's full data export or the whole mailbox (exhibit
                  {withheld}): it holds other private conversations; it is kept in the
                  vault and can be produced on request. Its SHA-256 and size are in
                  manifest.json (original_withheld).
  manifest.json, manifest.csv   the exhibit list with each SHA-256 hash.
  custody.json    the whole chain-of-custody log, from the case's first entry to this
                  export.
  withheld: true  in custody.json: an entry about what this bundle does not hold keeps
                  only its number and hashes, and the chain still checks.
  SHA256SUMS      the SHA-256 hash of every other file.
  verify.py       a standalone checker (Python 3, nothing to install).

CHECKING THAT NOTHING CHANGED
  The sender gave you the "bundle fingerprint" separately (by text message, for example):
  it is the SHA-256 of the file SHA256SUMS. Compare it first:
    Linux:   sha256sum SHA256SUMS
    macOS:   shasum -a 256 SHA256SUMS
    Windows: Get-FileHash SHA256SUMS -Algorithm SHA256     (in PowerShell)
  Then check every file, in this folder:
    Linux:   sha256sum -c SHA256SUMS
    macOS:   shasum -a 256 -c SHA256SUMS
    Windows: Get-Content SHA256SUMS | ForEach-Object {{ $h, $f = $_ -split '  ', 2;
               if ((Get-FileHash -LiteralPath $f -Algorithm SHA256).Hash -ne $h) {{ "CHANGED: $f" }} }}
             (no line printed: everything is intact)
    Or anywhere:  python3 verify.py --fingerprint FINGERPRINT_RECEIVED
                  (also compares the bundle fingerprint and reports an added file)

WHAT THE HASHES PROVE, AND WHAT THEY DO NOT
  They prove that these files are, byte for byte, the ones listed here, and that any
  later change is detectable: a single changed byte gives another hash. The custody log
  chains its entries, so a removed or edited entry is detectable too.
  They do not prove when a file entered the vault, nor who wrote it: the log is kept by
  the victim's own software, on her own computer and by her own clock. Nor do they prove
  that the original page, message or screenshot was authentic.

ADVICE
  Online content can disappear. To give it full weight in court, have a commissaire de
  justice (a French judicial officer) record it in a formal report ("constat") before it
  is removed.
"""

_TEMPLATES = {"fr": _FR, "en": _EN}
_CONTINUED = " " * 18  # how a CONTENTS entry's second line starts

# First in a sealed ZIP's READMEs, the only files of it that open without the password.
_SEALED = {"fr": """\
CE DOSSIER EST CHIFFRÉ : COMMENT L'OUVRIR
  Tous les fichiers de ce ZIP, sauf ces deux notices, sont chiffrés (AES-256) ; seuls
  leurs noms restent lisibles. Le mot de passe vous a été donné par un autre moyen que ce
  dossier (SMS, appel, en main propre).
    Windows : avec 7-Zip (7-zip.org) : clic droit sur le ZIP ▸ 7-Zip ▸ Extraire ici,
              puis saisissez le mot de passe. L'Explorateur de Windows peut refuser ce
              chiffrement.
    macOS :   ouvrez le ZIP avec Keka ou The Unarchiver, puis saisissez le mot de passe.
    Linux :   7z x DOSSIER.zip   (remplacez DOSSIER.zip par le nom de ce fichier)
  Le rapport PDF demande le même mot de passe à son ouverture. Les vérifications
  ci-dessous se font dans le dossier extrait.

""", "en": """\
THIS BUNDLE IS ENCRYPTED: HOW TO OPEN IT
  Every file of this ZIP but these two notes is encrypted (AES-256); only their names
  stay readable. The sender gave you the password another way than this bundle (text
  message, call, in person).
    Windows: with 7-Zip (7-zip.org): right-click the ZIP ▸ 7-Zip ▸ Extract Here, then
             enter the password. Windows Explorer may refuse this encryption.
    macOS:   open the ZIP with Keka or The Unarchiver, then enter the password.
    Linux:   7z x BUNDLE.zip   (replace BUNDLE.zip with this file's name)
  The report PDF asks for the same password when it opens. The checks below are made
  in the extracted folder.

"""}


def readme(plan: Plan, language: str, report_name: str,
           withheld_entries: bool = False) -> bytes:
    """The README in ``language``; ``withheld_entries`` when custody.json hides some
    entries' details (a platform's bundle)."""
    day = plan.exported_at.date().isoformat()
    withheld = [exhibit.number for exhibit in plan.all_exhibits() if exhibit.withheld]
    text = _TEMPLATES[language].format(
        case=plan.case_name, date=day,
        exhibits=wording.count(language, "count.exhibits", len(plan.exhibits)),
        report=report_name.ljust(15), prefix=plan.options.prefix,
        pages_fr=" : un autre envoi recommence à 000001" if plan.earlier else "",
        pages_en=": another bundle starts again at 000001" if plan.earlier else "",
        notice=notice.file_stem(plan), withheld=", ".join(withheld))
    text = "".join(_kept(text.splitlines(keepends=True),
                         _absent(plan, bool(withheld), withheld_entries)))
    if plan.options.sealed:
        title, _, rest = text.partition("\n\n")
        text = f"{title}\n\n{_SEALED[language]}{rest}"
    return text.replace("\n", "\r\n").encode("utf-8-sig")  # Notepad-friendly


def _absent(plan: Plan, withheld_originals: bool, withheld_entries: bool) -> list[str]:
    """How the CONTENTS entries about what this bundle does not hold start: the originals
    when the user left them out, an avocat's pieces and bordereau in another recipient's
    bundle, a platform's notice and PHAROS note in another's, the note on originals kept
    in the vault and on withheld log entries when there are none."""
    absent = [] if plan.options.include_originals else ["  originals/"]
    if plan.options.recipient != LAWYER:
        absent += ["  pieces/", "  Bordereau.docx"]
    if not plan.options.for_platform:
        absent += [f"  {notice.file_stem(plan)}.txt", f"  {pharos.FILE_NAME}"]
    if not withheld_originals:
        absent += ["  non joint ", "  not included "]
    if not withheld_entries:
        absent += ["  withheld: true"]
    return absent


def _kept(lines: list[str], absent: list[str]) -> list[str]:
    """The lines without the entries (with their indented continuation lines) that start
    as one of ``absent``."""
    kept, skipping = [], False
    for line in lines:
        if not line.startswith(_CONTINUED):
            skipping = line.startswith(tuple(absent)) if absent else False
        if not skipping:
            kept.append(line)
    return kept

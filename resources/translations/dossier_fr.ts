<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AbuseReportDialog</name>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="42"/>
        <source>Report to the sender&apos;s provider</source>
        <translation>Signaler au fournisseur de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="44"/>
        <source>Dossier writes an abuse report in the format e-mail providers process (RFC 5965): a few sentences for their abuse desk, the sender&apos;s IP address and time, and this e-mail attached exactly as it arrived. You send it from your own mail program: Dossier never sends anything. The file is not encrypted.</source>
        <translation>Dossier rédige un signalement d&apos;abus au format que traitent les fournisseurs de messagerie (RFC 5965)&#xa0;: quelques phrases pour leur service abus, l&apos;adresse IP de l&apos;expéditeur et l&apos;heure, et cet e-mail joint exactement tel qu&apos;il est arrivé. Vous l&apos;envoyez depuis votre propre messagerie&#xa0;: Dossier n&apos;envoie jamais rien. Le fichier n&apos;est pas chiffré.</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="56"/>
        <source>Dossier cannot look these addresses up without the Internet: each is a guess, abuse@ followed by the domain of the server that first relayed the e-mail, or of the sender&apos;s address. Check the provider&apos;s web site for its abuse address or form before you send the report.</source>
        <translation>Dossier ne peut pas vérifier ces adresses sans Internet&#xa0;: chacune est une supposition, abuse@ suivi du domaine du serveur qui a relayé l&apos;e-mail en premier, ou de celui de l&apos;adresse de l&apos;expéditeur. Vérifiez sur le site du fournisseur son adresse ou son formulaire de signalement avant d&apos;envoyer le signalement.</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="63"/>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Langue du signalement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="64"/>
        <source>Where to send it:</source>
        <translation>Où l&apos;envoyer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="66"/>
        <source>&amp;Save the report…</source>
        <translation>&amp;Enregistrer le signalement…</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="95"/>
        <source>No address can be guessed from this e-mail&apos;s headers.</source>
        <translation>Aucune adresse ne peut être déduite des en-têtes de cet e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="100"/>
        <source>The report could not be made: %1</source>
        <translation>Le signalement n&apos;a pas pu être rédigé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="107"/>
        <source>abuse-report-%1.eml</source>
        <translation>signalement-abus-%1.eml</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="109"/>
        <source>Save the abuse report</source>
        <translation>Enregistrer le signalement d&apos;abus</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="110"/>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="121"/>
        <source>The report is saved as %1. Attach it to an e-mail to the provider&apos;s abuse address, from your own mail program.</source>
        <translation>Le signalement est enregistré sous %1. Joignez-le à un e-mail adressé au service abus du fournisseur, depuis votre propre messagerie.</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="127"/>
        <source>The report could not be saved: %1</source>
        <translation>Le signalement n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AccessScreen</name>
    <message>
        <location filename="../../ui/access/screen.py" line="122"/>
        <source>Creating your encrypted vault…</source>
        <translation>Création de votre coffre-fort chiffré…</translation>
    </message>
    <message>
        <location filename="../../ui/access/screen.py" line="130"/>
        <location filename="../../ui/access/screen.py" line="139"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location filename="../../ui/access/screen.py" line="166"/>
        <source>Where to keep the vault</source>
        <translation>Où conserver le coffre</translation>
    </message>
    <message>
        <location filename="../../ui/access/screen.py" line="167"/>
        <location filename="../../ui/access/screen.py" line="175"/>
        <source>Dossier vaults (%1)</source>
        <translation>Coffres Dossier (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/access/screen.py" line="174"/>
        <source>Open a vault</source>
        <translation>Ouvrir un coffre</translation>
    </message>
    <message>
        <location filename="../../ui/access/screen.py" line="176"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/access/screen.py" line="212"/>
        <source>Everything stays on this computer, encrypted.</source>
        <translation>Tout reste sur cet ordinateur, chiffré.</translation>
    </message>
    <message>
        <location filename="../../ui/access/screen.py" line="213"/>
        <source>Working, please wait</source>
        <translation>Opération en cours, veuillez patienter</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/people/account_picker.py" line="73"/>
        <source>Give the account&apos;s name or handle.</source>
        <translation>Indiquez le nom ou le pseudo du compte.</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="90"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="90"/>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="91"/>
        <source>e.g. @shadow_of_the_lake</source>
        <translation>par ex. @ombre_du_lac</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="92"/>
        <source>Not known yet</source>
        <translation>On ne sait pas encore</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="93"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="93"/>
        <source>&amp;Name or handle:</source>
        <translation>&amp;Nom ou pseudo&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="93"/>
        <source>&amp;Web address:</source>
        <translation>Adresse &amp;web&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="94"/>
        <source>&amp;Whose account:</source>
        <translation>À qui appartient ce &amp;compte&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../../ui/people/account_picker.py" line="130"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="131"/>
        <source>Add account</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="132"/>
        <source>Remove the selected accounts</source>
        <translation>Retirer les comptes sélectionnés</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="142"/>
        <source>New account…</source>
        <translation>Nouveau compte…</translation>
    </message>
</context>
<context>
    <name>AskBeforeDiscarding</name>
    <message>
        <location filename="../../ui/common/discard.py" line="23"/>
        <source>Throw away what you typed?</source>
        <translation>Abandonner ce que vous avez saisi&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/common/discard.py" line="24"/>
        <source>It has not been saved.</source>
        <translation>Ce n’est pas enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/common/discard.py" line="25"/>
        <source>&amp;Throw away</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../../ui/common/discard.py" line="27"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="107"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="108"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="110"/>
        <source>Write a checked backup into the backup folder chosen in Preferences</source>
        <translation>Écrire une sauvegarde vérifiée dans le dossier de sauvegarde choisi dans les Préférences</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="118"/>
        <source>No backup was made when the vault last locked: %1</source>
        <translation>Aucune sauvegarde n’a été faite au dernier verrouillage du coffre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="126"/>
        <source>Backing up… the backup is checked before it counts.</source>
        <translation>Sauvegarde en cours… elle est vérifiée avant de compter.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="129"/>
        <source>A backup was written and checked: %1.</source>
        <translation>Une sauvegarde a été écrite et vérifiée&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="130"/>
        <source>The backup could not be made: %1</source>
        <translation>La sauvegarde n’a pas pu être faite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="139"/>
        <source>This vault has not been backed up into a folder yet.</source>
        <translation>Ce coffre n’a encore jamais été sauvegardé dans un dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="141"/>
        <source>The last backup was made on %1, more than a week ago.</source>
        <translation>La dernière sauvegarde date du %1, il y a plus d’une semaine.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="144"/>
        <source>Choose a backup folder (a USB stick that you keep apart) with Back up now.</source>
        <translation>Choisissez un dossier de sauvegarde (une clé USB que vous gardez à part) avec Sauvegarder maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="146"/>
        <source>Plug in the backup stick and choose Back up now.</source>
        <translation>Branchez la clé de sauvegarde et choisissez Sauvegarder maintenant.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/vault/backup_dialog.py" line="82"/>
        <source>Where to write the backup</source>
        <translation>Où enregistrer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_dialog.py" line="90"/>
        <source>The backup is written in %1. It opens with the same passphrase as this vault.</source>
        <translation>La sauvegarde est enregistrée dans %1. Elle s&apos;ouvre avec la même phrase de passe que ce coffre.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_dialog.py" line="120"/>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_dialog.py" line="122"/>
        <source>A backup is a full copy of the vault, encrypted with the same passphrase. Keep it on a USB stick or a disk that nobody else can reach.</source>
        <translation>Une sauvegarde est une copie complète du coffre, chiffrée avec la même phrase de passe. Gardez-la sur une clé USB ou un disque auquel personne d&apos;autre n&apos;a accès.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_dialog.py" line="124"/>
        <source>The backup will be written to this file:</source>
        <translation>La sauvegarde sera enregistrée dans ce fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_dialog.py" line="125"/>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_dialog.py" line="126"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_dialog.py" line="127"/>
        <source>&amp;Back up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
</context>
<context>
    <name>BackupDrillDialog</name>
    <message>
        <location filename="../../ui/vault/backup_drill_dialog.py" line="127"/>
        <source>Checking… Every original is read again: a large backup takes a while.</source>
        <translation>Vérification… Chaque original est relu&#xa0;: une grande sauvegarde prend un moment.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_drill_dialog.py" line="137"/>
        <source>This backup opens and is sound: it can be restored.</source>
        <translation>Cette sauvegarde s’ouvre et elle est saine&#xa0;: elle peut être restaurée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/backup_drill_dialog.py" line="138"/>
        <source>%n problem(s) found: do not count on this backup.</source>
        <translation>
            <numerusform>%n problème trouvé&#xa0;: ne comptez pas sur cette sauvegarde.</numerusform>
            <numerusform>%n problèmes trouvés&#xa0;: ne comptez pas sur cette sauvegarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/backup_drill_dialog.py" line="140"/>
        <source>It holds %n item(s).</source>
        <translation>
            <numerusform>Elle contient %n pièce.</numerusform>
            <numerusform>Elle contient %n pièces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/backup_drill_dialog.py" line="141"/>
        <source>Cases (%n): %1.</source>
        <translation>
            <numerusform>Affaire (%n)&#xa0;: %1.</numerusform>
            <numerusform>Affaires (%n)&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_drill_dialog.py" line="144"/>
        <source>Its last change: %1.</source>
        <translation>Sa dernière modification&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_drill_dialog.py" line="146"/>
        <source>Made on %1.</source>
        <translation>Faite le %1.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_drill_dialog.py" line="147"/>
        <source>Nothing was changed, in the backup or in the vault.</source>
        <translation>Rien n’a été modifié, ni dans la sauvegarde ni dans le coffre.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_drill_dialog.py" line="162"/>
        <source>Check a backup</source>
        <translation>Vérifier une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_drill_dialog.py" line="164"/>
        <source>A restore drill: Dossier opens a backup, checks every part of it and says what it holds, so you know it will be there the day you need it. Neither the backup nor this vault is changed.</source>
        <translation>Un exercice de restauration&#xa0;: Dossier ouvre une sauvegarde, en vérifie chaque partie et dit ce qu’elle contient, pour que vous sachiez qu’elle sera là le jour où vous en aurez besoin. Ni la sauvegarde ni ce coffre ne sont modifiés.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_drill_dialog.py" line="167"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
</context>
<context>
    <name>BackupForm</name>
    <message>
        <location filename="../../ui/vault/backup_form.py" line="66"/>
        <source>Choose the backup</source>
        <translation>Choisir la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_form.py" line="67"/>
        <source>Dossier vaults (%1)</source>
        <translation>Coffres Dossier (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_form.py" line="68"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_form.py" line="85"/>
        <source>Backups in the backup &amp;folder, by date:</source>
        <translation>Sauvegardes du &amp;dossier de sauvegarde, par date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_form.py" line="86"/>
        <source>&amp;Backup file:</source>
        <translation>Fichier de &amp;sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_form.py" line="87"/>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_form.py" line="88"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_form.py" line="89"/>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Phrase de passe de la sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_form.py" line="90"/>
        <source>the passphrase you had when it was made</source>
        <translation>la phrase de passe que vous aviez quand elle a été faite</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/timeline/statistics_charts.py" line="50"/>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
</context>
<context>
    <name>CaptionBox</name>
    <message>
        <location filename="../../ui/export/caption.py" line="60"/>
        <source>For the bordereau (list of exhibits)</source>
        <translation>Pour le bordereau (liste des pièces)</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.py" line="62"/>
        <source>Heads the list of exhibits your lawyer files. Each line is optional. It is kept in the case (encrypted) and offered again at the next export.</source>
        <translation>En tête de la liste des pièces que votre avocat communique. Chaque ligne est facultative. Elle est conservée dans le dossier (chiffrée) et proposée à nouveau au prochain export.</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.py" line="65"/>
        <source>C&amp;ourt:</source>
        <translation>&amp;Juridiction:</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.py" line="65"/>
        <source>&amp;RG number:</source>
        <translation>N° &amp;RG:</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.py" line="65"/>
        <source>&amp;For (the client):</source>
        <translation>&amp;Pour (le client ou la cliente):</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.py" line="66"/>
        <source>A&amp;gainst (the other side):</source>
        <translation>C&amp;ontre (la partie adverse):</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.py" line="68"/>
        <source>e.g. Tribunal judiciaire de Lyon</source>
        <translation>par exemple Tribunal judiciaire de Lyon</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.py" line="69"/>
        <source>The court&apos;s case number, e.g. 25/01234</source>
        <translation>Le numéro de répertoire général, par exemple 25/01234</translation>
    </message>
</context>
<context>
    <name>CaseNameDialog</name>
    <message>
        <location filename="../../ui/case/cases_dialog.py" line="93"/>
        <source>Give the case a name.</source>
        <translation>Donnez un nom à l&apos;affaire.</translation>
    </message>
    <message>
        <location filename="../../ui/case/cases_dialog.py" line="111"/>
        <source>Another case already has this name.</source>
        <translation>Une autre affaire porte déjà ce nom.</translation>
    </message>
    <message>
        <location filename="../../ui/case/cases_dialog.py" line="127"/>
        <source>&amp;Name of the case:</source>
        <translation>&amp;Nom de l&apos;affaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../ui/case/page.py" line="271"/>
        <source>Remove evidence</source>
        <translation>Retirer des pièces</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case/page.py" line="272"/>
        <source>Remove %n item(s) from the case? The original files are deleted from the vault. The history keeps a record that they were removed.</source>
        <translation>
            <numerusform>Retirer %n pièce de l&apos;affaire&#xa0;? Son fichier original sera supprimé du coffre. L&apos;historique gardera la trace de ce retrait.</numerusform>
            <numerusform>Retirer %n pièces de l&apos;affaire&#xa0;? Leurs fichiers originaux seront supprimés du coffre. L&apos;historique gardera la trace de ce retrait.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/case/page.py" line="297"/>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../ui/case/page.py" line="298"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../ui/case/page.py" line="299"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/case/page.py" line="300"/>
        <source>People and accounts</source>
        <translation>Personnes et comptes</translation>
    </message>
    <message>
        <location filename="../../ui/case/page.py" line="301"/>
        <source>Steps</source>
        <translation>Démarches</translation>
    </message>
    <message>
        <location filename="../../ui/case/page.py" line="303"/>
        <source>&amp;Link to an incident…</source>
        <translation>&amp;Lier à un incident…</translation>
    </message>
    <message>
        <location filename="../../ui/case/page.py" line="304"/>
        <source>&amp;Record as a step taken</source>
        <translation>&amp;Enregistrer comme démarche</translation>
    </message>
</context>
<context>
    <name>CasePlaceholder</name>
    <message>
        <location filename="../../ui/window.py" line="67"/>
        <source>The case “%1” is open.</source>
        <translation>L&apos;affaire «&#xa0;%1&#xa0;» est ouverte.</translation>
    </message>
</context>
<context>
    <name>CaseSwitchDialog</name>
    <message>
        <location filename="../../ui/case/cases_dialog.py" line="209"/>
        <source>Switch to another case</source>
        <translation>Changer d&apos;affaire</translation>
    </message>
    <message>
        <location filename="../../ui/case/cases_dialog.py" line="210"/>
        <source>&amp;Cases in this vault:</source>
        <translation>Affaires de ce &amp;coffre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/case/cases_dialog.py" line="211"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case/view.py" line="324"/>
        <source>The items could not be listed: %1</source>
        <translation>La liste des pièces n&apos;a pas pu être affichée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="404"/>
        <source>Nothing matches these filters.</source>
        <translation>Aucune pièce ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="406"/>
        <source>This case has no items yet. Drop files or folders onto this window, or paste a screenshot, to add them.</source>
        <translation>Cette affaire ne contient encore aucune pièce. Pour en ajouter, déposez des fichiers ou des dossiers sur cette fenêtre, ou collez une capture d&apos;écran.</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <location filename="../../ui/viewers/chat.py" line="41"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/chat.py" line="42"/>
        <source>Unknown sender</source>
        <translation>Expéditeur inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/chat.py" line="47"/>
        <source>A picture or file was sent here; the export did not include it.</source>
        <translation>Une image ou un fichier a été envoyé ici&#xa0;; l&apos;export ne l&apos;a pas inclus.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/chat.py" line="50"/>
        <source>The sender deleted this message.</source>
        <translation>Ce message a été supprimé par son expéditeur.</translation>
    </message>
</context>
<context>
    <name>ChatViewer</name>
    <message>
        <location filename="../../ui/viewers/chat.py" line="169"/>
        <source>Messages of the conversation</source>
        <translation>Messages de la conversation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/viewers/chat.py" line="174"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/viewers/chat.py" line="175"/>
        <source>%1 between %2</source>
        <translation>%1 — participants&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/chat.py" line="177"/>
        <source>The export was too long: only its beginning was read.</source>
        <translation>L&apos;export était trop long&#xa0;: seul son début a été lu.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/vault/check_dialog.py" line="107"/>
        <source>Checking… Every original is read again: a large vault takes a while.</source>
        <translation>Vérification… Chaque original est relu&#xa0;: un gros coffre demande un moment.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/check_dialog.py" line="123"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n pièce</numerusform>
            <numerusform>%n pièces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/check_dialog.py" line="124"/>
        <source>%n original(s) re-hashed</source>
        <translation>
            <numerusform>%n original recalculé</numerusform>
            <numerusform>%n originaux recalculés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/check_dialog.py" line="125"/>
        <source>%n event(s) in the history</source>
        <translation>
            <numerusform>%n événement dans l&apos;historique</numerusform>
            <numerusform>%n événements dans l&apos;historique</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault/check_dialog.py" line="127"/>
        <source>The vault is sound: nothing has changed since it was written.</source>
        <translation>Le coffre est sain&#xa0;: rien n&apos;a changé depuis son écriture.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/check_dialog.py" line="130"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault/check_dialog.py" line="140"/>
        <source>Delete nothing. Restore the vault from a backup, or keep it as it is and ask someone you trust for help: the lines above tell them what is wrong.</source>
        <translation>Ne supprimez rien. Restaurez le coffre depuis une sauvegarde, ou gardez-le tel quel et demandez de l&apos;aide à une personne de confiance&#xa0;: les lignes ci-dessus lui diront ce qui ne va pas.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/check_dialog.py" line="144"/>
        <source>This check could not be recorded in the history: %1</source>
        <translation>Cette vérification n&apos;a pas pu être notée dans l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/vault/check_dialog.py" line="158"/>
        <source>Check the vault</source>
        <translation>Vérifier le coffre</translation>
    </message>
    <message>
        <location filename="../../ui/vault/check_dialog.py" line="160"/>
        <source>Dossier reads every part of the vault again, re-computes the fingerprint (SHA-256) of every original, and verifies that the history is whole. Nothing is changed; the check is noted in the history.</source>
        <translation>Dossier relit chaque partie du coffre, recalcule l&apos;empreinte (SHA-256) de chaque original et vérifie que l&apos;historique est complet. Rien n&apos;est modifié&#xa0;; la vérification est notée dans l&apos;historique.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/check_dialog.py" line="163"/>
        <source>Check &amp;again</source>
        <translation>Vérifier à &amp;nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/vault/check_dialog.py" line="164"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
</context>
<context>
    <name>CopySaver</name>
    <message>
        <location filename="../../ui/case/save_copy.py" line="61"/>
        <location filename="../../ui/case/save_copy.py" line="70"/>
        <location filename="../../ui/case/save_copy.py" line="76"/>
        <location filename="../../ui/case/save_copy.py" line="81"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../ui/case/save_copy.py" line="62"/>
        <source>The copy will not be encrypted: anyone who can open files on this computer, or on the drive you choose, can read it. The original stays safe in the vault.</source>
        <translation>La copie ne sera pas chiffrée&#xa0;: toute personne qui peut ouvrir des fichiers sur cet ordinateur, ou sur le support choisi, pourra la lire. L’original reste protégé dans le coffre.</translation>
    </message>
    <message>
        <location filename="../../ui/case/save_copy.py" line="77"/>
        <source>The copy is saved as %1.</source>
        <translation>La copie est enregistrée sous %1.</translation>
    </message>
    <message>
        <location filename="../../ui/case/save_copy.py" line="82"/>
        <source>The copy could not be saved: %1</source>
        <translation>La copie n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CorroborationNote</name>
    <message numerus="yes">
        <location filename="../../ui/case/corroboration_note.py" line="57"/>
        <source>And %n more.</source>
        <translation>
            <numerusform>Et %n autre.</numerusform>
            <numerusform>Et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="65"/>
        <source>A screenshot shows this message.</source>
        <translation>Une capture d’écran montre ce message.</translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="66"/>
        <source>Open the screenshot</source>
        <translation>Ouvrir la capture</translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="69"/>
        <source>Open the message</source>
        <translation>Ouvrir le message</translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="76"/>
        <source>Matches the message of %1 in the %2 export (exhibit %3).</source>
        <translation>Correspond au message du %1 dans l’export %2 (pièce n° %3).</translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="78"/>
        <source>Matches the message of %1 in the %2 export.</source>
        <translation>Correspond au message du %1 dans l’export %2.</translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="80"/>
        <source>Matches the message of %1 in an export (exhibit %3).</source>
        <translation>Correspond au message du %1 dans un export (pièce n° %3).</translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="82"/>
        <source>Matches the message of %1 in an export.</source>
        <translation>Correspond au message du %1 dans un export.</translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="88"/>
        <source>Same text, and the time shown on the screenshot.</source>
        <translation>Même texte, et l’heure affichée sur la capture.</translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="90"/>
        <source>Same text, and the screenshot is from the same day.</source>
        <translation>Même texte, et la capture est du même jour.</translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="91"/>
        <source>Same text only: no time or date on the screenshot confirms it.</source>
        <translation>Même texte seulement&#xa0;: aucune heure ni date de la capture ne le confirme.</translation>
    </message>
</context>
<context>
    <name>CreateForm</name>
    <message>
        <location filename="../../ui/access/forms.py" line="102"/>
        <source>This passphrase is too easy to guess. It protects your evidence: make it at least “Fair”.</source>
        <translation>Cette phrase de passe est trop facile à deviner. Elle protège vos preuves&#xa0;: elle doit être au moins «&#xa0;Correcte&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="105"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="152"/>
        <source>Create your vault</source>
        <translation>Créez votre coffre</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="153"/>
        <source>Choose a passphrase: a few words that only you know. It locks everything you keep here.</source>
        <translation>Choisissez une phrase de passe&#xa0;: quelques mots que personne d&apos;autre que vous ne connaît. Elle verrouille tout ce que vous conservez ici.</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="155"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="156"/>
        <source>&amp;Type it again:</source>
        <translation>Saisissez-la à &amp;nouveau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="158"/>
        <source>If you forget this passphrase and have no recovery key, nobody can open the vault again: not you, not Dossier, not a technician. Write it down and keep it where only you can reach it. A recovery key is offered once the vault is made.</source>
        <translation>Si vous oubliez cette phrase de passe et n’avez pas de clé de secours, personne ne pourra plus ouvrir le coffre&#xa0;: ni vous, ni Dossier, ni un technicien. Notez-la et rangez-la dans un endroit auquel personne d’autre n’a accès. Une clé de secours vous est proposée une fois le coffre créé.</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="161"/>
        <source>The vault will be kept in this file:</source>
        <translation>Le coffre sera conservé dans ce fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="162"/>
        <source>Vault file</source>
        <translation>Fichier du coffre</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="163"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="164"/>
        <source>&amp;Create the vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="166"/>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Ouvrir un autre coffre…</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../../ui/case/custody_view.py" line="25"/>
        <source>Added to the vault</source>
        <translation>Ajoutée au coffre</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="26"/>
        <source>Description changed</source>
        <translation>Description modifiée</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="27"/>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="28"/>
        <source>Tied</source>
        <translation>Lien ajouté</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="29"/>
        <source>Untied</source>
        <translation>Lien retiré</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="30"/>
        <source>Exported</source>
        <translation>Exportée</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="38"/>
        <source>From “%1”, %2</source>
        <translation>Fichier d&apos;origine «&#xa0;%1&#xa0;», %2</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="41"/>
        <source> (part of item %1)</source>
        <translation> (partie de la pièce n°&#xa0;%1)</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="45"/>
        <source>%1: “%2” → “%3”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» → «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="52"/>
        <source>This record of it stays in the log.</source>
        <translation>Cette trace reste dans le journal.</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="58"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="59"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="60"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="61"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="62"/>
        <source>Capture date</source>
        <translation>Date de capture</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="75"/>
        <source>incident no. %1</source>
        <translation>incident n°&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="76"/>
        <source>account no. %1</source>
        <translation>compte n°&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="77"/>
        <source>tag no. %1</source>
        <translation>étiquette n°&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <location filename="../../ui/case/custody_view.py" line="107"/>
        <source>Log entry %1. Its fingerprint, %2, seals it and every entry before it.</source>
        <translation>Entrée n°&#xa0;%1 du journal. Son empreinte, %2, la scelle, ainsi que toutes les entrées précédentes.</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="116"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="116"/>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="116"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>CustodyView</name>
    <message>
        <location filename="../../ui/case/custody_view.py" line="139"/>
        <source>History of the item</source>
        <translation>Historique de la pièce</translation>
    </message>
</context>
<context>
    <name>DeadlinesBox</name>
    <message>
        <location filename="../../ui/steps/deadlines_box.py" line="68"/>
        <source>No incident yet: describe one and give it a qualification to see when it lapses.</source>
        <translation>Aucun incident pour l’instant&#xa0;: décrivez-en un et choisissez sa qualification pour voir quand il sera prescrit.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/deadlines_box.py" line="77"/>
        <source>Deadlines to act (prescription)</source>
        <translation>Délais pour agir (prescription)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="127"/>
        <source>Choose an item in the list to see it here.</source>
        <translation>Choisissez une pièce dans la liste pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="128"/>
        <source>Details of the item</source>
        <translation>Détails de la pièce</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="129"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="130"/>
        <source>Report to the sender&apos;s &amp;provider…</source>
        <translation>Signaler au &amp;fournisseur de l&apos;expéditeur…</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="131"/>
        <source>Write an abuse report for the provider of the address this e-mail came from.</source>
        <translation>Rédiger un signalement d&apos;abus pour le fournisseur de l&apos;adresse d&apos;où vient cet e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="133"/>
        <source>Save the original, exactly as it arrived, outside the vault. The copy is not encrypted.</source>
        <translation>Enregistrer l’original, tel qu’il est arrivé, hors du coffre. La copie n’est pas chiffrée.</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="135"/>
        <source>V&amp;iewer</source>
        <translation>&amp;Voir</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="135"/>
        <source>Descri&amp;be</source>
        <translation>Dé&amp;crire</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="136"/>
        <source>&amp;Details</source>
        <translation>Détai&amp;ls</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="137"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="231"/>
        <source>This item could not be shown: %1</source>
        <translation>Cette pièce n&apos;a pas pu être affichée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="248"/>
        <source>Item %1 is no longer in the vault.</source>
        <translation>La pièce n°&#xa0;%1 n&apos;est plus dans le coffre.</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="258"/>
        <source>%1 · captured %2 (%3)</source>
        <translation>%1 · date de capture&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="275"/>
        <source>Show the whole conversation</source>
        <translation>Afficher toute la conversation</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="276"/>
        <source>Show the e-mail it came with</source>
        <translation>Afficher l&apos;e-mail d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="277"/>
        <source>Show what it is part of: %1</source>
        <translation>Afficher l&apos;ensemble dont elle fait partie&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../ui/case/item_facts.py" line="114"/>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="115"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="116"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="117"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="118"/>
        <source>Captured</source>
        <translation>Date de capture</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="119"/>
        <source>How the date is known</source>
        <translation>Origine de la date</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="121"/>
        <source>Added to the vault</source>
        <translation>Ajout au coffre</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="122"/>
        <location filename="../../ui/case/item_facts.py" line="299"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="123"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="162"/>
        <source>PDF properties:</source>
        <translation>propriétés du PDF&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="163"/>
        <source>PDF XMP data:</source>
        <translation>données XMP du PDF&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="164"/>
        <source>the date shown on the phone is</source>
        <translation>la date affichée sur le téléphone est</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="165"/>
        <source>the recorded date is</source>
        <translation>la date enregistrée est</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="166"/>
        <source>(day only)</source>
        <translation>(jour seulement)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="167"/>
        <source>(usual pattern)</source>
        <translation>(motif courant)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="192"/>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="193"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="194"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="195"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="201"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="202"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="203"/>
        <source>Copy to</source>
        <translation>Copie à</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="204"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="205"/>
        <source>Date written in the e-mail</source>
        <translation>Date indiquée dans l&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="206"/>
        <source>E-mail identifier (Message-ID)</source>
        <translation>Identifiant de l&apos;e-mail (Message-ID)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="207"/>
        <source>Return address</source>
        <translation>Adresse de retour</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="208"/>
        <source>Reply to</source>
        <translation>Répondre à</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="209"/>
        <source>Went through the server</source>
        <translation>Passé par le serveur</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="210"/>
        <location filename="../../ui/case/item_facts.py" line="266"/>
        <source>Sent from the internet address</source>
        <translation>Envoyé depuis l&apos;adresse internet</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="211"/>
        <source>Picture format</source>
        <translation>Format de l&apos;image</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="212"/>
        <source>Width (pixels)</source>
        <translation>Largeur (pixels)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="213"/>
        <source>Height (pixels)</source>
        <translation>Hauteur (pixels)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="214"/>
        <source>Camera</source>
        <translation>Appareil photo</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="215"/>
        <source>Camera maker</source>
        <translation>Marque de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="216"/>
        <source>Camera model</source>
        <translation>Modèle de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="217"/>
        <source>Taken (according to the photo)</source>
        <translation>Prise le (d&apos;après la photo)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="218"/>
        <source>Time zone stated by the camera</source>
        <translation>Fuseau horaire indiqué par l&apos;appareil photo</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="219"/>
        <source>Latitude where it was taken</source>
        <translation>Latitude du lieu de la prise de vue</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="220"/>
        <source>Longitude where it was taken</source>
        <translation>Longitude du lieu de la prise de vue</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="221"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="222"/>
        <source>Title written in the PDF</source>
        <translation>Titre indiqué dans le PDF</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="223"/>
        <source>Author written in the PDF</source>
        <translation>Auteur indiqué dans le PDF</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="224"/>
        <source>Made with</source>
        <translation>Créé avec</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="225"/>
        <source>Saved with</source>
        <translation>Enregistré avec</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="226"/>
        <source>Created (PDF properties)</source>
        <translation>Créé le (propriétés du PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="227"/>
        <source>Created (PDF XMP data)</source>
        <translation>Créé le (données XMP du PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="228"/>
        <source>The PDF&apos;s dates disagree</source>
        <translation>Les dates du PDF ne concordent pas</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="229"/>
        <source>Duration (seconds)</source>
        <translation>Durée (secondes)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="230"/>
        <source>Sound channels</source>
        <translation>Canaux audio</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="231"/>
        <source>Sample rate (Hz)</source>
        <translation>Fréquence d&apos;échantillonnage (Hz)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="232"/>
        <source>Text encoding</source>
        <translation>Encodage du texte</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="233"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="234"/>
        <source>Conversation with</source>
        <translation>Conversation avec</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="235"/>
        <source>Took part</source>
        <translation>A participé</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="236"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="237"/>
        <source>First message</source>
        <translation>Premier message</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="238"/>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="239"/>
        <source>Written by</source>
        <translation>Écrit par</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="240"/>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="241"/>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="242"/>
        <source>Sent or received</source>
        <translation>Envoyé ou reçu</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="243"/>
        <source>Backup made</source>
        <translation>Sauvegarde faite le</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="244"/>
        <source>Address of the page</source>
        <translation>Adresse de la page</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="245"/>
        <source>Posted</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="246"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="247"/>
        <source>Date in the file name</source>
        <translation>Date dans le nom du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="248"/>
        <source>File date</source>
        <translation>Date du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="256"/>
        <source>Sound quality (bits)</source>
        <translation>Qualité du son (bits)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="257"/>
        <source>Order of day and month in the chat</source>
        <translation>Ordre du jour et du mois dans la conversation</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="258"/>
        <source>Problem reading the chat</source>
        <translation>Problème de lecture de la conversation</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="259"/>
        <source>Lines too long, shortened</source>
        <translation>Lignes trop longues, raccourcies</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="260"/>
        <source>Chat read only in part</source>
        <translation>Conversation lue en partie seulement</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="261"/>
        <source>Attachments not read</source>
        <translation>Pièces jointes non lues</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="262"/>
        <source>Faults in the e-mail</source>
        <translation>Défauts dans l’e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="263"/>
        <source>Problem reading the e-mail</source>
        <translation>Problème de lecture de l’e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="264"/>
        <source>Headers not read</source>
        <translation>En-têtes non lus</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="265"/>
        <source>Not read as an e-mail</source>
        <translation>Non lu comme un e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="267"/>
        <source>About the photo data</source>
        <translation>À propos des données de la photo</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="268"/>
        <source>Problem reading the picture</source>
        <translation>Problème de lecture de l’image</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="269"/>
        <source>About the picture</source>
        <translation>À propos de l’image</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="270"/>
        <source>Warnings about the picture</source>
        <translation>Avertissements sur l’image</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="271"/>
        <source>Problem reading the recording</source>
        <translation>Problème de lecture de l’enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="272"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="273"/>
        <source>Kind of recording</source>
        <translation>Type d’enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="274"/>
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="275"/>
        <source>About the recording</source>
        <translation>À propos de l’enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="276"/>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="277"/>
        <source>Other date found</source>
        <translation>Autre date trouvée</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="278"/>
        <source>Deleted message</source>
        <translation>Message supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="279"/>
        <source>Place in the conversation</source>
        <translation>Place dans la conversation</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="280"/>
        <source>Media left out of the export</source>
        <translation>Médias absents de l’export</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="281"/>
        <source>MMS parts left out</source>
        <translation>Parties de MMS absentes</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="282"/>
        <source>Date as the phone wrote it</source>
        <translation>Date telle que le téléphone l’a écrite</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="283"/>
        <source>Date taken from</source>
        <translation>Date tirée de</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="284"/>
        <source>Locked with a password</source>
        <translation>Protégé par un mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="285"/>
        <source>Problem reading the PDF</source>
        <translation>Problème de lecture du PDF</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="286"/>
        <source>Changed (PDF properties)</source>
        <translation>Modifié (propriétés du PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="287"/>
        <source>About the PDF</source>
        <translation>À propos du PDF</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="288"/>
        <source>Pages whose text could not be read</source>
        <translation>Pages dont le texte n’a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="289"/>
        <source>Changed (PDF XMP data)</source>
        <translation>Modifié (données XMP du PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="290"/>
        <source>Messages with two dates</source>
        <translation>Messages avec deux dates</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="291"/>
        <source>Messages the backup announces</source>
        <translation>Messages annoncés par la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="292"/>
        <source>Problem reading the SMS backup</source>
        <translation>Problème de lecture de la sauvegarde SMS</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="293"/>
        <source>MMS not read</source>
        <translation>MMS non lus</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="294"/>
        <source>Not read as an SMS backup</source>
        <translation>Non lu comme une sauvegarde SMS</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="295"/>
        <source>SMS backup read only in part</source>
        <translation>Sauvegarde SMS lue en partie seulement</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="296"/>
        <source>About the text</source>
        <translation>À propos du texte</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="297"/>
        <source>Problem reading the page</source>
        <translation>Problème de lecture de la page</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="298"/>
        <source>About the page</source>
        <translation>À propos de la page</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_dates.py" line="20"/>
        <source>Dates that disagree</source>
        <translation>Dates en désaccord</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_dates.py" line="23"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_dates.py" line="23"/>
        <source>device local time ({zone} assumed)</source>
        <translation>heure locale de l&apos;appareil ({zone} supposé)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_dates.py" line="30"/>
        <source>the backup&apos;s machine date says</source>
        <translation>la date machine de la sauvegarde indique</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_dates.py" line="31"/>
        <source>the PDF&apos;s properties say</source>
        <translation>les propriétés du PDF indiquent</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_dates.py" line="32"/>
        <source>the PDF&apos;s XMP data say</source>
        <translation>les données XMP du PDF indiquent</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_dates.py" line="33"/>
        <source>the photo&apos;s EXIF data say</source>
        <translation>les données EXIF de la photo indiquent</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_dates.py" line="34"/>
        <source>the file name says</source>
        <translation>le nom du fichier indique</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_dates.py" line="35"/>
        <source>the file&apos;s date on disk says</source>
        <translation>la date du fichier sur le disque indique</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../../ui/importing/drop_overlay.py" line="102"/>
        <location filename="../../ui/importing/drop_overlay.py" line="104"/>
        <source>This cannot be added</source>
        <translation>Impossible d&apos;ajouter ceci</translation>
    </message>
    <message>
        <location filename="../../ui/importing/drop_overlay.py" line="105"/>
        <source>It can only be moved from where it is, and Dossier never takes the original away. Copy it instead (hold Ctrl while dragging).</source>
        <translation>Cet élément peut seulement être déplacé, et Dossier ne retire jamais l&apos;original de sa place. Copiez-le plutôt (maintenez la touche Ctrl enfoncée pendant que vous le faites glisser).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/drop_overlay.py" line="151"/>
        <source>Drop to add {files} and {folders} to the case</source>
        <translation>Déposez pour ajouter {files} et {folders} à l&apos;affaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/drop_overlay.py" line="152"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/drop_overlay.py" line="153"/>
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/drop_overlay.py" line="155"/>
        <source>Drop to add %n folder(s) to the case</source>
        <translation>
            <numerusform>Déposez pour ajouter %n dossier à l&apos;affaire</numerusform>
            <numerusform>Déposez pour ajouter %n dossiers à l&apos;affaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/drop_overlay.py" line="156"/>
        <source>Drop to add %n file(s) to the case</source>
        <translation>
            <numerusform>Déposez pour ajouter %n fichier à l&apos;affaire</numerusform>
            <numerusform>Déposez pour ajouter %n fichiers à l&apos;affaire</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/drop_overlay.py" line="158"/>
        <source>Drop to keep this image</source>
        <translation>Déposez pour conserver cette image</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/drop_overlay.py" line="159"/>
        <source>Drop to keep %n link(s)</source>
        <translation>
            <numerusform>Déposez pour conserver %n lien</numerusform>
            <numerusform>Déposez pour conserver %n liens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/drop_overlay.py" line="163"/>
        <source>They will be encrypted and kept as evidence. The files on your computer stay as they are.</source>
        <translation>Ils seront chiffrés et conservés comme preuves. Les fichiers de votre ordinateur restent tels quels.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/drop_overlay.py" line="166"/>
        <source>It will be encrypted and kept as evidence, dated now.</source>
        <translation>Elle sera chiffrée et conservée comme preuve, datée de cet instant.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/drop_overlay.py" line="167"/>
        <source>The web address is kept as evidence. Nothing is downloaded: take a screenshot of the page to keep what it shows.</source>
        <translation>L&apos;adresse web est conservée comme preuve. Rien n&apos;est téléchargé&#xa0;: faites une capture d&apos;écran de la page pour garder ce qu&apos;elle affiche.</translation>
    </message>
</context>
<context>
    <name>EmailViewer</name>
    <message>
        <location filename="../../ui/viewers/email.py" line="99"/>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="99"/>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="100"/>
        <source>Copy to:</source>
        <translation>Copie à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="100"/>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="101"/>
        <source>Sent:</source>
        <translation>Envoyé le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="103"/>
        <source>Checked by the servers:</source>
        <translation>Vérifié par les serveurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="105"/>
        <source>The sender&apos;s e-mail provider can tell who was using this address at that moment. Quote it, with the date and time, in a complaint to that provider or to the police.</source>
        <translation>Le fournisseur de messagerie de l&apos;expéditeur peut savoir qui utilisait cette adresse à ce moment-là. Indiquez-la, avec la date et l&apos;heure, dans un signalement à ce fournisseur ou dans une plainte à la police ou à la gendarmerie.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="108"/>
        <source>Servers the e-mail went through</source>
        <translation>Serveurs par lesquels l&apos;e-mail est passé</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="109"/>
        <source>Message and attachments</source>
        <translation>Message et pièces jointes</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="143"/>
        <source>Sent from the internet address %1</source>
        <translation>Envoyé depuis l&apos;adresse internet %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="153"/>
        <source>X-Originating-IP header</source>
        <translation>en-tête X-Originating-IP</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="155"/>
        <source>Received header, hop 1, the first relay</source>
        <translation>en-tête Received, saut n° 1, le premier relais</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="157"/>
        <source>Received header, hop %1</source>
        <translation>en-tête Received, saut n° %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/viewers/email.py" line="162"/>
        <source>Servers it went through (%n)</source>
        <translation>
            <numerusform>Serveur par lequel il est passé (%n)</numerusform>
            <numerusform>Serveurs par lesquels il est passé (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="183"/>
        <source>Attached (click to see it):</source>
        <translation>Pièces jointes (cliquez pour les afficher)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="186"/>
        <source>This e-mail has no text.</source>
        <translation>Cet e-mail ne contient pas de texte.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../ui/common/words.py" line="25"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="26"/>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="27"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="28"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="29"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="30"/>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="31"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="32"/>
        <source>Sound recording</source>
        <translation>Enregistrement audio</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="33"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="34"/>
        <source>Other file</source>
        <translation>Autre fichier</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="54"/>
        <source>Shows where it was taken</source>
        <translation>Révèle le lieu de la prise de vue</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="55"/>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="56"/>
        <source>Locked with a password</source>
        <translation>Verrouillé par un mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="57"/>
        <source>Same file as another item</source>
        <translation>Même fichier qu&apos;une autre pièce</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="58"/>
        <source>Cannot be shown</source>
        <translation>Impossible à afficher</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="59"/>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="60"/>
        <source>Parts left inside</source>
        <translation>Parties laissées à l&apos;intérieur</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="61"/>
        <source>Unsent or erased</source>
        <translation>Retiré ou effacé</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="62"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="69"/>
        <source>Shows where it was taken: the file holds a GPS position. Think before sharing the file itself.</source>
        <translation>Révèle le lieu de la prise de vue&#xa0;: le fichier contient une position GPS. Réfléchissez avant de partager le fichier lui-même.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="71"/>
        <source>Damaged: the file is cut short or broken. It is kept exactly as it arrived.</source>
        <translation>Endommagé&#xa0;: le fichier est incomplet ou abîmé. Il est conservé exactement tel qu&apos;il est arrivé.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="73"/>
        <source>Locked with a password: it is kept unchanged, but Dossier cannot show it.</source>
        <translation>Verrouillé par un mot de passe&#xa0;: il est conservé sans modification, mais Dossier ne peut pas l&apos;afficher.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="75"/>
        <source>The same file as another item of the case.</source>
        <translation>Le même fichier qu&apos;une autre pièce de l&apos;affaire.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="76"/>
        <source>Cannot be shown: Dossier could not read its content. It is kept exactly as it arrived.</source>
        <translation>Impossible à afficher&#xa0;: Dossier n&apos;a pas pu lire son contenu. Il est conservé exactement tel qu&apos;il est arrivé.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="78"/>
        <source>Empty: there is nothing in it.</source>
        <translation>Vide&#xa0;: il ne contient rien.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="79"/>
        <source>Parts left inside: it holds more parts than one file may give. They are kept inside its original; its details say why.</source>
        <translation>Parties laissées à l&apos;intérieur&#xa0;: il contient plus de parties qu&apos;un fichier ne peut en donner. Elles restent dans son original&#xa0;; ses détails disent pourquoi.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="82"/>
        <source>Unsent or erased: the sender withdrew this message; the platform&apos;s export kept its trace.</source>
        <translation>Retiré ou effacé: l’expéditeur a retiré ce message; l’export de la plateforme en a gardé la trace.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="84"/>
        <source>Edited: the message was changed after it was sent.</source>
        <translation>Modifié: le message a été changé après son envoi.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="122"/>
        <source>Android screenshot</source>
        <translation>capture d’écran Android</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="123"/>
        <source>KDE screenshot</source>
        <translation>capture d’écran KDE</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="124"/>
        <source>macOS screenshot or screen recording</source>
        <translation>capture ou enregistrement d’écran macOS</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="125"/>
        <source>Windows screenshot</source>
        <translation>capture d’écran Windows</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="126"/>
        <source>GNOME screenshot</source>
        <translation>capture d’écran GNOME</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="127"/>
        <source>Pixel camera, in UTC</source>
        <translation>appareil photo Pixel, en UTC</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="128"/>
        <source>Android camera</source>
        <translation>appareil photo Android</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="129"/>
        <source>Samsung camera</source>
        <translation>appareil photo Samsung</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="130"/>
        <source>Windows Camera app</source>
        <translation>application Caméra de Windows</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="131"/>
        <source>WhatsApp media</source>
        <translation>média WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="132"/>
        <source>WhatsApp media, day only</source>
        <translation>média WhatsApp, jour seulement</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="133"/>
        <source>Telegram Desktop media</source>
        <translation>média Telegram Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="134"/>
        <source>Signal media</source>
        <translation>média Signal</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="135"/>
        <source>day only</source>
        <translation>jour seulement</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="142"/>
        <source>from the file name</source>
        <translation>d&apos;après le nom du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="143"/>
        <source>from the photo (EXIF)</source>
        <translation>d&apos;après la photo (EXIF)</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="144"/>
        <source>from the e-mail header</source>
        <translation>d&apos;après l&apos;en-tête de l&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="145"/>
        <source>from the chat</source>
        <translation>d&apos;après la conversation</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="146"/>
        <source>from the SMS backup</source>
        <translation>d&apos;après la sauvegarde SMS</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="147"/>
        <source>from the platform&apos;s data export</source>
        <translation>d’après l’export de données de la plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="148"/>
        <location filename="../../ui/common/words.py" line="149"/>
        <source>from the PDF</source>
        <translation>d&apos;après le PDF</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="150"/>
        <source>from the web page</source>
        <translation>d&apos;après la page web</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="151"/>
        <source>when you pasted it</source>
        <translation>au moment du collage</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="152"/>
        <source>set by you</source>
        <translation>indiquée par vous</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="153"/>
        <source>from the file&apos;s date, less reliable</source>
        <translation>d&apos;après la date du fichier, moins fiable</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="154"/>
        <source>from the import time, least reliable</source>
        <translation>d&apos;après l&apos;heure de l&apos;import, la moins fiable</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="161"/>
        <source>The date the file was last changed on a computer: copying a file can change it. Correct it if you know better.</source>
        <translation>La date de dernière modification du fichier sur un ordinateur&#xa0;: une simple copie peut la changer. Corrigez-la si vous connaissez la bonne date.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="165"/>
        <source>Nothing in the file said when it was captured: this is when you added it. Correct it if you know better.</source>
        <translation>Rien dans le fichier n&apos;indiquait quand il a été capturé&#xa0;: c&apos;est le moment où vous l&apos;avez ajouté. Corrigez cette date si vous connaissez la bonne.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="167"/>
        <source>Capture date: %1.</source>
        <translation>Date de capture&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="266"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="266"/>
        <source>Captured</source>
        <translation>Date de capture</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="266"/>
        <source>Date from</source>
        <translation>Origine de la date</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="267"/>
        <source>Title or file name</source>
        <translation>Titre ou nom du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="267"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="267"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="268"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="268"/>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="268"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="291"/>
        <source>Act</source>
        <translation>Acte</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="292"/>
        <source>My reply</source>
        <translation>Ma réponse</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="293"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="294"/>
        <source>My step</source>
        <translation>Ma démarche</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <location filename="../../ui/case/view.py" line="76"/>
        <location filename="../../ui/case/view.py" line="122"/>
        <source>Items of the case</source>
        <translation>Pièces de l&apos;affaire</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="136"/>
        <source>Record as a step taken</source>
        <translation>Enregistrer comme démarche</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="137"/>
        <source>Remove from the case…</source>
        <translation>Retirer de l&apos;affaire…</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../ui/export/wizard.py" line="199"/>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../ui/export/wizard.py" line="346"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/export/wizard.py" line="347"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
</context>
<context>
    <name>FactsViewer</name>
    <message>
        <location filename="../../ui/viewers/media.py" line="48"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="49"/>
        <source>File type:</source>
        <translation>Format du fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="50"/>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="51"/>
        <source>Fingerprint (SHA-256):</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="54"/>
        <source>Dossier does not show this kind of file. It is kept exactly as it arrived, and its fingerprint proves it was not changed.</source>
        <translation>Dossier n&apos;affiche pas ce type de fichier. Il est conservé exactement tel qu&apos;il est arrivé, et son empreinte prouve qu&apos;il n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>FailedUnlocksBanner</name>
    <message>
        <location filename="../../ui/access/failed_unlocks.py" line="61"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <location filename="../../ui/access/failed_unlocks.py" line="62"/>
        <source>Hide this message; the times stay in the history</source>
        <translation>Masquer ce message&#xa0;; les heures restent dans l&apos;historique</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/failed_unlocks.py" line="72"/>
        <source>%n failed attempt(s) on %1 at %2, just before you opened the vault.</source>
        <translation>
            <numerusform>%n tentative échouée le %1 à %2, juste avant que vous ouvriez le coffre.</numerusform>
            <numerusform>%n tentatives échouées le %1 à %2, juste avant que vous ouvriez le coffre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/failed_unlocks.py" line="77"/>
        <source>%n failed attempt(s) earlier, the last on %1 at %2.</source>
        <translation>
            <numerusform>%n tentative échouée auparavant, le %1 à %2.</numerusform>
            <numerusform>%n tentatives échouées auparavant, la dernière le %1 à %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/failed_unlocks.py" line="80"/>
        <source>The times are kept in the vault&apos;s history.</source>
        <translation>Les heures sont conservées dans l’historique du coffre.</translation>
    </message>
    <message>
        <location filename="../../ui/access/failed_unlocks.py" line="89"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../../ui/access/failed_unlocks.py" line="89"/>
        <source>%1 to %2</source>
        <translation>%1, puis jusqu’à %2</translation>
    </message>
</context>
<context>
    <name>FilerPage</name>
    <message>
        <location filename="../../ui/export/pages.py" line="301"/>
        <source>Who is filing?</source>
        <translation>Qui fait la démarche&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="303"/>
        <source>The notice to the platform must give your name and e-mail address: the law allows leaving them out only for child sexual abuse content.</source>
        <translation>La notification à la plateforme doit donner votre nom et votre adresse e-mail&#xa0;: la loi ne permet de les omettre que pour les contenus d’abus sexuels sur enfants.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="306"/>
        <source>Also put my address and &amp;telephone in the bundle</source>
        <translation>Joindre aussi mon adresse et mon &amp;téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="308"/>
        <source>Everything on this page is optional.</source>
        <translation>Tout est facultatif sur cette page.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="309"/>
        <source>&amp;Include my personal details in the bundle</source>
        <translation>&amp;Inclure mes coordonnées dans l&apos;export</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="288"/>
        <source>Your name and e-mail are kept in this case, in the encrypted vault, for the next export. Your address and telephone are used only in this export and never saved.</source>
        <translation>Votre nom et votre adresse e-mail sont conservés dans ce dossier, dans le coffre chiffré, pour le prochain export. Votre adresse postale et votre téléphone ne servent qu’à cet export et ne sont jamais enregistrés.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="292"/>
        <source>Your name and the caption below (court, RG number, parties) are kept in this case, in the encrypted vault, for the next export. Your contact and address are used only in this export and never saved.</source>
        <translation>Votre nom et l’en-tête ci-dessous (juridiction, numéro RG, parties) sont conservés dans ce dossier, dans le coffre chiffré, pour le prochain export. Votre contact et votre adresse ne servent qu’à cet export et ne sont jamais enregistrés.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="296"/>
        <source>Your name is kept in this case, in the encrypted vault, for the next export. Your contact, your address and what you write for the letter are used only in this export and never saved.</source>
        <translation>Votre nom est conservé dans ce dossier, dans le coffre chiffré, pour le prochain export. Votre contact, votre adresse et ce que vous écrivez pour la lettre ne servent qu’à cet export et ne sont jamais enregistrés.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="311"/>
        <source>An abuse desk rarely needs to know who you are.</source>
        <translation>Un service de signalement a rarement besoin de savoir qui vous êtes.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="312"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="312"/>
        <source>&amp;E-mail (for the notice):</source>
        <translation>&amp;E-mail (pour la notification)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="313"/>
        <source>&amp;Contact (telephone or e-mail):</source>
        <translation>&amp;Contact (téléphone ou e-mail)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="314"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="314"/>
        <source>&amp;Town where the letter is written:</source>
        <translation>&amp;Ville où la lettre est écrite&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="315"/>
        <source>&amp;Witnesses:</source>
        <translation>Tém&amp;oins&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="315"/>
        <source>&amp;Harm suffered:</source>
        <translation>Pré&amp;judice subi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="316"/>
        <source>&amp;Earlier complaint filed on:</source>
        <translation>Plainte &amp;précédente déposée le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="316"/>
        <source>Filed a&amp;t:</source>
        <translation>Dépo&amp;sée à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="319"/>
        <source>For the complaint letter</source>
        <translation>Pour la lettre de plainte</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="321"/>
        <source>Left empty, the letter says what to write there. Harm suffered can be fear, health, work or money.</source>
        <translation>Si vous les laissez vides, la lettre indique quoi écrire à leur place. Le préjudice peut être la peur, une atteinte à la santé, au travail ou à vos finances.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="323"/>
        <source>Who saw or heard it, and how to reach them</source>
        <translation>Qui a vu ou entendu les faits, et comment les joindre</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="325"/>
        <source>Only if this completes a complaint already filed, e.g. 2026-10-15</source>
        <translation>Seulement si elle complète une plainte déjà déposée, par ex. 2026-10-15</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="327"/>
        <source>The police station, gendarmerie or court where you filed it</source>
        <translation>Le commissariat, la gendarmerie ou le tribunal où vous l&apos;avez déposée</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="329"/>
        <source>Declare myself &amp;partie civile (to claim compensation)</source>
        <translation>Me consti&amp;tuer partie civile (pour demander réparation)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="126"/>
        <source>Search the words in your items…</source>
        <translation>Rechercher des mots dans vos pièces…</translation>
    </message>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="127"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="128"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="131"/>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="132"/>
        <source>Acc&amp;ounts</source>
        <translation>C&amp;omptes</translation>
    </message>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="133"/>
        <source>&amp;Warnings</source>
        <translation>Alerte&amp;s</translation>
    </message>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="135"/>
        <source>F&amp;rom</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="136"/>
        <source>&amp;To</source>
        <translation>&amp;jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="141"/>
        <source>Show &amp;messages and attachments</source>
        <translation>Messa&amp;ges et pièces jointes</translation>
    </message>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="142"/>
        <source>Clear filter&amp;s</source>
        <translation>Tout aff&amp;icher</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case/filter_bar.py" line="176"/>
        <source>%n item(s) match</source>
        <translation>
            <numerusform>%n pièce correspond</numerusform>
            <numerusform>%n pièces correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case/filter_bar.py" line="178"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n pièce</numerusform>
            <numerusform>%n pièces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../ui/export/progress.py" line="164"/>
        <source>Copied.</source>
        <translation>Copiée.</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="189"/>
        <source>The bundle is ready</source>
        <translation>L&apos;export est prêt</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="190"/>
        <source>It can be read without Dossier.</source>
        <translation>Il se lit sans Dossier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/progress.py" line="194"/>
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n pièce</numerusform>
            <numerusform>%n pièces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/progress.py" line="195"/>
        <source>%n page(s) of report</source>
        <translation>
            <numerusform>%n page de rapport</numerusform>
            <numerusform>%n pages de rapport</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="197"/>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="198"/>
        <source>Bundle &amp;fingerprint (SHA-256 of SHA256SUMS):</source>
        <translation>&amp;Empreinte de l&apos;export (SHA-256 de SHA256SUMS)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="199"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="200"/>
        <source>Copy the fingerprint</source>
        <translation>Copier l&apos;empreinte</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="203"/>
        <source>The bundle is encrypted: every file but the READMEs opens only with the password. Give the password another way than the bundle: by phone, in person or by SMS, never in the same e-mail or on the same USB stick. To open it: on Windows, 7-Zip (right-click ▸ 7-Zip ▸ Extract, then the password); on macOS, Keka or The Unarchiver; on Linux, 7z x. The README in the bundle says the same.</source>
        <translation>L’export est chiffré&#xa0;: tous ses fichiers sauf les README ne s’ouvrent qu’avec le mot de passe. Transmettez le mot de passe autrement qu’avec l’export&#xa0;: par téléphone, en main propre ou par SMS, jamais dans le même e-mail ni sur la même clé USB. Pour l’ouvrir&#xa0;: sous Windows, 7-Zip (clic droit ▸ 7-Zip ▸ Extraire, puis le mot de passe)&#xa0;; sous macOS, Keka ou The Unarchiver&#xa0;; sous Linux, 7z x. Le fichier README-FR.txt de l’export dit la même chose.</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="214"/>
        <source>Send this fingerprint separately from the bundle, for example by SMS to your avocat. With it they can check that no file changed on the way: the README in the bundle explains how.</source>
        <translation>Envoyez cette empreinte à part, par exemple par SMS à votre avocat. Elle lui permet de vérifier qu&apos;aucun fichier n&apos;a changé en route&#xa0;: le fichier README-FR.txt de l&apos;export explique comment.</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="219"/>
        <source>Bring the bundle on a USB stick when you file your complaint, or hand it over as the police or gendarmerie unit asks. Give them this fingerprint separately, written on paper for example: with it they can check that no file changed. The README in the bundle explains how.</source>
        <translation>Apportez l’export sur une clé USB quand vous déposez plainte, ou remettez-le comme le demande le service de police ou l’unité de gendarmerie. Donnez-leur cette empreinte à part, écrite sur papier par exemple&#xa0;: elle leur permet de vérifier qu’aucun fichier n’a changé. Le fichier README-FR.txt de l’export explique comment.</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="225"/>
        <source>Send your report through the platform&apos;s own reporting form, and attach the files it asks for from the bundle. Keep this fingerprint with your records: it shows later that no file changed.</source>
        <translation>Envoyez votre signalement par le formulaire de signalement de la plateforme, en joignant les fichiers de l’export qu’il demande. Gardez cette empreinte avec vos documents&#xa0;: elle montre plus tard qu’aucun fichier n’a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="229"/>
        <source>Send this fingerprint separately from the bundle, for example by SMS. With it the recipient can check that no file changed on the way: the README in the bundle explains how.</source>
        <translation>Envoyez cette empreinte à part, par exemple par SMS. Elle permet au destinataire de vérifier qu’aucun fichier n’a changé en route&#xa0;: le fichier README-FR.txt de l’export explique comment.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/common/about.py" line="38"/>
        <source>BSD-style</source>
        <translation>de type BSD</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="49"/>
        <source>Apache-2.0 or BSD-3-Clause</source>
        <translation>Apache-2.0 ou BSD-3-Clause</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="56"/>
        <source>BSD-2-Clause and public domain</source>
        <translation>BSD-2-Clause et domaine public</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="64"/>
        <source>Apache-2.0 or BSD-2-Clause</source>
        <translation>Apache-2.0 ou BSD-2-Clause</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="76"/>
        <source>MPL-2.0 and MIT</source>
        <translation>MPL-2.0 et MIT</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="79"/>
        <source>SIL OFL 1.1 (font), CC BY 4.0 (icons)</source>
        <translation>SIL OFL 1.1 (police), CC BY 4.0 (icônes)</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="80"/>
        <source>Bitstream Vera licence</source>
        <translation>licence Bitstream Vera</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="99"/>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="100"/>
        <source>An encrypted case file for people harassed or stalked online.</source>
        <translation>Un dossier de preuves chiffré pour les personnes harcelées ou traquées en ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="101"/>
        <source>Everything stays on this computer, in one encrypted file. Dossier never connects to the internet.</source>
        <translation>Tout reste sur cet ordinateur, dans un seul fichier chiffré. Dossier ne se connecte jamais à internet.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="103"/>
        <source>Free software, under the GNU General Public License, version 3 or later.</source>
        <translation>Logiciel libre, sous licence publique générale GNU (GPL), version 3 ou ultérieure.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="112"/>
        <source>Dossier is built on these free components, each under its own licence:</source>
        <translation>Dossier est construit avec ces composants libres, chacun sous sa propre licence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="122"/>
        <source>The full licence texts are in %1</source>
        <translation>Les textes complets des licences sont dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="130"/>
        <source>Keep the originals. Do not delete the messages, e-mails or posts from your phone or your accounts, even once they are stored here.</source>
        <translation>Gardez les originaux. Ne supprimez pas les messages, e-mails ou publications de votre téléphone ou de vos comptes, même une fois qu&apos;ils sont conservés ici.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="132"/>
        <source>Do not forward the e-mails you received: forwarding loses the details that show where they came from. Save each one as a file (.eml) and import it.</source>
        <translation>Ne transférez pas les e-mails reçus&#xa0;: le transfert fait perdre les détails qui montrent d&apos;où ils viennent. Enregistrez chacun d&apos;eux comme fichier (.eml), puis importez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="135"/>
        <source>Never post where you are, or photos that show it, while this goes on.</source>
        <translation>Tant que cela dure, ne publiez jamais l&apos;endroit où vous êtes, ni de photos qui le montrent.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="137"/>
        <source>Lock Dossier (Ctrl+L) whenever you step away, and keep your passphrase to yourself.</source>
        <translation>Verrouillez Dossier (Ctrl+L) dès que vous vous éloignez, et ne confiez votre phrase de passe à personne.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="139"/>
        <source>Quick exit (the button at the top right, or Esc pressed twice) hides every window at once, then locks and quits. It protects against a glance over your shoulder, not against monitoring software installed on this computer.</source>
        <translation>La sortie rapide (le bouton en haut à droite, ou Échap pressé deux fois) cache toutes les fenêtres d&apos;un coup, puis verrouille et quitte. Elle protège d&apos;un regard par-dessus votre épaule, pas d&apos;un logiciel de surveillance installé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="143"/>
        <source>Make a backup now and then, and keep it somewhere the other person cannot reach.</source>
        <translation>Faites régulièrement une sauvegarde, et gardez-la dans un endroit auquel l&apos;autre personne n&apos;a pas accès.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="145"/>
        <source>If you are in danger, call 17 (police in France) or 112.</source>
        <translation>Si vous êtes en danger, appelez le 17 (police secours, en France) ou le 112.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="161"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="166"/>
        <source>Safety advice</source>
        <translation>Conseils de sécurité</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../ui/viewers/image.py" line="148"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="149"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="149"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="150"/>
        <source>Fit to the window</source>
        <translation>Adapter à la fenêtre</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="151"/>
        <source>Real size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="154"/>
        <source>Text read in the picture</source>
        <translation>Texte lu dans l’image</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="180"/>
        <source>Preparing the picture…</source>
        <translation>Préparation de l&apos;image…</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="249"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="266"/>
        <source>This picture is too large to show in full (%1 × %2 pixels).</source>
        <translation>Cette image est trop grande pour être affichée en entier (%1 × %2 pixels).</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="269"/>
        <source>Dossier does not open this picture: it is damaged or unreadable, and opening it could freeze Dossier. It is kept exactly as it arrived.</source>
        <translation>Dossier n&apos;ouvre pas cette image&#xa0;: elle est endommagée ou illisible, et l&apos;ouvrir pourrait bloquer Dossier. Elle est conservée exactement telle qu&apos;elle est arrivée.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="273"/>
        <source>Dossier could not show this picture safely: preparing it took too long or failed. It is kept exactly as it arrived.</source>
        <translation>Dossier n&apos;a pas pu afficher cette image sans risque&#xa0;: sa préparation a pris trop de temps ou a échoué. Elle est conservée exactement telle qu&apos;elle est arrivée.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="276"/>
        <source>Dossier cannot show this picture: it may be damaged or in a format it does not read. It is kept exactly as it arrived.</source>
        <translation>Dossier ne peut pas afficher cette image&#xa0;: elle est peut-être endommagée, ou dans un format qu&apos;il ne sait pas lire. Elle est conservée exactement telle qu&apos;elle est arrivée.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="278"/>
        <source>Its small preview is shown instead.</source>
        <translation>Son aperçu réduit est affiché à la place.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="279"/>
        <source>There is no preview of it either.</source>
        <translation>Il n&apos;en existe pas non plus d&apos;aperçu.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="190"/>
        <source>Nothing was added</source>
        <translation>Rien n&apos;a été ajouté</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/import_dialog.py" line="191"/>
        <source>%n stored</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/import_dialog.py" line="193"/>
        <source>%n already in the case</source>
        <translation>
            <numerusform>%n déjà dans l&apos;affaire</numerusform>
            <numerusform>%n déjà dans l&apos;affaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/import_dialog.py" line="195"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="207"/>
        <source>Adding evidence</source>
        <translation>Ajout de pièces</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="208"/>
        <source>Files done</source>
        <translation>Fichiers traités</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="209"/>
        <source>Result for each file</source>
        <translation>Résultat pour chaque fichier</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="210"/>
        <source>Adding files to the case…</source>
        <translation>Ajout des fichiers à l&apos;affaire…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="211"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="211"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="212"/>
        <source>The import could not finish</source>
        <translation>L&apos;importation n&apos;a pas pu se terminer</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="213"/>
        <source>Stopping after this file…</source>
        <translation>Arrêt après ce fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="240"/>
        <source>{done} of {total} files</source>
        <translation>Fichiers&#xa0;: {done} sur {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/import_dialog.py" line="265"/>
        <source>stopped before %n more file(s)</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas été traité</numerusform>
            <numerusform>%n fichiers n&apos;ont pas été traités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../ui/importing/import_flow.py" line="114"/>
        <source>Only files, images and web links can be kept.</source>
        <translation>Seuls les fichiers, les images et les liens web peuvent être conservés.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_flow.py" line="117"/>
        <source>Text cannot be kept as it is. Save it as a file or take a screenshot, then add that.</source>
        <translation>Un texte ne peut pas être conservé tel quel. Enregistrez-le dans un fichier ou faites une capture d&apos;écran, puis ajoutez ce fichier ou cette capture.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_flow.py" line="120"/>
        <source>Dossier cannot keep this.</source>
        <translation>Dossier ne peut pas conserver cet élément.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_flow.py" line="245"/>
        <source>Dropped image</source>
        <translation>Image déposée</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_flow.py" line="251"/>
        <source>The clipboard is empty.</source>
        <translation>Le presse-papiers est vide.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_flow.py" line="253"/>
        <source>Pasted image</source>
        <translation>Image collée</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_flow.py" line="271"/>
        <source>The image could not be read.</source>
        <translation>L&apos;image n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="109"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="109"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="114"/>
        <source>Stored, but damaged: it is kept exactly as it arrived, and may not show whole</source>
        <translation>Enregistré, mais endommagé&#xa0;: il est gardé tel qu’il est arrivé et peut ne pas s’afficher en entier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/import_dialog.py" line="118"/>
        <source>Stored, with %n part(s) inside</source>
        <translation>
            <numerusform>Ajouté, avec %n pièce incluse</numerusform>
            <numerusform>Ajouté, avec %n pièces incluses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="119"/>
        <source>Stored</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="121"/>
        <source>Already in the case (item {item})</source>
        <translation>Déjà dans l&apos;affaire (pièce n°&#xa0;{item})</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="122"/>
        <source>Refused: {reason}</source>
        <translation>Refusé&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>IncidentChooser</name>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="300"/>
        <source>Link to incident</source>
        <translation>Lier à un incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="301"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="302"/>
        <source>&amp;New incident…</source>
        <translation>&amp;Nouvel incident…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/incident_dialog.py" line="304"/>
        <source>Which incidents do these %n item(s) show?</source>
        <translation>
            <numerusform>%n pièce sélectionnée. Cochez les incidents qu&apos;elle montre.</numerusform>
            <numerusform>%n pièces sélectionnées. Cochez les incidents qu&apos;elles montrent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/incident_dialog.py" line="307"/>
        <source>There are no incidents yet. Describe one for these %n item(s).</source>
        <translation>
            <numerusform>%n pièce sélectionnée. Il n&apos;y a encore aucun incident&#xa0;: décrivez-en un pour elle.</numerusform>
            <numerusform>%n pièces sélectionnées. Il n&apos;y a encore aucun incident&#xa0;: décrivez-en un pour elles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="202"/>
        <source>Give the incident a title or say what happened.</source>
        <translation>Donnez un titre à l&apos;incident ou décrivez ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="235"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="235"/>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="236"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="236"/>
        <source>W&amp;hen:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="236"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="237"/>
        <source>&amp;Accounts involved:</source>
        <translation>&amp;Comptes en cause&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="237"/>
        <source>&amp;What happened:</source>
        <translation>C&amp;e qui s&apos;est passé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="238"/>
        <source>How &amp;serious:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="238"/>
        <source>&amp;Offence (for the letter):</source>
        <translation>&amp;Infraction (pour la lettre)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="241"/>
        <source>e.g. Threats after I blocked him</source>
        <translation>par ex. Menaces après que je l&apos;ai bloqué</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="242"/>
        <source>&amp;until</source>
        <translation>&amp;jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="243"/>
        <source>New &amp;account…</source>
        <translation>Nouveau co&amp;mpte…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="244"/>
        <source>Accounts involved</source>
        <translation>Comptes en cause</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/incident_dialog.py" line="250"/>
        <source>%n item(s) of evidence show this incident.</source>
        <translation>
            <numerusform>%n pièce montre cet incident.</numerusform>
            <numerusform>%n pièces montrent cet incident.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="256"/>
        <source>Not chosen: the prosecutor will qualify the facts</source>
        <translation>Non choisie&#xa0;: le procureur qualifiera les faits</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="262"/>
        <source>The letter to the prosecutor cites the texts of the offences you choose. If you are not sure, leave it unchosen.</source>
        <translation>La lettre au procureur cite les textes des infractions que vous choisissez. En cas de doute, ne choisissez rien.</translation>
    </message>
</context>
<context>
    <name>IncidentItems</name>
    <message numerus="yes">
        <location filename="../../ui/incidents/incident_items.py" line="115"/>
        <source>%n item(s) show this incident:</source>
        <translation>
            <numerusform>%n pièce montre cet incident&#xa0;:</numerusform>
            <numerusform>%n pièces montrent cet incident&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_items.py" line="117"/>
        <source>&amp;Unlink</source>
        <translation>&amp;Délier</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_items.py" line="118"/>
        <source>Unlink the selected items from this incident; they stay in the case.</source>
        <translation>Délier les pièces sélectionnées de cet incident&#xa0;; elles restent dans l&apos;affaire.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_items.py" line="120"/>
        <source>Items that show this incident</source>
        <translation>Pièces qui montrent cet incident</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="44"/>
        <source>not rated</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="45"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="46"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="47"/>
        <source>serious</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="48"/>
        <source>very serious</source>
        <translation>très élevée</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="51"/>
        <source>At an exact date and time</source>
        <translation>À une date et une heure précises</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="52"/>
        <source>On a day</source>
        <translation>Un jour donné</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="53"/>
        <source>During a month (or a few)</source>
        <translation>Au cours d&apos;un mois (ou de quelques mois)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="54"/>
        <source>Approximately, between two dates</source>
        <translation>Environ, entre deux dates</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="68"/>
        <source>date not known</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="79"/>
        <source>on {day} at {time}</source>
        <translation>le {day} à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="82"/>
        <source>on {day}</source>
        <translation>le {day}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="85"/>
        <source>in {month}</source>
        <translation>en {month}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="87"/>
        <source>around {month}</source>
        <translation>vers {month}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="90"/>
        <source>between {start} and {end}</source>
        <translation>entre {start} et {end}</translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <location filename="../../ui/incidents/incidents_model.py" line="132"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_model.py" line="132"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_model.py" line="132"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_model.py" line="133"/>
        <source>How serious</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_model.py" line="133"/>
        <source>Items</source>
        <translation>Pièces</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="171"/>
        <source>Delete incident</source>
        <translation>Supprimer l&apos;incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="172"/>
        <source>Delete the incident “{title}”? The evidence stays in the case; only its link to this incident goes.</source>
        <translation>Supprimer l&apos;incident «&#xa0;{title}&#xa0;»&#xa0;? Les pièces restent dans l&apos;affaire&#xa0;; seul leur lien avec cet incident disparaît.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="173"/>
        <location filename="../../ui/incidents/incidents_panel.py" line="186"/>
        <location filename="../../ui/incidents/incidents_panel.py" line="238"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="241"/>
        <source>Already linked: nothing changed.</source>
        <translation>Déjà liées&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/incidents_panel.py" line="243"/>
        <source>%n item(s) linked to “{title}”.</source>
        <translation>
            <numerusform>%n pièce liée à «&#xa0;{title}&#xa0;».</numerusform>
            <numerusform>%n pièces liées à «&#xa0;{title}&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/incidents_panel.py" line="246"/>
        <source>%n new link(s) made.</source>
        <translation>
            <numerusform>%n nouveau lien créé.</numerusform>
            <numerusform>%n nouveaux liens créés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="309"/>
        <source>&amp;New incident…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="310"/>
        <source>New incident from the &amp;selection…</source>
        <translation>Nouvel incident à partir de la &amp;sélection…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="312"/>
        <source>A new incident shown by the items selected in the evidence list, dated from their dates.</source>
        <translation>Un nouvel incident montré par les pièces sélectionnées dans la liste, daté d&apos;après leurs dates.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="314"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="315"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="316"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="317"/>
        <source>An incident is something that happened. Drag items from the evidence list onto an incident to show it.</source>
        <translation>Un incident est un fait qui s&apos;est produit. Faites glisser des pièces de la liste sur un incident pour les y rattacher.</translation>
    </message>
</context>
<context>
    <name>InternalErrorNotice</name>
    <message>
        <location filename="../../ui/common/internal_error.py" line="61"/>
        <source>Internal error</source>
        <translation>Erreur interne</translation>
    </message>
    <message>
        <location filename="../../ui/common/internal_error.py" line="62"/>
        <source>Dossier ran into an internal error (%1). What you stored before is kept in your vault. If this happens again, close Dossier and open it again.</source>
        <translation>Dossier a rencontré une erreur interne (%1). Ce que vous avez enregistré auparavant est conservé dans votre coffre. Si cela se reproduit, fermez Dossier puis rouvrez-le.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../ui/case/item_editor.py" line="267"/>
        <source>This item is no longer in the case.</source>
        <translation>Cette pièce n&apos;est plus dans l&apos;affaire.</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="324"/>
        <source>A message you sent.</source>
        <translation>Un message que vous avez envoyé.</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="327"/>
        <source>A message received from {author}.</source>
        <translation>Un message reçu de {author}.</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="329"/>
        <source>A message you received.</source>
        <translation>Un message que vous avez reçu.</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="333"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="333"/>
        <source>What it &amp;shows:</source>
        <translation>Descr&amp;iption&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="333"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="334"/>
        <source>&amp;Web address:</source>
        <translation>Adresse &amp;web&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="334"/>
        <source>Captured &amp;on:</source>
        <translation>Date de capt&amp;ure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="334"/>
        <source>Ro&amp;le:</source>
        <translation>Rô&amp;le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="335"/>
        <source>Acco&amp;unts:</source>
        <translation>C&amp;omptes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="335"/>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="339"/>
        <source>Harassment (counted as an act)</source>
        <translation>Harcèlement (compté comme un acte)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="339"/>
        <source>My own reply</source>
        <translation>Ma propre réponse</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="340"/>
        <source>Context (a notice, a document, a note)</source>
        <translation>Contexte (un avis, un document, une note)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="341"/>
        <source>A step I took (a report, a complaint)</source>
        <translation>Une démarche de ma part (un signalement, une plainte)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="344"/>
        <source>Only harassment dated by the evidence itself is counted in the statistics and the report. Your replies stay on the timeline: they show you asked for it to stop.</source>
        <translation>Seuls les actes de harcèlement datés par la pièce elle-même sont comptés dans les statistiques et le rapport. Vos réponses restent sur la frise&#xa0;: elles montrent que vous avez demandé que cela cesse.</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="346"/>
        <source>A short name, e.g. Threat after the party</source>
        <translation>Un nom court, par ex. Menace après la soirée</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="347"/>
        <source>What it shows, in your own words</source>
        <translation>Ce qu&apos;elle montre, avec vos propres mots</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="354"/>
        <source>Date {source}. If you change it, it is marked as set by you; the earlier date stays in the item&apos;s history.</source>
        <translation>Date&#xa0;: {source}. Si vous la modifiez, elle sera marquée comme indiquée par vous&#xa0;; l&apos;ancienne date reste dans l&apos;historique de la pièce.</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="356"/>
        <source>The original file (never changes)</source>
        <translation>Le fichier original (jamais modifié)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="357"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="357"/>
        <source>SHA-256:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="358"/>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="363"/>
        <source>SHA-256 fingerprint of the original</source>
        <translation>Empreinte SHA-256 de l&apos;original</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="316"/>
        <source>{size} ({bytes} bytes)</source>
        <translation>{size} ({bytes} octets)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="365"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="366"/>
        <source>&amp;Revert</source>
        <translation>A&amp;nnuler</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="227"/>
        <source>My case</source>
        <translation>Mon affaire</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="350"/>
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="355"/>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="360"/>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="447"/>
        <source>New case</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="456"/>
        <source>Rename the case</source>
        <translation>Renommer l&apos;affaire</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="493"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="494"/>
        <source>Import a &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="495"/>
        <source>&amp;Export a bundle…</source>
        <translation>&amp;Exporter un dossier de preuves…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="496"/>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Sauvegarder le coffre…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="497"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Changer la &amp;phrase de passe…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="498"/>
        <source>Rec&amp;overy key…</source>
        <translation>&amp;Clé de secours…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="499"/>
        <source>&amp;Check the vault…</source>
        <translation>&amp;Vérifier le coffre…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="500"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="501"/>
        <source>Check a bac&amp;kup…</source>
        <translation>Vérifier une sa&amp;uvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="502"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="503"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="504"/>
        <source>&amp;Paste</source>
        <translation>&amp;Coller</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="505"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="506"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="507"/>
        <source>P&amp;references…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="508"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nouvelle affaire…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="509"/>
        <source>&amp;Rename this case…</source>
        <translation>&amp;Renommer cette affaire…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="510"/>
        <source>&amp;Switch to another case…</source>
        <translation>&amp;Changer d&apos;affaire…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="511"/>
        <source>&amp;Safety advice</source>
        <translation>&amp;Conseils de sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="513"/>
        <source>&amp;Quick exit</source>
        <translation>&amp;Sortie rapide</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="526"/>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="528"/>
        <source>Hide every window at once, lock and quit (or press Esc twice). This protects against a glance over your shoulder, not against monitoring software.</source>
        <translation>Cacher toutes les fenêtres d&apos;un coup, verrouiller et quitter (ou appuyez deux fois sur Échap). Cela protège d&apos;un regard par-dessus votre épaule, pas d&apos;un logiciel de surveillance.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="514"/>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="520"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="521"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="522"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="523"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="524"/>
        <source>&amp;Case</source>
        <translation>Affai&amp;re</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="525"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>MeBox</name>
    <message>
        <location filename="../../ui/people/me_box.py" line="69"/>
        <source>Is this you? %1 (found in the evidence)</source>
        <translation>Est-ce vous&#xa0;? %1 (trouvé dans les pièces)</translation>
    </message>
    <message>
        <location filename="../../ui/people/me_box.py" line="70"/>
        <source>%1 (set by you)</source>
        <translation>%1 (indiqué par vous)</translation>
    </message>
    <message>
        <location filename="../../ui/people/me_box.py" line="91"/>
        <source>That&apos;s me</source>
        <translation>C&apos;est moi</translation>
    </message>
    <message>
        <location filename="../../ui/people/me_box.py" line="92"/>
        <source>Not me</source>
        <translation>Ce n&apos;est pas moi</translation>
    </message>
    <message>
        <location filename="../../ui/people/me_box.py" line="118"/>
        <source>You in the evidence (never listed as the author&apos;s):</source>
        <translation>Vous dans les pièces (ces identités ne sont jamais attribuées à l&apos;auteur)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../../ui/viewers/media.py" line="81"/>
        <source>This computer lacks the sound libraries to play it here. Save a copy to play it with another program.</source>
        <translation>Il manque à cet ordinateur les bibliothèques audio pour le lire ici. Enregistrez une copie pour le lire avec un autre programme.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="85"/>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="87"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="88"/>
        <source>Channels:</source>
        <translation>Canaux&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="89"/>
        <source>Sample rate:</source>
        <translation>Fréquence d&apos;échantillonnage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="95"/>
        <source>It is too large to play here. Save a copy to play it with another program.</source>
        <translation>Il est trop volumineux pour être lu ici. Enregistrez une copie pour le lire avec un autre programme.</translation>
    </message>
</context>
<context>
    <name>MessageViewer</name>
    <message>
        <location filename="../../ui/viewers/chat.py" line="208"/>
        <source>Words of the message</source>
        <translation>Texte du message</translation>
    </message>
</context>
<context>
    <name>MetadataModel</name>
    <message>
        <location filename="../../ui/case/item_facts.py" line="106"/>
        <source>What</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="106"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>OlderVaultBanner</name>
    <message>
        <location filename="../../ui/access/older_vault.py" line="53"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <location filename="../../ui/access/older_vault.py" line="54"/>
        <source>Hide this message; File ▸ Check the vault says it again</source>
        <translation>Masquer ce message&#xa0;; Fichier ▸ Vérifier le coffre le redira</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../ui/export/options.py" line="123"/>
        <source>Type the password a second time to confirm it.</source>
        <translation>Tapez le mot de passe une seconde fois pour le confirmer.</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="125"/>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="127"/>
        <source>Tick at least one part of the report.</source>
        <translation>Cochez au moins une partie du rapport.</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="207"/>
        <source>Pages are numbered %1-000001, %1-000002…</source>
        <translation>Pages numérotées %1-000001, %1-000002…</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="211"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="212"/>
        <source>How the bundle is written.</source>
        <translation>Comment l&apos;export est écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="213"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="213"/>
        <source>Write the bundle as:</source>
        <translation>Écrire l&apos;export sous forme de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="214"/>
        <source>Original files:</source>
        <translation>Fichiers originaux&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="215"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Répétez le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="218"/>
        <source>a &amp;folder</source>
        <translation>un &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="219"/>
        <source>a &amp;ZIP file</source>
        <translation>un fichier &amp;ZIP</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="220"/>
        <source>Include the &amp;original files (recommended)</source>
        <translation>Inclure les fichiers origi&amp;naux (conseillé)</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="222"/>
        <source>Also the &amp;whole platform exports: they hold your other conversations; left out, they stay in the vault and the bundle gives their fingerprint</source>
        <translation>Aussi les exports &amp;complets des plateformes&#xa0;: ils contiennent vos autres conversations&#xa0;; sinon, ils restent dans le coffre et l’export donne leur empreinte</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="224"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="214"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="226"/>
        <source>Encrypts the whole bundle (AES-256): one ZIP file that opens with 7-Zip and this password; only the file names stay readable. Dossier does not keep it: give it to the recipient another way than the bundle.</source>
        <translation>Chiffre tout l’export (AES-256)&#xa0;: un seul fichier ZIP, qui s’ouvre avec 7-Zip et ce mot de passe&#xa0;; seuls les noms des fichiers restent lisibles. Dossier ne le garde pas&#xa0;: transmettez-le au destinataire autrement qu’avec l’export.</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="229"/>
        <source>Page number &amp;prefix:</source>
        <translation>Pré&amp;fixe des pages&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="231"/>
        <source>Parts of the report</source>
        <translation>Parties du rapport</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="239"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="240"/>
        <source>Chronology of the incidents</source>
        <translation>Chronologie des incidents</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="241"/>
        <source>Steps taken (reports, complaints)</source>
        <translation>Démarches effectuées (signalements, plaintes)</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="242"/>
        <source>What identifies the author</source>
        <translation>Ce qui identifie l&apos;auteur</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="243"/>
        <source>Figures and timeline charts</source>
        <translation>Chiffres et graphiques dans le temps</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="244"/>
        <source>List of exhibits</source>
        <translation>Liste des pièces</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="245"/>
        <source>Draft complaint letter</source>
        <translation>Projet de lettre de plainte</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="246"/>
        <source>History of the evidence (custody log)</source>
        <translation>Historique des pièces (journal de conservation)</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="247"/>
        <source>Every exhibit, one after another</source>
        <translation>Toutes les pièces, l&apos;une après l&apos;autre</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="100"/>
        <source>The current passphrase is not right.</source>
        <translation>La phrase de passe actuelle n&apos;est pas la bonne.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="107"/>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>La phrase de passe a été changée. Utilisez désormais la nouvelle.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="109"/>
        <source>Every page was re-encrypted under a new key. Your recovery key no longer works: make a new one (File ▸ Recovery key) if you want one.</source>
        <translation>Tout le coffre a été rechiffré avec une nouvelle clé. Votre clé de secours ne fonctionne plus&#xa0;: créez-en une nouvelle (Fichier ▸ Clé de secours) si vous le souhaitez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/passphrase_dialog.py" line="113"/>
        <source>%n copy kept beside the vault (before a restore or an upgrade) now opens with the new passphrase too.</source>
        <translation>
            <numerusform>%n copie gardée à côté du coffre (avant une restauration ou une mise à jour) s&apos;ouvre désormais aussi avec la nouvelle phrase de passe.</numerusform>
            <numerusform>%n copies gardées à côté du coffre (avant une restauration ou une mise à jour) s&apos;ouvrent désormais aussi avec la nouvelle phrase de passe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="117"/>
        <source>These copies still open with an older passphrase; delete them if you no longer need them: %1</source>
        <translation>Ces copies s&apos;ouvrent encore avec une ancienne phrase de passe&#xa0;; supprimez-les si vous n&apos;en avez plus besoin&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="121"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="139"/>
        <source>Too easy to guess: make it at least “Fair”.</source>
        <translation>Trop facile à deviner&#xa0;: elle doit être au moins «&#xa0;Correcte&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="141"/>
        <source>The two new passphrases are not the same.</source>
        <translation>Les deux nouvelles phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="143"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nouvelle phrase de passe est identique à l&apos;actuelle.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="163"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="164"/>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase de passe &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="165"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="166"/>
        <source>New passphrase &amp;again:</source>
        <translation>&amp;Retapez la nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="167"/>
        <source>C&amp;hange the passphrase</source>
        <translation>&amp;Changer la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="168"/>
        <source>&amp;My old passphrase may be known to someone: re-encrypt everything</source>
        <translation>&amp;Mon ancienne phrase de passe est peut-être connue de quelqu’un&#xa0;: tout rechiffrer</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../ui/common/fields.py" line="41"/>
        <source>Hide the passphrase</source>
        <translation>Masquer la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/common/fields.py" line="42"/>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase de passe</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="54"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="55"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="52"/>
        <source>Page of the document</source>
        <translation>Page du document</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="54"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="54"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="55"/>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="59"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="68"/>
        <source>Dossier does not open this document: it is damaged or unreadable, and opening it could freeze Dossier. It is kept exactly as it arrived.</source>
        <translation>Dossier n&apos;ouvre pas ce document&#xa0;: il est endommagé ou illisible, et l&apos;ouvrir pourrait bloquer Dossier. Il est conservé exactement tel qu&apos;il est arrivé.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="72"/>
        <source>This document is too large to show here. It is kept exactly as it arrived.</source>
        <translation>Ce document est trop volumineux pour être affiché ici. Il est conservé exactement tel qu&apos;il est arrivé.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="100"/>
        <source>Preparing page %1…</source>
        <translation>Préparation de la page %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="133"/>
        <source>Dossier cannot show this document: it may be damaged. It is kept exactly as it arrived.</source>
        <translation>Dossier ne peut pas afficher ce document&#xa0;: il est peut-être endommagé. Il est conservé exactement tel qu&apos;il est arrivé.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="136"/>
        <source>Dossier could not show this document safely: preparing a page took too long or failed. It is kept exactly as it arrived.</source>
        <translation>Dossier n&apos;a pas pu afficher ce document sans risque&#xa0;: la préparation d&apos;une page a pris trop de temps ou a échoué. Il est conservé exactement tel qu&apos;il est arrivé.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="150"/>
        <source>This PDF is locked with a password, so Dossier cannot show its pages. It is kept exactly as it arrived; open it with its password after you export it.</source>
        <translation>Ce PDF est verrouillé par un mot de passe&#xa0;: Dossier ne peut donc pas afficher ses pages. Il est conservé exactement tel qu&apos;il est arrivé&#xa0;; ouvrez-le avec son mot de passe après l&apos;avoir exporté.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../ui/people/people_model.py" line="35"/>
        <source>Harasser</source>
        <translation>Harceleur</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_model.py" line="35"/>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_model.py" line="36"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/people/people_model.py" line="141"/>
        <source>Accounts not yet tied to a person</source>
        <translation>Comptes pas encore rattachés à une personne</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_model.py" line="149"/>
        <source>Person or account</source>
        <translation>Personne ou compte</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_model.py" line="149"/>
        <source>Role or platform</source>
        <translation>Rôle ou plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_model.py" line="150"/>
        <source>Items</source>
        <translation>Pièces</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../ui/people/people_panel.py" line="187"/>
        <source>Delete {name}? Their accounts stay, under “Accounts not yet tied to a person”.</source>
        <translation>Supprimer {name}&#xa0;? Ses comptes restent, sous «&#xa0;Comptes pas encore rattachés à une personne&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="191"/>
        <source>Delete the account {handle}? The items tied to it stay in the case.</source>
        <translation>Supprimer le compte {handle}&#xa0;? Les pièces qui y sont rattachées restent dans l&apos;affaire.</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="196"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="281"/>
        <source>New &amp;person…</source>
        <translation>Nouvelle &amp;personne…</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="282"/>
        <source>New &amp;account…</source>
        <translation>Nouveau &amp;compte…</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="283"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="284"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="285"/>
        <source>People and accounts</source>
        <translation>Personnes et comptes</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="286"/>
        <source>Tie each account to the person behind it, even a new or fake one. Drag items from the evidence list onto an account to tie them to it.</source>
        <translation>Rattachez chaque compte à la personne qui est derrière, même s&apos;il est nouveau ou faux. Faites glisser des pièces de la liste sur un compte pour les y rattacher.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/people/people_panel.py" line="77"/>
        <source>Give a name, even a nickname or “unknown 1”.</source>
        <translation>Indiquez un nom, même un surnom ou «&#xa0;inconnu 1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="89"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="89"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="90"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="90"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="91"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <location filename="../../ui/common/pickers.py" line="221"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>PictureExport</name>
    <message>
        <location filename="../../ui/timeline/picture_export.py" line="34"/>
        <source>PNG picture (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../ui/common/pickers.py" line="49"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/common/pickers.py" line="49"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/common/pickers.py" line="93"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../../ui/viewers/player.py" line="123"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/player.py" line="123"/>
        <source>&amp;Play</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/player.py" line="125"/>
        <source>Position in the recording</source>
        <translation>Position dans l’enregistrement</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="94"/>
        <source>Folder for the backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="162"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="163"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="166"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="167"/>
        <source>The new language applies at once.</source>
        <translation>La nouvelle langue s&apos;applique immédiatement.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/preferences_dialog.py" line="170"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="171"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="172"/>
        <source>Lock when &amp;idle for:</source>
        <translation>Verrouiller après une &amp;inactivité de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="174"/>
        <source>It also locks when the screen locks and before the computer goes to sleep.</source>
        <translation>Elle se verrouille aussi quand l&apos;écran se verrouille et avant la mise en veille de l&apos;ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="175"/>
        <source>&amp;Disguise the app as:</source>
        <translation>&amp;Déguiser l&apos;application en&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="176"/>
        <source>Name of the disguise</source>
        <translation>Nom du déguisement</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="178"/>
        <source>The window title, the app&apos;s name and its icon become neutral. If the app was installed with an entry in your system&apos;s menu, the entry changes too; the menu may take a moment to show it. A disguise only helps against a quick look.</source>
        <translation>Le titre de la fenêtre, le nom de l&apos;application et son icône deviennent neutres. Si l&apos;application a été installée avec une entrée dans le menu de votre système, cette entrée change aussi&#xa0;; le menu peut mettre un moment à l&apos;afficher. Un déguisement ne protège que d&apos;un coup d&apos;œil rapide.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="181"/>
        <source>&amp;Backup folder:</source>
        <translation>Dossier de &amp;sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="182"/>
        <source>no folder chosen</source>
        <translation>aucun dossier choisi</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="183"/>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="184"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="185"/>
        <source>Back &amp;up now</source>
        <translation>Sa&amp;uvegarder maintenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/preferences_dialog.py" line="187"/>
        <source>A USB stick that you keep apart, for example. When the vault locks or Dossier closes, a backup is written there if anything changed, and checked; the newest %n are kept. If the stick is not plugged in, the backup waits for the next time. A backup opens with the passphrase the vault had when it was made.</source>
        <translation>
            <numerusform>Une clé USB que vous gardez à part, par exemple. Quand le coffre se verrouille ou que Dossier se ferme, une sauvegarde y est écrite si quelque chose a changé, puis vérifiée&#xa0;; seule la plus récente est gardée. Si la clé n’est pas branchée, la sauvegarde attend la fois suivante. Une sauvegarde s’ouvre avec la phrase de passe qu’avait le coffre quand elle a été faite.</numerusform>
            <numerusform>Une clé USB que vous gardez à part, par exemple. Quand le coffre se verrouille ou que Dossier se ferme, une sauvegarde y est écrite si quelque chose a changé, puis vérifiée&#xa0;; les %n plus récentes sont gardées. Si la clé n’est pas branchée, la sauvegarde attend la fois suivante. Une sauvegarde s’ouvre avec la phrase de passe qu’avait le coffre quand elle a été faite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/export/progress.py" line="96"/>
        <source>Stopping the export…</source>
        <translation>Arrêt de l&apos;export…</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="98"/>
        <source>The export stopped.</source>
        <translation>L&apos;export s&apos;est arrêté.</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="100"/>
        <source>The bundle is written.</source>
        <translation>L&apos;export est écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="110"/>
        <source>Copying the original files…</source>
        <translation>Copie des fichiers originaux…</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="111"/>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="112"/>
        <source>Writing one PDF per exhibit…</source>
        <translation>Écriture d’un PDF par pièce…</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="113"/>
        <source>Writing the complaint letter…</source>
        <translation>Rédaction de la lettre de plainte…</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="114"/>
        <source>Writing the lists of files and their fingerprints…</source>
        <translation>Écriture de la liste des fichiers et de leurs empreintes…</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="115"/>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="116"/>
        <source>Preparing the export…</source>
        <translation>Préparation de l&apos;export…</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="119"/>
        <source>Exporting</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="120"/>
        <source>The bundle is written under a temporary name, and takes its final name only when it is complete.</source>
        <translation>L&apos;export est écrit sous un nom provisoire, et ne prend son nom définitif qu&apos;une fois complet.</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="122"/>
        <source>Press Cancel to stop: nothing will be left behind.</source>
        <translation>Appuyez sur Annuler pour arrêter&#xa0;: rien ne restera sur le disque.</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <location filename="../../ui/export/pages.py" line="142"/>
        <source>Who will receive the bundle?</source>
        <translation>Qui va recevoir l&apos;export&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="143"/>
        <source>The bundle is a folder or a ZIP file that can be read without Dossier. Choose who it is for.</source>
        <translation>L&apos;export est un dossier ou un fichier ZIP qui se lit sans Dossier. Choisissez à qui il est destiné.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="146"/>
        <source>A &amp;lawyer (avocat)</source>
        <translation>Un &amp;avocat</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="147"/>
        <source>The report opens with the list of exhibits a lawyer files in court (the &quot;bordereau de communication de pièces&quot;), then the chronology, the charts and every exhibit in that order, with the original files and their fingerprints. Beside it, the bordereau as a Word file the lawyer can edit, and one PDF per exhibit to file one by one.</source>
        <translation>Le rapport s’ouvre sur la liste des pièces qu’un avocat produit en justice (le «&#xa0;bordereau de communication de pièces&#xa0;»), puis la chronologie, les graphiques et toutes les pièces dans cet ordre, avec les fichiers originaux et leurs empreintes. À côté, le bordereau en fichier Word que l’avocat peut modifier, et un PDF par pièce à déposer une à une.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="156"/>
        <source>A platform&apos;s abuse &amp;desk</source>
        <translation>Le service de signalement d’une plate&amp;forme</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="157"/>
        <source>Only that platform&apos;s items, with a notice under the Digital Services Act (Article 16) that it must act on. Photos go without the place they were taken; your address and telephone only if you choose. A note for you says where to send it, and when PHAROS applies.</source>
        <translation>Uniquement les pièces de cette plateforme, avec une notification au titre du règlement sur les services numériques (article 16) qu’elle doit traiter. Les photos partent sans le lieu de la prise de vue&#xa0;; votre adresse et votre téléphone seulement si vous le choisissez. Une note pour vous indique où l’envoyer, et quand PHAROS s’applique.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="168"/>
        <source>Which &amp;platform?</source>
        <translation>Quelle &amp;plateforme&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="170"/>
        <source>No item of this case names its platform yet. Set the platform of the items to report (in their details), then export again.</source>
        <translation>Aucune pièce de ce dossier n’indique encore sa plateforme. Indiquez la plateforme des pièces à signaler (dans leurs détails), puis exportez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="172"/>
        <source>Also include my own &amp;replies</source>
        <translation>Inclure aussi mes propres &amp;réponses</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="152"/>
        <source>The &amp;police or the gendarmerie</source>
        <translation>La p&amp;olice ou la gendarmerie</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="153"/>
        <source>An account of the facts in date order, what identifies the author (accounts, addresses, telephone numbers, IP addresses), the list of exhibits and a draft complaint letter to the procureur that you can edit.</source>
        <translation>Un exposé des faits dans l&apos;ordre des dates, ce qui identifie l&apos;auteur (comptes, adresses, numéros de téléphone, adresses IP), la liste des pièces et un projet de lettre de plainte au procureur, que vous pouvez modifier.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="161"/>
        <source>C&amp;ustom</source>
        <translation>Sur &amp;mesure</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="162"/>
        <source>You choose every part of the report yourself.</source>
        <translation>Vous choisissez vous-même chaque partie du rapport.</translation>
    </message>
</context>
<context>
    <name>RecoverForm</name>
    <message>
        <location filename="../../ui/access/recover_form.py" line="102"/>
        <source>Too easy to guess: make it at least “Fair”.</source>
        <translation>Trop facile à deviner&#xa0;: elle doit être au moins «&#xa0;Correcte&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/access/recover_form.py" line="104"/>
        <source>The two new passphrases are not the same.</source>
        <translation>Les deux nouvelles phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../ui/access/recover_form.py" line="137"/>
        <source>Forgot your passphrase?</source>
        <translation>Phrase de passe oubliée&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/access/recover_form.py" line="139"/>
        <source>If you made a recovery key, type it as it is written on its sheet (or two of its shares, one after the other), then choose a new passphrase. The former passphrase will no longer open the vault. Without a recovery key, nobody can open the vault; wrong passphrases erase nothing, so you can try yours again calmly.</source>
        <translation>Si vous avez créé une clé de secours, tapez-la telle qu’elle est écrite sur sa feuille (ou deux de ses parts, l’une après l’autre), puis choisissez une nouvelle phrase de passe. L’ancienne n’ouvrira plus le coffre. Sans clé de secours, personne ne peut ouvrir le coffre&#xa0;; les essais erronés n’effacent rien&#xa0;: vous pouvez réessayer votre phrase de passe calmement.</translation>
    </message>
    <message>
        <location filename="../../ui/access/recover_form.py" line="143"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Clé de secours&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/access/recover_form.py" line="144"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/access/recover_form.py" line="145"/>
        <source>New passphrase &amp;again:</source>
        <translation>&amp;Retapez la nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/access/recover_form.py" line="146"/>
        <source>&amp;Set the new passphrase</source>
        <translation>&amp;Poser la nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/access/recover_form.py" line="147"/>
        <source>&amp;Back to the passphrase</source>
        <translation>Re&amp;tour à la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/access/recover_form.py" line="148"/>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="120"/>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la feuille de secours</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="136"/>
        <source>Saved in %1. Once it is printed or copied, delete this file: whoever finds it can open the vault.</source>
        <translation>Enregistrée dans %1. Une fois imprimée ou recopiée, supprimez ce fichier&#xa0;: quiconque le trouve peut ouvrir le coffre.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="161"/>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="163"/>
        <source>A recovery key is a second key to this vault, written on a sheet of paper. If you forget your passphrase, it lets you choose a new one (“Forgot your passphrase?” when you unlock).</source>
        <translation>Une clé de secours est une deuxième clé de ce coffre, écrite sur une feuille de papier. Si vous oubliez votre phrase de passe, elle vous permet d’en choisir une nouvelle («&#xa0;Phrase de passe oubliée&#xa0;?&#xa0;» au déverrouillage).</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="167"/>
        <source>But whoever holds the sheet can open the vault and read everything in it. Keep it away from home, with someone you trust or in a safe place. If the person who harms you might find it, it is safer not to make one: you can make one later from File ▸ Recovery key.</source>
        <translation>Mais quiconque détient la feuille peut ouvrir le coffre et tout y lire. Gardez-la loin de chez vous, chez une personne de confiance ou dans un lieu sûr. Si la personne qui vous fait du mal risque de la trouver, il est plus sûr de ne pas en créer&#xa0;: vous pourrez en créer une plus tard depuis Fichier ▸ Clé de secours.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="172"/>
        <source>A recovery key was made on %1. Making a new one cancels it.</source>
        <translation>Une clé de secours a été créée le %1. En créer une nouvelle l’annule.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="177"/>
        <source>Write it down or save its sheet now: it is not shown again once this window closes. The letters I, L, O and U are never used.</source>
        <translation>Notez-la ou enregistrez sa feuille maintenant&#xa0;: elle ne sera plus affichée une fois cette fenêtre fermée. Les lettres I, L, O et U ne sont jamais utilisées.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="179"/>
        <source>Save a &amp;printable page (PDF)…</source>
        <translation>Enregistrer une page à &amp;imprimer (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="180"/>
        <source>Save as a &amp;text file…</source>
        <translation>Enregistrer en fichier &amp;texte…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="181"/>
        <source>&amp;Make a new recovery key</source>
        <translation>&amp;Créer une nouvelle clé de secours</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="182"/>
        <source>&amp;Make a recovery key</source>
        <translation>&amp;Créer une clé de secours</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="184"/>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="185"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../../ui/vault/restore_dialog.py" line="104"/>
        <source>The backup is in place: %n item(s), every original checked.</source>
        <translation>
            <numerusform>La sauvegarde est en place&#xa0;: %n pièce, chaque original vérifié.</numerusform>
            <numerusform>La sauvegarde est en place&#xa0;: %n pièces, chaque original vérifié.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault/restore_dialog.py" line="106"/>
        <source>The vault as it was is kept in %1. The vault is now locked: unlock it with the backup&apos;s passphrase.</source>
        <translation>Le coffre tel qu&apos;il était est conservé dans %1. Le coffre est maintenant verrouillé&#xa0;: déverrouillez-le avec la phrase de passe de la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/restore_dialog.py" line="135"/>
        <location filename="../../ui/vault/restore_dialog.py" line="148"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/vault/restore_dialog.py" line="137"/>
        <source>Choose a backup of this vault. Dossier first checks that it opens and that nothing in it has changed; only then does it take the vault&apos;s place. The vault as it is now is kept beside it, in “%1”, so nothing is lost.</source>
        <translation>Choisissez une sauvegarde de ce coffre. Dossier vérifie d&apos;abord qu&apos;elle s&apos;ouvre et que rien n&apos;y a changé&#xa0;; ensuite seulement, elle prend la place du coffre. Le coffre tel qu&apos;il est maintenant est conservé à côté, dans «&#xa0;%1&#xa0;», pour que rien ne soit perdu.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/restore_dialog.py" line="141"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/export/review.py" line="84"/>
        <source>Choose where to write the bundle.</source>
        <translation>Choisissez où écrire l&apos;export.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="86"/>
        <source>%1 already exists. Dossier never replaces a file or a folder: choose another name.</source>
        <translation>%1 existe déjà. Dossier ne remplace jamais un fichier ou un dossier&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="89"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="112"/>
        <source>Where to write the bundle</source>
        <translation>Où écrire l&apos;export</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="113"/>
        <source>ZIP files (*.zip)</source>
        <translation>Fichiers ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="143"/>
        <source>counting…</source>
        <translation>décompte en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="144"/>
        <source>a lawyer (avocat)</source>
        <translation>un avocat</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="145"/>
        <source>the police or the gendarmerie</source>
        <translation>la police ou la gendarmerie</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="146"/>
        <source>a platform&apos;s or a provider&apos;s abuse desk</source>
        <translation>le service de signalement d&apos;une plateforme ou d&apos;un fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="147"/>
        <source>custom</source>
        <translation>sur mesure</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="148"/>
        <source>a ZIP file</source>
        <translation>un fichier ZIP</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="148"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="151"/>
        <source>the abuse desk of %1, with its notice</source>
        <translation>le service de signalement de %1, avec sa notification</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/review.py" line="156"/>
        <source>%n incident(s) in the chronology</source>
        <translation>
            <numerusform>%n incident dans la chronologie</numerusform>
            <numerusform>%n incidents dans la chronologie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="158"/>
        <source>not included</source>
        <translation>non inclus</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="163"/>
        <source>every file but the READMEs is encrypted: it opens with 7-Zip and the password</source>
        <translation>tous les fichiers sauf les README sont chiffrés&#xa0;: l’export s’ouvre avec 7-Zip et le mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="165"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/review.py" line="173"/>
        <source>; whole platform exports or mailboxes kept in the vault: %n</source>
        <translation>
            <numerusform>; export complet de plateforme ou boîte aux lettres gardé dans le coffre&#xa0;: %n</numerusform>
            <numerusform>; exports complets de plateforme ou boîtes aux lettres gardés dans le coffre&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/review.py" line="179"/>
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n pièce</numerusform>
            <numerusform>%n pièces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/review.py" line="181"/>
        <source>, with %n attachment(s)</source>
        <translation>
            <numerusform>, avec %n pièce jointe</numerusform>
            <numerusform>, avec %n pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="185"/>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="186"/>
        <source>Check what will be exported, then press Export.</source>
        <translation>Vérifiez ce qui sera exporté, puis appuyez sur Exporter.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="187"/>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="187"/>
        <source>Evidence:</source>
        <translation>Pièces&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="187"/>
        <source>Incidents:</source>
        <translation>Incidents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="188"/>
        <source>Original files:</source>
        <translation>Fichiers originaux&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="188"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="188"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="189"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="192"/>
        <source>The bundle will be &amp;written to:</source>
        <translation>L&apos;export sera écrit &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="193"/>
        <source>Where the bundle is written</source>
        <translation>Où l&apos;export est écrit</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="194"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../ui/export/scope.py" line="82"/>
        <source>The first day comes after the last day.</source>
        <translation>Le premier jour vient après le dernier.</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="84"/>
        <source>Tick at least one tag.</source>
        <translation>Cochez au moins une étiquette.</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="86"/>
        <source>Tick at least one incident.</source>
        <translation>Cochez au moins un incident.</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="188"/>
        <source>Counting the exhibits…</source>
        <translation>Décompte des pièces…</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="190"/>
        <source>No evidence in this choice. Choose another.</source>
        <translation>Aucune pièce dans ce choix. Choisissez-en un autre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/scope.py" line="192"/>
        <source>%n exhibit(s) will be exported.</source>
        <translation>
            <numerusform>%n pièce sera exportée.</numerusform>
            <numerusform>%n pièces seront exportées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="196"/>
        <source>Which evidence?</source>
        <translation>Quelles pièces&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="197"/>
        <source>An e-mail goes with its attachments, and a chat export with all its messages.</source>
        <translation>Un e-mail part avec ses pièces jointes, et une conversation exportée avec tous ses messages.</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="199"/>
        <source>The &amp;whole case</source>
        <translation>Toute l&apos;&amp;affaire</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="199"/>
        <source>Evidence captured &amp;between two days</source>
        <translation>Les pièces datées &amp;entre deux jours</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="200"/>
        <source>Evidence with these &amp;tags:</source>
        <translation>Les pièces avec ces éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="201"/>
        <source>Evidence that shows these &amp;incidents:</source>
        <translation>Les pièces qui montrent ces &amp;incidents&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/scope.py" line="202"/>
        <source>The %n item(s) selected in the &amp;table</source>
        <translation>
            <numerusform>La pièce sélectionnée dans le ta&amp;bleau</numerusform>
            <numerusform>Les %n pièces sélectionnées dans le ta&amp;bleau</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="203"/>
        <source>The items selected in the &amp;table (none)</source>
        <translation>Les pièces sélectionnées dans le ta&amp;bleau (aucune)</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="206"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="207"/>
        <source>t&amp;o (included)</source>
        <translation>a&amp;u (inclus)</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="208"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="209"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
</context>
<context>
    <name>ScreenTextPanel</name>
    <message>
        <location filename="../../ui/viewers/screen_text.py" line="40"/>
        <source>Copy the text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/screen_text.py" line="41"/>
        <source>Text read in the picture</source>
        <translation>Texte lu dans l’image</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/screen_text.py" line="56"/>
        <source>The text of this picture has not been read yet. Dossier reads it in the background, on this computer.</source>
        <translation>Le texte de cette image n’a pas encore été lu. Dossier le lit en arrière-plan, sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/screen_text.py" line="59"/>
        <source>Dossier could not read the text of this picture. The picture is kept exactly as it arrived.</source>
        <translation>Dossier n’a pas pu lire le texte de cette image. L’image est conservée telle qu’elle est arrivée.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/screen_text.py" line="62"/>
        <source>Dossier found no text in this picture.</source>
        <translation>Dossier n’a trouvé aucun texte dans cette image.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/screen_text.py" line="63"/>
        <source>Text read automatically; it may contain errors (accents above all).</source>
        <translation>Texte lu automatiquement&#xa0;; il peut contenir des erreurs (surtout dans les accents).</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="112"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="113"/>
        <source>Acts per week</source>
        <translation>Actes par semaine</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="114"/>
        <source>Acts per month</source>
        <translation>Actes par mois</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="115"/>
        <source>Per platform</source>
        <translation>Par plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="116"/>
        <source>Per account</source>
        <translation>Par compte</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="117"/>
        <source>Busiest days</source>
        <translation>Jours les plus chargés</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="133"/>
        <source>No act to count: nothing on the timeline is dated evidence of an act.</source>
        <translation>Aucun acte à compter&#xa0;: rien sur la chronologie n&apos;est une pièce datée montrant un acte.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="142"/>
        <source>week of %1</source>
        <translation>semaine du %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="145"/>
        <source>Platform not given</source>
        <translation>Plateforme non indiquée</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="146"/>
        <location filename="../../ui/timeline/statistics_panel.py" line="148"/>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="147"/>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/statistics_panel.py" line="150"/>
        <source>%1: %Ln act(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln acte</numerusform>
            <numerusform>%1&#xa0;: %Ln actes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/statistics_panel.py" line="156"/>
        <source>%Ln act(s), the first on %1, the last on %2.</source>
        <translation>
            <numerusform>%Ln acte, le premier le %1, le dernier le %2.</numerusform>
            <numerusform>%Ln actes, le premier le %1, le dernier le %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="172"/>
        <source>Never two days in a row.</source>
        <translation>Jamais deux jours de suite.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/statistics_panel.py" line="173"/>
        <source>Longest run: %Ln day(s) in a row, from %1 to %2.</source>
        <translation>
            <numerusform>Plus longue série&#xa0;: %Ln jour d&apos;affilée, du %1 au %2.</numerusform>
            <numerusform>Plus longue série&#xa0;: %Ln jours d&apos;affilée, du %1 au %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="185"/>
        <source>The acts are becoming more frequent: %1 a week over the last %3 weeks, against %2 a week before.</source>
        <translation>Les actes deviennent plus fréquents&#xa0;: %1 par semaine sur les %3 dernières semaines, contre %2 par semaine auparavant.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="188"/>
        <source>The acts are becoming less frequent: %1 a week over the last %3 weeks, against %2 a week before.</source>
        <translation>Les actes deviennent moins fréquents&#xa0;: %1 par semaine sur les %3 dernières semaines, contre %2 par semaine auparavant.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="191"/>
        <source>The acts keep a steady pace: %1 a week over the last %3 weeks, and %2 a week before.</source>
        <translation>Les actes gardent un rythme régulier&#xa0;: %1 par semaine sur les %3 dernières semaines, et %2 par semaine auparavant.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="195"/>
        <source>Too few acts, or too short a time, to tell whether they are becoming more frequent.</source>
        <translation>Trop peu d&apos;actes, ou sur une période trop courte, pour dire s&apos;ils deviennent plus fréquents.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="129"/>
        <source>Say to whom the step was addressed or what was done.</source>
        <translation>Indiquez auprès de qui la démarche a été faite, ou ce qui a été fait.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="145"/>
        <source>Step taken</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="145"/>
        <source>New step</source>
        <translation>Nouvelle démarche</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="146"/>
        <source>&amp;Kind of step:</source>
        <translation>&amp;Type de démarche&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="146"/>
        <source>How &amp;precisely:</source>
        <translation>&amp;Précision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="146"/>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="147"/>
        <source>&amp;To whom:</source>
        <translation>&amp;Auprès de qui&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="147"/>
        <source>What was &amp;done:</source>
        <translation>Ce qui a été &amp;fait&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="147"/>
        <source>&amp;Reference:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="148"/>
        <source>&amp;Status:</source>
        <translation>&amp;Suite&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="148"/>
        <source>&amp;Answer received:</source>
        <translation>&amp;Réponse reçue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="157"/>
        <source>e.g. Instagram, the police station of …</source>
        <translation>par ex. Instagram, le commissariat de …</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="158"/>
        <source>the number they gave it, if any</source>
        <translation>le numéro donné, s’il y en a un</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../ui/steps/deadlines_box.py" line="30"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="37"/>
        <source>At an exact date and time</source>
        <translation>À une date et une heure précises</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="38"/>
        <source>On a day</source>
        <translation>Un jour donné</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="39"/>
        <source>During a month</source>
        <translation>Au cours d’un mois</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../ui/steps/steps_model.py" line="96"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_model.py" line="96"/>
        <source>Step</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_model.py" line="96"/>
        <source>To whom</source>
        <translation>Auprès de</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_model.py" line="96"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_model.py" line="97"/>
        <source>Status</source>
        <translation>Suite</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../../ui/steps/steps_panel.py" line="145"/>
        <source>Remove step</source>
        <translation>Supprimer la démarche</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_panel.py" line="146"/>
        <source>Remove the step “{what}”? The evidence stays in the case; only its link to this step goes.</source>
        <translation>Supprimer la démarche «&#xa0;{what}&#xa0;»&#xa0;? Les pièces restent dans le dossier&#xa0;; seul leur lien avec cette démarche disparaît.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/steps_panel.py" line="175"/>
        <source>Recorded as %n step(s): open it to add the reference and the answer.</source>
        <translation>
            <numerusform>Enregistrée comme %n démarche&#xa0;: ouvrez-la pour ajouter la référence et la réponse.</numerusform>
            <numerusform>Enregistrées comme %n démarches&#xa0;: ouvrez-les pour ajouter la référence et la réponse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_panel.py" line="227"/>
        <source>&amp;New step…</source>
        <translation>&amp;Nouvelle démarche…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_panel.py" line="228"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_panel.py" line="229"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_panel.py" line="230"/>
        <source>Record the selected item as a ste&amp;p</source>
        <translation>Enregistrer la pièce sélectionnée comme &amp;démarche</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_panel.py" line="232"/>
        <source>A platform&apos;s acknowledgement, a complaint&apos;s receipt: the step it shows, dated from it and linked to it.</source>
        <translation>L’accusé de réception d’une plateforme, le récépissé d’une plainte&#xa0;: la démarche qu’il montre, datée d’après lui et liée à lui.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_panel.py" line="234"/>
        <source>Steps taken</source>
        <translation>Démarches effectuées</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/access/strength.py" line="22"/>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="23"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="24"/>
        <source>Fair</source>
        <translation>Correcte</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="25"/>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="26"/>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="29"/>
        <source>Use a few words that are not a phrase, a name or a date you are known for.</source>
        <translation>Utilisez quelques mots qui ne forment pas une expression connue, sans nom ni date liés à vous.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="33"/>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Utilisez quelques mots, évitez les expressions courantes.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="34"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Inutile d&apos;ajouter des symboles, des chiffres ou des majuscules.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="35"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ajoutez un ou deux mots. Les mots peu courants sont préférables.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="36"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les touches qui se suivent sur le clavier sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="37"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les motifs courts tracés sur le clavier sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="38"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Utilisez un motif de clavier plus long, avec plus de changements de direction.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="39"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Les répétitions comme «&#xa0;aaa&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="40"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Les répétitions comme «&#xa0;abcabcabc&#xa0;» sont à peine plus difficiles à deviner que «&#xa0;abc&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="42"/>
        <source>Avoid repeated words and characters.</source>
        <translation>Évitez les mots et les caractères répétés.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="43"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Les suites comme «&#xa0;abc&#xa0;» ou «&#xa0;6543&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="44"/>
        <source>Avoid sequences.</source>
        <translation>Évitez les suites.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="45"/>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="46"/>
        <source>Avoid recent years.</source>
        <translation>Évitez les années récentes.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="47"/>
        <source>Avoid years that are associated with you.</source>
        <translation>Évitez les années qui vous sont liées.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="48"/>
        <source>Dates are often easy to guess.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="49"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Évitez les dates et les années qui vous sont liées.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="50"/>
        <source>This is a top-10 common password.</source>
        <translation>C&apos;est l&apos;un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="51"/>
        <source>This is a top-100 common password.</source>
        <translation>C&apos;est l&apos;un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="52"/>
        <source>This is a very common password.</source>
        <translation>C&apos;est un mot de passe très courant.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="53"/>
        <source>This is similar to a commonly used password.</source>
        <translation>Cela ressemble à un mot de passe très utilisé.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="54"/>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="55"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Les prénoms et les noms seuls sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="56"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les prénoms et les noms courants sont faciles à deviner.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="57"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Les majuscules n&apos;aident pas beaucoup.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="58"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="59"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Les mots écrits à l&apos;envers ne sont pas beaucoup plus difficiles à deviner.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="60"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Les remplacements prévisibles, comme «&#xa0;@&#xa0;» au lieu de «&#xa0;a&#xa0;», n&apos;aident pas beaucoup.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="152"/>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase de passe</translation>
    </message>
</context>
<context>
    <name>SuggestionsBox</name>
    <message>
        <location filename="../../ui/people/suggestions_box.py" line="59"/>
        <source>tie this address to %1?</source>
        <translation>rattacher cette adresse à %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/people/suggestions_box.py" line="60"/>
        <source>tie this number to %1?</source>
        <translation>rattacher ce numéro à %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/people/suggestions_box.py" line="61"/>
        <source>tie this account to %1?</source>
        <translation>rattacher ce compte à %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/people/suggestions_box.py" line="64"/>
        <source>1 item comes from %1</source>
        <translation>1 pièce provient de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/suggestions_box.py" line="65"/>
        <source>%n items come from %1</source>
        <translation>
            <numerusform>%n pièce provient de %1</numerusform>
            <numerusform>%n pièces proviennent de %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/people/suggestions_box.py" line="87"/>
        <location filename="../../ui/people/suggestions_box.py" line="122"/>
        <source>Tie</source>
        <translation>Rattacher</translation>
    </message>
    <message>
        <location filename="../../ui/people/suggestions_box.py" line="88"/>
        <source>Tie %1 to %2</source>
        <translation>Rattacher %1 à %2</translation>
    </message>
    <message>
        <location filename="../../ui/people/suggestions_box.py" line="118"/>
        <source>Found in the evidence:</source>
        <translation>Trouvé dans les pièces&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/export/pages.py" line="412"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="413"/>
        <source>This text opens the report. It is suggested from your incidents; change it as you wish.</source>
        <translation>Ce texte ouvre le rapport. Il est proposé à partir de vos incidents&#xa0;; modifiez-le comme vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="417"/>
        <source>For the police this is the account of the facts (&quot;exposé des faits&quot;): what happened, in date order, with the places and the people involved.</source>
        <translation>Pour la police, c&apos;est l&apos;exposé des faits&#xa0;: ce qui s&apos;est passé, dans l&apos;ordre des dates, avec les lieux et les personnes en cause.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="421"/>
        <source>Say in a few sentences what happened, since when, and what you ask for.</source>
        <translation>Dites en quelques phrases ce qui s&apos;est passé, depuis quand, et ce que vous demandez.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="422"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="423"/>
        <source>&amp;Use the suggested text again</source>
        <translation>Reprendre le te&amp;xte proposé</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="425"/>
        <source>You wrote this text from a suggestion in another language than the report&apos;s. Translate it, or use the suggested text again: the report prints it as it is.</source>
        <translation>Vous avez écrit ce texte à partir d&apos;une suggestion dans une autre langue que celle du rapport. Traduisez-le, ou reprenez le texte suggéré&#xa0;: le rapport l&apos;imprime tel quel.</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <location filename="../../ui/common/pickers.py" line="261"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/common/pickers.py" line="262"/>
        <source>New tag, e.g. threat</source>
        <translation>Nouvelle étiquette, par ex. menace</translation>
    </message>
    <message>
        <location filename="../../ui/common/pickers.py" line="263"/>
        <source>Tag to add</source>
        <translation>Étiquette à ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/common/pickers.py" line="264"/>
        <source>Add tag</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/common/pickers.py" line="265"/>
        <source>Remove the selected tags</source>
        <translation>Retirer les étiquettes sélectionnées</translation>
    </message>
</context>
<context>
    <name>TextQueueBar</name>
    <message>
        <location filename="../../ui/importing/text_queue.py" line="185"/>
        <source>Text reading paused (%1/%2).</source>
        <translation>Lecture du texte en pause (%1/%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/text_queue.py" line="187"/>
        <source>Reading the text of %n picture(s)… %1/%2</source>
        <translation>
            <numerusform>Lecture du texte de %n image… %1/%2</numerusform>
            <numerusform>Lecture du texte de %n images… %1/%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/text_queue.py" line="191"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../ui/importing/text_queue.py" line="191"/>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
</context>
<context>
    <name>TextViewer</name>
    <message>
        <location filename="../../ui/viewers/text.py" line="78"/>
        <source>Text of the item</source>
        <translation>Texte de la pièce</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/text.py" line="83"/>
        <source>Only the beginning of this text is shown; the whole file is kept.</source>
        <translation>Seul le début de ce texte est affiché&#xa0;; le fichier entier est conservé.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/text.py" line="86"/>
        <source>There is no text to show.</source>
        <translation>Il n&apos;y a aucun texte à afficher.</translation>
    </message>
</context>
<context>
    <name>ThreadPicker</name>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="112"/>
        <source>Already in the case.</source>
        <translation>Déjà dans l’affaire.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="115"/>
        <source>Ticked because %1 takes part: tied to a harasser of the case.</source>
        <translation>Cochée parce que %1 y participe: lié à un harceleur de l’affaire.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/thread_picker.py" line="127"/>
        <source>%n of %1 conversations ticked.</source>
        <translation>
            <numerusform>%n conversation cochée sur %1.</numerusform>
            <numerusform>%n conversations cochées sur %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="138"/>
        <source>Choose the conversations to import</source>
        <translation>Choisissez les conversations à importer</translation>
    </message>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="140"/>
        <source>This %1 export holds all your conversations. Tick those that belong in the case: only they become items, each message with its author and its time. The export file itself is kept whole in the vault as the original.</source>
        <translation>Cet export %1 contient toutes vos conversations. Cochez celles qui concernent l’affaire: seules elles deviennent des pièces, chaque message avec son auteur et son heure. Le fichier d’export lui-même est conservé entier dans le coffre, comme original.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="144"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="144"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="145"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="145"/>
        <source>First message</source>
        <translation>Premier message</translation>
    </message>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="146"/>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="147"/>
        <source>Import the ticked conversations</source>
        <translation>Importer les conversations cochées</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/timeline/painter.py" line="354"/>
        <source>%1k</source>
        <translation>%1&#xa0;k</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="360"/>
        <source>Acts per minute</source>
        <translation>Actes par minute</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="361"/>
        <source>Acts per 5 minutes</source>
        <translation>Actes par tranche de 5 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="362"/>
        <source>Acts per 15 minutes</source>
        <translation>Actes par quart d&apos;heure</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="363"/>
        <source>Acts per hour</source>
        <translation>Actes par heure</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="364"/>
        <source>Acts per 6 hours</source>
        <translation>Actes par tranche de 6 heures</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="365"/>
        <source>Acts per day</source>
        <translation>Actes par jour</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="366"/>
        <source>Acts per week</source>
        <translation>Actes par semaine</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="367"/>
        <source>Acts per month</source>
        <translation>Actes par mois</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="368"/>
        <source>Acts per year</source>
        <translation>Actes par an</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="369"/>
        <source>%1 (at most %2)</source>
        <translation>%1 (au plus %2)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="26"/>
        <source>Your reply: not counted as an act.</source>
        <translation>Votre réponse&#xa0;: pas comptée comme un acte.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="27"/>
        <source>Context: not counted as an act.</source>
        <translation>Contexte&#xa0;: pas compté comme un acte.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="28"/>
        <source>A step you took: not counted as an act.</source>
        <translation>Une démarche de votre part&#xa0;: pas comptée comme un acte.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="45"/>
        <source>Date not sure: it comes from the file or from when it was added.</source>
        <translation>Date incertaine&#xa0;: elle vient du fichier ou du moment où il a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="51"/>
        <source>Double-click to open it.</source>
        <translation>Double-cliquez pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="57"/>
        <location filename="../../ui/timeline/preview.py" line="77"/>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="60"/>
        <source>Incident: %1</source>
        <translation>Incident&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="69"/>
        <source>Step taken: %1</source>
        <translation>Démarche&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="71"/>
        <source>Its details are in the Steps taken panel.</source>
        <translation>Son détail est dans l’onglet Démarches.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="76"/>
        <source>Items: %1</source>
        <translation>Pièces&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="79"/>
        <source>Click to look closer.</source>
        <translation>Cliquez pour regarder de plus près.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../ui/timeline/page.py" line="182"/>
        <source>Reading the timeline…</source>
        <translation>Lecture de la chronologie…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="203"/>
        <source>Counting…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="219"/>
        <source>The timeline could not be read: %1</source>
        <translation>La chronologie n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="225"/>
        <source>Nothing matches these filters.</source>
        <translation>Rien ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="226"/>
        <source>Nothing dated in this case yet: add evidence or incidents to see them in time.</source>
        <translation>Rien de daté dans cette affaire pour l&apos;instant&#xa0;: ajoutez des pièces ou des incidents pour les voir dans le temps.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="245"/>
        <source>Save the timeline as a picture</source>
        <translation>Enregistrer la chronologie comme image</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="246"/>
        <source>timeline</source>
        <translation>chronologie</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="249"/>
        <source>Save the statistics as a picture</source>
        <translation>Enregistrer les statistiques comme image</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="250"/>
        <source>statistics</source>
        <translation>statistiques</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="254"/>
        <source>The picture could not be saved there. Choose another folder.</source>
        <translation>L&apos;image n&apos;a pas pu être enregistrée à cet endroit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="277"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
</context>
<context>
    <name>TimelineToolbar</name>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="101"/>
        <source>&amp;Lanes:</source>
        <translation>&amp;Lignes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="102"/>
        <source>By platform</source>
        <translation>Par plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="102"/>
        <source>By person or account</source>
        <translation>Par personne ou compte</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="103"/>
        <source>By kind</source>
        <translation>Par type</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="105"/>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="106"/>
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="109"/>
        <source>Show &amp;all</source>
        <translation>&amp;Tout voir</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="110"/>
        <source>Show everything, from the first to the last (0)</source>
        <translation>Tout montrer, du premier au dernier (0)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="111"/>
        <source>Go to &amp;date:</source>
        <translation>Aller à la &amp;date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="114"/>
        <source>Save as &amp;picture</source>
        <translation>Enregistrer comme &amp;image</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="115"/>
        <source>The &amp;timeline…</source>
        <translation>La &amp;chronologie…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="116"/>
        <source>The &amp;statistics…</source>
        <translation>Les &amp;statistiques…</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/timeline/view.py" line="207"/>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="209"/>
        <source>Steps taken</source>
        <translation>Démarches effectuées</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="211"/>
        <source>Platform not given</source>
        <translation>Plateforme non indiquée</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="212"/>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="213"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="215"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="233"/>
        <source>Nothing to show on the timeline.</source>
        <translation>Rien à montrer sur la chronologie.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="345"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="347"/>
        <source>Plus and minus zoom, the arrow keys move in time, Ctrl with an arrow goes from item to item, 0 shows everything.</source>
        <translation>Plus et moins zooment, les flèches se déplacent dans le temps, Ctrl avec une flèche va de pièce en pièce, 0 montre tout.</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../ui/access/forms.py" line="247"/>
        <source>Unlock your vault</source>
        <translation>Déverrouillez votre coffre</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="248"/>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="249"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="250"/>
        <source>&amp;Unlock</source>
        <translation>Dé&amp;verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="251"/>
        <source>&amp;Open another vault file…</source>
        <translation>&amp;Ouvrir un autre coffre…</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="252"/>
        <source>&amp;Forgot your passphrase?</source>
        <translation>Phrase de passe &amp;oubliée&#xa0;?</translation>
    </message>
</context>
<context>
    <name>WebViewer</name>
    <message>
        <location filename="../../ui/viewers/web.py" line="56"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="56"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="57"/>
        <source>Posted:</source>
        <translation>Publié le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="59"/>
        <source>Dossier never opens this address, so the site cannot know you looked at it.</source>
        <translation>Dossier n&apos;ouvre jamais cette adresse&#xa0;: le site ne peut donc pas savoir que vous l&apos;avez consultée.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="61"/>
        <source>Words of the page</source>
        <translation>Texte de la page</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="65"/>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="67"/>
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="72"/>
        <source>There is no text to show.</source>
        <translation>Il n&apos;y a aucun texte à afficher.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../app/common/errors.py" line="38"/>
        <source>Wrong passphrase: the vault could not be unlocked.</source>
        <translation>Phrase de passe incorrecte&#xa0;: le coffre n&apos;a pas pu être déverrouillé.</translation>
    </message>
    <message>
        <location filename="../../app/common/errors.py" line="44"/>
        <source>{path} is not a Dossier vault.</source>
        <translation>{path} n&apos;est pas un coffre Dossier.</translation>
    </message>
    <message>
        <location filename="../../app/common/errors.py" line="50"/>
        <source>No vault at {path}. Create one with: dossier init</source>
        <translation>Aucun coffre à l&apos;emplacement {path}. Pour en créer un&#xa0;: dossier init</translation>
    </message>
    <message>
        <location filename="../../app/common/errors.py" line="56"/>
        <source>A file already exists at {path}; it was left untouched.</source>
        <translation>Un fichier existe déjà à l&apos;emplacement {path}&#xa0;; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/common/errors.py" line="62"/>
        <source>The vault is damaged. Restore it from a backup, or run: dossier check</source>
        <translation>Le coffre est endommagé. Restaurez-le à partir d&apos;une sauvegarde, ou lancez&#xa0;: dossier check</translation>
    </message>
    <message>
        <location filename="../../app/common/errors.py" line="68"/>
        <source>The vault is in use by another Dossier window or command. Close it and try again.</source>
        <translation>Le coffre est utilisé par une autre fenêtre ou commande Dossier. Fermez-la, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/common/errors.py" line="75"/>
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation>Le disque est plein. Rien n&apos;a été perdu&#xa0;; libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/common/errors.py" line="81"/>
        <source>The vault is read-only here; it cannot be changed.</source>
        <translation>Le coffre est ici en lecture seule&#xa0;; il ne peut pas être modifié.</translation>
    </message>
    <message>
        <location filename="../../app/common/errors.py" line="87"/>
        <source>Cannot write to {path}: that place is read-only or not yours.</source>
        <translation>Impossible d&apos;écrire dans {path}&#xa0;: cet emplacement est en lecture seule ou ne vous appartient pas.</translation>
    </message>
    <message>
        <location filename="../../app/common/errors.py" line="94"/>
        <source>This vault was made by a newer Dossier; update Dossier.</source>
        <translation>Ce coffre a été créé par une version plus récente de Dossier&#xa0;; mettez Dossier à jour.</translation>
    </message>
    <message>
        <location filename="../../app/importing/pipeline.py" line="175"/>
        <source>nothing to keep: the data is empty</source>
        <translation>rien à conserver (les données sont vides)</translation>
    </message>
    <message>
        <location filename="../../app/importing/opening.py" line="127"/>
        <location filename="../../app/importing/opening.py" line="158"/>
        <location filename="../../app/importing/pipeline.py" line="199"/>
        <source>could not be read: {error}</source>
        <translation>impossible à lire ({error})</translation>
    </message>
    <message>
        <location filename="../../app/importing/pipeline.py" line="203"/>
        <source>Dossier could not store it (internal error: {error}); nothing was changed</source>
        <translation>Dossier n&apos;a pas pu l&apos;enregistrer (erreur interne&#xa0;: {error})&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../app/importing/pipeline.py" line="224"/>
        <source>already in the case as item {item}</source>
        <translation>déjà dans l&apos;affaire (pièce n°&#xa0;{item})</translation>
    </message>
    <message>
        <location filename="../../app/importing/opening.py" line="125"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../app/importing/opening.py" line="91"/>
        <source>a folder that could not be walked (a link to a folder)</source>
        <translation>dossier impossible à parcourir (lien vers un dossier)</translation>
    </message>
    <message>
        <location filename="../../app/importing/opening.py" line="81"/>
        <source>the file was replaced while it was being imported</source>
        <translation>le fichier a été remplacé pendant son import</translation>
    </message>
    <message>
        <location filename="../../app/importing/opening.py" line="94"/>
        <location filename="../../app/importing/opening.py" line="162"/>
        <source>not a regular file (a device, pipe or socket)</source>
        <translation>pas un fichier ordinaire (périphérique, tube ou socket)</translation>
    </message>
    <message>
        <location filename="../../app/importing/opening.py" line="97"/>
        <source>this is Dossier&apos;s own vault file (or one of its side files): it is never imported into itself</source>
        <translation>c&apos;est le coffre de Dossier lui-même (ou l&apos;un de ses fichiers annexes)&#xa0;: il n&apos;est jamais importé dans lui-même</translation>
    </message>
    <message>
        <location filename="../../app/importing/opening.py" line="101"/>
        <source>the file is empty (0 bytes): there is nothing to keep</source>
        <translation>le fichier est vide (0 octet), il n&apos;y a rien à conserver</translation>
    </message>
    <message>
        <location filename="../../app/importing/opening.py" line="115"/>
        <source>a link that leads out of the folder you gave (to {target}): only files inside the folder are imported</source>
        <translation>un lien qui sort du dossier que vous avez donné (vers {target})&#xa0;: seuls les fichiers du dossier sont importés</translation>
    </message>
    <message>
        <location filename="../../ui/common/operations.py" line="98"/>
        <source>Internal error in Dossier ({error}).</source>
        <translation>Erreur interne dans Dossier ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/export/bundle.py" line="68"/>
        <source>{name} already exists; choose another name so nothing is replaced.</source>
        <translation>{name} existe déjà&#xa0;; choisissez un autre nom pour que rien ne soit remplacé.</translation>
    </message>
    <message>
        <location filename="../../app/export/bundle.py" line="113"/>
        <source>{name} appeared while the bundle was being written; nothing was replaced.</source>
        <translation>{name} est apparu pendant l&apos;écriture du dossier de preuves&#xa0;; rien n&apos;a été remplacé.</translation>
    </message>
    <message>
        <location filename="../../app/export/bundle.py" line="204"/>
        <source>The disk is full: the bundle could not be written. Nothing was left under {name}; free some space or choose another disk.</source>
        <translation>Le disque est plein&#xa0;: le dossier de preuves n&apos;a pas pu être écrit. Rien n&apos;a été laissé sous le nom {name}&#xa0;; libérez de la place ou choisissez un autre disque.</translation>
    </message>
    <message>
        <location filename="../../app/export/bundle.py" line="209"/>
        <source>Dossier may not write in the folder chosen for {name}; choose another folder.</source>
        <translation>Dossier n&apos;a pas le droit d&apos;écrire dans le dossier choisi pour {name}&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../app/export/bundle.py" line="212"/>
        <source>The bundle could not be written ({reason}).</source>
        <translation>Le dossier de preuves n&apos;a pas pu être écrit ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/export/errors.py" line="13"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L&apos;export a été annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../app/export/exporting.py" line="94"/>
        <source>Choose the platform the notice goes to: its bundle holds only its items.</source>
        <translation>Choisissez la plateforme destinataire de la notification&#xa0;: son dossier ne contient que ses pièces.</translation>
    </message>
    <message>
        <location filename="../../app/export/exporting.py" line="102"/>
        <source>No evidence matches what was chosen: there is nothing to export.</source>
        <translation>Aucune pièce ne correspond à ce qui a été choisi&#xa0;: il n&apos;y a rien à exporter.</translation>
    </message>
    <message>
        <location filename="../../app/export/exporting.py" line="230"/>
        <source>Exhibit {label} no longer matches the hash recorded when it was imported; nothing was exported. Run “Check the vault”.</source>
        <translation>La pièce {label} ne correspond plus à l&apos;empreinte relevée à son import&#xa0;; rien n&apos;a été exporté. Lancez «&#xa0;Vérifier le coffre&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/vault/restore.py" line="33"/>
        <source>This file is the vault itself, not a backup of it.</source>
        <translation>Ce fichier est le coffre lui-même, pas une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/vault/restore.py" line="39"/>
        <source>There is no file at {path}. Nothing was changed.</source>
        <translation>Il n&apos;y a pas de fichier à l&apos;emplacement {path}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/vault/restore.py" line="45"/>
        <source>This passphrase does not open the backup. Nothing was changed.</source>
        <translation>Cette phrase de passe n&apos;ouvre pas la sauvegarde. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/vault/restore.py" line="53"/>
        <source>The backup is damaged ({count} problem(s)); it was not restored. Nothing was changed.</source>
        <translation>La sauvegarde est endommagée ({count} problème(s))&#xa0;; elle n&apos;a pas été restaurée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/case/incident_actions.py" line="52"/>
        <source>Give the incident a title or say what happened.</source>
        <translation>Donnez un titre à l&apos;incident ou décrivez ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <location filename="../../app/case/integrity.py" line="25"/>
        <source>This account was deleted meanwhile; choose another. Nothing was changed.</source>
        <translation>Ce compte a été supprimé entre-temps&#xa0;; choisissez-en un autre. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/case/integrity.py" line="27"/>
        <source>This person was deleted meanwhile; choose another. Nothing was changed.</source>
        <translation>Cette personne a été supprimée entre-temps&#xa0;; choisissez-en une autre. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/case/integrity.py" line="29"/>
        <source>This incident was deleted meanwhile. Nothing was changed.</source>
        <translation>Cet incident a été supprimé entre-temps. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/case/integrity.py" line="31"/>
        <source>This item is no longer in the case. Nothing was changed.</source>
        <translation>Cette pièce n&apos;est plus dans l&apos;affaire. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/case/integrity.py" line="33"/>
        <source>Something this change refers to was deleted meanwhile (an item, an incident, a person or an account). Nothing was changed; look again and retry.</source>
        <translation>Un élément visé par cette modification a été supprimé entre-temps (une pièce, un incident, une personne ou un compte). Rien n&apos;a été modifié&#xa0;; vérifiez et recommencez.</translation>
    </message>
    <message>
        <location filename="../../app/case/me.py" line="58"/>
        <source>Give an identifier: a name, a number, an address or a handle.</source>
        <translation>Indiquez un identifiant&#xa0;: un nom, un numéro, une adresse ou un pseudo.</translation>
    </message>
    <message>
        <location filename="../../app/case/me.py" line="75"/>
        <source>{identifier} is not among your identities.</source>
        <translation>{identifier} ne fait pas partie de vos identités.</translation>
    </message>
    <message>
        <location filename="../../app/case/people.py" line="51"/>
        <source>The case already has an account with this platform and handle.</source>
        <translation>L&apos;affaire contient déjà un compte avec cette plateforme et ce pseudo.</translation>
    </message>
    <message>
        <location filename="../../app/case/people_actions.py" line="26"/>
        <source>Give a name, even a nickname or “unknown 1”.</source>
        <translation>Indiquez un nom, même un surnom ou «&#xa0;inconnu 1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/case/people_actions.py" line="29"/>
        <source>Unknown role {role}: choose harasser, witness or other.</source>
        <translation>Rôle inconnu {role}&#xa0;: choisissez harceleur, témoin ou autre.</translation>
    </message>
    <message>
        <location filename="../../app/case/people_actions.py" line="48"/>
        <source>Give the account&apos;s name or handle.</source>
        <translation>Indiquez le nom ou le pseudo du compte.</translation>
    </message>
    <message>
        <location filename="../../app/case/spans.py" line="59"/>
        <source>“{when}” is not a date: give a month (2026-11), a day (2026-11-06) or a moment (2026-11-06T22:15).</source>
        <translation>«&#xa0;{when}&#xa0;» n&apos;est pas une date&#xa0;: indiquez un mois (2026-11), un jour (2026-11-06) ou un moment (2026-11-06T22:15).</translation>
    </message>
    <message>
        <location filename="../../app/case/spans.py" line="71"/>
        <source>The end ({until}) comes before the start ({when}).</source>
        <translation>La fin ({until}) précède le début ({when}).</translation>
    </message>
    <message>
        <location filename="../../app/importing/budget.py" line="69"/>
        <source>only {count} parts of this file became items (the most one file may give); the others are kept inside this item&apos;s original</source>
        <translation>seules {count} parties de ce fichier sont devenues des pièces (le maximum pour un fichier)&#xa0;; les autres restent dans l&apos;original de cette pièce</translation>
    </message>
    <message>
        <location filename="../../app/importing/budget.py" line="74"/>
        <source>reading the parts of this file stopped after {seconds} s (the most one file may take); the others are kept inside this item&apos;s original</source>
        <translation>la lecture des parties de ce fichier s&apos;est arrêtée après {seconds} s (le maximum pour un fichier)&#xa0;; les autres restent dans l&apos;original de cette pièce</translation>
    </message>
    <message>
        <location filename="../../app/vault/custody.py" line="101"/>
        <source>The history was cut or reordered at entry {entry}: an entry before it is missing or was moved.</source>
        <translation>L&apos;historique a été coupé ou réordonné à l&apos;entrée {entry}&#xa0;: une entrée précédente manque ou a été déplacée.</translation>
    </message>
    <message>
        <location filename="../../app/vault/custody.py" line="105"/>
        <source>History entry {entry} was changed after it was written.</source>
        <translation>L&apos;entrée {entry} de l&apos;historique a été modifiée après avoir été écrite.</translation>
    </message>
    <message>
        <location filename="../../app/vault/custody.py" line="135"/>
        <source>Item {item} is not in the history: it was added without being recorded.</source>
        <translation>La pièce {item} n&apos;est pas dans l&apos;historique&#xa0;: elle a été ajoutée sans être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/vault/custody.py" line="141"/>
        <source>Item {item} no longer holds the original that was imported: the original and its fingerprint (SHA-256) were replaced together.</source>
        <translation>La pièce {item} ne contient plus l&apos;original importé&#xa0;: l&apos;original et son empreinte (SHA-256) ont été remplacés ensemble.</translation>
    </message>
    <message>
        <location filename="../../app/vault/damage.py" line="40"/>
        <source>The vault file is damaged: part of it is missing or altered, so Dossier cannot open it. Keep this file aside, and put your latest backup in its place (copy it to this name).</source>
        <translation>Le fichier du coffre est endommagé&#xa0;: une partie manque ou a été modifiée, Dossier ne peut donc pas l&apos;ouvrir. Mettez ce fichier de côté et remplacez-le par votre dernière sauvegarde (copiez-la sous ce nom).</translation>
    </message>
    <message>
        <location filename="../../app/vault/damage.py" line="54"/>
        <source>The start of the vault file is damaged: its key settings are impossible, so no passphrase can open it. Keep this file aside, and put your latest backup in its place (copy it to this name).</source>
        <translation>Le début du fichier du coffre est endommagé&#xa0;: ses réglages de clé sont impossibles, aucune phrase secrète ne peut donc l&apos;ouvrir. Mettez ce fichier de côté et remplacez-le par votre dernière sauvegarde (copiez-la sous ce nom).</translation>
    </message>
    <message>
        <location filename="../../app/vault/damage.py" line="64"/>
        <source>{path} is not a vault Dossier can open: either it is not a Dossier vault, or its first bytes are damaged. If it is your vault, keep it aside and put your latest backup in its place.</source>
        <translation>{path} n&apos;est pas un coffre que Dossier peut ouvrir&#xa0;: soit ce n&apos;est pas un coffre Dossier, soit ses premiers octets sont endommagés. Si c&apos;est votre coffre, mettez-le de côté et remplacez-le par votre dernière sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/vault/damage.py" line="83"/>
        <source>the vault is damaged, so nothing more can be written into it. Restore your latest sound backup.</source>
        <translation>le coffre est endommagé, plus rien ne peut y être écrit. Restaurez votre dernière sauvegarde saine.</translation>
    </message>
    <message>
        <location filename="../../app/vault/last_seen.py" line="65"/>
        <source>This vault is older than the one last opened here on {day} at {time} UTC: its history then held {then} entries, and this copy does not continue it ({now} entries). If you did not put back an older copy yourself, someone may have. Restore your latest backup, and compare the history (dossier log).</source>
        <translation>Ce coffre est plus ancien que celui ouvert ici pour la dernière fois le {day} à {time} UTC&#xa0;: son historique comptait alors {then} entrées, et cette copie ne le prolonge pas ({now} entrées). Si vous n&apos;avez pas remis vous-même une copie plus ancienne, quelqu&apos;un d&apos;autre a pu le faire. Restaurez votre dernière sauvegarde et comparez l&apos;historique (dossier log).</translation>
    </message>
    <message>
        <location filename="../../app/vault/originals.py" line="121"/>
        <source>An original no longer used by any item (original {original}) has changed since it was stored: its fingerprint (SHA-256) no longer matches.</source>
        <translation>Un original qui n&apos;appartient plus à aucune pièce (original {original}) a changé depuis son enregistrement&#xa0;: son empreinte (SHA-256) ne correspond plus.</translation>
    </message>
    <message>
        <location filename="../../app/vault/originals.py" line="125"/>
        <source>The original of item(s) {items} has changed since it was stored: its fingerprint (SHA-256) no longer matches.</source>
        <translation>L&apos;original de la ou des pièces {items} a changé depuis son enregistrement&#xa0;: son empreinte (SHA-256) ne correspond plus.</translation>
    </message>
    <message>
        <location filename="../../app/vault/vault.py" line="60"/>
        <source>This recovery key does not open the vault (it may have been replaced by a newer one). Nothing was changed.</source>
        <translation>Cette clé de secours n’ouvre pas le coffre (elle a peut-être été remplacée par une plus récente). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/vault/vault.py" line="69"/>
        <source>This file has no recovery key: it opens with its passphrase only (a backup, a kept copy, or a vault not yet opened by this version of Dossier).</source>
        <translation>Ce fichier n’a pas de clé de secours&#xa0;: il ne s’ouvre qu’avec sa phrase de passe (une sauvegarde, une copie conservée, ou un coffre pas encore ouvert par cette version de Dossier).</translation>
    </message>
    <message>
        <location filename="../../app/vault/vault.py" line="579"/>
        <source>Part of the check could not finish ({step}): the vault is too damaged to read there ({error}).</source>
        <translation>Une partie de la vérification n&apos;a pas pu aller au bout ({step})&#xa0;: le coffre est trop endommagé à cet endroit pour être lu ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/vault/vault.py" line="592"/>
        <source>The re-encrypted copy of the vault did not check clean, so it was not used: the vault is as it was. Run a check of the vault.</source>
        <translation>La copie rechiffrée du coffre n’a pas passé la vérification&#xa0;: elle n’a donc pas été utilisée, et le coffre est resté tel quel. Lancez une vérification du coffre.</translation>
    </message>
    <message>
        <location filename="../../app/vault/vault.py" line="630"/>
        <source>Part of the vault file no longer decrypts as it was written: it was damaged on the disk or changed by another program ({detail}).</source>
        <translation>Une partie du fichier du coffre ne se déchiffre plus comme elle a été écrite&#xa0;: elle a été abîmée sur le disque ou modifiée par un autre programme ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/vault/vault.py" line="636"/>
        <source>The database inside the vault is damaged ({detail}).</source>
        <translation>La base de données à l&apos;intérieur du coffre est endommagée ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="28"/>
        <source>A reminder, not legal advice: acts of investigation or prosecution can move these dates, and some offences follow other rules. Have an avocat confirm them.</source>
        <translation>Un rappel, pas un conseil juridique&#xa0;: des actes d’enquête ou de poursuite peuvent déplacer ces dates, et certaines infractions suivent d’autres règles. Faites-les confirmer par un avocat.</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="42"/>
        <source>Press law: three months after publication</source>
        <translation>Loi sur la presse&#xa0;: trois mois après la publication</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="44"/>
        <source>Délit: six years</source>
        <translation>Délit&#xa0;: six ans</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="46"/>
        <source>Contravention: one year</source>
        <translation>Contravention&#xa0;: un an</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="88"/>
        <source>No qualification chosen: choose one to see its limitation date.</source>
        <translation>Aucune qualification choisie&#xa0;: choisissez-en une pour voir sa date de prescription.</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="91"/>
        <source>No date: give the incident a date to see its limitation date.</source>
        <translation>Pas de date&#xa0;: datez l’incident pour voir sa date de prescription.</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="111"/>
        <source>Lapses on {date}, counted from the incident&apos;s date, {start} ({rule}, {article}).</source>
        <translation>Prescrit le {date}, délai compté à partir de la date de l’incident, le {start} ({rule}, {article}).</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="114"/>
        <source>Lapses on {date}, counted from the last act, item {item} of {start} ({rule}, {article}).</source>
        <translation>Prescrit le {date}, délai compté à partir du dernier acte, la pièce {item} du {start} ({rule}, {article}).</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="117"/>
        <source>Soon, within a month: lapses on {date}, counted from the incident&apos;s date, {start} ({rule}, {article}).</source>
        <translation>Bientôt, dans moins d’un mois&#xa0;: prescrit le {date}, délai compté à partir de la date de l’incident, le {start} ({rule}, {article}).</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="120"/>
        <source>Soon, within a month: lapses on {date}, counted from the last act, item {item} of {start} ({rule}, {article}).</source>
        <translation>Bientôt, dans moins d’un mois&#xa0;: prescrit le {date}, délai compté à partir du dernier acte, la pièce {item} du {start} ({rule}, {article}).</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="123"/>
        <source>Lapsed on {date}, counted from the incident&apos;s date, {start} ({rule}, {article}).</source>
        <translation>Prescrit depuis le {date}, délai compté à partir de la date de l’incident, le {start} ({rule}, {article}).</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="126"/>
        <source>Lapsed on {date}, counted from the last act, item {item} of {start} ({rule}, {article}).</source>
        <translation>Prescrit depuis le {date}, délai compté à partir du dernier acte, la pièce {item} du {start} ({rule}, {article}).</translation>
    </message>
    <message>
        <location filename="../../app/case/step_actions.py" line="23"/>
        <source>This step was deleted meanwhile. Nothing was changed.</source>
        <translation>Cette démarche a été supprimée entre-temps. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/case/step_actions.py" line="30"/>
        <source>Say to whom the step was addressed or what was done.</source>
        <translation>Indiquez auprès de qui la démarche a été faite, ou ce qui a été fait.</translation>
    </message>
    <message>
        <location filename="../../app/case/step_actions.py" line="33"/>
        <source>Give the step a date.</source>
        <translation>Donnez une date à la démarche.</translation>
    </message>
    <message>
        <location filename="../../app/export/location_free.py" line="106"/>
        <source>Exhibit {label} holds the place where it was taken, and no copy without it could be made ({reason}). Nothing was exported: leave this exhibit out of the platform&apos;s bundle.</source>
        <translation>La pièce {label} indique le lieu où elle a été prise, et aucune copie sans ce lieu n’a pu être faite ({reason}). Rien n’a été exporté&#xa0;: laissez cette pièce hors du dossier pour la plateforme.</translation>
    </message>
    <message>
        <location filename="../../app/export/options.py" line="152"/>
        <source>Use only letters without accents, digits, spaces and punctuation in the password: some tools that open encrypted ZIP files read other characters differently, and the recipient could not open the bundle.</source>
        <translation>N’utilisez dans le mot de passe que des lettres sans accent, des chiffres, des espaces et de la ponctuation&#xa0;: certains outils qui ouvrent les ZIP chiffrés lisent autrement les autres caractères, et le destinataire ne pourrait pas ouvrir le dossier.</translation>
    </message>
    <message>
        <location filename="../../app/importing/export_folders.py" line="62"/>
        <source>this export folder is larger than {size} MiB: import the ZIP file the platform gave instead</source>
        <translation>ce dossier d’export dépasse {size} Mio: importez plutôt le fichier ZIP fourni par la plateforme</translation>
    </message>
    <message>
        <location filename="../../app/importing/threads.py" line="72"/>
        <source>not a ZIP file: a platform&apos;s export is downloaded as a ZIP</source>
        <translation>pas un fichier ZIP: l’export d’une plateforme se télécharge en ZIP</translation>
    </message>
    <message>
        <location filename="../../app/vault/backups.py" line="45"/>
        <source>The backup folder {folder} is not there (is the USB stick plugged in?).</source>
        <translation>Le dossier de sauvegarde {folder} est introuvable (la clé USB est-elle branchée&#xa0;?).</translation>
    </message>
    <message>
        <location filename="../../app/vault/backups.py" line="54"/>
        <source>The new backup did not pass its check ({count} problem(s)), so it was deleted; the earlier backups were kept. Run a check of the vault.</source>
        <translation>La nouvelle sauvegarde n’a pas passé sa vérification ({count} problème(s))&#xa0;: elle a donc été supprimée, et les sauvegardes précédentes ont été gardées. Lancez une vérification du coffre.</translation>
    </message>
    <message>
        <location filename="../../app/vault/backups.py" line="62"/>
        <source>There is no Dossier backup from {day} in {folder}. Nothing was changed.</source>
        <translation>Il n’y a aucune sauvegarde Dossier du {day} dans {folder}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/vault/backups.py" line="69"/>
        <source>There is no Dossier backup in {folder}. Nothing was changed.</source>
        <translation>Il n’y a aucune sauvegarde Dossier dans {folder}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/vault/keyring.py" line="60"/>
        <source>The key file {path} is missing: the vault cannot be opened without it. Put it back beside the vault under this name (copy it from where the vault was copied from), or restore a backup.</source>
        <translation>Le fichier de clés {path} est introuvable&#xa0;: sans lui, le coffre ne peut pas être ouvert. Remettez-le à côté du coffre sous ce nom (copiez-le depuis l’endroit d’où vient le coffre), ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/vault/keyring.py" line="68"/>
        <source>The key file {path} is damaged, was altered, or belongs to another copy of the vault, so the vault cannot be opened with it. Put back the key file that came with this vault, or restore a backup.</source>
        <translation>Le fichier de clés {path} est abîmé, a été modifié ou appartient à une autre copie du coffre&#xa0;: le coffre ne peut pas être ouvert avec lui. Remettez le fichier de clés qui accompagnait ce coffre, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/vault/recovery_key.py" line="30"/>
        <source>This is not the recovery key as written: it has a typing mistake. A recovery key has 6 groups of 5 letters and digits; check each group against the sheet. Nothing was changed.</source>
        <translation>Ce n’est pas la clé de secours telle qu’elle est écrite&#xa0;: elle contient une faute de frappe. Une clé de secours compte 6 groupes de 5 lettres et chiffres&#xa0;; vérifiez chaque groupe sur la feuille. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/vault/recovery_shares.py" line="33"/>
        <source>This is one share of a recovery key: type two different shares, one after the other. Nothing was changed.</source>
        <translation>Ceci est une seule part d’une clé de secours&#xa0;: tapez deux parts différentes, l’une après l’autre. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>qualification</name>
    <message>
        <location filename="../../app/case/qualifications.py" line="33"/>
        <source>Moral harassment</source>
        <translation>Harcèlement moral</translation>
    </message>
    <message>
        <location filename="../../app/case/qualifications.py" line="37"/>
        <source>Harassment by a current or former partner</source>
        <translation>Harcèlement par un conjoint ou un ex-conjoint</translation>
    </message>
    <message>
        <location filename="../../app/case/qualifications.py" line="44"/>
        <source>Identity theft</source>
        <translation>Usurpation d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../app/case/qualifications.py" line="47"/>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <location filename="../../app/case/qualifications.py" line="50"/>
        <source>Exposing private information (doxxing)</source>
        <translation>Révélation d&apos;informations personnelles (doxxing)</translation>
    </message>
    <message>
        <location filename="../../app/case/qualifications.py" line="57"/>
        <source>Sharing intimate images</source>
        <translation>Diffusion d&apos;images intimes</translation>
    </message>
    <message>
        <location filename="../../app/case/qualifications.py" line="61"/>
        <source>Invasion of privacy</source>
        <translation>Atteinte à la vie privée</translation>
    </message>
    <message>
        <location filename="../../app/case/qualifications.py" line="64"/>
        <source>Public insult</source>
        <translation>Injure publique</translation>
    </message>
    <message>
        <location filename="../../app/case/qualifications.py" line="68"/>
        <source>Public defamation</source>
        <translation>Diffamation publique</translation>
    </message>
    <message>
        <location filename="../../app/case/qualifications.py" line="72"/>
        <source>Private insult</source>
        <translation>Injure non publique</translation>
    </message>
</context>
<context>
    <name>step</name>
    <message>
        <location filename="../../app/case/steps.py" line="24"/>
        <source>Report to a platform</source>
        <translation>Signalement à une plateforme</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="25"/>
        <source>Report to a provider</source>
        <translation>Signalement à un hébergeur ou une messagerie</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="26"/>
        <source>Report to PHAROS</source>
        <translation>Signalement sur PHAROS</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="27"/>
        <source>Main courante</source>
        <translation>Main courante</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="28"/>
        <source>Complaint</source>
        <translation>Plainte</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="29"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="30"/>
        <source>Constat by a commissaire de justice</source>
        <translation>Constat par commissaire de justice</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="31"/>
        <source>Other step</source>
        <translation>Autre démarche</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="38"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="39"/>
        <source>Acknowledged</source>
        <translation>Réception confirmée</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="40"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="41"/>
        <source>Content removed</source>
        <translation>Contenu retiré</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="42"/>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
</context>
</TS>

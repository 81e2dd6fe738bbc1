<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AbuseReportDialog</name>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="42" />
        <source>Report to the sender's provider</source>
        <translation>Report to the sender's provider</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="44" />
        <source>Dossier writes an abuse report in the format e-mail providers process (RFC 5965): a few sentences for their abuse desk, the sender's IP address and time, and this e-mail attached exactly as it arrived. You send it from your own mail program: Dossier never sends anything. The file is not encrypted.</source>
        <translation>Dossier writes an abuse report in the format e-mail providers process (RFC 5965): a few sentences for their abuse desk, the sender's IP address and time, and this e-mail attached exactly as it arrived. You send it from your own mail program: Dossier never sends anything. The file is not encrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="56" />
        <source>Dossier cannot look these addresses up without the Internet: each is a guess, abuse@ followed by the domain of the server that first relayed the e-mail, or of the sender's address. Check the provider's web site for its abuse address or form before you send the report.</source>
        <translation>Dossier cannot look these addresses up without the Internet: each is a guess, abuse@ followed by the domain of the server that first relayed the e-mail, or of the sender's address. Check the provider's web site for its abuse address or form before you send the report.</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="63" />
        <source>&amp;Language of the report:</source>
        <translation>&amp;Language of the report:</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="64" />
        <source>Where to send it:</source>
        <translation>Where to send it:</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="66" />
        <source>&amp;Save the report…</source>
        <translation>&amp;Save the report…</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="95" />
        <source>No address can be guessed from this e-mail's headers.</source>
        <translation>No address can be guessed from this e-mail's headers.</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="100" />
        <source>The report could not be made: %1</source>
        <translation>The report could not be made: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="107" />
        <source>abuse-report-%1.eml</source>
        <translation>abuse-report-%1.eml</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="109" />
        <source>Save the abuse report</source>
        <translation>Save the abuse report</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="110" />
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="121" />
        <source>The report is saved as %1. Attach it to an e-mail to the provider's abuse address, from your own mail program.</source>
        <translation>The report is saved as %1. Attach it to an e-mail to the provider's abuse address, from your own mail program.</translation>
    </message>
    <message>
        <location filename="../../ui/case/abuse_dialog.py" line="127" />
        <source>The report could not be saved: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>AccessScreen</name>
    <message>
        <location filename="../../ui/access/screen.py" line="122" />
        <source>Creating your encrypted vault…</source>
        <translation>Creating your encrypted vault…</translation>
    </message>
    <message>
        <location filename="../../ui/access/screen.py" line="130" />
        <location filename="../../ui/access/screen.py" line="139" />
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../ui/access/screen.py" line="166" />
        <source>Where to keep the vault</source>
        <translation>Where to keep the vault</translation>
    </message>
    <message>
        <location filename="../../ui/access/screen.py" line="167" />
        <location filename="../../ui/access/screen.py" line="175" />
        <source>Dossier vaults (%1)</source>
        <translation>Dossier vaults (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/access/screen.py" line="174" />
        <source>Open a vault</source>
        <translation>Open a vault</translation>
    </message>
    <message>
        <location filename="../../ui/access/screen.py" line="176" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/access/screen.py" line="212" />
        <source>Everything stays on this computer, encrypted.</source>
        <translation>Everything stays on this computer, encrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/access/screen.py" line="213" />
        <source>Working, please wait</source>
        <translation>Working, please wait</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/people/account_picker.py" line="73" />
        <source>Give the account's name or handle.</source>
        <translation>Give the account's name or handle.</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="90" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="90" />
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="91" />
        <source>e.g. @shadow_of_the_lake</source>
        <translation>e.g. @shadow_of_the_lake</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="92" />
        <source>Not known yet</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="93" />
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="93" />
        <source>&amp;Name or handle:</source>
        <translation>&amp;Name or handle:</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="93" />
        <source>&amp;Web address:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="94" />
        <source>&amp;Whose account:</source>
        <translation>&amp;Whose account:</translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../../ui/people/account_picker.py" line="130" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="131" />
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="132" />
        <source>Remove the selected accounts</source>
        <translation>Remove the selected accounts</translation>
    </message>
    <message>
        <location filename="../../ui/people/account_picker.py" line="142" />
        <source>New account…</source>
        <translation>New account…</translation>
    </message>
</context>
<context>
    <name>AskBeforeDiscarding</name>
    <message>
        <location filename="../../ui/common/discard.py" line="23" />
        <source>Throw away what you typed?</source>
        <translation>Throw away what you typed?</translation>
    </message>
    <message>
        <location filename="../../ui/common/discard.py" line="24" />
        <source>It has not been saved.</source>
        <translation>It has not been saved.</translation>
    </message>
    <message>
        <location filename="../../ui/common/discard.py" line="25" />
        <source>&amp;Throw away</source>
        <translation>&amp;Throw away</translation>
    </message>
    <message>
        <location filename="../../ui/common/discard.py" line="27" />
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="107" />
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="108" />
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="110" />
        <source>Write a checked backup into the backup folder chosen in Preferences</source>
        <translation>Write a checked backup into the backup folder chosen in Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="118" />
        <source>No backup was made when the vault last locked: %1</source>
        <translation>No backup was made when the vault last locked: %1</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="126" />
        <source>Backing up… the backup is checked before it counts.</source>
        <translation>Backing up… the backup is checked before it counts.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="129" />
        <source>A backup was written and checked: %1.</source>
        <translation>A backup was written and checked: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="130" />
        <source>The backup could not be made: %1</source>
        <translation>The backup could not be made: %1</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="139" />
        <source>This vault has not been backed up into a folder yet.</source>
        <translation>This vault has not been backed up into a folder yet.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="141" />
        <source>The last backup was made on %1, more than a week ago.</source>
        <translation>The last backup was made on %1, more than a week ago.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="144" />
        <source>Choose a backup folder (a USB stick that you keep apart) with Back up now.</source>
        <translation>Choose a backup folder (a USB stick that you keep apart) with Back up now.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_banner.py" line="146" />
        <source>Plug in the backup stick and choose Back up now.</source>
        <translation>Plug in the backup stick and choose Back up now.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/vault/backup_dialog.py" line="82" />
        <source>Where to write the backup</source>
        <translation>Where to write the backup</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_dialog.py" line="90" />
        <source>The backup is written in %1. It opens with the same passphrase as this vault.</source>
        <translation>The backup is written in %1. It opens with the same passphrase as this vault.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_dialog.py" line="120" />
        <source>Back up the vault</source>
        <translation>Back up the vault</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_dialog.py" line="122" />
        <source>A backup is a full copy of the vault, encrypted with the same passphrase. Keep it on a USB stick or a disk that nobody else can reach.</source>
        <translation>A backup is a full copy of the vault, encrypted with the same passphrase. Keep it on a USB stick or a disk that nobody else can reach.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_dialog.py" line="124" />
        <source>The backup will be written to this file:</source>
        <translation>The backup will be written to this file:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_dialog.py" line="125" />
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_dialog.py" line="126" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_dialog.py" line="127" />
        <source>&amp;Back up</source>
        <translation>&amp;Back up</translation>
    </message>
</context>
<context>
    <name>BackupDrillDialog</name>
    <message>
        <location filename="../../ui/vault/backup_drill_dialog.py" line="127" />
        <source>Checking… Every original is read again: a large backup takes a while.</source>
        <translation>Checking… Every original is read again: a large backup takes a while.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_drill_dialog.py" line="137" />
        <source>This backup opens and is sound: it can be restored.</source>
        <translation>This backup opens and is sound: it can be restored.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/backup_drill_dialog.py" line="138" />
        <source>%n problem(s) found: do not count on this backup.</source>
        <translation>
            <numerusform>%n problem found: do not count on this backup.</numerusform>
            <numerusform>%n problems found: do not count on this backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/backup_drill_dialog.py" line="140" />
        <source>It holds %n item(s).</source>
        <translation>
            <numerusform>It holds %n item.</numerusform>
            <numerusform>It holds %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/backup_drill_dialog.py" line="141" />
        <source>Cases (%n): %1.</source>
        <translation>
            <numerusform>Cases (%n): %1.</numerusform>
            <numerusform>Cases (%n): %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_drill_dialog.py" line="144" />
        <source>Its last change: %1.</source>
        <translation>Its last change: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_drill_dialog.py" line="146" />
        <source>Made on %1.</source>
        <translation>Made on %1.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_drill_dialog.py" line="147" />
        <source>Nothing was changed, in the backup or in the vault.</source>
        <translation>Nothing was changed, in the backup or in the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_drill_dialog.py" line="162" />
        <source>Check a backup</source>
        <translation>Check a backup</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_drill_dialog.py" line="164" />
        <source>A restore drill: Dossier opens a backup, checks every part of it and says what it holds, so you know it will be there the day you need it. Neither the backup nor this vault is changed.</source>
        <translation>A restore drill: Dossier opens a backup, checks every part of it and says what it holds, so you know it will be there the day you need it. Neither the backup nor this vault is changed.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_drill_dialog.py" line="167" />
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
</context>
<context>
    <name>BackupForm</name>
    <message>
        <location filename="../../ui/vault/backup_form.py" line="66" />
        <source>Choose the backup</source>
        <translation>Choose the backup</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_form.py" line="67" />
        <source>Dossier vaults (%1)</source>
        <translation>Dossier vaults (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_form.py" line="68" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_form.py" line="85" />
        <source>Backups in the backup &amp;folder, by date:</source>
        <translation>Backups in the backup &amp;folder, by date:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_form.py" line="86" />
        <source>&amp;Backup file:</source>
        <translation>&amp;Backup file:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_form.py" line="87" />
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_form.py" line="88" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_form.py" line="89" />
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Passphrase of the backup:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/backup_form.py" line="90" />
        <source>the passphrase you had when it was made</source>
        <translation>the passphrase you had when it was made</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/timeline/statistics_charts.py" line="50" />
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
</context>
<context>
    <name>CaptionBox</name>
    <message>
        <location filename="../../ui/export/caption.py" line="60" />
        <source>For the bordereau (list of exhibits)</source>
        <translation>For the bordereau (list of exhibits)</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.py" line="62" />
        <source>Heads the list of exhibits your lawyer files. Each line is optional. It is kept in the case (encrypted) and offered again at the next export.</source>
        <translation>Heads the list of exhibits your lawyer files. Each line is optional. It is kept in the case (encrypted) and offered again at the next export.</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.py" line="65" />
        <source>C&amp;ourt:</source>
        <translation>C&amp;ourt:</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.py" line="65" />
        <source>&amp;RG number:</source>
        <translation>&amp;RG number:</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.py" line="65" />
        <source>&amp;For (the client):</source>
        <translation>&amp;For (the client):</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.py" line="66" />
        <source>A&amp;gainst (the other side):</source>
        <translation>A&amp;gainst (the other side):</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.py" line="68" />
        <source>e.g. Tribunal judiciaire de Lyon</source>
        <translation>e.g. Tribunal judiciaire de Lyon</translation>
    </message>
    <message>
        <location filename="../../ui/export/caption.py" line="69" />
        <source>The court's case number, e.g. 25/01234</source>
        <translation>The court's case number, e.g. 25/01234</translation>
    </message>
</context>
<context>
    <name>CaseNameDialog</name>
    <message>
        <location filename="../../ui/case/cases_dialog.py" line="93" />
        <source>Give the case a name.</source>
        <translation>Give the case a name.</translation>
    </message>
    <message>
        <location filename="../../ui/case/cases_dialog.py" line="111" />
        <source>Another case already has this name.</source>
        <translation>Another case already has this name.</translation>
    </message>
    <message>
        <location filename="../../ui/case/cases_dialog.py" line="127" />
        <source>&amp;Name of the case:</source>
        <translation>&amp;Name of the case:</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../ui/case/page.py" line="271" />
        <source>Remove evidence</source>
        <translation>Remove evidence</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case/page.py" line="272" />
        <source>Remove %n item(s) from the case? The original files are deleted from the vault. The history keeps a record that they were removed.</source>
        <translation>
            <numerusform>Remove %n item from the case? The original files are deleted from the vault. The history keeps a record that they were removed.</numerusform>
            <numerusform>Remove %n items from the case? The original files are deleted from the vault. The history keeps a record that they were removed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/case/page.py" line="297" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/case/page.py" line="298" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/case/page.py" line="299" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/case/page.py" line="300" />
        <source>People and accounts</source>
        <translation>People and accounts</translation>
    </message>
    <message>
        <location filename="../../ui/case/page.py" line="301" />
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ui/case/page.py" line="303" />
        <source>&amp;Link to an incident…</source>
        <translation>&amp;Link to an incident…</translation>
    </message>
    <message>
        <location filename="../../ui/case/page.py" line="304" />
        <source>&amp;Record as a step taken</source>
        <translation>&amp;Record as a step taken</translation>
    </message>
</context>
<context>
    <name>CasePlaceholder</name>
    <message>
        <location filename="../../ui/window.py" line="67" />
        <source>The case “%1” is open.</source>
        <translation>The case “%1” is open.</translation>
    </message>
</context>
<context>
    <name>CaseSwitchDialog</name>
    <message>
        <location filename="../../ui/case/cases_dialog.py" line="209" />
        <source>Switch to another case</source>
        <translation>Switch to another case</translation>
    </message>
    <message>
        <location filename="../../ui/case/cases_dialog.py" line="210" />
        <source>&amp;Cases in this vault:</source>
        <translation>&amp;Cases in this vault:</translation>
    </message>
    <message>
        <location filename="../../ui/case/cases_dialog.py" line="211" />
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case/view.py" line="324" />
        <source>The items could not be listed: %1</source>
        <translation>The items could not be listed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="404" />
        <source>Nothing matches these filters.</source>
        <translation>Nothing matches these filters.</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="406" />
        <source>This case has no items yet. Drop files or folders onto this window, or paste a screenshot, to add them.</source>
        <translation>This case has no items yet. Drop files or folders onto this window, or paste a screenshot, to add them.</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <location filename="../../ui/viewers/chat.py" line="41" />
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/chat.py" line="42" />
        <source>Unknown sender</source>
        <translation>Unknown sender</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/chat.py" line="47" />
        <source>A picture or file was sent here; the export did not include it.</source>
        <translation>A picture or file was sent here; the export did not include it.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/chat.py" line="50" />
        <source>The sender deleted this message.</source>
        <translation>The sender deleted this message.</translation>
    </message>
</context>
<context>
    <name>ChatViewer</name>
    <message>
        <location filename="../../ui/viewers/chat.py" line="169" />
        <source>Messages of the conversation</source>
        <translation>Messages of the conversation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/viewers/chat.py" line="174" />
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/viewers/chat.py" line="175" />
        <source>%1 between %2</source>
        <translation>%1 between %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/chat.py" line="177" />
        <source>The export was too long: only its beginning was read.</source>
        <translation>The export was too long: only its beginning was read.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/vault/check_dialog.py" line="107" />
        <source>Checking… Every original is read again: a large vault takes a while.</source>
        <translation>Checking… Every original is read again: a large vault takes a while.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/check_dialog.py" line="123" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/check_dialog.py" line="124" />
        <source>%n original(s) re-hashed</source>
        <translation>
            <numerusform>%n original re-hashed</numerusform>
            <numerusform>%n originals re-hashed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/check_dialog.py" line="125" />
        <source>%n event(s) in the history</source>
        <translation>
            <numerusform>%n event in the history</numerusform>
            <numerusform>%n events in the history</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault/check_dialog.py" line="127" />
        <source>The vault is sound: nothing has changed since it was written.</source>
        <translation>The vault is sound: nothing has changed since it was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/check_dialog.py" line="130" />
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault/check_dialog.py" line="140" />
        <source>Delete nothing. Restore the vault from a backup, or keep it as it is and ask someone you trust for help: the lines above tell them what is wrong.</source>
        <translation>Delete nothing. Restore the vault from a backup, or keep it as it is and ask someone you trust for help: the lines above tell them what is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/check_dialog.py" line="144" />
        <source>This check could not be recorded in the history: %1</source>
        <translation>This check could not be recorded in the history: %1</translation>
    </message>
    <message>
        <location filename="../../ui/vault/check_dialog.py" line="158" />
        <source>Check the vault</source>
        <translation>Check the vault</translation>
    </message>
    <message>
        <location filename="../../ui/vault/check_dialog.py" line="160" />
        <source>Dossier reads every part of the vault again, re-computes the fingerprint (SHA-256) of every original, and verifies that the history is whole. Nothing is changed; the check is noted in the history.</source>
        <translation>Dossier reads every part of the vault again, re-computes the fingerprint (SHA-256) of every original, and verifies that the history is whole. Nothing is changed; the check is noted in the history.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/check_dialog.py" line="163" />
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <location filename="../../ui/vault/check_dialog.py" line="164" />
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
</context>
<context>
    <name>CopySaver</name>
    <message>
        <location filename="../../ui/case/save_copy.py" line="61" />
        <location filename="../../ui/case/save_copy.py" line="70" />
        <location filename="../../ui/case/save_copy.py" line="76" />
        <location filename="../../ui/case/save_copy.py" line="81" />
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../ui/case/save_copy.py" line="62" />
        <source>The copy will not be encrypted: anyone who can open files on this computer, or on the drive you choose, can read it. The original stays safe in the vault.</source>
        <translation>The copy will not be encrypted: anyone who can open files on this computer, or on the drive you choose, can read it. The original stays safe in the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/case/save_copy.py" line="77" />
        <source>The copy is saved as %1.</source>
        <translation>The copy is saved as %1.</translation>
    </message>
    <message>
        <location filename="../../ui/case/save_copy.py" line="82" />
        <source>The copy could not be saved: %1</source>
        <translation>The copy could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>CorroborationNote</name>
    <message numerus="yes">
        <location filename="../../ui/case/corroboration_note.py" line="57" />
        <source>And %n more.</source>
        <translation>
            <numerusform>And %n more.</numerusform>
            <numerusform>And %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="65" />
        <source>A screenshot shows this message.</source>
        <translation>A screenshot shows this message.</translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="66" />
        <source>Open the screenshot</source>
        <translation>Open the screenshot</translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="69" />
        <source>Open the message</source>
        <translation>Open the message</translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="76" />
        <source>Matches the message of %1 in the %2 export (exhibit %3).</source>
        <translation>Matches the message of %1 in the %2 export (exhibit %3).</translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="78" />
        <source>Matches the message of %1 in the %2 export.</source>
        <translation>Matches the message of %1 in the %2 export.</translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="80" />
        <source>Matches the message of %1 in an export (exhibit %3).</source>
        <translation>Matches the message of %1 in an export (exhibit %3).</translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="82" />
        <source>Matches the message of %1 in an export.</source>
        <translation>Matches the message of %1 in an export.</translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="88" />
        <source>Same text, and the time shown on the screenshot.</source>
        <translation>Same text, and the time shown on the screenshot.</translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="90" />
        <source>Same text, and the screenshot is from the same day.</source>
        <translation>Same text, and the screenshot is from the same day.</translation>
    </message>
    <message>
        <location filename="../../ui/case/corroboration_note.py" line="91" />
        <source>Same text only: no time or date on the screenshot confirms it.</source>
        <translation>Same text only: no time or date on the screenshot confirms it.</translation>
    </message>
</context>
<context>
    <name>CreateForm</name>
    <message>
        <location filename="../../ui/access/forms.py" line="102" />
        <source>This passphrase is too easy to guess. It protects your evidence: make it at least “Fair”.</source>
        <translation>This passphrase is too easy to guess. It protects your evidence: make it at least “Fair”.</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="105" />
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="152" />
        <source>Create your vault</source>
        <translation>Create your vault</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="153" />
        <source>Choose a passphrase: a few words that only you know. It locks everything you keep here.</source>
        <translation>Choose a passphrase: a few words that only you know. It locks everything you keep here.</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="155" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="156" />
        <source>&amp;Type it again:</source>
        <translation>&amp;Type it again:</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="158" />
        <source>If you forget this passphrase and have no recovery key, nobody can open the vault again: not you, not Dossier, not a technician. Write it down and keep it where only you can reach it. A recovery key is offered once the vault is made.</source>
        <translation>If you forget this passphrase and have no recovery key, nobody can open the vault again: not you, not Dossier, not a technician. Write it down and keep it where only you can reach it. A recovery key is offered once the vault is made.</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="161" />
        <source>The vault will be kept in this file:</source>
        <translation>The vault will be kept in this file:</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="162" />
        <source>Vault file</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="163" />
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="164" />
        <source>&amp;Create the vault</source>
        <translation>&amp;Create the vault</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="166" />
        <source>&amp;Open another vault…</source>
        <translation>&amp;Open another vault…</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../../ui/case/custody_view.py" line="25" />
        <source>Added to the vault</source>
        <translation>Added to the vault</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="26" />
        <source>Description changed</source>
        <translation>Description changed</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="27" />
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="28" />
        <source>Tied</source>
        <translation>Tied</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="29" />
        <source>Untied</source>
        <translation>Untied</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="30" />
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="38" />
        <source>From “%1”, %2</source>
        <translation>From “%1”, %2</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="41" />
        <source> (part of item %1)</source>
        <translation> (part of item %1)</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="45" />
        <source>%1: “%2” → “%3”</source>
        <translation>%1: “%2” → “%3”</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="52" />
        <source>This record of it stays in the log.</source>
        <translation>This record of it stays in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="58" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="59" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="60" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="61" />
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="62" />
        <source>Capture date</source>
        <translation>Capture date</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="75" />
        <source>incident no. %1</source>
        <translation>incident no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="76" />
        <source>account no. %1</source>
        <translation>account no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="77" />
        <source>tag no. %1</source>
        <translation>tag no. %1</translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <location filename="../../ui/case/custody_view.py" line="107" />
        <source>Log entry %1. Its fingerprint, %2, seals it and every entry before it.</source>
        <translation>Log entry %1. Its fingerprint, %2, seals it and every entry before it.</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="116" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="116" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/case/custody_view.py" line="116" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>CustodyView</name>
    <message>
        <location filename="../../ui/case/custody_view.py" line="139" />
        <source>History of the item</source>
        <translation>History of the item</translation>
    </message>
</context>
<context>
    <name>DeadlinesBox</name>
    <message>
        <location filename="../../ui/steps/deadlines_box.py" line="68" />
        <source>No incident yet: describe one and give it a qualification to see when it lapses.</source>
        <translation>No incident yet: describe one and give it a qualification to see when it lapses.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/deadlines_box.py" line="77" />
        <source>Deadlines to act (prescription)</source>
        <translation>Deadlines to act (prescription)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="127" />
        <source>Choose an item in the list to see it here.</source>
        <translation>Choose an item in the list to see it here.</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="128" />
        <source>Details of the item</source>
        <translation>Details of the item</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="129" />
        <source>&amp;Save a copy…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="130" />
        <source>Report to the sender's &amp;provider…</source>
        <translation>Report to the sender's &amp;provider…</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="131" />
        <source>Write an abuse report for the provider of the address this e-mail came from.</source>
        <translation>Write an abuse report for the provider of the address this e-mail came from.</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="133" />
        <source>Save the original, exactly as it arrived, outside the vault. The copy is not encrypted.</source>
        <translation>Save the original, exactly as it arrived, outside the vault. The copy is not encrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="135" />
        <source>V&amp;iewer</source>
        <translation>V&amp;iewer</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="135" />
        <source>Descri&amp;be</source>
        <translation>Descri&amp;be</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="136" />
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="137" />
        <source>Histor&amp;y</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="231" />
        <source>This item could not be shown: %1</source>
        <translation>This item could not be shown: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="248" />
        <source>Item %1 is no longer in the vault.</source>
        <translation>Item %1 is no longer in the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="258" />
        <source>%1 · captured %2 (%3)</source>
        <translation>%1 · captured %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="275" />
        <source>Show the whole conversation</source>
        <translation>Show the whole conversation</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="276" />
        <source>Show the e-mail it came with</source>
        <translation>Show the e-mail it came with</translation>
    </message>
    <message>
        <location filename="../../ui/case/detail_pane.py" line="277" />
        <source>Show what it is part of: %1</source>
        <translation>Show what it is part of: %1</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../ui/case/item_facts.py" line="114" />
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="115" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="116" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="117" />
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="118" />
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="119" />
        <source>How the date is known</source>
        <translation>How the date is known</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="121" />
        <source>Added to the vault</source>
        <translation>Added to the vault</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="122" />
        <location filename="../../ui/case/item_facts.py" line="299" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="123" />
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="162" />
        <source>PDF properties:</source>
        <translation>PDF properties:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="163" />
        <source>PDF XMP data:</source>
        <translation>PDF XMP data:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="164" />
        <source>the date shown on the phone is</source>
        <translation>the date shown on the phone is</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="165" />
        <source>the recorded date is</source>
        <translation>the recorded date is</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="166" />
        <source>(day only)</source>
        <translation>(day only)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="167" />
        <source>(usual pattern)</source>
        <translation>(usual pattern)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="192" />
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="193" />
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="194" />
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="195" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="201" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="202" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="203" />
        <source>Copy to</source>
        <translation>Copy to</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="204" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="205" />
        <source>Date written in the e-mail</source>
        <translation>Date written in the e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="206" />
        <source>E-mail identifier (Message-ID)</source>
        <translation>E-mail identifier (Message-ID)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="207" />
        <source>Return address</source>
        <translation>Return address</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="208" />
        <source>Reply to</source>
        <translation>Reply to</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="209" />
        <source>Went through the server</source>
        <translation>Went through the server</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="210" />
        <location filename="../../ui/case/item_facts.py" line="266" />
        <source>Sent from the internet address</source>
        <translation>Sent from the internet address</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="211" />
        <source>Picture format</source>
        <translation>Picture format</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="212" />
        <source>Width (pixels)</source>
        <translation>Width (pixels)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="213" />
        <source>Height (pixels)</source>
        <translation>Height (pixels)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="214" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="215" />
        <source>Camera maker</source>
        <translation>Camera maker</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="216" />
        <source>Camera model</source>
        <translation>Camera model</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="217" />
        <source>Taken (according to the photo)</source>
        <translation>Taken (according to the photo)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="218" />
        <source>Time zone stated by the camera</source>
        <translation>Time zone stated by the camera</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="219" />
        <source>Latitude where it was taken</source>
        <translation>Latitude where it was taken</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="220" />
        <source>Longitude where it was taken</source>
        <translation>Longitude where it was taken</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="221" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="222" />
        <source>Title written in the PDF</source>
        <translation>Title written in the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="223" />
        <source>Author written in the PDF</source>
        <translation>Author written in the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="224" />
        <source>Made with</source>
        <translation>Made with</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="225" />
        <source>Saved with</source>
        <translation>Saved with</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="226" />
        <source>Created (PDF properties)</source>
        <translation>Created (PDF properties)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="227" />
        <source>Created (PDF XMP data)</source>
        <translation>Created (PDF XMP data)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="228" />
        <source>The PDF's dates disagree</source>
        <translation>The PDF's dates disagree</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="229" />
        <source>Duration (seconds)</source>
        <translation>Duration (seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="230" />
        <source>Sound channels</source>
        <translation>Sound channels</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="231" />
        <source>Sample rate (Hz)</source>
        <translation>Sample rate (Hz)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="232" />
        <source>Text encoding</source>
        <translation>Text encoding</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="233" />
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="234" />
        <source>Conversation with</source>
        <translation>Conversation with</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="235" />
        <source>Took part</source>
        <translation>Took part</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="236" />
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="237" />
        <source>First message</source>
        <translation>First message</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="238" />
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="239" />
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="240" />
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="241" />
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="242" />
        <source>Sent or received</source>
        <translation>Sent or received</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="243" />
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="244" />
        <source>Address of the page</source>
        <translation>Address of the page</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="245" />
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="246" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="247" />
        <source>Date in the file name</source>
        <translation>Date in the file name</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="248" />
        <source>File date</source>
        <translation>File date</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="256" />
        <source>Sound quality (bits)</source>
        <translation>Sound quality (bits)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="257" />
        <source>Order of day and month in the chat</source>
        <translation>Order of day and month in the chat</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="258" />
        <source>Problem reading the chat</source>
        <translation>Problem reading the chat</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="259" />
        <source>Lines too long, shortened</source>
        <translation>Lines too long, shortened</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="260" />
        <source>Chat read only in part</source>
        <translation>Chat read only in part</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="261" />
        <source>Attachments not read</source>
        <translation>Attachments not read</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="262" />
        <source>Faults in the e-mail</source>
        <translation>Faults in the e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="263" />
        <source>Problem reading the e-mail</source>
        <translation>Problem reading the e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="264" />
        <source>Headers not read</source>
        <translation>Headers not read</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="265" />
        <source>Not read as an e-mail</source>
        <translation>Not read as an e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="267" />
        <source>About the photo data</source>
        <translation>About the photo data</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="268" />
        <source>Problem reading the picture</source>
        <translation>Problem reading the picture</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="269" />
        <source>About the picture</source>
        <translation>About the picture</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="270" />
        <source>Warnings about the picture</source>
        <translation>Warnings about the picture</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="271" />
        <source>Problem reading the recording</source>
        <translation>Problem reading the recording</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="272" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="273" />
        <source>Kind of recording</source>
        <translation>Kind of recording</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="274" />
        <source>File type</source>
        <translation>File type</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="275" />
        <source>About the recording</source>
        <translation>About the recording</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="276" />
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="277" />
        <source>Other date found</source>
        <translation>Other date found</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="278" />
        <source>Deleted message</source>
        <translation>Deleted message</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="279" />
        <source>Place in the conversation</source>
        <translation>Place in the conversation</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="280" />
        <source>Media left out of the export</source>
        <translation>Media left out of the export</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="281" />
        <source>MMS parts left out</source>
        <translation>MMS parts left out</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="282" />
        <source>Date as the phone wrote it</source>
        <translation>Date as the phone wrote it</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="283" />
        <source>Date taken from</source>
        <translation>Date taken from</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="284" />
        <source>Locked with a password</source>
        <translation>Locked with a password</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="285" />
        <source>Problem reading the PDF</source>
        <translation>Problem reading the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="286" />
        <source>Changed (PDF properties)</source>
        <translation>Changed (PDF properties)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="287" />
        <source>About the PDF</source>
        <translation>About the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="288" />
        <source>Pages whose text could not be read</source>
        <translation>Pages whose text could not be read</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="289" />
        <source>Changed (PDF XMP data)</source>
        <translation>Changed (PDF XMP data)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="290" />
        <source>Messages with two dates</source>
        <translation>Messages with two dates</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="291" />
        <source>Messages the backup announces</source>
        <translation>Messages the backup announces</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="292" />
        <source>Problem reading the SMS backup</source>
        <translation>Problem reading the SMS backup</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="293" />
        <source>MMS not read</source>
        <translation>MMS not read</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="294" />
        <source>Not read as an SMS backup</source>
        <translation>Not read as an SMS backup</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="295" />
        <source>SMS backup read only in part</source>
        <translation>SMS backup read only in part</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="296" />
        <source>About the text</source>
        <translation>About the text</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="297" />
        <source>Problem reading the page</source>
        <translation>Problem reading the page</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="298" />
        <source>About the page</source>
        <translation>About the page</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_dates.py" line="20" />
        <source>Dates that disagree</source>
        <translation>Dates that disagree</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_dates.py" line="23" />
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_dates.py" line="23" />
        <source>device local time ({zone} assumed)</source>
        <translation>device local time ({zone} assumed)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_dates.py" line="30" />
        <source>the backup's machine date says</source>
        <translation>the backup's machine date says</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_dates.py" line="31" />
        <source>the PDF's properties say</source>
        <translation>the PDF's properties say</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_dates.py" line="32" />
        <source>the PDF's XMP data say</source>
        <translation>the PDF's XMP data say</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_dates.py" line="33" />
        <source>the photo's EXIF data say</source>
        <translation>the photo's EXIF data say</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_dates.py" line="34" />
        <source>the file name says</source>
        <translation>the file name says</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_dates.py" line="35" />
        <source>the file's date on disk says</source>
        <translation>the file's date on disk says</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../../ui/importing/drop_overlay.py" line="102" />
        <location filename="../../ui/importing/drop_overlay.py" line="104" />
        <source>This cannot be added</source>
        <translation>This cannot be added</translation>
    </message>
    <message>
        <location filename="../../ui/importing/drop_overlay.py" line="105" />
        <source>It can only be moved from where it is, and Dossier never takes the original away. Copy it instead (hold Ctrl while dragging).</source>
        <translation>It can only be moved from where it is, and Dossier never takes the original away. Copy it instead (hold Ctrl while dragging).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/drop_overlay.py" line="151" />
        <source>Drop to add {files} and {folders} to the case</source>
        <translation>Drop to add {files} and {folders} to the case</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/drop_overlay.py" line="152" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/drop_overlay.py" line="153" />
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n folder</numerusform>
            <numerusform>%n folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/drop_overlay.py" line="155" />
        <source>Drop to add %n folder(s) to the case</source>
        <translation>
            <numerusform>Drop to add %n folder to the case</numerusform>
            <numerusform>Drop to add %n folders to the case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/drop_overlay.py" line="156" />
        <source>Drop to add %n file(s) to the case</source>
        <translation>
            <numerusform>Drop to add %n file to the case</numerusform>
            <numerusform>Drop to add %n files to the case</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/drop_overlay.py" line="158" />
        <source>Drop to keep this image</source>
        <translation>Drop to keep this image</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/drop_overlay.py" line="159" />
        <source>Drop to keep %n link(s)</source>
        <translation>
            <numerusform>Drop to keep %n link</numerusform>
            <numerusform>Drop to keep %n links</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/drop_overlay.py" line="163" />
        <source>They will be encrypted and kept as evidence. The files on your computer stay as they are.</source>
        <translation>They will be encrypted and kept as evidence. The files on your computer stay as they are.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/drop_overlay.py" line="166" />
        <source>It will be encrypted and kept as evidence, dated now.</source>
        <translation>It will be encrypted and kept as evidence, dated now.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/drop_overlay.py" line="167" />
        <source>The web address is kept as evidence. Nothing is downloaded: take a screenshot of the page to keep what it shows.</source>
        <translation>The web address is kept as evidence. Nothing is downloaded: take a screenshot of the page to keep what it shows.</translation>
    </message>
</context>
<context>
    <name>EmailViewer</name>
    <message>
        <location filename="../../ui/viewers/email.py" line="99" />
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="99" />
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="100" />
        <source>Copy to:</source>
        <translation>Copy to:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="100" />
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="101" />
        <source>Sent:</source>
        <translation>Sent:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="103" />
        <source>Checked by the servers:</source>
        <translation>Checked by the servers:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="105" />
        <source>The sender's e-mail provider can tell who was using this address at that moment. Quote it, with the date and time, in a complaint to that provider or to the police.</source>
        <translation>The sender's e-mail provider can tell who was using this address at that moment. Quote it, with the date and time, in a complaint to that provider or to the police.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="108" />
        <source>Servers the e-mail went through</source>
        <translation>Servers the e-mail went through</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="109" />
        <source>Message and attachments</source>
        <translation>Message and attachments</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="143" />
        <source>Sent from the internet address %1</source>
        <translation>Sent from the internet address %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="153" />
        <source>X-Originating-IP header</source>
        <translation>X-Originating-IP header</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="155" />
        <source>Received header, hop 1, the first relay</source>
        <translation>Received header, hop 1, the first relay</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="157" />
        <source>Received header, hop %1</source>
        <translation>Received header, hop %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/viewers/email.py" line="162" />
        <source>Servers it went through (%n)</source>
        <translation>
            <numerusform>Servers it went through (%n)</numerusform>
            <numerusform>Servers it went through (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="183" />
        <source>Attached (click to see it):</source>
        <translation>Attached (click to see it):</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="186" />
        <source>This e-mail has no text.</source>
        <translation>This e-mail has no text.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../ui/common/words.py" line="25" />
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="26" />
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="27" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="28" />
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="29" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="30" />
        <source>Web page</source>
        <translation>Web page</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="31" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="32" />
        <source>Sound recording</source>
        <translation>Sound recording</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="33" />
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="34" />
        <source>Other file</source>
        <translation>Other file</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="54" />
        <source>Shows where it was taken</source>
        <translation>Shows where it was taken</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="55" />
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="56" />
        <source>Locked with a password</source>
        <translation>Locked with a password</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="57" />
        <source>Same file as another item</source>
        <translation>Same file as another item</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="58" />
        <source>Cannot be shown</source>
        <translation>Cannot be shown</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="59" />
        <source>Empty</source>
        <translation>Empty</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="60" />
        <source>Parts left inside</source>
        <translation>Parts left inside</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="61" />
        <source>Unsent or erased</source>
        <translation>Unsent or erased</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="62" />
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="69" />
        <source>Shows where it was taken: the file holds a GPS position. Think before sharing the file itself.</source>
        <translation>Shows where it was taken: the file holds a GPS position. Think before sharing the file itself.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="71" />
        <source>Damaged: the file is cut short or broken. It is kept exactly as it arrived.</source>
        <translation>Damaged: the file is cut short or broken. It is kept exactly as it arrived.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="73" />
        <source>Locked with a password: it is kept unchanged, but Dossier cannot show it.</source>
        <translation>Locked with a password: it is kept unchanged, but Dossier cannot show it.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="75" />
        <source>The same file as another item of the case.</source>
        <translation>The same file as another item of the case.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="76" />
        <source>Cannot be shown: Dossier could not read its content. It is kept exactly as it arrived.</source>
        <translation>Cannot be shown: Dossier could not read its content. It is kept exactly as it arrived.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="78" />
        <source>Empty: there is nothing in it.</source>
        <translation>Empty: there is nothing in it.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="79" />
        <source>Parts left inside: it holds more parts than one file may give. They are kept inside its original; its details say why.</source>
        <translation>Parts left inside: it holds more parts than one file may give. They are kept inside its original; its details say why.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="82" />
        <source>Unsent or erased: the sender withdrew this message; the platform's export kept its trace.</source>
        <translation>Unsent or erased: the sender withdrew this message; the platform's export kept its trace.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="84" />
        <source>Edited: the message was changed after it was sent.</source>
        <translation>Edited: the message was changed after it was sent.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="122" />
        <source>Android screenshot</source>
        <translation>Android screenshot</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="123" />
        <source>KDE screenshot</source>
        <translation>KDE screenshot</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="124" />
        <source>macOS screenshot or screen recording</source>
        <translation>macOS screenshot or screen recording</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="125" />
        <source>Windows screenshot</source>
        <translation>Windows screenshot</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="126" />
        <source>GNOME screenshot</source>
        <translation>GNOME screenshot</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="127" />
        <source>Pixel camera, in UTC</source>
        <translation>Pixel camera, in UTC</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="128" />
        <source>Android camera</source>
        <translation>Android camera</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="129" />
        <source>Samsung camera</source>
        <translation>Samsung camera</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="130" />
        <source>Windows Camera app</source>
        <translation>Windows Camera app</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="131" />
        <source>WhatsApp media</source>
        <translation>WhatsApp media</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="132" />
        <source>WhatsApp media, day only</source>
        <translation>WhatsApp media, day only</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="133" />
        <source>Telegram Desktop media</source>
        <translation>Telegram Desktop media</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="134" />
        <source>Signal media</source>
        <translation>Signal media</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="135" />
        <source>day only</source>
        <translation>day only</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="142" />
        <source>from the file name</source>
        <translation>from the file name</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="143" />
        <source>from the photo (EXIF)</source>
        <translation>from the photo (EXIF)</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="144" />
        <source>from the e-mail header</source>
        <translation>from the e-mail header</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="145" />
        <source>from the chat</source>
        <translation>from the chat</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="146" />
        <source>from the SMS backup</source>
        <translation>from the SMS backup</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="147" />
        <source>from the platform's data export</source>
        <translation>from the platform's data export</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="148" />
        <location filename="../../ui/common/words.py" line="149" />
        <source>from the PDF</source>
        <translation>from the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="150" />
        <source>from the web page</source>
        <translation>from the web page</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="151" />
        <source>when you pasted it</source>
        <translation>when you pasted it</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="152" />
        <source>set by you</source>
        <translation>set by you</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="153" />
        <source>from the file's date, less reliable</source>
        <translation>from the file's date, less reliable</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="154" />
        <source>from the import time, least reliable</source>
        <translation>from the import time, least reliable</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="161" />
        <source>The date the file was last changed on a computer: copying a file can change it. Correct it if you know better.</source>
        <translation>The date the file was last changed on a computer: copying a file can change it. Correct it if you know better.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="165" />
        <source>Nothing in the file said when it was captured: this is when you added it. Correct it if you know better.</source>
        <translation>Nothing in the file said when it was captured: this is when you added it. Correct it if you know better.</translation>
    </message>
    <message>
        <location filename="../../ui/common/words.py" line="167" />
        <source>Capture date: %1.</source>
        <translation>Capture date: %1.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="266" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="266" />
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="266" />
        <source>Date from</source>
        <translation>Date from</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="267" />
        <source>Title or file name</source>
        <translation>Title or file name</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="267" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="267" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="268" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="268" />
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="268" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="291" />
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="292" />
        <source>My reply</source>
        <translation>My reply</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="293" />
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../ui/case/evidence_model.py" line="294" />
        <source>My step</source>
        <translation>My step</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <location filename="../../ui/case/view.py" line="76" />
        <location filename="../../ui/case/view.py" line="122" />
        <source>Items of the case</source>
        <translation>Items of the case</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="136" />
        <source>Record as a step taken</source>
        <translation>Record as a step taken</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="137" />
        <source>Remove from the case…</source>
        <translation>Remove from the case…</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../ui/export/wizard.py" line="199" />
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <location filename="../../ui/export/wizard.py" line="346" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/export/wizard.py" line="347" />
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
</context>
<context>
    <name>FactsViewer</name>
    <message>
        <location filename="../../ui/viewers/media.py" line="48" />
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="49" />
        <source>File type:</source>
        <translation>File type:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="50" />
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="51" />
        <source>Fingerprint (SHA-256):</source>
        <translation>Fingerprint (SHA-256):</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="54" />
        <source>Dossier does not show this kind of file. It is kept exactly as it arrived, and its fingerprint proves it was not changed.</source>
        <translation>Dossier does not show this kind of file. It is kept exactly as it arrived, and its fingerprint proves it was not changed.</translation>
    </message>
</context>
<context>
    <name>FailedUnlocksBanner</name>
    <message>
        <location filename="../../ui/access/failed_unlocks.py" line="61" />
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/access/failed_unlocks.py" line="62" />
        <source>Hide this message; the times stay in the history</source>
        <translation>Hide this message; the times stay in the history</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/failed_unlocks.py" line="72" />
        <source>%n failed attempt(s) on %1 at %2, just before you opened the vault.</source>
        <translation>
            <numerusform>%n failed attempt on %1 at %2, just before you opened the vault.</numerusform>
            <numerusform>%n failed attempts on %1 at %2, just before you opened the vault.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/failed_unlocks.py" line="77" />
        <source>%n failed attempt(s) earlier, the last on %1 at %2.</source>
        <translation>
            <numerusform>%n failed attempt earlier, the last on %1 at %2.</numerusform>
            <numerusform>%n failed attempts earlier, the last on %1 at %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/failed_unlocks.py" line="80" />
        <source>The times are kept in the vault's history.</source>
        <translation>The times are kept in the vault's history.</translation>
    </message>
    <message>
        <location filename="../../ui/access/failed_unlocks.py" line="89" />
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location filename="../../ui/access/failed_unlocks.py" line="89" />
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>FilerPage</name>
    <message>
        <location filename="../../ui/export/pages.py" line="301" />
        <source>Who is filing?</source>
        <translation>Who is filing?</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="303" />
        <source>The notice to the platform must give your name and e-mail address: the law allows leaving them out only for child sexual abuse content.</source>
        <translation>The notice to the platform must give your name and e-mail address: the law allows leaving them out only for child sexual abuse content.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="306" />
        <source>Also put my address and &amp;telephone in the bundle</source>
        <translation>Also put my address and &amp;telephone in the bundle</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="308" />
        <source>Everything on this page is optional.</source>
        <translation>Everything on this page is optional.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="309" />
        <source>&amp;Include my personal details in the bundle</source>
        <translation>&amp;Include my personal details in the bundle</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="288" />
        <source>Your name and e-mail are kept in this case, in the encrypted vault, for the next export. Your address and telephone are used only in this export and never saved.</source>
        <translation>Your name and e-mail are kept in this case, in the encrypted vault, for the next export. Your address and telephone are used only in this export and never saved.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="292" />
        <source>Your name and the caption below (court, RG number, parties) are kept in this case, in the encrypted vault, for the next export. Your contact and address are used only in this export and never saved.</source>
        <translation>Your name and the caption below (court, RG number, parties) are kept in this case, in the encrypted vault, for the next export. Your contact and address are used only in this export and never saved.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="296" />
        <source>Your name is kept in this case, in the encrypted vault, for the next export. Your contact, your address and what you write for the letter are used only in this export and never saved.</source>
        <translation>Your name is kept in this case, in the encrypted vault, for the next export. Your contact, your address and what you write for the letter are used only in this export and never saved.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="311" />
        <source>An abuse desk rarely needs to know who you are.</source>
        <translation>An abuse desk rarely needs to know who you are.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="312" />
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="312" />
        <source>&amp;E-mail (for the notice):</source>
        <translation>&amp;E-mail (for the notice):</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="313" />
        <source>&amp;Contact (telephone or e-mail):</source>
        <translation>&amp;Contact (telephone or e-mail):</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="314" />
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="314" />
        <source>&amp;Town where the letter is written:</source>
        <translation>&amp;Town where the letter is written:</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="315" />
        <source>&amp;Witnesses:</source>
        <translation>&amp;Witnesses:</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="315" />
        <source>&amp;Harm suffered:</source>
        <translation>&amp;Harm suffered:</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="316" />
        <source>&amp;Earlier complaint filed on:</source>
        <translation>&amp;Earlier complaint filed on:</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="316" />
        <source>Filed a&amp;t:</source>
        <translation>Filed a&amp;t:</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="319" />
        <source>For the complaint letter</source>
        <translation>For the complaint letter</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="321" />
        <source>Left empty, the letter says what to write there. Harm suffered can be fear, health, work or money.</source>
        <translation>Left empty, the letter says what to write there. Harm suffered can be fear, health, work or money.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="323" />
        <source>Who saw or heard it, and how to reach them</source>
        <translation>Who saw or heard it, and how to reach them</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="325" />
        <source>Only if this completes a complaint already filed, e.g. 2026-10-15</source>
        <translation>Only if this completes a complaint already filed, e.g. 2026-10-15</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="327" />
        <source>The police station, gendarmerie or court where you filed it</source>
        <translation>The police station, gendarmerie or court where you filed it</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="329" />
        <source>Declare myself &amp;partie civile (to claim compensation)</source>
        <translation>Declare myself &amp;partie civile (to claim compensation)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="126" />
        <source>Search the words in your items…</source>
        <translation>Search the words in your items…</translation>
    </message>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="127" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="128" />
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="131" />
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="132" />
        <source>Acc&amp;ounts</source>
        <translation>Acc&amp;ounts</translation>
    </message>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="133" />
        <source>&amp;Warnings</source>
        <translation>&amp;Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="135" />
        <source>F&amp;rom</source>
        <translation>F&amp;rom</translation>
    </message>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="136" />
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="141" />
        <source>Show &amp;messages and attachments</source>
        <translation>Show &amp;messages and attachments</translation>
    </message>
    <message>
        <location filename="../../ui/case/filter_bar.py" line="142" />
        <source>Clear filter&amp;s</source>
        <translation>Clear filter&amp;s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case/filter_bar.py" line="176" />
        <source>%n item(s) match</source>
        <translation>
            <numerusform>%n item match</numerusform>
            <numerusform>%n items match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case/filter_bar.py" line="178" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../ui/export/progress.py" line="164" />
        <source>Copied.</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="189" />
        <source>The bundle is ready</source>
        <translation>The bundle is ready</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="190" />
        <source>It can be read without Dossier.</source>
        <translation>It can be read without Dossier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/progress.py" line="194" />
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n exhibit</numerusform>
            <numerusform>%n exhibits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/progress.py" line="195" />
        <source>%n page(s) of report</source>
        <translation>
            <numerusform>%n page of report</numerusform>
            <numerusform>%n pages of report</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="197" />
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="198" />
        <source>Bundle &amp;fingerprint (SHA-256 of SHA256SUMS):</source>
        <translation>Bundle &amp;fingerprint (SHA-256 of SHA256SUMS):</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="199" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="200" />
        <source>Copy the fingerprint</source>
        <translation>Copy the fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="203" />
        <source>The bundle is encrypted: every file but the READMEs opens only with the password. Give the password another way than the bundle: by phone, in person or by SMS, never in the same e-mail or on the same USB stick. To open it: on Windows, 7-Zip (right-click ▸ 7-Zip ▸ Extract, then the password); on macOS, Keka or The Unarchiver; on Linux, 7z x. The README in the bundle says the same.</source>
        <translation>The bundle is encrypted: every file but the READMEs opens only with the password. Give the password another way than the bundle: by phone, in person or by SMS, never in the same e-mail or on the same USB stick. To open it: on Windows, 7-Zip (right-click ▸ 7-Zip ▸ Extract, then the password); on macOS, Keka or The Unarchiver; on Linux, 7z x. The README in the bundle says the same.</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="214" />
        <source>Send this fingerprint separately from the bundle, for example by SMS to your avocat. With it they can check that no file changed on the way: the README in the bundle explains how.</source>
        <translation>Send this fingerprint separately from the bundle, for example by SMS to your avocat. With it they can check that no file changed on the way: the README in the bundle explains how.</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="219" />
        <source>Bring the bundle on a USB stick when you file your complaint, or hand it over as the police or gendarmerie unit asks. Give them this fingerprint separately, written on paper for example: with it they can check that no file changed. The README in the bundle explains how.</source>
        <translation>Bring the bundle on a USB stick when you file your complaint, or hand it over as the police or gendarmerie unit asks. Give them this fingerprint separately, written on paper for example: with it they can check that no file changed. The README in the bundle explains how.</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="225" />
        <source>Send your report through the platform's own reporting form, and attach the files it asks for from the bundle. Keep this fingerprint with your records: it shows later that no file changed.</source>
        <translation>Send your report through the platform's own reporting form, and attach the files it asks for from the bundle. Keep this fingerprint with your records: it shows later that no file changed.</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="229" />
        <source>Send this fingerprint separately from the bundle, for example by SMS. With it the recipient can check that no file changed on the way: the README in the bundle explains how.</source>
        <translation>Send this fingerprint separately from the bundle, for example by SMS. With it the recipient can check that no file changed on the way: the README in the bundle explains how.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/common/about.py" line="38" />
        <source>BSD-style</source>
        <translation>BSD-style</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="49" />
        <source>Apache-2.0 or BSD-3-Clause</source>
        <translation>Apache-2.0 or BSD-3-Clause</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="56" />
        <source>BSD-2-Clause and public domain</source>
        <translation>BSD-2-Clause and public domain</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="64" />
        <source>Apache-2.0 or BSD-2-Clause</source>
        <translation>Apache-2.0 or BSD-2-Clause</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="76" />
        <source>MPL-2.0 and MIT</source>
        <translation>MPL-2.0 and MIT</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="79" />
        <source>SIL OFL 1.1 (font), CC BY 4.0 (icons)</source>
        <translation>SIL OFL 1.1 (font), CC BY 4.0 (icons)</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="80" />
        <source>Bitstream Vera licence</source>
        <translation>Bitstream Vera licence</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="99" />
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="100" />
        <source>An encrypted case file for people harassed or stalked online.</source>
        <translation>An encrypted case file for people harassed or stalked online.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="101" />
        <source>Everything stays on this computer, in one encrypted file. Dossier never connects to the internet.</source>
        <translation>Everything stays on this computer, in one encrypted file. Dossier never connects to the internet.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="103" />
        <source>Free software, under the GNU General Public License, version 3 or later.</source>
        <translation>Free software, under the GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="112" />
        <source>Dossier is built on these free components, each under its own licence:</source>
        <translation>Dossier is built on these free components, each under its own licence:</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="122" />
        <source>The full licence texts are in %1</source>
        <translation>The full licence texts are in %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="130" />
        <source>Keep the originals. Do not delete the messages, e-mails or posts from your phone or your accounts, even once they are stored here.</source>
        <translation>Keep the originals. Do not delete the messages, e-mails or posts from your phone or your accounts, even once they are stored here.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="132" />
        <source>Do not forward the e-mails you received: forwarding loses the details that show where they came from. Save each one as a file (.eml) and import it.</source>
        <translation>Do not forward the e-mails you received: forwarding loses the details that show where they came from. Save each one as a file (.eml) and import it.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="135" />
        <source>Never post where you are, or photos that show it, while this goes on.</source>
        <translation>Never post where you are, or photos that show it, while this goes on.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="137" />
        <source>Lock Dossier (Ctrl+L) whenever you step away, and keep your passphrase to yourself.</source>
        <translation>Lock Dossier (Ctrl+L) whenever you step away, and keep your passphrase to yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="139" />
        <source>Quick exit (the button at the top right, or Esc pressed twice) hides every window at once, then locks and quits. It protects against a glance over your shoulder, not against monitoring software installed on this computer.</source>
        <translation>Quick exit (the button at the top right, or Esc pressed twice) hides every window at once, then locks and quits. It protects against a glance over your shoulder, not against monitoring software installed on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="143" />
        <source>Make a backup now and then, and keep it somewhere the other person cannot reach.</source>
        <translation>Make a backup now and then, and keep it somewhere the other person cannot reach.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="145" />
        <source>If you are in danger, call 17 (police in France) or 112.</source>
        <translation>If you are in danger, call 17 (police in France) or 112.</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="161" />
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/about.py" line="166" />
        <source>Safety advice</source>
        <translation>Safety advice</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../ui/viewers/image.py" line="148" />
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="149" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="149" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="150" />
        <source>Fit to the window</source>
        <translation>Fit to the window</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="151" />
        <source>Real size</source>
        <translation>Real size</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="154" />
        <source>Text read in the picture</source>
        <translation>Text read in the picture</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="180" />
        <source>Preparing the picture…</source>
        <translation>Preparing the picture…</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="249" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="266" />
        <source>This picture is too large to show in full (%1 × %2 pixels).</source>
        <translation>This picture is too large to show in full (%1 × %2 pixels).</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="269" />
        <source>Dossier does not open this picture: it is damaged or unreadable, and opening it could freeze Dossier. It is kept exactly as it arrived.</source>
        <translation>Dossier does not open this picture: it is damaged or unreadable, and opening it could freeze Dossier. It is kept exactly as it arrived.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="273" />
        <source>Dossier could not show this picture safely: preparing it took too long or failed. It is kept exactly as it arrived.</source>
        <translation>Dossier could not show this picture safely: preparing it took too long or failed. It is kept exactly as it arrived.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="276" />
        <source>Dossier cannot show this picture: it may be damaged or in a format it does not read. It is kept exactly as it arrived.</source>
        <translation>Dossier cannot show this picture: it may be damaged or in a format it does not read. It is kept exactly as it arrived.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="278" />
        <source>Its small preview is shown instead.</source>
        <translation>Its small preview is shown instead.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="279" />
        <source>There is no preview of it either.</source>
        <translation>There is no preview of it either.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="190" />
        <source>Nothing was added</source>
        <translation>Nothing was added</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/import_dialog.py" line="191" />
        <source>%n stored</source>
        <translation>
            <numerusform>%n stored</numerusform>
            <numerusform>%n stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/import_dialog.py" line="193" />
        <source>%n already in the case</source>
        <translation>
            <numerusform>%n already in the case</numerusform>
            <numerusform>%n already in the case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/import_dialog.py" line="195" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="207" />
        <source>Adding evidence</source>
        <translation>Adding evidence</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="208" />
        <source>Files done</source>
        <translation>Files done</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="209" />
        <source>Result for each file</source>
        <translation>Result for each file</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="210" />
        <source>Adding files to the case…</source>
        <translation>Adding files to the case…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="211" />
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="211" />
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="212" />
        <source>The import could not finish</source>
        <translation>The import could not finish</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="213" />
        <source>Stopping after this file…</source>
        <translation>Stopping after this file…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="240" />
        <source>{done} of {total} files</source>
        <translation>{done} of {total} files</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/import_dialog.py" line="265" />
        <source>stopped before %n more file(s)</source>
        <translation>
            <numerusform>stopped before %n more file</numerusform>
            <numerusform>stopped before %n more files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../ui/importing/import_flow.py" line="114" />
        <source>Only files, images and web links can be kept.</source>
        <translation>Only files, images and web links can be kept.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_flow.py" line="117" />
        <source>Text cannot be kept as it is. Save it as a file or take a screenshot, then add that.</source>
        <translation>Text cannot be kept as it is. Save it as a file or take a screenshot, then add that.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_flow.py" line="120" />
        <source>Dossier cannot keep this.</source>
        <translation>Dossier cannot keep this.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_flow.py" line="245" />
        <source>Dropped image</source>
        <translation>Dropped image</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_flow.py" line="251" />
        <source>The clipboard is empty.</source>
        <translation>The clipboard is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_flow.py" line="253" />
        <source>Pasted image</source>
        <translation>Pasted image</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_flow.py" line="271" />
        <source>The image could not be read.</source>
        <translation>The image could not be read.</translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="109" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="109" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="114" />
        <source>Stored, but damaged: it is kept exactly as it arrived, and may not show whole</source>
        <translation>Stored, but damaged: it is kept exactly as it arrived, and may not show whole</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/import_dialog.py" line="118" />
        <source>Stored, with %n part(s) inside</source>
        <translation>
            <numerusform>Stored, with %n part inside</numerusform>
            <numerusform>Stored, with %n parts inside</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="119" />
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="121" />
        <source>Already in the case (item {item})</source>
        <translation>Already in the case (item {item})</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="122" />
        <source>Refused: {reason}</source>
        <translation>Refused: {reason}</translation>
    </message>
</context>
<context>
    <name>IncidentChooser</name>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="300" />
        <source>Link to incident</source>
        <translation>Link to incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="301" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="302" />
        <source>&amp;New incident…</source>
        <translation>&amp;New incident…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/incident_dialog.py" line="304" />
        <source>Which incidents do these %n item(s) show?</source>
        <translation>
            <numerusform>Which incidents does this item show?</numerusform>
            <numerusform>Which incidents do these %n items show?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/incident_dialog.py" line="307" />
        <source>There are no incidents yet. Describe one for these %n item(s).</source>
        <translation>
            <numerusform>There are no incidents yet. Describe one for this item.</numerusform>
            <numerusform>There are no incidents yet. Describe one for these %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="202" />
        <source>Give the incident a title or say what happened.</source>
        <translation>Give the incident a title or say what happened.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="235" />
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="235" />
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="236" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="236" />
        <source>W&amp;hen:</source>
        <translation>W&amp;hen:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="236" />
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="237" />
        <source>&amp;Accounts involved:</source>
        <translation>&amp;Accounts involved:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="237" />
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="238" />
        <source>How &amp;serious:</source>
        <translation>How &amp;serious:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="238" />
        <source>&amp;Offence (for the letter):</source>
        <translation>&amp;Offence (for the letter):</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="241" />
        <source>e.g. Threats after I blocked him</source>
        <translation>e.g. Threats after I blocked him</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="242" />
        <source>&amp;until</source>
        <translation>&amp;until</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="243" />
        <source>New &amp;account…</source>
        <translation>New &amp;account…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="244" />
        <source>Accounts involved</source>
        <translation>Accounts involved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/incident_dialog.py" line="250" />
        <source>%n item(s) of evidence show this incident.</source>
        <translation>
            <numerusform>%n item of evidence shows this incident.</numerusform>
            <numerusform>%n items of evidence show this incident.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="256" />
        <source>Not chosen: the prosecutor will qualify the facts</source>
        <translation>Not chosen: the prosecutor will qualify the facts</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="262" />
        <source>The letter to the prosecutor cites the texts of the offences you choose. If you are not sure, leave it unchosen.</source>
        <translation>The letter to the prosecutor cites the texts of the offences you choose. If you are not sure, leave it unchosen.</translation>
    </message>
</context>
<context>
    <name>IncidentItems</name>
    <message numerus="yes">
        <location filename="../../ui/incidents/incident_items.py" line="115" />
        <source>%n item(s) show this incident:</source>
        <translation>
            <numerusform>%n item show this incident:</numerusform>
            <numerusform>%n items show this incident:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_items.py" line="117" />
        <source>&amp;Unlink</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_items.py" line="118" />
        <source>Unlink the selected items from this incident; they stay in the case.</source>
        <translation>Unlink the selected items from this incident; they stay in the case.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_items.py" line="120" />
        <source>Items that show this incident</source>
        <translation>Items that show this incident</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="44" />
        <source>not rated</source>
        <translation>not rated</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="45" />
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="46" />
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="47" />
        <source>serious</source>
        <translation>serious</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="48" />
        <source>very serious</source>
        <translation>very serious</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="51" />
        <source>At an exact date and time</source>
        <translation>At an exact date and time</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="52" />
        <source>On a day</source>
        <translation>On a day</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="53" />
        <source>During a month (or a few)</source>
        <translation>During a month (or a few)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="54" />
        <source>Approximately, between two dates</source>
        <translation>Approximately, between two dates</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="68" />
        <source>date not known</source>
        <translation>date not known</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="79" />
        <source>on {day} at {time}</source>
        <translation>on {day} at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="82" />
        <source>on {day}</source>
        <translation>on {day}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="85" />
        <source>in {month}</source>
        <translation>in {month}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="87" />
        <source>around {month}</source>
        <translation>around {month}</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incident_dialog.py" line="90" />
        <source>between {start} and {end}</source>
        <translation>between {start} and {end}</translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <location filename="../../ui/incidents/incidents_model.py" line="132" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_model.py" line="132" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_model.py" line="132" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_model.py" line="133" />
        <source>How serious</source>
        <translation>How serious</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_model.py" line="133" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="171" />
        <source>Delete incident</source>
        <translation>Delete incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="172" />
        <source>Delete the incident “{title}”? The evidence stays in the case; only its link to this incident goes.</source>
        <translation>Delete the incident “{title}”? The evidence stays in the case; only its link to this incident goes.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="173" />
        <location filename="../../ui/incidents/incidents_panel.py" line="186" />
        <location filename="../../ui/incidents/incidents_panel.py" line="238" />
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="241" />
        <source>Already linked: nothing changed.</source>
        <translation>Already linked: nothing changed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/incidents_panel.py" line="243" />
        <source>%n item(s) linked to “{title}”.</source>
        <translation>
            <numerusform>%n item linked to “{title}”.</numerusform>
            <numerusform>%n items linked to “{title}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents/incidents_panel.py" line="246" />
        <source>%n new link(s) made.</source>
        <translation>
            <numerusform>%n new link made.</numerusform>
            <numerusform>%n new links made.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="309" />
        <source>&amp;New incident…</source>
        <translation>&amp;New incident…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="310" />
        <source>New incident from the &amp;selection…</source>
        <translation>New incident from the &amp;selection…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="312" />
        <source>A new incident shown by the items selected in the evidence list, dated from their dates.</source>
        <translation>A new incident shown by the items selected in the evidence list, dated from their dates.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="314" />
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="315" />
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="316" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incidents/incidents_panel.py" line="317" />
        <source>An incident is something that happened. Drag items from the evidence list onto an incident to show it.</source>
        <translation>An incident is something that happened. Drag items from the evidence list onto an incident to show it.</translation>
    </message>
</context>
<context>
    <name>InternalErrorNotice</name>
    <message>
        <location filename="../../ui/common/internal_error.py" line="61" />
        <source>Internal error</source>
        <translation>Internal error</translation>
    </message>
    <message>
        <location filename="../../ui/common/internal_error.py" line="62" />
        <source>Dossier ran into an internal error (%1). What you stored before is kept in your vault. If this happens again, close Dossier and open it again.</source>
        <translation>Dossier ran into an internal error (%1). What you stored before is kept in your vault. If this happens again, close Dossier and open it again.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../ui/case/item_editor.py" line="267" />
        <source>This item is no longer in the case.</source>
        <translation>This item is no longer in the case.</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="324" />
        <source>A message you sent.</source>
        <translation>A message you sent.</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="327" />
        <source>A message received from {author}.</source>
        <translation>A message received from {author}.</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="329" />
        <source>A message you received.</source>
        <translation>A message you received.</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="333" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="333" />
        <source>What it &amp;shows:</source>
        <translation>What it &amp;shows:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="333" />
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="334" />
        <source>&amp;Web address:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="334" />
        <source>Captured &amp;on:</source>
        <translation>Captured &amp;on:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="334" />
        <source>Ro&amp;le:</source>
        <translation>Ro&amp;le:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="335" />
        <source>Acco&amp;unts:</source>
        <translation>Acco&amp;unts:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="335" />
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="339" />
        <source>Harassment (counted as an act)</source>
        <translation>Harassment (counted as an act)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="339" />
        <source>My own reply</source>
        <translation>My own reply</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="340" />
        <source>Context (a notice, a document, a note)</source>
        <translation>Context (a notice, a document, a note)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="341" />
        <source>A step I took (a report, a complaint)</source>
        <translation>A step I took (a report, a complaint)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="344" />
        <source>Only harassment dated by the evidence itself is counted in the statistics and the report. Your replies stay on the timeline: they show you asked for it to stop.</source>
        <translation>Only harassment dated by the evidence itself is counted in the statistics and the report. Your replies stay on the timeline: they show you asked for it to stop.</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="346" />
        <source>A short name, e.g. Threat after the party</source>
        <translation>A short name, e.g. Threat after the party</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="347" />
        <source>What it shows, in your own words</source>
        <translation>What it shows, in your own words</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="354" />
        <source>Date {source}. If you change it, it is marked as set by you; the earlier date stays in the item's history.</source>
        <translation>Date {source}. If you change it, it is marked as set by you; the earlier date stays in the item's history.</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="356" />
        <source>The original file (never changes)</source>
        <translation>The original file (never changes)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="357" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="357" />
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="358" />
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="363" />
        <source>SHA-256 fingerprint of the original</source>
        <translation>SHA-256 fingerprint of the original</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="316" />
        <source>{size} ({bytes} bytes)</source>
        <translation>{size} ({bytes} bytes)</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="365" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_editor.py" line="366" />
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="227" />
        <source>My case</source>
        <translation>My case</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="350" />
        <source>&amp;About %1</source>
        <translation>&amp;About %1</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="355" />
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="360" />
        <source>Import a folder</source>
        <translation>Import a folder</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="447" />
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="456" />
        <source>Rename the case</source>
        <translation>Rename the case</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="493" />
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="494" />
        <source>Import a &amp;folder…</source>
        <translation>Import a &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="495" />
        <source>&amp;Export a bundle…</source>
        <translation>&amp;Export a bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="496" />
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Back up the vault…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="497" />
        <source>Change the &amp;passphrase…</source>
        <translation>Change the &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="498" />
        <source>Rec&amp;overy key…</source>
        <translation>Rec&amp;overy key…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="499" />
        <source>&amp;Check the vault…</source>
        <translation>&amp;Check the vault…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="500" />
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="501" />
        <source>Check a bac&amp;kup…</source>
        <translation>Check a bac&amp;kup…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="502" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="503" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="504" />
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="505" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="506" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="507" />
        <source>P&amp;references…</source>
        <translation>P&amp;references…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="508" />
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="509" />
        <source>&amp;Rename this case…</source>
        <translation>&amp;Rename this case…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="510" />
        <source>&amp;Switch to another case…</source>
        <translation>&amp;Switch to another case…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="511" />
        <source>&amp;Safety advice</source>
        <translation>&amp;Safety advice</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="513" />
        <source>&amp;Quick exit</source>
        <translation>&amp;Quick exit</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="526" />
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="528" />
        <source>Hide every window at once, lock and quit (or press Esc twice). This protects against a glance over your shoulder, not against monitoring software.</source>
        <translation>Hide every window at once, lock and quit (or press Esc twice). This protects against a glance over your shoulder, not against monitoring software.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="514" />
        <source>&amp;System language</source>
        <translation>&amp;System language</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="520" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="521" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="522" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="523" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="524" />
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="525" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>MeBox</name>
    <message>
        <location filename="../../ui/people/me_box.py" line="69" />
        <source>Is this you? %1 (found in the evidence)</source>
        <translation>Is this you? %1 (found in the evidence)</translation>
    </message>
    <message>
        <location filename="../../ui/people/me_box.py" line="70" />
        <source>%1 (set by you)</source>
        <translation>%1 (set by you)</translation>
    </message>
    <message>
        <location filename="../../ui/people/me_box.py" line="91" />
        <source>That's me</source>
        <translation>That's me</translation>
    </message>
    <message>
        <location filename="../../ui/people/me_box.py" line="92" />
        <source>Not me</source>
        <translation>Not me</translation>
    </message>
    <message>
        <location filename="../../ui/people/me_box.py" line="118" />
        <source>You in the evidence (never listed as the author's):</source>
        <translation>You in the evidence (never listed as the author's):</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../../ui/viewers/media.py" line="81" />
        <source>This computer lacks the sound libraries to play it here. Save a copy to play it with another program.</source>
        <translation>This computer lacks the sound libraries to play it here. Save a copy to play it with another program.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="85" />
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="87" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="88" />
        <source>Channels:</source>
        <translation>Channels:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="89" />
        <source>Sample rate:</source>
        <translation>Sample rate:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="95" />
        <source>It is too large to play here. Save a copy to play it with another program.</source>
        <translation>It is too large to play here. Save a copy to play it with another program.</translation>
    </message>
</context>
<context>
    <name>MessageViewer</name>
    <message>
        <location filename="../../ui/viewers/chat.py" line="208" />
        <source>Words of the message</source>
        <translation>Words of the message</translation>
    </message>
</context>
<context>
    <name>MetadataModel</name>
    <message>
        <location filename="../../ui/case/item_facts.py" line="106" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/case/item_facts.py" line="106" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>OlderVaultBanner</name>
    <message>
        <location filename="../../ui/access/older_vault.py" line="53" />
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/access/older_vault.py" line="54" />
        <source>Hide this message; File ▸ Check the vault says it again</source>
        <translation>Hide this message; File ▸ Check the vault says it again</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../ui/export/options.py" line="123" />
        <source>Type the password a second time to confirm it.</source>
        <translation>Type the password a second time to confirm it.</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="125" />
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="127" />
        <source>Tick at least one part of the report.</source>
        <translation>Tick at least one part of the report.</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="207" />
        <source>Pages are numbered %1-000001, %1-000002…</source>
        <translation>Pages are numbered %1-000001, %1-000002…</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="211" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="212" />
        <source>How the bundle is written.</source>
        <translation>How the bundle is written.</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="213" />
        <source>Report &amp;language:</source>
        <translation>Report &amp;language:</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="213" />
        <source>Write the bundle as:</source>
        <translation>Write the bundle as:</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="214" />
        <source>Original files:</source>
        <translation>Original files:</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="215" />
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="218" />
        <source>a &amp;folder</source>
        <translation>a &amp;folder</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="219" />
        <source>a &amp;ZIP file</source>
        <translation>a &amp;ZIP file</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="220" />
        <source>Include the &amp;original files (recommended)</source>
        <translation>Include the &amp;original files (recommended)</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="222" />
        <source>Also the &amp;whole platform exports: they hold your other conversations; left out, they stay in the vault and the bundle gives their fingerprint</source>
        <translation>Also the &amp;whole platform exports: they hold your other conversations; left out, they stay in the vault and the bundle gives their fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="224" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="214" />
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="226" />
        <source>Encrypts the whole bundle (AES-256): one ZIP file that opens with 7-Zip and this password; only the file names stay readable. Dossier does not keep it: give it to the recipient another way than the bundle.</source>
        <translation>Encrypts the whole bundle (AES-256): one ZIP file that opens with 7-Zip and this password; only the file names stay readable. Dossier does not keep it: give it to the recipient another way than the bundle.</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="229" />
        <source>Page number &amp;prefix:</source>
        <translation>Page number &amp;prefix:</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="231" />
        <source>Parts of the report</source>
        <translation>Parts of the report</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="239" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="240" />
        <source>Chronology of the incidents</source>
        <translation>Chronology of the incidents</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="241" />
        <source>Steps taken (reports, complaints)</source>
        <translation>Steps taken (reports, complaints)</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="242" />
        <source>What identifies the author</source>
        <translation>What identifies the author</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="243" />
        <source>Figures and timeline charts</source>
        <translation>Figures and timeline charts</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="244" />
        <source>List of exhibits</source>
        <translation>List of exhibits</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="245" />
        <source>Draft complaint letter</source>
        <translation>Draft complaint letter</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="246" />
        <source>History of the evidence (custody log)</source>
        <translation>History of the evidence (custody log)</translation>
    </message>
    <message>
        <location filename="../../ui/export/options.py" line="247" />
        <source>Every exhibit, one after another</source>
        <translation>Every exhibit, one after another</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="100" />
        <source>The current passphrase is not right.</source>
        <translation>The current passphrase is not right.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="107" />
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>The passphrase is changed. Use the new one from now on.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="109" />
        <source>Every page was re-encrypted under a new key. Your recovery key no longer works: make a new one (File ▸ Recovery key) if you want one.</source>
        <translation>Every page was re-encrypted under a new key. Your recovery key no longer works: make a new one (File ▸ Recovery key) if you want one.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault/passphrase_dialog.py" line="113" />
        <source>%n copy kept beside the vault (before a restore or an upgrade) now opens with the new passphrase too.</source>
        <translation>
            <numerusform>%n copy kept beside the vault (before a restore or an upgrade) now opens with the new passphrase too.</numerusform>
            <numerusform>%n copy kept beside the vault (before a restore or an upgrade) now opens with the new passphrase too.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="117" />
        <source>These copies still open with an older passphrase; delete them if you no longer need them: %1</source>
        <translation>These copies still open with an older passphrase; delete them if you no longer need them: %1</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="121" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="139" />
        <source>Too easy to guess: make it at least “Fair”.</source>
        <translation>Too easy to guess: make it at least “Fair”.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="141" />
        <source>The two new passphrases are not the same.</source>
        <translation>The two new passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="143" />
        <source>The new passphrase is the same as the current one.</source>
        <translation>The new passphrase is the same as the current one.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="163" />
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="164" />
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="165" />
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="166" />
        <source>New passphrase &amp;again:</source>
        <translation>New passphrase &amp;again:</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="167" />
        <source>C&amp;hange the passphrase</source>
        <translation>C&amp;hange the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/vault/passphrase_dialog.py" line="168" />
        <source>&amp;My old passphrase may be known to someone: re-encrypt everything</source>
        <translation>&amp;My old passphrase may be known to someone: re-encrypt everything</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../ui/common/fields.py" line="41" />
        <source>Hide the passphrase</source>
        <translation>Hide the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/common/fields.py" line="42" />
        <source>Show the passphrase</source>
        <translation>Show the passphrase</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="54" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="55" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="52" />
        <source>Page of the document</source>
        <translation>Page of the document</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="54" />
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="54" />
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="55" />
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="59" />
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="68" />
        <source>Dossier does not open this document: it is damaged or unreadable, and opening it could freeze Dossier. It is kept exactly as it arrived.</source>
        <translation>Dossier does not open this document: it is damaged or unreadable, and opening it could freeze Dossier. It is kept exactly as it arrived.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="72" />
        <source>This document is too large to show here. It is kept exactly as it arrived.</source>
        <translation>This document is too large to show here. It is kept exactly as it arrived.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="100" />
        <source>Preparing page %1…</source>
        <translation>Preparing page %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="133" />
        <source>Dossier cannot show this document: it may be damaged. It is kept exactly as it arrived.</source>
        <translation>Dossier cannot show this document: it may be damaged. It is kept exactly as it arrived.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="136" />
        <source>Dossier could not show this document safely: preparing a page took too long or failed. It is kept exactly as it arrived.</source>
        <translation>Dossier could not show this document safely: preparing a page took too long or failed. It is kept exactly as it arrived.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="150" />
        <source>This PDF is locked with a password, so Dossier cannot show its pages. It is kept exactly as it arrived; open it with its password after you export it.</source>
        <translation>This PDF is locked with a password, so Dossier cannot show its pages. It is kept exactly as it arrived; open it with its password after you export it.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../ui/people/people_model.py" line="35" />
        <source>Harasser</source>
        <translation>Harasser</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_model.py" line="35" />
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_model.py" line="36" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/people/people_model.py" line="141" />
        <source>Accounts not yet tied to a person</source>
        <translation>Accounts not yet tied to a person</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_model.py" line="149" />
        <source>Person or account</source>
        <translation>Person or account</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_model.py" line="149" />
        <source>Role or platform</source>
        <translation>Role or platform</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_model.py" line="150" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../ui/people/people_panel.py" line="187" />
        <source>Delete {name}? Their accounts stay, under “Accounts not yet tied to a person”.</source>
        <translation>Delete {name}? Their accounts stay, under “Accounts not yet tied to a person”.</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="191" />
        <source>Delete the account {handle}? The items tied to it stay in the case.</source>
        <translation>Delete the account {handle}? The items tied to it stay in the case.</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="196" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="281" />
        <source>New &amp;person…</source>
        <translation>New &amp;person…</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="282" />
        <source>New &amp;account…</source>
        <translation>New &amp;account…</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="283" />
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="284" />
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="285" />
        <source>People and accounts</source>
        <translation>People and accounts</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="286" />
        <source>Tie each account to the person behind it, even a new or fake one. Drag items from the evidence list onto an account to tie them to it.</source>
        <translation>Tie each account to the person behind it, even a new or fake one. Drag items from the evidence list onto an account to tie them to it.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/people/people_panel.py" line="77" />
        <source>Give a name, even a nickname or “unknown 1”.</source>
        <translation>Give a name, even a nickname or “unknown 1”.</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="89" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="89" />
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="90" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="90" />
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/people/people_panel.py" line="91" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <location filename="../../ui/common/pickers.py" line="221" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>PictureExport</name>
    <message>
        <location filename="../../ui/timeline/picture_export.py" line="34" />
        <source>PNG picture (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../ui/common/pickers.py" line="49" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/common/pickers.py" line="49" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/common/pickers.py" line="93" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../../ui/viewers/player.py" line="123" />
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/player.py" line="123" />
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/player.py" line="125" />
        <source>Position in the recording</source>
        <translation>Position in the recording</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="94" />
        <source>Folder for the backups</source>
        <translation>Folder for the backups</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="162" />
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="163" />
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="166" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="167" />
        <source>The new language applies at once.</source>
        <translation>The new language applies at once.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/preferences_dialog.py" line="170" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="171" />
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="172" />
        <source>Lock when &amp;idle for:</source>
        <translation>Lock when &amp;idle for:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="174" />
        <source>It also locks when the screen locks and before the computer goes to sleep.</source>
        <translation>It also locks when the screen locks and before the computer goes to sleep.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="175" />
        <source>&amp;Disguise the app as:</source>
        <translation>&amp;Disguise the app as:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="176" />
        <source>Name of the disguise</source>
        <translation>Name of the disguise</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="178" />
        <source>The window title, the app's name and its icon become neutral. If the app was installed with an entry in your system's menu, the entry changes too; the menu may take a moment to show it. A disguise only helps against a quick look.</source>
        <translation>The window title, the app's name and its icon become neutral. If the app was installed with an entry in your system's menu, the entry changes too; the menu may take a moment to show it. A disguise only helps against a quick look.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="181" />
        <source>&amp;Backup folder:</source>
        <translation>&amp;Backup folder:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="182" />
        <source>no folder chosen</source>
        <translation>no folder chosen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="183" />
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="184" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/preferences_dialog.py" line="185" />
        <source>Back &amp;up now</source>
        <translation>Back &amp;up now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/preferences_dialog.py" line="187" />
        <source>A USB stick that you keep apart, for example. When the vault locks or Dossier closes, a backup is written there if anything changed, and checked; the newest %n are kept. If the stick is not plugged in, the backup waits for the next time. A backup opens with the passphrase the vault had when it was made.</source>
        <translation>
            <numerusform>A USB stick that you keep apart, for example. When the vault locks or Dossier closes, a backup is written there if anything changed, and checked; the newest %n are kept. If the stick is not plugged in, the backup waits for the next time. A backup opens with the passphrase the vault had when it was made.</numerusform>
            <numerusform>A USB stick that you keep apart, for example. When the vault locks or Dossier closes, a backup is written there if anything changed, and checked; the newest %n are kept. If the stick is not plugged in, the backup waits for the next time. A backup opens with the passphrase the vault had when it was made.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/export/progress.py" line="96" />
        <source>Stopping the export…</source>
        <translation>Stopping the export…</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="98" />
        <source>The export stopped.</source>
        <translation>The export stopped.</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="100" />
        <source>The bundle is written.</source>
        <translation>The bundle is written.</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="110" />
        <source>Copying the original files…</source>
        <translation>Copying the original files…</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="111" />
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="112" />
        <source>Writing one PDF per exhibit…</source>
        <translation>Writing one PDF per exhibit…</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="113" />
        <source>Writing the complaint letter…</source>
        <translation>Writing the complaint letter…</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="114" />
        <source>Writing the lists of files and their fingerprints…</source>
        <translation>Writing the lists of files and their fingerprints…</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="115" />
        <source>Finishing…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="116" />
        <source>Preparing the export…</source>
        <translation>Preparing the export…</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="119" />
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="120" />
        <source>The bundle is written under a temporary name, and takes its final name only when it is complete.</source>
        <translation>The bundle is written under a temporary name, and takes its final name only when it is complete.</translation>
    </message>
    <message>
        <location filename="../../ui/export/progress.py" line="122" />
        <source>Press Cancel to stop: nothing will be left behind.</source>
        <translation>Press Cancel to stop: nothing will be left behind.</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <location filename="../../ui/export/pages.py" line="142" />
        <source>Who will receive the bundle?</source>
        <translation>Who will receive the bundle?</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="143" />
        <source>The bundle is a folder or a ZIP file that can be read without Dossier. Choose who it is for.</source>
        <translation>The bundle is a folder or a ZIP file that can be read without Dossier. Choose who it is for.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="146" />
        <source>A &amp;lawyer (avocat)</source>
        <translation>A &amp;lawyer (avocat)</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="147" />
        <source>The report opens with the list of exhibits a lawyer files in court (the "bordereau de communication de pièces"), then the chronology, the charts and every exhibit in that order, with the original files and their fingerprints. Beside it, the bordereau as a Word file the lawyer can edit, and one PDF per exhibit to file one by one.</source>
        <translation>The report opens with the list of exhibits a lawyer files in court (the "bordereau de communication de pièces"), then the chronology, the charts and every exhibit in that order, with the original files and their fingerprints. Beside it, the bordereau as a Word file the lawyer can edit, and one PDF per exhibit to file one by one.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="156" />
        <source>A platform's abuse &amp;desk</source>
        <translation>A platform's abuse &amp;desk</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="157" />
        <source>Only that platform's items, with a notice under the Digital Services Act (Article 16) that it must act on. Photos go without the place they were taken; your address and telephone only if you choose. A note for you says where to send it, and when PHAROS applies.</source>
        <translation>Only that platform's items, with a notice under the Digital Services Act (Article 16) that it must act on. Photos go without the place they were taken; your address and telephone only if you choose. A note for you says where to send it, and when PHAROS applies.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="168" />
        <source>Which &amp;platform?</source>
        <translation>Which &amp;platform?</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="170" />
        <source>No item of this case names its platform yet. Set the platform of the items to report (in their details), then export again.</source>
        <translation>No item of this case names its platform yet. Set the platform of the items to report (in their details), then export again.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="172" />
        <source>Also include my own &amp;replies</source>
        <translation>Also include my own &amp;replies</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="152" />
        <source>The &amp;police or the gendarmerie</source>
        <translation>The &amp;police or the gendarmerie</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="153" />
        <source>An account of the facts in date order, what identifies the author (accounts, addresses, telephone numbers, IP addresses), the list of exhibits and a draft complaint letter to the procureur that you can edit.</source>
        <translation>An account of the facts in date order, what identifies the author (accounts, addresses, telephone numbers, IP addresses), the list of exhibits and a draft complaint letter to the procureur that you can edit.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="161" />
        <source>C&amp;ustom</source>
        <translation>C&amp;ustom</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="162" />
        <source>You choose every part of the report yourself.</source>
        <translation>You choose every part of the report yourself.</translation>
    </message>
</context>
<context>
    <name>RecoverForm</name>
    <message>
        <location filename="../../ui/access/recover_form.py" line="102" />
        <source>Too easy to guess: make it at least “Fair”.</source>
        <translation>Too easy to guess: make it at least “Fair”.</translation>
    </message>
    <message>
        <location filename="../../ui/access/recover_form.py" line="104" />
        <source>The two new passphrases are not the same.</source>
        <translation>The two new passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/access/recover_form.py" line="137" />
        <source>Forgot your passphrase?</source>
        <translation>Forgot your passphrase?</translation>
    </message>
    <message>
        <location filename="../../ui/access/recover_form.py" line="139" />
        <source>If you made a recovery key, type it as it is written on its sheet (or two of its shares, one after the other), then choose a new passphrase. The former passphrase will no longer open the vault. Without a recovery key, nobody can open the vault; wrong passphrases erase nothing, so you can try yours again calmly.</source>
        <translation>If you made a recovery key, type it as it is written on its sheet (or two of its shares, one after the other), then choose a new passphrase. The former passphrase will no longer open the vault. Without a recovery key, nobody can open the vault; wrong passphrases erase nothing, so you can try yours again calmly.</translation>
    </message>
    <message>
        <location filename="../../ui/access/recover_form.py" line="143" />
        <source>&amp;Recovery key:</source>
        <translation>&amp;Recovery key:</translation>
    </message>
    <message>
        <location filename="../../ui/access/recover_form.py" line="144" />
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/access/recover_form.py" line="145" />
        <source>New passphrase &amp;again:</source>
        <translation>New passphrase &amp;again:</translation>
    </message>
    <message>
        <location filename="../../ui/access/recover_form.py" line="146" />
        <source>&amp;Set the new passphrase</source>
        <translation>&amp;Set the new passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/access/recover_form.py" line="147" />
        <source>&amp;Back to the passphrase</source>
        <translation>&amp;Back to the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/access/recover_form.py" line="148" />
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="120" />
        <source>Save the recovery sheet</source>
        <translation>Save the recovery sheet</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="136" />
        <source>Saved in %1. Once it is printed or copied, delete this file: whoever finds it can open the vault.</source>
        <translation>Saved in %1. Once it is printed or copied, delete this file: whoever finds it can open the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="161" />
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="163" />
        <source>A recovery key is a second key to this vault, written on a sheet of paper. If you forget your passphrase, it lets you choose a new one (“Forgot your passphrase?” when you unlock).</source>
        <translation>A recovery key is a second key to this vault, written on a sheet of paper. If you forget your passphrase, it lets you choose a new one (“Forgot your passphrase?” when you unlock).</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="167" />
        <source>But whoever holds the sheet can open the vault and read everything in it. Keep it away from home, with someone you trust or in a safe place. If the person who harms you might find it, it is safer not to make one: you can make one later from File ▸ Recovery key.</source>
        <translation>But whoever holds the sheet can open the vault and read everything in it. Keep it away from home, with someone you trust or in a safe place. If the person who harms you might find it, it is safer not to make one: you can make one later from File ▸ Recovery key.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="172" />
        <source>A recovery key was made on %1. Making a new one cancels it.</source>
        <translation>A recovery key was made on %1. Making a new one cancels it.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="177" />
        <source>Write it down or save its sheet now: it is not shown again once this window closes. The letters I, L, O and U are never used.</source>
        <translation>Write it down or save its sheet now: it is not shown again once this window closes. The letters I, L, O and U are never used.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="179" />
        <source>Save a &amp;printable page (PDF)…</source>
        <translation>Save a &amp;printable page (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="180" />
        <source>Save as a &amp;text file…</source>
        <translation>Save as a &amp;text file…</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="181" />
        <source>&amp;Make a new recovery key</source>
        <translation>&amp;Make a new recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="182" />
        <source>&amp;Make a recovery key</source>
        <translation>&amp;Make a recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="184" />
        <source>&amp;Not now</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <location filename="../../ui/vault/recovery_dialog.py" line="185" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../../ui/vault/restore_dialog.py" line="104" />
        <source>The backup is in place: %n item(s), every original checked.</source>
        <translation>
            <numerusform>The backup is in place: %n item, every original checked.</numerusform>
            <numerusform>The backup is in place: %n items, every original checked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault/restore_dialog.py" line="106" />
        <source>The vault as it was is kept in %1. The vault is now locked: unlock it with the backup's passphrase.</source>
        <translation>The vault as it was is kept in %1. The vault is now locked: unlock it with the backup's passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/restore_dialog.py" line="135" />
        <location filename="../../ui/vault/restore_dialog.py" line="148" />
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/vault/restore_dialog.py" line="137" />
        <source>Choose a backup of this vault. Dossier first checks that it opens and that nothing in it has changed; only then does it take the vault's place. The vault as it is now is kept beside it, in “%1”, so nothing is lost.</source>
        <translation>Choose a backup of this vault. Dossier first checks that it opens and that nothing in it has changed; only then does it take the vault's place. The vault as it is now is kept beside it, in “%1”, so nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../ui/vault/restore_dialog.py" line="141" />
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/export/review.py" line="84" />
        <source>Choose where to write the bundle.</source>
        <translation>Choose where to write the bundle.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="86" />
        <source>%1 already exists. Dossier never replaces a file or a folder: choose another name.</source>
        <translation>%1 already exists. Dossier never replaces a file or a folder: choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="89" />
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="112" />
        <source>Where to write the bundle</source>
        <translation>Where to write the bundle</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="113" />
        <source>ZIP files (*.zip)</source>
        <translation>ZIP files (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="143" />
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="144" />
        <source>a lawyer (avocat)</source>
        <translation>a lawyer (avocat)</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="145" />
        <source>the police or the gendarmerie</source>
        <translation>the police or the gendarmerie</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="146" />
        <source>a platform's or a provider's abuse desk</source>
        <translation>a platform's or a provider's abuse desk</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="147" />
        <source>custom</source>
        <translation>custom</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="148" />
        <source>a ZIP file</source>
        <translation>a ZIP file</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="148" />
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="151" />
        <source>the abuse desk of %1, with its notice</source>
        <translation>the abuse desk of %1, with its notice</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/review.py" line="156" />
        <source>%n incident(s) in the chronology</source>
        <translation>
            <numerusform>%n incident in the chronology</numerusform>
            <numerusform>%n incidents in the chronology</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="158" />
        <source>not included</source>
        <translation>not included</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="163" />
        <source>every file but the READMEs is encrypted: it opens with 7-Zip and the password</source>
        <translation>every file but the READMEs is encrypted: it opens with 7-Zip and the password</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="165" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/review.py" line="173" />
        <source>; whole platform exports or mailboxes kept in the vault: %n</source>
        <translation>
            <numerusform>; whole platform exports or mailboxes kept in the vault: %n</numerusform>
            <numerusform>; whole platform exports or mailboxes kept in the vault: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/review.py" line="179" />
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n exhibit</numerusform>
            <numerusform>%n exhibits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/review.py" line="181" />
        <source>, with %n attachment(s)</source>
        <translation>
            <numerusform>, with %n attachment</numerusform>
            <numerusform>, with %n attachments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="185" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="186" />
        <source>Check what will be exported, then press Export.</source>
        <translation>Check what will be exported, then press Export.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="187" />
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="187" />
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="187" />
        <source>Incidents:</source>
        <translation>Incidents:</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="188" />
        <source>Original files:</source>
        <translation>Original files:</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="188" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="188" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="189" />
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="192" />
        <source>The bundle will be &amp;written to:</source>
        <translation>The bundle will be &amp;written to:</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="193" />
        <source>Where the bundle is written</source>
        <translation>Where the bundle is written</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="194" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../ui/export/scope.py" line="82" />
        <source>The first day comes after the last day.</source>
        <translation>The first day comes after the last day.</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="84" />
        <source>Tick at least one tag.</source>
        <translation>Tick at least one tag.</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="86" />
        <source>Tick at least one incident.</source>
        <translation>Tick at least one incident.</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="188" />
        <source>Counting the exhibits…</source>
        <translation>Counting the exhibits…</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="190" />
        <source>No evidence in this choice. Choose another.</source>
        <translation>No evidence in this choice. Choose another.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/scope.py" line="192" />
        <source>%n exhibit(s) will be exported.</source>
        <translation>
            <numerusform>%n exhibit will be exported.</numerusform>
            <numerusform>%n exhibits will be exported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="196" />
        <source>Which evidence?</source>
        <translation>Which evidence?</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="197" />
        <source>An e-mail goes with its attachments, and a chat export with all its messages.</source>
        <translation>An e-mail goes with its attachments, and a chat export with all its messages.</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="199" />
        <source>The &amp;whole case</source>
        <translation>The &amp;whole case</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="199" />
        <source>Evidence captured &amp;between two days</source>
        <translation>Evidence captured &amp;between two days</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="200" />
        <source>Evidence with these &amp;tags:</source>
        <translation>Evidence with these &amp;tags:</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="201" />
        <source>Evidence that shows these &amp;incidents:</source>
        <translation>Evidence that shows these &amp;incidents:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/scope.py" line="202" />
        <source>The %n item(s) selected in the &amp;table</source>
        <translation>
            <numerusform>The %n item selected in the &amp;table</numerusform>
            <numerusform>The %n items selected in the &amp;table</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="203" />
        <source>The items selected in the &amp;table (none)</source>
        <translation>The items selected in the &amp;table (none)</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="206" />
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="207" />
        <source>t&amp;o (included)</source>
        <translation>t&amp;o (included)</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="208" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/export/scope.py" line="209" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
</context>
<context>
    <name>ScreenTextPanel</name>
    <message>
        <location filename="../../ui/viewers/screen_text.py" line="40" />
        <source>Copy the text</source>
        <translation>Copy the text</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/screen_text.py" line="41" />
        <source>Text read in the picture</source>
        <translation>Text read in the picture</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/screen_text.py" line="56" />
        <source>The text of this picture has not been read yet. Dossier reads it in the background, on this computer.</source>
        <translation>The text of this picture has not been read yet. Dossier reads it in the background, on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/screen_text.py" line="59" />
        <source>Dossier could not read the text of this picture. The picture is kept exactly as it arrived.</source>
        <translation>Dossier could not read the text of this picture. The picture is kept exactly as it arrived.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/screen_text.py" line="62" />
        <source>Dossier found no text in this picture.</source>
        <translation>Dossier found no text in this picture.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/screen_text.py" line="63" />
        <source>Text read automatically; it may contain errors (accents above all).</source>
        <translation>Text read automatically; it may contain errors (accents above all).</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="112" />
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="113" />
        <source>Acts per week</source>
        <translation>Acts per week</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="114" />
        <source>Acts per month</source>
        <translation>Acts per month</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="115" />
        <source>Per platform</source>
        <translation>Per platform</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="116" />
        <source>Per account</source>
        <translation>Per account</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="117" />
        <source>Busiest days</source>
        <translation>Busiest days</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="133" />
        <source>No act to count: nothing on the timeline is dated evidence of an act.</source>
        <translation>No act to count: nothing on the timeline is dated evidence of an act.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="142" />
        <source>week of %1</source>
        <translation>week of %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="145" />
        <source>Platform not given</source>
        <translation>Platform not given</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="146" />
        <location filename="../../ui/timeline/statistics_panel.py" line="148" />
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="147" />
        <source>No account</source>
        <translation>No account</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/statistics_panel.py" line="150" />
        <source>%1: %Ln act(s)</source>
        <translation>
            <numerusform>%1: %Ln act</numerusform>
            <numerusform>%1: %Ln acts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/statistics_panel.py" line="156" />
        <source>%Ln act(s), the first on %1, the last on %2.</source>
        <translation>
            <numerusform>%Ln act, the first on %1, the last on %2.</numerusform>
            <numerusform>%Ln acts, the first on %1, the last on %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="172" />
        <source>Never two days in a row.</source>
        <translation>Never two days in a row.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/statistics_panel.py" line="173" />
        <source>Longest run: %Ln day(s) in a row, from %1 to %2.</source>
        <translation>
            <numerusform>Longest run: %Ln day in a row, from %1 to %2.</numerusform>
            <numerusform>Longest run: %Ln days in a row, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="185" />
        <source>The acts are becoming more frequent: %1 a week over the last %3 weeks, against %2 a week before.</source>
        <translation>The acts are becoming more frequent: %1 a week over the last %3 weeks, against %2 a week before.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="188" />
        <source>The acts are becoming less frequent: %1 a week over the last %3 weeks, against %2 a week before.</source>
        <translation>The acts are becoming less frequent: %1 a week over the last %3 weeks, against %2 a week before.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="191" />
        <source>The acts keep a steady pace: %1 a week over the last %3 weeks, and %2 a week before.</source>
        <translation>The acts keep a steady pace: %1 a week over the last %3 weeks, and %2 a week before.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/statistics_panel.py" line="195" />
        <source>Too few acts, or too short a time, to tell whether they are becoming more frequent.</source>
        <translation>Too few acts, or too short a time, to tell whether they are becoming more frequent.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="129" />
        <source>Say to whom the step was addressed or what was done.</source>
        <translation>Say to whom the step was addressed or what was done.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="145" />
        <source>Step taken</source>
        <translation>Step taken</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="145" />
        <source>New step</source>
        <translation>New step</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="146" />
        <source>&amp;Kind of step:</source>
        <translation>&amp;Kind of step:</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="146" />
        <source>How &amp;precisely:</source>
        <translation>How &amp;precisely:</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="146" />
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="147" />
        <source>&amp;To whom:</source>
        <translation>&amp;To whom:</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="147" />
        <source>What was &amp;done:</source>
        <translation>What was &amp;done:</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="147" />
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="148" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="148" />
        <source>&amp;Answer received:</source>
        <translation>&amp;Answer received:</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="157" />
        <source>e.g. Instagram, the police station of …</source>
        <translation>e.g. Instagram, the police station of …</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="158" />
        <source>the number they gave it, if any</source>
        <translation>the number they gave it, if any</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../ui/steps/deadlines_box.py" line="30" />
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="37" />
        <source>At an exact date and time</source>
        <translation>At an exact date and time</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="38" />
        <source>On a day</source>
        <translation>On a day</translation>
    </message>
    <message>
        <location filename="../../ui/steps/step_dialog.py" line="39" />
        <source>During a month</source>
        <translation>During a month</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../ui/steps/steps_model.py" line="96" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_model.py" line="96" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_model.py" line="96" />
        <source>To whom</source>
        <translation>To whom</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_model.py" line="96" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_model.py" line="97" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../../ui/steps/steps_panel.py" line="145" />
        <source>Remove step</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_panel.py" line="146" />
        <source>Remove the step “{what}”? The evidence stays in the case; only its link to this step goes.</source>
        <translation>Remove the step “{what}”? The evidence stays in the case; only its link to this step goes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/steps_panel.py" line="175" />
        <source>Recorded as %n step(s): open it to add the reference and the answer.</source>
        <translation>
            <numerusform>Recorded as %n step: open it to add the reference and the answer.</numerusform>
            <numerusform>Recorded as %n steps: open it to add the reference and the answer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_panel.py" line="227" />
        <source>&amp;New step…</source>
        <translation>&amp;New step…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_panel.py" line="228" />
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_panel.py" line="229" />
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_panel.py" line="230" />
        <source>Record the selected item as a ste&amp;p</source>
        <translation>Record the selected item as a ste&amp;p</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_panel.py" line="232" />
        <source>A platform's acknowledgement, a complaint's receipt: the step it shows, dated from it and linked to it.</source>
        <translation>A platform's acknowledgement, a complaint's receipt: the step it shows, dated from it and linked to it.</translation>
    </message>
    <message>
        <location filename="../../ui/steps/steps_panel.py" line="234" />
        <source>Steps taken</source>
        <translation>Steps taken</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/access/strength.py" line="22" />
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="23" />
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="24" />
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="25" />
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="26" />
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="29" />
        <source>Use a few words that are not a phrase, a name or a date you are known for.</source>
        <translation>Use a few words that are not a phrase, a name or a date you are known for.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="33" />
        <source>Use a few words, avoid common phrases.</source>
        <translation>Use a few words, avoid common phrases.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="34" />
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>No need for symbols, digits, or uppercase letters.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="35" />
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Add another word or two. Uncommon words are better.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="36" />
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Straight rows of keys are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="37" />
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Short keyboard patterns are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="38" />
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Use a longer keyboard pattern with more turns.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="39" />
        <source>Repeats like "aaa" are easy to guess.</source>
        <translation>Repeats like "aaa" are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="40" />
        <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
        <translation>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="42" />
        <source>Avoid repeated words and characters.</source>
        <translation>Avoid repeated words and characters.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="43" />
        <source>Sequences like "abc" or "6543" are easy to guess.</source>
        <translation>Sequences like "abc" or "6543" are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="44" />
        <source>Avoid sequences.</source>
        <translation>Avoid sequences.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="45" />
        <source>Recent years are easy to guess.</source>
        <translation>Recent years are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="46" />
        <source>Avoid recent years.</source>
        <translation>Avoid recent years.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="47" />
        <source>Avoid years that are associated with you.</source>
        <translation>Avoid years that are associated with you.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="48" />
        <source>Dates are often easy to guess.</source>
        <translation>Dates are often easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="49" />
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Avoid dates and years that are associated with you.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="50" />
        <source>This is a top-10 common password.</source>
        <translation>This is a top-10 common password.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="51" />
        <source>This is a top-100 common password.</source>
        <translation>This is a top-100 common password.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="52" />
        <source>This is a very common password.</source>
        <translation>This is a very common password.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="53" />
        <source>This is similar to a commonly used password.</source>
        <translation>This is similar to a commonly used password.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="54" />
        <source>A word by itself is easy to guess.</source>
        <translation>A word by itself is easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="55" />
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Names and surnames by themselves are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="56" />
        <source>Common names and surnames are easy to guess.</source>
        <translation>Common names and surnames are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="57" />
        <source>Capitalization doesn't help very much.</source>
        <translation>Capitalization doesn't help very much.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="58" />
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>All-uppercase is almost as easy to guess as all-lowercase.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="59" />
        <source>Reversed words aren't much harder to guess.</source>
        <translation>Reversed words aren't much harder to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="60" />
        <source>Predictable substitutions like '@' instead of 'a' don't help very much.</source>
        <translation>Predictable substitutions like '@' instead of 'a' don't help very much.</translation>
    </message>
    <message>
        <location filename="../../ui/access/strength.py" line="152" />
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
</context>
<context>
    <name>SuggestionsBox</name>
    <message>
        <location filename="../../ui/people/suggestions_box.py" line="59" />
        <source>tie this address to %1?</source>
        <translation>tie this address to %1?</translation>
    </message>
    <message>
        <location filename="../../ui/people/suggestions_box.py" line="60" />
        <source>tie this number to %1?</source>
        <translation>tie this number to %1?</translation>
    </message>
    <message>
        <location filename="../../ui/people/suggestions_box.py" line="61" />
        <source>tie this account to %1?</source>
        <translation>tie this account to %1?</translation>
    </message>
    <message>
        <location filename="../../ui/people/suggestions_box.py" line="64" />
        <source>1 item comes from %1</source>
        <translation>1 item comes from %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/suggestions_box.py" line="65" />
        <source>%n items come from %1</source>
        <translation>
            <numerusform>%n items come from %1</numerusform>
            <numerusform>%n items come from %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/people/suggestions_box.py" line="87" />
        <location filename="../../ui/people/suggestions_box.py" line="122" />
        <source>Tie</source>
        <translation>Tie</translation>
    </message>
    <message>
        <location filename="../../ui/people/suggestions_box.py" line="88" />
        <source>Tie %1 to %2</source>
        <translation>Tie %1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/people/suggestions_box.py" line="118" />
        <source>Found in the evidence:</source>
        <translation>Found in the evidence:</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/export/pages.py" line="412" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="413" />
        <source>This text opens the report. It is suggested from your incidents; change it as you wish.</source>
        <translation>This text opens the report. It is suggested from your incidents; change it as you wish.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="417" />
        <source>For the police this is the account of the facts ("exposé des faits"): what happened, in date order, with the places and the people involved.</source>
        <translation>For the police this is the account of the facts ("exposé des faits"): what happened, in date order, with the places and the people involved.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="421" />
        <source>Say in a few sentences what happened, since when, and what you ask for.</source>
        <translation>Say in a few sentences what happened, since when, and what you ask for.</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="422" />
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="423" />
        <source>&amp;Use the suggested text again</source>
        <translation>&amp;Use the suggested text again</translation>
    </message>
    <message>
        <location filename="../../ui/export/pages.py" line="425" />
        <source>You wrote this text from a suggestion in another language than the report's. Translate it, or use the suggested text again: the report prints it as it is.</source>
        <translation>You wrote this text from a suggestion in another language than the report's. Translate it, or use the suggested text again: the report prints it as it is.</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <location filename="../../ui/common/pickers.py" line="261" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/common/pickers.py" line="262" />
        <source>New tag, e.g. threat</source>
        <translation>New tag, e.g. threat</translation>
    </message>
    <message>
        <location filename="../../ui/common/pickers.py" line="263" />
        <source>Tag to add</source>
        <translation>Tag to add</translation>
    </message>
    <message>
        <location filename="../../ui/common/pickers.py" line="264" />
        <source>Add tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../ui/common/pickers.py" line="265" />
        <source>Remove the selected tags</source>
        <translation>Remove the selected tags</translation>
    </message>
</context>
<context>
    <name>TextQueueBar</name>
    <message>
        <location filename="../../ui/importing/text_queue.py" line="185" />
        <source>Text reading paused (%1/%2).</source>
        <translation>Text reading paused (%1/%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/text_queue.py" line="187" />
        <source>Reading the text of %n picture(s)… %1/%2</source>
        <translation>
            <numerusform>Reading the text of %n picture… %1/%2</numerusform>
            <numerusform>Reading the text of %n pictures… %1/%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/text_queue.py" line="191" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/importing/text_queue.py" line="191" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>TextViewer</name>
    <message>
        <location filename="../../ui/viewers/text.py" line="78" />
        <source>Text of the item</source>
        <translation>Text of the item</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/text.py" line="83" />
        <source>Only the beginning of this text is shown; the whole file is kept.</source>
        <translation>Only the beginning of this text is shown; the whole file is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/text.py" line="86" />
        <source>There is no text to show.</source>
        <translation>There is no text to show.</translation>
    </message>
</context>
<context>
    <name>ThreadPicker</name>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="112" />
        <source>Already in the case.</source>
        <translation>Already in the case.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="115" />
        <source>Ticked because %1 takes part: tied to a harasser of the case.</source>
        <translation>Ticked because %1 takes part: tied to a harasser of the case.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/thread_picker.py" line="127" />
        <source>%n of %1 conversations ticked.</source>
        <translation>
            <numerusform>%n of %1 conversations ticked.</numerusform>
            <numerusform>%n of %1 conversations ticked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="138" />
        <source>Choose the conversations to import</source>
        <translation>Choose the conversations to import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="140" />
        <source>This %1 export holds all your conversations. Tick those that belong in the case: only they become items, each message with its author and its time. The export file itself is kept whole in the vault as the original.</source>
        <translation>This %1 export holds all your conversations. Tick those that belong in the case: only they become items, each message with its author and its time. The export file itself is kept whole in the vault as the original.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="144" />
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="144" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="145" />
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="145" />
        <source>First message</source>
        <translation>First message</translation>
    </message>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="146" />
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <location filename="../../ui/importing/thread_picker.py" line="147" />
        <source>Import the ticked conversations</source>
        <translation>Import the ticked conversations</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/timeline/painter.py" line="354" />
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="360" />
        <source>Acts per minute</source>
        <translation>Acts per minute</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="361" />
        <source>Acts per 5 minutes</source>
        <translation>Acts per 5 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="362" />
        <source>Acts per 15 minutes</source>
        <translation>Acts per 15 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="363" />
        <source>Acts per hour</source>
        <translation>Acts per hour</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="364" />
        <source>Acts per 6 hours</source>
        <translation>Acts per 6 hours</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="365" />
        <source>Acts per day</source>
        <translation>Acts per day</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="366" />
        <source>Acts per week</source>
        <translation>Acts per week</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="367" />
        <source>Acts per month</source>
        <translation>Acts per month</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="368" />
        <source>Acts per year</source>
        <translation>Acts per year</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/painter.py" line="369" />
        <source>%1 (at most %2)</source>
        <translation>%1 (at most %2)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="26" />
        <source>Your reply: not counted as an act.</source>
        <translation>Your reply: not counted as an act.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="27" />
        <source>Context: not counted as an act.</source>
        <translation>Context: not counted as an act.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="28" />
        <source>A step you took: not counted as an act.</source>
        <translation>A step you took: not counted as an act.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="45" />
        <source>Date not sure: it comes from the file or from when it was added.</source>
        <translation>Date not sure: it comes from the file or from when it was added.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="51" />
        <source>Double-click to open it.</source>
        <translation>Double-click to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="57" />
        <location filename="../../ui/timeline/preview.py" line="77" />
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="60" />
        <source>Incident: %1</source>
        <translation>Incident: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="69" />
        <source>Step taken: %1</source>
        <translation>Step taken: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="71" />
        <source>Its details are in the Steps taken panel.</source>
        <translation>Its details are in the Steps taken panel.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="76" />
        <source>Items: %1</source>
        <translation>Items: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/preview.py" line="79" />
        <source>Click to look closer.</source>
        <translation>Click to look closer.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../ui/timeline/page.py" line="182" />
        <source>Reading the timeline…</source>
        <translation>Reading the timeline…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="203" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="219" />
        <source>The timeline could not be read: %1</source>
        <translation>The timeline could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="225" />
        <source>Nothing matches these filters.</source>
        <translation>Nothing matches these filters.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="226" />
        <source>Nothing dated in this case yet: add evidence or incidents to see them in time.</source>
        <translation>Nothing dated in this case yet: add evidence or incidents to see them in time.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="245" />
        <source>Save the timeline as a picture</source>
        <translation>Save the timeline as a picture</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="246" />
        <source>timeline</source>
        <translation>timeline</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="249" />
        <source>Save the statistics as a picture</source>
        <translation>Save the statistics as a picture</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="250" />
        <source>statistics</source>
        <translation>statistics</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="254" />
        <source>The picture could not be saved there. Choose another folder.</source>
        <translation>The picture could not be saved there. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/page.py" line="277" />
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
</context>
<context>
    <name>TimelineToolbar</name>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="101" />
        <source>&amp;Lanes:</source>
        <translation>&amp;Lanes:</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="102" />
        <source>By platform</source>
        <translation>By platform</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="102" />
        <source>By person or account</source>
        <translation>By person or account</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="103" />
        <source>By kind</source>
        <translation>By kind</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="105" />
        <source>Zoom in (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="106" />
        <source>Zoom out (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="109" />
        <source>Show &amp;all</source>
        <translation>Show &amp;all</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="110" />
        <source>Show everything, from the first to the last (0)</source>
        <translation>Show everything, from the first to the last (0)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="111" />
        <source>Go to &amp;date:</source>
        <translation>Go to &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="114" />
        <source>Save as &amp;picture</source>
        <translation>Save as &amp;picture</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="115" />
        <source>The &amp;timeline…</source>
        <translation>The &amp;timeline…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/toolbar.py" line="116" />
        <source>The &amp;statistics…</source>
        <translation>The &amp;statistics…</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/timeline/view.py" line="207" />
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="209" />
        <source>Steps taken</source>
        <translation>Steps taken</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="211" />
        <source>Platform not given</source>
        <translation>Platform not given</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="212" />
        <source>No account</source>
        <translation>No account</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="213" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="215" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="233" />
        <source>Nothing to show on the timeline.</source>
        <translation>Nothing to show on the timeline.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="345" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/view.py" line="347" />
        <source>Plus and minus zoom, the arrow keys move in time, Ctrl with an arrow goes from item to item, 0 shows everything.</source>
        <translation>Plus and minus zoom, the arrow keys move in time, Ctrl with an arrow goes from item to item, 0 shows everything.</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../ui/access/forms.py" line="247" />
        <source>Unlock your vault</source>
        <translation>Unlock your vault</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="248" />
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="249" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="250" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="251" />
        <source>&amp;Open another vault file…</source>
        <translation>&amp;Open another vault file…</translation>
    </message>
    <message>
        <location filename="../../ui/access/forms.py" line="252" />
        <source>&amp;Forgot your passphrase?</source>
        <translation>&amp;Forgot your passphrase?</translation>
    </message>
</context>
<context>
    <name>WebViewer</name>
    <message>
        <location filename="../../ui/viewers/web.py" line="56" />
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="56" />
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="57" />
        <source>Posted:</source>
        <translation>Posted:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="59" />
        <source>Dossier never opens this address, so the site cannot know you looked at it.</source>
        <translation>Dossier never opens this address, so the site cannot know you looked at it.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="61" />
        <source>Words of the page</source>
        <translation>Words of the page</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="65" />
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="67" />
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="72" />
        <source>There is no text to show.</source>
        <translation>There is no text to show.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../app/common/errors.py" line="38" />
        <source>Wrong passphrase: the vault could not be unlocked.</source>
        <translation>Wrong passphrase: the vault could not be unlocked.</translation>
    </message>
    <message>
        <location filename="../../app/common/errors.py" line="44" />
        <source>{path} is not a Dossier vault.</source>
        <translation>{path} is not a Dossier vault.</translation>
    </message>
    <message>
        <location filename="../../app/common/errors.py" line="50" />
        <source>No vault at {path}. Create one with: dossier init</source>
        <translation>No vault at {path}. Create one with: dossier init</translation>
    </message>
    <message>
        <location filename="../../app/common/errors.py" line="56" />
        <source>A file already exists at {path}; it was left untouched.</source>
        <translation>A file already exists at {path}; it was left untouched.</translation>
    </message>
    <message>
        <location filename="../../app/common/errors.py" line="62" />
        <source>The vault is damaged. Restore it from a backup, or run: dossier check</source>
        <translation>The vault is damaged. Restore it from a backup, or run: dossier check</translation>
    </message>
    <message>
        <location filename="../../app/common/errors.py" line="68" />
        <source>The vault is in use by another Dossier window or command. Close it and try again.</source>
        <translation>The vault is in use by another Dossier window or command. Close it and try again.</translation>
    </message>
    <message>
        <location filename="../../app/common/errors.py" line="75" />
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation>The disk is full. Nothing was lost; free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../app/common/errors.py" line="81" />
        <source>The vault is read-only here; it cannot be changed.</source>
        <translation>The vault is read-only here; it cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../app/common/errors.py" line="87" />
        <source>Cannot write to {path}: that place is read-only or not yours.</source>
        <translation>Cannot write to {path}: that place is read-only or not yours.</translation>
    </message>
    <message>
        <location filename="../../app/common/errors.py" line="94" />
        <source>This vault was made by a newer Dossier; update Dossier.</source>
        <translation>This vault was made by a newer Dossier; update Dossier.</translation>
    </message>
    <message>
        <location filename="../../app/importing/pipeline.py" line="175" />
        <source>nothing to keep: the data is empty</source>
        <translation>nothing to keep: the data is empty</translation>
    </message>
    <message>
        <location filename="../../app/importing/opening.py" line="127" />
        <location filename="../../app/importing/opening.py" line="158" />
        <location filename="../../app/importing/pipeline.py" line="199" />
        <source>could not be read: {error}</source>
        <translation>could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../app/importing/pipeline.py" line="203" />
        <source>Dossier could not store it (internal error: {error}); nothing was changed</source>
        <translation>Dossier could not store it (internal error: {error}); nothing was changed</translation>
    </message>
    <message>
        <location filename="../../app/importing/pipeline.py" line="224" />
        <source>already in the case as item {item}</source>
        <translation>already in the case as item {item}</translation>
    </message>
    <message>
        <location filename="../../app/importing/opening.py" line="125" />
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <location filename="../../app/importing/opening.py" line="91" />
        <source>a folder that could not be walked (a link to a folder)</source>
        <translation>a folder that could not be walked (a link to a folder)</translation>
    </message>
    <message>
        <location filename="../../app/importing/opening.py" line="81" />
        <source>the file was replaced while it was being imported</source>
        <translation>the file was replaced while it was being imported</translation>
    </message>
    <message>
        <location filename="../../app/importing/opening.py" line="94" />
        <location filename="../../app/importing/opening.py" line="162" />
        <source>not a regular file (a device, pipe or socket)</source>
        <translation>not a regular file (a device, pipe or socket)</translation>
    </message>
    <message>
        <location filename="../../app/importing/opening.py" line="97" />
        <source>this is Dossier's own vault file (or one of its side files): it is never imported into itself</source>
        <translation>this is Dossier's own vault file (or one of its side files): it is never imported into itself</translation>
    </message>
    <message>
        <location filename="../../app/importing/opening.py" line="101" />
        <source>the file is empty (0 bytes): there is nothing to keep</source>
        <translation>the file is empty (0 bytes): there is nothing to keep</translation>
    </message>
    <message>
        <location filename="../../app/importing/opening.py" line="115" />
        <source>a link that leads out of the folder you gave (to {target}): only files inside the folder are imported</source>
        <translation>a link that leads out of the folder you gave (to {target}): only files inside the folder are imported</translation>
    </message>
    <message>
        <location filename="../../ui/common/operations.py" line="98" />
        <source>Internal error in Dossier ({error}).</source>
        <translation>Internal error in Dossier ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/export/bundle.py" line="68" />
        <source>{name} already exists; choose another name so nothing is replaced.</source>
        <translation>{name} already exists; choose another name so nothing is replaced.</translation>
    </message>
    <message>
        <location filename="../../app/export/bundle.py" line="113" />
        <source>{name} appeared while the bundle was being written; nothing was replaced.</source>
        <translation>{name} appeared while the bundle was being written; nothing was replaced.</translation>
    </message>
    <message>
        <location filename="../../app/export/bundle.py" line="204" />
        <source>The disk is full: the bundle could not be written. Nothing was left under {name}; free some space or choose another disk.</source>
        <translation>The disk is full: the bundle could not be written. Nothing was left under {name}; free some space or choose another disk.</translation>
    </message>
    <message>
        <location filename="../../app/export/bundle.py" line="209" />
        <source>Dossier may not write in the folder chosen for {name}; choose another folder.</source>
        <translation>Dossier may not write in the folder chosen for {name}; choose another folder.</translation>
    </message>
    <message>
        <location filename="../../app/export/bundle.py" line="212" />
        <source>The bundle could not be written ({reason}).</source>
        <translation>The bundle could not be written ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/export/errors.py" line="13" />
        <source>The export was cancelled; nothing was written.</source>
        <translation>The export was cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../app/export/exporting.py" line="94" />
        <source>Choose the platform the notice goes to: its bundle holds only its items.</source>
        <translation>Choose the platform the notice goes to: its bundle holds only its items.</translation>
    </message>
    <message>
        <location filename="../../app/export/exporting.py" line="102" />
        <source>No evidence matches what was chosen: there is nothing to export.</source>
        <translation>No evidence matches what was chosen: there is nothing to export.</translation>
    </message>
    <message>
        <location filename="../../app/export/exporting.py" line="230" />
        <source>Exhibit {label} no longer matches the hash recorded when it was imported; nothing was exported. Run “Check the vault”.</source>
        <translation>Exhibit {label} no longer matches the hash recorded when it was imported; nothing was exported. Run “Check the vault”.</translation>
    </message>
    <message>
        <location filename="../../app/vault/restore.py" line="33" />
        <source>This file is the vault itself, not a backup of it.</source>
        <translation>This file is the vault itself, not a backup of it.</translation>
    </message>
    <message>
        <location filename="../../app/vault/restore.py" line="39" />
        <source>There is no file at {path}. Nothing was changed.</source>
        <translation>There is no file at {path}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/vault/restore.py" line="45" />
        <source>This passphrase does not open the backup. Nothing was changed.</source>
        <translation>This passphrase does not open the backup. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/vault/restore.py" line="53" />
        <source>The backup is damaged ({count} problem(s)); it was not restored. Nothing was changed.</source>
        <translation>The backup is damaged ({count} problem(s)); it was not restored. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/case/incident_actions.py" line="52" />
        <source>Give the incident a title or say what happened.</source>
        <translation>Give the incident a title or say what happened.</translation>
    </message>
    <message>
        <location filename="../../app/case/integrity.py" line="25" />
        <source>This account was deleted meanwhile; choose another. Nothing was changed.</source>
        <translation>This account was deleted meanwhile; choose another. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/case/integrity.py" line="27" />
        <source>This person was deleted meanwhile; choose another. Nothing was changed.</source>
        <translation>This person was deleted meanwhile; choose another. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/case/integrity.py" line="29" />
        <source>This incident was deleted meanwhile. Nothing was changed.</source>
        <translation>This incident was deleted meanwhile. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/case/integrity.py" line="31" />
        <source>This item is no longer in the case. Nothing was changed.</source>
        <translation>This item is no longer in the case. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/case/integrity.py" line="33" />
        <source>Something this change refers to was deleted meanwhile (an item, an incident, a person or an account). Nothing was changed; look again and retry.</source>
        <translation>Something this change refers to was deleted meanwhile (an item, an incident, a person or an account). Nothing was changed; look again and retry.</translation>
    </message>
    <message>
        <location filename="../../app/case/me.py" line="58" />
        <source>Give an identifier: a name, a number, an address or a handle.</source>
        <translation>Give an identifier: a name, a number, an address or a handle.</translation>
    </message>
    <message>
        <location filename="../../app/case/me.py" line="75" />
        <source>{identifier} is not among your identities.</source>
        <translation>{identifier} is not among your identities.</translation>
    </message>
    <message>
        <location filename="../../app/case/people.py" line="51" />
        <source>The case already has an account with this platform and handle.</source>
        <translation>The case already has an account with this platform and handle.</translation>
    </message>
    <message>
        <location filename="../../app/case/people_actions.py" line="26" />
        <source>Give a name, even a nickname or “unknown 1”.</source>
        <translation>Give a name, even a nickname or “unknown 1”.</translation>
    </message>
    <message>
        <location filename="../../app/case/people_actions.py" line="29" />
        <source>Unknown role {role}: choose harasser, witness or other.</source>
        <translation>Unknown role {role}: choose harasser, witness or other.</translation>
    </message>
    <message>
        <location filename="../../app/case/people_actions.py" line="48" />
        <source>Give the account's name or handle.</source>
        <translation>Give the account's name or handle.</translation>
    </message>
    <message>
        <location filename="../../app/case/spans.py" line="59" />
        <source>“{when}” is not a date: give a month (2026-11), a day (2026-11-06) or a moment (2026-11-06T22:15).</source>
        <translation>“{when}” is not a date: give a month (2026-11), a day (2026-11-06) or a moment (2026-11-06T22:15).</translation>
    </message>
    <message>
        <location filename="../../app/case/spans.py" line="71" />
        <source>The end ({until}) comes before the start ({when}).</source>
        <translation>The end ({until}) comes before the start ({when}).</translation>
    </message>
    <message>
        <location filename="../../app/importing/budget.py" line="69" />
        <source>only {count} parts of this file became items (the most one file may give); the others are kept inside this item's original</source>
        <translation>only {count} parts of this file became items (the most one file may give); the others are kept inside this item's original</translation>
    </message>
    <message>
        <location filename="../../app/importing/budget.py" line="74" />
        <source>reading the parts of this file stopped after {seconds} s (the most one file may take); the others are kept inside this item's original</source>
        <translation>reading the parts of this file stopped after {seconds} s (the most one file may take); the others are kept inside this item's original</translation>
    </message>
    <message>
        <location filename="../../app/vault/custody.py" line="101" />
        <source>The history was cut or reordered at entry {entry}: an entry before it is missing or was moved.</source>
        <translation>The history was cut or reordered at entry {entry}: an entry before it is missing or was moved.</translation>
    </message>
    <message>
        <location filename="../../app/vault/custody.py" line="105" />
        <source>History entry {entry} was changed after it was written.</source>
        <translation>History entry {entry} was changed after it was written.</translation>
    </message>
    <message>
        <location filename="../../app/vault/custody.py" line="135" />
        <source>Item {item} is not in the history: it was added without being recorded.</source>
        <translation>Item {item} is not in the history: it was added without being recorded.</translation>
    </message>
    <message>
        <location filename="../../app/vault/custody.py" line="141" />
        <source>Item {item} no longer holds the original that was imported: the original and its fingerprint (SHA-256) were replaced together.</source>
        <translation>Item {item} no longer holds the original that was imported: the original and its fingerprint (SHA-256) were replaced together.</translation>
    </message>
    <message>
        <location filename="../../app/vault/damage.py" line="40" />
        <source>The vault file is damaged: part of it is missing or altered, so Dossier cannot open it. Keep this file aside, and put your latest backup in its place (copy it to this name).</source>
        <translation>The vault file is damaged: part of it is missing or altered, so Dossier cannot open it. Keep this file aside, and put your latest backup in its place (copy it to this name).</translation>
    </message>
    <message>
        <location filename="../../app/vault/damage.py" line="54" />
        <source>The start of the vault file is damaged: its key settings are impossible, so no passphrase can open it. Keep this file aside, and put your latest backup in its place (copy it to this name).</source>
        <translation>The start of the vault file is damaged: its key settings are impossible, so no passphrase can open it. Keep this file aside, and put your latest backup in its place (copy it to this name).</translation>
    </message>
    <message>
        <location filename="../../app/vault/damage.py" line="64" />
        <source>{path} is not a vault Dossier can open: either it is not a Dossier vault, or its first bytes are damaged. If it is your vault, keep it aside and put your latest backup in its place.</source>
        <translation>{path} is not a vault Dossier can open: either it is not a Dossier vault, or its first bytes are damaged. If it is your vault, keep it aside and put your latest backup in its place.</translation>
    </message>
    <message>
        <location filename="../../app/vault/damage.py" line="83" />
        <source>the vault is damaged, so nothing more can be written into it. Restore your latest sound backup.</source>
        <translation>the vault is damaged, so nothing more can be written into it. Restore your latest sound backup.</translation>
    </message>
    <message>
        <location filename="../../app/vault/last_seen.py" line="65" />
        <source>This vault is older than the one last opened here on {day} at {time} UTC: its history then held {then} entries, and this copy does not continue it ({now} entries). If you did not put back an older copy yourself, someone may have. Restore your latest backup, and compare the history (dossier log).</source>
        <translation>This vault is older than the one last opened here on {day} at {time} UTC: its history then held {then} entries, and this copy does not continue it ({now} entries). If you did not put back an older copy yourself, someone may have. Restore your latest backup, and compare the history (dossier log).</translation>
    </message>
    <message>
        <location filename="../../app/vault/originals.py" line="121" />
        <source>An original no longer used by any item (original {original}) has changed since it was stored: its fingerprint (SHA-256) no longer matches.</source>
        <translation>An original no longer used by any item (original {original}) has changed since it was stored: its fingerprint (SHA-256) no longer matches.</translation>
    </message>
    <message>
        <location filename="../../app/vault/originals.py" line="125" />
        <source>The original of item(s) {items} has changed since it was stored: its fingerprint (SHA-256) no longer matches.</source>
        <translation>The original of item(s) {items} has changed since it was stored: its fingerprint (SHA-256) no longer matches.</translation>
    </message>
    <message>
        <location filename="../../app/vault/vault.py" line="60" />
        <source>This recovery key does not open the vault (it may have been replaced by a newer one). Nothing was changed.</source>
        <translation>This recovery key does not open the vault (it may have been replaced by a newer one). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/vault/vault.py" line="69" />
        <source>This file has no recovery key: it opens with its passphrase only (a backup, a kept copy, or a vault not yet opened by this version of Dossier).</source>
        <translation>This file has no recovery key: it opens with its passphrase only (a backup, a kept copy, or a vault not yet opened by this version of Dossier).</translation>
    </message>
    <message>
        <location filename="../../app/vault/vault.py" line="579" />
        <source>Part of the check could not finish ({step}): the vault is too damaged to read there ({error}).</source>
        <translation>Part of the check could not finish ({step}): the vault is too damaged to read there ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/vault/vault.py" line="592" />
        <source>The re-encrypted copy of the vault did not check clean, so it was not used: the vault is as it was. Run a check of the vault.</source>
        <translation>The re-encrypted copy of the vault did not check clean, so it was not used: the vault is as it was. Run a check of the vault.</translation>
    </message>
    <message>
        <location filename="../../app/vault/vault.py" line="630" />
        <source>Part of the vault file no longer decrypts as it was written: it was damaged on the disk or changed by another program ({detail}).</source>
        <translation>Part of the vault file no longer decrypts as it was written: it was damaged on the disk or changed by another program ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/vault/vault.py" line="636" />
        <source>The database inside the vault is damaged ({detail}).</source>
        <translation>The database inside the vault is damaged ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="28" />
        <source>A reminder, not legal advice: acts of investigation or prosecution can move these dates, and some offences follow other rules. Have an avocat confirm them.</source>
        <translation>A reminder, not legal advice: acts of investigation or prosecution can move these dates, and some offences follow other rules. Have an avocat confirm them.</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="42" />
        <source>Press law: three months after publication</source>
        <translation>Press law: three months after publication</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="44" />
        <source>Délit: six years</source>
        <translation>Délit: six years</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="46" />
        <source>Contravention: one year</source>
        <translation>Contravention: one year</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="88" />
        <source>No qualification chosen: choose one to see its limitation date.</source>
        <translation>No qualification chosen: choose one to see its limitation date.</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="91" />
        <source>No date: give the incident a date to see its limitation date.</source>
        <translation>No date: give the incident a date to see its limitation date.</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="111" />
        <source>Lapses on {date}, counted from the incident's date, {start} ({rule}, {article}).</source>
        <translation>Lapses on {date}, counted from the incident's date, {start} ({rule}, {article}).</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="114" />
        <source>Lapses on {date}, counted from the last act, item {item} of {start} ({rule}, {article}).</source>
        <translation>Lapses on {date}, counted from the last act, item {item} of {start} ({rule}, {article}).</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="117" />
        <source>Soon, within a month: lapses on {date}, counted from the incident's date, {start} ({rule}, {article}).</source>
        <translation>Soon, within a month: lapses on {date}, counted from the incident's date, {start} ({rule}, {article}).</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="120" />
        <source>Soon, within a month: lapses on {date}, counted from the last act, item {item} of {start} ({rule}, {article}).</source>
        <translation>Soon, within a month: lapses on {date}, counted from the last act, item {item} of {start} ({rule}, {article}).</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="123" />
        <source>Lapsed on {date}, counted from the incident's date, {start} ({rule}, {article}).</source>
        <translation>Lapsed on {date}, counted from the incident's date, {start} ({rule}, {article}).</translation>
    </message>
    <message>
        <location filename="../../app/case/deadlines.py" line="126" />
        <source>Lapsed on {date}, counted from the last act, item {item} of {start} ({rule}, {article}).</source>
        <translation>Lapsed on {date}, counted from the last act, item {item} of {start} ({rule}, {article}).</translation>
    </message>
    <message>
        <location filename="../../app/case/step_actions.py" line="23" />
        <source>This step was deleted meanwhile. Nothing was changed.</source>
        <translation>This step was deleted meanwhile. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/case/step_actions.py" line="30" />
        <source>Say to whom the step was addressed or what was done.</source>
        <translation>Say to whom the step was addressed or what was done.</translation>
    </message>
    <message>
        <location filename="../../app/case/step_actions.py" line="33" />
        <source>Give the step a date.</source>
        <translation>Give the step a date.</translation>
    </message>
    <message>
        <location filename="../../app/export/location_free.py" line="106" />
        <source>Exhibit {label} holds the place where it was taken, and no copy without it could be made ({reason}). Nothing was exported: leave this exhibit out of the platform's bundle.</source>
        <translation>Exhibit {label} holds the place where it was taken, and no copy without it could be made ({reason}). Nothing was exported: leave this exhibit out of the platform's bundle.</translation>
    </message>
    <message>
        <location filename="../../app/export/options.py" line="152" />
        <source>Use only letters without accents, digits, spaces and punctuation in the password: some tools that open encrypted ZIP files read other characters differently, and the recipient could not open the bundle.</source>
        <translation>Use only letters without accents, digits, spaces and punctuation in the password: some tools that open encrypted ZIP files read other characters differently, and the recipient could not open the bundle.</translation>
    </message>
    <message>
        <location filename="../../app/importing/export_folders.py" line="62" />
        <source>this export folder is larger than {size} MiB: import the ZIP file the platform gave instead</source>
        <translation>this export folder is larger than {size} MiB: import the ZIP file the platform gave instead</translation>
    </message>
    <message>
        <location filename="../../app/importing/threads.py" line="72" />
        <source>not a ZIP file: a platform's export is downloaded as a ZIP</source>
        <translation>not a ZIP file: a platform's export is downloaded as a ZIP</translation>
    </message>
    <message>
        <location filename="../../app/vault/backups.py" line="45" />
        <source>The backup folder {folder} is not there (is the USB stick plugged in?).</source>
        <translation>The backup folder {folder} is not there (is the USB stick plugged in?).</translation>
    </message>
    <message>
        <location filename="../../app/vault/backups.py" line="54" />
        <source>The new backup did not pass its check ({count} problem(s)), so it was deleted; the earlier backups were kept. Run a check of the vault.</source>
        <translation>The new backup did not pass its check ({count} problem(s)), so it was deleted; the earlier backups were kept. Run a check of the vault.</translation>
    </message>
    <message>
        <location filename="../../app/vault/backups.py" line="62" />
        <source>There is no Dossier backup from {day} in {folder}. Nothing was changed.</source>
        <translation>There is no Dossier backup from {day} in {folder}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/vault/backups.py" line="69" />
        <source>There is no Dossier backup in {folder}. Nothing was changed.</source>
        <translation>There is no Dossier backup in {folder}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/vault/keyring.py" line="60" />
        <source>The key file {path} is missing: the vault cannot be opened without it. Put it back beside the vault under this name (copy it from where the vault was copied from), or restore a backup.</source>
        <translation>The key file {path} is missing: the vault cannot be opened without it. Put it back beside the vault under this name (copy it from where the vault was copied from), or restore a backup.</translation>
    </message>
    <message>
        <location filename="../../app/vault/keyring.py" line="68" />
        <source>The key file {path} is damaged, was altered, or belongs to another copy of the vault, so the vault cannot be opened with it. Put back the key file that came with this vault, or restore a backup.</source>
        <translation>The key file {path} is damaged, was altered, or belongs to another copy of the vault, so the vault cannot be opened with it. Put back the key file that came with this vault, or restore a backup.</translation>
    </message>
    <message>
        <location filename="../../app/vault/recovery_key.py" line="30" />
        <source>This is not the recovery key as written: it has a typing mistake. A recovery key has 6 groups of 5 letters and digits; check each group against the sheet. Nothing was changed.</source>
        <translation>This is not the recovery key as written: it has a typing mistake. A recovery key has 6 groups of 5 letters and digits; check each group against the sheet. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/vault/recovery_shares.py" line="33" />
        <source>This is one share of a recovery key: type two different shares, one after the other. Nothing was changed.</source>
        <translation>This is one share of a recovery key: type two different shares, one after the other. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>qualification</name>
    <message>
        <location filename="../../app/case/qualifications.py" line="33" />
        <source>Moral harassment</source>
        <translation>Moral harassment</translation>
    </message>
    <message>
        <location filename="../../app/case/qualifications.py" line="37" />
        <source>Harassment by a current or former partner</source>
        <translation>Harassment by a current or former partner</translation>
    </message>
    <message>
        <location filename="../../app/case/qualifications.py" line="44" />
        <source>Identity theft</source>
        <translation>Identity theft</translation>
    </message>
    <message>
        <location filename="../../app/case/qualifications.py" line="47" />
        <source>Threats</source>
        <translation>Threats</translation>
    </message>
    <message>
        <location filename="../../app/case/qualifications.py" line="50" />
        <source>Exposing private information (doxxing)</source>
        <translation>Exposing private information (doxxing)</translation>
    </message>
    <message>
        <location filename="../../app/case/qualifications.py" line="57" />
        <source>Sharing intimate images</source>
        <translation>Sharing intimate images</translation>
    </message>
    <message>
        <location filename="../../app/case/qualifications.py" line="61" />
        <source>Invasion of privacy</source>
        <translation>Invasion of privacy</translation>
    </message>
    <message>
        <location filename="../../app/case/qualifications.py" line="64" />
        <source>Public insult</source>
        <translation>Public insult</translation>
    </message>
    <message>
        <location filename="../../app/case/qualifications.py" line="68" />
        <source>Public defamation</source>
        <translation>Public defamation</translation>
    </message>
    <message>
        <location filename="../../app/case/qualifications.py" line="72" />
        <source>Private insult</source>
        <translation>Private insult</translation>
    </message>
</context>
<context>
    <name>step</name>
    <message>
        <location filename="../../app/case/steps.py" line="24" />
        <source>Report to a platform</source>
        <translation>Report to a platform</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="25" />
        <source>Report to a provider</source>
        <translation>Report to a provider</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="26" />
        <source>Report to PHAROS</source>
        <translation>Report to PHAROS</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="27" />
        <source>Main courante</source>
        <translation>Main courante</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="28" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="29" />
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="30" />
        <source>Constat by a commissaire de justice</source>
        <translation>Constat by a commissaire de justice</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="31" />
        <source>Other step</source>
        <translation>Other step</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="38" />
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="39" />
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="40" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="41" />
        <source>Content removed</source>
        <translation>Content removed</translation>
    </message>
    <message>
        <location filename="../../app/case/steps.py" line="42" />
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
</context>
</TS>

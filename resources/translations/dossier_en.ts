<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessScreen</name>
    <message>
        <location filename="../../ui/access.py" line="108" />
        <source>Creating your encrypted vault…</source>
        <translation>Creating your encrypted vault…</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="112" />
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="139" />
        <source>Where to keep the vault</source>
        <translation>Where to keep the vault</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="140" />
        <location filename="../../ui/access.py" line="148" />
        <source>Dossier vaults (%1)</source>
        <translation>Dossier vaults (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="147" />
        <source>Open a vault</source>
        <translation>Open a vault</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="149" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="185" />
        <source>Everything stays on this computer, encrypted.</source>
        <translation>Everything stays on this computer, encrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/access.py" line="186" />
        <source>Working, please wait</source>
        <translation>Working, please wait</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/account_picker.py" line="90" />
        <source>Give the account's name or handle.</source>
        <translation>Give the account's name or handle.</translation>
    </message>
    <message>
        <location filename="../../ui/account_picker.py" line="107" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/account_picker.py" line="107" />
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../ui/account_picker.py" line="108" />
        <source>e.g. @shadow_of_the_lake</source>
        <translation>e.g. @shadow_of_the_lake</translation>
    </message>
    <message>
        <location filename="../../ui/account_picker.py" line="109" />
        <source>Not known yet</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <location filename="../../ui/account_picker.py" line="110" />
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location filename="../../ui/account_picker.py" line="110" />
        <source>&amp;Name or handle:</source>
        <translation>&amp;Name or handle:</translation>
    </message>
    <message>
        <location filename="../../ui/account_picker.py" line="110" />
        <source>&amp;Web address:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <location filename="../../ui/account_picker.py" line="111" />
        <source>&amp;Whose account:</source>
        <translation>&amp;Whose account:</translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../../ui/account_picker.py" line="147" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/account_picker.py" line="148" />
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/account_picker.py" line="149" />
        <source>Remove the selected accounts</source>
        <translation>Remove the selected accounts</translation>
    </message>
    <message>
        <location filename="../../ui/account_picker.py" line="159" />
        <source>New account…</source>
        <translation>New account…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="82" />
        <source>Where to write the backup</source>
        <translation>Where to write the backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="90" />
        <source>The backup is written in %1. It opens with the same passphrase as this vault.</source>
        <translation>The backup is written in %1. It opens with the same passphrase as this vault.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="119" />
        <source>Back up the vault</source>
        <translation>Back up the vault</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="121" />
        <source>A backup is a full copy of the vault, encrypted with the same passphrase. Keep it on a USB stick or a disk that nobody else can reach.</source>
        <translation>A backup is a full copy of the vault, encrypted with the same passphrase. Keep it on a USB stick or a disk that nobody else can reach.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="123" />
        <source>The backup will be written to this file:</source>
        <translation>The backup will be written to this file:</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="124" />
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="125" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="126" />
        <source>&amp;Back up</source>
        <translation>&amp;Back up</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/statistics_charts.py" line="50" />
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
</context>
<context>
    <name>CaseNameDialog</name>
    <message>
        <location filename="../../ui/cases_dialog.py" line="108" />
        <source>Give the case a name.</source>
        <translation>Give the case a name.</translation>
    </message>
    <message>
        <location filename="../../ui/cases_dialog.py" line="126" />
        <source>Another case already has this name.</source>
        <translation>Another case already has this name.</translation>
    </message>
    <message>
        <location filename="../../ui/cases_dialog.py" line="142" />
        <source>&amp;Name of the case:</source>
        <translation>&amp;Name of the case:</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../ui/case_page.py" line="198" />
        <source>Remove evidence</source>
        <translation>Remove evidence</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_page.py" line="199" />
        <source>Remove %n item(s) from the case? The original files are deleted from the vault. The history keeps a record that they were removed.</source>
        <translation>
            <numerusform>Remove %n item from the case? The original files are deleted from the vault. The history keeps a record that they were removed.</numerusform>
            <numerusform>Remove %n items from the case? The original files are deleted from the vault. The history keeps a record that they were removed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/case_page.py" line="222" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/case_page.py" line="223" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/case_page.py" line="224" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/case_page.py" line="225" />
        <source>People and accounts</source>
        <translation>People and accounts</translation>
    </message>
    <message>
        <location filename="../../ui/case_page.py" line="227" />
        <source>&amp;Link to an incident…</source>
        <translation>&amp;Link to an incident…</translation>
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
        <location filename="../../ui/cases_dialog.py" line="224" />
        <source>Switch to another case</source>
        <translation>Switch to another case</translation>
    </message>
    <message>
        <location filename="../../ui/cases_dialog.py" line="225" />
        <source>&amp;Cases in this vault:</source>
        <translation>&amp;Cases in this vault:</translation>
    </message>
    <message>
        <location filename="../../ui/cases_dialog.py" line="226" />
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="277" />
        <source>The items could not be listed: %1</source>
        <translation>The items could not be listed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="342" />
        <source>Nothing matches these filters.</source>
        <translation>Nothing matches these filters.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="344" />
        <source>This case has no items yet. Drop files or folders onto this window, or paste a screenshot, to add them.</source>
        <translation>This case has no items yet. Drop files or folders onto this window, or paste a screenshot, to add them.</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <location filename="../../ui/viewers/chat.py" line="40" />
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/chat.py" line="41" />
        <source>Unknown sender</source>
        <translation>Unknown sender</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/chat.py" line="46" />
        <source>A picture or file was sent here; the export did not include it.</source>
        <translation>A picture or file was sent here; the export did not include it.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/chat.py" line="49" />
        <source>The sender deleted this message.</source>
        <translation>The sender deleted this message.</translation>
    </message>
</context>
<context>
    <name>ChatViewer</name>
    <message>
        <location filename="../../ui/viewers/chat.py" line="168" />
        <source>Messages of the conversation</source>
        <translation>Messages of the conversation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/viewers/chat.py" line="173" />
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/viewers/chat.py" line="174" />
        <source>%1 between %2</source>
        <translation>%1 between %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/chat.py" line="176" />
        <source>The export was too long: only its beginning was read.</source>
        <translation>The export was too long: only its beginning was read.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/check_dialog.py" line="51" />
        <source>Part of the check could not finish: the vault is too damaged to read there.</source>
        <translation>Part of the check could not finish: the vault is too damaged to read there.</translation>
    </message>
    <message>
        <location filename="../../ui/check_dialog.py" line="54" />
        <source>Part of the vault file no longer decrypts as it was written: it was damaged on the disk or changed by another program.</source>
        <translation>Part of the vault file no longer decrypts as it was written: it was damaged on the disk or changed by another program.</translation>
    </message>
    <message>
        <location filename="../../ui/check_dialog.py" line="57" />
        <source>The database inside the vault is damaged.</source>
        <translation>The database inside the vault is damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/check_dialog.py" line="60" />
        <source>An original no longer used by any item has changed since it was stored.</source>
        <translation>An original no longer used by any item has changed since it was stored.</translation>
    </message>
    <message>
        <location filename="../../ui/check_dialog.py" line="62" />
        <source>The original of item(s) %1 has changed since it was stored: its fingerprint (SHA-256) no longer matches.</source>
        <translation>The original of item(s) %1 has changed since it was stored: its fingerprint (SHA-256) no longer matches.</translation>
    </message>
    <message>
        <location filename="../../ui/check_dialog.py" line="66" />
        <source>The history was cut or reordered at entry %1: an entry before it is missing or was moved.</source>
        <translation>The history was cut or reordered at entry %1: an entry before it is missing or was moved.</translation>
    </message>
    <message>
        <location filename="../../ui/check_dialog.py" line="69" />
        <source>History entry %1 was changed after it was written.</source>
        <translation>History entry %1 was changed after it was written.</translation>
    </message>
    <message>
        <location filename="../../ui/check_dialog.py" line="139" />
        <source>Checking… Every original is read again: a large vault takes a while.</source>
        <translation>Checking… Every original is read again: a large vault takes a while.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/check_dialog.py" line="155" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/check_dialog.py" line="156" />
        <source>%n original(s) re-hashed</source>
        <translation>
            <numerusform>%n original re-hashed</numerusform>
            <numerusform>%n originals re-hashed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/check_dialog.py" line="157" />
        <source>%n event(s) in the history</source>
        <translation>
            <numerusform>%n event in the history</numerusform>
            <numerusform>%n events in the history</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/check_dialog.py" line="159" />
        <source>The vault is sound: nothing has changed since it was written.</source>
        <translation>The vault is sound: nothing has changed since it was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/check_dialog.py" line="162" />
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/check_dialog.py" line="172" />
        <source>Delete nothing. Restore the vault from a backup, or keep it as it is and ask someone you trust for help: the lines above tell them what is wrong.</source>
        <translation>Delete nothing. Restore the vault from a backup, or keep it as it is and ask someone you trust for help: the lines above tell them what is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/check_dialog.py" line="176" />
        <source>This check could not be recorded in the history: %1</source>
        <translation>This check could not be recorded in the history: %1</translation>
    </message>
    <message>
        <location filename="../../ui/check_dialog.py" line="190" />
        <source>Check the vault</source>
        <translation>Check the vault</translation>
    </message>
    <message>
        <location filename="../../ui/check_dialog.py" line="192" />
        <source>Dossier reads every part of the vault again, re-computes the fingerprint (SHA-256) of every original, and verifies that the history is whole. Nothing is changed; the check is noted in the history.</source>
        <translation>Dossier reads every part of the vault again, re-computes the fingerprint (SHA-256) of every original, and verifies that the history is whole. Nothing is changed; the check is noted in the history.</translation>
    </message>
    <message>
        <location filename="../../ui/check_dialog.py" line="195" />
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <location filename="../../ui/check_dialog.py" line="196" />
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
</context>
<context>
    <name>CreateForm</name>
    <message>
        <location filename="../../ui/access_forms.py" line="153" />
        <source>This passphrase is too easy to guess. It protects your evidence: make it at least “Fair”.</source>
        <translation>This passphrase is too easy to guess. It protects your evidence: make it at least “Fair”.</translation>
    </message>
    <message>
        <location filename="../../ui/access_forms.py" line="156" />
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/access_forms.py" line="198" />
        <source>Create your vault</source>
        <translation>Create your vault</translation>
    </message>
    <message>
        <location filename="../../ui/access_forms.py" line="199" />
        <source>Choose a passphrase: a few words that only you know. It locks everything you keep here.</source>
        <translation>Choose a passphrase: a few words that only you know. It locks everything you keep here.</translation>
    </message>
    <message>
        <location filename="../../ui/access_forms.py" line="201" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/access_forms.py" line="202" />
        <source>&amp;Type it again:</source>
        <translation>&amp;Type it again:</translation>
    </message>
    <message>
        <location filename="../../ui/access_forms.py" line="204" />
        <source>If you forget this passphrase, nobody can open the vault again: not you, not Dossier, not a technician. Write it down and keep it where only you can reach it.</source>
        <translation>If you forget this passphrase, nobody can open the vault again: not you, not Dossier, not a technician. Write it down and keep it where only you can reach it.</translation>
    </message>
    <message>
        <location filename="../../ui/access_forms.py" line="206" />
        <source>The vault will be kept in this file:</source>
        <translation>The vault will be kept in this file:</translation>
    </message>
    <message>
        <location filename="../../ui/access_forms.py" line="207" />
        <source>Vault file</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <location filename="../../ui/access_forms.py" line="208" />
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <location filename="../../ui/access_forms.py" line="209" />
        <source>&amp;Create the vault</source>
        <translation>&amp;Create the vault</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../../ui/custody_view.py" line="25" />
        <source>Added to the vault</source>
        <translation>Added to the vault</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="26" />
        <source>Description changed</source>
        <translation>Description changed</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="27" />
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="28" />
        <source>Tied</source>
        <translation>Tied</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="29" />
        <source>Untied</source>
        <translation>Untied</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="30" />
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="38" />
        <source>From “%1”, %2</source>
        <translation>From “%1”, %2</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="41" />
        <source> (part of item %1)</source>
        <translation> (part of item %1)</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="45" />
        <source>%1: “%2” → “%3”</source>
        <translation>%1: “%2” → “%3”</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="52" />
        <source>This record of it stays in the log.</source>
        <translation>This record of it stays in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="58" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="59" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="60" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="61" />
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="62" />
        <source>Capture date</source>
        <translation>Capture date</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="75" />
        <source>incident no. %1</source>
        <translation>incident no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="76" />
        <source>account no. %1</source>
        <translation>account no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="77" />
        <source>tag no. %1</source>
        <translation>tag no. %1</translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <location filename="../../ui/custody_view.py" line="107" />
        <source>Log entry %1. Its fingerprint, %2, seals it and every entry before it.</source>
        <translation>Log entry %1. Its fingerprint, %2, seals it and every entry before it.</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="116" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="116" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/custody_view.py" line="116" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>CustodyView</name>
    <message>
        <location filename="../../ui/custody_view.py" line="139" />
        <source>History of the item</source>
        <translation>History of the item</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detail_pane.py" line="109" />
        <source>Choose an item in the list to see it here.</source>
        <translation>Choose an item in the list to see it here.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="110" />
        <source>Details of the item</source>
        <translation>Details of the item</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="111" />
        <source>V&amp;iewer</source>
        <translation>V&amp;iewer</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="111" />
        <source>Descri&amp;be</source>
        <translation>Descri&amp;be</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="112" />
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="113" />
        <source>Histor&amp;y</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="181" />
        <source>This item could not be shown: %1</source>
        <translation>This item could not be shown: %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="198" />
        <source>Item %1 is no longer in the vault.</source>
        <translation>Item %1 is no longer in the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="204" />
        <source>%1 · captured %2 (%3)</source>
        <translation>%1 · captured %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="220" />
        <source>Show the whole conversation</source>
        <translation>Show the whole conversation</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="221" />
        <source>Show the e-mail it came with</source>
        <translation>Show the e-mail it came with</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="222" />
        <source>Show what it is part of: %1</source>
        <translation>Show what it is part of: %1</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../ui/item_facts.py" line="93" />
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="94" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="95" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="96" />
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="97" />
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="98" />
        <source>How the date is known</source>
        <translation>How the date is known</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="99" />
        <source>Added to the vault</source>
        <translation>Added to the vault</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="100" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="101" />
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="120" />
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="121" />
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="122" />
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="123" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="129" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="130" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="131" />
        <source>Copy to</source>
        <translation>Copy to</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="132" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="133" />
        <source>Date written in the e-mail</source>
        <translation>Date written in the e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="134" />
        <source>E-mail identifier (Message-ID)</source>
        <translation>E-mail identifier (Message-ID)</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="135" />
        <source>Return address</source>
        <translation>Return address</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="136" />
        <source>Reply to</source>
        <translation>Reply to</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="137" />
        <source>Went through the server</source>
        <translation>Went through the server</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="138" />
        <source>Sent from the internet address</source>
        <translation>Sent from the internet address</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="139" />
        <source>Picture format</source>
        <translation>Picture format</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="140" />
        <source>Width (pixels)</source>
        <translation>Width (pixels)</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="141" />
        <source>Height (pixels)</source>
        <translation>Height (pixels)</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="142" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="143" />
        <source>Camera maker</source>
        <translation>Camera maker</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="144" />
        <source>Camera model</source>
        <translation>Camera model</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="145" />
        <source>Taken (according to the photo)</source>
        <translation>Taken (according to the photo)</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="146" />
        <source>Latitude where it was taken</source>
        <translation>Latitude where it was taken</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="147" />
        <source>Longitude where it was taken</source>
        <translation>Longitude where it was taken</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="148" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="149" />
        <source>Title written in the PDF</source>
        <translation>Title written in the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="150" />
        <source>Author written in the PDF</source>
        <translation>Author written in the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="151" />
        <source>Made with</source>
        <translation>Made with</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="152" />
        <source>Saved with</source>
        <translation>Saved with</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="153" />
        <source>Created (PDF properties)</source>
        <translation>Created (PDF properties)</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="154" />
        <source>Created (PDF XMP data)</source>
        <translation>Created (PDF XMP data)</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="155" />
        <source>The PDF's dates disagree</source>
        <translation>The PDF's dates disagree</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="156" />
        <source>Duration (seconds)</source>
        <translation>Duration (seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="157" />
        <source>Sound channels</source>
        <translation>Sound channels</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="158" />
        <source>Sample rate (Hz)</source>
        <translation>Sample rate (Hz)</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="159" />
        <source>Text encoding</source>
        <translation>Text encoding</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="160" />
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="161" />
        <source>Conversation with</source>
        <translation>Conversation with</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="162" />
        <source>Took part</source>
        <translation>Took part</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="163" />
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="164" />
        <source>First message</source>
        <translation>First message</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="165" />
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="166" />
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="167" />
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="168" />
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="169" />
        <source>Sent or received</source>
        <translation>Sent or received</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="170" />
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="171" />
        <source>Address of the page</source>
        <translation>Address of the page</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="172" />
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="173" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="174" />
        <source>Date in the file name</source>
        <translation>Date in the file name</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="175" />
        <source>File date</source>
        <translation>File date</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../../ui/drop_overlay.py" line="101" />
        <location filename="../../ui/drop_overlay.py" line="103" />
        <source>This cannot be added</source>
        <translation>This cannot be added</translation>
    </message>
    <message>
        <location filename="../../ui/drop_overlay.py" line="104" />
        <source>It can only be moved from where it is, and Dossier never takes the original away. Copy it instead (hold Ctrl while dragging).</source>
        <translation>It can only be moved from where it is, and Dossier never takes the original away. Copy it instead (hold Ctrl while dragging).</translation>
    </message>
    <message>
        <location filename="../../ui/drop_overlay.py" line="149" />
        <source>Drop to add {files} and {folders} to the case</source>
        <translation>Drop to add {files} and {folders} to the case</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/drop_overlay.py" line="150" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/drop_overlay.py" line="151" />
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n folder</numerusform>
            <numerusform>%n folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/drop_overlay.py" line="153" />
        <source>Drop to add %n folder(s) to the case</source>
        <translation>
            <numerusform>Drop to add %n folder to the case</numerusform>
            <numerusform>Drop to add %n folders to the case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/drop_overlay.py" line="154" />
        <source>Drop to add %n file(s) to the case</source>
        <translation>
            <numerusform>Drop to add %n file to the case</numerusform>
            <numerusform>Drop to add %n files to the case</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/drop_overlay.py" line="156" />
        <source>Drop to keep this image</source>
        <translation>Drop to keep this image</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/drop_overlay.py" line="157" />
        <source>Drop to keep %n link(s)</source>
        <translation>
            <numerusform>Drop to keep %n link</numerusform>
            <numerusform>Drop to keep %n links</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/drop_overlay.py" line="161" />
        <source>They will be encrypted and kept as evidence. The files on your computer stay as they are.</source>
        <translation>They will be encrypted and kept as evidence. The files on your computer stay as they are.</translation>
    </message>
    <message>
        <location filename="../../ui/drop_overlay.py" line="164" />
        <source>It will be encrypted and kept as evidence, dated now.</source>
        <translation>It will be encrypted and kept as evidence, dated now.</translation>
    </message>
    <message>
        <location filename="../../ui/drop_overlay.py" line="165" />
        <source>The web address is kept as evidence. Nothing is downloaded: take a screenshot of the page to keep what it shows.</source>
        <translation>The web address is kept as evidence. Nothing is downloaded: take a screenshot of the page to keep what it shows.</translation>
    </message>
</context>
<context>
    <name>EmailViewer</name>
    <message>
        <location filename="../../ui/viewers/email.py" line="95" />
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="95" />
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="96" />
        <source>Copy to:</source>
        <translation>Copy to:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="96" />
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="97" />
        <source>Sent:</source>
        <translation>Sent:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="100" />
        <source>The sender's e-mail provider can tell who was using this address at that moment. Quote it, with the date and time, in a complaint to that provider or to the police.</source>
        <translation>The sender's e-mail provider can tell who was using this address at that moment. Quote it, with the date and time, in a complaint to that provider or to the police.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="103" />
        <source>Servers the e-mail went through</source>
        <translation>Servers the e-mail went through</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="104" />
        <source>Message and attachments</source>
        <translation>Message and attachments</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="127" />
        <source>Sent from the internet address %1</source>
        <translation>Sent from the internet address %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/viewers/email.py" line="132" />
        <source>Servers it went through (%n)</source>
        <translation>
            <numerusform>Servers it went through (%n)</numerusform>
            <numerusform>Servers it went through (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="155" />
        <source>Attached (click to see it):</source>
        <translation>Attached (click to see it):</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/email.py" line="158" />
        <source>This e-mail has no text.</source>
        <translation>This e-mail has no text.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="105" />
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="106" />
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="107" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="108" />
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="109" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="110" />
        <source>Web page</source>
        <translation>Web page</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="111" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="112" />
        <source>Sound recording</source>
        <translation>Sound recording</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="113" />
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="114" />
        <source>Other file</source>
        <translation>Other file</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="134" />
        <source>Shows where it was taken</source>
        <translation>Shows where it was taken</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="135" />
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="136" />
        <source>Locked with a password</source>
        <translation>Locked with a password</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="137" />
        <source>Same file as another item</source>
        <translation>Same file as another item</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="138" />
        <source>Cannot be shown</source>
        <translation>Cannot be shown</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="139" />
        <source>Empty</source>
        <translation>Empty</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="146" />
        <source>Shows where it was taken: the file holds a GPS position. Think before sharing the file itself.</source>
        <translation>Shows where it was taken: the file holds a GPS position. Think before sharing the file itself.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="148" />
        <source>Damaged: the file is cut short or broken. It is kept exactly as it arrived.</source>
        <translation>Damaged: the file is cut short or broken. It is kept exactly as it arrived.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="150" />
        <source>Locked with a password: it is kept unchanged, but Dossier cannot show it.</source>
        <translation>Locked with a password: it is kept unchanged, but Dossier cannot show it.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="152" />
        <source>The same file as another item of the case.</source>
        <translation>The same file as another item of the case.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="153" />
        <source>Cannot be shown: Dossier could not read its content. It is kept exactly as it arrived.</source>
        <translation>Cannot be shown: Dossier could not read its content. It is kept exactly as it arrived.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="155" />
        <source>Empty: there is nothing in it.</source>
        <translation>Empty: there is nothing in it.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="187" />
        <source>from the file name</source>
        <translation>from the file name</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="188" />
        <source>from the photo (EXIF)</source>
        <translation>from the photo (EXIF)</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="189" />
        <source>from the e-mail header</source>
        <translation>from the e-mail header</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="190" />
        <source>from the chat</source>
        <translation>from the chat</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="191" />
        <source>from the SMS backup</source>
        <translation>from the SMS backup</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="192" />
        <location filename="../../ui/viewers/__init__.py" line="193" />
        <source>from the PDF</source>
        <translation>from the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="194" />
        <source>from the web page</source>
        <translation>from the web page</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="195" />
        <source>when you pasted it</source>
        <translation>when you pasted it</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="196" />
        <source>set by you</source>
        <translation>set by you</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="197" />
        <source>from the file's date, less reliable</source>
        <translation>from the file's date, less reliable</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="198" />
        <source>from the import time, least reliable</source>
        <translation>from the import time, least reliable</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="205" />
        <source>The date the file was last changed on a computer: copying a file can change it. Correct it if you know better.</source>
        <translation>The date the file was last changed on a computer: copying a file can change it. Correct it if you know better.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="209" />
        <source>Nothing in the file said when it was captured: this is when you added it. Correct it if you know better.</source>
        <translation>Nothing in the file said when it was captured: this is when you added it. Correct it if you know better.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/__init__.py" line="211" />
        <source>Capture date: %1.</source>
        <translation>Capture date: %1.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../ui/evidence_model.py" line="261" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="261" />
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="261" />
        <source>Date from</source>
        <translation>Date from</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="262" />
        <source>Title or file name</source>
        <translation>Title or file name</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="262" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="262" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="263" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_model.py" line="263" />
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <location filename="../../ui/case_view.py" line="64" />
        <location filename="../../ui/case_view.py" line="80" />
        <source>Items of the case</source>
        <translation>Items of the case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="94" />
        <source>Remove from the case…</source>
        <translation>Remove from the case…</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../ui/export_wizard.py" line="162" />
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="300" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/export_wizard.py" line="301" />
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
        <location filename="../../ui/failed_unlocks.py" line="64" />
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <location filename="../../ui/failed_unlocks.py" line="65" />
        <source>Hide this message; the times stay in the history</source>
        <translation>Hide this message; the times stay in the history</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/failed_unlocks.py" line="69" />
        <source>%n failed attempt(s) since your last visit.</source>
        <translation>
            <numerusform>%n failed attempt since your last visit.</numerusform>
            <numerusform>%n failed attempts since your last visit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/failed_unlocks.py" line="70" />
        <source>The last one was on %1. If it was not you, someone tried to open your vault: think about who can use this computer.</source>
        <translation>The last one was on %1. If it was not you, someone tried to open your vault: think about who can use this computer.</translation>
    </message>
</context>
<context>
    <name>FilerPage</name>
    <message>
        <location filename="../../ui/export_pages.py" line="195" />
        <source>Who is filing?</source>
        <translation>Who is filing?</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="196" />
        <source>Everything on this page is optional.</source>
        <translation>Everything on this page is optional.</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="197" />
        <source>What you write here is used only in this export. Dossier never saves it.</source>
        <translation>What you write here is used only in this export. Dossier never saves it.</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="199" />
        <source>&amp;Include my personal details in the bundle</source>
        <translation>&amp;Include my personal details in the bundle</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="200" />
        <source>An abuse desk rarely needs to know who you are.</source>
        <translation>An abuse desk rarely needs to know who you are.</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="201" />
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="201" />
        <source>&amp;Contact (telephone or e-mail):</source>
        <translation>&amp;Contact (telephone or e-mail):</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="202" />
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="202" />
        <source>&amp;Town where the letter is written:</source>
        <translation>&amp;Town where the letter is written:</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="203" />
        <source>&amp;Witnesses:</source>
        <translation>&amp;Witnesses:</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="203" />
        <source>&amp;Harm suffered:</source>
        <translation>&amp;Harm suffered:</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="206" />
        <source>For the complaint letter</source>
        <translation>For the complaint letter</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="208" />
        <source>Left empty, the letter says what to write there. Harm suffered can be fear, health, work or money.</source>
        <translation>Left empty, the letter says what to write there. Harm suffered can be fear, health, work or money.</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="210" />
        <source>Who saw or heard it, and how to reach them</source>
        <translation>Who saw or heard it, and how to reach them</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/filter_bar.py" line="125" />
        <source>Search the words in your items…</source>
        <translation>Search the words in your items…</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="126" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="127" />
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="130" />
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="131" />
        <source>Acc&amp;ounts</source>
        <translation>Acc&amp;ounts</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="132" />
        <source>&amp;Warnings</source>
        <translation>&amp;Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="134" />
        <source>F&amp;rom</source>
        <translation>F&amp;rom</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="135" />
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="140" />
        <source>Show &amp;messages and attachments</source>
        <translation>Show &amp;messages and attachments</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="141" />
        <source>Clear filter&amp;s</source>
        <translation>Clear filter&amp;s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/filter_bar.py" line="175" />
        <source>%n item(s) match</source>
        <translation>
            <numerusform>%n item match</numerusform>
            <numerusform>%n items match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/filter_bar.py" line="177" />
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
        <location filename="../../ui/export_progress.py" line="159" />
        <source>Copied.</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="182" />
        <source>The bundle is ready</source>
        <translation>The bundle is ready</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="183" />
        <source>It can be read without Dossier.</source>
        <translation>It can be read without Dossier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_progress.py" line="187" />
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n exhibit</numerusform>
            <numerusform>%n exhibits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_progress.py" line="188" />
        <source>%n page(s) of report</source>
        <translation>
            <numerusform>%n page of report</numerusform>
            <numerusform>%n pages of report</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="190" />
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="191" />
        <source>Bundle &amp;fingerprint (SHA-256 of SHA256SUMS):</source>
        <translation>Bundle &amp;fingerprint (SHA-256 of SHA256SUMS):</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="192" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="193" />
        <source>Copy the fingerprint</source>
        <translation>Copy the fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="195" />
        <source>Send this fingerprint separately from the bundle, for example by SMS to your avocat. With it they can check that no file changed on the way: the README in the bundle explains how.</source>
        <translation>Send this fingerprint separately from the bundle, for example by SMS to your avocat. With it they can check that no file changed on the way: the README in the bundle explains how.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/about.py" line="37" />
        <source>BSD-style</source>
        <translation>BSD-style</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="47" />
        <source>Apache-2.0 or BSD-3-Clause</source>
        <translation>Apache-2.0 or BSD-3-Clause</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="57" />
        <source>Apache-2.0 or BSD-2-Clause</source>
        <translation>Apache-2.0 or BSD-2-Clause</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="59" />
        <source>SIL OFL 1.1 (font), CC BY 4.0 (icons)</source>
        <translation>SIL OFL 1.1 (font), CC BY 4.0 (icons)</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="60" />
        <source>Bitstream Vera licence</source>
        <translation>Bitstream Vera licence</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="79" />
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="80" />
        <source>An encrypted case file for people harassed or stalked online.</source>
        <translation>An encrypted case file for people harassed or stalked online.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="81" />
        <source>Everything stays on this computer, in one encrypted file. Dossier never connects to the internet.</source>
        <translation>Everything stays on this computer, in one encrypted file. Dossier never connects to the internet.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="83" />
        <source>Free software, under the GNU General Public License, version 3 or later.</source>
        <translation>Free software, under the GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="92" />
        <source>Dossier is built on these free components, each under its own licence:</source>
        <translation>Dossier is built on these free components, each under its own licence:</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="102" />
        <source>The full licence texts are in %1</source>
        <translation>The full licence texts are in %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="110" />
        <source>Keep the originals. Do not delete the messages, e-mails or posts from your phone or your accounts, even once they are stored here.</source>
        <translation>Keep the originals. Do not delete the messages, e-mails or posts from your phone or your accounts, even once they are stored here.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="112" />
        <source>Do not forward the e-mails you received: forwarding loses the details that show where they came from. Save each one as a file (.eml) and import it.</source>
        <translation>Do not forward the e-mails you received: forwarding loses the details that show where they came from. Save each one as a file (.eml) and import it.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="115" />
        <source>Never post where you are, or photos that show it, while this goes on.</source>
        <translation>Never post where you are, or photos that show it, while this goes on.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="117" />
        <source>Lock Dossier (Ctrl+L) whenever you step away, and keep your passphrase to yourself.</source>
        <translation>Lock Dossier (Ctrl+L) whenever you step away, and keep your passphrase to yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="119" />
        <source>Quick exit (the button at the top right, or Esc pressed twice) hides every window at once, then locks and quits. It protects against a glance over your shoulder, not against monitoring software installed on this computer.</source>
        <translation>Quick exit (the button at the top right, or Esc pressed twice) hides every window at once, then locks and quits. It protects against a glance over your shoulder, not against monitoring software installed on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="123" />
        <source>Make a backup now and then, and keep it somewhere the other person cannot reach.</source>
        <translation>Make a backup now and then, and keep it somewhere the other person cannot reach.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="125" />
        <source>If you are in danger, call 17 (police in France) or 112.</source>
        <translation>If you are in danger, call 17 (police in France) or 112.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="141" />
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="146" />
        <source>Safety advice</source>
        <translation>Safety advice</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../ui/viewers/image.py" line="150" />
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="151" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="151" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="152" />
        <source>Fit to the window</source>
        <translation>Fit to the window</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="153" />
        <source>Real size</source>
        <translation>Real size</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="209" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="217" />
        <source>This picture is too large to show in full (%1 × %2 pixels).</source>
        <translation>This picture is too large to show in full (%1 × %2 pixels).</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="220" />
        <source>Dossier cannot show this picture: it may be damaged or in a format it does not read. It is kept exactly as it arrived.</source>
        <translation>Dossier cannot show this picture: it may be damaged or in a format it does not read. It is kept exactly as it arrived.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="222" />
        <source>Its small preview is shown instead.</source>
        <translation>Its small preview is shown instead.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/image.py" line="223" />
        <source>There is no preview of it either.</source>
        <translation>There is no preview of it either.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="174" />
        <source>Nothing was added</source>
        <translation>Nothing was added</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="175" />
        <source>%n stored</source>
        <translation>
            <numerusform>%n stored</numerusform>
            <numerusform>%n stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="177" />
        <source>%n already in the case</source>
        <translation>
            <numerusform>%n already in the case</numerusform>
            <numerusform>%n already in the case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="179" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="191" />
        <source>Adding evidence</source>
        <translation>Adding evidence</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="192" />
        <source>Files done</source>
        <translation>Files done</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="193" />
        <source>Result for each file</source>
        <translation>Result for each file</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194" />
        <source>Adding files to the case…</source>
        <translation>Adding files to the case…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="195" />
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="195" />
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="196" />
        <source>The import could not finish</source>
        <translation>The import could not finish</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="197" />
        <source>Stopping after this file…</source>
        <translation>Stopping after this file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="224" />
        <source>{done} of {total} files</source>
        <translation>{done} of {total} files</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="249" />
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
        <location filename="../../ui/import_flow.py" line="110" />
        <source>Only files, images and web links can be kept.</source>
        <translation>Only files, images and web links can be kept.</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="113" />
        <source>Text cannot be kept as it is. Save it as a file or take a screenshot, then add that.</source>
        <translation>Text cannot be kept as it is. Save it as a file or take a screenshot, then add that.</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="116" />
        <source>Dossier cannot keep this.</source>
        <translation>Dossier cannot keep this.</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="205" />
        <source>Dropped image</source>
        <translation>Dropped image</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="211" />
        <source>The clipboard is empty.</source>
        <translation>The clipboard is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="213" />
        <source>Pasted image</source>
        <translation>Pasted image</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="228" />
        <source>The image could not be read.</source>
        <translation>The image could not be read.</translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="97" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="97" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="103" />
        <source>Stored, with %n part(s) inside</source>
        <translation>
            <numerusform>Stored, with %n part inside</numerusform>
            <numerusform>Stored, with %n parts inside</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="104" />
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="106" />
        <source>Already in the case (item {item})</source>
        <translation>Already in the case (item {item})</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="107" />
        <source>Refused: {reason}</source>
        <translation>Refused: {reason}</translation>
    </message>
</context>
<context>
    <name>IncidentChooser</name>
    <message>
        <location filename="../../ui/incident_dialog.py" line="295" />
        <source>Link to incident</source>
        <translation>Link to incident</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="296" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="297" />
        <source>&amp;New incident…</source>
        <translation>&amp;New incident…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="299" />
        <source>Which incidents do these %n item(s) show?</source>
        <translation>
            <numerusform>Which incidents does this item show?</numerusform>
            <numerusform>Which incidents do these %n items show?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="302" />
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
        <location filename="../../ui/incident_dialog.py" line="206" />
        <source>Give the incident a title or say what happened.</source>
        <translation>Give the incident a title or say what happened.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="242" />
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="242" />
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="243" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="243" />
        <source>W&amp;hen:</source>
        <translation>W&amp;hen:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="243" />
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="244" />
        <source>&amp;Accounts involved:</source>
        <translation>&amp;Accounts involved:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="244" />
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="245" />
        <source>How &amp;serious:</source>
        <translation>How &amp;serious:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="248" />
        <source>e.g. Threats after I blocked him</source>
        <translation>e.g. Threats after I blocked him</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="249" />
        <source>&amp;until</source>
        <translation>&amp;until</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="250" />
        <source>New &amp;account…</source>
        <translation>New &amp;account…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="251" />
        <source>Accounts involved</source>
        <translation>Accounts involved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incident_dialog.py" line="256" />
        <source>%n item(s) of evidence show this incident.</source>
        <translation>
            <numerusform>%n item of evidence shows this incident.</numerusform>
            <numerusform>%n items of evidence show this incident.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../ui/incident_dialog.py" line="40" />
        <source>not rated</source>
        <translation>not rated</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="41" />
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="42" />
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="43" />
        <source>serious</source>
        <translation>serious</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="44" />
        <source>very serious</source>
        <translation>very serious</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="47" />
        <source>At an exact date and time</source>
        <translation>At an exact date and time</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="48" />
        <source>On a day</source>
        <translation>On a day</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="49" />
        <source>During a month (or a few)</source>
        <translation>During a month (or a few)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="50" />
        <source>Approximately, between two dates</source>
        <translation>Approximately, between two dates</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="65" />
        <source>date not known</source>
        <translation>date not known</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="72" />
        <source>on {day} at {time}</source>
        <translation>on {day} at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="75" />
        <source>on {day}</source>
        <translation>on {day}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="78" />
        <source>in {month}</source>
        <translation>in {month}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="80" />
        <source>around {month}</source>
        <translation>around {month}</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.py" line="83" />
        <source>between {start} and {end}</source>
        <translation>between {start} and {end}</translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <location filename="../../ui/incidents_model.py" line="167" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_model.py" line="167" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_model.py" line="167" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_model.py" line="168" />
        <source>How serious</source>
        <translation>How serious</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_model.py" line="168" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <location filename="../../ui/incidents_panel.py" line="128" />
        <source>Delete incident</source>
        <translation>Delete incident</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_panel.py" line="129" />
        <source>Delete the incident “{title}”? The evidence stays in the case; only its link to this incident goes.</source>
        <translation>Delete the incident “{title}”? The evidence stays in the case; only its link to this incident goes.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_panel.py" line="130" />
        <location filename="../../ui/incidents_panel.py" line="143" />
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_panel.py" line="237" />
        <source>&amp;New incident…</source>
        <translation>&amp;New incident…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_panel.py" line="238" />
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_panel.py" line="239" />
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_panel.py" line="240" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_panel.py" line="241" />
        <source>An incident is something that happened. Drag items from the evidence list onto an incident to show it.</source>
        <translation>An incident is something that happened. Drag items from the evidence list onto an incident to show it.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../ui/item_editor.py" line="270" />
        <source>This item is no longer in the case.</source>
        <translation>This item is no longer in the case.</translation>
    </message>
    <message>
        <location filename="../../ui/item_editor.py" line="324" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/item_editor.py" line="324" />
        <source>What it &amp;shows:</source>
        <translation>What it &amp;shows:</translation>
    </message>
    <message>
        <location filename="../../ui/item_editor.py" line="324" />
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location filename="../../ui/item_editor.py" line="325" />
        <source>&amp;Web address:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <location filename="../../ui/item_editor.py" line="325" />
        <source>Captured &amp;on:</source>
        <translation>Captured &amp;on:</translation>
    </message>
    <message>
        <location filename="../../ui/item_editor.py" line="325" />
        <source>Acco&amp;unts:</source>
        <translation>Acco&amp;unts:</translation>
    </message>
    <message>
        <location filename="../../ui/item_editor.py" line="326" />
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <location filename="../../ui/item_editor.py" line="329" />
        <source>A short name, e.g. Threat after the party</source>
        <translation>A short name, e.g. Threat after the party</translation>
    </message>
    <message>
        <location filename="../../ui/item_editor.py" line="330" />
        <source>What it shows, in your own words</source>
        <translation>What it shows, in your own words</translation>
    </message>
    <message>
        <location filename="../../ui/item_editor.py" line="335" />
        <source>Date {source}. If you change it, it is marked as set by you; the earlier date stays in the item's history.</source>
        <translation>Date {source}. If you change it, it is marked as set by you; the earlier date stays in the item's history.</translation>
    </message>
    <message>
        <location filename="../../ui/item_editor.py" line="337" />
        <source>The original file (never changes)</source>
        <translation>The original file (never changes)</translation>
    </message>
    <message>
        <location filename="../../ui/item_editor.py" line="338" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/item_editor.py" line="338" />
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../../ui/item_editor.py" line="339" />
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../../ui/item_editor.py" line="344" />
        <source>SHA-256 fingerprint of the original</source>
        <translation>SHA-256 fingerprint of the original</translation>
    </message>
    <message>
        <location filename="../../ui/item_editor.py" line="319" />
        <source>{size} ({bytes} bytes)</source>
        <translation>{size} ({bytes} bytes)</translation>
    </message>
    <message>
        <location filename="../../ui/item_editor.py" line="346" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/item_editor.py" line="347" />
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="208" />
        <source>My case</source>
        <translation>My case</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="318" />
        <source>&amp;About %1</source>
        <translation>&amp;About %1</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="323" />
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="328" />
        <source>Import a folder</source>
        <translation>Import a folder</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="369" />
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="376" />
        <source>Rename the case</source>
        <translation>Rename the case</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="401" />
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="402" />
        <source>Import a &amp;folder…</source>
        <translation>Import a &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="403" />
        <source>&amp;Export a bundle…</source>
        <translation>&amp;Export a bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="404" />
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Back up the vault…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="405" />
        <source>Change the &amp;passphrase…</source>
        <translation>Change the &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="406" />
        <source>&amp;Check the vault…</source>
        <translation>&amp;Check the vault…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="407" />
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="408" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="409" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="410" />
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="411" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="412" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="413" />
        <source>P&amp;references…</source>
        <translation>P&amp;references…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="414" />
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="415" />
        <source>&amp;Rename this case…</source>
        <translation>&amp;Rename this case…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="416" />
        <source>&amp;Switch to another case…</source>
        <translation>&amp;Switch to another case…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="417" />
        <source>&amp;Safety advice</source>
        <translation>&amp;Safety advice</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="419" />
        <source>&amp;Quick exit</source>
        <translation>&amp;Quick exit</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="432" />
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="434" />
        <source>Hide every window at once, lock and quit (or press Esc twice). This protects against a glance over your shoulder, not against monitoring software.</source>
        <translation>Hide every window at once, lock and quit (or press Esc twice). This protects against a glance over your shoulder, not against monitoring software.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="420" />
        <source>&amp;System language</source>
        <translation>&amp;System language</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="426" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="427" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="428" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="429" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="430" />
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="431" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../../ui/viewers/media.py" line="62" />
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="64" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="65" />
        <source>Channels:</source>
        <translation>Channels:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/media.py" line="66" />
        <source>Sample rate:</source>
        <translation>Sample rate:</translation>
    </message>
</context>
<context>
    <name>MessageViewer</name>
    <message>
        <location filename="../../ui/viewers/chat.py" line="207" />
        <source>Words of the message</source>
        <translation>Words of the message</translation>
    </message>
</context>
<context>
    <name>MetadataModel</name>
    <message>
        <location filename="../../ui/item_facts.py" line="85" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/item_facts.py" line="85" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../ui/export_options.py" line="98" />
        <source>Type the password a second time to confirm it.</source>
        <translation>Type the password a second time to confirm it.</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="100" />
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="102" />
        <source>Tick at least one part of the report.</source>
        <translation>Tick at least one part of the report.</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="161" />
        <source>Pages are numbered %1-000001, %1-000002…</source>
        <translation>Pages are numbered %1-000001, %1-000002…</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="165" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="166" />
        <source>How the bundle is written.</source>
        <translation>How the bundle is written.</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="167" />
        <source>Report &amp;language:</source>
        <translation>Report &amp;language:</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="167" />
        <source>Write the bundle as:</source>
        <translation>Write the bundle as:</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="168" />
        <source>Original files:</source>
        <translation>Original files:</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="168" />
        <source>Report pass&amp;word:</source>
        <translation>Report pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="169" />
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="172" />
        <source>a &amp;folder</source>
        <translation>a &amp;folder</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="173" />
        <source>a &amp;ZIP file</source>
        <translation>a &amp;ZIP file</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="174" />
        <source>Include the &amp;original files (recommended)</source>
        <translation>Include the &amp;original files (recommended)</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="175" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="177" />
        <source>Locks the report (AES-256), not the original files. Dossier does not keep it: give it to the recipient another way than the bundle.</source>
        <translation>Locks the report (AES-256), not the original files. Dossier does not keep it: give it to the recipient another way than the bundle.</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="179" />
        <source>Page number &amp;prefix:</source>
        <translation>Page number &amp;prefix:</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="181" />
        <source>Parts of the report</source>
        <translation>Parts of the report</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="189" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="190" />
        <source>Chronology of the incidents</source>
        <translation>Chronology of the incidents</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="191" />
        <source>What identifies the author</source>
        <translation>What identifies the author</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="192" />
        <source>Figures and timeline charts</source>
        <translation>Figures and timeline charts</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="193" />
        <source>List of exhibits</source>
        <translation>List of exhibits</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="194" />
        <source>Draft complaint letter</source>
        <translation>Draft complaint letter</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="195" />
        <source>History of the evidence (custody log)</source>
        <translation>History of the evidence (custody log)</translation>
    </message>
    <message>
        <location filename="../../ui/export_options.py" line="196" />
        <source>Every exhibit, one after another</source>
        <translation>Every exhibit, one after another</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="90" />
        <source>The current passphrase is not right.</source>
        <translation>The current passphrase is not right.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="97" />
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>The passphrase is changed. Use the new one from now on.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="98" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="116" />
        <source>Too easy to guess: make it at least “Fair”.</source>
        <translation>Too easy to guess: make it at least “Fair”.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="118" />
        <source>The two new passphrases are not the same.</source>
        <translation>The two new passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="120" />
        <source>The new passphrase is the same as the current one.</source>
        <translation>The new passphrase is the same as the current one.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="139" />
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="140" />
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="141" />
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="142" />
        <source>New passphrase &amp;again:</source>
        <translation>New passphrase &amp;again:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="143" />
        <source>C&amp;hange the passphrase</source>
        <translation>C&amp;hange the passphrase</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../ui/access_forms.py" line="56" />
        <source>Hide the passphrase</source>
        <translation>Hide the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/access_forms.py" line="57" />
        <source>Show the passphrase</source>
        <translation>Show the passphrase</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="47" />
        <source>Pages of the document</source>
        <translation>Pages of the document</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="48" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="48" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="49" />
        <source>Fit to the width</source>
        <translation>Fit to the width</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/viewers/pdf.py" line="53" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="60" />
        <source>This document is too large to show here. It is kept exactly as it arrived.</source>
        <translation>This document is too large to show here. It is kept exactly as it arrived.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="96" />
        <source>Dossier cannot show this document: it may be damaged. It is kept exactly as it arrived.</source>
        <translation>Dossier cannot show this document: it may be damaged. It is kept exactly as it arrived.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/pdf.py" line="107" />
        <source>This PDF is locked with a password, so Dossier cannot show its pages. It is kept exactly as it arrived; open it with its password after you export it.</source>
        <translation>This PDF is locked with a password, so Dossier cannot show its pages. It is kept exactly as it arrived; open it with its password after you export it.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../ui/people_model.py" line="38" />
        <source>Harasser</source>
        <translation>Harasser</translation>
    </message>
    <message>
        <location filename="../../ui/people_model.py" line="38" />
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../ui/people_model.py" line="39" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/people_model.py" line="163" />
        <source>Accounts not yet tied to a person</source>
        <translation>Accounts not yet tied to a person</translation>
    </message>
    <message>
        <location filename="../../ui/people_model.py" line="171" />
        <source>Person or account</source>
        <translation>Person or account</translation>
    </message>
    <message>
        <location filename="../../ui/people_model.py" line="171" />
        <source>Role or platform</source>
        <translation>Role or platform</translation>
    </message>
    <message>
        <location filename="../../ui/people_model.py" line="172" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../ui/people_panel.py" line="175" />
        <source>Delete {name}? Their accounts stay, under “Accounts not yet tied to a person”.</source>
        <translation>Delete {name}? Their accounts stay, under “Accounts not yet tied to a person”.</translation>
    </message>
    <message>
        <location filename="../../ui/people_panel.py" line="179" />
        <source>Delete the account {handle}? The items tied to it stay in the case.</source>
        <translation>Delete the account {handle}? The items tied to it stay in the case.</translation>
    </message>
    <message>
        <location filename="../../ui/people_panel.py" line="184" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/people_panel.py" line="238" />
        <source>The case already has an account with this platform and handle.</source>
        <translation>The case already has an account with this platform and handle.</translation>
    </message>
    <message>
        <location filename="../../ui/people_panel.py" line="282" />
        <source>New &amp;person…</source>
        <translation>New &amp;person…</translation>
    </message>
    <message>
        <location filename="../../ui/people_panel.py" line="283" />
        <source>New &amp;account…</source>
        <translation>New &amp;account…</translation>
    </message>
    <message>
        <location filename="../../ui/people_panel.py" line="284" />
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../ui/people_panel.py" line="285" />
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/people_panel.py" line="286" />
        <source>People and accounts</source>
        <translation>People and accounts</translation>
    </message>
    <message>
        <location filename="../../ui/people_panel.py" line="287" />
        <source>Tie each account to the person behind it, even a new or fake one. Drag items from the evidence list onto an account to tie them to it.</source>
        <translation>Tie each account to the person behind it, even a new or fake one. Drag items from the evidence list onto an account to tie them to it.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/people_panel.py" line="73" />
        <source>Give a name, even a nickname or “unknown 1”.</source>
        <translation>Give a name, even a nickname or “unknown 1”.</translation>
    </message>
    <message>
        <location filename="../../ui/people_panel.py" line="85" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/people_panel.py" line="85" />
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/people_panel.py" line="86" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/people_panel.py" line="86" />
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/people_panel.py" line="87" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <location filename="../../ui/pickers.py" line="219" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>PictureExport</name>
    <message>
        <location filename="../../ui/picture_export.py" line="34" />
        <source>PNG picture (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../ui/pickers.py" line="47" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pickers.py" line="47" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/pickers.py" line="91" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="116" />
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="117" />
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="120" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="121" />
        <source>The new language applies at once.</source>
        <translation>The new language applies at once.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preferences_dialog.py" line="124" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="125" />
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="126" />
        <source>Lock when &amp;idle for:</source>
        <translation>Lock when &amp;idle for:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="128" />
        <source>It also locks when the screen locks and before the computer goes to sleep.</source>
        <translation>It also locks when the screen locks and before the computer goes to sleep.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="129" />
        <source>&amp;Disguise the app as:</source>
        <translation>&amp;Disguise the app as:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="130" />
        <source>Name of the disguise</source>
        <translation>Name of the disguise</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="132" />
        <source>The window title, the app's name and its icon become neutral. If the app was installed with an entry in your system's menu, the entry changes too; the menu may take a moment to show it. A disguise only helps against a quick look.</source>
        <translation>The window title, the app's name and its icon become neutral. If the app was installed with an entry in your system's menu, the entry changes too; the menu may take a moment to show it. A disguise only helps against a quick look.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/export_progress.py" line="94" />
        <source>Stopping the export…</source>
        <translation>Stopping the export…</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="96" />
        <source>The export stopped.</source>
        <translation>The export stopped.</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="98" />
        <source>The bundle is written.</source>
        <translation>The bundle is written.</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="108" />
        <source>Copying the original files…</source>
        <translation>Copying the original files…</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="109" />
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="110" />
        <source>Writing the complaint letter…</source>
        <translation>Writing the complaint letter…</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="111" />
        <source>Writing the lists of files and their fingerprints…</source>
        <translation>Writing the lists of files and their fingerprints…</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="112" />
        <source>Finishing…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="113" />
        <source>Preparing the export…</source>
        <translation>Preparing the export…</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="116" />
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="117" />
        <source>The bundle is written under a temporary name, and takes its final name only when it is complete.</source>
        <translation>The bundle is written under a temporary name, and takes its final name only when it is complete.</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="119" />
        <source>Press Cancel to stop: nothing will be left behind.</source>
        <translation>Press Cancel to stop: nothing will be left behind.</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <location filename="../../ui/export_pages.py" line="93" />
        <source>Who will receive the bundle?</source>
        <translation>Who will receive the bundle?</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="94" />
        <source>The bundle is a folder or a ZIP file that can be read without Dossier. Choose who it is for.</source>
        <translation>The bundle is a folder or a ZIP file that can be read without Dossier. Choose who it is for.</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="97" />
        <source>A &amp;lawyer (avocat)</source>
        <translation>A &amp;lawyer (avocat)</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="98" />
        <source>The report opens with the list of exhibits a lawyer files in court (the "bordereau de communication de pièces"), then the chronology, the charts and every exhibit in that order, with the original files and their fingerprints.</source>
        <translation>The report opens with the list of exhibits a lawyer files in court (the "bordereau de communication de pièces"), then the chronology, the charts and every exhibit in that order, with the original files and their fingerprints.</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="102" />
        <source>The &amp;police or the gendarmerie</source>
        <translation>The &amp;police or the gendarmerie</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="103" />
        <source>An account of the facts in date order, what identifies the author (accounts, addresses, telephone numbers, IP addresses), the list of exhibits and a draft complaint letter to the procureur that you can edit.</source>
        <translation>An account of the facts in date order, what identifies the author (accounts, addresses, telephone numbers, IP addresses), the list of exhibits and a draft complaint letter to the procureur that you can edit.</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="106" />
        <source>A platform's or a provider's abuse &amp;desk</source>
        <translation>A platform's or a provider's abuse &amp;desk</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="107" />
        <source>The accounts, links, message identifiers and e-mail origins the abuse desk needs to act, with the exhibits. Your own details only if you choose to include them. Note that PHAROS only handles content that is public.</source>
        <translation>The accounts, links, message identifiers and e-mail origins the abuse desk needs to act, with the exhibits. Your own details only if you choose to include them. Note that PHAROS only handles content that is public.</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="110" />
        <source>C&amp;ustom</source>
        <translation>C&amp;ustom</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="111" />
        <source>You choose every part of the report yourself.</source>
        <translation>You choose every part of the report yourself.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="108" />
        <source>Choose the backup</source>
        <translation>Choose the backup</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="109" />
        <source>Dossier vaults (%1)</source>
        <translation>Dossier vaults (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="110" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_dialog.py" line="121" />
        <source>The backup is in place: %n item(s), every original checked.</source>
        <translation>
            <numerusform>The backup is in place: %n item, every original checked.</numerusform>
            <numerusform>The backup is in place: %n items, every original checked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="123" />
        <source>The vault as it was is kept in %1. The vault is now locked: unlock it with the backup's passphrase.</source>
        <translation>The vault as it was is kept in %1. The vault is now locked: unlock it with the backup's passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="160" />
        <location filename="../../ui/restore_dialog.py" line="178" />
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="162" />
        <source>Choose a backup of this vault. Dossier first checks that it opens and that nothing in it has changed; only then does it take the vault's place. The vault as it is now is kept beside it, in “%1”, so nothing is lost.</source>
        <translation>Choose a backup of this vault. Dossier first checks that it opens and that nothing in it has changed; only then does it take the vault's place. The vault as it is now is kept beside it, in “%1”, so nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="166" />
        <source>&amp;Backup file:</source>
        <translation>&amp;Backup file:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="167" />
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="168" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="169" />
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Passphrase of the backup:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="170" />
        <source>the passphrase you had when it was made</source>
        <translation>the passphrase you had when it was made</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="171" />
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/export_review.py" line="84" />
        <source>Choose where to write the bundle.</source>
        <translation>Choose where to write the bundle.</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="86" />
        <source>%1 already exists. Dossier never replaces a file or a folder: choose another name.</source>
        <translation>%1 already exists. Dossier never replaces a file or a folder: choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="89" />
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="112" />
        <source>Where to write the bundle</source>
        <translation>Where to write the bundle</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="113" />
        <source>ZIP files (*.zip)</source>
        <translation>ZIP files (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="143" />
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="144" />
        <source>a lawyer (avocat)</source>
        <translation>a lawyer (avocat)</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="145" />
        <source>the police or the gendarmerie</source>
        <translation>the police or the gendarmerie</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="146" />
        <source>a platform's or a provider's abuse desk</source>
        <translation>a platform's or a provider's abuse desk</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="147" />
        <source>custom</source>
        <translation>custom</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="148" />
        <source>a ZIP file</source>
        <translation>a ZIP file</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="148" />
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_review.py" line="152" />
        <source>%n incident(s) in the chronology</source>
        <translation>
            <numerusform>%n incident in the chronology</numerusform>
            <numerusform>%n incidents in the chronology</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="154" />
        <source>not included</source>
        <translation>not included</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="159" />
        <source>the report opens only with the password</source>
        <translation>the report opens only with the password</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="160" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_review.py" line="165" />
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n exhibit</numerusform>
            <numerusform>%n exhibits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_review.py" line="167" />
        <source>, with %n attachment(s)</source>
        <translation>
            <numerusform>, with %n attachment</numerusform>
            <numerusform>, with %n attachments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="171" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="172" />
        <source>Check what will be exported, then press Export.</source>
        <translation>Check what will be exported, then press Export.</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="173" />
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="173" />
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="173" />
        <source>Incidents:</source>
        <translation>Incidents:</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="174" />
        <source>Original files:</source>
        <translation>Original files:</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="174" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="174" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="175" />
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="178" />
        <source>The bundle will be &amp;written to:</source>
        <translation>The bundle will be &amp;written to:</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="179" />
        <source>Where the bundle is written</source>
        <translation>Where the bundle is written</translation>
    </message>
    <message>
        <location filename="../../ui/export_review.py" line="180" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../ui/export_scope.py" line="82" />
        <source>The first day comes after the last day.</source>
        <translation>The first day comes after the last day.</translation>
    </message>
    <message>
        <location filename="../../ui/export_scope.py" line="84" />
        <source>Tick at least one tag.</source>
        <translation>Tick at least one tag.</translation>
    </message>
    <message>
        <location filename="../../ui/export_scope.py" line="86" />
        <source>Tick at least one incident.</source>
        <translation>Tick at least one incident.</translation>
    </message>
    <message>
        <location filename="../../ui/export_scope.py" line="188" />
        <source>Counting the exhibits…</source>
        <translation>Counting the exhibits…</translation>
    </message>
    <message>
        <location filename="../../ui/export_scope.py" line="190" />
        <source>No evidence in this choice. Choose another.</source>
        <translation>No evidence in this choice. Choose another.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_scope.py" line="192" />
        <source>%n exhibit(s) will be exported.</source>
        <translation>
            <numerusform>%n exhibit will be exported.</numerusform>
            <numerusform>%n exhibits will be exported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_scope.py" line="196" />
        <source>Which evidence?</source>
        <translation>Which evidence?</translation>
    </message>
    <message>
        <location filename="../../ui/export_scope.py" line="197" />
        <source>An e-mail goes with its attachments, and a chat export with all its messages.</source>
        <translation>An e-mail goes with its attachments, and a chat export with all its messages.</translation>
    </message>
    <message>
        <location filename="../../ui/export_scope.py" line="199" />
        <source>The &amp;whole case</source>
        <translation>The &amp;whole case</translation>
    </message>
    <message>
        <location filename="../../ui/export_scope.py" line="199" />
        <source>Evidence captured &amp;between two days</source>
        <translation>Evidence captured &amp;between two days</translation>
    </message>
    <message>
        <location filename="../../ui/export_scope.py" line="200" />
        <source>Evidence with these &amp;tags:</source>
        <translation>Evidence with these &amp;tags:</translation>
    </message>
    <message>
        <location filename="../../ui/export_scope.py" line="201" />
        <source>Evidence that shows these &amp;incidents:</source>
        <translation>Evidence that shows these &amp;incidents:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_scope.py" line="202" />
        <source>The %n item(s) selected in the &amp;table</source>
        <translation>
            <numerusform>The %n item selected in the &amp;table</numerusform>
            <numerusform>The %n items selected in the &amp;table</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_scope.py" line="203" />
        <source>The items selected in the &amp;table (none)</source>
        <translation>The items selected in the &amp;table (none)</translation>
    </message>
    <message>
        <location filename="../../ui/export_scope.py" line="206" />
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/export_scope.py" line="207" />
        <source>t&amp;o (included)</source>
        <translation>t&amp;o (included)</translation>
    </message>
    <message>
        <location filename="../../ui/export_scope.py" line="208" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/export_scope.py" line="209" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <location filename="../../ui/statistics_panel.py" line="112" />
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_panel.py" line="113" />
        <source>Acts per week</source>
        <translation>Acts per week</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_panel.py" line="114" />
        <source>Acts per month</source>
        <translation>Acts per month</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_panel.py" line="115" />
        <source>Per platform</source>
        <translation>Per platform</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_panel.py" line="116" />
        <source>Per account</source>
        <translation>Per account</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_panel.py" line="117" />
        <source>Busiest days</source>
        <translation>Busiest days</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_panel.py" line="133" />
        <source>No act to count: nothing on the timeline is dated evidence of an act.</source>
        <translation>No act to count: nothing on the timeline is dated evidence of an act.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_panel.py" line="142" />
        <source>week of %1</source>
        <translation>week of %1</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_panel.py" line="145" />
        <source>Platform not given</source>
        <translation>Platform not given</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_panel.py" line="146" />
        <location filename="../../ui/statistics_panel.py" line="148" />
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_panel.py" line="147" />
        <source>No account</source>
        <translation>No account</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/statistics_panel.py" line="150" />
        <source>%1: %Ln act(s)</source>
        <translation>
            <numerusform>%1: %Ln act</numerusform>
            <numerusform>%1: %Ln acts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/statistics_panel.py" line="155" />
        <source>%Ln act(s), the first on %1, the last on %2.</source>
        <translation>
            <numerusform>%Ln act, the first on %1, the last on %2.</numerusform>
            <numerusform>%Ln acts, the first on %1, the last on %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/statistics_panel.py" line="171" />
        <source>Never two days in a row.</source>
        <translation>Never two days in a row.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/statistics_panel.py" line="172" />
        <source>Longest run: %Ln day(s) in a row, from %1 to %2.</source>
        <translation>
            <numerusform>Longest run: %Ln day in a row, from %1 to %2.</numerusform>
            <numerusform>Longest run: %Ln days in a row, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/statistics_panel.py" line="184" />
        <source>The acts are becoming more frequent: %1 a week over the last %3 weeks, against %2 a week before.</source>
        <translation>The acts are becoming more frequent: %1 a week over the last %3 weeks, against %2 a week before.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_panel.py" line="187" />
        <source>The acts are becoming less frequent: %1 a week over the last %3 weeks, against %2 a week before.</source>
        <translation>The acts are becoming less frequent: %1 a week over the last %3 weeks, against %2 a week before.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_panel.py" line="190" />
        <source>The acts keep a steady pace: %1 a week over the last %3 weeks, and %2 a week before.</source>
        <translation>The acts keep a steady pace: %1 a week over the last %3 weeks, and %2 a week before.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_panel.py" line="194" />
        <source>Too few acts, or too short a time, to tell whether they are becoming more frequent.</source>
        <translation>Too few acts, or too short a time, to tell whether they are becoming more frequent.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/strength.py" line="21" />
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="22" />
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="23" />
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="24" />
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="25" />
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="28" />
        <source>Use a few words that are not a phrase, a name or a date you are known for.</source>
        <translation>Use a few words that are not a phrase, a name or a date you are known for.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="32" />
        <source>Use a few words, avoid common phrases.</source>
        <translation>Use a few words, avoid common phrases.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="33" />
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>No need for symbols, digits, or uppercase letters.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="34" />
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Add another word or two. Uncommon words are better.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="35" />
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Straight rows of keys are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="36" />
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Short keyboard patterns are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="37" />
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Use a longer keyboard pattern with more turns.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="38" />
        <source>Repeats like "aaa" are easy to guess.</source>
        <translation>Repeats like "aaa" are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="39" />
        <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
        <translation>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="41" />
        <source>Avoid repeated words and characters.</source>
        <translation>Avoid repeated words and characters.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="42" />
        <source>Sequences like "abc" or "6543" are easy to guess.</source>
        <translation>Sequences like "abc" or "6543" are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="43" />
        <source>Avoid sequences.</source>
        <translation>Avoid sequences.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="44" />
        <source>Recent years are easy to guess.</source>
        <translation>Recent years are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="45" />
        <source>Avoid recent years.</source>
        <translation>Avoid recent years.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="46" />
        <source>Avoid years that are associated with you.</source>
        <translation>Avoid years that are associated with you.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="47" />
        <source>Dates are often easy to guess.</source>
        <translation>Dates are often easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="48" />
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Avoid dates and years that are associated with you.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="49" />
        <source>This is a top-10 common password.</source>
        <translation>This is a top-10 common password.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="50" />
        <source>This is a top-100 common password.</source>
        <translation>This is a top-100 common password.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="51" />
        <source>This is a very common password.</source>
        <translation>This is a very common password.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="52" />
        <source>This is similar to a commonly used password.</source>
        <translation>This is similar to a commonly used password.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="53" />
        <source>A word by itself is easy to guess.</source>
        <translation>A word by itself is easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="54" />
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Names and surnames by themselves are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="55" />
        <source>Common names and surnames are easy to guess.</source>
        <translation>Common names and surnames are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="56" />
        <source>Capitalization doesn't help very much.</source>
        <translation>Capitalization doesn't help very much.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="57" />
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>All-uppercase is almost as easy to guess as all-lowercase.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="58" />
        <source>Reversed words aren't much harder to guess.</source>
        <translation>Reversed words aren't much harder to guess.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="59" />
        <source>Predictable substitutions like '@' instead of 'a' don't help very much.</source>
        <translation>Predictable substitutions like '@' instead of 'a' don't help very much.</translation>
    </message>
    <message>
        <location filename="../../ui/strength.py" line="147" />
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/export_pages.py" line="281" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="282" />
        <source>This text opens the report. It is suggested from your incidents; change it as you wish.</source>
        <translation>This text opens the report. It is suggested from your incidents; change it as you wish.</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="286" />
        <source>For the police this is the account of the facts ("exposé des faits"): what happened, in date order, with the places and the people involved.</source>
        <translation>For the police this is the account of the facts ("exposé des faits"): what happened, in date order, with the places and the people involved.</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="290" />
        <source>Say in a few sentences what happened, since when, and what you ask for.</source>
        <translation>Say in a few sentences what happened, since when, and what you ask for.</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="291" />
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location filename="../../ui/export_pages.py" line="292" />
        <source>&amp;Use the suggested text again</source>
        <translation>&amp;Use the suggested text again</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <location filename="../../ui/pickers.py" line="259" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/pickers.py" line="260" />
        <source>New tag, e.g. threat</source>
        <translation>New tag, e.g. threat</translation>
    </message>
    <message>
        <location filename="../../ui/pickers.py" line="261" />
        <source>Tag to add</source>
        <translation>Tag to add</translation>
    </message>
    <message>
        <location filename="../../ui/pickers.py" line="262" />
        <source>Add tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../ui/pickers.py" line="263" />
        <source>Remove the selected tags</source>
        <translation>Remove the selected tags</translation>
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
    <name>Timeline</name>
    <message>
        <location filename="../../ui/timeline_painter.py" line="333" />
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_painter.py" line="339" />
        <source>Acts per minute</source>
        <translation>Acts per minute</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_painter.py" line="340" />
        <source>Acts per 5 minutes</source>
        <translation>Acts per 5 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_painter.py" line="341" />
        <source>Acts per 15 minutes</source>
        <translation>Acts per 15 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_painter.py" line="342" />
        <source>Acts per hour</source>
        <translation>Acts per hour</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_painter.py" line="343" />
        <source>Acts per 6 hours</source>
        <translation>Acts per 6 hours</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_painter.py" line="344" />
        <source>Acts per day</source>
        <translation>Acts per day</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_painter.py" line="345" />
        <source>Acts per week</source>
        <translation>Acts per week</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_painter.py" line="346" />
        <source>Acts per month</source>
        <translation>Acts per month</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_painter.py" line="347" />
        <source>Acts per year</source>
        <translation>Acts per year</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_painter.py" line="348" />
        <source>%1 (at most %2)</source>
        <translation>%1 (at most %2)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_preview.py" line="37" />
        <source>Date not sure: it comes from the file or from when it was added.</source>
        <translation>Date not sure: it comes from the file or from when it was added.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_preview.py" line="41" />
        <source>Double-click to open it.</source>
        <translation>Double-click to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_preview.py" line="47" />
        <location filename="../../ui/timeline_preview.py" line="59" />
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_preview.py" line="50" />
        <source>Incident: %1</source>
        <translation>Incident: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_preview.py" line="58" />
        <source>Items: %1</source>
        <translation>Items: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_preview.py" line="61" />
        <source>Click to look closer.</source>
        <translation>Click to look closer.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../ui/timeline_page.py" line="177" />
        <source>Reading the timeline…</source>
        <translation>Reading the timeline…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="198" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="214" />
        <source>The timeline could not be read: %1</source>
        <translation>The timeline could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="220" />
        <source>Nothing matches these filters.</source>
        <translation>Nothing matches these filters.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="221" />
        <source>Nothing dated in this case yet: add evidence or incidents to see them in time.</source>
        <translation>Nothing dated in this case yet: add evidence or incidents to see them in time.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="240" />
        <source>Save the timeline as a picture</source>
        <translation>Save the timeline as a picture</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="241" />
        <source>timeline</source>
        <translation>timeline</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="244" />
        <source>Save the statistics as a picture</source>
        <translation>Save the statistics as a picture</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="245" />
        <source>statistics</source>
        <translation>statistics</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="249" />
        <source>The picture could not be saved there. Choose another folder.</source>
        <translation>The picture could not be saved there. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="272" />
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
</context>
<context>
    <name>TimelineToolbar</name>
    <message>
        <location filename="../../ui/timeline_toolbar.py" line="100" />
        <source>&amp;Lanes:</source>
        <translation>&amp;Lanes:</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_toolbar.py" line="101" />
        <source>By platform</source>
        <translation>By platform</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_toolbar.py" line="101" />
        <source>By person or account</source>
        <translation>By person or account</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_toolbar.py" line="102" />
        <source>By kind</source>
        <translation>By kind</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_toolbar.py" line="104" />
        <source>Zoom in (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_toolbar.py" line="105" />
        <source>Zoom out (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_toolbar.py" line="108" />
        <source>Show &amp;all</source>
        <translation>Show &amp;all</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_toolbar.py" line="109" />
        <source>Show everything, from the first to the last (0)</source>
        <translation>Show everything, from the first to the last (0)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_toolbar.py" line="110" />
        <source>Go to &amp;date:</source>
        <translation>Go to &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_toolbar.py" line="113" />
        <source>Save as &amp;picture</source>
        <translation>Save as &amp;picture</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_toolbar.py" line="114" />
        <source>The &amp;timeline…</source>
        <translation>The &amp;timeline…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_toolbar.py" line="115" />
        <source>The &amp;statistics…</source>
        <translation>The &amp;statistics…</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/timeline_view.py" line="202" />
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_view.py" line="204" />
        <source>Platform not given</source>
        <translation>Platform not given</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_view.py" line="205" />
        <source>No account</source>
        <translation>No account</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_view.py" line="206" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_view.py" line="208" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_view.py" line="226" />
        <source>Nothing to show on the timeline.</source>
        <translation>Nothing to show on the timeline.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_view.py" line="337" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_view.py" line="339" />
        <source>Plus and minus zoom, the arrow keys move in time, Ctrl with an arrow goes from item to item, 0 shows everything.</source>
        <translation>Plus and minus zoom, the arrow keys move in time, Ctrl with an arrow goes from item to item, 0 shows everything.</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../ui/access_forms.py" line="291" />
        <source>Unlock your vault</source>
        <translation>Unlock your vault</translation>
    </message>
    <message>
        <location filename="../../ui/access_forms.py" line="292" />
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../ui/access_forms.py" line="293" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/access_forms.py" line="294" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/access_forms.py" line="295" />
        <source>&amp;Open another vault file…</source>
        <translation>&amp;Open another vault file…</translation>
    </message>
</context>
<context>
    <name>WebViewer</name>
    <message>
        <location filename="../../ui/viewers/web.py" line="55" />
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="55" />
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="56" />
        <source>Posted:</source>
        <translation>Posted:</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="58" />
        <source>Dossier never opens this address, so the site cannot know you looked at it.</source>
        <translation>Dossier never opens this address, so the site cannot know you looked at it.</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="60" />
        <source>Words of the page</source>
        <translation>Words of the page</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="64" />
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="66" />
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../ui/viewers/web.py" line="71" />
        <source>There is no text to show.</source>
        <translation>There is no text to show.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../app/errors.py" line="38" />
        <source>Wrong passphrase: the vault could not be unlocked.</source>
        <translation>Wrong passphrase: the vault could not be unlocked.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="44" />
        <source>{path} is not a Dossier vault.</source>
        <translation>{path} is not a Dossier vault.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="50" />
        <source>No vault at {path}. Create one with: dossier init</source>
        <translation>No vault at {path}. Create one with: dossier init</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="56" />
        <source>A file already exists at {path}; it was left untouched.</source>
        <translation>A file already exists at {path}; it was left untouched.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="62" />
        <source>The vault is damaged. Restore it from a backup, or run: dossier check</source>
        <translation>The vault is damaged. Restore it from a backup, or run: dossier check</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="68" />
        <source>The vault is in use by another Dossier window or command. Close it and try again.</source>
        <translation>The vault is in use by another Dossier window or command. Close it and try again.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="75" />
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation>The disk is full. Nothing was lost; free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="81" />
        <source>The vault is read-only here; it cannot be changed.</source>
        <translation>The vault is read-only here; it cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="87" />
        <source>Cannot write to {path}: that place is read-only or not yours.</source>
        <translation>Cannot write to {path}: that place is read-only or not yours.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="94" />
        <source>This vault was made by a newer Dossier; update Dossier.</source>
        <translation>This vault was made by a newer Dossier; update Dossier.</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="138" />
        <source>nothing to keep: the data is empty</source>
        <translation>nothing to keep: the data is empty</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="160" />
        <location filename="../../app/importing.py" line="299" />
        <source>could not be read: {error}</source>
        <translation>could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="164" />
        <source>Dossier could not store it (internal error: {error}); nothing was changed</source>
        <translation>Dossier could not store it (internal error: {error}); nothing was changed</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="179" />
        <source>already in the case as item {item}</source>
        <translation>already in the case as item {item}</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="297" />
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="302" />
        <source>a folder that could not be walked (a link to a folder)</source>
        <translation>a folder that could not be walked (a link to a folder)</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="305" />
        <source>not a regular file (a device, pipe or socket)</source>
        <translation>not a regular file (a device, pipe or socket)</translation>
    </message>
    <message>
        <location filename="../../app/importing.py" line="307" />
        <source>the file is empty (0 bytes): there is nothing to keep</source>
        <translation>the file is empty (0 bytes): there is nothing to keep</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="68" />
        <source>Internal error in Dossier ({error}).</source>
        <translation>Internal error in Dossier ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/export/bundle.py" line="59" />
        <source>{name} already exists; choose another name so nothing is replaced.</source>
        <translation>{name} already exists; choose another name so nothing is replaced.</translation>
    </message>
    <message>
        <location filename="../../app/export/bundle.py" line="102" />
        <source>{name} appeared while the bundle was being written; nothing was replaced.</source>
        <translation>{name} appeared while the bundle was being written; nothing was replaced.</translation>
    </message>
    <message>
        <location filename="../../app/export/bundle.py" line="166" />
        <source>The disk is full: the bundle could not be written. Nothing was left under {name}; free some space or choose another disk.</source>
        <translation>The disk is full: the bundle could not be written. Nothing was left under {name}; free some space or choose another disk.</translation>
    </message>
    <message>
        <location filename="../../app/export/bundle.py" line="171" />
        <source>Dossier may not write in the folder chosen for {name}; choose another folder.</source>
        <translation>Dossier may not write in the folder chosen for {name}; choose another folder.</translation>
    </message>
    <message>
        <location filename="../../app/export/bundle.py" line="174" />
        <source>The bundle could not be written ({reason}).</source>
        <translation>The bundle could not be written ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/export/errors.py" line="13" />
        <source>The export was cancelled; nothing was written.</source>
        <translation>The export was cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../app/export/exporting.py" line="75" />
        <source>No evidence matches what was chosen: there is nothing to export.</source>
        <translation>No evidence matches what was chosen: there is nothing to export.</translation>
    </message>
    <message>
        <location filename="../../app/export/exporting.py" line="152" />
        <source>Exhibit {label} no longer matches the hash recorded when it was imported; nothing was exported. Run “Check the vault”.</source>
        <translation>Exhibit {label} no longer matches the hash recorded when it was imported; nothing was exported. Run “Check the vault”.</translation>
    </message>
    <message>
        <location filename="../../app/restore.py" line="26" />
        <source>This file is the vault itself, not a backup of it.</source>
        <translation>This file is the vault itself, not a backup of it.</translation>
    </message>
    <message>
        <location filename="../../app/restore.py" line="32" />
        <source>There is no file at {path}. Nothing was changed.</source>
        <translation>There is no file at {path}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/restore.py" line="38" />
        <source>This passphrase does not open the backup. Nothing was changed.</source>
        <translation>This passphrase does not open the backup. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/restore.py" line="46" />
        <source>The backup is damaged ({count} problem(s)); it was not restored. Nothing was changed.</source>
        <translation>The backup is damaged ({count} problem(s)); it was not restored. Nothing was changed.</translation>
    </message>
</context>
</TS>

"""Describing one piece of evidence: its words, its date, its accounts and its tags.

Only the description changes; the original file, its SHA-256 and size are shown but
never editable. Save writes every change in one transaction, and each change is a
custody entry (``app.case.describing``). A date set by hand is marked "set by you"; the
earlier one stays in the item's history. Edits are never dropped: showing another item
saves them first. The lists of accounts and tags to choose from follow every change the
vault service broadcasts, wherever it was made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import qtawesome as qta
from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, QTimeZone, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.case import describing, evidence, links, people, tags
from app.case.changes import Changes, Done
from app.case.describing import ItemChanges
from app.case.evidence import EvidenceItem
from app.case.people import AccountRef
from app.common import printable, roles
from app.vault.vault import Vault
from ui.common.form_dialogs import form_row
from ui.common.i18n import core_text
from ui.common.operations import VaultService
from ui.common.pickers import Choice, PlatformCombo, TagPicker
from ui.common.words import size_text, source_text
from ui.people.account_picker import AccountChoice, AccountPicker

EDITED_FIELDS = ("title", "description", "platform", "url", "role")


@dataclass(frozen=True)
class ItemForm:
    """One item with its ties and the case's tags, accounts and people to choose from."""

    item: EvidenceItem
    tags: list[str]
    known_tags: list[str]
    accounts: list[AccountChoice]
    known_accounts: list[AccountChoice]
    people: list[Choice]


def load_form(vault: Vault, item_id: int) -> ItemForm | None:
    db = vault.db
    item = evidence.get(db, item_id)
    if item is None:
        return None
    case_tags = tags.all_tags(db, item.case_id)
    tied_tags = set(links.linked(db, item_id, "tag"))
    accounts = [AccountChoice.of(a) for a in people.all_accounts(db, item.case_id)]
    tied = set(links.linked(db, item_id, "account"))
    return ItemForm(item, [t.name for t in case_tags if t.id in tied_tags],
                    [t.name for t in case_tags], [a for a in accounts if a.id in tied],
                    accounts, [Choice(p.id, p.name) for p in people.all_people(db, item.case_id)])


def save_and_reload(vault: Vault, changes: ItemChanges) -> Done[ItemForm | None]:
    """The core's one-transaction save, then the item as it now is."""
    done = describing.save_changes(vault, changes)
    return Done(load_form(vault, changes.item_id), done.changes)


def date_time_format(locale: QLocale) -> str:
    """The locale's short date with a four-digit year, time to the second, and zone."""
    day = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in day:
        day = day.replace("yy", "yyyy")
    time = locale.timeFormat(QLocale.FormatType.LongFormat).replace("tttt", "t")
    return f"{day} {time if 't' in time else time + ' t'}"


def to_qt(iso: str) -> QDateTime:
    """A stored time, shown in the zone the evidence stated (or the system's own)."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    local = moment.toTimeZone(QTimeZone.systemTimeZone())
    if local.offsetFromUtc() == moment.offsetFromUtc():
        return local
    return moment.toTimeZone(QTimeZone.fromSecondsAheadOfUtc(moment.offsetFromUtc()))


def to_python(moment: QDateTime) -> datetime:
    zone = timezone(timedelta(seconds=moment.offsetFromUtc()))
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), tz=zone)


class ItemEditor(QWidget):
    """The description of the item shown; ``changed`` gives its id after a save."""

    changed = Signal(int)

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        service.changed.connect(self._on_changes)
        self._form: ItemForm | None = None
        self._item_id: int | None = None
        self._loading = False
        self._build()
        self._retranslate()
        self.show_item(None)

    def _build(self) -> None:
        self.title = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(self.fontMetrics().height() * 4)
        self.description.setMaximumHeight(self.fontMetrics().height() * 10)
        self.platform = PlatformCombo(self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://")
        # What the item is in the case: only an act is counted (app/common/roles.py).
        self.role = QComboBox(self)
        for role in roles.ROLES:
            self.role.addItem("", role)
        self.captured = QDateTimeEdit(self)
        self.captured.setCalendarPopup(True)
        self.date_note = QLabel(self, wordWrap=True)
        self.accounts = AccountPicker(self)
        self.tags = TagPicker(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow pane: labels above
        self._labels = [form_row(form, w) for w in (
            self.title, self.description, self.platform, self.url, self.role)]
        self.parties_note = QLabel(self, wordWrap=True)
        form.addRow("", self.parties_note)
        self._labels.append(form_row(form, self.captured))
        form.addRow("", self.date_note)
        self._labels += [form_row(form, self.accounts), form_row(form, self.tags)]
        self.original = QGroupBox(self)
        # A field, like the fingerprint: a long name scrolls in it instead of widening the form.
        self.original_name = QLineEdit(self.original, readOnly=True)
        self.sha256 = QLineEdit(self.original, readOnly=True)
        self.sha256.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.size_label = QLabel(self.original)
        fixed = QFormLayout(self.original)
        self._fixed_labels = [form_row(fixed, w) for w in (self.original_name, self.sha256,
                                                           self.size_label)]
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.addLayout(form)
        inner.addWidget(self.original)
        inner.addStretch(1)
        scroll = QScrollArea(self, widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)  # type: ignore[call-arg]  # Qt properties
        scroll.setWidget(body)
        self.error = QLabel(self, wordWrap=True)
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.revert_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Reset)
        self.save_button.setIcon(qta.icon("fa6s.floppy-disk"))
        self.revert_button.setIcon(qta.icon("fa6s.rotate-left"))
        self.save_button.clicked.connect(self.save)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.revert_button.clicked.connect(self._revert)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for signal in (self.title.textChanged, self.description.textChanged,
                       self.platform.currentTextChanged, self.url.textChanged,
                       self.role.currentIndexChanged,
                       self.captured.dateTimeChanged, self.accounts.changed, self.tags.changed):
            signal.connect(self._refresh_buttons)

    @property
    def item_id(self) -> int | None:
        return self._item_id

    def has_unsaved_changes(self) -> bool:
        changes = self.changes()
        return bool(changes)

    def show_item(self, item_id: int | None) -> None:
        """Show ``item_id`` (None: nothing); edits of the item shown before are saved."""
        if item_id != self._item_id and self.has_unsaved_changes():
            self.save()  # on the worker, before the next item is read
        self._item_id, self._form = item_id, None
        self.error.hide()
        self.setEnabled(False)
        self._fill()
        if item_id is not None:
            self._service.run(lambda vault, task: load_form(vault, item_id),
                              lambda form: self._loaded(item_id, form), self._failed)

    def save(self) -> None:
        changes = self.changes()
        if changes is None or not self.has_unsaved_changes():
            return
        self.save_button.setEnabled(False)
        self.error.hide()
        item_id = changes.item_id

        def saved(form: ItemForm | None) -> None:
            self._loaded(item_id, form)
            if form is not None:
                self.changed.emit(item_id)
        self._service.run(lambda vault, task: save_and_reload(vault, changes),
                          lambda done: saved(done.value if isinstance(done, Done) else None),
                          self._failed)

    def _on_changes(self, changes: Changes) -> None:
        """Accounts, people or tags changed elsewhere: offer them here too."""
        item_id = self._item_id
        if item_id is not None and changes.touches("accounts", "people", "tags", "items"):
            self._service.run(lambda vault, task: load_form(vault, item_id),
                              lambda form: self._refreshed(item_id, form), self._failed)

    def _refreshed(self, item_id: int, form: object) -> None:
        if item_id != self._item_id or not isinstance(form, ItemForm):
            return
        if not self.has_unsaved_changes():
            self._loaded(item_id, form)
            return
        # The person is typing: keep her edits, only widen what she can choose from.
        self.tags.set_known(form.known_tags)
        self.accounts.set_known(form.known_accounts, form.people)

    def changes(self) -> ItemChanges | None:
        """What differs from the item as loaded."""
        form = self._form
        if form is None:
            return None
        item, now = form.item, self._values()
        fields = {name: now[name] for name in EDITED_FIELDS if now[name] != getattr(item, name)}
        moment = self.captured.dateTime()
        redated = moment.toSecsSinceEpoch() != to_qt(item.captured_at).toSecsSinceEpoch()
        names = self.tags.names()
        accounts: list[AccountRef] = [*self.accounts.accounts()]
        return ItemChanges(
            int(item.id), fields, to_python(moment) if redated else None,
            names if sorted(names) != sorted(form.tags) else None,
            accounts if {(a.platform, a.handle) for a in accounts}
            != {(a.platform, a.handle) for a in form.accounts}
            else None)

    def _values(self) -> dict[str, str]:
        return {"title": self.title.text().strip(),
                "description": self.description.toPlainText().rstrip(),
                "platform": self.platform.platform(), "url": self.url.text().strip(),
                "role": str(self.role.currentData())}

    def _loaded(self, item_id: int, form: ItemForm | None) -> None:
        if item_id != self._item_id:
            return  # the user moved on to another item meanwhile
        if form is None:
            self._failed(self.tr("This item is no longer in the case."))
            return
        self._form = form
        self.setEnabled(True)
        self._fill()

    def _fill(self) -> None:
        form, self._loading = self._form, True
        item = form.item if form else None
        self.title.setText(item.title if item else "")
        self.description.setPlainText(item.description if item else "")
        self.platform.set_platform(item.platform if item else "")
        self.url.setText(item.url if item else "")
        self.role.setCurrentIndex(self.role.findData(item.role if item else roles.ACT))
        if item:
            moment = to_qt(item.captured_at)
            self.captured.setTimeZone(moment.timeZone())
            self.captured.setDateTime(moment)
        self.tags.set_known(form.known_tags if form else [])
        self.tags.set_names(form.tags if form else [])
        self.accounts.set_known(form.known_accounts if form else [], form.people if form else [])
        self.accounts.set_accounts(form.accounts if form else [])
        self._loading = False
        self._retranslate()

    def _revert(self) -> None:
        self.error.hide()
        self._fill()

    def _failed(self, message: str) -> None:
        self.error.setText(core_text(message))
        self.error.show()
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        if self._loading:
            return
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _size_words(self, size: int) -> str:
        if size < 1024:  # "34 bytes" says it all
            return size_text(size)
        return self.tr("{size} ({bytes} bytes)").format(size=size_text(size),
                                                        bytes=QLocale().toString(size))

    def _parties_words(self, item: EvidenceItem | None) -> str:
        """Which way the message went and who the evidence says sent it."""
        if item is None or item.direction == roles.NONE:
            return ""
        if item.direction == roles.SENT:
            return self.tr("A message you sent.")
        if item.author:
            # The sender's name comes from the evidence: shown on one line, controls escaped.
            return self.tr("A message received from {author}.").format(
                author=printable.one_line(item.author))
        return self.tr("A message you received.")

    def _retranslate(self) -> None:
        # Mnemonics avoid the menu bar's letters (File, Edit, View, Case, Help).
        texts = (self.tr("&Title:"), self.tr("What it &shows:"), self.tr("&Platform:"),
                 self.tr("&Web address:"), self.tr("Ro&le:"), self.tr("Captured &on:"),
                 self.tr("Acco&unts:"), self.tr("Ta&gs:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        for index, text in enumerate((
                self.tr("Harassment (counted as an act)"), self.tr("My own reply"),
                self.tr("Context (a notice, a document, a note)"),
                self.tr("A step I took (a report, a complaint)"))):
            self.role.setItemText(index, text)
        self.role.setToolTip(self.tr(
            "Only harassment dated by the evidence itself is counted in the statistics and "
            "the report. Your replies stay on the timeline: they show you asked for it to stop."))
        self.title.setPlaceholderText(self.tr("A short name, e.g. Threat after the party"))
        self.description.setPlaceholderText(self.tr("What it shows, in your own words"))
        self.captured.setDisplayFormat(date_time_format(QLocale()))
        item = self._form.item if self._form else None
        source = source_text(item.captured_at_source) if item else ""
        self.parties_note.setText(self._parties_words(item))
        self.parties_note.setVisible(bool(self.parties_note.text()))
        self.date_note.setText(self.tr(
            "Date {source}. If you change it, it is marked as set by you; the earlier date "
            "stays in the item's history.").format(source=source))
        self.original.setTitle(self.tr("The original file (never changes)"))
        for label, text in zip(self._fixed_labels, (self.tr("Name:"), self.tr("SHA-256:"),
                                                    self.tr("Size:")), strict=True):
            label.setText(text)
        self.original_name.setText(item.original_name if item else "")
        self.sha256.setText(item.sha256 if item else "")
        self.sha256.setCursorPosition(0)
        self.sha256.setAccessibleName(self.tr("SHA-256 fingerprint of the original"))
        self.size_label.setText(self._size_words(item.size) if item else "")
        self.save_button.setText(self.tr("Save"))  # Ctrl+S
        self.revert_button.setText(self.tr("&Revert"))
        self._refresh_buttons()

"""What the detail pane says about one item, apart from how it draws it.

``gather`` is the operation that reads an item for the pane on the vault worker: its
details, its history, the item it came with, and (when not too large) its original,
thumbnail, messages or parts, as an ``ItemContent``. ``describe`` turns an item's facts
and metadata into (what, value) lines in the user's words, and ``MetadataModel`` shows
those lines in the "Details" tab.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.case import evidence, listing, transcripts
from app.common import file_names
from app.importing.formats import base
from app.vault import custody, originals
from app.vault.vault import Vault
from ui.case.item_dates import date_lines
from ui.common.operations import Operation, Task
from ui.common.words import (
    clock_text,
    day_text,
    kind_text,
    moment_text,
    naming_text,
    size_text,
    source_text,
    translate,
)
from ui.viewers.base import ItemContent

# Originals read into memory to be shown; larger ones are described, not shown.
# Recordings and videos are played from memory (never from a temporary file), so a very
# long video is only described, and can be saved as a copy to play elsewhere.
ORIGINAL_LIMITS = {"image": 100 * 1024 * 1024, "pdf": 200 * 1024 * 1024,
                   "audio": 200 * 1024 * 1024, "video": 500 * 1024 * 1024}

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_ISO_TIME = re.compile(
    r"^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:?\d\d|Z)?)?$")


def gather(item_id: int, with_content: bool = True) -> Operation[ItemContent | None]:
    """The operation reading what the pane shows about one item (None if it is gone)."""
    def operation(vault: Vault, _task: Task[None]) -> ItemContent | None:
        db = vault.db
        found = evidence.details(db, item_id)
        if found is None:
            return None
        item = found.item
        content = ItemContent(found, custody.entries(db, item_id))
        if item.parent_id is not None:
            content.parent = evidence.get(db, item.parent_id)
        if not with_content:
            return content
        if item.size <= ORIGINAL_LIMITS.get(item.kind, -1):
            blob = evidence.blob_id(db, item_id)
            content.original = b"".join(originals.chunks(db, blob)) if blob else None
        if found.has_thumbnail:
            content.thumbnail = evidence.thumbnail(db, item_id)
        if item.kind == "image":
            content.screen_text = transcripts.reading(db, item_id)
        if item.kind == "chat":
            content.messages = listing.messages(db, item_id)
        elif found.children:
            content.parts = listing.parts(db, item_id)
        return content
    return operation


class MetadataModel(QAbstractTableModel):
    """What is known about an item, as (what, value) lines in plain words."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[tuple[str, str]] = []

    def set_lines(self, lines: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._lines[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 2):
            return (self.tr("What"), self.tr("Value"))[section]
        return None


def describe(content: ItemContent) -> list[tuple[str, str]]:
    """The item's facts first, then everything its reader found."""
    item = content.item
    facts = [
        (translate("Details", "File name"), item.original_name),
        (translate("Details", "Kind"), kind_text(item.kind)),
        (translate("Details", "Size"), size_text(item.size)),
        (translate("Details", "Fingerprint (SHA-256)"), item.sha256),
        (translate("Details", "Captured"), moment_text(item.captured_at)),
        (translate("Details", "How the date is known"), _how_known(content)),
        *date_lines(content),
        (translate("Details", "Added to the vault"), moment_text(item.imported_at)),
        (translate("Details", "Platform"), item.platform),
        (translate("Details", "Web address"), item.url),
    ]
    labels, words = _metadata_labels(), _metadata_words()
    facts += [(labels.get(key) or _fallback_label(key), _value_text(value, words))
              for key, value in content.details.metadata]
    return [(what, value) for what, value in facts if value]


def _how_known(content: ItemContent) -> str:
    """How the date is known; for a file name, which system wrote it: "from the file
    name (macOS screenshot)"."""
    item = content.item
    said = source_text(item.captured_at_source)
    if item.captured_at_source != base.FILENAME:
        return said
    row = file_names.recorded(dict(content.details.metadata).get("capture.filename", ""))
    named = naming_text(row.family) if row else ""
    return f"{said} ({named})" if named else said


def _value_text(value: str, words: dict[str, str]) -> str:
    """A metadata value as the user reads it: times in their format, known words in their
    language, anything else as the file gave it."""
    if _ISO_TIME.match(value.strip()):
        return _time_text(value.strip())
    if value in words:
        return words[value]
    # A note that names times ("Info CreationDate 2026-11-04T10:15:00+01:00, …"): each
    # time and each technical name in the person's words.
    for technical, plain in _note_words().items():
        value = value.replace(technical, plain)
    return _EMBEDDED_TIME.sub(lambda found: _time_text(found.group(0)), value)


_EMBEDDED_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)?")


def _note_words() -> dict[str, str]:
    return {
        "Info CreationDate": translate("Details", "PDF properties:"),
        "XMP CreateDate": translate("Details", "PDF XMP data:"),
        "readable_date says": translate("Details", "the date shown on the phone is"),
        "date says": translate("Details", "the recorded date is"),
        "(date-only)": translate("Details", "(day only)"),
        "(generic)": translate("Details", "(usual pattern)"),
    }


def _time_text(value: str) -> str:
    """A time a file stated, in the one format the app uses: with the offset it was
    stated in, or, when it gave none, as a plain local day (and time)."""
    moment = datetime.fromisoformat(value)  # Python 3.11 reads "Z" and "+0100" too
    if moment.utcoffset() is not None:
        return moment_text(moment.isoformat())
    if len(value) == len("2026-11-08"):
        return day_text(moment)
    return f"{day_text(moment)} {clock_text(moment)}"


def _fallback_label(key: str) -> str:
    # A detail a newer reader records that has no words here yet: its last part, in words,
    # rather than the raw key.
    words = key.rsplit(".", 1)[-1].replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def _metadata_words() -> dict[str, str]:
    # The few values readers give as words rather than as the file's own text.
    return {
        "received": translate("Details", "received"),
        "sent": translate("Details", "sent"),
        "draft": translate("Details", "draft"),
        "yes": translate("Details", "yes"),
    }


def _metadata_labels() -> dict[str, str]:
    return {
        "email.from": translate("Details", "From"),
        "email.to": translate("Details", "To"),
        "email.cc": translate("Details", "Copy to"),
        "email.subject": translate("Details", "Subject"),
        "email.date": translate("Details", "Date written in the e-mail"),
        "email.message_id": translate("Details", "E-mail identifier (Message-ID)"),
        "email.return_path": translate("Details", "Return address"),
        "email.reply_to": translate("Details", "Reply to"),
        "email.received": translate("Details", "Went through the server"),
        "email.originating_ip": translate("Details", "Sent from the internet address"),
        "image.format": translate("Details", "Picture format"),
        "image.width": translate("Details", "Width (pixels)"),
        "image.height": translate("Details", "Height (pixels)"),
        "image.camera": translate("Details", "Camera"),
        "exif.make": translate("Details", "Camera maker"),
        "exif.model": translate("Details", "Camera model"),
        "exif.datetime_original": translate("Details", "Taken (according to the photo)"),
        "exif.offset_time_original": translate("Details", "Time zone stated by the camera"),
        "gps.latitude": translate("Details", "Latitude where it was taken"),
        "gps.longitude": translate("Details", "Longitude where it was taken"),
        "pdf.pages": translate("Details", "Pages"),
        "pdf.title": translate("Details", "Title written in the PDF"),
        "pdf.author": translate("Details", "Author written in the PDF"),
        "pdf.creator": translate("Details", "Made with"),
        "pdf.producer": translate("Details", "Saved with"),
        "pdf.info.creation_date": translate("Details", "Created (PDF properties)"),
        "pdf.xmp.create_date": translate("Details", "Created (PDF XMP data)"),
        "pdf.dates_differ": translate("Details", "The PDF's dates disagree"),
        "audio.duration_seconds": translate("Details", "Duration (seconds)"),
        "audio.channels": translate("Details", "Sound channels"),
        "audio.sample_rate": translate("Details", "Sample rate (Hz)"),
        "text.encoding": translate("Details", "Text encoding"),
        "text.lines": translate("Details", "Lines"),
        "chat.name": translate("Details", "Conversation with"),
        "chat.participant": translate("Details", "Took part"),
        "chat.message_count": translate("Details", "Messages"),
        "chat.first_message": translate("Details", "First message"),
        "chat.last_message": translate("Details", "Last message"),
        "message.author": translate("Details", "Written by"),
        "message.address": translate("Details", "Phone number"),
        "message.contact_name": translate("Details", "Contact name"),
        "message.direction": translate("Details", "Sent or received"),
        "sms.backup_date": translate("Details", "Backup made"),
        "web.url": translate("Details", "Address of the page"),
        "web.posted_at": translate("Details", "Posted"),
        "web.host": translate("Details", "Site"),
        "capture.filename": translate("Details", "Date in the file name"),
        "capture.file_time": translate("Details", "File date"),
        **_more_labels(),
    }


def _more_labels() -> dict[str, str]:
    # The readers' notes and limits: what they could not read, and why.
    return {
        "audio.bits_per_sample": translate("Details", "Sound quality (bits)"),
        "chat.date_order": translate("Details", "Order of day and month in the chat"),
        "chat.error": translate("Details", "Problem reading the chat"),
        "chat.lines_cut": translate("Details", "Lines too long, shortened"),
        "chat.truncated": translate("Details", "Chat read only in part"),
        "email.attachments_cut": translate("Details", "Attachments not read"),
        "email.defects": translate("Details", "Faults in the e-mail"),
        "email.error": translate("Details", "Problem reading the e-mail"),
        "email.headers_cut": translate("Details", "Headers not read"),
        "email.refused": translate("Details", "Not read as an e-mail"),
        "email.x_originating_ip": translate("Details", "Sent from the internet address"),
        "exif.note": translate("Details", "About the photo data"),
        "image.error": translate("Details", "Problem reading the picture"),
        "image.note": translate("Details", "About the picture"),
        "image.warnings": translate("Details", "Warnings about the picture"),
        "media.error": translate("Details", "Problem reading the recording"),
        "media.format": translate("Details", "Format"),
        "media.kind": translate("Details", "Kind of recording"),
        "media.mime": translate("Details", "File type"),
        "media.note": translate("Details", "About the recording"),
        "message.attachment": translate("Details", "Attachment"),
        "message.date_conflict": translate("Details", "Other date found"),
        "message.deleted": translate("Details", "Deleted message"),
        "message.index": translate("Details", "Place in the conversation"),
        "message.media_omitted": translate("Details", "Media left out of the export"),
        "message.mms_parts_omitted": translate("Details", "MMS parts left out"),
        "message.readable_date": translate("Details", "Date as the phone wrote it"),
        "pdf.capture_from": translate("Details", "Date taken from"),
        "pdf.encrypted": translate("Details", "Locked with a password"),
        "pdf.error": translate("Details", "Problem reading the PDF"),
        "pdf.info.mod_date": translate("Details", "Changed (PDF properties)"),
        "pdf.note": translate("Details", "About the PDF"),
        "pdf.text_errors": translate("Details", "Pages whose text could not be read"),
        "pdf.xmp.modify_date": translate("Details", "Changed (PDF XMP data)"),
        "sms.date_conflicts": translate("Details", "Messages with two dates"),
        "sms.declared_count": translate("Details", "Messages the backup announces"),
        "sms.error": translate("Details", "Problem reading the SMS backup"),
        "sms.mms_skipped": translate("Details", "MMS not read"),
        "sms.refused": translate("Details", "Not read as an SMS backup"),
        "sms.truncated": translate("Details", "SMS backup read only in part"),
        "text.note": translate("Details", "About the text"),
        "web.error": translate("Details", "Problem reading the page"),
        "web.note": translate("Details", "About the page"),
        "web.platform": translate("Details", "Platform"),
    }

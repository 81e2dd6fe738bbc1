"""What every platform's export comes down to: conversations of dated messages, and
how they become items (a conversation under the export, each message under it, each
picture or recording a message refers to under that message).

The platforms' parsers (``meta``, ``snapchat``...) fill these; nothing here knows a
platform's layout.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, TypeGuard

from app.common.dates import case_zone, to_iso
from app.common.roles import RECEIVED, SENT
from app.importing.formats.base import (
    DAMAGED,
    EDITED,
    ERASED,
    EXPORT_RECORD,
    TRUNCATED,
    Capture,
    Child,
    Extraction,
)
from app.importing.formats.platforms.archive import Archive, Unfit

# Messages of one export that become items: a phone's SMS backup rightly holds 100,000;
# a "million-message thread" past this is kept inside the export's original, and said.
MAX_MESSAGES = 100_000
# Pictures and recordings the messages refer to, read from the ZIP for this import; the
# rest stay inside the export's original, each named, so nothing is lost. With the parsed
# JSON and the answer's pickled copy, this fits the reader child's 1.5 GiB.
MAX_MEDIA_BYTES = 128 << 20
MAX_MEDIA_FILE = 64 << 20
MAX_TEXT = 64 * 1024  # characters kept of one message's text
# Times before this are no platform's (a zero or a broken field), after it the future.
_EARLIEST = datetime(2000, 1, 1, tzinfo=UTC).timestamp()
_LATEST = datetime(2100, 1, 1, tzinfo=UTC).timestamp()


@dataclass
class Said:
    """One message as the export records it."""

    author: str
    when: float | None  # seconds since 1970 UTC, as the export states it
    text: str
    raw: Any  # the record as the export holds it, kept as the message's original
    erased: bool = False  # unsent or erased: the platform kept the trace, not the words
    edited: bool = False
    sent: bool | None = None  # when the export itself says whether she sent it
    media: list[str] = field(default_factory=list)  # paths inside the export
    links: list[str] = field(default_factory=list)
    # What else the platform records of it, kept as "message.<key>" (a sender's stable id
    # behind a display name that can change, whether the message was saved...).
    details: dict[str, str] = field(default_factory=dict)

    @property
    def at(self) -> datetime | None:
        """Its time in the case's zone; made only for the messages kept (a million
        conversions would cost a reading of an export most of its time)."""
        return moment(self.when)


@dataclass
class Conversation:
    """One conversation: where it is in the export, its name, who took part."""

    key: str  # unique in the export, what ``--thread`` names
    title: str
    participants: list[str]
    messages: list[Said]
    raw: Any  # what the export says of the conversation; its "messages" are left out
    events: list[str] = field(default_factory=list)  # calls, joins: not messages

    def named(self, wanted: Iterable[str]) -> bool:
        """Whether one of the names the person gave designates this conversation."""
        names = {self.key.casefold(), posixpath.basename(self.key.rstrip("/")).casefold(),
                 self.title.casefold()}
        return any(name.strip().casefold() in names for name in wanted)


@dataclass
class Export:
    """One platform's export: whose account it is, and its conversations."""

    platform: str
    owner: set[str]  # the account owner's names and ids, casefolded: the victim
    conversations: list[Conversation]
    owner_name: str = ""  # as the export writes it
    problems: list[str] = field(default_factory=list)  # conversations that could not be read
    notes: list[str] = field(default_factory=list)  # what the person should know of it

    def keep(self, read: Callable[[], Conversation]) -> None:
        """Add the conversation ``read`` gives, or the reason it could not be read: one
        broken thread file does not cost the others."""
        try:
            self.conversations.append(read())
        except Unfit as unfit:
            self.problems.append(str(unfit))


def real(epoch_seconds: float | None) -> TypeGuard[float]:
    """Whether a timestamp is a platform's real time, not a zero or a broken field."""
    return epoch_seconds is not None and _EARLIEST <= epoch_seconds < _LATEST


def moment(epoch_seconds: float | None) -> datetime | None:
    """A platform's UTC timestamp in the case's zone, or None if it is no real time."""
    if not real(epoch_seconds):
        return None
    at = datetime.fromtimestamp(epoch_seconds, UTC)
    # The case's zone's offset at that moment, as a fixed offset: what the vault stores.
    local = at.astimezone(case_zone())
    return local.replace(tzinfo=timezone(local.utcoffset() or timedelta(0)))


def utc_text(value: str, layout: str) -> float | None:
    """A UTC time written as text ("2026-11-05 14:30:00 UTC"), in seconds since 1970."""
    try:
        return datetime.strptime(value.strip(), layout).replace(tzinfo=UTC).timestamp()
    except (ValueError, AttributeError):
        return None


def describe(export: Export, found: Extraction, archive: Archive,
             threads: tuple[str, ...] | None) -> None:
    """The export as items: the conversations named in ``threads`` (all when None)."""
    chosen = [c for c in export.conversations if threads is None or c.named(threads)]
    # No title: the report names the export by its file, in the report's own language.
    found.platform = export.platform
    found.add("export.platform", export.platform)
    found.add("export.owner", export.owner_name)
    found.add("export.conversations", len(export.conversations))
    found.add("export.conversations_imported", len(chosen))
    _problems(export, found)
    for left in (c for c in export.conversations if c not in chosen):
        found.add("export.conversation_left", left.key)
    budget = _Budget()
    found.children = [_conversation(export, conversation, archive, budget, found)
                      for conversation in chosen]
    found.text = "\n".join(f"{c.title} ({len(c.messages)})" for c in chosen)


def survey(export: Export) -> Extraction:
    """Only the list of conversations: participants, count, first and last date."""
    found = Extraction(platform=export.platform)
    found.add("export.owner", export.owner_name)
    _problems(export, found)
    for conversation in export.conversations:
        listed = Extraction(platform=export.platform, title=conversation.title)
        _summary(listed, conversation)
        found.children.append(Child(conversation.key, b"", "chat", listed))
    return found


def _problems(export: Export, found: Extraction) -> None:
    for problem in export.problems:
        found.flags.add(DAMAGED)
        found.add("export.problem", problem)
    for note in export.notes:
        found.add("export.note", note)


@dataclass
class _Budget:
    messages: int = 0
    media_bytes: int = 0


def _conversation(export: Export, conversation: Conversation, archive: Archive,
                  budget: _Budget, top: Extraction) -> Child:
    found = Extraction(platform=export.platform, title=conversation.title)
    _summary(found, conversation)
    # The account's owner is the victim: her identity on that platform (app/case/parties);
    # an export that does not name her names her as the one who sent its sent messages.
    senders = {said.author for said in conversation.messages if said.sent and said.author}
    found.add("chat.exporter", export.owner_name or (senders.pop() if len(senders) == 1
                                                     else ""))
    for event in conversation.events:
        found.add("chat.event", event)
    ordered = sorted(conversation.messages, key=_order)
    if budget.messages + len(ordered) > MAX_MESSAGES:
        kept = max(0, MAX_MESSAGES - budget.messages)
        reason = (f"only {MAX_MESSAGES} messages of an export become items (the most one "
                  f"file may give); {len(ordered) - kept} of this conversation stay inside "
                  f"the export's original")
        for flagged in (found, top):
            flagged.flags.add(TRUNCATED)
            flagged.add("import.truncated", reason)
        ordered = ordered[:kept]
    budget.messages += len(ordered)
    found.children = [_message(export, said, number, archive, budget)
                      for number, said in enumerate(ordered, 1)]
    found.text = "\n".join(f"{said.author}: {said.text}" for said in ordered)[:MAX_TEXT * 16]
    name = posixpath.basename((conversation.title or conversation.key).rstrip("/"))[:120]
    return Child(f"{name}.json", _index(conversation), "chat", found)


def _summary(found: Extraction, conversation: Conversation) -> None:
    found.add("export.thread", conversation.key)
    for participant in conversation.participants:
        found.add("chat.participant", participant)
    found.add("chat.message_count", len(conversation.messages))
    times = [said.when for said in conversation.messages if real(said.when)]
    first, last = (moment(min(times)), moment(max(times))) if times else (None, None)
    if first and last:
        found.add("chat.first_message", to_iso(first))
        found.add("chat.last_message", to_iso(last))
        found.capture = Capture(first, EXPORT_RECORD)


def _order(said: Said) -> tuple[bool, float]:
    """Time order; the messages without a real time last, in the export's order."""
    if real(said.when):
        return False, said.when
    return True, 0.0


def _message(export: Export, said: Said, number: int, archive: Archive,
             budget: _Budget) -> Child:
    at = said.at
    found = Extraction(text=said.text[:MAX_TEXT], platform=export.platform,
                       capture=Capture(at, EXPORT_RECORD) if at else None)
    found.add("message.author", said.author)
    found.add("message.direction", _direction(export, said))
    found.add("message.index", number)
    if at is None:
        found.add("message.time_missing", "the export gives this message no usable time")
    if said.erased:
        found.flags.add(ERASED)
        found.add("message.deleted", "yes")
    if said.edited:
        found.flags.add(EDITED)
        found.add("message.edited", "yes")
    for link in said.links:
        found.add("message.link", link)
    for key, value in said.details.items():
        found.add(f"message.{key}", value)
    for path in said.media:
        found.add("message.attachment", path)
        media = _media(path, archive, budget)
        if isinstance(media, Child):
            found.children.append(media)
        else:
            found.add("message.media_left", media)
            if not archive.has(path):  # the chat shows "the export did not include it"
                found.add("message.media_omitted", "yes")
    return Child(f"message {number}", _json(said.raw), "message", found)


def _direction(export: Export, said: Said) -> str:
    if said.sent is not None:
        return SENT if said.sent else RECEIVED
    if not export.owner:
        return ""  # whose account it is is unknown: the export does not say who sent it
    return SENT if said.author.casefold() in export.owner else RECEIVED


def _media(path: str, archive: Archive, budget: _Budget) -> Child | str:
    """The file a message refers to, or why it stays inside the export."""
    if not archive.has(path):
        return f"{path}: not in the export"
    size = archive.size(path)
    if budget.media_bytes + size > MAX_MEDIA_BYTES:
        return f"{path}: kept inside the export's original (media past " \
               f"{MAX_MEDIA_BYTES >> 20} MiB are not copied out)"
    try:
        data = archive.read(path, MAX_MEDIA_FILE)
    except Unfit as unfit:
        return str(unfit)
    budget.media_bytes += len(data)
    return Child(posixpath.basename(path), data)


def _index(conversation: Conversation) -> bytes:
    """The conversation's own original: what the export says of it besides its messages
    (each message is its own item, and the export's file holds them all), so that a
    million-message thread is not copied again whole."""
    about = conversation.raw
    if isinstance(about, dict):
        about = {key: value for key, value in about.items() if key != "messages"}
    return _json({"thread": conversation.key, "title": conversation.title,
                  "participants": conversation.participants,
                  "message_count": len(conversation.messages), "export": about})


def _json(raw: Any) -> bytes:
    """A record as the export wrote it, in JSON again (its words unchanged); on one line,
    which the C encoder writes ten times faster than an indented one."""
    return json.dumps(raw, ensure_ascii=False, sort_keys=True).encode("utf-8")

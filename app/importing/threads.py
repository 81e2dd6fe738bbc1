"""The conversations a platform's export holds, listed before anything is imported.

An export holds all of the victim's conversations, most of them nothing to do with the
case; she chooses which ones become evidence. The listing reads the export in the reader
sandbox, like any reading of evidence, and stores nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.common import dates
from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.importing import export_folders, formats, opening
from app.importing.formats.platforms import conversations
from app.importing.sandbox import SURVEYOR, Sandbox


@dataclass(frozen=True)
class Thread:
    """One conversation of an export, as its list shows it."""

    key: str  # where it is in the export: what ``--thread`` names
    title: str
    participants: tuple[str, ...]
    count: int
    first: datetime | None
    last: datetime | None

    def as_json(self) -> dict[str, object]:
        return {"thread": self.key, "title": self.title,
                "participants": list(self.participants), "messages": self.count,
                "first": dates.to_iso(self.first) if self.first else None,
                "last": dates.to_iso(self.last) if self.last else None}


@dataclass(frozen=True)
class Listing:
    """An export's platform and conversations, or why none could be listed."""

    platform: str
    threads: tuple[Thread, ...]
    problems: tuple[str, ...] = ()


def names(thread: Thread, wanted: list[str]) -> bool:
    """Whether one of ``wanted`` designates ``thread``: its place in the export, its
    folder's name, or its title (the reader applies the same rule)."""
    return conversations.Conversation(thread.key, thread.title, [], [], None).named(wanted)


def is_archive(path: Path) -> bool:
    """Whether the file is a ZIP, from its first bytes (an export's only wrapping), or a
    folder an export was unzipped to."""
    if export_folders.is_export(path):
        return True
    try:
        checked = opening.check(opening.Dropped(path), ())
        with checked.open() as stream:
            head = stream.read(8)
    except (opening.Refused, OSError):
        return False
    return formats.sniff(head).name == "zip"


def list_threads(path: Path, sandbox: Sandbox | None = None) -> Listing:
    """The conversations of the export at ``path``; ``problems`` says why there are none
    (not an export, a damaged ZIP) or which could not be read."""
    if not is_archive(path):
        return Listing("", (), (Text(QT_TRANSLATE_NOOP(
            "core", "not a ZIP file: a platform's export is downloaded as a ZIP")),))
    try:
        origin: Path | bytes = export_folders.pack(path, []) \
            if export_folders.is_export(path) else opening.check(opening.Dropped(path), ()).real
    except opening.Refused as refused:
        return Listing("", (), (refused.reason,))
    size = len(origin) if isinstance(origin, bytes) else origin.stat().st_size
    child = sandbox or Sandbox(SURVEYOR)
    try:
        found = child.read(formats.FORMATS_ZIP, path.name, origin, size)
    finally:
        if sandbox is None:
            child.close()
    problems = tuple(value for key, value in found.metadata
                     if key in ("export.note", "export.problem") or key.endswith(".error"))
    threads = tuple(_thread(child_item.name, child_item.found)
                    for child_item in found.children if child_item.found is not None)
    return Listing(found.platform, threads, problems)


def _thread(key: str, found: formats.Extraction) -> Thread:
    values: dict[str, list[str]] = {}
    for name, value in found.metadata:
        values.setdefault(name, []).append(value)
    first, last = (values.get(name, [""])[0] for name in ("chat.first_message",
                                                          "chat.last_message"))
    return Thread(key, found.title, tuple(values.get("chat.participant", [])),
                  int(values.get("chat.message_count", ["0"])[0]),
                  dates.from_iso(first) if first else None,
                  dates.from_iso(last) if last else None)

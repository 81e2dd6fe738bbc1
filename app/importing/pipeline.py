"""The import pipeline: walk, store and hash, sniff, extract, date, record.

Each file is one transaction: its original bytes, its description, its parts (e-mail
attachments, chat messages) and its custody entries are stored together or not at all.
Every path given is accounted for: stored, a duplicate of an item already in the case,
or refused with a reason the user can read.
"""

from __future__ import annotations

import io
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import BinaryIO

from app.common import dates, errors, file_names, printable, roles
from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.importing import export_folders, formats, opening
from app.importing.budget import TRUNCATED_KEY, Budget, Spending
from app.importing.formats.base import (
    DUPLICATE,
    FILE_TIME,
    FILENAME,
    IMPORT_TIME,
    TRUNCATED,
    Capture,
    Child,
    Extraction,
    Source,
)
from app.importing.sandbox import Sandbox
from app.importing.sandbox import shared as shared_sandbox
from app.vault import custody, originals
from app.vault.vault import Vault

STORED, DUPLICATE_FILE, REFUSED = "stored", "duplicate", "refused"
SNIFF_SIZE = 64 * 1024
MAX_DEPTH = 3  # an attachment inside an e-mail inside an e-mail, and no deeper
ME_SETTING = "me.identities"  # where app/case/me.py keeps the identities she set
LINK_FORMAT = formats.Format("link", "web", "text/uri-list")
# A batch ends at whichever comes first: enough bytes that one commit's cost vanishes,
# or enough time that a crash would lose little unreported work.
BATCH_BYTES = 64 << 20
BATCH_SECONDS = 2.0

# Where a file's bytes are: a file on disk checked fit to read, or already in memory.
Origin = opening.Checked | bytes


@dataclass
class Outcome:
    """What became of one file the user gave."""

    path: str
    status: str
    item_ids: list[int] = field(default_factory=list)  # the new item first, then its parts
    duplicate_of: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class _Part:
    """A piece of evidence about to be recorded: a file, or a part of a container."""

    source: Source
    found: formats.Format
    extraction: Extraction
    file_time: datetime | None

    @cached_property
    def named(self) -> file_names.NamedDate | None:
        """The date the file name states, read once for the capture, metadata and platform."""
        return file_names.from_filename(self.source.name)

    @property
    def platform(self) -> str:
        """The platform the content names, else the one the file name names."""
        return self.extraction.platform or (self.named.platform if self.named else "")


class Importer:
    """Imports files into one case of an unlocked vault.

    Every file is read in the ``sandbox``'s child process (by default the one the whole
    process shares, kept warm between imports), never in this one. ``threads`` names the
    conversations of a platform's export to import (None: all of them)."""

    def __init__(self, vault: Vault, case_id: int,
                 clock: Callable[[], datetime] = dates.now,
                 sandbox: Sandbox | None = None, budget: Budget | None = None,
                 threads: tuple[str, ...] | None = None) -> None:
        self.vault = vault
        self.case_id = case_id
        self.clock = clock
        self.sandbox = sandbox or shared_sandbox()
        self.budget = budget or Budget()
        self.threads = threads

    def run(self, paths: Iterable[Path],
            should_stop: Callable[[], bool] = lambda: False) -> Iterator[Outcome]:
        """Import every file under ``paths``, one outcome each; stops between files when
        asked. A ``VaultError`` (disk full...) ends the run: nothing more can be stored.

        Files are committed in batches of a few seconds' work, each file inside its own
        savepoint: a file is stored whole or not at all, a commit costs the same for one
        file or fifty, and an outcome is only reported once it is committed, so a crash
        never loses anything that was reported as stored."""
        paths = [Path(path) for path in paths]
        folders = [path for path in paths if export_folders.is_export(path)]
        for folder in folders:  # a platform's export unzipped: one export, not its files
            if should_stop():
                return
            with self.vault.transaction():
                outcome = self.import_export_folder(folder)
            yield outcome
        files = iter(opening.walk(path for path in paths if path not in folders))
        while True:
            committed, more = self._batch(files, should_stop)
            yield from committed
            if not more:
                return

    def _batch(self, files: Iterator[opening.Dropped],
               should_stop: Callable[[], bool]) -> tuple[list[Outcome], bool]:
        """Import files in one transaction until the batch is full; (outcomes, more left)."""
        outcomes: list[Outcome] = []
        started, size = time.monotonic(), 0
        with self.vault.transaction():
            for dropped in files:
                if should_stop():
                    return outcomes, False
                outcomes.append(self.import_file(dropped.path, dropped.folder))
                size += _size(dropped.path)
                if size >= BATCH_BYTES or time.monotonic() - started >= BATCH_SECONDS:
                    return outcomes, True
        return outcomes, False

    def import_file(self, path: Path, folder: Path | None = None) -> Outcome:
        """Import one file; ``folder`` is the folder the person gave it was found in, which
        a link inside it must not lead out of."""
        # A name that is not valid UTF-8 is kept readable (U+FFFD) and its bytes noted.
        label = printable.valid(str(path))
        try:
            checked = opening.check(opening.Dropped(path, folder),
                                    opening.vault_files(self.vault.path))
        except opening.Refused as refused:
            return Outcome(label, REFUSED, reason=refused.reason)
        return self._guarded(label, lambda: self._store(
            label, printable.valid(path.name), checked, _file_time(checked.mtime),
            raw_name=_raw_name(path.name)))

    def import_export_folder(self, folder: Path) -> Outcome:
        """A platform's export as the folder it unzips to: packed again into one ZIP in
        memory, which is stored as the export's original."""
        label = printable.valid(str(folder))
        try:
            data = export_folders.pack(folder, opening.vault_files(self.vault.path))
        except opening.Refused as refused:
            return Outcome(label, REFUSED, reason=refused.reason)
        note = (export_folders.FOLDER_NOTE, export_folders.describe(folder))
        return self._guarded(label, lambda: self._store(
            label, printable.valid(folder.name) + ".zip", data, None, notes=(note,)))

    def import_data(self, name: str, data: bytes, capture: Capture | None = None) -> Outcome:
        """Store bytes that never were a file: a pasted screenshot, a dragged image.

        ``capture`` (e.g. now, from the clipboard) overrides what the content says."""
        if not data:
            return Outcome(name, REFUSED, reason=Text(QT_TRANSLATE_NOOP(
                "core", "nothing to keep: the data is empty")))
        return self._guarded(name, lambda: self._store(name, name, data, None, capture=capture))

    def import_link(self, url: str, title: str, capture: Capture) -> Outcome:
        """A web reference dragged from a browser: the address itself is the evidence."""
        found = Extraction(title=title.strip(), url=url.strip(), text=f"{title}\n{url}".strip(),
                           capture=capture)
        found.add("link.url", url.strip())
        return self._guarded(url, lambda: self._store(
            url, _link_name(url), url.strip().encode(), None, given=(LINK_FORMAT, found)))

    def _guarded(self, label: str, store: Callable[[], Outcome]) -> Outcome:
        """Run one store; a failure refuses that one file, except a full or broken vault."""
        try:
            return store()
        except errors.VaultError:
            raise
        except opening.Refused as refused:
            return Outcome(label, REFUSED, reason=refused.reason)
        except OSError as error:
            known = errors.from_os_error(error)
            if isinstance(known, errors.DiskFull):
                raise known from None
            return Outcome(label, REFUSED, reason=Text(QT_TRANSLATE_NOOP(
                "core", "could not be read: {error}"), error=error.strerror))
        except Exception as error:  # noqa: BLE001 - one file's bug must not end the import
            return Outcome(label, REFUSED,
                           reason=Text(QT_TRANSLATE_NOOP(
                               "core", "Dossier could not store it (internal error: {error}); "
                                       "nothing was changed"), error=type(error).__name__))

    def _store(self, label: str, name: str, origin: Origin, file_time: datetime | None,
               capture: Capture | None = None,
               given: tuple[formats.Format, Extraction] | None = None,
               raw_name: str = "", notes: tuple[tuple[str, str], ...] = ()) -> Outcome:
        """Store the original first, then describe it: whatever its reader does, the
        original is kept."""
        opener = _opener(origin)
        with self.vault.transaction() as db, opener() as stream:
            stored = originals.store(db, stream)
            twin = self._item_with(stored.blob_id)
            source = Source(name, stored.size, opener)
            if twin is not None and self.threads is not None and not given:
                added = self._add_conversations(twin, source, origin, stored)
                if added:
                    return Outcome(label, STORED, item_ids=added)
            if twin is not None:
                return Outcome(label, DUPLICATE_FILE, duplicate_of=twin,
                               reason=Text(QT_TRANSLATE_NOOP(
                                   "core", "already in the case as item {item}"), item=twin))
            part = _Part(source, *given, file_time) if given else self._describe(
                source, origin, stored.head, file_time, self.threads)
            if capture is not None:
                part.extraction.capture = capture
            part.extraction.add("file.name_bytes", raw_name)
            for key, value in notes:
                part.extraction.add(key, value)
            ids = self._record(part, stored, None, 0, self.budget.start())
        return Outcome(label, STORED, item_ids=ids)

    def _add_conversations(self, export_id: int, source: Source, origin: Origin,
                           stored: originals.Stored) -> list[int]:
        """Conversations chosen now of a platform export already in the case, recorded
        under it; the ones it already has are left as they are. Nothing else changes."""
        part = self._describe(source, origin, stored.head, None, self.threads)
        have = {value for (value,) in self.vault.db.execute(
            "SELECT metadata.value FROM metadata JOIN items ON items.id = metadata.item_id "
            "WHERE items.parent_id = ? AND metadata.key = 'export.thread'", (export_id,))}
        new = [child for child in part.extraction.children if child.found is not None
               and not {v for k, v in child.found.metadata if k == "export.thread"} & have]
        at, how = self.vault.db.execute("SELECT captured_at, captured_at_source FROM items "
                                        "WHERE id = ?", (export_id,)).fetchone()
        parent = (export_id, Capture(dates.from_iso(at) or self.clock(), how))
        return self._record_children(new, parent, 1, self.budget.start())

    # -- recording, inside the file's transaction -----------------------------------------

    def _record(self, part: _Part, stored: originals.Stored, parent: tuple[int, Capture] | None,
                depth: int, spending: Spending) -> list[int]:
        capture = self._capture(part, parent)
        twin = self._item_with(stored.blob_id) if parent else None
        item_id = self._insert_item(part, stored, capture, parent[0] if parent else None, twin)
        self._insert_description(item_id, part, twin)
        custody.append(self.vault.db, custody.IMPORTED, case_id=self.case_id, item_id=item_id,
                       sha256=stored.sha256,
                       details={"name": part.source.name, "size": stored.size,
                                "kind": part.found.kind,
                                "parent_id": parent[0] if parent else None})
        ids = [item_id]
        if depth < MAX_DEPTH:
            ids += self._record_children(part.extraction.children, (item_id, capture),
                                         depth + 1, spending)
        return ids

    def _record_children(self, children: list[Child], parent: tuple[int, Capture], depth: int,
                         spending: Spending) -> list[int]:
        """The parts of one item while the file's budget lasts; past it the item is
        flagged truncated and says why (its original still holds every part)."""
        ids: list[int] = []
        for child in children:
            if child.found is None and (why := spending.take()):
                self._truncated(parent[0], why)
                break
            ids += self._record_child(child, parent, depth, spending)
        return ids

    def _record_child(self, child: Child, parent: tuple[int, Capture], depth: int,
                      spending: Spending) -> list[int]:
        stored = originals.store(self.vault.db, io.BytesIO(child.data))
        source = Source.from_bytes(child.name, child.data)
        if child.found is not None:
            kind = child.kind or "message"
            found = formats.FORMATS.get(child.format) or formats.Format(kind, kind, "text/plain")
            part = _Part(source, found, child.found, None)
        else:
            part = self._read_once(source, child.data, stored, spending)
        return self._record(part, stored, parent, depth, spending)

    def _read_once(self, source: Source, data: bytes, stored: originals.Stored,
                   spending: Spending) -> _Part:
        """A part's reading; the same bytes met again in this file reuse it, unread."""
        known = spending.readings.get(stored.sha256)
        if known is not None:
            return _Part(source, *known, None)
        part = self._describe(source, data, stored.head, None)
        spending.remember(stored.sha256, part.found, part.extraction)
        return part

    def _truncated(self, item_id: int, why: str) -> None:
        self.vault.db.execute("INSERT INTO item_flags VALUES (?, ?)", (item_id, TRUNCATED))
        self.vault.db.execute("INSERT INTO metadata(item_id, key, value) VALUES (?, ?, ?)",
                              (item_id, TRUNCATED_KEY, str(why)))

    def _describe(self, source: Source, origin: Origin, head: bytes,
                  file_time: datetime | None, threads: tuple[str, ...] | None = None) -> _Part:
        """Sniff here, read in the sandbox (only formats that have a reader)."""
        found = formats.sniff(head[:SNIFF_SIZE])
        where = origin.real if isinstance(origin, opening.Checked) else origin
        extraction = self.sandbox.read(found, source.name, where, source.size, threads) \
            if formats.has_reader(found) else Extraction()
        return _Part(source, found, extraction, file_time)

    def _insert_item(self, part: _Part, stored: originals.Stored, capture: Capture,
                     parent_id: int | None, twin: int | None) -> int:
        extraction = part.extraction
        found = dict(reversed(extraction.metadata))  # the first value of each key wins
        kind = part.found.kind
        way = roles.direction(kind, found, self._mine)
        item_id: int = self.vault.db.execute(
            "INSERT INTO items(case_id, parent_id, blob_id, kind, format, mime, original_name,"
            " file_modified_at, captured_at, captured_at_source, imported_at, title, platform,"
            " url, duplicate_of, direction, author, role)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (self.case_id, parent_id, stored.blob_id, part.found.kind, part.found.name,
             part.found.mime, part.source.name,
             dates.to_iso(part.file_time) if part.file_time else None,
             dates.to_iso(capture.at), capture.source, dates.to_iso(self.clock()),
             extraction.title, part.platform,
             extraction.url, twin, way, roles.author(kind, found),
             roles.default_role(kind, way, extraction.text)),
        ).lastrowid
        return item_id

    @cached_property
    def _mine(self) -> frozenset[str]:
        """The identities the victim set herself (app/case/me.py), casefolded: an e-mail
        from one of them is one she sent."""
        stored = self.vault.setting(ME_SETTING)
        return frozenset(str(entry.get("identifier", "")).casefold()
                         for entry in (json.loads(stored) if stored else []))

    def _insert_description(self, item_id: int, part: _Part, twin: int | None) -> None:
        db, extraction = self.vault.db, part.extraction
        flags = set(extraction.flags) | ({DUPLICATE} if twin else set())
        db.executemany("INSERT INTO item_flags VALUES (?, ?)", [(item_id, f) for f in flags])
        db.executemany("INSERT INTO metadata(item_id, key, value) VALUES (?, ?, ?)",
                       [(item_id, k, v) for k, v in _metadata(part)])
        if extraction.text:
            db.execute("INSERT INTO texts VALUES (?, ?)", (item_id, extraction.text))
        if extraction.thumbnail:
            db.execute("INSERT INTO thumbnails VALUES (?, ?)", (item_id, extraction.thumbnail))
        db.execute("INSERT INTO search(rowid, name, title, description, body) "
                   "VALUES (?, ?, ?, '', ?)",
                   (item_id, part.source.name, extraction.title, extraction.text))

    def _item_with(self, blob_id: int) -> int | None:
        row = self.vault.db.execute(
            "SELECT id FROM items WHERE case_id = ? AND blob_id = ? ORDER BY id LIMIT 1",
            (self.case_id, blob_id)).fetchone()
        return row[0] if row else None

    def _capture(self, part: _Part, parent: tuple[int, Capture] | None) -> Capture:
        """The best evidence of when: the content, the file name, the container, the
        file's own time, and only then the import itself."""
        if part.extraction.capture:
            return part.extraction.capture
        if part.named:
            return Capture(part.named.at, FILENAME)
        if parent:
            return parent[1]
        if part.file_time:
            return Capture(part.file_time, FILE_TIME)
        return Capture(self.clock(), IMPORT_TIME)


def walk(paths: Iterable[Path]) -> Iterator[Path]:
    """Every file named, and every file under every folder named, in a stable order; a
    platform's export folder counts as one (it is imported as one export)."""
    paths = [Path(path) for path in paths]
    folders = [path for path in paths if export_folders.is_export(path)]
    yield from folders
    yield from (dropped.path for dropped in opening.walk(p for p in paths if p not in folders))


def _opener(origin: Origin) -> Callable[[], BinaryIO]:
    if isinstance(origin, bytes):
        return lambda: io.BytesIO(origin)
    return origin.open


def _raw_name(name: str) -> str:
    """A file name's bytes, escaped, when they are not valid UTF-8; "" when they are."""
    raw = os.fsencode(name)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("ascii", "backslashreplace")
    return ""


def _metadata(part: _Part) -> list[tuple[str, str]]:
    """The reader's findings, plus every other clue to the time, so that the chosen
    ``captured_at`` can always be weighed against the alternatives."""
    rows = list(part.extraction.metadata)
    if part.named:
        rows.append(("capture.filename", file_names.record(part.named)))
    if part.file_time:
        rows.append(("capture.file_time", dates.to_iso(part.file_time)))
    return rows


def _link_name(url: str) -> str:
    """A readable name for a web reference: its host and path, without the scheme."""
    name = url.strip().split("://", 1)[-1].rstrip("/")
    return (name or "link")[:200]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _file_time(mtime: float) -> datetime | None:
    try:
        return datetime.fromtimestamp(mtime).astimezone()
    except (OSError, ValueError, OverflowError):
        return None

"""A platform's export as its ZIP holds it, read in bounded memory and time.

A ZIP's table of contents says how large each file is, but a hostile one may lie: every
file is read through a cap, never past it, whatever its header says. A ZIP cut short has
no table of contents and is refused whole with that reason; nothing in it is guessed.
"""

from __future__ import annotations

import json
import zipfile
from typing import Any, BinaryIO

# A phone's export holds a few thousand files; a table far longer is no export.
MAX_ENTRIES = 200_000
# One JSON file of messages: Meta cuts threads at 10,000 messages (a few MiB); Telegram's
# and Snapchat's single files for all chats stay under this for years of chatting. Parsed,
# JSON takes about eight times its size, which the reader child's 1.5 GiB must hold.
MAX_JSON = 96 << 20


class Unfit(Exception):
    """The export, or one of its files, cannot be read; the reason is for the person."""


class Archive:
    """The files of one export, by their path inside it ("a/b/c.json")."""

    def __init__(self, stream: BinaryIO) -> None:
        try:
            self._zip = zipfile.ZipFile(stream)
        except zipfile.BadZipFile:
            raise Unfit("the ZIP is cut short or damaged: its table of contents is "
                        "missing, so no file in it can be found") from None
        entries = self._zip.infolist()
        if len(entries) > MAX_ENTRIES:
            raise Unfit(f"the ZIP lists {len(entries)} files, more than an export holds "
                        f"({MAX_ENTRIES}); it was not read")
        self._entries = {entry.filename.replace("\\", "/"): entry for entry in entries
                         if not entry.is_dir()}

    def names(self) -> list[str]:
        return list(self._entries)

    def has(self, name: str) -> bool:
        return name in self._entries

    def size(self, name: str) -> int:
        entry = self._entries.get(name)
        return entry.file_size if entry else 0

    def read(self, name: str, limit: int) -> bytes:
        """The file's bytes, at most ``limit`` of them; Unfit if it holds more or is broken."""
        entry = self._entries.get(name)
        if entry is None:
            raise Unfit(f"{name} is not in the export")
        if entry.file_size > limit:
            raise Unfit(f"{name} is {entry.file_size // (1 << 20)} MiB, more than the "
                        f"{limit // (1 << 20)} MiB one file of an export may have")
        try:
            with self._zip.open(entry) as member:
                data = member.read(limit + 1)
        except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError) as error:
            raise Unfit(f"{name} could not be unpacked ({type(error).__name__}): the ZIP "
                        f"is damaged or encrypted") from None
        if len(data) > limit:  # its header lied about its size: a ZIP bomb
            raise Unfit(f"{name} unpacks to more than its header says (over "
                        f"{limit // (1 << 20)} MiB): a ZIP bomb, not read")
        return data

    def head(self, name: str, size: int) -> bytes:
        """The first ``size`` bytes of a file ("" if it cannot be unpacked)."""
        entry = self._entries.get(name)
        try:
            with self._zip.open(entry or name) as member:
                return member.read(size)
        except (KeyError, zipfile.BadZipFile, EOFError, OSError, NotImplementedError,
                RuntimeError):
            return b""

    def json(self, name: str, prefix: bytes = b"") -> Any:
        """A JSON file of the export, after an optional JavaScript prefix (X's archive)."""
        data = self.read(name, MAX_JSON)
        if prefix:
            start = data.find(b"=", 0, 256)
            if not data.startswith(prefix) or start < 0:
                raise Unfit(f"{name} does not start as the platform writes it")
            data = data[start + 1:]
        return parse_json(name, data)


def parse_json(name: str, data: bytes) -> Any:
    """JSON, or Unfit saying why not: broken, or nested deeper than any export nests."""
    try:
        return json.loads(data.decode("utf-8-sig"))
    except RecursionError:
        raise Unfit(f"{name} nests its data thousands of levels deep, as no export "
                    f"does: a JSON bomb, not read") from None
    except (UnicodeDecodeError, ValueError) as error:
        raise Unfit(f"{name} is not valid JSON ({type(error).__name__}): the file is "
                    f"cut short or is not what the platform writes") from None

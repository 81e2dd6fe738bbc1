"""Finding and opening the files the person gave, without trusting what is on the disk.

A dropped folder may hold things that are not evidence files: a link to ``/etc/passwd``
or to Dossier's own vault, a named pipe that blocks whoever opens it, a link to
``/dev/zero`` that never ends. So a file is opened only if it is a regular file, without
following a link at the last step and without waiting on a pipe; a link found in a
folder must stay inside that folder; the vault and its side files are never read (they
are recognised by device and inode, whatever the path); and a file is read only up to
the size it had when it was opened, so a file that grows while it is read (the vault
itself) cannot make the import endless.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from app.common.texts import QT_TRANSLATE_NOOP, Text

# Opened without blocking (a pipe with no writer) and without following a final link;
# neither flag exists on Windows, where neither pipe nor link can be met this way.
_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
          | getattr(os, "O_BINARY", 0))
# SQLite's and SQLCipher's side files next to a vault: reading one is reading the vault.
SIDE_FILES = ("", "-journal", "-wal", "-shm")


class Refused(Exception):
    """A file that is not imported, and the reason the person reads."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Dropped:
    """One file to import, and the folder the person gave that it was found in (None when
    the person named the file itself)."""

    path: Path
    folder: Path | None = None


def walk(paths: Iterable[Path]) -> Iterator[Dropped]:
    """Every file named, and every file under every folder named, in a stable order.

    Links are not followed into folders, so a link cannot make the walk loop."""
    for path in paths:
        path = Path(path)
        if path.is_dir() and not path.is_symlink():
            for root, folders, files in os.walk(path):
                # os.walk does not follow links to folders; name them so they are refused.
                linked = [name for name in folders if (Path(root) / name).is_symlink()]
                folders[:] = sorted(set(folders) - set(linked))
                for name in sorted(files + linked):
                    yield Dropped(Path(root) / name, path)
        else:
            yield Dropped(path)


@dataclass(frozen=True)
class Checked:
    """A regular file fit to import: where its bytes really are, and their size then."""

    real: Path
    size: int
    mtime: float
    identity: tuple[int, int]  # device and inode, to notice a file swapped under us

    def open(self) -> BinaryIO:
        """The file again, checked again, read at most up to ``size`` bytes."""
        stream = open_regular(self.real, self.size)
        if _identity(os.fstat(stream.fileno())) != self.identity:
            stream.close()
            raise Refused(Text(QT_TRANSLATE_NOOP(
                "core", "the file was replaced while it was being imported")))
        return stream


def check(dropped: Dropped, protected: Iterable[Path]) -> Checked:
    """The file behind ``dropped`` if it can be imported; raises ``Refused`` otherwise."""
    real = _inside(dropped)
    info = _stat(real)
    if stat.S_ISDIR(info.st_mode):
        raise Refused(Text(QT_TRANSLATE_NOOP(
            "core", "a folder that could not be walked (a link to a folder)")))
    if not stat.S_ISREG(info.st_mode):
        raise Refused(Text(QT_TRANSLATE_NOOP(
            "core", "not a regular file (a device, pipe or socket)")))
    if _identity(info) in _identities(protected):
        raise Refused(Text(QT_TRANSLATE_NOOP(
            "core", "this is Dossier's own vault file (or one of its side files): "
                    "it is never imported into itself")))
    if info.st_size == 0:
        raise Refused(Text(QT_TRANSLATE_NOOP(
            "core", "the file is empty (0 bytes): there is nothing to keep")))
    return Checked(real, info.st_size, info.st_mtime, _identity(info))


def _inside(dropped: Dropped) -> Path:
    """Where the file's bytes are; a link found in a folder must not lead out of it."""
    path = dropped.path
    if not path.is_symlink():
        return path
    real = Path(os.path.realpath(path))
    if dropped.folder is not None:
        folder = Path(os.path.realpath(dropped.folder))
        if not real.is_relative_to(folder):
            raise Refused(Text(QT_TRANSLATE_NOOP(
                "core", "a link that leads out of the folder you gave (to {target}): "
                        "only files inside the folder are imported"), target=str(real)))
    return real


def _stat(path: Path) -> os.stat_result:
    try:
        return path.stat()
    except FileNotFoundError:
        raise Refused(Text(QT_TRANSLATE_NOOP("core", "no such file"))) from None
    except OSError as error:
        raise Refused(Text(QT_TRANSLATE_NOOP("core", "could not be read: {error}"),
                           error=error.strerror)) from None


def vault_files(vault: Path) -> list[Path]:
    """The vault and the side files SQLite may keep beside it."""
    return [vault.with_name(vault.name + suffix) for suffix in SIDE_FILES]


def _identities(paths: Iterable[Path]) -> set[tuple[int, int]]:
    found = set()
    for path in paths:
        try:
            found.add(_identity(path.stat()))
        except OSError:
            continue  # a side file that does not exist now
    return found


def _identity(info: os.stat_result) -> tuple[int, int]:
    return info.st_dev, info.st_ino


def open_regular(path: Path | str, size: int) -> BinaryIO:
    """``path`` opened for reading if it is a regular file, capped at ``size`` bytes.

    Opening never blocks and never follows a final link; anything but a regular file is
    refused once opened, before a byte is read."""
    try:
        fd = os.open(path, _FLAGS)
    except OSError as error:
        raise Refused(Text(QT_TRANSLATE_NOOP("core", "could not be read: {error}"),
                           error=error.strerror)) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise Refused(Text(QT_TRANSLATE_NOOP(
            "core", "not a regular file (a device, pipe or socket)")))
    return cast(BinaryIO, io.BufferedReader(_Capped(io.FileIO(fd, "rb"), size)))


class _Capped(io.RawIOBase):
    """A file read no further than a size fixed before reading; seekable within it, as
    readers such as Pillow need."""

    def __init__(self, raw: io.FileIO, size: int) -> None:
        super().__init__()
        self.raw, self.size = raw, size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.raw.fileno()

    def tell(self) -> int:
        return self.raw.tell()

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_END:  # the end is the size found before reading
            return self.raw.seek(self.size + offset, io.SEEK_SET)
        return self.raw.seek(offset, whence)

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        left = self.size - self.raw.tell()
        if left <= 0:
            return 0
        view = memoryview(buffer)[:left]
        return self.raw.readinto(view) or 0

    def close(self) -> None:
        self.raw.close()
        super().close()

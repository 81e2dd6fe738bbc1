"""Small files beside the vault or in the user's settings, read and written so that
nobody who can write there can trap Dossier with them.

Someone who shares the computer may put a link to /dev/zero or a pipe where such a file
is expected: the read must neither fill the memory nor wait forever. So a file is read
only if it is a plain file, opened without following a link and without blocking, and
only up to a size none of ours reaches. Writes go to a new owner-only file, then take
the name in one rename, so a crash never leaves half a file and a link is replaced, not
followed.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_READ_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_BINARY", 0))


def read_capped(path: Path, max_bytes: int) -> bytes:
    """At most ``max_bytes`` of ``path``; ``OSError`` unless it is a plain file."""
    if not stat.S_ISREG(os.lstat(path).st_mode):  # where O_NOFOLLOW is missing (Windows)
        raise OSError(f"{path.name} is not a plain file")
    descriptor = os.open(path, _READ_FLAGS)
    with os.fdopen(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OSError(f"{path.name} is not a plain file")
        return file.read(max_bytes)


def write_whole(path: Path, data: bytes, durable: bool = False) -> None:
    """``data`` under ``path``, owner-only, all or nothing. ``durable``: on the disk
    before this returns, so that a power cut cannot bring the former file back."""
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)
    descriptor = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY
                         | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            if durable:
                file.flush()
                os.fsync(file.fileno())
        os.replace(partial, path)
        if durable:
            sync_folder(path.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)

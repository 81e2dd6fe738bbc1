"""Writing a bundle as a folder or a ZIP, atomically, with every file's SHA-256.

The bundle is written under a hidden temporary name beside its destination and renamed
at the very end, so a cancel, a crash or a full disk never leaves anything under the
final name. Each file is hashed as it is written; ``finish`` writes ``SHA256SUMS`` (the
format ``sha256sum -c`` reads, relative paths) and returns its own SHA-256, the bundle
fingerprint the user sends separately.

A ZIP bundle with a password is sealed: every file is encrypted with WinZip AES-256
(AE-2, which 7-Zip opens), except the few written ``clear`` (the READMEs that say how to
open it). The hashes are those of the plain files, as the recipient sees them once
extracted.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import shutil
import zipfile
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import BinaryIO

import pyzipper

from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.export.errors import ExportError
from app.export.verify import SUMS

# Already-compressed kinds are stored as they are; zipping them again only costs time.
_STORED_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".heic", ".avif",
                              ".mp4", ".mov", ".m4a", ".mp3", ".ogg", ".opus", ".webm",
                              ".zip", ".docx", ".pdf"})


class _Hashing:
    """A write-only stream that hashes and counts what passes through it."""

    def __init__(self, target: BinaryIO) -> None:
        self.target = target
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.target.write(data)
        self.digest.update(data)
        self.size += len(data)
        return len(data)

    def tell(self) -> int:
        """The position in this file (pypdf's writer asks, to build the PDF's index)."""
        return self.size

    def flush(self) -> None:
        self.target.flush()


class Bundle:
    def __init__(self, destination: Path, as_zip: bool, when: datetime,
                 password: str = "") -> None:
        """``password`` seals a ZIP bundle; a folder ignores it (its files cannot be)."""
        if destination.exists() or destination.is_symlink():
            raise ExportError(Text(QT_TRANSLATE_NOOP(
                "core", "{name} already exists; choose another name so nothing is replaced."),
                name=destination.name))
        self.destination = destination
        self.partial = destination.with_name(f".{destination.name}.{secrets.token_hex(4)}.part")
        self.sums: dict[str, str] = {}
        self.size = 0
        self._when = when.timetuple()[:6]
        self._zip: zipfile.ZipFile | None = None
        self._raw: BinaryIO | None = None  # the ZIP's file, which ZipFile does not close
        self._password = password  # never written anywhere but into the AES keys
        with writing(destination):
            if as_zip:
                descriptor = os.open(self.partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                self._raw = os.fdopen(descriptor, "wb")
                self._zip = _archive(self._raw, password)
            else:
                self.partial.mkdir(mode=0o700)

    @contextlib.contextmanager
    def file(self, name: str, clear: bool = False) -> Iterator[_Hashing]:
        """A new file at the relative path ``name``; hashed as it is written. A ``clear``
        file is left unencrypted in a sealed ZIP: only what tells how to open it."""
        _check_name(name)
        with writing(self.destination), self._open(name, clear) as target:
            stream = _Hashing(target)
            yield stream
        self.sums[name] = stream.digest.hexdigest()
        self.size += stream.size

    def write(self, name: str, data: bytes, clear: bool = False) -> None:
        with self.file(name, clear) as stream:
            stream.write(data)

    def finish(self) -> str:
        """Write SHA256SUMS, put the bundle under its final name; returns the fingerprint."""
        listing = "".join(f"{digest}  {name}\n" for name, digest in sorted(self.sums.items()))
        data = listing.encode("utf-8")
        with writing(self.destination):
            with self._open(SUMS) as target:
                target.write(data)
            self.size += len(data)
            self._close_zip()
            _fsync(self.partial)
            if self.destination.exists():
                raise ExportError(Text(QT_TRANSLATE_NOOP(
                    "core", "{name} appeared while the bundle was being written; "
                    "nothing was replaced."), name=self.destination.name))
            os.rename(self.partial, self.destination)
        return hashlib.sha256(data).hexdigest()

    def abort(self) -> None:
        """Remove everything written so far; the final name was never used."""
        with contextlib.suppress(Exception):
            self._close_zip()
        if self.partial.is_dir():
            shutil.rmtree(self.partial, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                self.partial.unlink()

    def _close_zip(self) -> None:
        if self._zip is not None:
            self._zip.close()
        if self._raw is not None:
            self._raw.close()

    @contextlib.contextmanager
    def _open(self, name: str, clear: bool = False) -> Iterator[BinaryIO]:
        if self._zip is not None:
            info = _entry(self._zip, name, self._when, "" if clear else self._password)
            info.compress_type = (zipfile.ZIP_STORED if PurePosixPath(name).suffix.lower()
                                  in _STORED_SUFFIXES else zipfile.ZIP_DEFLATED)
            info.external_attr = 0o600 << 16
            with self._zip.open(info, "w", force_zip64=True) as target:
                yield target  # type: ignore[misc]
            return
        path = self.partial / name
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as target:
            yield target


def _archive(raw: BinaryIO, password: str) -> zipfile.ZipFile:
    """The bundle's ZIP writer: the standard library's, or pyzipper's to seal it."""
    if not password:
        return zipfile.ZipFile(raw, "w", allowZip64=True)
    return pyzipper.AESZipFile(raw, "w", allowZip64=True)  # type: ignore[no-any-return]


def unsealer(password: str) -> Callable[[Path], zipfile.ZipFile]:
    """Opens a sealed bundle for reading with ``password`` (verify's ``unseal``)."""
    def open_sealed(path: Path) -> zipfile.ZipFile:
        archive = pyzipper.AESZipFile(path)
        archive.setpassword(password.encode("utf-8"))
        return archive  # type: ignore[no-any-return]
    return open_sealed


def _entry(archive: zipfile.ZipFile, name: str, when: tuple[int, int, int, int, int, int],
           password: str) -> zipfile.ZipInfo:
    """A new entry's header. pyzipper encrypts an entry when the archive has a password
    and a method as it is opened, so a sealed ZIP's clear entries get neither."""
    if not isinstance(archive, pyzipper.AESZipFile):
        return zipfile.ZipInfo(name, date_time=when)
    archive.setpassword(password.encode("utf-8"))
    archive.setencryption(pyzipper.WZ_AES if password else None, nbits=256)
    return archive.zipinfo_cls(name, date_time=when)  # type: ignore[no-any-return]


def _check_name(name: str) -> None:
    """Names come from safe_name and fixed strings; refuse anything else loudly."""
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or "\\" in name or not name or name == SUMS:
        raise ValueError(f"unsafe bundle entry {name!r}")


def _fsync(path: Path) -> None:
    """Make the bundle's bytes durable before its name says it is complete."""
    paths = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
    for file in paths:
        descriptor = os.open(file, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


@contextlib.contextmanager
def writing(destination: Path) -> Iterator[None]:
    """OS errors while writing the bundle, as one plain sentence."""
    try:
        yield
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise ExportError(Text(QT_TRANSLATE_NOOP(
                "core", "The disk is full: the bundle could not be written. Nothing was left "
                "under {name}; free some space or choose another disk."),
                name=destination.name)) from None
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ExportError(Text(QT_TRANSLATE_NOOP(
                "core", "Dossier may not write in the folder chosen for {name}; "
                "choose another folder."), name=destination.name)) from None
        raise ExportError(Text(QT_TRANSLATE_NOOP(
            "core", "The bundle could not be written ({reason})."),
            reason=error.strerror or type(error).__name__)) from None

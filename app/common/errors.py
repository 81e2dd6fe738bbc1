"""Errors the user can act on, each with one plain sentence.

Like qutebrowser's ``KnownError``/``BugError`` split: a ``VaultError`` is the
environment's fault (wrong passphrase, disk full, file in use) and is shown as one line;
anything else is our bug and is reported as such, without evidence names.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager

import sqlcipher3

from app.common.texts import QT_TRANSLATE_NOOP, Text


class DossierError(Exception):
    """Something the user can understand and act on; ``str()`` is the message, and
    ``text`` the same sentence in a form the desktop app can translate."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text if isinstance(text, Text) else Text("{message}", message=text)


class UsageError(DossierError):
    """The command was asked for the wrong thing (exit code 2)."""


class VaultError(DossierError):
    """The vault could not be used (exit code 1)."""


class WrongPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "Wrong passphrase: the vault could not be unlocked.")))


class NotAVault(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "{path} is not a Dossier vault."), path=path))


class NoVault(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "No vault at {path}. Create one with: dossier init"), path=path))


class VaultExists(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "A file already exists at {path}; it was left untouched."), path=path))


class Damaged(VaultError):
    def __init__(self) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "The vault is damaged. Restore it from a backup, or run: dossier check")))


class InUse(VaultError):
    def __init__(self) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "The vault is in use by another Dossier window or command. "
                    "Close it and try again.")))


class DiskFull(VaultError):
    def __init__(self) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "The disk is full. Nothing was lost; free some space and try again.")))


class ReadOnly(VaultError):
    def __init__(self) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "The vault is read-only here; it cannot be changed.")))


class CannotWrite(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "Cannot write to {path}: that place is read-only or not yours."),
            path=path))


class NewerVault(VaultError):
    def __init__(self) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "This vault was made by a newer Dossier; update Dossier.")))


# SQLite result codes (primary code in the low byte) and what they mean to the user.
_BY_CODE = {
    5: InUse,  # SQLITE_BUSY
    6: InUse,  # SQLITE_LOCKED
    8: ReadOnly,  # SQLITE_READONLY
    11: Damaged,  # SQLITE_CORRUPT
    13: DiskFull,  # SQLITE_FULL
    26: WrongPassphrase,  # SQLITE_NOTADB: with SQLCipher, a key that does not fit
}


def classify(error: sqlcipher3.Error) -> VaultError | None:
    """The user-level error behind a database error, or None if it is our bug."""
    code = getattr(error, "sqlite_errorcode", None)
    kind = _BY_CODE.get(code & 0xFF) if isinstance(code, int) else None
    if kind is None and isinstance(error, sqlcipher3.OperationalError):
        kind = _by_message(str(error))
    return kind() if kind else None


def _by_message(message: str) -> type[VaultError] | None:
    lowered = message.lower()
    if "disk is full" in lowered or "disk i/o error" in lowered:
        return DiskFull if "full" in lowered else Damaged
    if "readonly" in lowered or "read-only" in lowered:
        return ReadOnly
    if "locked" in lowered or "busy" in lowered:
        return InUse
    return None


def from_os_error(error: OSError) -> VaultError | None:
    """The user-level error behind an OS error on the vault or an export."""
    if error.errno == errno.ENOSPC or error.errno == errno.EDQUOT:
        return DiskFull()
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnly()
    return None


@contextmanager
def os_errors() -> Iterator[None]:
    """An OS error the user can act on (disk full, read-only...) as its one sentence;
    any other is left to be reported as our bug."""
    try:
        yield
    except OSError as error:
        known = from_os_error(error)
        if known is None:
            raise
        raise known from None

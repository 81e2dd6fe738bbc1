"""Telling a damaged vault from a wrong passphrase, and saying what to do about it.

SQLCipher answers "not a database" both to a wrong key and to a first page that lost a
byte, since page 1 fails its authentication code either way. Each later page carries
its own code, computed with a key derived from the vault key: when the key that failed
on page 1 authenticates page 2, the passphrase was right and the file is damaged. The
owner must then hear "damaged", and no failed unlock may be counted.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.common import errors
from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.vault import keys

# SQLCipher 4 page layout for Dossier's storage profile (vault.STORAGE): 16 KiB pages,
# each ending in a 16-byte IV and a 32-byte HMAC-SHA256 over the encrypted page, its IV
# and its page number; the HMAC key is PBKDF2-HMAC-SHA256 of the raw key, 2 rounds,
# salted with the file's salt XOR 0x3a.
PAGE_SIZE = 16384
_IV_SIZE = 16
_MAC_SIZE = 32
_RESERVE = _IV_SIZE + _MAC_SIZE
_HMAC_SALT_MASK = 0x3A
_PROBED_PAGES = (2, 3)
_SQLITE_HEADER = b"SQLite format 3\x00"


class Unopenable(errors.Damaged):
    """The file is cut short or altered where the vault's structure lives."""

    def __init__(self) -> None:
        errors.VaultError.__init__(self, Text(QT_TRANSLATE_NOOP(
            "core", "The vault file is damaged: part of it is missing or altered, so "
                    "Dossier cannot open it. Keep this file aside, and put your latest "
                    "backup in its place (copy it to this name).")))


class FirstPageDamaged(Unopenable):
    """The passphrase is right, but the start of the file was altered."""


class HeaderDamaged(errors.Damaged):
    """The first 16 bytes, which carry the key settings, were altered."""

    def __init__(self) -> None:
        errors.VaultError.__init__(self, Text(QT_TRANSLATE_NOOP(
            "core", "The start of the vault file is damaged: its key settings are "
                    "impossible, so no passphrase can open it. Keep this file aside, and "
                    "put your latest backup in its place (copy it to this name).")))


class MaybeDamagedHeader(errors.NotAVault):
    """Shaped like a vault (whole 16 KiB pages) but without a Dossier header."""

    def __init__(self, path: object) -> None:
        errors.VaultError.__init__(self, Text(QT_TRANSLATE_NOOP(
            "core", "{path} is not a vault Dossier can open: either it is not a Dossier "
                    "vault, or its first bytes are damaged. If it is your vault, keep it "
                    "aside and put your latest backup in its place."), path=path))


def shaped_like_a_vault(path: Path) -> bool:
    """Whole pages, at least two: what a vault whose header lost bytes still looks like."""
    try:
        size = os.stat(path).st_size
    except OSError:
        return False
    return size >= 2 * PAGE_SIZE and size % PAGE_SIZE == 0


class DamagedNotRecorded(errors.VaultError):
    """A check found damage, and the damage also kept the check out of the history."""

    def __init__(self) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "the vault is damaged, so nothing more can be written into it. "
                    "Restore your latest sound backup.")))


def read_salt(path: Path) -> keys.Salt:
    """The vault's salt, or the reason this file cannot be a vault."""
    try:
        # Not blocking: a pipe put where the vault should be is "not a vault", not a hang.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        with os.fdopen(os.open(path, flags), "rb") as file:
            head = file.read(keys.SALT_SIZE)
    except FileNotFoundError:
        raise errors.NoVault(path) from None
    except IsADirectoryError:
        raise errors.NotAVault(path) from None
    except OSError as error:
        raise errors.from_os_error(error) or errors.VaultError(str(error)) from None
    salt = keys.Salt.read(head)
    if head.startswith(_SQLITE_HEADER):
        raise errors.NotAVault(path)
    if salt is None:
        if shaped_like_a_vault(path):
            raise MaybeDamagedHeader(path)
        raise errors.NotAVault(path)
    return salt


def derive(passphrase: str, salt: keys.Salt) -> bytes:
    """The key, or ``HeaderDamaged`` when the stored settings are beyond any we write."""
    try:
        return keys.derive(passphrase, salt)
    except (ValueError, MemoryError):
        raise HeaderDamaged() from None


@contextmanager
def unopenable() -> Iterator[None]:
    """While opening, damage means the vault cannot be opened at all, so the message
    cannot send the owner to ``dossier check``, which would need to open it."""
    try:
        yield
    except errors.Damaged as error:
        if type(error) is not errors.Damaged:
            raise
        raise Unopenable() from None


def key_fits_later_pages(path: Path, key: bytes, salt: keys.Salt) -> bool:
    """Whether ``key`` authenticates a page after the first: then the passphrase was
    right, and a refusal of page 1 means damage. Reads at most two pages."""
    mac_key = hashlib.pbkdf2_hmac(
        "sha256", key, bytes(b ^ _HMAC_SALT_MASK for b in salt.raw), 2, 32)
    try:
        with open(path, "rb") as file:
            for number in _PROBED_PAGES:
                file.seek((number - 1) * PAGE_SIZE)
                page = file.read(PAGE_SIZE)
                if len(page) == PAGE_SIZE and _authentic(mac_key, page, number):
                    return True
    except OSError:
        return False
    return False


def _authentic(mac_key: bytes, page: bytes, number: int) -> bool:
    signed_end = PAGE_SIZE - _RESERVE + _IV_SIZE
    expected = hmac.new(mac_key, page[:signed_end] + number.to_bytes(4, "little"),
                        hashlib.sha256).digest()
    return hmac.compare_digest(expected, page[signed_end:signed_end + _MAC_SIZE])


def file_writable(path: Path) -> bool:
    """Whether the vault file itself accepts writes (then a refusal means damage)."""
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError:
        return False
    return True

"""The keyring: the vault's master key, wrapped by the passphrase and by a recovery key.

A vault of storage profile 2 (``keys.WRAPPED``) encrypts its pages with a random 32-byte
master key. SQLCipher leaves only the 16-byte salt of the file in plain, and sqlcipher3
offers no way to keep more plain bytes ahead of it, so the wrapped key lives in a small
second file beside the vault, ``<vault>.keys`` (docs/storage.md, "Key"). Changing the
passphrase rewrites this file only: one scrypt and a rename, whatever the vault's size.

Layout, 184 bytes, all of them random-looking (nothing names Dossier):

====== ================================================================================
0-15   the passphrase's salt (``keys.Salt``, profile 1: scrypt settings masked)
16-75  a 12-byte nonce, then AES-256-GCM(scrypt(passphrase, salt), master key) + tag
76-91  the recovery key's salt (random)
92-151 a nonce, then AES-256-GCM(HKDF(recovery key, salt), master key) + tag; random
       bytes when there is no recovery key, so the file does not tell whether one exists
152-   HMAC-SHA256 of bytes 0-151 and the vault's first 16 bytes, keyed from the master
       key: a keyring altered, or taken from another vault, is refused
====== ================================================================================

A full re-encryption (a new master key) writes the new keyring as ``<vault>.keys-next``
before the new vault file takes its name, and renames it over ``<vault>.keys`` after:
whenever it is killed, one of the two fits the vault file on the disk, and the unlock
finishes the change.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.common import errors
from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.vault import keys, plain_files

SUFFIX = ".keys"
NEXT_SUFFIX = ".keys-next"
MASTER_SIZE = 32
_SALT, _NONCE, _TAG = 16, 12, 16
_SEALED = _NONCE + MASTER_SIZE + _TAG
_SLOT = _SALT + _SEALED
_MAC = 32
SIZE = 2 * _SLOT + _MAC
# Each wrapping names its purpose, so a slot moved to the other place does not open.
_PASSPHRASE, _RECOVERY = b"dossier passphrase slot", b"dossier recovery slot"


class MissingKeyring(errors.VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "The key file {path} is missing: the vault cannot be opened without "
                    "it. Put it back beside the vault under this name (copy it from where "
                    "the vault was copied from), or restore a backup."), path=path))


class KeyringDamaged(errors.Damaged):
    def __init__(self, path: object) -> None:
        errors.VaultError.__init__(self, Text(QT_TRANSLATE_NOOP(
            "core", "The key file {path} is damaged, was altered, or belongs to another "
                    "copy of the vault, so the vault cannot be opened with it. Put back "
                    "the key file that came with this vault, or restore a backup."),
            path=path))


@dataclass(frozen=True)
class Slot:
    """One wrapping of the master key: the salt of the key that wraps it, and the
    nonce with the encrypted key and its tag."""

    salt: bytes
    sealed: bytes

    @classmethod
    def seal(cls, master: bytes, wrapping_key: bytes, salt: bytes, purpose: bytes) -> Slot:
        nonce = os.urandom(_NONCE)
        return cls(salt, nonce + AESGCM(wrapping_key).encrypt(nonce, master, purpose + salt))

    @classmethod
    def decoy(cls) -> Slot:
        """As long as a real slot and as random, for a vault without a recovery key."""
        return cls(os.urandom(_SALT), os.urandom(_SEALED))

    def open(self, wrapping_key: bytes, purpose: bytes) -> bytes | None:
        nonce, body = self.sealed[:_NONCE], self.sealed[_NONCE:]
        try:
            return AESGCM(wrapping_key).decrypt(nonce, body, purpose + self.salt)
        except InvalidTag:
            return None


@dataclass(frozen=True)
class Keyring:
    passphrase: Slot
    recovery: Slot
    mac: bytes = b""

    @classmethod
    def new(cls, master: bytes, passphrase_key: bytes, passphrase_salt: keys.Salt) -> Keyring:
        return cls(Slot.seal(master, passphrase_key, passphrase_salt.raw, _PASSPHRASE),
                   Slot.decoy())

    @classmethod
    def parse(cls, raw: bytes) -> Keyring | None:
        if len(raw) != SIZE:
            return None
        return cls(Slot(raw[:_SALT], raw[_SALT:_SLOT]),
                   Slot(raw[_SLOT:_SLOT + _SALT], raw[_SLOT + _SALT:2 * _SLOT]),
                   raw[2 * _SLOT:])

    @property
    def passphrase_salt(self) -> keys.Salt | None:
        return keys.Salt.read(self.passphrase.salt)

    def body(self) -> bytes:
        return self.passphrase.salt + self.passphrase.sealed + self.recovery.salt \
            + self.recovery.sealed

    def sealed(self, master: bytes, vault_salt: keys.Salt) -> bytes:
        return self.body() + _mac(master, self.body(), vault_salt)

    def fits(self, master: bytes, vault_salt: keys.Salt) -> bool:
        return hmac.compare_digest(self.mac, _mac(master, self.body(), vault_salt))

    def unwrap_with_passphrase_key(self, passphrase_key: bytes) -> bytes | None:
        return self.passphrase.open(passphrase_key, _PASSPHRASE)

    def unwrap_with_recovery(self, secret: bytes) -> bytes | None:
        return self.recovery.open(_recovery_key(secret, self.recovery.salt), _RECOVERY)

    def with_passphrase(self, master: bytes, passphrase_key: bytes,
                        salt: keys.Salt) -> Keyring:
        return Keyring(Slot.seal(master, passphrase_key, salt.raw, _PASSPHRASE), self.recovery)

    def with_recovery(self, master: bytes, secret: bytes | None) -> Keyring:
        """The recovery slot for ``secret``; with None, a decoy: any former key revoked."""
        if secret is None:
            return Keyring(self.passphrase, Slot.decoy())
        salt = os.urandom(_SALT)
        return Keyring(self.passphrase,
                       Slot.seal(master, _recovery_key(secret, salt), salt, _RECOVERY))


def _mac(master: bytes, body: bytes, vault_salt: keys.Salt) -> bytes:
    mac_key = hmac.new(master, b"dossier keyring mac", hashlib.sha256).digest()
    return hmac.new(mac_key, body + vault_salt.raw, hashlib.sha256).digest()


def _recovery_key(secret: bytes, salt: bytes) -> bytes:
    # The recovery key holds 130 random bits: no slow derivation is needed against guessing.
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=b"dossier recovery key").derive(secret)


def file_for(vault_path: Path) -> Path:
    vault_path = Path(vault_path)
    return vault_path.with_name(vault_path.name + SUFFIX)


def next_for(vault_path: Path) -> Path:
    vault_path = Path(vault_path)
    return vault_path.with_name(vault_path.name + NEXT_SUFFIX)


def write(path: Path, ring: Keyring, master: bytes, vault_salt: keys.Salt) -> None:
    """The keyring under ``path``, owner-only, whole and on the disk, or not at all."""
    with errors.os_errors():
        plain_files.write_whole(path, ring.sealed(master, vault_salt), durable=True)


@dataclass(frozen=True)
class Unwrapped:
    master: bytes
    ring: Keyring


def unwrap(vault_path: Path, vault_salt: keys.Salt,
           opener: Callable[[Keyring], bytes | None]) -> Unwrapped | None:
    """The master key that ``opener`` unwraps from the vault's keyring, or from the one
    a killed re-encryption left (which then takes the keyring's place); None when the
    opener's secret fits neither."""
    found, unfit = False, None
    for path in (file_for(vault_path), next_for(vault_path)):
        ring = _read(path)
        if ring is None:
            continue
        found = True
        master = opener(ring)
        if master is None:
            continue
        if not ring.fits(master, vault_salt):
            unfit = unfit or path
            continue
        _settle(vault_path, path)
        return Unwrapped(master, ring)
    if not found:
        raise MissingKeyring(file_for(vault_path))
    if unfit is not None:
        raise KeyringDamaged(unfit)
    return None


def _settle(vault_path: Path, used: Path) -> None:
    """Finish or forget a re-encryption that was killed: the keyring that fits stays."""
    with contextlib.suppress(OSError):
        if used == next_for(vault_path):
            os.replace(used, file_for(vault_path))
        else:
            next_for(vault_path).unlink(missing_ok=True)


def _read(path: Path) -> Keyring | None:
    try:
        raw = plain_files.read_capped(path, SIZE + 1)
    except FileNotFoundError:
        return None
    except OSError:
        raise KeyringDamaged(path) from None
    ring = Keyring.parse(raw)
    if ring is None or ring.passphrase_salt is None:
        raise KeyringDamaged(path)
    return ring


def files_of(vault_path: Path) -> list[Path]:
    """The keyring files beside ``vault_path`` (those that exist)."""
    return [path for path in (file_for(vault_path), next_for(vault_path)) if path.exists()]

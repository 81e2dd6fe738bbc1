"""The vault key: the passphrase hardened with scrypt, handed to SQLCipher as a raw key.

SQLCipher keeps a 16-byte salt in plain at the start of the file. Dossier chooses that
salt itself: 12 random bytes, then a marker and the scrypt settings, masked with a hash
of the random bytes so the whole header looks random. So the vault stays one
self-contained file, the settings are stored with it and can be raised at the next
passphrase change, and a file that is not ours is recognised before any key is tried.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from dataclasses import dataclass

SALT_SIZE = 16
_RANDOM_SIZE = 12
_MARKER = 0xD5
# Storage profiles, both 16 KiB pages and HMAC-SHA256 (see vault.STORAGE). Profile 1: the
# pages' key is the passphrase's scrypt key (backups, and vaults made before key wrapping).
# Profile 2: the pages' key is a random master key, kept wrapped in the keyring file beside
# the vault (keyring.py), so the passphrase can change without re-encrypting the pages.
PASSPHRASE_KEYED, WRAPPED = 1, 2


@dataclass(frozen=True)
class KdfSettings:
    """scrypt's cost: memory is 128 * r * 2**log2_n bytes (128 MiB by default)."""

    log2_n: int = 17
    r: int = 8

    @property
    def memory(self) -> int:
        return 128 * self.r * (1 << self.log2_n)


DEFAULT = KdfSettings()


@dataclass(frozen=True)
class Salt:
    """The 16 bytes at the head of a vault: random part, then marker, profile and KDF
    settings, masked so that they look as random as the rest (format 2).

    Format 1 (vaults made before the mask) kept the last four bytes in plain, so bytes
    12-15 named any Dossier vault or backup; such vaults still open, and take format 2
    at their next passphrase change. A new salt never reads as format 1 by chance."""

    raw: bytes

    @classmethod
    def new(cls, kdf: KdfSettings = DEFAULT, profile: int = PASSPHRASE_KEYED) -> Salt:
        settings = bytes((_MARKER, profile, kdf.log2_n, kdf.r))
        while True:
            random = os.urandom(_RANDOM_SIZE)
            raw = random + bytes(a ^ b for a, b in zip(settings, _mask(random), strict=True))
            if _plain_settings(raw) is None:
                return cls(raw)

    @classmethod
    def read(cls, head: bytes) -> Salt | None:
        """The salt if ``head`` starts a Dossier vault, else None."""
        if len(head) < SALT_SIZE or _settings(head[:SALT_SIZE]) is None:
            return None
        return cls(head[:SALT_SIZE])

    @property
    def kdf(self) -> KdfSettings:
        settings = _settings(self.raw)
        if settings is None:
            raise ValueError("not a Dossier salt")
        return settings

    @property
    def profile(self) -> int:
        """PASSPHRASE_KEYED or WRAPPED: where the key of the pages comes from."""
        return self.raw[_RANDOM_SIZE + 1] if not self.masked else _unmasked(self.raw)[1]

    @property
    def masked(self) -> bool:
        """Format 2: nothing in the header says "Dossier"."""
        return _plain_settings(self.raw) is None


def _mask(random: bytes) -> bytes:
    return hashlib.sha256(b"dossier salt mask\0" + random).digest()[:4]


def _plain_settings(raw: bytes) -> KdfSettings | None:
    return _valid(raw[_RANDOM_SIZE:SALT_SIZE])


def _settings(raw: bytes) -> KdfSettings | None:
    """Format 1 when its plain marker is there, else format 2."""
    plain = _plain_settings(raw)
    if plain is not None:
        return plain
    return _valid(_unmasked(raw))


def _unmasked(raw: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(raw[_RANDOM_SIZE:SALT_SIZE], _mask(raw[:_RANDOM_SIZE]),
                                       strict=True))


def _valid(tail: bytes) -> KdfSettings | None:
    marker, profile, log2_n, r = tail
    if marker != _MARKER or profile not in (PASSPHRASE_KEYED, WRAPPED):
        return None
    if not (10 <= log2_n <= 24 and 1 <= r <= 32):
        return None
    return KdfSettings(log2_n=log2_n, r=r)


def derive(passphrase: str, salt: Salt) -> bytes:
    """The 32-byte raw key for SQLCipher; takes about half a second by design."""
    # NFC so that "é" typed on macOS (decomposed) and on Windows (composed) match.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = salt.kdf
    return hashlib.scrypt(secret, salt=salt.raw, n=1 << kdf.log2_n, r=kdf.r, p=1,
                          maxmem=kdf.memory + (1 << 20), dklen=32)


def key_pragma_value(key: bytes, salt: Salt) -> str:
    """SQLCipher's raw-key literal with its explicit salt: hex only, so no quoting issue.

    ``PRAGMA key`` cannot take bound parameters; because the passphrase only ever reaches
    SQL as hex digits, quotes and semicolons in it cannot break the statement.
    """
    return f"\"x'{key.hex()}{salt.raw.hex()}'\""

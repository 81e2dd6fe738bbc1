"""The recovery key: a second way into the vault, written for a person to copy and type.

26 random symbols of Crockford's base32 (130 bits; no I, L, O or U to misread), then 4
check symbols, in six groups of five joined by "-". The check symbols are the first 20
bits of a SHA-256 of the others: a mistyped or swapped symbol is caught before any key
is derived, and told as a typing mistake, not as a wrong key (about one typo in a million
slips through, and is then refused as a wrong key). Reading forgives what people do:
lower case, spaces, O for 0 and I or L for 1.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from app.common import errors
from app.common.texts import QT_TRANSLATE_NOOP, Text

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DATA, _CHECK, _GROUP = 26, 4, 5
_LENGTH = _DATA + _CHECK
_READ_AS = {"O": "0", "I": "1", "L": "1"}


class MalformedRecoveryKey(errors.VaultError):
    """Caught before any key is tried: nothing was attempted, nothing is counted."""

    def __init__(self) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "This is not the recovery key as written: it has a typing mistake. "
                    "A recovery key has 6 groups of 5 letters and digits; check each group "
                    "against the sheet. Nothing was changed.")))


@dataclass(frozen=True)
class RecoveryKey:
    symbols: str  # the 26 random symbols, canonical

    @classmethod
    def new(cls) -> RecoveryKey:
        # 256 is a multiple of 32, so each byte's low five bits are uniform.
        return cls("".join(ALPHABET[byte & 31] for byte in os.urandom(_DATA)))

    @classmethod
    def parse(cls, typed: str) -> RecoveryKey:
        """The key as typed or pasted; ``MalformedRecoveryKey`` if it cannot be it."""
        cleaned = canonical(typed)
        if len(cleaned) != _LENGTH or any(symbol not in ALPHABET for symbol in cleaned):
            raise MalformedRecoveryKey()
        data, check = cleaned[:_DATA], cleaned[_DATA:]
        if _check(data) != check:
            raise MalformedRecoveryKey()
        return cls(data)

    @property
    def secret(self) -> bytes:
        return self.symbols.encode("ascii")

    def __str__(self) -> str:
        full = self.symbols + _check(self.symbols)
        return "-".join(full[start:start + _GROUP] for start in range(0, _LENGTH, _GROUP))

    def __repr__(self) -> str:
        return "RecoveryKey(…)"  # never printed by accident in a log or a traceback


def canonical(typed: str) -> str:
    """What was typed, without spaces or dashes, in capitals, look-alikes read as digits."""
    cleaned = "".join(typed.split()).replace("-", "").upper()
    return "".join(_READ_AS.get(symbol, symbol) for symbol in cleaned)


def _check(data: str) -> str:
    bits = int.from_bytes(hashlib.sha256(b"dossier recovery check\0" + data.encode()).digest()[:3])
    return "".join(ALPHABET[(bits >> shift) & 31] for shift in (19, 14, 9, 4))

"""The recovery key split into 3 shares, any 2 of which give it back (Shamir's secret
sharing, 1979), for a trusted person, a lawyer and a safe place: none of them alone can
open the vault.

The key is 26 symbols of 5 bits. Each symbol is taken as an element of GF(32), the
polynomials over GF(2) modulo x^5 + x^2 + 1, where adding is XOR. For each symbol ``s`` a
random line ``f(x) = s + a·x`` is drawn (``a`` uniform in GF(32)); share ``i`` holds
``f(i)`` for ``i`` = 1, 2, 3. One share alone is 26 uniformly random symbols, whatever the
key: it tells nothing of it. Two shares ``i`` and ``j`` give the line back, and with it
``s = f(0) = (f(i)·j + f(j)·i) / (i + j)``. Working in GF(32) rather than GF(256) keeps
each share the shape of a key, typed the same way: its number, its 26 symbols and 3 check
symbols, in six groups of five.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from app.common import errors
from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.vault.recovery_key import ALPHABET, MalformedRecoveryKey, RecoveryKey, canonical

SHARES, NEEDED = 3, 2
_POLYNOMIAL = 0b100101  # x^5 + x^2 + 1, irreducible over GF(2)
_DATA, _CHECK, _GROUP = 26, 3, 5
_LENGTH = 1 + _DATA + _CHECK


class OneShareOnly(errors.VaultError):
    def __init__(self) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "This is one share of a recovery key: type two different shares, one "
                    "after the other. Nothing was changed.")))


@dataclass(frozen=True)
class Share:
    number: int  # 1 to SHARES
    symbols: str  # 26 canonical symbols

    @classmethod
    def parse(cls, cleaned: str) -> Share | None:
        """The share in ``cleaned`` (canonical symbols), or None if it is not one."""
        if len(cleaned) != _LENGTH or not "1" <= cleaned[0] <= str(SHARES):
            return None
        if _check(cleaned[:1 + _DATA]) != cleaned[1 + _DATA:]:
            return None
        return cls(int(cleaned[0]), cleaned[1:1 + _DATA])

    def __str__(self) -> str:
        full = f"{self.number}{self.symbols}"
        full += _check(full)
        return "-".join(full[start:start + _GROUP] for start in range(0, _LENGTH, _GROUP))

    def __repr__(self) -> str:
        return f"Share({self.number}, …)"


def split(key: RecoveryKey) -> list[Share]:
    """``SHARES`` shares of ``key``; any ``NEEDED`` of them give it back."""
    slopes = [byte & 31 for byte in os.urandom(_DATA)]
    return [Share(x, "".join(ALPHABET[ALPHABET.index(symbol) ^ _multiply(slope, x)]
                             for symbol, slope in zip(key.symbols, slopes, strict=True)))
            for x in range(1, SHARES + 1)]


def combine(first: Share, second: Share) -> RecoveryKey:
    """The key two different shares come from."""
    i, j = first.number, second.number
    divisor = _inverse(i ^ j)
    return RecoveryKey("".join(
        ALPHABET[_multiply(_multiply(ALPHABET.index(a), j) ^ _multiply(ALPHABET.index(b), i),
                           divisor)]
        for a, b in zip(first.symbols, second.symbols, strict=True)))


def read(typed: str) -> RecoveryKey:
    """The recovery key as typed: the key itself, or two of its shares one after the other.
    A typing mistake is told here, before any key is tried."""
    cleaned = canonical(typed)
    if len(cleaned) == 2 * _LENGTH:
        shares = [Share.parse(cleaned[:_LENGTH]), Share.parse(cleaned[_LENGTH:])]
        if shares[0] is None or shares[1] is None or shares[0].number == shares[1].number:
            raise MalformedRecoveryKey()
        return combine(shares[0], shares[1])
    try:
        return RecoveryKey.parse(cleaned)
    except MalformedRecoveryKey:
        if Share.parse(cleaned) is not None:
            raise OneShareOnly() from None
        raise


def _multiply(a: int, b: int) -> int:
    product = 0
    while b:
        if b & 1:
            product ^= a
        b >>= 1
        a <<= 1
        if a & 32:
            a ^= _POLYNOMIAL
    return product


def _inverse(a: int) -> int:
    # The 31 non-zero elements form a cyclic group: a^31 = 1, so a^30 = 1/a.
    result = 1
    for _ in range(30):
        result = _multiply(result, a)
    return result


def _check(data: str) -> str:
    digest = hashlib.sha256(b"dossier recovery share\0" + data.encode()).digest()
    bits = int.from_bytes(digest[:2])
    return "".join(ALPHABET[(bits >> shift) & 31] for shift in (11, 6, 1))

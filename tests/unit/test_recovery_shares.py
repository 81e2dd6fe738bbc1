"""The recovery key split in three shares: any two give it back, one alone tells nothing."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest

from app.vault import recovery_shares
from app.vault.recovery_key import ALPHABET, MalformedRecoveryKey, RecoveryKey
from app.vault.recovery_shares import OneShareOnly, Share, combine, read, split


def test_the_field_is_gf32_every_non_zero_element_has_an_inverse() -> None:
    multiply, inverse = recovery_shares._multiply, recovery_shares._inverse
    for a in range(1, 32):
        assert multiply(a, inverse(a)) == 1
        assert sorted(multiply(a, b) for b in range(32)) == list(range(32))  # no zero divisor
    for a, b, c in itertools.product(range(0, 32, 3), repeat=3):
        assert multiply(a, b ^ c) == multiply(a, b) ^ multiply(a, c)
        assert multiply(multiply(a, b), c) == multiply(a, multiply(b, c))


@pytest.mark.parametrize("seed", range(20))
def test_any_two_shares_give_the_key_back_in_either_order(seed: int) -> None:
    key = RecoveryKey.new()
    shares = split(key)
    assert [share.number for share in shares] == [1, 2, 3]
    for first, second in itertools.permutations(shares, 2):
        assert combine(first, second) == key
        assert read(f"{first}\n{second}") == key


def test_one_share_alone_is_uniform_whatever_the_key() -> None:
    # The same key split 3200 times: each symbol of share 1 takes all 32 values about
    # equally often (the key's own symbol would stand out if it leaked).
    key = RecoveryKey("0" * 26)
    counts = Counter(split(key)[0].symbols[5] for _ in range(3200))
    assert set(counts) == set(ALPHABET)
    assert max(counts.values()) < 200  # 100 expected for each


def test_a_share_is_typed_like_a_key_and_its_typos_are_caught() -> None:
    share = split(RecoveryKey.new())[1]
    text = str(share)
    assert len(text.split("-")) == 6
    assert Share.parse(text.replace("-", "")) == share
    caught = 0
    for position in range(1, len(text.replace("-", ""))):
        plain = text.replace("-", "")
        other = ALPHABET[(ALPHABET.index(plain[position]) + 1) % 32]
        assert Share.parse(plain[:position] + other + plain[position + 1:]) is None
        caught += 1
    assert caught == 29


def test_one_share_or_twice_the_same_is_refused_plainly() -> None:
    first, second, _third = split(RecoveryKey.new())
    with pytest.raises(OneShareOnly):
        read(str(first))
    with pytest.raises(MalformedRecoveryKey):
        read(f"{first} {first}")
    last = str(second)[-1]
    with pytest.raises(MalformedRecoveryKey):
        read(f"{first} {str(second)[:-1]}{'1' if last == '0' else '0'}")

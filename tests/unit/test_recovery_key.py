"""The recovery key as a person reads and types it: a typo is caught before any key is tried."""

from __future__ import annotations

import re

import pytest

from app.vault.recovery_key import ALPHABET, MalformedRecoveryKey, RecoveryKey


def test_a_new_key_is_six_groups_of_crockford_symbols_with_130_random_bits() -> None:
    keys = [RecoveryKey.new() for _ in range(300)]
    for key in keys:
        assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{5}-){5}[0-9A-HJKMNP-TV-Z]{5}", str(key))
        assert RecoveryKey.parse(str(key)) == key
    assert len({key.symbols for key in keys}) == 300
    # Every symbol of the alphabet turns up in every random position: no position is fixed
    # (among 3000 keys a symbol is missed by chance with odds of about 10^-39).
    many = [RecoveryKey.new() for _ in range(3000)]
    for position in range(26):
        assert len({key.symbols[position] for key in many}) == 32


def test_what_people_do_when_typing_is_forgiven() -> None:
    key = RecoveryKey.new()
    typed = str(key).lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert RecoveryKey.parse(f"  {typed}\n") == key
    assert RecoveryKey.parse(str(key).replace("-", "")) == key


@pytest.mark.parametrize("seed", range(5))
def test_every_single_typo_and_every_swap_of_neighbours_is_caught(seed: int) -> None:
    key = str(RecoveryKey.new()).replace("-", "")
    variants = set()
    for position, symbol in enumerate(key):
        variants |= {key[:position] + other + key[position + 1:]
                     for other in ALPHABET if other != symbol}
    variants |= {key[:i] + key[i + 1] + key[i] + key[i + 2:]
                 for i in range(len(key) - 1) if key[i] != key[i + 1]}
    caught = 0
    for variant in variants:
        with pytest.raises(MalformedRecoveryKey):
            RecoveryKey.parse(variant)
        caught += 1
    assert caught == len(variants) > 900


@pytest.mark.parametrize("typed", ["", "ABCDE", "U" * 30, "!" * 30,
                                   "0123456789ABCDEFGHJKMNPQRSTVWXYZ"])
def test_anything_else_is_a_typing_mistake(typed: str) -> None:
    with pytest.raises(MalformedRecoveryKey) as raised:
        RecoveryKey.parse(typed)
    assert "6 groups of 5" in str(raised.value)


def test_the_key_never_shows_in_a_repr() -> None:
    key = RecoveryKey.new()
    assert key.symbols not in repr(key)

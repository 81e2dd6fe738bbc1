"""The check's new lines, said in plain words in the window: an item whose original was
swapped with its hash, damaged pages, and a vault put back older."""

from __future__ import annotations

import pytest

from app.vault import last_seen
from ui.vault.check_dialog import plain_words


@pytest.mark.parametrize(("line", "expected"), [
    (('item 7 does not hold the original its "imported" custody entry recorded '
      "(the SHA-256 differs)"), "Item 7 no longer holds the original that was imported"),
    ('item 7 has no "imported" entry in the custody log', "Item 7 is not in the history"),
    ("HMAC verification failed for page 3", "no longer decrypts as it was written"),
    ("page 45 has an invalid size of 16284 bytes (expected 16384 bytes)",
     "no longer decrypts as it was written"),
])
def test_new_check_lines_have_plain_words(qtbot, line: str, expected: str) -> None:
    assert expected in plain_words(line)


def test_a_vault_put_back_older_is_said_as_the_core_says_it(qtbot) -> None:
    older = last_seen.Older(seen_at="2026-12-01T18:30:05Z", count_then=40, count_now=31)
    said = plain_words(last_seen.sentence(older))
    assert said.startswith("This vault is older than the one last opened here on 2026-12-01 "
                           "at 18:30 UTC")

"""The check's new findings, said in plain words in the window: an item whose original was
swapped together with its hash, an item missing from the history, a vault put back older."""

from __future__ import annotations

import pytest

from app.vault import custody, last_seen
from ui.common.i18n import core_text


@pytest.mark.parametrize(("problem", "expected"), [
    (custody.swapped(7), "Item 7 no longer holds the original that was imported"),
    (custody.unlogged(7), "Item 7 is not in the history"),
])
def test_new_check_findings_have_plain_words(qtbot, problem, expected: str) -> None:
    assert expected in core_text(problem)


def test_a_vault_put_back_older_is_said_as_the_core_says_it(qtbot) -> None:
    older = last_seen.Older(seen_at="2026-12-01T18:30:05Z", count_then=40, count_now=31)
    said = core_text(last_seen.sentence(older))
    assert said.startswith("This vault is older than the one last opened here on 2026-12-01 "
                           "at 18:30 UTC")

"""The report's bilingual catalogue, and how it writes dates, numbers, sizes and the
dates along a chart's axis."""

from __future__ import annotations

import ast
import string
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.common import file_names
from app.export import wording
from app.export.report.axis import ticks
from app.export.wording import WORDS, say

PARIS_WINTER = timezone(timedelta(hours=1))


def placeholders(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conv in string.Formatter().parse(text)
            if name is not None}


def test_every_sentence_has_both_languages_with_the_same_placeholders() -> None:
    for key, (french, english) in WORDS.items():
        assert french.strip(), key
        assert english.strip(), key
        glue = {"_", "_N"}  # French spacing, which English leaves out
        assert placeholders(french) - glue == placeholders(english) - glue, key


def test_no_key_is_written_twice() -> None:
    """A dict literal keeps the last of two equal keys silently."""
    source = Path(wording.__file__).read_text(encoding="utf-8")
    table = next(node.value for node in ast.walk(ast.parse(source))
                 if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "WORDS")
    keys = [key.value for key in table.keys]  # type: ignore[union-attr]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("key", sorted(WORDS))
def test_every_sentence_formats_in_both_languages(key: str) -> None:
    values = {name: "x" for text in WORDS[key] for name in placeholders(text)
              if name not in ("_", "_N")}
    for language in ("fr", "en"):
        assert "{" not in say(language, key, **values)


def test_every_dated_file_name_convention_has_words() -> None:
    """The report says which system wrote a name; a generic ISO date says "the file
    name", and a name that states no date is never a date's source."""
    families = {row.family for row in file_names.CONVENTIONS
                if row.precision != file_names.NONE} - {"generic"}
    assert {f"named.{family}" for family in families} <= set(WORDS)
    assert {key for key in WORDS if key.startswith("named.")} == {
        f"named.{family}" for family in families}


def test_french_spacing() -> None:
    assert say("fr", "exhibit", n="3") == "Pièce n°\u00a03"
    assert say("en", "exhibit", n="3") == "Exhibit 3"
    assert "\u00a0:" in say("fr", "field.date_value", when="w", source="s")
    assert " :" not in say("en", "field.date_value", when="w", source="s")


def test_dates_in_french_and_english() -> None:
    moment = datetime(2026, 11, 5, 14, 30, 12, tzinfo=PARIS_WINTER)
    assert wording.moment("fr", moment) == "5 novembre 2026 à 14:30"
    assert wording.moment("en", moment) == "5 November 2026, 14:30"
    assert wording.moment("fr", moment, seconds=True) == "5 novembre 2026 à 14:30:12"
    assert wording.day("fr", date(2026, 11, 1)) == "1er novembre 2026"
    assert wording.day("en", date(2026, 11, 1)) == "1 November 2026"
    assert wording.month("fr", date(2026, 8, 1)) == "août 2026"
    assert wording.weekday_day("fr", date(2026, 11, 5)) == "jeudi 5 novembre 2026"
    assert wording.utc_offset(moment) == "UTC+01:00"
    assert wording.utc_offset(moment.astimezone(timezone(-timedelta(hours=5)))) == "UTC−05:00"


def test_numbers_sizes_and_plurals() -> None:
    assert wording.number("fr", 41269) == "41\u00a0269"
    assert wording.number("en", 41269) == "41,269"
    assert wording.size("fr", 41269) == "41,3\u00a0Ko (41\u00a0269\u00a0octets)"
    assert wording.size("en", 41269) == "41.3\u00a0kB (41,269 bytes)"
    assert wording.size("en", 999) == "999\u00a0bytes"
    assert wording.decimal("fr", 4.0) == "4"
    assert wording.signed("en", -0.14) == "−0.14"
    assert wording.count("fr", "count.exhibits", 1) == "1 pièce"
    assert wording.count("fr", "count.exhibits", 0) == "0 pièce"
    assert wording.count("en", "count.exhibits", 0) == "0 exhibits"
    assert wording.listed("fr", ["a", "b", "c"]) == "a, b et c"


def test_chart_axes_label_days_weeks_months_or_years_as_room_allows() -> None:
    week = ticks(date(2026, 11, 3), date(2026, 11, 9), 10, "fr")
    assert [label for _day, label in week][:2] == ["3 nov. 2026", "4 nov."]
    month = ticks(date(2026, 11, 3), date(2026, 11, 30), 6, "fr")
    assert [day for day, _label in month] == [date(2026, 11, d) for d in (9, 16, 23, 30)]
    year = ticks(date(2025, 5, 31), date(2026, 11, 29), 10, "en")
    assert [label for _day, label in year] == [
        "Jul 2025", "Oct 2025", "Jan 2026", "Apr 2026", "Jul 2026", "Oct 2026"]
    decades = ticks(date(1990, 1, 1), date(2026, 1, 1), 8, "en")
    assert len(decades) <= 8
    assert all(label.isdigit() for _day, label in decades)

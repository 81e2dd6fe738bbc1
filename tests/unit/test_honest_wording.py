"""Words a defence lawyer would use against the bundle: "9 pièce(s)", "modifiée (title)",
hashes said to prove more than they do. Checked on the sentences the report and the
README really print."""

from __future__ import annotations

import pytest

from app.export import wording
from app.export.readme import _TEMPLATES
from app.export.report.sections import _action
from app.export.wording import WORDS


def test_no_sentence_writes_a_lazy_plural() -> None:
    for key, pair in WORDS.items():
        for text in pair:
            assert "(s)" not in text, key
    for template in _TEMPLATES.values():
        assert "(s)" not in template


@pytest.mark.parametrize(("language", "n", "expected"), [
    ("fr", 1, "1 pièce sans date propre"), ("fr", 9, "9 pièces sans date propre"),
    ("en", 1, "1 exhibit with no date of its own"), ("en", 9, "9 exhibits with no date"),
])
def test_undated_exhibits_are_counted_with_real_plurals(language: str, n: int,
                                                       expected: str) -> None:
    assert wording.count(language, "stats.undated_value", n).startswith(expected)


@pytest.mark.parametrize(("field", "french", "english"), [
    ("title", "titre modifié", "title changed"),
    ("description", "description modifiée", "description changed"),
    ("captured_at", "date modifiée", "date changed"),
    ("url", "adresse web modifiée", "web address changed"),
])
def test_an_edit_in_the_custody_log_names_the_field_in_words(field: str, french: str,
                                                            english: str) -> None:
    assert _action("fr", "edited", {"field": field}) == french
    assert _action("en", "edited", {"field": field}) == english
    assert _action("fr", "edited", {"field": "unknown"}) == "modifiée"


def test_the_readme_says_what_hashes_prove_and_what_they_do_not() -> None:
    french = " ".join(_TEMPLATES["fr"].split())
    english = " ".join(_TEMPLATES["en"].split())
    assert "depuis leur entrée dans le coffre" not in french
    assert "since they entered" not in english
    assert "toute modification ultérieure se verra" in french
    assert "ne prouvent pas quand un fichier est entré dans le coffre, ni qui l'a écrit" in french
    assert "sur son ordinateur et selon son horloge" in french
    assert "any later change is detectable" in english
    assert "do not prove when a file entered the vault, nor who wrote it" in english
    assert "from the case's first entry to this export" in english


def test_the_report_does_not_say_hashes_date_the_entry_into_the_vault() -> None:
    for key in ("index.intro", "custody.intro", "verify_note", "fingerprint_note"):
        for text in WORDS[key]:
            for overclaim in ("depuis son entrée", "since it entered", "inchangés",
                              "unchanged"):
                assert overclaim not in text, key
    assert "ni qui l'a écrit" in WORDS["index.intro"][0]
    assert "selon l'horloge" in WORDS["custody.intro"][0]

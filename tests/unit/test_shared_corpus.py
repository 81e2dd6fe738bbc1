"""The extra corpus in ../shared/corpus, when this machine has it: the one place the tests
read it. Its files must be the generated corpus's files, and the importer must find in
each what its README promises. Skipped, with the reason, when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.samples.facts import FACTS, FILES, REFUSED_FILES, import_corpus, mismatches


@pytest.fixture(scope="module")
def imported(shared_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return import_corpus(shared_corpus, tmp_path_factory.mktemp("shared_facts"))


def test_it_holds_the_same_files_as_the_generated_corpus(shared_corpus: Path) -> None:
    assert {path.relative_to(shared_corpus).as_posix()
            for path in shared_corpus.rglob("*") if path.is_file()} == FILES


@pytest.mark.parametrize("relative", sorted(FACTS))
def test_the_importer_finds_what_its_readme_promises(imported, relative: str) -> None:
    found = imported[relative]
    assert not isinstance(found, str), f"{relative} refused: {found}"
    assert mismatches(relative, FACTS[relative], found) == []


@pytest.mark.parametrize(("relative", "why"), sorted(REFUSED_FILES.items()))
def test_its_empty_file_is_refused(imported, relative: str, why: str) -> None:
    assert isinstance(imported[relative], str)
    assert why in imported[relative]

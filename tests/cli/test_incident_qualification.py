"""``dossier incident add --qualification``: the offence the person chose is stored (vault
migration 6) and shown; an unknown one is refused with the usage code."""

from __future__ import annotations

import pytest

from tests.cli.conftest import Dossier
from tests.conftest import CORPUS


@pytest.fixture(autouse=True)
def case(dossier: Dossier) -> None:
    """The first import creates the case the incidents belong to."""
    assert dossier("import", CORPUS / "notes" / "journal.txt").code == 0


def test_an_incident_keeps_the_qualification_given(dossier: Dossier) -> None:
    added = dossier("incident", "add", "--title", "Menace de mort", "--when", "2026-11-04",
                    "--qualification", "menaces", "--json")
    assert (added.code, added.err) == (0, ""), added.err
    (line,) = added.lines()
    assert line["qualification"] == "menaces"
    plain = dossier("incident", "add", "--title", "Faux profil", "--when", "2026-11")
    assert plain.code == 0
    listed = dossier("incident", "list", "--json").lines()
    assert [(i["title"], i["qualification"]) for i in listed] == [
        ("Faux profil", ""), ("Menace de mort", "menaces")]


def test_an_unknown_qualification_is_a_usage_error(dossier: Dossier) -> None:
    refused = dossier("incident", "add", "--title", "X", "--when", "2026-11",
                      "--qualification", "harcelement")
    assert refused.code == 2
    assert "invalid choice" in refused.err
    assert dossier("incident", "list", "--json").lines() == []

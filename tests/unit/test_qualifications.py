"""The qualifications an incident may carry: the texts each cites, and the vault column
(migration 6) that keeps the choice, in a real SQLCipher vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.case import cases, incidents, qualifications
from app.vault import schema
from app.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, make_vault

CITED = {
    "harcelement-moral": "l'article 222-33-2-2 du Code pénal",
    "harcelement-conjoint": "l'article 222-33-2-1 du Code pénal",
    "usurpation-identite": "l'article 226-4-1 du Code pénal",
    "menaces": "les articles 222-17 et 222-18 du Code pénal",
    "revelation-informations": "l'article 223-1-1 du Code pénal",
    "images-intimes": "l'article 226-2-1 du Code pénal",
    "atteinte-vie-privee": "l'article 226-1 du Code pénal",
    "injure-publique": "les articles 29, alinéa 2, et 33 de la loi du 29 juillet 1881 "
                       "sur la liberté de la presse",
    "diffamation-publique": "les articles 29, alinéa 1er, et 32 de la loi du 29 juillet "
                            "1881 sur la liberté de la presse",
    "injure-non-publique": "l'article R. 621-2 du Code pénal",
}


def test_each_qualification_cites_its_texts() -> None:
    assert {q.key: q.cited() for q in qualifications.QUALIFICATIONS} == CITED


def test_chosen_keeps_the_list_order_and_drops_empty_and_repeats() -> None:
    chosen = qualifications.chosen(["menaces", "", "usurpation-identite", "menaces"])
    assert [q.key for q in chosen] == ["usurpation-identite", "menaces"]
    assert qualifications.chosen(["", ""]) == []


def test_the_vault_keeps_an_incidents_qualification(tmp_path: Path) -> None:
    vault = Vault.unlock(make_vault(tmp_path / "case.dossier"), PASSPHRASE)
    try:
        assert schema.version(vault.db) == schema.LATEST
        with vault.transaction() as db:
            case = cases.create(db, "Affaire Martin")
            kept = incidents.save(db, incidents.Incident(
                None, case.id, "Menace", qualification="menaces"))
            bare = incidents.save(db, incidents.Incident(None, case.id, "Faux profil"))
            with pytest.raises(ValueError, match="unknown qualification"):
                incidents.save(db, incidents.Incident(None, case.id, "X",
                                                      qualification="harcelement"))
        assert incidents.get(vault.db, kept).qualification == "menaces"  # type: ignore[union-attr]
        assert incidents.get(vault.db, bare).qualification == ""  # type: ignore[union-attr]
    finally:
        vault.close()

"""What the person does with the vault's cases: open the one she left, create, rename.

A case's name is unique in its vault; a name already taken is answered with None so the
dialog can say so and stay open.
"""

from __future__ import annotations

from app.case import cases
from app.case.cases import Case
from app.vault.vault import Vault


def open_recent(vault: Vault, default_name: str, remembered: int | None) -> Case:
    """The case shown before the last lock, else the newest, else a new one."""
    known = cases.all_cases(vault.db)
    for case in known:
        if case.id == remembered:
            return case
    if known:
        return known[-1]
    with vault.transaction() as db:
        return cases.create(db, default_name)


def create(vault: Vault, name: str) -> Case | None:
    """A new case; None if another already has that name."""
    with vault.transaction() as db:
        return None if cases.find(db, name) else cases.create(db, name)


def rename(vault: Vault, case_id: int, name: str) -> Case | None:
    """Rename a case; None if another already has that name."""
    with vault.transaction() as db:
        clash = cases.find(db, name)
        if clash is not None and clash.id != case_id:
            return None
        return cases.rename(db, case_id, name)

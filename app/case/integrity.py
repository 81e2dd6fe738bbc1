"""One transaction per user action, with a refusal the user understands.

Two windows, or a panel left open, can refer to something deleted meanwhile (an account
deleted in People while an incident dialog still lists it). SQLite then refuses the
write with a foreign-key failure; this module turns that into one plain sentence, for the
window and for the command line alike, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlcipher3

from app.common import errors
from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.vault.vault import Vault


class Gone(errors.DossierError):
    """What the action refers to was deleted meanwhile; nothing was changed."""


ACCOUNT_GONE = QT_TRANSLATE_NOOP(
    "core", "This account was deleted meanwhile; choose another. Nothing was changed.")
PERSON_GONE = QT_TRANSLATE_NOOP(
    "core", "This person was deleted meanwhile; choose another. Nothing was changed.")
INCIDENT_GONE = QT_TRANSLATE_NOOP(
    "core", "This incident was deleted meanwhile. Nothing was changed.")
ITEM_GONE = QT_TRANSLATE_NOOP(
    "core", "This item is no longer in the case. Nothing was changed.")
SOMETHING_GONE = QT_TRANSLATE_NOOP(
    "core", "Something this change refers to was deleted meanwhile (an item, an incident, "
            "a person or an account). Nothing was changed; look again and retry.")


def gone(sentence: str) -> Gone:
    return Gone(Text(sentence))


@contextmanager
def action(vault: Vault) -> Iterator[sqlcipher3.Connection]:
    """One user action: all of it or nothing, a foreign-key refusal as a sentence."""
    try:
        with vault.transaction() as db:
            yield db
    except sqlcipher3.IntegrityError as error:
        if "FOREIGN KEY" in str(error).upper():
            raise gone(SOMETHING_GONE) from None
        raise


def require(db: sqlcipher3.Connection, table: str, record_id: int, case_id: int,
            sentence: str) -> None:
    """Refuse the action when ``record_id`` is not (or no longer) in the case."""
    # ``table`` comes from this package's callers, never from the user.
    row = db.execute(f"SELECT case_id FROM {table} WHERE id = ?", (record_id,)).fetchone()
    if row is None or row[0] != case_id:
        raise gone(sentence)

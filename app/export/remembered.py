"""The filer's name and e-mail, remembered in the case between exports.

A platform's notice requires the notifier's name and e-mail (DSA Art. 16(2)(c)), and
retyping them at every export is how a tired person gives up. They are kept in the case,
inside the encrypted vault's ``settings`` table, one key per case; nothing else of hers
(address, telephone) is stored. The export that used them stores them, in its own
transaction: an export that fails remembers nothing.
"""

from __future__ import annotations

import json

import sqlcipher3

from app.export.options import Filer


def key(case_id: int) -> str:
    return f"case.{case_id}.filer"


def filer(db: sqlcipher3.Connection, case_id: int) -> Filer:
    """The name and e-mail the case's last export gave; empty ones if none did."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", (key(case_id),)).fetchone()
    stored = json.loads(row[0]) if row else {}
    return Filer(name=str(stored.get("name", "")), email=str(stored.get("email", "")))


def remember(db: sqlcipher3.Connection, case_id: int, given: Filer) -> None:
    """Keep the name and e-mail ``given``, inside the caller's transaction; one not given
    (details left out, or an avocat's bundle, which asks no e-mail) keeps its value."""
    known = filer(db, case_id)
    name, email = given.name.strip() or known.name, given.email.strip() or known.email
    if (name, email) == (known.name, known.email):
        return
    db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
               (key(case_id), json.dumps({"name": name, "email": email}, ensure_ascii=False)))

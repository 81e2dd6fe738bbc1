"""Which identifiers belong to whom: one spelling for each address, number and IP, and
the rule that ties them to a person.

The rule: an identifier is the harasser's only when the case has an account of a person
whose role is ``harasser`` and whose handle *is* that identifier once normalised (an
account "ombre.du.lac@example.net" on e-mail ties that address; an account "+33 6 12 34
56 78" on WhatsApp or SMS ties that number, on any platform). Nothing is guessed from a
display name. The victim's own identities (``me``) are never anybody's.
"""

from __future__ import annotations

import ipaddress
import json
from dataclasses import dataclass
from typing import Any

import phonenumbers
import sqlcipher3

from app.case import me, parties

ACCOUNT, EMAIL, PHONE, IP, URL, MESSAGE_ID = (
    "account", "email", "phone", "ip", "url", "message_id")
KINDS = (ACCOUNT, EMAIL, PHONE, IP, URL, MESSAGE_ID)
COUNTRY = "FR"  # the case's country until a case can say otherwise


def email(value: str) -> str:
    """An address in lower case, or "" when it is not an address ("nobody")."""
    text = value.strip().strip("<>").strip().lower()
    local, at, domain = text.partition("@")
    return text if at and local and "." in domain and " " not in text else ""


# Local parts of addresses that machines send from and nobody can answer: a bank's
# notice is not a correspondent (issue #13: the complaint named a bank's no-reply).
_AUTOMATIC = ("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply",
              "mailer-daemon", "postmaster", "notification", "notifications", "bounce",
              "bounces")


def automatic(address: str) -> bool:
    """Whether an address is a machine's (no-reply and the like), by its local part."""
    local = address.partition("@")[0].casefold()
    return local in _AUTOMATIC or local.startswith(("noreply", "no-reply", "donotreply"))


def phone(value: str, country: str = COUNTRY) -> str:
    """A number in E.164 ("+33612345678"), or "" when it is not a possible number."""
    text = value.strip()
    if sum(c.isdigit() for c in text) < 6 or any(c.isalpha() for c in text):
        return ""
    try:
        number = phonenumbers.parse(text, country)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_display(e164: str, country: str = COUNTRY) -> str:
    """ "+33 6 12 34 56 78" in France's own way ("06 12 34 56 78") for a French number;
    a foreign number keeps its country code so it cannot be misread."""
    try:
        number = phonenumbers.parse(e164, country)
    except phonenumbers.NumberParseException:
        return e164
    same = phonenumbers.region_code_for_number(number) == country
    style = phonenumbers.PhoneNumberFormat.NATIONAL if same else \
        phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, style)


def ip(value: str) -> str:
    """An IP without brackets or IPv6 prefix ("[198.51.100.99]" → "198.51.100.99")."""
    text = value.strip().strip("[]").strip()
    text = text[5:] if text.lower().startswith("ipv6:") else text
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return ""


def handle(value: str) -> str:
    """An account's handle as platforms compare them: "@Ombre_du_Lac" → "ombre_du_lac"."""
    return value.strip().lstrip("@").casefold()


@dataclass(frozen=True)
class Key:
    """One identifier, whatever its spelling: the kind and the normalised value."""

    kind: str
    value: str


def key_of(value: str, country: str = COUNTRY) -> Key:
    """What a handle or an author names: an address, a number, or else an account."""
    if address := email(value):
        return Key(EMAIL, address)
    if number := phone(value, country):
        return Key(PHONE, number)
    return Key(ACCOUNT, handle(value))


def harassers(db: sqlcipher3.Connection, case_id: int) -> dict[Key, str]:
    """Each identifier tied to a harasser, with that person's name."""
    rows = db.execute(
        "SELECT accounts.handle, people.name FROM accounts "
        "JOIN people ON people.id = accounts.person_id "
        "WHERE accounts.case_id = ? AND people.role = 'harasser' ORDER BY accounts.id",
        (case_id,))
    tied: dict[Key, str] = {}
    for account_handle, name in rows:
        tied.setdefault(key_of(account_handle), name)
    return tied


def victim(db: sqlcipher3.Connection) -> set[Key]:
    """The victim's own identities, read from the vault (they belong to every case): the
    ones she set, and the ones inferred from the evidence that she did not remove."""
    entries = _setting(db, me.SETTING)
    refused = {str(entry).casefold() for entry in _setting(db, me.NOT_ME)}
    mine = {key_of(str(entry.get("identifier", ""))) for entry in entries}
    return mine | {key_of(found.identifier) for found in parties.inferred(db)
                   if found.identifier.casefold() not in refused}


def _setting(db: sqlcipher3.Connection, key: str) -> list[Any]:
    row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return list(json.loads(row[0])) if row else []

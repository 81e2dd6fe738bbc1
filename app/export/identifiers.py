"""What identifies the author: the accounts, addresses, numbers, IPs, URLs and message
identifiers found in the exported evidence, each with the exhibits it appears in.

Only the author's side is collected: the sender of an e-mail, the other party of an
SMS, never the victim's own address or number, which the recipient does not need.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.utils import getaddresses

import sqlcipher3

from app.export.exhibit import Exhibit

ACCOUNT, EMAIL, PHONE, IP, URL, MESSAGE_ID = (
    "account", "email", "phone", "ip", "url", "message_id")
KINDS = (ACCOUNT, EMAIL, PHONE, IP, URL, MESSAGE_ID)

# Where each kind of identifier is recorded in an item's metadata.
_SENDER_KEYS = ("email.from", "email.reply_to", "email.return_path")
_IP_KEYS = ("email.originating_ip", "email.x_originating_ip")
_URL_KEYS = ("web.url",)


@dataclass(frozen=True)
class Identifier:
    kind: str  # one of KINDS
    value: str
    detail: str  # the platform, the person an account belongs to, or where it was found
    exhibits: tuple[str, ...]  # labels, in index order


def collect(db: sqlcipher3.Connection, exhibits: Iterable[Exhibit]) -> tuple[Identifier, ...]:
    # Keyed by the case-folded value, so "Ombre@Example.net" and "ombre@example.net"
    # are one address; the first spelling met is the one shown. The labels are a dict
    # used as an ordered set: an account can appear in tens of thousands of exhibits.
    found: dict[tuple[str, str], tuple[str, str, dict[str, None]]] = {}

    def add(kind: str, value: str, detail: str, label: str) -> None:
        value = value.strip()
        if not value:
            return
        _value, _detail, labels = found.setdefault((kind, value.casefold()),
                                                   (value, detail, {}))
        labels[label] = None

    for exhibit in (part for e in exhibits for part in e.every()):
        _from_exhibit(db, exhibit, add)
    ordered = sorted(found.items(), key=lambda pair: (KINDS.index(pair[0][0]), pair[0][1]))
    return tuple(Identifier(kind, value, detail, tuple(labels))
                 for (kind, _key), (value, detail, labels) in ordered)


def _from_exhibit(db: sqlcipher3.Connection, exhibit: Exhibit,
                  add: Callable[[str, str, str, str], None]) -> None:
    label = exhibit.label
    for handle, platform, url, person in _accounts(db, exhibit.item.id):
        add(ACCOUNT, handle, ", ".join(part for part in (platform, person) if part), label)
        add(URL, url, platform, label)
    for key in _SENDER_KEYS:
        for _name, address in getaddresses(exhibit.metas(key)):
            add(EMAIL, address, key.removeprefix("email."), label)
    for key in _IP_KEYS:
        for value in exhibit.metas(key):
            add(IP, value, key.removeprefix("email."), label)
    for value in exhibit.metas("email.message_id"):
        add(MESSAGE_ID, value, "e-mail", label)
    add(URL, exhibit.item.url, exhibit.item.platform, label)
    for key in _URL_KEYS:
        for value in exhibit.metas(key):
            add(URL, value, exhibit.item.platform, label)
    for message in exhibit.messages:
        if message.direction == "received" and message.author.startswith("+"):
            add(PHONE, message.author, "SMS", label)
    for number in _phone_numbers(db, exhibit):
        add(PHONE, number, "SMS", label)


def _accounts(db: sqlcipher3.Connection, item_id: int) -> list[tuple[str, str, str, str]]:
    found: list[tuple[str, str, str, str]] = db.execute(
        "SELECT accounts.handle, accounts.platform, accounts.url, coalesce(people.name, '') "
        "FROM accounts JOIN item_accounts ON item_accounts.account_id = accounts.id "
        "LEFT JOIN people ON people.id = accounts.person_id "
        "WHERE item_accounts.item_id = ? ORDER BY accounts.handle", (item_id,)).fetchall()
    return found


def _phone_numbers(db: sqlcipher3.Connection, exhibit: Exhibit) -> list[str]:
    """The other party's numbers in an SMS backup, whoever sent each message."""
    if exhibit.item.kind != "chat":
        return []
    return [row[0] for row in db.execute(
        "SELECT DISTINCT metadata.value FROM metadata JOIN items ON items.id = metadata.item_id "
        "WHERE items.parent_id = ? AND metadata.key = 'message.address' ORDER BY 1",
        (exhibit.item.id,))]


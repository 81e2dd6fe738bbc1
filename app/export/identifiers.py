"""What identifies the author: the accounts, addresses, numbers, IPs, URLs and message
identifiers found in the exported evidence, each with the exhibits it appears in.

Only identifiers tied to a harasser (app.case.attribution says how) are the author's;
the other senders are "other correspondents, not attributed", listed apart. An e-mail's
IP and Message-ID, an item's URL, belong to whoever sent that item. Only senders count:
never a recipient, never the victim's own identities, never a From that is no address,
and nothing of a machine's notice (a bank's no-reply) unless its address is tied.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from email.utils import getaddresses

import sqlcipher3

from app.case import attribution as tie
from app.case.attribution import ACCOUNT, EMAIL, IP, KINDS, MESSAGE_ID, PHONE, URL, Key
from app.export.exhibit import Exhibit

__all__ = ["ACCOUNT", "EMAIL", "IP", "KINDS", "MESSAGE_ID", "PHONE", "URL", "Found",
           "Identifier", "Source", "collect"]

_SENDER_KEYS = ("email.from", "email.reply_to", "email.return_path")


@dataclass(frozen=True)
class Source:
    """Where one sighting of an identifier comes from: for an IP, what a réquisition
    to the operator needs (the header, the exact time, the message)."""

    header: str  # "received:1", "x-originating-ip", "from", "sms", "account", "chat", "url"
    at: str  # the item's ISO time, or ""
    exhibit: str  # its label
    message_id: str = ""


@dataclass(frozen=True)
class Identifier:
    kind: str  # one of KINDS
    value: str  # normalised: E.164, lower-case address, bare IP
    display: str  # as the reader reads it: "06 12 34 56 78"
    attributed_to: str | None  # the harasser's name, or None
    detail: str  # the platform, or the header it was found in
    exhibits: tuple[str, ...]  # labels, in index order
    sources: tuple[Source, ...] = ()

    @property
    def first_seen(self) -> str:
        return min((s.at for s in self.sources if s.at), default="")

    @property
    def last_seen(self) -> str:
        return max((s.at for s in self.sources if s.at), default="")


@dataclass(frozen=True)
class Found:
    attributed: tuple[Identifier, ...]  # the author's identifiers
    others: tuple[Identifier, ...]  # other correspondents, not attributed


@dataclass
class _Entry:
    display: str
    detail: str
    owner: str | None
    labels: dict[str, None] = field(default_factory=dict)  # an ordered set
    sources: list[Source] = field(default_factory=list)


class _Collector:
    def __init__(self, db: sqlcipher3.Connection, case_id: int) -> None:
        self.db = db
        self.tied = tie.harassers(db, case_id)
        self.victim = tie.victim(db)
        self.found: dict[Key, _Entry] = {}

    def add(self, key: Key, display: str, detail: str, source: Source,
            owner: str | None = None) -> None:
        if not key.value or key in self.victim:
            return
        entry = self.found.setdefault(key, _Entry(display or key.value, detail,
                                                  self.tied.get(key, owner)))
        entry.labels[source.exhibit] = None
        if len(entry.sources) < 1000 and source not in entry.sources:  # bounded, as in-memory
            entry.sources.append(source)

    def exhibit(self, exhibit: Exhibit) -> None:
        label, at = exhibit.label, exhibit.item.captured_at or ""
        senders: list[tuple[Key, str, str]] = []  # what says who sent this item
        for handle, platform, url in _accounts(self.db, exhibit.item.id):
            senders.append((tie.key_of(handle), handle, platform))
            if url:
                senders.append((Key(URL, url.strip()), url.strip(), platform))
        for key_name in _SENDER_KEYS:
            for _name, address in getaddresses(exhibit.metas(key_name)):
                if normalised := tie.email(address):
                    senders.append((Key(EMAIL, normalised), normalised,
                                    key_name.removeprefix("email.")))
        for message in exhibit.messages:
            # A chat export may not say who sent what ("" direction): its authors other
            # than the victim (left out in add) are the correspondents.
            if message.direction != "sent" and message.author.strip():
                key = tie.key_of(message.author)
                senders.append((key, _display(key, message.author), exhibit.item.platform))
        for number in _phone_numbers(self.db, exhibit):
            senders.append((Key(PHONE, number), tie.phone_display(number), "SMS"))
        owner = next((self.tied[k] for k, _d, _p in senders if k in self.tied), None)
        if owner is None and any(k.kind == EMAIL and tie.automatic(k.value)
                                 for k, _d, _p in senders):
            return  # a machine's notice: nobody's identifiers, unless tied to a harasser
        for key, display, detail in senders:
            self.add(key, display, detail, Source(detail, at, label), owner)
        self._sent_with(exhibit, owner, at)

    def _sent_with(self, exhibit: Exhibit, owner: str | None, at: str) -> None:
        """The IP, Message-ID and URLs of an item belong to its sender."""
        label, message_id = exhibit.label, exhibit.meta("email.message_id").strip()
        if address := tie.ip(exhibit.meta("email.originating_ip")):
            header = exhibit.meta("email.ip_source") or _old_source(exhibit, address)
            self.add(Key(IP, address), address, header,
                     Source(header, at, label, message_id), owner)
        if message_id:
            self.add(Key(MESSAGE_ID, message_id), message_id, "e-mail",
                     Source("message-id", at, label, message_id), owner)
        for url in [exhibit.item.url, *exhibit.metas("web.url")]:
            if url.strip():
                self.add(Key(URL, url.strip()), url.strip(), exhibit.item.platform,
                         Source("url", at, label), owner)

    def result(self) -> Found:
        ordered = sorted(self.found.items(),
                         key=lambda pair: (KINDS.index(pair[0].kind), pair[0].value))
        every = [Identifier(key.kind, key.value, entry.display, entry.owner, entry.detail,
                            tuple(entry.labels), tuple(entry.sources))
                 for key, entry in ordered]
        return Found(tuple(i for i in every if i.attributed_to is not None),
                     tuple(i for i in every if i.attributed_to is None))


def collect(db: sqlcipher3.Connection, exhibits: Iterable[Exhibit], case_id: int) -> Found:
    collector = _Collector(db, case_id)
    for exhibit in (part for e in exhibits for part in e.every()):
        collector.exhibit(exhibit)
    return collector.result()


def _display(key: Key, spelling: str) -> str:
    return tie.phone_display(key.value) if key.kind == PHONE else spelling.strip()


def _old_source(exhibit: Exhibit, address: str) -> str:
    """Evidence imported before the reader named the header: X-Originating-IP when it
    says the same address, else some Received hop (which one is unknown)."""
    said = [tie.ip(value) for value in exhibit.metas("email.x_originating_ip")]
    return "x-originating-ip" if address in said else "received"


def _accounts(db: sqlcipher3.Connection, item_id: int) -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = db.execute(
        "SELECT accounts.handle, accounts.platform, accounts.url FROM accounts "
        "JOIN item_accounts ON item_accounts.account_id = accounts.id "
        "WHERE item_accounts.item_id = ? ORDER BY accounts.handle", (item_id,)).fetchall()
    return found


def _phone_numbers(db: sqlcipher3.Connection, exhibit: Exhibit) -> list[str]:
    """The other party's numbers in an SMS backup, in E.164, whoever sent each message."""
    if exhibit.item.kind != "chat":
        return []
    rows = db.execute(
        "SELECT DISTINCT metadata.value FROM metadata JOIN items ON items.id = metadata.item_id "
        "WHERE items.parent_id = ? AND metadata.key = 'message.address' ORDER BY 1",
        (exhibit.item.id,))
    return sorted({number for (value,) in rows if (number := tie.phone(value))})

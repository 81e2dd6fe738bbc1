"""Attributions the window suggests: "12 items come from +33 6 12 34 56 78: tie this
number to Ombre?", from what the readers found (From addresses, chat authors, SMS
numbers, @handles in web addresses and screenshots' file names) and what OCR read in
screenshots (``app/case/screen_identifiers.py``).

A suggestion is only a question: nothing is tied until the person accepts it, since an
identifier goes into a complaint only if someone stands behind the attribution.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from email.utils import getaddresses

import sqlcipher3

from app.case import attribution as tie
from app.case import integrity, links, people, screen_identifiers
from app.case.changes import Changes, Done
from app.case.people_actions import ACCOUNTS
from app.vault.vault import Vault

_PLATFORMS = {tie.EMAIL: "E-mail", tie.PHONE: "SMS"}
_FOUND = ("email.from", "message.author", "message.address", "message.direction", "web.url")


@dataclass(frozen=True)
class Suggestion:
    key: tie.Key  # what would be tied, normalised
    display: str  # "06 12 34 56 78", "ombre.du.lac@example.net", "@ombre_du_lac"
    platform: str  # of the account accepting creates
    item_ids: tuple[int, ...]  # the items it comes from
    person_id: int
    person_name: str


def suggest(db: sqlcipher3.Connection, case_id: int) -> list[Suggestion]:
    """What could be tied to a harasser, the most frequent first; nothing when the case
    has no harasser yet, or once every identifier found is someone's account."""
    harassers = [p for p in people.all_people(db, case_id) if p.role == "harasser"]
    if not harassers:
        return []
    known = {tie.key_of(a.handle) for a in people.all_accounts(db, case_id)}
    skipped = known | tie.victim(db)
    found: dict[tie.Key, tuple[str, str, set[int], str]] = {}
    for item_id, key, display, platform, context in _sightings(db, case_id):
        if key.value and key not in skipped:
            entry = found.setdefault(key, (display, platform, set(), ""))
            entry[2].add(item_id)
            found[key] = (entry[0], entry[1], entry[2], f"{entry[3]} {context}")
    ordered = sorted(found.items(), key=lambda pair: (-len(pair[1][2]), pair[0].value))
    suggestions = []
    for key, (display, platform, item_ids, context) in ordered:
        person = _person(harassers, f"{display} {context}")
        suggestions.append(Suggestion(key, display, platform, tuple(sorted(item_ids)),
                                      int(person.id or 0), person.name))
    return suggestions


def accept(vault: Vault, case_id: int, suggestion: Suggestion) -> Done[int]:
    """Create the account for that person (or tie an unattributed twin to them), and tie
    the items it comes from to the account; one custody-logged transaction."""
    with integrity.action(vault) as db:
        integrity.require(db, "people", suggestion.person_id, case_id, integrity.PERSON_GONE)
        twin = people.find_account(db, case_id, suggestion.platform, suggestion.display)
        if twin is not None:
            twin.person_id = twin.person_id or suggestion.person_id
            account = people.save_account(db, twin)
        else:
            account = people.save_account(db, people.Account(
                None, case_id, suggestion.person_id, suggestion.platform, suggestion.display))
        mine = links.items_in_case(db, case_id, suggestion.item_ids)
        for item_id in mine:
            links.link(db, item_id, "account", account)
    return Done(account, ACCOUNTS | Changes(people=True, links=True))


def _person(harassers: list[people.Person], context: str) -> people.Person:
    """The harasser whose name the sighting mentions ("Ombre <…>", "Discussion WhatsApp
    avec Ombre"), else the first one."""
    words = context.casefold()
    return next((p for p in harassers if p.name.strip() and p.name.casefold() in words),
                harassers[0])


def _sightings(db: sqlcipher3.Connection,
               case_id: int) -> list[tuple[int, tie.Key, str, str, str]]:
    """(item id, key, display, platform, context) for each identifier a reader found."""
    values: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    marks = ", ".join("?" for _ in _FOUND)
    rows = db.execute(
        "SELECT metadata.item_id, metadata.key, metadata.value FROM metadata "
        "JOIN items ON items.id = metadata.item_id "
        f"WHERE items.case_id = ? AND metadata.key IN ({marks})", (case_id, *_FOUND))
    for item_id, key, value in rows:
        values[item_id][key].append(value)
    seen: list[tuple[int, tie.Key, str, str, str]] = []
    for item_id, platform, name, url, parent in db.execute(
            "SELECT items.id, coalesce(nullif(items.platform, ''), parent.platform, ''), "
            "items.original_name, items.url, coalesce(parent.original_name, '') FROM items "
            "LEFT JOIN items AS parent ON parent.id = items.parent_id "
            "WHERE items.case_id = ?", (case_id,)):
        found = values.get(item_id, {})
        seen += [(item_id, *sighting, f"{name} {parent}")
                 for sighting in _of_item(found, platform, name, url)]
    for item_id, platform, text in db.execute(
            "SELECT items.id, items.platform, screen_texts.body FROM screen_texts "
            "JOIN items ON items.id = screen_texts.item_id "
            "WHERE items.case_id = ? AND screen_texts.state = 'read'", (case_id,)):
        seen += [(item_id, *sighting, text)
                 for sighting in screen_identifiers.sightings(text, platform)]
    return seen


def _of_item(found: dict[str, list[str]], platform: str, name: str,
             url: str) -> list[tuple[tie.Key, str, str]]:
    sightings: list[tuple[tie.Key, str, str]] = []
    for _name, address in getaddresses(found.get("email.from", [])):
        if (value := tie.email(address)) and not tie.automatic(value):
            sightings.append((tie.Key(tie.EMAIL, value), value, _PLATFORMS[tie.EMAIL]))
    sent = "sent" in found.get("message.direction", [])
    for author in ([] if sent else found.get("message.author", [])):
        key = tie.key_of(author)
        sightings.append((key, _display(key, author), platform or _PLATFORMS.get(key.kind, "")))
    for number in found.get("message.address", []):
        if value := tie.phone(number):
            sightings.append((tie.Key(tie.PHONE, value), tie.phone_display(value),
                              platform or "SMS"))
    for text in [name, url, *found.get("web.url", [])]:
        for handle in screen_identifiers.HANDLE.findall(text):
            sightings.append((tie.Key(tie.ACCOUNT, tie.handle(handle)), f"@{handle}",
                              platform or _host(url)))
    return sightings


def _display(key: tie.Key, spelling: str) -> str:
    return tie.phone_display(key.value) if key.kind == tie.PHONE else spelling.strip()


def _host(url: str) -> str:
    return url.partition("://")[2].partition("/")[0]

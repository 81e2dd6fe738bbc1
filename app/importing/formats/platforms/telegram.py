"""Telegram Desktop's JSON export: ``result.json``.

One chat (``name``, ``type``, ``id``, ``messages``) or all of them (``chats.list``, with
the account's own ``personal_information.user_id``). A message has ``date_unixtime``
(UTC), ``from``, ``from_id`` ("user123"), ``text`` as a string or a list of strings and
entities, ``edited`` when it was changed, and ``photo`` or ``file`` as a path beside
``result.json``. Service messages (calls, joins, pins) are events of the chat, not
messages anyone wrote.
"""

from __future__ import annotations

import posixpath
from typing import Any

from app.common.dates import to_iso
from app.importing.formats.platforms.archive import Archive, Unfit
from app.importing.formats.platforms.conversations import Conversation, Export, Said

PLATFORM = "Telegram"
_FILE = "result.json"
_MEDIA = ("photo", "file", "thumbnail")
_PERSONAL = ("personal_chat", "bot_chat", "saved_messages")


def find(archive: Archive) -> Export | None:
    names = [n for n in archive.names() if posixpath.basename(n) == _FILE]
    if not names:
        return None
    data = archive.json(names[0])
    if not isinstance(data, dict) or not ("messages" in data or "chats" in data):
        return None  # another program's result.json
    root = posixpath.dirname(names[0])
    chats = data.get("chats", {}).get("list") if isinstance(data.get("chats"), dict) \
        else [data]
    if not isinstance(chats, list):
        raise Unfit(f"{names[0]} does not list its chats as Telegram writes them")
    export = Export(PLATFORM, set(), [])
    me = data.get("personal_information") or {}
    if isinstance(me, dict) and me.get("user_id"):
        export.owner = {f"user{me['user_id']}"}
        export.owner_name = " ".join(str(me.get(k) or "") for k in
                                     ("first_name", "last_name")).strip()
    for chat in chats:
        if isinstance(chat, dict):
            export.conversations.append(_conversation(chat, root, export.owner))
    return export


def _conversation(chat: dict[str, Any], root: str, owner: set[str]) -> Conversation:
    """One chat; in a one-to-one chat exported alone, whoever is not the other person
    (whose id is the chat's) is the account's owner."""
    other = f"user{chat.get('id')}" if chat.get("type") in _PERSONAL else ""
    messages, events = [], []
    for record in chat.get("messages") or []:
        if not isinstance(record, dict):
            continue
        said = _said(record, root, owner, other)
        if record.get("type") == "service":
            events.append(_event(record, said))
        else:
            messages.append(said)
    name = str(chat.get("name") or chat.get("id") or "")
    participants = list(dict.fromkeys(said.author for said in messages if said.author))
    return Conversation(f"{chat.get('type', 'chat')}/{chat.get('id', name)}", name,
                        participants, messages, chat, events)


def _said(record: dict[str, Any], root: str, owner: set[str], other: str) -> Said:
    sender = str(record.get("from_id") or "")
    stamp = str(record.get("date_unixtime") or "")
    sent = sender.casefold() in owner if owner else (sender != other if other else None)
    return Said(author=str(record.get("from") or record.get("actor") or sender), raw=record,
                when=int(stamp) if stamp.isdigit() else None,
                text=text_of(record.get("text")), edited=bool(record.get("edited")),
                details={"author_id": sender, "id": str(record.get("id") or ""),
                         "edited_at": str(record.get("edited") or "")},
                sent=sent if sender else None,
                media=[posixpath.join(root, str(record[key])) for key in _MEDIA
                       if isinstance(record.get(key), str)
                       and not str(record[key]).startswith("(")])


def _event(record: dict[str, Any], said: Said) -> str:
    when = to_iso(said.at) if said.at else "?"
    action = str(record.get("action") or "service")
    duration = record.get("duration_seconds")
    extra = f" ({duration} s)" if isinstance(duration, int) else ""
    return f"{when} {said.author}: {action}{extra}"


def text_of(value: Any) -> str:
    """A message's text: a string, or a list of strings and ``{"type", "text"}``
    entities (links, bold...), joined as they read."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", ""))
                       for part in value if isinstance(part, str | dict))
    return ""

"""TikTok's "Download your data" JSON: ``user_data_tiktok.json`` (older:
``user_data.json``).

Messages are under ``Direct Message`` → ``Direct Messages`` → ``ChatHistory``, one list
per ``"Chat History with <user>:"``, each message with ``Date`` ("2026-11-05 14:30:00",
UTC), ``From`` and ``Content``. The account's user name is in ``Profile`` →
``Profile Info`` (older: ``Profile Information``) → ``ProfileMap`` → ``userName``.
"""

from __future__ import annotations

import posixpath
import re
from typing import Any

from app.importing.formats.platforms.archive import Archive, Unfit
from app.importing.formats.platforms.conversations import Conversation, Export, Said, utc_text

PLATFORM = "TikTok"
_FILES = ("user_data_tiktok.json", "user_data.json")
_DATE = "%Y-%m-%d %H:%M:%S"
_WITH = re.compile(r"^Chat History with (.+?):?$")


def find(archive: Archive) -> Export | None:
    names = [n for n in archive.names() if posixpath.basename(n) in _FILES]
    if not names:
        return None
    data = archive.json(names[0])
    if not isinstance(data, dict):
        raise Unfit(f"{names[0]} is not TikTok's data as TikTok writes it")
    history = _dig(data, ("Direct Message", "Direct Messages", "ChatHistory")) or \
        _dig(data, ("Direct Messages", "Chat History", "ChatHistory"))
    if not isinstance(history, dict):
        return None
    export = Export(PLATFORM, set(), [])
    profile = _dig(data, ("Profile", "Profile Info", "ProfileMap")) or \
        _dig(data, ("Profile", "Profile Information", "ProfileMap"))
    if isinstance(profile, dict) and profile.get("userName"):
        export.owner_name = str(profile["userName"])
        export.owner = {export.owner_name.casefold()}
    for key, records in history.items():
        if isinstance(records, list):
            export.conversations.append(_conversation(str(key), records, export.owner))
    return export


def _dig(data: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _conversation(key: str, records: list[Any], owner: set[str]) -> Conversation:
    """One chat; without the profile, the person it is "with" is the other side."""
    match = _WITH.match(key)
    other = match.group(1) if match else ""
    messages = []
    for record in records:
        if isinstance(record, dict):
            author = str(record.get("From") or "")
            sent = author.casefold() in owner if owner else (
                author.casefold() != other.casefold() if other else None)
            messages.append(Said(author=author, when=utc_text(str(record.get("Date") or ""),
                                                              _DATE),
                                 text=str(record.get("Content") or ""), raw=record,
                                 sent=sent if author else None))
    participants = [p for p in dict.fromkeys([other, *(s.author for s in messages)]) if p]
    return Conversation(key, other or key, participants, messages, {"ChatHistory": key})

"""X (Twitter) archive: ``data/direct-messages.js`` and ``data/account.js``.

Each file is JavaScript: ``window.YTD.direct_messages.part0 = [...]``, the rest JSON.
A conversation is ``dmConversation`` with its ``conversationId`` and ``messages``, each
``messageCreate`` with ``senderId``, ``recipientId``, ``createdAt`` (ISO 8601, UTC),
``text``, ``urls`` and ``mediaUrls``; the pictures are in ``direct_messages_media/``
named ``<message id>-<name>``. ``account.js`` gives the victim's ``accountId``.
"""

from __future__ import annotations

import posixpath
import re
from datetime import datetime
from typing import Any

from app.importing.formats.platforms.archive import Archive, Unfit
from app.importing.formats.platforms.conversations import Conversation, Export, Said

PLATFORM = "X"
_MESSAGES = re.compile(r"^(?:.*/)?data/direct-messages(?:-group)?\.js$")
_PREFIX = b"window.YTD."


def find(archive: Archive) -> Export | None:
    files = [name for name in archive.names() if _MESSAGES.match(name)]
    if not files:
        return None
    export = Export(PLATFORM, set(), [])
    root = files[0].rsplit("data/", 1)[0] + "data/"
    _owner(archive, root, export)
    media = {posixpath.basename(n).split("-", 1)[0]: n for n in archive.names()
             if n.startswith(root + "direct_messages") and "media/" in n}
    for name in sorted(files):
        for entry in _entries(archive.json(name, _PREFIX), name):
            conversation = entry.get("dmConversation")
            if isinstance(conversation, dict):
                export.conversations.append(_conversation(conversation, export, media))
    return export


def _owner(archive: Archive, root: str, export: Export) -> None:
    if not archive.has(root + "account.js"):
        return
    for entry in _entries(archive.json(root + "account.js", _PREFIX), "account.js"):
        account = entry.get("account")
        if isinstance(account, dict) and account.get("accountId"):
            export.owner = {str(account["accountId"]).casefold()}
            export.owner_name = str(account.get("username") or account["accountId"])
            return


def _entries(data: Any, name: str) -> list[dict[str, Any]]:
    if not isinstance(data, list):
        raise Unfit(f"{name} is not a list as X writes it")
    return [entry for entry in data if isinstance(entry, dict)]


def _conversation(data: dict[str, Any], export: Export, media: dict[str, str]
                  ) -> Conversation:
    messages, people = [], []
    for record in data.get("messages") or []:
        created = record.get("messageCreate") if isinstance(record, dict) else None
        if isinstance(created, dict):
            messages.append(_said(created, record, media))
            people += [str(created.get(k) or "") for k in ("senderId", "recipientId")]
    key = str(data.get("conversationId") or "")
    people = [p for p in dict.fromkeys(people) if p]
    others = [p for p in people if p.casefold() not in export.owner] or \
        [p for p in key.split("-") if p.casefold() not in export.owner]
    return Conversation(key, ", ".join(others) or key, people, messages, data)


def _said(created: dict[str, Any], record: dict[str, Any], media: dict[str, str]) -> Said:
    try:
        stamp: float | None = datetime.fromisoformat(
            str(created.get("createdAt") or "")).timestamp()
    except ValueError:
        stamp = None
    message_id = str(created.get("id") or "")
    links = [str(u.get("expanded") or u.get("url")) for u in created.get("urls") or []
             if isinstance(u, dict) and (u.get("expanded") or u.get("url"))]
    return Said(author=str(created.get("senderId") or ""), when=stamp,
                text=str(created.get("text") or ""), raw=record, links=links,
                media=[media[message_id]] if message_id in media else [])

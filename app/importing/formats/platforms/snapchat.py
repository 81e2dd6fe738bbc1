"""Snapchat's "My Data" export: ``json/chat_history.json``.

Recent exports key it by conversation: a list of records with ``From``, ``Created``
("2026-11-05 14:30:00 UTC"), ``Content``, ``Media Type`` (``TEXT``, ``MEDIA``,
``STATUSERASEDMESSAGE`` for a message its sender erased...), ``IsSender``, ``IsSaved``,
``Conversation Title`` and ``Media IDs`` (" | " between them), whose files are in
``chat_media/`` named after the id. Older exports have ``Received Saved Chat History``
(``From``) and ``Sent Saved Chat History`` (``To``) lists instead.
"""

from __future__ import annotations

import posixpath
from typing import Any

from app.importing.formats.platforms.archive import Archive, Unfit
from app.importing.formats.platforms.conversations import Conversation, Export, Said, utc_text

PLATFORM = "Snapchat"
_FILE = "json/chat_history.json"
_CREATED = "%Y-%m-%d %H:%M:%S UTC"
_OLD = {"Received Saved Chat History": False, "Sent Saved Chat History": True}


def find(archive: Archive) -> Export | None:
    names = [name for name in archive.names()
             if name == _FILE or name.endswith("/" + _FILE)]
    if not names:
        return None
    data = archive.json(names[0])
    if not isinstance(data, dict):
        raise Unfit(f"{names[0]} is not a chat history as Snapchat writes it")
    media = _media_files(archive, names[0])
    export = Export(PLATFORM, set(), [])
    threads = _old_layout(data) if any(key in _OLD for key in data) else {
        str(key): records for key, records in data.items() if isinstance(records, list)}
    for key, records in threads.items():
        export.conversations.append(_conversation(key, records, media))
    mine = {said.author for c in export.conversations for said in c.messages if said.sent}
    if len(mine) == 1:
        export.owner_name = mine.pop()
        export.owner = {export.owner_name.casefold()}
    return export


def _old_layout(data: dict[str, Any]) -> dict[str, list[Any]]:
    """The older two lists, regrouped by the other person's user name."""
    threads: dict[str, list[Any]] = {}
    for key, sent in _OLD.items():
        for record in data.get(key) or []:
            if isinstance(record, dict):
                other = str(record.get("To" if sent else "From") or "")
                threads.setdefault(other, []).append({**record, "IsSender": sent})
    return threads


def _conversation(key: str, records: list[Any], media: dict[str, str]) -> Conversation:
    messages = [_said(record, key, media) for record in records if isinstance(record, dict)]
    titles = [str(r.get("Conversation Title")) for r in records
              if isinstance(r, dict) and r.get("Conversation Title")]
    participants = list(dict.fromkeys([key, *(said.author for said in messages
                                              if said.author)]))
    return Conversation(key, titles[0] if titles else key, participants, messages,
                        {"file": "json/chat_history.json", "conversation": key})


def _said(record: dict[str, Any], key: str, media: dict[str, str]) -> Said:
    kind = str(record.get("Media Type") or "")
    sent = record.get("IsSender")
    author = str(record.get("From") or "")
    ids = [part.strip() for part in str(record.get("Media IDs") or "").split("|")]
    text = record.get("Content", record.get("Text"))
    return Said(author=author or ("" if sent else key),
                when=utc_text(str(record.get("Created") or ""), _CREATED),
                text=str(text) if text is not None else "", raw=record,
                erased=kind.upper().startswith("STATUSERASED"),
                sent=sent if isinstance(sent, bool) else None,
                media=[media[i] for i in ids if i in media],
                details={"media_type": kind, "saved": "yes" if record.get("IsSaved") else ""})


def _media_files(archive: Archive, history: str) -> dict[str, str]:
    """Each media id and its file in ``chat_media/`` ("2026-11-05_<id>.jpg")."""
    folder = history[: -len(_FILE)] + "chat_media/"  # beside json/
    found: dict[str, str] = {}
    for name in archive.names():
        if name.startswith(folder):
            stem = posixpath.splitext(posixpath.basename(name))[0]
            found[stem.split("_", 1)[-1]] = name
    return found

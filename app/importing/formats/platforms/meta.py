"""Instagram and Facebook/Messenger "Download your information" exports (JSON).

A thread is a folder ``messages/inbox/<thread>/`` (under ``your_instagram_activity/`` or
``your_facebook_activity/`` in recent exports) holding ``message_1.json``,
``message_2.json``...: ``participants``, ``title`` and ``messages`` with ``sender_name``,
``timestamp_ms`` (UTC), ``content``, ``photos``/``videos``/``audio_files``/``gifs``/
``files`` (``uri`` inside the export), ``share`` and ``is_unsent``. The account's owner
is named in ``personal_information/``. Messenger's end-to-end encrypted chats come as
their own JSON: ``participants``, ``threadName``, ``messages`` with ``senderName``,
``timestamp`` (milliseconds), ``text``, ``isUnsent`` and ``media``.

Meta writes every UTF-8 byte of a text as its own ``\\u00XX`` escape, so "où" reads
"oÃ¹": each text is repaired when it reads back as UTF-8 (see ``repair``).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from functools import partial
from typing import Any

from app.importing.formats.platforms.archive import Archive, Unfit
from app.importing.formats.platforms.conversations import Conversation, Export, Said

_THREAD_FILE = re.compile(
    r"^(?P<root>(?:[^/]+/)*?)(?:your_(?P<platform>instagram|facebook)_activity/)?messages/"
    r"(?P<box>inbox|message_requests|archived_threads|filtered_threads|e2ee_cutover)/"
    r"(?P<thread>[^/]+)/message_(?P<number>\d+)\.json$")
_MEDIA_FIELDS = ("photos", "videos", "audio_files", "gifs", "files")
_PROFILE_MAX = 1 << 20
_E2EE_MARK = b'"threadName"'


def repair(text: str) -> str:
    """Undo Meta's mojibake: the text's characters as bytes, read as UTF-8, when they
    are; any other text (already right, or not Meta's doing) is left as it is."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def find(archive: Archive) -> Export | None:
    """The export's conversations, or None when this is no Meta export."""
    threads: dict[str, list[tuple[int, str]]] = {}
    platform = ""
    for name in archive.names():
        match = _THREAD_FILE.match(name)
        if match:
            folder = name.rsplit("/", 1)[0]
            threads.setdefault(folder, []).append((int(match["number"]), name))
            platform = platform or (match["platform"] or "")
    e2ee = [name for name in archive.names() if _is_e2ee(archive, name)]
    if not threads and not e2ee:
        return _html_only(archive)
    platform = "Facebook" if platform == "facebook" or _has_facebook_profile(archive) \
        else "Instagram"
    export = Export(platform, set(), [])
    for folder, files in sorted(threads.items()):
        export.keep(partial(_thread, archive, folder, sorted(files)))
    for name in e2ee:
        export.keep(partial(_e2ee_thread, archive, name))
    _owner(archive, export)
    return export


def _html_only(archive: Archive) -> Export | None:
    """An export downloaded as HTML: said, since its times are written without their
    zone and its layout changes; the person can ask Meta for the JSON one."""
    pages = [name for name in archive.names()
             if _THREAD_FILE.match(name.removesuffix(".html") + ".json")]
    if not pages:
        return None
    platform = "Facebook" if "your_facebook_activity/" in pages[0] else "Instagram"
    export = Export(platform, set(), [])
    export.notes.append(
        f"this {platform} export was downloaded in HTML, which Dossier does not read into "
        f"messages (its times carry no zone); ask {platform} for a new download in the JSON "
        f"format and import that one; this file is kept as it is")
    return export


def _thread(archive: Archive, folder: str, files: list[tuple[int, str]]) -> Conversation:
    raw: dict[str, Any] = {}
    messages: list[Said] = []
    title, participants = "", list[str]()
    root = _THREAD_FILE.match(files[0][1])
    prefix = root["root"] if root else ""
    for _number, name in files:
        data = _object(archive.json(name), name)
        raw[name] = {key: value for key, value in data.items() if key != "messages"}
        title = title or repair(str(data.get("title") or ""))
        participants = participants or [repair(str(p.get("name", ""))) for p in
                                        _list(data, "participants") if isinstance(p, dict)]
        messages += [_said(record, archive, prefix) for record in _list(data, "messages")
                     if isinstance(record, dict)]
    return Conversation(folder, title or posixpath.basename(folder), participants, messages,
                        raw)


def _said(record: dict[str, Any], archive: Archive, prefix: str) -> Said:
    stamp = record.get("timestamp_ms")
    share = record.get("share") if isinstance(record.get("share"), dict) else {}
    text = repair(str(record.get("content") or ""))
    if share and share.get("share_text"):
        text = "\n".join(filter(None, (text, repair(str(share["share_text"])))))
    return Said(author=repair(str(record.get("sender_name") or "")),
                when=stamp / 1000 if isinstance(stamp, int | float) else None,
                text=text, raw=record, erased=record.get("is_unsent") is True,
                media=list(_media(record, archive, prefix)),
                links=[str(share["link"])] if share and share.get("link") else [])


def _media(record: dict[str, Any], archive: Archive, prefix: str) -> Iterator[str]:
    """Where each file the message refers to is in the ZIP (beneath a wrapping folder
    when the person zipped the export's folder herself)."""
    for field_name in _MEDIA_FIELDS:
        if field_name not in record:  # most messages have none: checked cheaply first
            continue
        for entry in _list(record, field_name):
            uri = str(entry.get("uri", "")) if isinstance(entry, dict) else ""
            if uri:
                yield uri if archive.has(uri) or not prefix else prefix + uri


def _is_e2ee(archive: Archive, name: str) -> bool:
    """Messenger's end-to-end encrypted chat file: JSON naming a ``threadName``."""
    if not name.endswith(".json") or _THREAD_FILE.match(name):
        return False
    return _E2EE_MARK in archive.head(name, 4096)


def _e2ee_thread(archive: Archive, name: str) -> Conversation:
    data = _object(archive.json(name), name)
    messages = []
    for record in _list(data, "messages"):
        if not isinstance(record, dict):
            continue
        stamp = record.get("timestamp")
        messages.append(Said(
            author=repair(str(record.get("senderName") or "")),
            when=stamp / 1000 if isinstance(stamp, int | float) else None,
            text=repair(str(record.get("text") or "")), raw=record,
            erased=record.get("isUnsent") is True,
            media=[str(m.get("uri")) for m in _list(record, "media")
                   if isinstance(m, dict) and m.get("uri")]))
    participants = [repair(str(p)) for p in _list(data, "participants")]
    title = repair(str(data.get("threadName") or "")) or ", ".join(participants)
    return Conversation(name, title, participants, messages, data)


def _owner(archive: Archive, export: Export) -> None:
    """Whose account it is: the profile in ``personal_information/``, else the one
    person who is in every conversation (when there are at least two)."""
    for name in archive.names():
        if "personal_information/" in name and name.endswith(".json") \
                and archive.size(name) <= _PROFILE_MAX:
            try:
                names = _profile_names(archive.json(name))
            except Unfit:
                continue
            if names:
                export.owner_name = names[0]
                export.owner = {n.casefold() for n in names}
                return
    shared = [set(c.participants) for c in export.conversations if c.participants]
    common = set.intersection(*shared) if len(shared) >= 2 else set()
    if len(common) == 1:
        export.owner_name = common.pop()
        export.owner = {export.owner_name.casefold()}


def _profile_names(data: Any) -> list[str]:
    """The owner's name and user name, as Instagram or Facebook write their profile."""
    if not isinstance(data, dict):
        return []
    users = data.get("profile_user")
    if isinstance(users, list) and users and isinstance(users[0], dict):
        fields = users[0].get("string_map_data") or {}
        return [repair(str(fields[key]["value"])) for key in ("Name", "Nom", "Username")
                if isinstance(fields.get(key), dict) and fields[key].get("value")]
    profile = data.get("profile_v2")
    if isinstance(profile, dict) and isinstance(profile.get("name"), dict):
        full = profile["name"].get("full_name")
        return [repair(str(full))] if full else []
    return []


def _has_facebook_profile(archive: Archive) -> bool:
    return any("profile_information/" in name for name in archive.names())


def _object(data: Any, name: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise Unfit(f"{name} is not a conversation as Meta writes it")
    return data


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    return value if isinstance(value, list) else []

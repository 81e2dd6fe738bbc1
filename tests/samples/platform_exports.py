"""The platforms' own data exports, built from their documented structure as ZIPs.

Each builder returns the ZIP's bytes and states what a reader must find in it, so a test
compares the import with facts written once here. The victim is Camille Martin; the
harasser writes as Ombre du Lac; a friend's conversation is there too, as in every real
export, and must not be imported unless chosen.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tests.samples.pictures import png, screenshot

VICTIM, HARASSER, FRIEND = "Camille Martin", "Ombre du Lac", "Léa Moreau"
HARASSER_THREAD = "ombredulac_1234567890"
FRIEND_THREAD = "leamoreau_987654321"


@dataclass(frozen=True)
class Expected:
    """What a reader must find in one conversation with the harasser."""

    thread: str  # what --thread names
    messages: int
    received: int
    sent: int
    first_utc: datetime
    words: str  # a text with accents, as it must read once decoded
    erased: int = 0
    media: int = 0


def utc(day: int, hour: int, minute: int) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def mojibake(value: Any) -> Any:
    """Meta's encoding: each UTF-8 byte of every text written as its own character, so
    that ``json.dumps`` writes "où" as ``o\\u00c3\\u00b9``."""
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, list):
        return [mojibake(v) for v in value]
    if isinstance(value, dict):
        return {k: mojibake(v) for k, v in value.items()}
    return value


def zipped(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()


def picture(words: str) -> bytes:
    return png(screenshot("Instagram", words, (120, 200)))


# -- Instagram and Facebook -----------------------------------------------------------------

META_WORDS = "Je sais où tu habites, ça ne fait que commencer."


def _meta_thread(root: str, thread: str) -> dict[str, Any]:
    """Meta lists the newest message first."""
    folder = f"{root}/messages/inbox/{thread}"
    return {"participants": [{"name": HARASSER}, {"name": VICTIM}],
            "title": HARASSER, "is_still_participant": True, "thread_path": f"inbox/{thread}",
            "messages": [
                {"sender_name": HARASSER, "timestamp_ms": _ms(utc(5, 14, 41)),
                 "share": {"link": "https://www.instagram.com/p/Cx1Abc/",
                           "share_text": "Regarde où tu étais hier"}},
                {"sender_name": HARASSER, "timestamp_ms": _ms(utc(5, 14, 40)),
                 "photos": [{"uri": f"{folder}/photos/capture_1.png",
                             "creation_timestamp": 1793889600}]},
                {"sender_name": HARASSER, "timestamp_ms": _ms(utc(5, 14, 35)),
                 "content": f"{HARASSER} a retiré un message", "is_unsent": True},
                {"sender_name": VICTIM, "timestamp_ms": _ms(utc(5, 14, 32)),
                 "content": "Arrête de m'écrire, s'il te plaît."},
                {"sender_name": HARASSER, "timestamp_ms": _ms(utc(5, 14, 30)),
                 "content": META_WORDS},
            ]}


def _friend_thread() -> dict[str, Any]:
    return {"participants": [{"name": FRIEND}, {"name": VICTIM}], "title": FRIEND,
            "messages": [{"sender_name": VICTIM, "timestamp_ms": _ms(utc(2, 9, 1)),
                          "content": "Tu viens dîner samedi ?"},
                         {"sender_name": FRIEND, "timestamp_ms": _ms(utc(2, 9, 0)),
                          "content": "Coucou, ça va ?"}]}


def _meta_json(data: Any) -> bytes:
    return json.dumps(mojibake(data), ensure_ascii=True, indent=2).encode("ascii")


def instagram() -> tuple[bytes, Expected]:
    root = "your_instagram_activity"
    folder = f"{root}/messages/inbox/{HARASSER_THREAD}"
    profile = {"profile_user": [{"string_map_data": {
        "Name": {"value": VICTIM}, "Username": {"value": "camille.martin"}}}]}
    files = {
        "personal_information/personal_information/personal_information.json":
            _meta_json(profile),
        f"{folder}/message_1.json": _meta_json(_meta_thread(root, HARASSER_THREAD)),
        f"{folder}/photos/capture_1.png": picture("où es-tu"),
        f"{root}/messages/inbox/{FRIEND_THREAD}/message_1.json": _meta_json(_friend_thread()),
    }
    return zipped(files), Expected(HARASSER_THREAD, 5, 4, 1, utc(5, 14, 30), META_WORDS,
                                   erased=1, media=1)


def facebook() -> tuple[bytes, Expected]:
    """Facebook's export, zipped by the person from its folder (one more level)."""
    root = "facebook-camille/your_facebook_activity"
    thread = _meta_thread("your_facebook_activity", HARASSER_THREAD)
    folder = f"your_facebook_activity/messages/inbox/{HARASSER_THREAD}"
    files = {
        "facebook-camille/personal_information/profile_information/profile_information.json":
            _meta_json({"profile_v2": {"name": {"full_name": VICTIM}}}),
        f"{root}/messages/inbox/{HARASSER_THREAD}/message_1.json": _meta_json(thread),
        f"facebook-camille/{folder}/photos/capture_1.png": picture("où es-tu"),
        f"{root}/messages/inbox/{FRIEND_THREAD}/message_1.json": _meta_json(_friend_thread()),
    }
    return zipped(files), Expected(HARASSER_THREAD, 5, 4, 1, utc(5, 14, 30), META_WORDS,
                                   erased=1, media=1)


def messenger_e2ee() -> tuple[bytes, Expected]:
    """Messenger's end-to-end encrypted chats: their own JSON, in proper UTF-8."""
    chat = {"participants": [HARASSER, VICTIM], "threadName": HARASSER,
            "messages": [
                {"senderName": HARASSER, "timestamp": _ms(utc(6, 22, 15)),
                 "text": "Tu ne m'échapperas pas.", "isUnsent": False, "media": [],
                 "reactions": [], "type": "text"},
                {"senderName": VICTIM, "timestamp": _ms(utc(6, 22, 16)),
                 "text": "Laisse-moi tranquille.", "isUnsent": False, "media": [],
                 "reactions": [], "type": "text"},
                {"senderName": HARASSER, "timestamp": _ms(utc(6, 22, 20)),
                 "text": "", "isUnsent": True, "media": [], "reactions": [], "type": "text"},
            ]}
    data = json.dumps(chat, ensure_ascii=False, indent=2).encode("utf-8")
    profile = {"profile_v2": {"name": {"full_name": VICTIM}}}
    files = {"messages/ombre_du_lac_22.json": data,
             "personal_information/profile_information/profile_information.json":
                 _meta_json(profile)}
    return zipped(files), Expected("messages/ombre_du_lac_22.json", 3, 2, 1, utc(6, 22, 15),
                                   "Tu ne m'échapperas pas.", erased=1)

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


# -- Snapchat, Telegram, X, TikTok ------------------------------------------------------------

SNAP_WORDS = "Tu crois que je vais t'oublier ? Réponds."
SNAP_ME, SNAP_HARASSER, SNAP_FRIEND = "camille_m", "ombre.du.lac", "lea.moreau"


def _snap(who: str, moment: datetime, content: str | None, sent: bool,
          kind: str = "TEXT", media: str = "") -> dict[str, Any]:
    return {"From": SNAP_ME if sent else who, "Media Type": kind,
            "Created": f"{moment:%Y-%m-%d %H:%M:%S} UTC", "Content": content,
            "Conversation Title": None, "IsSender": sent,
            "Created(microseconds)": int(moment.timestamp() * 1000), "IsSaved": False,
            "Media IDs": media}


def snapchat() -> tuple[bytes, Expected]:
    history = {
        SNAP_HARASSER: [
            _snap(SNAP_HARASSER, utc(8, 21, 0), SNAP_WORDS, False),
            _snap(SNAP_HARASSER, utc(8, 21, 2), "Arrête.", True),
            _snap(SNAP_HARASSER, utc(8, 21, 5), None, False, "STATUSERASEDMESSAGE"),
            _snap(SNAP_HARASSER, utc(8, 21, 6), "", False, "MEDIA", "b~Ombre1"),
        ],
        SNAP_FRIEND: [_snap(SNAP_FRIEND, utc(1, 8, 0), "Bisous", False)],
    }
    files = {"mydata~1793/json/chat_history.json":
                 json.dumps(history, ensure_ascii=False, indent=2).encode(),
             "mydata~1793/chat_media/2026-11-08_b~Ombre1.png": picture("je te vois")}
    return zipped(files), Expected(SNAP_HARASSER, 4, 3, 1, utc(8, 21, 0), SNAP_WORDS,
                                   erased=1, media=1)


TELEGRAM_WORDS = "Je connais ton adresse, à ce soir."


def _telegram_message(number: int, moment: datetime, sender: tuple[str, str],
                      text: Any, **more: Any) -> dict[str, Any]:
    return {"id": number, "type": "message", "date": f"{moment:%Y-%m-%dT%H:%M:%S}",
            "date_unixtime": str(int(moment.timestamp())), "from": sender[0],
            "from_id": sender[1], "text": text, **more}


def telegram(all_chats: bool = True) -> tuple[bytes, Expected]:
    """Telegram Desktop's export of all chats (``chats.list``), or of the harasser's only."""
    ombre, camille = (HARASSER, "user777"), (VICTIM, "user42")
    chat = {"name": HARASSER, "type": "personal_chat", "id": 777, "messages": [
        _telegram_message(1, utc(9, 18, 0), ombre, [
            "Je connais ton adresse, ", {"type": "bold", "text": "à ce soir"}, "."]),
        _telegram_message(2, utc(9, 18, 1), camille, "Laisse-moi."),
        {"id": 3, "type": "service", "date_unixtime": str(int(utc(9, 18, 2).timestamp())),
         "actor": HARASSER, "actor_id": "user777", "action": "phone_call",
         "duration_seconds": 0, "text": ""},
        _telegram_message(4, utc(9, 18, 3), ombre, "Tu vas voir.",
                          edited="2026-11-09T19:05:00", edited_unixtime="1794250000",
                          photo="photos/photo_1@09-11-2026_19-03-00.png"),
    ]}
    friend = {"name": FRIEND, "type": "personal_chat", "id": 555, "messages": [
        _telegram_message(1, utc(3, 12, 0), (FRIEND, "user555"), "On se voit demain ?")]}
    if all_chats:
        result: dict[str, Any] = {
            "about": "Here is the data you requested.",
            "personal_information": {"user_id": 42, "first_name": "Camille",
                                     "last_name": "Martin", "phone_number": "+33 6 12"},
            "chats": {"about": "This page lists all chats.", "list": [chat, friend]}}
    else:
        result = chat
    root = "Telegram Desktop/DataExport_2026-11-10/"
    files = {f"{root}result.json": json.dumps(result, ensure_ascii=False, indent=1).encode(),
             f"{root}photos/photo_1@09-11-2026_19-03-00.png": picture("ta porte")}
    return zipped(files), Expected("personal_chat/777", 3, 2, 1, utc(9, 18, 0),
                                   TELEGRAM_WORDS, media=1)


X_WORDS = "Tu peux bloquer, je reviendrai avec un autre compte."
X_ME, X_HARASSER = "1001", "2002"


def _x_message(number: int, sender: str, recipient: str, moment: datetime, text: str,
               **more: Any) -> dict[str, Any]:
    return {"messageCreate": {"recipientId": recipient, "reactions": [], "urls": [],
                              "text": text, "mediaUrls": [], "senderId": sender,
                              "id": str(number), "createdAt":
                                  f"{moment:%Y-%m-%dT%H:%M:%S}.000Z", **more}}


def twitter() -> tuple[bytes, Expected]:
    """X lists a conversation's newest message first."""
    conversation = {"dmConversation": {"conversationId": f"{X_ME}-{X_HARASSER}", "messages": [
        _x_message(13, X_HARASSER, X_ME, utc(10, 23, 2), "Regarde https://t.co/abc",
                   urls=[{"url": "https://t.co/abc", "expanded": "https://example.net/toi",
                          "display": "example.net/toi"}],
                   mediaUrls=["https://ton.twitter.com/dm/13/1/photo.png"]),
        _x_message(12, X_ME, X_HARASSER, utc(10, 23, 1), "Je te bloque."),
        _x_message(11, X_HARASSER, X_ME, utc(10, 23, 0), X_WORDS),
    ]}}
    account = [{"account": {"email": "camille@example.fr", "username": "camille_m",
                            "accountId": X_ME, "accountDisplayName": VICTIM}}]
    files = {
        "data/direct-messages.js": b"window.YTD.direct_messages.part0 = "
                                   + json.dumps([conversation], ensure_ascii=False).encode(),
        "data/account.js": b"window.YTD.account.part0 = " + json.dumps(account).encode(),
        "data/direct_messages_media/13-photo.png": picture("autre compte"),
    }
    return zipped(files), Expected(f"{X_ME}-{X_HARASSER}", 3, 2, 1, utc(10, 23, 0), X_WORDS,
                                   media=1)


TIKTOK_WORDS = "Je vais publier tes photos, tu l'auras cherché."
TIKTOK_ME, TIKTOK_HARASSER = "camille.m", "ombre_du_lac"


def tiktok(name: str = "user_data_tiktok.json") -> tuple[bytes, Expected]:
    chats = {
        f"Chat History with {TIKTOK_HARASSER}:": [
            {"Date": "2026-11-12 07:45:10", "From": TIKTOK_HARASSER, "Content": TIKTOK_WORDS},
            {"Date": "2026-11-12 07:46:00", "From": TIKTOK_ME, "Content": "Stop."},
            {"Date": "2026-11-12 07:47:30", "From": TIKTOK_HARASSER, "Content": "Trop tard."},
        ],
        "Chat History with lea.moreau:": [
            {"Date": "2026-11-01 10:00:00", "From": "lea.moreau", "Content": "Coucou"}],
    }
    data = {"Profile": {"Profile Info": {"ProfileMap": {"userName": TIKTOK_ME}}},
            "Direct Message": {"Direct Messages": {"ChatHistory": chats}}}
    files = {name: json.dumps(data, ensure_ascii=False, indent=1).encode()}
    return zipped(files), Expected(f"Chat History with {TIKTOK_HARASSER}:", 3, 2, 1,
                                   datetime(2026, 11, 12, 7, 45, 10, tzinfo=UTC), TIKTOK_WORDS)


# -- Gmail (Google Takeout) ----------------------------------------------------------------

GMAIL_WORDS = "Tu ne m'échapperas pas, où que tu ailles."
GMAIL_HARASSER, GMAIL_VICTIM = "ombre.du.lac@example.net", "camille.martin@gmail.com"


def _mail(number: int, sender: str, recipient: str, moment: datetime, labels: str,
          words: str, attachment: bytes | None = None) -> bytes:
    from email.message import EmailMessage
    from email.utils import format_datetime

    message = EmailMessage()
    message["X-GM-THRID"] = f"17900000000000000{number}"
    message["X-Gmail-Labels"] = labels
    message["Received"] = ("from [192.168.1.23] (unknown [198.51.100.23]) by smtp.example.net "
                           f"with ESMTPSA; {format_datetime(moment)}")
    message["From"], message["To"] = sender, recipient
    message["Subject"] = f"Message {number}"
    message["Date"] = format_datetime(moment)
    message["Message-ID"] = f"<{number}@example.net>"
    message.set_content(words)
    if attachment:
        message.add_attachment(attachment, maintype="image", subtype="png",
                               filename="capture.png")
    postmark = f"From 17900000000000000{number}@xxx {moment:%a %b %d %H:%M:%S +0000 %Y}\n"
    return postmark.encode() + message.as_bytes().replace(b"\r\n", b"\n") + b"\n"


def gmail_mbox() -> tuple[bytes, Expected]:
    """Takeout's "All mail Including Spam and Trash.mbox": newest conversations first."""
    mails = [
        _mail(3, GMAIL_HARASSER, GMAIL_VICTIM, utc(14, 22, 40), "Boîte de réception,Ouvert",
              "From now on, je serai partout.\n", picture("partout")),
        _mail(2, GMAIL_VICTIM, GMAIL_HARASSER, utc(14, 21, 0), "Sent", "Laisse-moi.\n"),
        _mail(1, GMAIL_HARASSER, GMAIL_VICTIM, utc(14, 20, 5), "Inbox,Opened",
              GMAIL_WORDS + "\n"),
    ]
    return b"".join(mails), Expected("", 3, 2, 1, utc(14, 20, 5), GMAIL_WORDS, media=1)

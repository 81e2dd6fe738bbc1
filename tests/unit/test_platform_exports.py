"""The platforms' data exports, read as the reader child reads them: conversations,
messages with author, direction and UTC time, erased markers, media; hostile ZIPs."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from datetime import UTC

import pytest

from app.importing import formats
from app.importing.formats import mbox, platforms
from app.importing.formats.base import (
    DAMAGED,
    EDITED,
    ERASED,
    EXPORT_RECORD,
    TRUNCATED,
    Child,
    Extraction,
    Source,
)
from app.importing.formats.platforms import archive, conversations, meta
from app.importing.formats.sniff import SNIFF_SIZE, sniff
from tests.samples import platform_exports as px

Builder = Callable[[], tuple[bytes, px.Expected]]
BUILDERS: dict[str, Builder] = {
    "instagram": px.instagram, "facebook": px.facebook, "messenger_e2ee": px.messenger_e2ee,
    "snapchat": px.snapchat, "telegram": px.telegram,
    "telegram_one_chat": lambda: px.telegram(all_chats=False), "x": px.twitter,
    "tiktok": px.tiktok, "tiktok_older": lambda: px.tiktok("user_data.json"),
}


def _read(data: bytes, threads: tuple[str, ...] | None = None) -> Extraction:
    return platforms.read(Source.from_bytes("export.zip", data), threads)


def _value(found: Extraction, key: str) -> str:
    return next((value for name, value in found.metadata if name == key), "")


def _values(found: Extraction, key: str) -> list[str]:
    return [value for name, value in found.metadata if name == key]


def _conversation(found: Extraction, thread: str) -> Extraction:
    chosen = [child.found for child in found.children
              if child.found and child.found.metadata and thread in _value(child.found,
                                                                           "export.thread")]
    assert len(chosen) == 1, [child.name for child in found.children]
    return chosen[0]


def _messages(conversation: Extraction) -> list[Extraction]:
    return [child.found for child in conversation.children if child.found is not None]


@pytest.mark.parametrize("name", BUILDERS)
def test_each_format_gives_its_messages_with_direction_and_utc_time(name: str) -> None:
    data, expected = BUILDERS[name]()
    found = _read(data)
    assert not found.flags, found.metadata
    messages = _messages(_conversation(found, expected.thread))
    assert len(messages) == expected.messages
    ways = [_value(m, "message.direction") for m in messages]
    assert (ways.count("received"), ways.count("sent")) == (expected.received, expected.sent)
    assert expected.words in [m.text for m in messages]
    first = messages[0].capture
    assert first is not None
    assert first.source == EXPORT_RECORD
    assert first.at.astimezone(UTC) == expected.first_utc
    assert first.at.utcoffset() is not None
    assert first.at.utcoffset().total_seconds() == 3600
    assert sum(ERASED in m.flags for m in messages) == expected.erased
    assert sum(len(m.children) for m in messages) == expected.media


def test_meta_mojibake_is_repaired_and_right_text_left_alone() -> None:
    assert meta.repair("Je sais oÃ¹ tu habites") == "Je sais où tu habites"
    assert meta.repair("d\u00c3\u00a9j\u00c3\u00a0 vu") == "déjà vu"
    assert meta.repair("déjà vu") == "déjà vu"  # already right: not UTF-8 as bytes
    assert meta.repair("Ombre 🔥") == "Ombre 🔥"  # beyond Latin-1: left as it is
    data, _ = px.instagram()
    assert b"\\u00c3\\u00b9" in zipfile.ZipFile(io.BytesIO(data)).read(
        f"your_instagram_activity/messages/inbox/{px.HARASSER_THREAD}/message_1.json")
    texts = [m.text for c in _read(data).children if c.found for m in _messages(c.found)]
    assert "Coucou, ça va ?" in texts
    assert not any("Ã" in text for text in texts)


def test_the_owner_is_the_victim_and_named_as_the_exporter() -> None:
    found = _read(px.instagram()[0])
    assert _value(found, "export.owner") == px.VICTIM
    harasser = _conversation(found, px.HARASSER_THREAD)
    assert _value(harasser, "chat.exporter") == px.VICTIM
    assert _values(harasser, "chat.participant") == [px.HARASSER, px.VICTIM]
    authors = {_value(m, "message.author"): _value(m, "message.direction")
               for m in _messages(harasser)}
    assert authors == {px.HARASSER: "received", px.VICTIM: "sent"}


def test_an_unsent_message_is_kept_flagged_and_media_and_links_follow_their_message() -> None:
    messages = _messages(_conversation(_read(px.instagram()[0]), px.HARASSER_THREAD))
    erased = [m for m in messages if ERASED in m.flags]
    assert len(erased) == 1
    assert _value(erased[0], "message.deleted") == "yes"
    with_media = [m for m in messages if m.children]
    picture = with_media[0].children[0]
    assert picture.name == "capture_1.png"
    assert picture.data.startswith(b"\x89PNG")
    assert picture.found is None  # read by its own reader, as any picture
    assert "https://www.instagram.com/p/Cx1Abc/" in [
        _value(m, "message.link") for m in messages]


def test_threads_limit_the_import_and_the_rest_is_named_as_left() -> None:
    found = _read(px.instagram()[0], (px.HARASSER_THREAD,))
    assert [child.name for child in found.children] == [f"{px.HARASSER}.json"]
    assert _value(found, "export.conversations") == "2"
    assert _value(found, "export.conversations_imported") == "1"
    assert _value(found, "export.conversation_left").endswith(px.FRIEND_THREAD)
    assert "Coucou" not in found.text
    assert not _read(px.instagram()[0], ("nobody",)).children


def test_the_survey_lists_conversations_without_their_messages() -> None:
    found = platforms.survey(Source.from_bytes("x.zip", px.instagram()[0]))
    listed = {child.name.rsplit("/", 1)[-1]: child.found for child in found.children}
    assert set(listed) == {px.HARASSER_THREAD, px.FRIEND_THREAD}
    harasser = listed[px.HARASSER_THREAD]
    assert harasser is not None
    assert not harasser.children
    assert _value(harasser, "chat.message_count") == "5"
    assert _value(harasser, "chat.first_message") == "2026-11-05T15:30:00+01:00"
    assert _value(harasser, "chat.last_message") == "2026-11-05T15:41:00+01:00"


# -- hostile and look-alike files ---------------------------------------------------------

def test_a_truncated_zip_is_flagged_with_its_reason() -> None:
    data = px.instagram()[0]
    found = _read(data[: len(data) * 2 // 3])
    assert DAMAGED in found.flags
    assert not found.children
    assert "cut short" in _value(found, "export.error")
    survey = platforms.survey(Source.from_bytes("x.zip", data[:200]))
    assert _values(survey, "export.error") == [_value(found, "export.error")]  # one reason
    assert not survey.children


def _instagram_with(thread_file: bytes) -> bytes:
    return px.zipped({
        "your_instagram_activity/messages/inbox/bomb_1/message_1.json": thread_file,
        **{name: zipfile.ZipFile(io.BytesIO(px.instagram()[0])).read(name)
           for name in zipfile.ZipFile(io.BytesIO(px.instagram()[0])).namelist()}})


def test_a_deeply_nested_json_bomb_costs_only_its_own_thread() -> None:
    found = _read(_instagram_with(b'{"messages": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"))
    assert DAMAGED in found.flags
    assert "JSON bomb" in _value(found, "export.problem")
    assert len(_messages(_conversation(found, px.HARASSER_THREAD))) == 5


def test_a_thread_file_too_large_is_refused_by_its_size(monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    monkeypatch.setattr(archive, "MAX_JSON", 1 << 20)
    huge = b'{"messages": [' + b'{"content": "x"},' * 100_000 + b'{}]}'
    found = _read(_instagram_with(huge))
    assert "more than the 1 MiB" in _value(found, "export.problem")
    assert len(_messages(_conversation(found, px.HARASSER_THREAD))) == 5


def test_a_member_larger_than_its_header_says_is_refused_unread() -> None:
    """zipfile stops at the declared size and finds the checksum wrong: no byte past
    what the header declares is ever unpacked."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as made:
        made.writestr("a.json", b"0" * (4 << 20))
    data = bytearray(out.getvalue())
    central = data.rindex(b"PK\x01\x02")
    data[central + 24:central + 28] = (1000).to_bytes(4, "little")  # claims 1,000 bytes
    with pytest.raises(archive.Unfit, match="damaged"):
        archive.Archive(io.BytesIO(bytes(data))).read("a.json", 1 << 20)


def test_a_look_alike_thread_is_flagged_and_a_plain_zip_is_no_export() -> None:
    found = _read(px.zipped({"messages/inbox/x/message_1.json": b"<html>not json</html>"}))
    assert DAMAGED in found.flags
    assert "not valid JSON" in _value(found, "export.problem")
    listed = px.zipped({"messages/inbox/x/message_1.json": json.dumps([1, 2]).encode()})
    assert "not a conversation" in _value(_read(listed), "export.problem")
    plain = _read(px.zipped({"photos/holiday.txt": b"hello"}))
    assert not plain.flags
    assert not plain.children
    assert not plain.metadata
    survey = platforms.survey(Source.from_bytes("x.zip", px.zipped({"a.txt": b"a"})))
    assert _value(survey, "export.error") == platforms.NOT_AN_EXPORT


def test_a_million_message_export_keeps_the_rest_inside_and_says_so(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conversations, "MAX_MESSAGES", 3)
    found = _read(px.instagram()[0], (px.HARASSER_THREAD,))
    conversation = _conversation(found, px.HARASSER_THREAD)
    assert len(conversation.children) == 3
    assert TRUNCATED in conversation.flags
    assert TRUNCATED in found.flags
    assert "2 of this conversation stay inside" in _value(found, "import.truncated")


def test_an_absurd_timestamp_gives_no_time_rather_than_a_wrong_one() -> None:
    assert conversations.moment(0) is None
    assert conversations.moment(1e15) is None
    assert conversations.moment(None) is None
    assert isinstance(Child("x", b""), Child)


def test_telegram_service_messages_are_events_and_edits_are_flagged() -> None:
    found = _read(px.telegram()[0])
    chat = _conversation(found, "personal_chat/777")
    assert _values(chat, "chat.event") == [(f"2026-11-09T19:02:00+01:00 {px.HARASSER}: "
                                           f"phone_call (0 s)")]
    messages = _messages(chat)
    assert messages[0].text == px.TELEGRAM_WORDS  # its bold entity joined in
    assert [EDITED in m.flags for m in messages] == [False, False, True]
    assert _value(chat, "chat.exporter") == px.VICTIM
    alone = _conversation(_read(px.telegram(all_chats=False)[0]), "personal_chat/777")
    assert _value(alone, "chat.exporter") == px.VICTIM  # the one who is not the chat's id


def test_each_export_names_its_owner_as_her_identity() -> None:
    owners = {"snapchat": px.SNAP_ME, "x": "camille_m", "tiktok": px.TIKTOK_ME,
              "telegram": px.VICTIM, "facebook": px.VICTIM}
    for name, owner in owners.items():
        found = _read(BUILDERS[name]()[0])
        assert _value(found, "export.owner") == owner, name
        assert {_value(c.found, "chat.exporter") for c in found.children if c.found} == \
            {owner}, name


def test_x_links_are_expanded_and_the_platform_named() -> None:
    found = _read(px.twitter()[0])
    assert found.platform == "X"
    messages = _messages(_conversation(found, f"{px.X_ME}-{px.X_HARASSER}"))
    assert [_value(m, "message.author") for m in messages] == [px.X_HARASSER, px.X_ME,
                                                               px.X_HARASSER]
    assert _value(messages[-1], "message.link") == "https://example.net/toi"


# -- Gmail's Takeout mailbox ----------------------------------------------------------------

def test_a_gmail_mbox_gives_one_email_per_message_with_sent_marked() -> None:
    data, expected = px.gmail_mbox()
    found_format = sniff(data[:SNIFF_SIZE])
    assert found_format.name == "mbox"
    found = formats.read(found_format, Source.from_bytes("All mail.mbox", data))
    assert not found.flags
    mails = [child for child in found.children]
    assert [(c.kind, c.format) for c in mails] == [("email", "eml")] * expected.messages
    ways = [_value(c.found, "message.direction") for c in mails if c.found]
    assert (ways.count("received"), ways.count("sent")) == (expected.received, expected.sent)
    first = min((c.found for c in mails if c.found), key=lambda f: f.capture.at)
    assert first.capture.at.astimezone(UTC) == expected.first_utc
    assert first.text.strip() == expected.words
    assert _value(first, "email.originating_ip") == "198.51.100.23"
    assert sum(len(c.found.children) for c in mails if c.found) == expected.media
    assert mails[0].data.startswith(b"From 17900000000000000")
    assert b"From now on" in \
        mails[0].data


def test_a_single_email_saved_with_a_from_line_stays_an_email() -> None:
    one = b"From - Mon Nov 04 23:12:05 2026\nFrom: a@example.net\nTo: b@example.fr\n" \
          b"Subject: x\n\nFrom the start, I warned you.\n"
    assert sniff(one).name == "eml"


def test_a_mailbox_past_its_limit_keeps_the_rest_inside(monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    monkeypatch.setattr(mbox, "MAX_MESSAGES", 2)
    found = mbox.read(Source.from_bytes("x.mbox", px.gmail_mbox()[0]))
    assert len(found.children) == 2
    assert TRUNCATED in found.flags
    assert "first 2 messages" in _value(found, "import.truncated")


def test_a_conversations_original_is_its_index_not_its_messages_again() -> None:
    found = _read(px.instagram()[0], (px.HARASSER_THREAD,))
    [conversation] = found.children
    index = json.loads(conversation.data)
    assert index["thread"].endswith(px.HARASSER_THREAD)
    assert index["participants"] == [px.HARASSER, px.VICTIM]
    assert index["message_count"] == 5
    [(name, header)] = index["export"].items()
    assert name.endswith("/message_1.json")
    assert "messages" not in header
    assert header["thread_path"] == f"inbox/{px.HARASSER_THREAD}"
    first = json.loads(conversation.found.children[0].data)  # the record as Meta wrote it
    assert first["content"] == px.mojibake(px.META_WORDS)


def test_a_picture_the_export_left_out_is_said_missing() -> None:
    given = zipfile.ZipFile(io.BytesIO(px.instagram()[0]))
    without = px.zipped({name: given.read(name) for name in given.namelist()
                         if not name.endswith(".png")})
    messages = _messages(_conversation(_read(without), px.HARASSER_THREAD))
    [photo] = [m for m in messages if _value(m, "message.attachment")]
    assert not photo.children
    assert _value(photo, "message.media_omitted") == "yes"
    assert _value(photo, "message.media_left").endswith("capture_1.png: not in the export")


def test_an_encrypted_member_is_refused_with_its_reason() -> None:
    data = bytearray(px.instagram()[0])
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x01  # the general purpose flag: "encrypted"
    made = archive.Archive(io.BytesIO(bytes(data)))
    with pytest.raises(archive.Unfit, match="damaged or encrypted"):
        made.read(made.names()[0], 1 << 20)


def test_media_past_the_budget_stay_inside_and_are_named(monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    monkeypatch.setattr(conversations, "MAX_MEDIA_BYTES", 10)
    messages = _messages(_conversation(_read(px.instagram()[0]), px.HARASSER_THREAD))
    [photo] = [m for m in messages if _value(m, "message.attachment")]
    assert not photo.children
    assert not _value(photo, "message.media_omitted")
    assert "kept inside the export's original" in _value(photo, "message.media_left")


def test_the_platforms_own_ids_and_marks_are_kept() -> None:
    telegram = _messages(_conversation(_read(px.telegram()[0]), "personal_chat/777"))
    assert [_value(m, "message.author_id") for m in telegram] == ["user777", "user42",
                                                                  "user777"]
    assert _value(telegram[-1], "message.edited_at") == "2026-11-09T19:05:00"
    snapchat = _messages(_conversation(_read(px.snapchat()[0]), px.SNAP_HARASSER))
    assert [_value(m, "message.media_type") for m in snapchat] == [
        "TEXT", "TEXT", "STATUSERASEDMESSAGE", "MEDIA"]


def test_an_export_downloaded_in_html_says_to_ask_for_json() -> None:
    html = px.zipped({f"your_instagram_activity/messages/inbox/{px.HARASSER_THREAD}/"
                      "message_1.html": b"<html><body>Ombre du Lac</body></html>"})
    found = _read(html)
    assert not found.children
    assert not found.flags
    assert found.platform == "Instagram"
    assert "JSON format" in _value(found, "export.note")
    survey = platforms.survey(Source.from_bytes("x.zip", html))
    assert not survey.children
    assert "JSON format" in _value(survey, "export.note")

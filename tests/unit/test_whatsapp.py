"""WhatsApp exports: layouts, date order, multi-line messages, notices, markers, bounds."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.common.dates import localize, to_iso
from app.importing.formats import whatsapp
from app.importing.formats.base import CHAT_LINE, EMPTY, Child, Extraction, Source

NNBSP = "\u202f"  # narrow no-break space before AM/PM in recent exports
NBSP = "\u00a0"
LRM = "\u200e"  # left-to-right mark iOS puts before its notices and media markers


def _read(path: Path) -> Extraction:
    return whatsapp.read(Source.from_bytes(path.name, path.read_bytes()))


def _chat(text: str, name: str = "chat.txt") -> Extraction:
    return whatsapp.read(Source.from_bytes(name, text.encode("utf-8")))


def _values(found: Extraction, key: str) -> list[str]:
    return [value for name, value in found.metadata if name == key]


def _value(found: Extraction, key: str) -> str:
    values = _values(found, key)
    assert len(values) == 1, f"{key}: {values}"
    return values[0]


def _message(child: Child) -> Extraction:
    assert child.found is not None
    return child.found


def _at(child: Child) -> datetime:
    capture = _message(child).capture
    assert capture is not None
    assert capture.source == CHAT_LINE
    return capture.at


def _local(*parts: int) -> datetime:
    return localize(datetime(*parts))


@pytest.fixture
def ombre(corpus: Path) -> Extraction:
    return _read(corpus / "chat" / "Discussion WhatsApp avec Ombre.txt")


@pytest.fixture
def shadow(corpus: Path) -> Extraction:
    return _read(corpus / "chat" / "WhatsApp Chat with Shadow.txt")


def test_ombre_has_five_messages_not_the_notice(ombre: Extraction) -> None:
    assert [child.name for child in ombre.children] == [f"message {n}" for n in range(1, 6)]
    assert all(child.kind == "message" for child in ombre.children)
    assert _value(ombre, "chat.message_count") == "5"
    texts = [_message(child).text for child in ombre.children]
    assert texts[0] == "Tu crois que tu peux m'ignorer ?"
    assert not any("chiffrés de bout en bout" in text for text in texts)
    assert "chiffrés de bout en bout" in ombre.text  # the transcript keeps everything


def test_ombre_times_are_local_and_day_first(ombre: Extraction) -> None:
    times = [_at(child) for child in ombre.children]
    assert times[0] == _local(2026, 11, 5, 22, 41)
    assert times[-1] == _local(2026, 11, 6, 1, 13)
    assert to_iso(times[0]) == "2026-11-05T22:41:00+01:00"
    assert _value(ombre, "chat.first_message") == "2026-11-05T22:41:00+01:00"
    assert _value(ombre, "chat.last_message") == "2026-11-06T01:13:00+01:00"
    assert _value(ombre, "chat.date_order") == "day/month/year"
    assert ombre.capture is not None
    assert ombre.capture.source == CHAT_LINE
    assert ombre.capture.at == times[0]


def test_ombre_authors_participants_and_indexes(ombre: Extraction) -> None:
    authors = [_value(_message(child), "message.author") for child in ombre.children]
    assert authors == ["Ombre", "Ombre", "Camille", "Ombre", "Ombre"]
    indexes = [_value(_message(child), "message.index") for child in ombre.children]
    assert indexes == ["1", "2", "3", "4", "5"]
    assert _values(ombre, "chat.participant") == ["Ombre", "Camille"]
    assert ombre.platform == "WhatsApp"
    assert all(_message(child).platform == "WhatsApp" for child in ombre.children)
    assert _value(ombre, "chat.name") == "Ombre"


def test_ombre_two_line_message_keeps_both_lines(ombre: Extraction) -> None:
    child = ombre.children[3]
    assert _message(child).text == "Je passe devant chez toi demain\net je verrai bien si tu es là"
    assert child.data == (
        "06/11/2026 01:12 - Ombre: Je passe devant chez toi demain\n"
        "et je verrai bien si tu es là"
    ).encode()


def test_ombre_media_and_deleted_markers(ombre: Extraction) -> None:
    media, deleted = _message(ombre.children[1]), _message(ombre.children[4])
    assert media.text == "<Médias omis>"
    assert _values(media, "message.media_omitted") == ["yes"]
    assert _values(deleted, "message.deleted") == ["yes"]
    others = [_message(ombre.children[i]) for i in (0, 2, 3)]
    assert all(not _values(m, "message.media_omitted") for m in others)
    assert all(not _values(m, "message.deleted") for m in others)


def test_shadow_is_month_first_with_am_pm(shadow: Extraction) -> None:
    times = [_at(child) for child in shadow.children]
    assert times == [
        _local(2026, 11, 7, 22, 2),
        _local(2026, 11, 7, 22, 5),
        _local(2026, 11, 8, 0, 30),
    ]
    assert _value(shadow, "chat.date_order") == "month/day/year"
    assert _value(shadow, "chat.message_count") == "3"
    assert _values(shadow, "chat.participant") == ["Shadow", "Camille"]
    assert _message(shadow.children[2]).text == "Leave me alone."
    assert shadow.children[0].data == b"11/7/26, 10:02 PM - Shadow: answer me"


@pytest.mark.parametrize("space", [" ", NNBSP, NBSP])
def test_space_before_pm_may_be_any_export_variant(space: str) -> None:
    found = _chat(f"1/2/26, 9:05{space}PM - Ombre: réponds\n1/2/26, 12:01{space}AM - Ombre: ?\n")
    assert [_at(child) for child in found.children] == [
        _local(2026, 1, 2, 21, 5),
        _local(2026, 1, 2, 0, 1),
    ]


def test_ios_bracket_layout_with_seconds() -> None:
    text = (
        f"[05/11/2026 22:41:07] Ombre: {LRM}Messages and calls are end-to-end encrypted.\n"
        "[05/11/2026 22:41:09] Ombre: Tu crois que tu peux m'ignorer ?\n"
        f"[05/11/2026 22:43:00] Ombre: {LRM}image omitted\n"
        "[14/11/2026, 08:00:30] Camille: Stop.\n"
    )
    found = _chat(text)
    assert [_message(child).text for child in found.children] == [
        "Tu crois que tu peux m'ignorer ?", "image omitted", "Stop."]
    assert [_at(child) for child in found.children] == [
        _local(2026, 11, 5, 22, 41, 9),
        _local(2026, 11, 5, 22, 43, 0),
        _local(2026, 11, 14, 8, 0, 30),
    ]
    assert _values(_message(found.children[1]), "message.media_omitted") == ["yes"]


def test_a_field_above_twelve_settles_month_first_without_am_pm() -> None:
    found = _chat("11/05/2026 10:00 - A: un\n11/25/2026 10:00 - A: deux\n")
    assert _value(found, "chat.date_order") == "month/day/year"
    assert [_at(child) for child in found.children] == [
        _local(2026, 11, 5, 10, 0),
        _local(2026, 11, 25, 10, 0),
    ]


def test_comma_layout_day_first_without_am_pm() -> None:
    found = _chat("05/11/2026, 22:41 - Ombre: salut\n")
    assert _at(found.children[0]) == _local(2026, 11, 5, 22, 41)


def test_a_continuation_line_that_looks_like_an_author_line_stays_in_its_message() -> None:
    text = "05/11/2026 22:41 - Ombre: il m'a écrit :\nCamille: tu m'entends ?\nDate: demain\n"
    found = _chat(text)
    assert len(found.children) == 1
    message = _message(found.children[0])
    assert message.text == "il m'a écrit :\nCamille: tu m'entends ?\nDate: demain"
    assert _values(found, "chat.participant") == ["Ombre"]


def test_system_lines_and_their_continuations_are_not_messages() -> None:
    text = (
        "05/11/2026 22:40 - Ombre a créé le groupe « Nous »\n"
        "05/11/2026 22:40 - Camille a changé le sujet : « X: Y »\n"
        "suite du sujet\n"
        "05/11/2026 22:41 - Ombre: bonsoir\n"
    )
    found = _chat(text)
    assert [_message(child).text for child in found.children] == ["bonsoir"]


def test_lines_before_the_first_timestamp_and_impossible_dates_are_not_messages() -> None:
    found = _chat("préambule\n31/02/2026 10:00 - A: faux\n01/03/2026 10:00 - A: vrai\n")
    assert [_message(child).text for child in found.children] == ["vrai"]


def test_deleted_in_english_and_attached_file() -> None:
    text = (
        "1/2/26, 9:05 PM - S: This message was deleted\n"
        "1/2/26, 9:06 PM - S: IMG-1.jpg (file attached)\n"
    )
    found = _chat(text)
    assert _values(_message(found.children[0]), "message.deleted") == ["yes"]
    assert _values(_message(found.children[1]), "message.attachment") == ["IMG-1.jpg"]


def test_message_count_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(whatsapp, "MAX_MESSAGES", 3)
    found = _chat("".join(f"05/11/2026 22:{minute:02} - A: m{minute}\n" for minute in range(10)))
    assert len(found.children) == 3
    assert _value(found, "chat.message_count") == "3"
    assert "3 messages" in _value(found, "chat.truncated")


def test_long_lines_are_cut_and_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(whatsapp, "MAX_LINE", 40)
    found = _chat("05/11/2026 22:41 - A: " + "x" * 100 + "\n05/11/2026 22:42 - A: court\n")
    assert _value(found, "chat.lines_cut") == "1"
    assert len(_message(found.children[0]).text) == 40 - len("05/11/2026 22:41 - A: ")
    assert _message(found.children[1]).text == "court"


def test_utf8_bom_and_crlf_are_handled() -> None:
    data = "\ufeff05/11/2026 22:41 - Ombre: un\r\ndeux\r\n".encode()
    found = whatsapp.read(Source.from_bytes("bom.txt", data))
    assert _message(found.children[0]).text == "un\ndeux"


def test_empty_export_is_flagged() -> None:
    found = _chat("")
    assert found.flags == {EMPTY}
    assert found.children == []

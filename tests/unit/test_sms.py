"""SMS Backup & Restore XML: messages, times, directions, MMS, hostile and broken files."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.importing.formats import sms
from app.importing.formats.base import (
    DAMAGED,
    EMPTY,
    SMS_RECORD,
    UNREADABLE,
    Child,
    Extraction,
    Source,
)

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE smses [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
  <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
]>
<smses count="1"><sms address="1" date="0" type="1" body="&f;" /></smses>
"""


def _read(path: Path) -> Extraction:
    return sms.read(Source.from_bytes(path.name, path.read_bytes()))


def _backup(body: str) -> Extraction:
    xml = f"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses>{body}</smses>"
    return sms.read(Source.from_bytes("backup.xml", xml.encode("utf-8")))


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
    assert capture.source == SMS_RECORD
    return capture.at


@pytest.fixture
def backup(corpus: Path) -> Extraction:
    return _read(corpus / "chat" / "sms-20261112.xml")


def test_corpus_backup_has_three_messages_with_one_number(backup: Extraction) -> None:
    assert backup.flags == set()
    assert backup.platform == "SMS"
    assert [child.name for child in backup.children] == ["message 1", "message 2", "message 3"]
    assert all(child.kind == "message" for child in backup.children)
    assert [_message(child).text for child in backup.children] == [
        "Tu vas le regretter.", "Réponds.", "Ne me contacte plus."]
    assert _values(backup, "chat.participant") == ["+33612345678"]
    assert _value(backup, "chat.message_count") == "3"
    assert _value(backup, "sms.declared_count") == "3"
    for child in backup.children:
        assert _value(_message(child), "message.address") == "+33612345678"
        assert _message(child).platform == "SMS"


def test_corpus_directions_follow_type(backup: Extraction) -> None:
    directions = [_value(_message(child), "message.direction") for child in backup.children]
    assert directions == ["received", "received", "sent"]
    # "(Unknown)" is the app's placeholder for "no contact", not a name.
    assert all(not _values(_message(child), "message.contact_name") for child in backup.children)


def test_epoch_ms_utc_is_shown_in_local_time_when_it_agrees() -> None:
    xml = (b'<smses count="1"><sms address="+33600000000" date="1762808400000" type="1" '
           b'body="x" readable_date="10 nov. 2025 22:00:00" /></smses>')
    [child] = sms.read(Source.from_bytes("s.xml", xml)).children
    assert _at(child) == datetime.fromtimestamp(1762808400, tz=UTC)
    assert _at(child).utcoffset() == timedelta(hours=1)
    assert _values(_message(child), "message.date_conflict") == []


def test_corpus_dates_are_the_dates_the_phone_showed(backup: Extraction) -> None:
    times = [_at(child) for child in backup.children]
    assert [t.year for t in times] == [2026] * 3
    assert [t.utcoffset() for t in times] == [timedelta(hours=1)] * 3
    assert [(t.month, t.day, t.hour, t.minute) for t in times] == [
        (11, 10, 22, 0), (11, 10, 22, 1), (11, 10, 22, 5)]
    assert backup.capture is not None
    assert backup.capture.at == times[0]
    assert backup.capture.source == SMS_RECORD


def test_corpus_year_disagreement_with_readable_date_is_recorded(backup: Extraction) -> None:
    # The corpus epoch values fall in 2025 while readable_date and the README say 2026:
    # the reader keeps what the phone showed and records that the two disagree.
    first = _message(backup.children[0])
    assert _value(first, "message.readable_date") == "10 nov. 2026 22:00:00"
    conflict = _value(first, "message.date_conflict")
    assert "date says 2025-11-10T22:00:00+01:00" in conflict
    assert "readable_date says 2026-11-10T22:00:00+01:00" in conflict
    assert _value(backup, "sms.date_conflicts") == "3"


def test_child_data_is_the_elements_canonical_xml(backup: Extraction) -> None:
    data = backup.children[1].data
    assert data.startswith(b'<sms address="+33612345678" body="R\xc3\xa9ponds."')
    assert data.endswith(b"></sms>")
    assert b"\n" not in data


def test_transcript_shows_time_direction_and_text(backup: Extraction) -> None:
    lines = backup.text.splitlines()
    assert len(lines) == 3
    assert lines[0].endswith("← +33612345678: Tu vas le regretter.")
    assert lines[2].endswith("→ +33612345678: Ne me contacte plus.")


def test_contact_name_and_other_fields() -> None:
    found = _backup('<sms address="+336" date="1794344400000" type="5" body="x" '
                    'contact_name="Ombre" readable_date="10 nov. 2026 22:00:00" />')
    message = _message(found.children[0])
    assert _value(message, "message.contact_name") == "Ombre"
    assert _value(message, "message.direction") == "failed"
    assert _values(message, "message.date_conflict") == []
    assert _at(found.children[0]) == datetime(2026, 11, 10, 21, 0, tzinfo=UTC)


def test_mms_with_text_is_a_message_and_media_only_mms_is_counted() -> None:
    found = _backup(
        '<mms date="1794344400000" msg_box="2" address="+336"><parts>'
        '<part ct="application/smil" text="&lt;smil/&gt;" /><part ct="image/jpeg" data="AAAA" />'
        '<part ct="text/plain" text="regarde" /></parts></mms>'
        '<mms date="1794344460000" msg_box="1" address="+336"><parts>'
        '<part ct="image/png" data="AAAA" /></parts></mms>'
    )
    assert len(found.children) == 1
    message = _message(found.children[0])
    assert message.text == "regarde"
    assert _value(message, "message.direction") == "sent"
    assert _value(message, "message.mms_parts_omitted") == "1"
    assert b'data="AAAA"' in found.children[0].data  # the media stays in the item's bytes
    assert _value(found, "sms.mms_skipped") == "1"


def test_xml_bomb_is_refused_without_expansion() -> None:
    started = time.monotonic()
    found = sms.read(Source.from_bytes("bomb.xml", BILLION_LAUGHS))
    assert time.monotonic() - started < 1
    assert UNREADABLE in found.flags
    assert "DTDForbidden" in _value(found, "sms.refused")
    assert found.children == []
    assert found.text == ""


def test_external_entity_is_refused() -> None:
    xml = (b'<!DOCTYPE smses [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           b'<smses><sms body="&x;"/></smses>')
    found = sms.read(Source.from_bytes("xxe.xml", xml))
    assert UNREADABLE in found.flags
    assert found.children == []


def test_malformed_xml_keeps_messages_read_before_the_fault(corpus: Path) -> None:
    data = (corpus / "chat" / "sms-20261112.xml").read_bytes()
    found = sms.read(Source.from_bytes("cut.xml", data[: data.index(b"<sms", 300)]))
    assert DAMAGED in found.flags
    assert len(found.children) == 1
    assert _message(found.children[0]).text == "Tu vas le regretter."
    assert _value(found, "sms.error").startswith("XML error:")


def test_size_bound_truncates_without_calling_the_file_damaged(
    monkeypatch: pytest.MonkeyPatch, corpus: Path
) -> None:
    monkeypatch.setattr(sms, "MAX_BYTES", 400)
    found = _read(corpus / "chat" / "sms-20261112.xml")
    assert DAMAGED not in found.flags
    assert len(found.children) == 1
    assert _values(found, "sms.truncated")


def test_message_count_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sms, "MAX_MESSAGES", 2)
    found = _backup('<sms date="1" type="1" body="x" />' * 5)
    assert len(found.children) == 2
    assert "2 messages" in _value(found, "sms.truncated")


def test_other_backup_roots_are_not_read_as_sms() -> None:
    found = sms.read(Source.from_bytes("calls.xml", b'<calls><call number="1" /></calls>'))
    assert UNREADABLE in found.flags
    assert found.children == []


def test_bad_dates_give_no_capture_but_keep_the_message() -> None:
    found = _backup('<sms address="1" date="soon" type="1" body="x" />'
                    '<sms address="1" date="99999999999999999999" type="9" body="y" />')
    assert [_message(child).capture for child in found.children] == [None, None]
    assert _value(_message(found.children[1]), "message.direction") == "9"
    assert found.capture is None


@pytest.mark.parametrize("data", [b"", b"   ", b"not xml at all", b"\xff\xfe\x00<"])
def test_empty_or_garbage_never_raises(data: bytes) -> None:
    found = sms.read(Source.from_bytes("x.xml", data))
    assert found.children == []
    assert found.flags & {EMPTY, DAMAGED, UNREADABLE}

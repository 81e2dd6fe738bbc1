"""Text read in screenshots (issue #15 §1): the real engine in the real OCR child, on
rendered chat screenshots whose exact text is known; the reading stored in a real vault.

Measured on this test set (tests/bench/bench_ocr.py): 1.7 % character error rate, 0.2 %
once accents are set aside (the engine keeps é but reads à, è, ç, ô as a, e, c, o). The
bounds below leave room for a different CPU's rounding, not for a worse engine.
"""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from app.case import (
    attribution,
    editing,
    evidence,
    people,
    screen_identifiers,
    screen_reading,
    search,
    suggestions,
    transcripts,
)
from app.importing import sandbox
from app.importing.formats.sniff import FORMATS
from app.importing.formats.transcript import ENGINE, TOO_LARGE, UNREADABLE, Line, Transcript
from app.importing.pipeline import Importer
from app.vault.vault import Vault
from tests.conftest import CORPUS
from tests.samples import screenshots_ocr as samples
from tests.samples.pictures import png
from tests.unit import test_sandbox as sandbox_tests

PNG = FORMATS["png"]


@pytest.fixture(scope="module")
def readings() -> dict[str, Transcript]:
    """Each sample screenshot, read once by the shared OCR child."""
    reader = sandbox.shared_text_reader()
    found = {}
    for chat in samples.CHATS:
        answer = reader.transcribe(PNG, png(samples.draw(chat)))
        assert isinstance(answer, Transcript), answer
        found[chat.name] = answer
    return found


# A fresh vault and case for each test, as the sandbox's tests have it.
case = sandbox_tests.case


def test_the_error_rate_on_the_test_set_stays_low(readings: dict[str, Transcript]) -> None:
    expected = {chat.name: "\n".join(samples.lines_of(chat)) for chat in samples.CHATS}
    rates = [samples.character_error_rate(expected[name], found.text)
             for name, found in readings.items()]
    plain = [samples.character_error_rate(samples.without_accents(expected[name]),
                                          samples.without_accents(found.text))
             for name, found in readings.items()]
    assert sum(rates) / len(rates) < 0.03
    assert sum(plain) / len(plain) < 0.01
    assert max(plain) < 0.02


def test_handles_numbers_and_addresses_are_read_as_shown(
        readings: dict[str, Transcript]) -> None:
    assert "@ombre_du_lac" in readings["instagram_fr_light"].text
    assert "06 12 34 56 78" in readings["instagram_fr_light"].text
    assert "https://exemple.fr/photos" in readings["instagram_fr_light"].text
    assert "camille.m@exemple.fr" in readings["whatsapp_fr_dark"].text  # dark mode
    assert "me@shadow.net" in readings["x_en_dark"].text
    assert "12/11/2026" in readings["x_en_dark"].text


def test_each_line_has_its_box_in_the_pictures_pixels(readings: dict[str, Transcript]) -> None:
    found = readings["instagram_fr_light"]
    assert (found.width, found.height) == samples.SIZE
    handle = next(line for line in found.lines if "ombre" in line.text)
    xs, ys = [x for x, _y in handle.box], [y for _x, y in handle.box]
    assert len(handle.box) == 4
    assert 40 <= min(xs) <= 80
    assert 250 <= min(ys) <= 280
    assert 0.5 <= handle.score <= 1.0
    assert found.engine == ENGINE


def _claiming(width: int, height: int) -> bytes:
    """A one-pixel PNG whose header claims ``width`` × ``height`` (a decompression bomb's
    first bytes), with a valid checksum."""
    data = bytearray(png(Image.new("RGB", (1, 1))))
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


def test_what_is_not_a_picture_is_said_not_read() -> None:
    reader = sandbox.shared_text_reader()
    assert reader.transcribe(PNG, b"\x89PNG\r\n\x1a\n broken").problem == UNREADABLE
    assert reader.transcribe(FORMATS["pdf"], b"%PDF-1.4").problem == UNREADABLE
    assert reader.transcribe(PNG, _claiming(50_000, 50_000)).problem == TOO_LARGE


def _import_screenshot(vault: Vault, case_id: int, tmp_path: Path, chat: samples.Chat) -> int:
    path = tmp_path / f"{chat.name}.png"
    path.write_bytes(png(samples.draw(chat)))
    outcome = next(iter(Importer(vault, case_id).run([path])))
    return outcome.item_ids[0]


def test_a_reading_is_stored_once_and_found_without_accents(case, tmp_path: Path) -> None:
    vault, case_id = case
    item_id = _import_screenshot(vault, case_id, tmp_path, samples.CHATS[0])
    assert transcripts.pending(vault.db, case_id) == [item_id]
    assert search.search(vault.db, "hôpital moqueur", case_id) == []
    lines = (Line("Je sais où tu travailles", ((1, 2), (90, 2), (90, 20), (1, 20)), 0.97),
             Line("Camille l'hôpital", ((1, 30), (90, 30), (90, 50), (1, 50)), 0.9))
    with vault.transaction() as db:
        assert transcripts.store(db, item_id, Transcript(lines, 1080, 2340))
        assert not transcripts.store(db, item_id, Transcript(lines[:1], 1080, 2340))
    assert transcripts.pending(vault.db, case_id) == []
    assert [item.id for item in search.search(vault.db, "hopital OU", case_id)] == [item_id]
    stored = transcripts.reading(vault.db, item_id)
    assert stored is not None
    assert stored.state == transcripts.READ
    assert stored.transcript.lines == lines  # the second answer changed nothing
    assert json.loads(json.dumps(stored.as_json()))["lines"][1]["box"][2] == [90, 50]


def test_a_description_edit_keeps_the_read_words_searchable(case, tmp_path: Path) -> None:
    vault, case_id = case
    item_id = _import_screenshot(vault, case_id, tmp_path, samples.CHATS[1])
    with vault.transaction() as db:
        transcripts.store(db, item_id, Transcript((Line("Écris-moi vite", ((0, 0),) * 4, 1),)))
        editing.describe(db, item_id, description="menace du 5 novembre")
    assert [item.id for item in search.search(vault.db, "ecris novembre", case_id)] == [item_id]


def test_a_picture_that_could_not_be_read_is_not_tried_again(case, tmp_path: Path) -> None:
    vault, case_id = case
    item_id = _import_screenshot(vault, case_id, tmp_path, samples.CHATS[2])
    with vault.transaction() as db:
        transcripts.store(db, item_id, "it ran past its time limit of 60 s")
    stored = transcripts.reading(vault.db, item_id)
    assert stored is not None
    assert stored.state == transcripts.FAILED
    assert stored.as_json()["problem"] == "it ran past its time limit of 60 s"
    assert transcripts.pending(vault.db, case_id) == []


def test_what_a_screenshot_shows_becomes_suggestions_never_ties(
        case, tmp_path: Path, readings: dict[str, Transcript]) -> None:
    vault, case_id = case
    item_id = _import_screenshot(vault, case_id, tmp_path, samples.CHATS[1])
    with vault.transaction() as db:
        transcripts.store(db, item_id, readings["whatsapp_fr_dark"])
        people.save_person(db, people.Person(None, case_id, "Camille M."))
    found = {s.key: s for s in suggestions.suggest(vault.db, case_id)}
    mail = found[attribution.Key("email", "camille.m@exemple.fr")]
    number = found[attribution.Key("phone", "+33698765432")]
    assert mail.item_ids == number.item_ids == (item_id,)
    assert number.display == "06 98 76 54 32"
    assert number.platform == "WhatsApp"  # the app's name in the screenshot's header
    assert number.person_name == "Camille M."
    assert people.all_accounts(vault.db, case_id) == []  # only ever suggested


def test_the_app_is_told_by_its_name_on_a_line_of_its_own() -> None:
    assert screen_identifiers.platform_shown("14:32\nInstagram\n@ombre_du_lac") == "Instagram"
    assert screen_identifiers.platform_shown("Check twitter.com/x\nvu sur Instagram") == ""
    shown = screen_identifiers.sightings("Appelle le 06 12 34 56 78 ou 12/11/2026 à 8h")
    assert [(key.value, platform) for key, _display, platform in shown] == [
        ("+33612345678", "SMS")]


def test_a_scanned_pdf_is_read_page_by_page_and_a_pdf_with_text_is_not(
        case, tmp_path: Path) -> None:
    vault, case_id = case
    scan = tmp_path / "courrier_scanne.pdf"
    scan.write_bytes(samples.scanned_pdf((samples.CHATS[2], samples.CHATS[0])))
    scan_id = next(iter(Importer(vault, case_id).run([scan]))).item_ids[0]
    typed = next(iter(Importer(vault, case_id).run([CORPUS / "pdf"]))).item_ids[0]
    assert transcripts.pending(vault.db, case_id) == [scan_id]
    steps = screen_reading.read_pending(vault, case_id, sandbox.shared_text_reader(),
                                        lambda _step: None)
    assert [(step.item_id, step.state) for step in steps] == [(scan_id, transcripts.READ)]
    reading = transcripts.reading(vault.db, scan_id)
    assert reading is not None
    pages = {line.page for line in reading.transcript.lines}
    assert pages == {0, 1}
    first = [line.text for line in reading.transcript.lines if line.page == 0]
    assert "I have reported your account." in first
    assert [item.id for item in search.search(vault.db, "travailles", case_id)] == [scan_id]
    assert transcripts.reading(vault.db, typed) is None


def test_a_reader_that_crashes_or_answers_wrong_leaves_pictures_kept_and_marked(
        case, tmp_path: Path) -> None:
    vault, case_id = case
    ids = [_import_screenshot(vault, case_id, tmp_path, chat) for chat in samples.CHATS[:2]]
    hostile = sandbox.Sandbox(sandbox_tests.HOSTILE_READER,
                              sandbox.Limits(seconds=5.0, memory=sandbox_tests.MEMORY))
    try:
        crashed = hostile.transcribe(PNG, b"segfault")
        steps = screen_reading.read_pending(vault, case_id, hostile, lambda _step: None)
    finally:
        hostile.close()
    assert crashed == "its process crashed (signal SIGSEGV)"
    # That reader answers with a file's description, not a reading: refused, said, kept.
    assert [(s.item_id, s.state, s.problem) for s in steps] == [
        (item_id, transcripts.FAILED, "its answer was not a reading") for item_id in ids]
    assert transcripts.pending(vault.db, case_id) == []
    assert all(evidence.get(vault.db, item_id) is not None for item_id in ids)

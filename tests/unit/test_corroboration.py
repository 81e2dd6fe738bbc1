"""Corroboration (issue #15 §2): a screenshot's text matched to a message of a platform's
export or a chat backup, in a real vault with real imports; the readings are given here,
so the rule is tested without the OCR engine (``tests/cli/test_corroboration.py`` runs it)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import pytest

from app.case import corroboration, transcripts
from app.case.corroboration import TEXT, TEXT_AND_DAY, TEXT_AND_TIME
from app.export import corroboration_words
from app.export.exhibit import Corroborated
from app.export.wording import NBSP
from app.importing.formats.transcript import Line, Transcript
from app.importing.pipeline import Importer
from app.vault.vault import Vault
from tests.samples import platform_exports as px
from tests.samples.pictures import png, screenshot
from tests.unit import test_sandbox as sandbox_tests
from tests.unit.test_report_wording import PARIS_WINTER, placeholders

case = sandbox_tests.case

# A WhatsApp backup with a short, common answer and one long message.
WHATSAPP = """\
05/11/2026 15:40 - Ombre: ok
05/11/2026 15:41 - Ombre: Tu crois que tu peux m'ignorer ?
05/11/2026 15:42 - Ombre: Tu vas voir ce que tu vas voir.
06/11/2026 09:00 - Ombre: Tu vas voir ce que tu vas voir.
"""
AGAIN = "Tu vas voir ce que tu vas voir."  # sent twice: the text alone names neither


@dataclass
class Vaulted:
    vault: Vault
    case_id: int
    ids: dict[str, int]  # original name -> item id

    def read(self, name: str, *texts: str) -> int:
        """Store a reading of the picture ``name``: one line per text, top to bottom."""
        item_id = self.ids[name]
        lines = tuple(Line(text, ((0, 40 * n), (900, 40 * n), (900, 40 * n + 30),
                                  (0, 40 * n + 30)), 0.95) for n, text in enumerate(texts))
        with self.vault.transaction() as db:
            assert transcripts.store(db, item_id, Transcript(lines, 1080, 1200))
        return item_id

    def found(self, name: str) -> list[corroboration.Corroboration]:
        return corroboration.of_screenshot(self.vault.db, self.ids[name])

    def message(self, words: str) -> int:
        return self.vault.db.execute(
            "SELECT items.id FROM items JOIN texts ON texts.item_id = items.id "
            "WHERE items.kind = 'message' AND texts.body = ?", (words,)).fetchone()[0]


@pytest.fixture
def vaulted(case, tmp_path: Path) -> Vaulted:
    vault, case_id = case
    folder = tmp_path / "evidence"
    folder.mkdir()
    (folder / "instagram-camille.zip").write_bytes(px.instagram()[0])
    (folder / "Discussion WhatsApp avec Ombre.txt").write_text(WHATSAPP, encoding="utf-8")
    picture = png(screenshot("Instagram", "capture", (200, 300)))
    (folder / "Screenshot_20261105-153300.png").write_bytes(picture)  # its name dates it
    (folder / "capture.png").write_bytes(picture + b"\0")  # dated by its import only
    assert all(not o.reason for o in Importer(vault, case_id).run([folder]))
    ids = {name: item_id for item_id, name in vault.db.execute(
        "SELECT id, original_name FROM items WHERE parent_id IS NULL")}
    return Vaulted(vault, case_id, ids)


def test_the_text_is_compared_without_case_accents_or_spacing() -> None:
    assert corroboration.normalised("  Ça ne fait QUE\tcommencer !  Œuvre ") == (
        "ca ne fait que commencer! oeuvre")
    assert corroboration.normalised("Arrête de m’écrire , s'il te plaît .") == (
        "arrete de m'ecrire, s'il te plait.")


@pytest.mark.parametrize(("shown", "clock"), [
    ("15:30", "15:30"), ("Aujourd'hui 9h05", "09:05"), ("6:30 PM", "18:30"),
    ("12:10 am", "00:10"), ("Instagram", ""), ("06 12 34 56 78", ""), ("05.11.2026", "")])
def test_a_clock_time_is_read_in_its_usual_spellings(shown: str, clock: str) -> None:
    assert corroboration.clock(shown) == clock


def test_a_message_shown_with_its_time_is_the_strongest_match(vaulted: Vaulted) -> None:
    shot = "Screenshot_20261105-153300.png"
    vaulted.read(shot, "15:33", "Instagram", "Ombre du Lac", "15:30",
                 "Je sais ou tu habltes, ca ne",  # OCR's usual slips, a bubble on two lines
                 "fait que cornmencer.", "Arrete de m'ecrire, s'il te plait. 15:32")
    found = vaulted.found(shot)
    assert [(c.message_id, c.strength, c.shown_time) for c in found] == [
        (vaulted.message(px.META_WORDS), TEXT_AND_TIME, "15:30"),
        (vaulted.message("Arrête de m'écrire, s'il te plaît."), TEXT_AND_TIME, "15:32")]
    first = found[0]
    assert first.export_id == vaulted.ids["instagram-camille.zip"]
    assert first.platform == "Instagram"
    assert first.message_at == "2026-11-05T15:30:00+01:00"
    assert 0.85 <= first.ratio < 1
    assert first.as_json()["strength"] == "text_and_time"


def test_a_time_that_disagrees_leaves_the_day_the_picture_was_taken(
        vaulted: Vaulted) -> None:
    shot = "Screenshot_20261105-153300.png"
    vaulted.read(shot, "09:12", "Je sais où tu habites, ça ne fait que commencer.")
    [found] = vaulted.found(shot)
    assert (found.strength, found.shown_time, found.ratio) == (TEXT_AND_DAY, "09:12", 1.0)


def test_a_picture_dated_only_by_its_import_matches_by_text_alone(vaulted: Vaulted) -> None:
    vaulted.read("capture.png", "tu crois que tu peux m'ignorer?")
    [found] = vaulted.found("capture.png")
    assert found.strength == TEXT
    assert found.platform == "WhatsApp"
    assert found.conversation_id == found.export_id == vaulted.ids[
        "Discussion WhatsApp avec Ombre.txt"]


def test_short_common_words_and_other_sentences_match_nothing(vaulted: Vaulted) -> None:
    vaulted.read("capture.png", "ok", "Ok", "15:40", "Je sais où tu travailles, rue de la Gare.",
                 "Tu crois que je vais t'oublier ?", "Coucou")
    assert vaulted.found("capture.png") == []


def test_a_text_sent_twice_counts_only_where_the_time_or_day_says_which(
        vaulted: Vaulted) -> None:
    first, second = [row[0] for row in vaulted.vault.db.execute(
        "SELECT item_id FROM texts WHERE body = ? ORDER BY item_id", (AGAIN,))]
    vaulted.read("capture.png", AGAIN)
    assert vaulted.found("capture.png") == []  # dated by its import: which one?
    shot = "Screenshot_20261105-153300.png"
    vaulted.read(shot, AGAIN, "Vu", "Ombre du Lac", "Aujourd'hui 09:01", AGAIN.upper())
    assert [(c.message_id, c.strength, c.first_line) for c in vaulted.found(shot)] == [
        (first, TEXT_AND_DAY, 0), (second, TEXT_AND_TIME, 4)]


def test_a_picture_of_the_export_itself_corroborates_none_of_its_messages(
        vaulted: Vaulted) -> None:
    media = vaulted.vault.db.execute(
        "SELECT id FROM items WHERE original_name LIKE '%capture_1.png'").fetchone()[0]
    with vaulted.vault.transaction() as db:
        line = Line(px.META_WORDS, ((0, 0), (9, 0), (9, 9), (0, 9)), 0.9)
        assert transcripts.store(db, media, Transcript((line,), 120, 200))
    assert corroboration.of_screenshot(vaulted.vault.db, media) == []


def test_every_corroboration_of_the_case_and_none_before_reading(vaulted: Vaulted) -> None:
    db = vaulted.vault.db
    assert corroboration.in_case(db, vaulted.case_id) == []
    assert vaulted.found("capture.png") == []
    vaulted.read("capture.png", "Tu crois que tu peux m'ignorer ?")
    vaulted.read("Screenshot_20261105-153300.png", px.META_WORDS)
    found = corroboration.in_case(db, vaulted.case_id)
    assert sorted((c.screenshot_id, c.strength) for c in found) == sorted([
        (vaulted.ids["capture.png"], TEXT),
        (vaulted.ids["Screenshot_20261105-153300.png"], TEXT_AND_DAY)])


def _corroborated(exhibit: str, strength: str = TEXT_AND_TIME) -> Corroborated:
    return Corroborated("4", datetime(2026, 11, 5, 14, 30, tzinfo=PARIS_WINTER), "Instagram",
                        exhibit, strength, "14:31")


def test_the_report_says_which_exhibit_holds_the_message_in_both_languages() -> None:
    found = _corroborated("31-2")
    assert corroboration_words.sentence("fr", found) == (
        f"La capture de la pièce n°{NBSP}4 correspond au message du 5 novembre 2026 à 14:30 "
        f"de l'export Instagram, pièce n°{NBSP}31-2{NBSP}: même texte, et l'heure 14:31 "
        "affichée sur la capture est celle du message.")
    assert corroboration_words.sentence("en", found) == (
        "The screenshot of exhibit 4 matches the message of 5 November 2026 at 14:30 in the "
        "Instagram export, exhibit 31-2: same text, and the time 14:31 shown on the "
        "screenshot is the message's.")


def test_a_message_outside_the_bundle_is_said_to_be_in_the_vault() -> None:
    found = replace(_corroborated("", TEXT), platform="")
    assert corroboration_words.sentence("fr", found) == (
        f"La capture de la pièce n°{NBSP}4 correspond au message du 5 novembre 2026 à 14:30 "
        "d'un export conservé dans le coffre Dossier, qui n'est pas joint à ce dossier"
        f"{NBSP}: même texte, sans heure ni date de la capture pour le confirmer.")
    assert corroboration_words.sentence("en", replace(found, strength=TEXT_AND_DAY)) == (
        "The screenshot of exhibit 4 matches the message of 5 November 2026 at 14:30 in the "
        "export kept in the Dossier vault, which is not included in this bundle: same text, "
        "and the screenshot is dated the same day.")


def test_the_rule_is_stated_with_its_figures() -> None:
    assert "semblable à 85 % au moins" in corroboration_words.intro("fr").replace(NBSP, " ")
    assert "92 % sous 24 caractères" in corroboration_words.intro("fr").replace(NBSP, " ")
    assert "at least 12 characters" in corroboration_words.intro("en")
    assert "within 5 minutes" in corroboration_words.intro("en")
    for key, (french, english) in corroboration_words.WORDS.items():
        glue = {"_", "_N"}
        assert placeholders(french) - glue == placeholders(english) - glue, key

"""The item's corroborations in the window (issue #15 §2): a screenshot says which message
of the Instagram export shows the same words, and opens it; the message says a screenshot
shows it, and opens that. Real vault, real imports; the reading is given (the real OCR
runs in tests/cli/test_corroboration.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.case import cases, transcripts
from app.importing.formats.transcript import Line, Transcript
from app.importing.pipeline import Importer
from app.vault.keys import KdfSettings
from app.vault.vault import Vault
from tests.gui.conftest import unlocked_service
from tests.samples import platform_exports as px
from tests.samples import screenshots_ocr as samples
from tests.samples.pictures import png
from ui.case import corroboration_note
from ui.case.page import CasePage
from ui.common.i18n import TRANSLATIONS
from ui.common.operations import VaultService

PASSPHRASE = "corroboration"
SHOT = "Screenshot_20261105-153300.png"
CHAT = samples.Chat("shown", "Instagram", "Ombre du Lac", "15:33", (
    (False, "Aujourd'hui 15:30"), (False, px.META_WORDS[:28]), (False, px.META_WORDS[29:]),
    (True, "Arrête de m'écrire, s'il te plaît.")))
READ = ("15:33", "Instagram", "Ombre du Lac", "Aujourd'hui 15:30",
        "Je sais ou tu habites, ca ne", "fait que commencer.",
        "Arrete de m'ecrire, s'il te plait.")


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, dict[str, int]]:
    folder = tmp_path_factory.mktemp("corroboration")
    (folder / SHOT).write_bytes(png(samples.cropped(CHAT)))
    (folder / "instagram-camille.zip").write_bytes(px.instagram()[0])
    path = folder / "vault.dossier"
    with Vault.create(path, PASSPHRASE, kdf=KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case_id = cases.create(db, "Ombre").id
        outcomes = list(Importer(vault, case_id).run([folder / SHOT,
                                                      folder / "instagram-camille.zip"]))
        ids = {Path(o.path).name: o.item_ids[0] for o in outcomes}
        lines = tuple(Line(text, ((60, 60 + 100 * n), (900, 60 + 100 * n),
                                  (900, 110 + 100 * n), (60, 110 + 100 * n)), 0.95)
                      for n, text in enumerate(READ))
        with vault.transaction() as db:
            assert transcripts.store(db, ids[SHOT], Transcript(lines, 1080, 1200))
            ids["message"] = db.execute(
                "SELECT item_id FROM texts WHERE body = ?", (px.META_WORDS,)).fetchone()[0]
    return path, case_id, ids


@pytest.fixture
def service(qtbot, prepared, tmp_path: Path) -> Iterator[VaultService]:
    yield from unlocked_service(qtbot, prepared[0], PASSPHRASE, tmp_path)


@pytest.fixture
def page(qtbot, service: VaultService, prepared) -> CasePage:
    page = CasePage(service)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.load(prepared[1])
    # The listing arrives from the worker; an item chosen before it would be replaced.
    qtbot.waitUntil(lambda: page.view.model.rowCount() > 0)
    return page


def _shown(qtbot, page: CasePage, item_id: int, words: str) -> str:
    """The note once it says ``words`` about the item."""
    note = page.view.detail_pane.corroborations
    page.view.select_item(item_id)
    qtbot.waitUntil(lambda: page.view.detail_pane.current_item_id == item_id
                    and note.isVisible() and words in note.text(), timeout=20_000)
    return note.text()


def _open(qtbot, page: CasePage, text: str) -> int:
    """Follow the note's link as a click does; returns the item then shown."""
    link = re.search(r'href="(item:\d+)"', text)
    assert link is not None, text
    page.view.detail_pane.corroborations.linkActivated.emit(link[1])
    target = int(link[1].split(":")[1])
    qtbot.waitUntil(lambda: page.view.detail_pane.current_item_id == target)
    return target


def test_the_screenshot_names_the_message_and_opens_it(qtbot, page: CasePage,
                                                        prepared) -> None:
    ids = prepared[2]
    said = _shown(qtbot, page, ids[SHOT], "Matches the message of")
    assert "in the Instagram export." in said
    assert "Same text, and the time shown on the screenshot." in said
    page.grab().save("/tmp/corroborate-screenshot-en.png")
    assert _open(qtbot, page, said) == ids["message"]
    back = _shown(qtbot, page, ids["message"], "A screenshot shows this message.")
    assert "Same text, and the time shown on the screenshot." in back
    assert _open(qtbot, page, back) == ids[SHOT]


def test_a_long_list_leaves_the_pane_to_the_item(qtbot, page: CasePage, prepared,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corroboration_note, "MOST_SHOWN", 1)
    said = _shown(qtbot, page, prepared[2][SHOT], "And 1 more.")
    assert said.count("Open the message") == 1


def test_nothing_is_said_of_an_item_without_corroboration(qtbot, page: CasePage, prepared,
                                                           service: VaultService) -> None:
    ids = prepared[2]
    _shown(qtbot, page, ids[SHOT], "Matches")
    page.view.select_item(ids["instagram-camille.zip"])
    qtbot.waitUntil(lambda: page.view.detail_pane.current_item_id == ids[
        "instagram-camille.zip"])
    qtbot.waitUntil(lambda: not page.view.detail_pane.corroborations.isVisible())
    # The worker answers in order: once a later question is answered, so was the note's.
    with qtbot.waitCallback() as answered:
        service.run(lambda _vault, _task: None, answered)
    assert not page.view.detail_pane.corroborations.isVisible()


def test_the_note_in_french(qtbot, page: CasePage, prepared, french_dates) -> None:
    french = QTranslator()
    assert french.load("dossier_fr", str(TRANSLATIONS))
    QCoreApplication.installTranslator(french)
    try:
        said = _shown(qtbot, page, prepared[2][SHOT], "Correspond au message du 5 nov. 2026")
        assert "dans l’export Instagram." in said
        assert "Ouvrir le message" in said
        page.grab().save("/tmp/corroborate-screenshot-fr.png")
    finally:
        QCoreApplication.removeTranslator(french)

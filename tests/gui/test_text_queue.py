"""The text of screenshots is read in the background after they arrive (issue #15 §1): a
visible queue that can be paused, that resumes after a lock, and whose words show in the
image viewer, selectable and copyable. Real vault, real OCR child, real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.case import cases, search, transcripts
from app.importing.pipeline import Importer
from app.vault.keys import KdfSettings
from app.vault.vault import Vault
from tests.gui.conftest import unlocked_service
from tests.samples import screenshots_ocr as samples
from tests.samples.pictures import png
from ui.case.page import CasePage
from ui.common.operations import VaultService
from ui.importing import text_queue
from ui.viewers.image import ImageViewer

PASSPHRASE = "lecture des captures"
SHOTS = samples.CHATS[:2]
SECONDS = 120_000  # two screenshots on a busy shared machine, with the child's start


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, dict[str, int]]:
    """Two screenshots imported, their text not read yet."""
    folder = tmp_path_factory.mktemp("shots")
    for chat in SHOTS:
        (folder / f"{chat.name}.png").write_bytes(png(samples.draw(chat)))
    path = folder / "vault.dossier"
    with Vault.create(path, PASSPHRASE, kdf=KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case_id = cases.create(db, "Captures").id
        outcomes = list(Importer(vault, case_id).run([folder / f"{c.name}.png" for c in SHOTS]))
    return path, case_id, {Path(o.path).stem: o.item_ids[0] for o in outcomes}


@pytest.fixture
def service(qtbot, prepared, tmp_path: Path) -> Iterator[VaultService]:
    yield from unlocked_service(qtbot, prepared[0], PASSPHRASE, tmp_path)


@pytest.fixture
def page(qtbot, service: VaultService, monkeypatch: pytest.MonkeyPatch) -> CasePage:
    monkeypatch.setattr(text_queue, "READ_AUTOMATICALLY", True)
    page = CasePage(service)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    return page


def unread(service: VaultService, qtbot, case_id: int) -> list[int]:
    found: list[list[int]] = []
    service.run(lambda vault, _task: transcripts.pending(vault.db, case_id), found.append)
    qtbot.waitUntil(lambda: bool(found))
    return found[0]


def test_the_queue_shows_reads_every_picture_and_the_viewer_shows_the_text(
        qtbot, page: CasePage, service: VaultService, prepared) -> None:
    _path, case_id, ids = prepared
    progress: list[tuple[int, int]] = []
    page.text_queue.progressed.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(page.text_queue.finished, timeout=SECONDS):
        page.load(case_id)
        qtbot.waitUntil(lambda: page.text_queue_bar.isVisible(), timeout=10_000)
        assert page.text_queue_bar.label.text() == "Reading the text of 2 picture(s)… 0/2"
        page.text_queue_bar.grab().save("/tmp/ocr-queue-bar.png")
    assert progress == [(0, 2), (1, 2), (1, 2), (2, 2)]
    assert not page.text_queue_bar.isVisible()
    assert unread(service, qtbot, case_id) == []
    pane = page.view.detail_pane
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        page.view.select_item(ids["instagram_fr_light"])
    viewer = pane.viewer()
    assert isinstance(viewer, ImageViewer)
    qtbot.waitUntil(lambda: not viewer.requests.waiting, timeout=30_000)
    shown = viewer.screen_text
    qtbot.waitUntil(lambda: "@ombre_du_lac" in shown.text.toPlainText())  # once read
    assert shown.text.isReadOnly()
    assert shown.note.text().startswith("Text read automatically")
    page.grab().save("/tmp/ocr-viewer-en.png")
    shown.copy.click()
    assert "travailles" in QApplication.clipboard().text()
    viewer.text_button.click()
    assert not shown.isVisible()


def test_a_paused_queue_reads_nothing_more_until_resumed(
        qtbot, page: CasePage, service: VaultService, prepared) -> None:
    _path, case_id, _ids = prepared
    queue = page.text_queue
    page.load(case_id)
    queue.pause()  # before the vault has handed over the first picture
    qtbot.waitUntil(lambda: page.text_queue_bar.isVisible(), timeout=10_000)
    qtbot.wait(3_000)  # longer than a reading takes: none is started
    assert queue.running
    assert queue.done == 0
    assert page.text_queue_bar.label.text() == "Text reading paused (0/2)."
    assert page.text_queue_bar.button.text() == "Resume"
    assert len(unread(service, qtbot, case_id)) == 2
    with qtbot.waitSignal(queue.finished, timeout=SECONDS):
        page.text_queue_bar.button.click()
    assert unread(service, qtbot, case_id) == []


def test_a_lock_stops_the_queue_and_the_next_opening_reads_what_is_left(
        qtbot, page: CasePage, service: VaultService, prepared) -> None:
    _path, case_id, _ids = prepared
    queue = page.text_queue
    page.load(case_id)
    qtbot.waitUntil(lambda: queue.total == 2, timeout=10_000)
    with qtbot.waitSignal(queue.finished, timeout=5_000):
        page.clear()  # what the window does on lock
    assert not queue.running
    left = unread(service, qtbot, case_id)
    assert len(left) == 2  # the reading in flight was dropped, not half-stored
    with qtbot.waitSignal(queue.finished, timeout=SECONDS):
        page.load(case_id)
    assert unread(service, qtbot, case_id) == []


def test_an_import_is_followed_by_reading_its_pictures(
        qtbot, page: CasePage, service: VaultService, prepared, tmp_path: Path) -> None:
    _path, case_id, _ids = prepared
    with qtbot.waitSignal(page.text_queue.finished, timeout=SECONDS):
        page.load(case_id)  # the two pictures already there are read first
    shot = tmp_path / "x_en_dark.png"
    shot.write_bytes(png(samples.draw(samples.CHATS[3])))
    with qtbot.waitSignal(page.text_queue.finished, timeout=SECONDS):
        with qtbot.waitSignal(page.flow.finished, timeout=30_000):
            page.import_paths([shot])
        qtbot.waitUntil(lambda: page.text_queue_bar.isVisible(), timeout=10_000)
    assert unread(service, qtbot, case_id) == []
    found: list[list[int]] = []
    service.run(lambda vault, _task: [item.id for item in search.search(
        vault.db, "harassment", case_id)], found.append)
    qtbot.waitUntil(lambda: bool(found))
    assert len(found[0]) == 1

"""Importing from the window: drops, pastes and browser drags, with real QMimeData."""

from __future__ import annotations

import hashlib
import itertools
import os
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
)
from PySide6.QtWidgets import QApplication, QWidget

from app.case import cases, evidence
from app.importing.formats.base import CLIPBOARD
from app.importing.pipeline import DUPLICATE_FILE, REFUSED, STORED
from app.vault import custody, keys
from app.vault.vault import Vault
from tests.conftest import CORPUS
from ui.case.detail_pane import DetailPane
from ui.common.operations import VaultService
from ui.importing.drop_overlay import DropOverlay
from ui.importing.import_dialog import ImportDialog
from ui.importing.import_flow import ImportFlow, ImportSummary

# The offscreen platform cannot raise windows or pass on size hints, and says so.


@pytest.fixture
def vault_case(qtbot, tmp_path: Path):
    """An unlocked vault with one empty case, run by a real vault worker."""
    path = tmp_path / "v.dossier"
    with Vault.create(path, "pass", kdf=keys.KdfSettings(10, 8)) as vault, \
            vault.transaction() as db:
        case_id = cases.create(db, "Ombre").id
    service = VaultService()
    with qtbot.waitCallback() as opened:
        service.unlock(path, "pass", opened, pytest.fail)
    yield service, case_id
    service.shutdown()


@pytest.fixture
def flow(qtbot, vault_case):
    window = QWidget()
    qtbot.addWidget(window)  # qtbot holds it weakly: the yield keeps it alive for the test
    yield ImportFlow(vault_case[0], window), vault_case[1]  # noqa: PT022


def stored_item(qtbot, service: VaultService, item_id: int) -> evidence.EvidenceItem:
    return ask(qtbot, service, lambda vault, task: evidence.get(vault.db, item_id))


def ask(qtbot, service: VaultService, operation):
    """Read the vault on the worker, as a widget would, and wait for the answer."""
    with qtbot.waitCallback() as answered:
        service.run(operation, answered, pytest.fail)
    return answered.args[0]


def finish(qtbot, flow: ImportFlow, start) -> ImportSummary:
    with qtbot.waitSignal(flow.finished, timeout=60_000) as done:
        start()
    return done.args[0]


def file_urls(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def test_dropped_corpus_is_stored_then_reported_as_duplicates(qtbot, flow) -> None:
    flow, case_id = flow
    summary = finish(qtbot, flow, lambda: flow.import_mime(file_urls(CORPUS), case_id))
    by_name = {result.name: result for result in summary.results}
    assert by_name["empty.png"].status == REFUSED
    assert "empty (0 bytes)" in by_name["empty.png"].reason
    assert by_name["journal.txt"].status == STORED
    assert summary.count(STORED) == len(summary.results) - 1 == summary.total - 1
    again = finish(qtbot, flow, lambda: flow.import_mime(
        file_urls(CORPUS / "notes" / "journal.txt", CORPUS / "bad" / "empty.png"), case_id))
    twin, empty = again.results
    assert (twin.status, twin.duplicate_of) == (DUPLICATE_FILE, by_name["journal.txt"].item_ids[0])
    assert empty.status == REFUSED


def test_each_stored_file_is_announced_as_it_arrives(qtbot, flow) -> None:
    flow, case_id = flow
    announced: list[list[int]] = []
    flow.item_stored.connect(announced.append)
    files = [CORPUS / "notes" / "journal.txt", CORPUS / "email" / "menace_2026-11-04.eml"]
    summary = finish(qtbot, flow, lambda: flow.import_paths(files, case_id))
    assert announced == [list(result.item_ids) for result in summary.results]
    assert len(announced[1]) == 2  # the e-mail and its attachment


def test_pasted_screenshot_is_kept_as_png_dated_from_the_clipboard(qtbot, flow, vault_case) -> None:
    flow, case_id = flow
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    QGuiApplication.clipboard().setImage(image)
    summary = finish(qtbot, flow, lambda: flow.paste(case_id))
    (result,) = summary.results
    assert result.status == STORED
    assert result.name.endswith(".png")
    item = stored_item(qtbot, vault_case[0], result.item_ids[0])
    assert (item.kind, item.mime, item.captured_at_source) == ("image", "image/png", CLIPBOARD)


def test_image_dragged_from_a_browser_keeps_its_bytes_and_address(qtbot, flow, vault_case) -> None:
    flow, case_id = flow
    mime = QMimeData()
    image = QImage(32, 32, QImage.Format.Format_ARGB32)
    image.fill(QColor("#aa0000"))
    mime.setImageData(image)
    mime.setUrls([QUrl("https://social.example.com/media/42.png")])
    mime.setHtml('<img src="https://social.example.com/media/42.png" alt="threat">')
    (result,) = finish(qtbot, flow, lambda: flow.import_mime(mime, case_id)).results
    item = stored_item(qtbot, vault_case[0], result.item_ids[0])
    assert (item.kind, item.url) == ("image", "https://social.example.com/media/42.png")


def test_link_dragged_from_a_browser_becomes_a_web_reference(qtbot, flow, vault_case) -> None:
    flow, case_id = flow
    url = "https://social.example.com/@ombre_du_lac/42"
    mime = QMimeData()
    mime.setData("text/uri-list", f"{url}\r\n".encode())
    mime.setHtml(f'<meta charset="utf-8"><a href="{url}">Post d&#39;Ombre du lac</a>')
    (result,) = finish(qtbot, flow, lambda: flow.import_mime(mime, case_id)).results
    assert result.status == STORED
    item = stored_item(qtbot, vault_case[0], result.item_ids[0])
    assert (item.url, item.title) == (url, "Post d'Ombre du lac")
    assert item.kind == "web"


def test_plain_text_is_refused_with_a_reason(qtbot, flow) -> None:
    flow, case_id = flow
    mime = QMimeData()
    mime.setText("tu vas voir")
    with qtbot.waitSignal(flow.refused) as refused:
        assert not flow.import_mime(mime, case_id)
    assert "Text cannot be kept" in refused.args[0]


def random_files(folder: Path, count: int, size: int) -> list[Path]:
    folder.mkdir()
    paths = [folder / f"capture_{n:02}.bin" for n in range(count)]
    for path in paths:
        path.write_bytes(os.urandom(size))
    return paths


def test_cancel_stops_between_files_and_drops_what_waits(qtbot, flow, vault_case,
                                                         tmp_path: Path) -> None:
    flow, case_id = flow
    dialog = ImportDialog(flow)
    qtbot.addWidget(dialog)
    random_files(tmp_path / "many", 30, 1 << 16)
    gate = threading.Event()  # holds the worker, so the cancel lands before the next file
    vault_case[0].run(lambda vault, task: gate.wait(30))
    started: list[None] = []
    flow.started.connect(lambda: started.append(None))
    flow.import_paths([tmp_path / "many"], case_id)
    flow.import_paths([CORPUS / "notes" / "journal.txt"], case_id)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.headline.text() == "Stopping after this file…"
    with qtbot.waitSignal(flow.finished, timeout=30_000) as done:
        gate.set()
    summary = done.args[0]
    assert summary.cancelled
    assert summary.results == []
    assert summary.total == 30
    assert len(started) == 1
    assert not flow.busy
    assert dialog.headline.text() == "Stopped"
    assert dialog.summary.text() == "Nothing was added — stopped before 30 more file(s)"


def test_window_keeps_turning_during_a_long_import(qtbot, flow, tmp_path: Path) -> None:
    flow, case_id = flow
    random_files(tmp_path / "big", 30, 2 << 20)
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    started = time.monotonic()
    summary = finish(qtbot, flow, lambda: flow.import_paths([tmp_path / "big"], case_id))
    elapsed = time.monotonic() - started
    timer.stop()
    assert summary.count(STORED) == 30
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) >= max(10, elapsed / 0.010 / 4)  # at least a quarter of the ticks
    assert max(gaps) < 0.5  # never frozen for half a second


def test_dialog_lists_results_and_ends_with_a_summary_line(qtbot, flow) -> None:
    flow, case_id = flow
    dialog = ImportDialog(flow)
    qtbot.addWidget(dialog)
    files = [CORPUS / "notes" / "journal.txt", CORPUS / "bad" / "empty.png",
             CORPUS / "pdf" / "signalement_plateforme.pdf"]
    finish(qtbot, flow, lambda: flow.import_paths(files, case_id))
    finish(qtbot, flow, lambda: flow.import_paths(files[:1], case_id))
    assert dialog.isVisible()
    assert dialog.summary.text() == "2 stored, 1 already in the case, 1 refused"
    model = dialog.model
    words = [model.index(row, model.COL_RESULT).data() for row in range(model.rowCount())]
    assert words[0].startswith("Refused: the file is empty (0 bytes)")  # refused first
    assert words[1] == "Stored"
    assert words[3].startswith("Already in the case (item ")
    assert dialog.close_button.isVisible()
    assert not dialog.cancel_button.isVisible()


def test_an_import_that_cannot_run_says_why_in_one_line(qtbot, flow, vault_case) -> None:
    flow, case_id = flow
    dialog = ImportDialog(flow)
    qtbot.addWidget(dialog)
    with qtbot.waitCallback() as locked:
        vault_case[0].lock(locked)
    with qtbot.waitSignal(flow.failed) as failed:
        flow.import_paths([CORPUS / "notes" / "journal.txt"], case_id)
    assert failed.args == ["The vault is locked."]
    assert dialog.error.text() == "The vault is locked."
    assert dialog.headline.text() == "The import could not finish"
    assert not flow.busy


def test_results_model_passes_the_model_tester(qtbot, qtmodeltester, flow) -> None:
    flow, case_id = flow
    dialog = ImportDialog(flow, show_on_start=False)
    qtbot.addWidget(dialog)
    finish(qtbot, flow, lambda: flow.import_paths([CORPUS / "bad"], case_id))
    qtmodeltester.check(dialog.model)


def drag(target: QWidget, mime: QMimeData, kind: QEvent.Type = QEvent.Type.DragEnter):
    position = target.rect().center()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    if kind == QEvent.Type.Drop:
        event = QDropEvent(position.toPointF(), actions, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
    else:
        event = QDragEnterEvent(position, actions, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    return event


@pytest.fixture
def overlay(qtbot):
    target = QWidget()
    target.resize(640, 420)
    qtbot.addWidget(target)
    overlay = DropOverlay()
    overlay.install(target)
    target.show()
    return target, overlay


def test_overlay_refuses_plain_text_and_says_why(overlay) -> None:
    target, overlay = overlay
    mime = QMimeData()
    mime.setText("hello")
    assert not drag(target, mime).isAccepted()
    assert overlay.isVisible()
    assert overlay.headline.text() == "This cannot be added"
    assert "Text cannot be kept" in overlay.detail.text()
    QApplication.sendEvent(target, QDragLeaveEvent())
    assert not overlay.isVisible()


def test_overlay_accepts_files_and_emits_a_copy_on_drop(qtbot, overlay) -> None:
    target, overlay = overlay
    files = [CORPUS / "notes" / "journal.txt", CORPUS / "pdf" / "signalement_plateforme.pdf"]
    mime = file_urls(*files)
    assert drag(target, mime).isAccepted()
    assert overlay.headline.text() == "Drop to add 2 file(s) to the case"
    assert overlay.geometry() == target.rect()
    with qtbot.waitSignal(overlay.dropped) as dropped:
        assert drag(target, mime, QEvent.Type.Drop).isAccepted()
    copy = dropped.args[0]
    assert copy is not mime
    assert [Path(url.toLocalFile()) for url in copy.urls()] == files
    assert not overlay.isVisible()


def test_overlay_says_what_an_image_or_a_link_will_become(overlay) -> None:
    target, overlay = overlay
    image = QMimeData()
    image.setImageData(QImage(8, 8, QImage.Format.Format_RGB32))
    assert drag(target, image).isAccepted()
    assert overlay.headline.text() == "Drop to keep this image"
    link = QMimeData()
    link.setUrls([QUrl("https://social.example.com/@ombre_du_lac")])
    assert drag(target, link).isAccepted()
    assert overlay.headline.text() == "Drop to keep 1 link(s)"
    other = QMimeData()
    other.setUrls([QUrl("ftp://example.com/file")])
    assert not drag(target, other).isAccepted()


def test_overlay_never_accepts_a_move(overlay) -> None:
    target, overlay = overlay
    mime = file_urls(CORPUS / "notes" / "journal.txt")
    event = QDragEnterEvent(target.rect().center(), Qt.DropAction.MoveAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    assert not event.isAccepted()
    assert "never takes the original away" in overlay.detail.text()
    accepted = drag(target, mime)
    assert accepted.isAccepted()
    assert accepted.dropAction() == Qt.DropAction.CopyAction


def test_dropping_onto_the_window_imports(qtbot, overlay, flow, vault_case) -> None:
    target, overlay = overlay
    flow, case_id = flow
    overlay.dropped.connect(lambda mime: flow.import_mime(mime, case_id))
    mime = file_urls(CORPUS / "notes" / "journal.txt")
    assert drag(target, mime).isAccepted()
    with qtbot.waitSignal(flow.finished, timeout=30_000) as done:
        drag(target, mime, QEvent.Type.Drop)
    assert [r.status for r in done.args[0].results] == [STORED]
    log = ask(qtbot, vault_case[0], lambda vault, task: custody.entries(vault.db))
    assert log[-1].action == custody.IMPORTED


def test_the_bad_files_dropped_each_get_an_answer_and_harm_nothing(
        qtbot, overlay, flow, vault_case) -> None:
    """The corpus's bad files dropped on the window: each is stored or refused with a
    reason, each stored one opens in its viewer, the window answers all along, and what
    was stored before is unchanged."""
    target, overlay = overlay
    flow, case_id = flow
    service = vault_case[0]
    journal = CORPUS / "notes" / "journal.txt"
    [kept] = finish(qtbot, flow, lambda: flow.import_paths([journal], case_id)).results
    overlay.dropped.connect(lambda mime: flow.import_mime(mime, case_id))
    bad = sorted((CORPUS / "bad").iterdir())
    ticks: list[int] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    assert drag(target, file_urls(*bad)).isAccepted()
    with qtbot.waitSignal(flow.finished, timeout=120_000) as done:
        drag(target, file_urls(*bad), QEvent.Type.Drop)
    timer.stop()
    results = {result.name: result for result in done.args[0].results}
    assert sorted(results) == [path.name for path in bad]
    for result in results.values():
        assert result.status == STORED or (result.status == REFUSED and result.reason)
    assert ticks  # the window kept turning while the bad files were read
    pane = DetailPane(service)
    qtbot.addWidget(pane)
    pane.show()
    for result in results.values():
        for item_id in result.item_ids:
            with qtbot.waitSignal(pane.shown, timeout=30_000):
                pane.show_item(item_id)
    assert ask(qtbot, service, lambda vault, task: vault.check()).ok
    again = stored_item(qtbot, service, kept.item_ids[0])
    assert again.sha256 == hashlib.sha256(journal.read_bytes()).hexdigest()

"""The story of a platform export dropped on the window: its conversations listed (read
in the sandbox), only the harasser's ticked, and only the ticked ones imported."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.case import cases, people
from app.vault import keys
from app.vault.vault import Vault
from tests.gui.test_import_flow import ask, file_urls
from tests.samples import platform_exports as px
from ui.common.i18n import Translations
from ui.common.operations import VaultService
from ui.importing.import_flow import ExportChoice, ImportFlow
from ui.importing.thread_picker import ThreadPicker


@pytest.fixture
def picked(qtbot, tmp_path: Path):
    """A case where Ombre is a harasser with the account ombre_du_lac, the flow and the
    picker wired as the case page wires them."""
    path = tmp_path / "v.dossier"
    with Vault.create(path, "pass", kdf=keys.KdfSettings(10, 8)) as vault, \
            vault.transaction() as db:
        case_id = cases.create(db, "Ombre").id
        person = people.save_person(db, people.Person(None, case_id, "Ombre"))
        people.save_account(db, people.Account(None, case_id, person, "Instagram",
                                               "ombre_du_lac"))
    service = VaultService()
    with qtbot.waitCallback() as opened:
        service.unlock(path, "pass", opened, pytest.fail)
    window = QWidget()
    qtbot.addWidget(window)
    flow = ImportFlow(service, window)
    picker = ThreadPicker(window)
    flow.threads_listed.connect(picker.show_choice)
    picker.confirmed.connect(flow.import_export)
    yield service, case_id, flow, picker
    service.shutdown()


def _dropped(qtbot, flow: ImportFlow, case_id: int, export: Path) -> ExportChoice:
    with qtbot.waitSignal(flow.threads_listed, timeout=60_000) as listed:
        assert flow.import_mime(file_urls(export), case_id)
    return listed.args[0]


def _rows(picker: ThreadPicker) -> dict[str, bool]:
    return {picker.list.topLevelItem(row).text(0):
            picker.list.topLevelItem(row).checkState(0) == Qt.CheckState.Checked
            for row in range(picker.list.topLevelItemCount())}


def test_only_the_ticked_conversations_are_imported(qtbot, picked, tmp_path: Path) -> None:
    service, case_id, flow, picker = picked
    export = tmp_path / "instagram-camille.zip"
    export.write_bytes(px.instagram()[0])
    choice = _dropped(qtbot, flow, case_id, export)
    assert picker.isVisible()
    assert _rows(picker) == {px.HARASSER: True, px.FRIEND: False}  # tied to Ombre: ticked
    row = picker.list.topLevelItem(list(_rows(picker)).index(px.HARASSER))
    assert row.text(picker.COL_COUNT) == "5"
    assert px.VICTIM in row.text(picker.COL_PEOPLE)
    assert "Ombre" in row.toolTip(0)
    assert choice.listing.platform == "Instagram"
    picker.resize(1280, 720)
    picker.grab().save("/tmp/exports-picker-en.png")
    with qtbot.waitSignal(flow.finished, timeout=120_000) as done:
        picker.import_button.click()
    [result] = done.args[0].results
    assert result.status == "stored"
    kinds = ask(qtbot, service, lambda vault, task: [row[0] for row in vault.db.execute(
        "SELECT kind FROM items ORDER BY id")])
    assert kinds == ["other", "chat", "message", "message", "message", "message", "image",
                     "message"]
    texts = ask(qtbot, service, lambda vault, task: " ".join(
        row[0] for row in vault.db.execute("SELECT body FROM texts")))
    assert "où tu habites" in texts
    assert "Coucou" not in texts


def test_nothing_ticked_imports_nothing(qtbot, picked, tmp_path: Path) -> None:
    service, case_id, flow, picker = picked
    export = tmp_path / "twitter.zip"
    export.write_bytes(px.twitter()[0])
    _dropped(qtbot, flow, case_id, export)
    assert _rows(picker) == {px.X_HARASSER: False}  # X names accounts by number: none tied
    assert not picker.import_button.isEnabled()
    assert picker.summary.text() == "0 of 1 conversations ticked."
    picker.list.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    assert picker.import_button.isEnabled()
    picker.forget()  # as the window locks
    assert not picker.isVisible()
    assert picker.list.topLevelItemCount() == 0
    count = ask(qtbot, service, lambda vault, task: vault.db.execute(
        "SELECT count(*) FROM items").fetchone()[0])
    assert count == 0


def test_a_zip_that_is_no_export_is_imported_without_asking(qtbot, picked, tmp_path: Path
                                                            ) -> None:
    _service, case_id, flow, picker = picked
    plain = tmp_path / "photos.zip"
    plain.write_bytes(px.zipped({"a.txt": b"vacances"}))
    with qtbot.waitSignal(flow.finished, timeout=60_000) as done:
        flow.import_mime(file_urls(plain), case_id)
    assert [r.status for r in done.args[0].results] == ["stored"]
    assert not picker.isVisible()


def test_the_picker_in_french(qtbot, picked, tmp_path: Path) -> None:
    _service, case_id, flow, picker = picked
    export = tmp_path / "instagram-camille.zip"
    export.write_bytes(px.instagram()[0])
    translations = Translations()
    translations.apply("fr")
    try:
        _dropped(qtbot, flow, case_id, export)
        assert picker.windowTitle() == "Choisissez les conversations à importer"
        assert picker.summary.text() == "1 conversation cochée sur 2."
        row = picker.list.topLevelItem(list(_rows(picker)).index(px.HARASSER))
        assert row.text(picker.COL_FIRST).startswith("5 nov. 2026 15:30")
        picker.resize(1280, 720)
        picker.grab().save("/tmp/exports-picker-fr.png")
    finally:
        translations.apply("en")
    picker.reject()


def test_dropped_again_the_export_offers_the_conversations_not_yet_imported(
        qtbot, picked, tmp_path: Path) -> None:
    service, case_id, flow, picker = picked
    export = tmp_path / "instagram-camille.zip"
    export.write_bytes(px.instagram()[0])
    _dropped(qtbot, flow, case_id, export)
    with qtbot.waitSignal(flow.finished, timeout=120_000):
        picker.import_button.click()
    choice = _dropped(qtbot, flow, case_id, export)
    assert {key.rsplit("/", 1)[-1] for key in choice.present} == {px.HARASSER_THREAD}
    harasser = picker.list.topLevelItem(list(_rows(picker)).index(px.HARASSER))
    assert harasser.checkState(0) == Qt.CheckState.Checked
    assert not harasser.flags() & Qt.ItemFlag.ItemIsEnabled
    assert harasser.toolTip(0) == "Already in the case."
    assert not picker.import_button.isEnabled()
    assert picker.summary.text() == "0 of 1 conversations ticked."
    friend = picker.list.topLevelItem(list(_rows(picker)).index(px.FRIEND))
    friend.setCheckState(0, Qt.CheckState.Checked)
    with qtbot.waitSignal(flow.finished, timeout=120_000) as done:
        picker.import_button.click()
    [result] = done.args[0].results
    assert result.status == "stored"
    assert len(result.item_ids) == 3
    chats = ask(qtbot, service, lambda vault, task: [row[0] for row in vault.db.execute(
        "SELECT title FROM items WHERE kind = 'chat' ORDER BY id")])
    assert chats == [px.HARASSER, px.FRIEND]


def test_a_thread_that_could_not_be_read_is_said_above_the_list(qtbot, picked,
                                                                tmp_path: Path) -> None:
    _service, case_id, flow, picker = picked
    given = zipfile.ZipFile(io.BytesIO(px.instagram()[0]))
    export = tmp_path / "instagram.zip"
    export.write_bytes(px.zipped({
        **{name: given.read(name) for name in given.namelist()},
        "your_instagram_activity/messages/inbox/bomb_1/message_1.json": b"[" * 100_000}))
    _dropped(qtbot, flow, case_id, export)
    assert set(_rows(picker)) == {px.HARASSER, px.FRIEND}
    assert not picker.problems.isHidden()
    assert "JSON bomb" in picker.problems.text()
    picker.forget()

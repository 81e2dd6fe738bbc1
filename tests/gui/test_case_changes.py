"""Every panel follows what each operation changed, wherever it was made; a record deleted
meanwhile is a sentence, never "internal error"; edits are never dropped; the incidents
panel shows, unlinks and dates an incident's items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.case import cases, evidence, incidents, links, people
from app.importing.pipeline import Importer
from app.vault import keys
from app.vault.vault import Vault
from tests.conftest import CORPUS
from ui.case.item_editor import ItemEditor
from ui.common.operations import VaultService
from ui.common.pickers import ITEM_IDS_MIME
from ui.incidents.incident_dialog import IncidentDialog
from ui.incidents.incidents_panel import IncidentsPanel
from ui.people.account_picker import AccountDialog
from ui.people.people_panel import PeoplePanel

FILES = ["screenshots/Screenshot_20261105-143012_Instagram.png", "notes/journal.txt",
         "pdf/signalement_plateforme.pdf"]
GONE = "This account was deleted meanwhile; choose another. Nothing was changed."


@pytest.fixture(autouse=True)
def british_dates():
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def case(qtbot, tmp_path: Path):
    """Three items of one case, an account and an incident that involves it."""
    path = tmp_path / "v.dossier"
    with Vault.create(path, "pass", kdf=keys.KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case_id = cases.create(db, "Ombre").id
        items = [o.item_ids[0] for o in Importer(vault, case_id).run(CORPUS / f for f in FILES)]
        with vault.transaction() as db:
            account = people.save_account(db, people.Account(None, case_id, None, "X", "@o"))
            incident = incidents.save(db, incidents.Incident(
                None, case_id, "Messages de nuit", occurred_at="2026-11-05T22:41:00+01:00",
                created_at="2026-11-30"))
            incidents.set_accounts(db, incident, [account])
    service = VaultService()
    with qtbot.waitCallback() as opened:
        service.unlock(path, "pass", opened, pytest.fail)
    yield service, case_id, items, incident
    service.shutdown()


@pytest.fixture
def side(qtbot, case):
    """The item editor and both side panels on one vault service, as the case page has."""
    service, case_id, _, _ = case
    editor, panel, people_panel = ItemEditor(service), IncidentsPanel(service), \
        PeoplePanel(service)
    for widget in (editor, panel, people_panel):
        qtbot.addWidget(widget)
        widget.resize(700, 500)
        widget.show()
    panel.load(case_id)
    people_panel.load(case_id)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1 and people_panel.model.rowCount() == 1)
    return editor, panel, people_panel


def plural(text: str) -> str:
    """The English plural, whether or not the English catalogue holds this string yet."""
    return text.replace("item(s)", "items")


def ask(qtbot, service: VaultService, operation):
    with qtbot.waitCallback() as answered:
        service.run(operation, answered, pytest.fail)
    return answered.args[0]


def delete_the_account(qtbot, people_panel: PeoplePanel, panel: IncidentsPanel) -> None:
    people_panel.view.setCurrentIndex(people_panel.model.index(0, 0, people_panel.model.index(
        0, 0)))
    box = people_panel.delete_selected()
    with qtbot.waitSignal(people_panel.loaded, timeout=10_000):
        box.button(QMessageBox.StandardButton.Yes).click()


def test_an_incident_edited_after_its_account_was_deleted_saves(qtbot, side, case) -> None:
    """The story of issue #11: delete an account in People, edit an incident that used
    it, press OK."""
    service, _, _, incident = case
    _, panel, people_panel = side
    delete_the_account(qtbot, people_panel, panel)
    qtbot.waitUntil(lambda: panel.model.row_of(panel.model.index(0, 0)).accounts == [],
                    timeout=10_000)
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    dialog = panel.edit_selected()
    dialog.title.setText("Messages de nuit, suite")
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        dialog.accept()
    assert panel.error.isHidden(), panel.error.text()
    stored = ask(qtbot, service, lambda v, t: incidents.get(v.db, incident))
    assert stored.title == "Messages de nuit, suite"


def test_an_account_deleted_while_the_dialog_is_open_is_a_sentence(qtbot, side, case) -> None:
    service, _, _, incident = case
    _, panel, people_panel = side
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    dialog = panel.edit_selected()
    assert dialog.accounts.rowCount() == 1
    delete_the_account(qtbot, people_panel, panel)
    dialog.title.setText("Messages de nuit, suite")
    dialog.accept()
    qtbot.waitUntil(lambda: not panel.error.isHidden(), timeout=10_000)
    assert panel.error.text() == GONE
    assert "Internal error" not in panel.error.text()
    assert ask(qtbot, service, lambda v, t: incidents.get(v.db, incident)).title == \
        "Messages de nuit"


def test_an_account_created_in_describe_is_offered_everywhere_at_once(qtbot, side,
                                                                      case) -> None:
    _, _, items, _ = case
    editor, panel, people_panel = side
    editor.show_item(items[0])
    qtbot.waitUntil(editor.isEnabled)
    menu = editor.accounts.add_button.menu()
    menu.aboutToShow.emit()
    (new,) = [a for a in menu.actions() if a.text() == "New account…"]
    new.trigger()
    dialog = editor.findChild(AccountDialog)
    dialog.platform.setCurrentText("TikTok")
    dialog.handle.setText("@lac.sombre")
    dialog.accept()
    with qtbot.waitSignal(people_panel.loaded, timeout=10_000):
        editor.save()
    untied = people_panel.model.index(0, 0)
    handles = {people_panel.model.index(r, 0, untied).data()
               for r in range(people_panel.model.rowCount(untied))}
    assert handles == {"@o", "@lac.sombre"}
    qtbot.waitUntil(lambda: len(panel._state.accounts) == 2, timeout=10_000)
    dialog = panel.new_incident()
    offered = {dialog.accounts.index(r).data() for r in range(dialog.accounts.rowCount())}
    assert offered == {"@o (X/Twitter)", "@lac.sombre (TikTok)"}
    dialog.reject()


def test_describe_edits_survive_clicking_another_item(qtbot, side, case) -> None:
    service, _, items, _ = case
    editor = side[0]
    editor.show_item(items[0])
    qtbot.waitUntil(editor.isEnabled)
    editor.title.setText("Menace sous la photo")
    editor.show_item(items[1])
    qtbot.waitUntil(lambda: ask(qtbot, service, lambda v, t: evidence.get(
        v.db, items[0])).title == "Menace sous la photo", timeout=10_000)
    qtbot.waitUntil(lambda: editor.item_id == items[1] and editor.isEnabled())
    assert editor.title.text() == ""


def test_the_incident_shows_its_items_and_unlinks_some(qtbot, qtmodeltester, side,
                                                      case) -> None:
    service, _, items, incident = case
    panel = side[1]
    ask(qtbot, service, lambda v, t: [links.link(v.db, i, "incident", incident)
                                      for i in items[:2]])
    panel.view.setCurrentIndex(QModelIndex())  # a view may make its first row current
    with qtbot.waitSignal(panel.items_shown, timeout=10_000):
        panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    assert panel.items.isVisible()
    assert panel.items.model.rowCount() == 2
    qtmodeltester.check(panel.items.model)
    assert plural(panel.items.heading.text()) == "2 items show this incident:"
    assert not panel.items.unlink_button.isEnabled()
    panel.items.view.selectionModel().select(panel.items.model.index(0),
                                             panel.items.view.selectionModel().SelectionFlag
                                             .Select)
    with qtbot.waitSignal(panel.items_shown, timeout=10_000):
        qtbot.mouseClick(panel.items.unlink_button, Qt.MouseButton.LeftButton)
    assert panel.items.model.rowCount() == 1
    qtbot.waitUntil(lambda: panel.proxy.index(0, 4).data() == 1)
    still = ask(qtbot, service, lambda v, t: links.items_of(v.db, "incident", incident))
    assert len(still) == 1
    assert ask(qtbot, service, lambda v, t: all(evidence.get(v.db, i) for i in items))


def test_new_incident_from_the_selection_is_dated_from_its_items(qtbot, side, case) -> None:
    service, case_id, items, _ = case
    panel = side[1]
    assert not panel.from_selection_button.isEnabled()
    panel.set_selection([items[0]])  # the screenshot, taken 5 Nov 2026 at 14:30:12
    assert panel.from_selection_button.isEnabled()
    qtbot.mouseClick(panel.from_selection_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.findChildren(IncidentDialog) != [])
    (dialog,) = panel.findChildren(IncidentDialog)
    assert dialog.precision.currentIndex() == 0  # exact
    assert dialog.start.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-05 14:30"
    dialog.title.setText("Photo commentée")
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        dialog.accept()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 2)
    made = ask(qtbot, service, lambda v, t: [
        (i.title, i.occurred_at, links.items_of(v.db, "incident", i.id))
        for i in incidents.all_incidents(v.db, case_id)])
    assert ("Photo commentée", "2026-11-05T14:30:00+01:00", [items[0]]) in made


def item_ids_mime(ids: list[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(ITEM_IDS_MIME, json.dumps(ids).encode())
    return mime


def drop_on_row(view, index: QModelIndex, mime: QMimeData) -> bool:
    point = view.visualRect(index).center()
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    keys_, viewport = Qt.KeyboardModifier.NoModifier, view.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(point, action, mime, buttons, keys_))
    move = QDragMoveEvent(point, action, mime, buttons, keys_)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(point, action, mime, buttons, keys_)
    QApplication.sendEvent(viewport, drop)
    return move.isAccepted() and drop.isAccepted()


def test_a_drop_on_an_incident_says_what_it_linked(qtbot, side, case) -> None:
    _, _, items, _ = case
    panel = side[1]
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        assert drop_on_row(panel.view, panel.proxy.index(0, 1), item_ids_mime(items[:2]))
    assert plural(panel.status.text()) == "2 items linked to “Messages de nuit”."
    assert drop_on_row(panel.view, panel.proxy.index(0, 1), item_ids_mime(items[:1]))
    qtbot.waitUntil(lambda: panel.status.text() == "Already linked: nothing changed.")


def test_any_foreign_key_refusal_on_the_worker_is_a_sentence(qtbot, case) -> None:
    service = case[0]

    def stale_write(vault, _task):
        with vault.transaction() as db:  # no core action: the worker's own safety net
            db.execute("INSERT INTO incident_accounts VALUES (999, 999)")
    with qtbot.waitCallback() as failed:
        service.run(stale_write, pytest.fail, failed)
    assert failed.args[0].startswith("Something this change refers to was deleted meanwhile")


def test_the_incident_titles_keep_their_room_beside_a_long_when(qtbot) -> None:
    """A long "when" never pushes the titles out of sight: the title keeps what the other
    columns, each within its share, leave."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from ui.incidents.incident_list import SHARES, IncidentList
    from ui.incidents.incidents_model import IncidentsModel

    model = QStandardItemModel(0, 5)
    model.appendRow([QStandardItem("entre novembre 2025 et décembre 2025 " * 2),
                     QStandardItem("Appels masqués"), QStandardItem("WhatsApp"),
                     QStandardItem("moyenne"), QStandardItem("30")])
    view = IncidentList()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(380, 300)
    view.show()
    qtbot.waitExposed(view)
    view.fit_columns()
    width = view.viewport().width()
    header = view.header()
    for column, share in SHARES.items():
        assert header.sectionSize(column) <= int(width * share) + 1
    assert header.sectionSize(IncidentsModel.COL_TITLE) >= width * (1 - sum(SHARES.values())) - 2
    assert view.horizontalScrollBar().maximum() == 0

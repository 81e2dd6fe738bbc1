"""Describing and linking evidence: the item editor, incidents and people panels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QMimeData, QModelIndex, Qt, QTime
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.case import cases, evidence, incidents, links, people, tags
from app.importing.pipeline import Importer
from app.vault import custody, keys
from app.vault.vault import Vault
from tests.conftest import CORPUS
from ui.case.item_editor import ItemEditor
from ui.common.operations import VaultService
from ui.common.pickers import ITEM_IDS_MIME, CheckListModel, Choice
from ui.incidents.incident_dialog import IncidentChooser, IncidentDialog, when_text
from ui.incidents.incidents_panel import IncidentsPanel
from ui.people.account_picker import AccountDialog
from ui.people.people_panel import PeoplePanel

# The offscreen platform cannot raise windows or pass on size hints, and says so.

FILES = ["screenshots/Screenshot_20261105-143012_Instagram.png", "notes/journal.txt",
         "pdf/signalement_plateforme.pdf"]


@pytest.fixture(autouse=True)
def british_dates():
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def case(qtbot, tmp_path: Path):
    """A vault holding three items of one case, opened by a real vault worker."""
    path = tmp_path / "v.dossier"
    with Vault.create(path, "pass", kdf=keys.KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case_id = cases.create(db, "Ombre").id
        items = [o.item_ids[0] for o in Importer(vault, case_id).run(CORPUS / f for f in FILES)]
    service = VaultService()
    with qtbot.waitCallback() as opened:
        service.unlock(path, "pass", opened, pytest.fail)
    yield service, case_id, items
    service.shutdown()


def ask(qtbot, service: VaultService, operation):
    with qtbot.waitCallback() as answered:
        service.run(operation, answered, pytest.fail)
    return answered.args[0]


def write(qtbot, service: VaultService, change):
    def operation(vault, _task):
        with vault.transaction() as db:
            return change(db)
    return ask(qtbot, service, operation)


def accept(qtbot, dialog: QDialog, signal) -> None:
    with qtbot.waitSignal(signal, timeout=10_000):
        dialog.accept()


# -- the item editor ---------------------------------------------------------------------

@pytest.fixture
def editor(qtbot, case):
    service, _, items = case
    editor = ItemEditor(service)
    qtbot.addWidget(editor)
    editor.show_item(items[0])
    qtbot.waitUntil(editor.isEnabled)
    return editor


def test_editor_shows_the_item_and_its_fixed_original(editor, case) -> None:
    assert editor.original_name.text() == "Screenshot_20261105-143012_Instagram.png"
    assert len(editor.sha256.text()) == 64
    assert editor.sha256.isReadOnly()
    assert editor.platform.currentText() == "Instagram"
    assert editor.captured.text() == "05/11/2026 14:30:12 CET"
    assert "from the file name" in editor.date_note.text()
    assert not editor.save_button.isEnabled()


def test_editor_saves_words_and_a_date_set_by_hand(qtbot, editor, case) -> None:
    service, _, items = case
    editor.title.setText("Menace sous la photo")
    editor.description.setPlainText("Il commente chaque photo.")
    editor.platform.setCurrentText("X/Twitter")
    editor.captured.setDateTime(QDateTime(QDate(2026, 11, 5), QTime(9, 15), editor.captured
                                          .timeZone()))
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.changed) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [items[0]]
    item = ask(qtbot, service, lambda vault, task: evidence.get(vault.db, items[0]))
    assert (item.title, item.description, item.platform) == (
        "Menace sous la photo", "Il commente chaque photo.", "X")
    assert (item.captured_at, item.captured_at_source) == ("2026-11-05T09:15:00+01:00", "user")
    log = ask(qtbot, service, lambda vault, task: custody.entries(vault.db, items[0]))
    edits = {e.details["field"]: e.details for e in log if e.action == custody.EDITED}
    assert edits["captured_at"]["before"] == "2026-11-05T14:30:12+01:00 (filename)"
    assert edits["captured_at"]["after"] == "2026-11-05T09:15:00+01:00 (user)"
    assert edits["title"]["after"] == "Menace sous la photo"
    assert not editor.save_button.isEnabled()
    assert "set by you" in editor.date_note.text()


def choose(menu, text: str) -> None:
    """Open the menu and pick the entry that reads ``text``."""
    menu.aboutToShow.emit()
    (action,) = [action for action in menu.actions() if action.text() == text]
    action.trigger()


def test_editor_ties_tags_and_accounts(qtbot, editor, case) -> None:
    service, case_id, items = case
    known = write(qtbot, service, lambda db: people.save_account(
        db, people.Account(None, case_id, None, "Instagram", "@ombre_du_lac")))
    editor.show_item(items[0])
    qtbot.waitUntil(editor.isEnabled)
    qtbot.keyClicks(editor.tags.entry, "menace")
    qtbot.keyClick(editor.tags.entry, Qt.Key.Key_Return)
    choose(editor.accounts.add_button.menu(), "@ombre_du_lac (Instagram)")
    choose(editor.accounts.add_button.menu(), "New account…")
    dialog = editor.findChild(AccountDialog)
    dialog.platform.setCurrentText("TikTok")
    dialog.handle.setText("@lac.sombre")
    dialog.accept()
    assert [row.label for row in editor.accounts.rows()] == [
        "@ombre_du_lac (Instagram)", "@lac.sombre (TikTok)"]
    with qtbot.waitSignal(editor.changed):
        editor.save()

    def ties(vault, _task):
        names = {t.id: t.name for t in tags.all_tags(vault.db, case_id)}
        return ([names[t] for t in links.linked(vault.db, items[0], "tag")],
                people.item_counts(vault.db, case_id))
    tag_names, counts = ask(qtbot, service, ties)
    assert tag_names == ["menace"]
    assert counts[known] == 1
    assert sorted(counts.values()) == [1, 1]
    editor.tags.view.setCurrentIndex(editor.tags.model.index(0, 0))
    qtbot.mouseClick(editor.tags.remove_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(editor.changed):
        editor.save()
    assert ask(qtbot, service, ties)[0] == []


def test_revert_restores_and_no_item_shows_nothing(qtbot, editor) -> None:
    editor.title.setText("brouillon")
    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)
    assert editor.title.text() == ""
    assert not editor.save_button.isEnabled()
    editor.show_item(None)
    assert not editor.isEnabled()
    assert editor.original_name.text() == ""


def test_a_removed_item_is_said_inline(qtbot, case) -> None:
    service, _, _ = case
    editor = ItemEditor(service)
    qtbot.addWidget(editor)
    editor.show_item(999)
    qtbot.waitUntil(lambda: not editor.error.isHidden())
    assert editor.error.text() == "This item is no longer in the case."


# -- incidents -------------------------------------------------------------------------

def test_when_reads_as_precisely_as_it_is_known() -> None:
    assert when_text("exact", "2026-11-05T22:41:00+01:00", None) == "on 5 Nov 2026 at 22:41"
    assert when_text("day", "2026-11-05T00:00:00+01:00", None) == "on 5 Nov 2026"
    assert when_text("month", "2026-11-01T00:00:00+01:00",
                     "2026-11-30T23:59:59+01:00") == "in November 2026"
    assert when_text("approximate", "2026-11-03T00:00:00+01:00",
                     "2026-11-20T23:59:59+01:00") == "around November 2026"
    assert when_text("approximate", "2026-10-03T00:00:00+02:00", "2026-11-20T23:59:59+01:00") \
        == "between 3 Oct 2026 and 20 Nov 2026"


@pytest.fixture
def panel(qtbot, case):
    service, case_id, _ = case
    panel = IncidentsPanel(service)
    qtbot.addWidget(panel)
    panel.resize(800, 400)
    panel.show()
    panel.load(case_id)
    qtbot.waitUntil(panel.isEnabled)
    return panel


def texts(model, row: int) -> list[str]:
    return [str(model.index(row, column).data()) for column in range(model.columnCount())]


def test_incident_is_created_then_edited_with_its_precision(qtbot, panel, case) -> None:
    service, case_id, _ = case
    dialog = panel.new_incident()
    dialog.title.setText("Faux profil")
    dialog.precision.setCurrentIndex(2)  # during a month
    dialog.start.setDate(QDate(2026, 11, 12))
    dialog.until.setDate(QDate(2026, 11, 12))
    dialog.platform.setCurrentText("Instagram")
    dialog.severity.setCurrentIndex(3)
    accept(qtbot, dialog, panel.loaded)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    assert texts(panel.proxy, 0) == ["in November 2026", "Faux profil", "Instagram", "serious",
                                     "0"]
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    dialog = panel.edit_selected()
    assert dialog.title.text() == "Faux profil"
    assert not dialog.until.isHidden()
    dialog.precision.setCurrentIndex(0)  # exact
    dialog.start.setDateTime(QDateTime(QDate(2026, 11, 5), QTime(22, 41)))
    assert dialog.until.isHidden()
    accept(qtbot, dialog, panel.loaded)
    qtbot.waitUntil(lambda: panel.proxy.index(0, 0).data() == "on 5 Nov 2026 at 22:41")
    stored = ask(qtbot, service, lambda vault, task: incidents.all_incidents(vault.db, case_id))
    assert [(i.precision, i.occurred_at, i.occurred_until) for i in stored] == [
        ("exact", "2026-11-05T22:41:00+01:00", None)]


def test_incident_dialog_needs_words_and_offers_accounts(qtbot, panel, case) -> None:
    service, case_id, _ = case
    write(qtbot, service, lambda db: people.save_account(
        db, people.Account(None, case_id, None, "WhatsApp", "Ombre")))
    with qtbot.waitSignal(panel.loaded):
        panel.load(case_id)
    dialog = panel.new_incident()
    dialog.accept()
    assert dialog.isVisible()
    assert "title" in dialog.error.text()
    dialog.description.setPlainText("Messages toute la nuit")
    dialog.accounts.setData(dialog.accounts.index(0), Qt.CheckState.Checked,
                            Qt.ItemDataRole.CheckStateRole)
    accept(qtbot, dialog, panel.loaded)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    assert panel.proxy.index(0, 1).data() == "Messages toute la nuit"
    (incident,) = ask(qtbot, service, lambda v, t: incidents.all_incidents(v.db, case_id))
    assert len(ask(qtbot, service, lambda v, t: incidents.accounts(v.db, incident.id))) == 1


def item_ids_mime(ids: list[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(ITEM_IDS_MIME, json.dumps(ids).encode())
    return mime


def drop_on_row(view, index, mime: QMimeData) -> bool:
    """Drag ``mime`` over a row of ``view`` and drop it, as a mouse would."""
    point = view.visualRect(index).center()
    action = Qt.DropAction.CopyAction
    buttons, keys_ = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(point, action, mime, buttons, keys_))
    move = QDragMoveEvent(point, action, mime, buttons, keys_)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(point, action, mime, buttons, keys_)
    QApplication.sendEvent(viewport, drop)
    return move.isAccepted() and drop.isAccepted()


def new_incident(qtbot, service, case_id: int, title: str) -> int:
    return write(qtbot, service, lambda db: incidents.save(db, incidents.Incident(
        None, case_id, title, occurred_at="2026-11-05T22:41:00+01:00", created_at="2026-11-30")))


def test_dropped_items_are_linked_to_the_incident_under_them(qtbot, panel, case) -> None:
    service, case_id, items = case
    incident = new_incident(qtbot, service, case_id, "Messages de nuit")
    panel.load(case_id)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    assert not drop_on_row(panel.view, panel.proxy.index(0, 1), QMimeData())
    with qtbot.waitSignal(panel.loaded):
        assert drop_on_row(panel.view, panel.proxy.index(0, 1), item_ids_mime(items[:2]))
    qtbot.waitUntil(lambda: panel.proxy.index(0, 4).data() == 2)
    linked = ask(qtbot, service, lambda v, t: links.items_of(v.db, "incident", incident))
    assert linked == items[:2]


def test_picker_links_items_to_chosen_or_new_incidents(qtbot, panel, case) -> None:
    service, case_id, items = case
    incident = new_incident(qtbot, service, case_id, "Messages de nuit")
    panel.load(case_id)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    chooser = panel.link_items([items[2]])
    assert chooser.model.index(0).data() == "Messages de nuit — on 5 Nov 2026 at 22:41"
    chooser.model.setData(chooser.model.index(0), Qt.CheckState.Checked,
                          Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(panel.loaded):
        chooser.accept()
    assert ask(qtbot, service, lambda v, t: links.items_of(v.db, "incident", incident)) == \
        [items[2]]
    chooser = panel.link_items(items[:2])
    qtbot.mouseClick(chooser.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.findChildren(IncidentDialog) != [])  # dated from the items
    dialog = panel.findChildren(IncidentDialog)[-1]
    dialog.title.setText("Photo du parking")
    accept(qtbot, dialog, panel.loaded)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 2)
    counts = {panel.proxy.index(r, 1).data(): panel.proxy.index(r, 4).data() for r in range(2)}
    assert counts == {"Messages de nuit": 1, "Photo du parking": 2}


def test_deleting_an_incident_asks_first(qtbot, panel, case) -> None:
    service, case_id, _ = case
    new_incident(qtbot, service, case_id, "Doublon")
    panel.load(case_id)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    box = panel.delete_selected()
    assert "Doublon" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert panel.proxy.rowCount() == 1
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    (box,) = [b for b in panel.findChildren(QMessageBox) if b.isVisible()]
    with qtbot.waitSignal(panel.loaded):
        box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 0)


# -- people and accounts ----------------------------------------------------------------

@pytest.fixture
def people_panel(qtbot, case):
    service, case_id, _ = case
    panel = PeoplePanel(service)
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()
    panel.load(case_id)
    qtbot.waitUntil(panel.isEnabled)
    return panel


def rows(model, parent: QModelIndex | None = None) -> list[list[str]]:
    """The tree as the user reads it; accounts are indented under their person."""
    parent = parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found.append([str(model.index(row, c, parent).data()) for c in range(3)])
        found += [["  " + cell if i == 0 else cell for i, cell in enumerate(child)]
                  for child in rows(model, index)]
    return found


def test_people_and_their_accounts_with_item_counts(qtbot, people_panel, case) -> None:
    service, case_id, items = case
    panel = people_panel
    dialog = panel.new_person()
    dialog.name.setText("Ombre du lac")
    accept(qtbot, dialog, panel.loaded)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    dialog = panel.new_account()
    assert dialog.person.currentText() == "Ombre du lac"
    dialog.platform.setCurrentText("Instagram")
    dialog.handle.setText("@ombre_du_lac")
    accept(qtbot, dialog, panel.loaded)
    panel.view.setCurrentIndex(QModelIndex())
    dialog = panel.new_account()
    dialog.platform.setCurrentText("X/Twitter")
    dialog.handle.setText("@lac_sombre_2")
    accept(qtbot, dialog, panel.loaded)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert rows(panel.model) == [
        ["Ombre du lac", "Harasser", "0"], ["  @ombre_du_lac", "Instagram", "0"],
        ["Accounts not yet tied to a person", "", "0"], ["  @lac_sombre_2", "X/Twitter", "0"]]
    fake = panel.model.index(0, 0, panel.model.index(1, 0))
    with qtbot.waitSignal(panel.loaded):
        assert drop_on_row(panel.view, fake, item_ids_mime(items[:2]))
    qtbot.waitUntil(lambda: rows(panel.model)[3][2] == "2")
    panel.view.setCurrentIndex(panel.model.index(0, 0, panel.model.index(1, 0)))
    dialog = panel.edit_selected()
    dialog.person.setCurrentText("Ombre du lac")  # the fake account is Ombre's
    accept(qtbot, dialog, panel.loaded)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert rows(panel.model) == [
        ["Ombre du lac", "Harasser", "2"], ["  @ombre_du_lac", "Instagram", "0"],
        ["  @lac_sombre_2", "X/Twitter", "2"]]
    counts = ask(qtbot, service, lambda v, t: people.item_counts(v.db, case_id))
    assert sorted(counts.values()) == [0, 2]


def test_a_second_account_with_the_same_handle_is_refused_inline(qtbot, people_panel) -> None:
    panel = people_panel
    for _ in range(2):
        dialog = panel.new_account()
        dialog.platform.setCurrentText("Instagram")
        dialog.handle.setText("@ombre_du_lac")
        dialog.accept()
    qtbot.waitUntil(lambda: not panel.error.isHidden())
    assert panel.error.text() == ("The case already has an account with this platform and "
                                  "handle.")


def test_deleting_a_person_keeps_their_accounts(qtbot, people_panel, case) -> None:
    service, case_id, _ = case
    panel = people_panel
    person = write(qtbot, service, lambda db: people.save_person(
        db, people.Person(None, case_id, "Camille", role="witness")))
    write(qtbot, service, lambda db: people.save_account(
        db, people.Account(None, case_id, person, "SMS", "+33 6 00 00 00 00")))
    panel.load(case_id)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert rows(panel.model)[0][:2] == ["Camille", "Witness"]
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    box = panel.delete_selected()
    with qtbot.waitSignal(panel.loaded):
        box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: rows(panel.model)[0][0] == "Accounts not yet tied to a person")


# -- models ----------------------------------------------------------------------------

def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, panel, people_panel,
                                              editor, case) -> None:
    service, case_id, items = case

    def fill(db):
        ombre = people.save_person(db, people.Person(None, case_id, "Ombre"))
        account = people.save_account(db, people.Account(None, case_id, ombre, "X", "@o"))
        people.save_account(db, people.Account(None, case_id, None, "SMS", "+33"))
        links.link(db, items[0], "account", account)
        incident = incidents.save(db, incidents.Incident(
            None, case_id, "Nuit", occurred_at="2026-11-05T22:41:00+01:00",
            created_at="2026-11-30"))
        links.link(db, items[0], "incident", incident)
    write(qtbot, service, fill)
    panel.load(case_id)
    people_panel.load(case_id)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and people_panel.model.rowCount() == 2)
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)
    qtmodeltester.check(people_panel.model)
    qtmodeltester.check(editor.tags.model)
    chooser = IncidentChooser([Choice(1, "Nuit", "on 5 Nov"), Choice(2, "Parking")], 1)
    qtbot.addWidget(chooser)
    qtmodeltester.check(chooser.model)
    checkable = CheckListModel()
    checkable.set_choices([Choice(None, "nouveau"), Choice(3, "ancien")], {3})
    qtmodeltester.check(checkable)


def test_the_role_combo_changes_the_role_and_logs_it(qtbot, editor, case) -> None:
    service, _, items = case
    receipt = items[2]  # the platform's acknowledgement of her report
    editor.show_item(receipt)
    qtbot.waitUntil(lambda: editor.isEnabled() and editor.role.currentData() == "step")
    assert editor.role.currentText() == "A step I took (a report, a complaint)"
    assert editor.parties_note.isHidden()  # a PDF is not a message
    assert not editor.save_button.isEnabled()
    editor.role.setCurrentIndex(editor.role.findData("act"))
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.changed):
        editor.save()
    item = ask(qtbot, service, lambda vault, task: evidence.get(vault.db, receipt))
    assert (item.role, item.role_set, item.counts_as_act) == ("act", True, True)
    log = ask(qtbot, service, lambda vault, task: custody.entries(vault.db, receipt))
    assert [(e.details["before"], e.details["after"]) for e in log
            if e.action == custody.EDITED and e.details["field"] == "role"] == [("step", "act")]
    assert editor.role.currentData() == "act"
    assert not editor.save_button.isEnabled()


def test_the_editor_says_who_sent_a_message(qtbot, editor, case) -> None:
    service, case_id, items = case
    chat = CORPUS / "chat" / "WhatsApp Chat with Shadow.txt"
    mail = CORPUS / "email" / "menace_2026-11-04.eml"
    stored = ask(qtbot, service, lambda vault, task: [
        Importer(vault, case_id).import_file(path).item_ids for path in (chat, mail)])
    reply, email = stored[0][-1], stored[1][0]  # "Leave me alone." is the chat's last
    editor.show_item(reply)
    qtbot.waitUntil(lambda: editor.isEnabled() and editor.item_id == reply
                    and editor.role.currentData() == "reply")
    assert editor.parties_note.text() == "A message you sent."
    editor.show_item(email)
    qtbot.waitUntil(lambda: editor.isEnabled() and editor.item_id == email
                    and editor.parties_note.text() != "A message you sent.")
    assert editor.parties_note.text() == (
        "A message received from Ombre <ombre.du.lac@example.net>.")
    assert editor.role.currentData() == "act"
    editor.show_item(items[0])  # a screenshot: nobody "sent" it
    qtbot.waitUntil(lambda: editor.isEnabled() and editor.item_id == items[0]
                    and editor.parties_note.isHidden())

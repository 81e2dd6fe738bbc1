"""The case view with the sample corpus in a real vault: rows, dates and how they are
known, search and filters, selection, thumbnails, dragging, clearing on lock, and a case
of 50,000 items."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QAbstractItemView

from app.case import cases, editing, links, listing, people, tags
from app.importing.pipeline import Importer
from app.vault.keys import KdfSettings
from app.vault.vault import Vault
from tests.conftest import CORPUS
from tests.gui.conftest import unlocked_service
from ui.case import evidence_model as em
from ui.case.custody_view import CustodyModel
from ui.case.evidence_model import EvidenceModel, EvidenceProxy
from ui.case.item_facts import MetadataModel, describe, gather
from ui.case.view import CaseView, EvidenceTable
from ui.common.operations import VaultService
from ui.common.pickers import ITEM_IDS_MIME
from ui.viewers.chat import TranscriptModel

# The offscreen platform says so whenever a window is shown; it is not our warning.

PASSPHRASE = "correct horse"
CORPUS_ITEMS = 36  # every file but the empty one, plus the attachment and the messages


@dataclass(frozen=True)
class Prepared:
    path: Path
    case_id: int
    ids: dict[str, int]  # item id by original name; parts also as "container/part"


@pytest.fixture(scope="session")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    """A vault holding the whole corpus, imported once through the real pipeline."""
    path = tmp_path_factory.mktemp("prepared") / "vault.dossier"
    with Vault.create(path, PASSPHRASE, kdf=KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case = cases.create(db, "Harcèlement")
        folders = sorted(folder for folder in CORPUS.iterdir() if folder.is_dir())
        list(Importer(vault, case.id).run(folders))
        Importer(vault, case.id).import_data("unknown.bin", bytes(range(256)) * 4)
        rows = listing.rows(vault.db, case.id)
        names = {row.id: row.name for row in rows}
        ids = {row.name: row.id for row in rows}
        ids.update({f"{names[row.parent_id]}/{row.name}": row.id for row in rows if row.parent_id})
    return Prepared(path, case.id, ids)


@pytest.fixture
def service(qtbot, prepared: Prepared, tmp_path: Path) -> Iterator[VaultService]:
    """The vault worker, unlocked on a fresh copy of the prepared vault."""
    yield from unlocked_service(qtbot, prepared.path, PASSPHRASE, tmp_path)


@pytest.fixture(autouse=True)
def french(french_dates: None) -> None:
    """Every test here reads dates as a French user sees them."""


@pytest.fixture
def view(qtbot, service: VaultService, prepared: Prepared) -> CaseView:
    view = CaseView(service)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    with qtbot.waitSignal(view.listed):
        view.load(prepared.case_id)
    return view


def names(view: CaseView) -> list[str]:
    """The items in the order the table shows them."""
    return [view.model.row_data(view.proxy.mapToSource(view.proxy.index(row, 0)).row()).name
            for row in range(view.proxy.rowCount())]


def cell(view: CaseView, name: str, column: int, role: int = Qt.ItemDataRole.DisplayRole):
    row = names(view).index(name)
    return view.proxy.index(row, column).data(role)


def choose(button, text: str) -> None:
    action = next(a for a in button.menu().actions() if a.text() == text)
    action.trigger()


def test_rows_appear_with_their_dates_and_how_they_are_known(view: CaseView) -> None:
    assert view.proxy.rowCount() == CORPUS_ITEMS + 1
    assert view.filter_bar.count_label.text() == "37 item(s)"
    instagram = "Screenshot_20261105-143012_Instagram.png"
    assert cell(view, instagram, em.COL_CAPTURED) == "5 nov. 2026 14:30 UTC+1"
    assert cell(view, instagram, em.COL_SOURCE) == "from the file name"
    assert cell(view, instagram, em.COL_PLATFORM) == "Instagram"
    assert cell(view, "IMG_0412.PNG", em.COL_SOURCE) == "from the photo (EXIF)"
    assert cell(view, "menace_2026-11-04.eml", em.COL_CAPTURED) == "4 nov. 2026 23:12 UTC+1"
    assert cell(view, "menace_2026-11-04.eml", em.COL_TITLE) == "Tu ne m'échapperas pas"
    assert cell(view, "menace_2026-11-04.eml", em.COL_SOURCE) == "from the e-mail header"
    assert cell(view, "message 3", em.COL_TITLE) == "« Arrête de m'écrire. »"
    assert cell(view, "message 3", em.COL_SOURCE) == "from the chat"
    assert cell(view, "journal.txt", em.COL_SOURCE) == "from the file's date, less reliable"
    assert "copying a file can change it" in cell(
        view, "journal.txt", em.COL_CAPTURED, Qt.ItemDataRole.ToolTipRole)
    assert names(view)[0] == "photo_parking.jpg"  # the earliest capture comes first
    assert cell(view, "photo_parking.jpg", em.COL_FLAGS, Qt.ItemDataRole.ToolTipRole).startswith(
        "Shows where it was taken")
    assert cell(view, "photo_parking.jpg", em.COL_FLAGS,
                Qt.ItemDataRole.AccessibleTextRole) == "Shows where it was taken"


def test_the_role_column_says_what_each_item_is_in_the_case(view: CaseView) -> None:
    assert cell(view, "photo_parking.jpg", em.COL_ROLE) == "Act"
    assert cell(view, "signalement_plateforme.pdf", em.COL_ROLE) == "My step"
    assert cell(view, "journal.txt", em.COL_ROLE) == "Context"
    replies = [row for row in range(view.proxy.rowCount())
               if view.proxy.index(row, em.COL_ROLE).data() == "My reply"]
    assert len(replies) == 3  # two WhatsApp messages and one SMS she sent


def test_search_finds_the_note_without_its_accent(qtbot, view: CaseView) -> None:
    with qtbot.waitSignal(view.listed):
        qtbot.keyClicks(view.filter_bar.search_box, "marche")
    assert names(view) == ["journal.txt"]
    assert view.filter_bar.count_label.text() == "1 item(s) match"
    with qtbot.waitSignal(view.listed):
        view.filter_bar.search_box.setText("nothing-like-this")
    assert view.table_stack.currentWidget() is view.empty
    assert view.empty.text() == "Nothing matches these filters."
    with qtbot.waitSignal(view.listed):
        view.filter_bar.clear_button.click()
    assert view.proxy.rowCount() == CORPUS_ITEMS + 1


def test_kind_flag_and_parts_filters(qtbot, view: CaseView) -> None:
    with qtbot.waitSignal(view.listed):
        choose(view.filter_bar.kind_button, "E-mail")
    assert sorted(names(view)) == ["broken.eml", "faux_compte_2026-11-11.eml",
                                   "menace_2026-11-04.eml"]
    assert view.filter_bar.kind_button.text() == "&Kind (1)"
    with qtbot.waitSignal(view.listed):
        view.filter_bar.clear_button.click()
    with qtbot.waitSignal(view.listed):
        choose(view.filter_bar.flag_button, "Shows where it was taken")
    assert names(view) == ["photo_parking.jpg"]
    with qtbot.waitSignal(view.listed):
        view.filter_bar.clear_button.click()
    with qtbot.waitSignal(view.listed):
        view.filter_bar.parts_box.setChecked(False)
    shown = names(view)
    assert "capture.png" not in shown
    assert not any(n.startswith("message ") for n in shown)
    assert len(shown) == 25  # the 24 files of the corpus that hold something, and one more


def test_tags_and_accounts_show_and_filter(qtbot, view: CaseView, service: VaultService,
                                           prepared: Prepared) -> None:
    assert not view.filter_bar.tag_button.isEnabled()  # nothing to choose yet

    def describe_items(vault, _task) -> None:
        with vault.transaction() as db:
            tag = tags.find_or_create(db, prepared.case_id, "menace")
            links.link(db, prepared.ids["journal.txt"], "tag", tag.id)
            account = people.save_account(db, people.Account(
                None, prepared.case_id, None, "Instagram", "ombre_du_lac"))
            links.link(db, prepared.ids["photo_parking.jpg"], "account", account)
    with qtbot.waitSignal(view.listed):
        service.run(describe_items, lambda _: view.refresh())
    assert cell(view, "journal.txt", em.COL_TAGS) == "menace"
    assert cell(view, "photo_parking.jpg", em.COL_ACCOUNTS) == "ombre_du_lac (Instagram)"
    assert view.filter_bar.tag_button.isEnabled()
    with qtbot.waitSignal(view.listed):
        choose(view.filter_bar.tag_button, "menace")
    assert names(view) == ["journal.txt"]
    with qtbot.waitSignal(view.listed):
        view.filter_bar.clear_button.click()
    with qtbot.waitSignal(view.listed):
        choose(view.filter_bar.account_button, "ombre_du_lac (Instagram)")
    assert names(view) == ["photo_parking.jpg"]


def test_date_range_filter(qtbot, view: CaseView) -> None:
    bar = view.filter_bar
    bar.since_box.setDate(bar.since_box.date().fromString("2026-11-10", "yyyy-MM-dd"))
    bar.until_box.setDate(bar.until_box.date().fromString("2026-11-10", "yyyy-MM-dd"))
    with qtbot.waitSignal(view.listed):
        bar.since_switch.setChecked(True)
    with qtbot.waitSignal(view.listed):
        bar.until_switch.setChecked(True)
    assert names(view) == ["WhatsApp Image 2026-11-10 at 19.03.44.jpeg", "sms-20261112.xml",
                           "message 1", "message 2", "message 3"]


def test_selection_emits_the_item_ids_and_shows_the_item(qtbot, view: CaseView,
                                                          prepared: Prepared) -> None:
    row = names(view).index("menace_2026-11-04.eml")
    with qtbot.waitSignal(view.selection_changed) as selected:
        view.table.selectRow(row)
    assert selected.args == [[prepared.ids["menace_2026-11-04.eml"]]]
    assert view.selected_ids() == [prepared.ids["menace_2026-11-04.eml"]]
    qtbot.waitUntil(lambda: view.detail_pane.title.accessibleName() == "Tu ne m'échapperas pas")
    flags = view.table.selectionModel().SelectionFlag
    with qtbot.waitSignal(view.selection_changed) as selected:
        view.table.selectionModel().select(
            view.proxy.index(row + 1, 0), flags.Select | flags.Rows)
    assert selected.args == [[prepared.ids["menace_2026-11-04.eml"], prepared.ids["capture.png"]]]


def test_refresh_keeps_the_selection_or_selects_what_it_is_told(
        qtbot, view: CaseView, prepared: Prepared) -> None:
    view.table.selectRow(names(view).index("journal.txt"))
    with qtbot.waitSignal(view.listed):
        view.refresh()
    assert view.selected_ids() == [prepared.ids["journal.txt"]]
    wanted = [prepared.ids["photo_parking.jpg"], prepared.ids["IMG_0412.PNG"]]
    with qtbot.waitSignal(view.listed):
        view.refresh(select=wanted)
    assert view.selected_ids() == wanted


def test_attachment_link_selects_the_attachment(qtbot, view: CaseView,
                                                prepared: Prepared) -> None:
    view.select_item(prepared.ids["menace_2026-11-04.eml"])
    qtbot.waitUntil(lambda: view.detail_pane.title.accessibleName() == "Tu ne m'échapperas pas")
    with qtbot.waitSignal(view.selection_changed) as selected:
        view.detail_pane.viewer().body.item_link.emit(prepared.ids["capture.png"])
    assert selected.args == [[prepared.ids["capture.png"]]]
    qtbot.waitUntil(lambda: view.detail_pane.title.accessibleName() == "capture.png")
    assert view.detail_pane.parent_link.text().endswith(">Show the e-mail it came with</a>")


def test_an_edit_shows_after_refresh(qtbot, view: CaseView, service: VaultService,
                                      prepared: Prepared) -> None:
    view.select_item(prepared.ids["journal.txt"])
    qtbot.waitUntil(lambda: view.detail_pane.title.accessibleName() == "journal.txt")

    def retitle(vault, _task) -> None:
        with vault.transaction() as db:
            editing.describe(db, prepared.ids["journal.txt"], title="Mon journal")
    service.run(retitle, lambda _: view.refresh())
    qtbot.waitUntil(lambda: view.detail_pane.title.accessibleName() == "Mon journal")
    assert cell(view, "journal.txt", em.COL_TITLE) == "Mon journal"
    assert view.detail_pane.history.model().index(1, 1).data() == "Description changed"


def test_a_listing_that_arrives_after_clear_is_dropped(qtbot, view: CaseView,
                                                        service: VaultService) -> None:
    view.refresh()
    view.clear()
    done: list[object] = []
    service.run(lambda _vault, _task: None, done.append)  # the worker runs in order
    qtbot.waitUntil(lambda: bool(done))
    assert view.model.rowCount() == 0
    assert view.table_stack.currentWidget() is view.empty


def test_thumbnails_arrive_for_the_rows_on_screen(qtbot, view: CaseView,
                                                  prepared: Prepared) -> None:
    qtbot.waitUntil(lambda: view.model.thumbnail_count() > 0)
    photo = cell(view, "photo_parking.jpg", em.COL_KIND, Qt.ItemDataRole.DecorationRole)
    assert isinstance(photo, QPixmap)
    assert not photo.isNull()
    assert photo.width() <= view.model.thumbnail_size * photo.devicePixelRatio()


def test_delete_key_asks_to_remove_the_selection(qtbot, view: CaseView,
                                                 prepared: Prepared) -> None:
    view.table.selectRow(names(view).index("journal.txt"))
    view.table.setFocus()
    with qtbot.waitSignal(view.delete_requested) as asked:
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked.args == [[prepared.ids["journal.txt"]]]


def test_dragged_rows_carry_their_ids_only(view: CaseView, prepared: Prepared) -> None:
    view.table.selectRow(names(view).index("journal.txt"))
    flags = view.table.selectionModel().SelectionFlag
    view.table.selectionModel().select(view.proxy.index(names(view).index("IMG_0412.PNG"), 0),
                                       flags.Select | flags.Rows)
    indexes = view.table.selectionModel().selectedIndexes()
    mime = view.proxy.mimeData(indexes)
    assert mime.formats() == [ITEM_IDS_MIME]
    ids = json.loads(bytes(mime.data(ITEM_IDS_MIME)).decode())
    assert sorted(ids) == sorted([prepared.ids["journal.txt"], prepared.ids["IMG_0412.PNG"]])
    assert view.table.dragEnabled()
    assert view.proxy.flags(indexes[0]) & Qt.ItemFlag.ItemIsDragEnabled


def test_clear_forgets_everything(qtbot, view: CaseView, prepared: Prepared) -> None:
    qtbot.waitUntil(lambda: view.model.thumbnail_count() > 0)
    view.select_item(prepared.ids["menace_2026-11-04.eml"])
    qtbot.waitUntil(lambda: view.detail_pane.viewer() is not None)
    email = view.detail_pane.viewer()
    with qtbot.waitSignal(view.selection_changed) as selected:
        view.clear()
    assert selected.args == [[]]
    assert view.model.rowCount() == 0
    assert view.model.thumbnail_count() == 0
    assert view.current_case_id is None
    assert view.detail_pane.viewer() is None
    assert email.body.toPlainText() == ""
    assert email.origin.address.text() == ""
    assert view.detail_pane.title.accessibleName() == ""
    assert view.filter_bar.count_label.text() == ""
    assert not view.filter_bar.tag_button.menu().actions()


def test_sorting_by_a_column_keeps_the_selection(view: CaseView, prepared: Prepared) -> None:
    view.table.selectRow(names(view).index("journal.txt"))
    view.table.sortByColumn(em.COL_TITLE, Qt.SortOrder.DescendingOrder)
    shown = [view.proxy.index(r, em.COL_TITLE).data().casefold()
             for r in range(view.proxy.rowCount())]
    assert shown == sorted(shown, reverse=True)
    assert view.selected_ids() == [prepared.ids["journal.txt"]]


def test_models_pass_the_model_tester(qtbot, qtmodeltester, service: VaultService,
                                      view: CaseView, prepared: Prepared) -> None:
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    found = []
    service.run(gather(prepared.ids["Discussion WhatsApp avec Ombre.txt"]), found.append)
    qtbot.waitUntil(lambda: bool(found))
    transcript, history, details = TranscriptModel(), CustodyModel(), MetadataModel()
    transcript.set_messages(found[0].messages)
    history.set_entries(found[0].history)
    details.set_lines(describe(found[0]))
    for model in (transcript, history, details):
        qtmodeltester.check(model)
    assert transcript.rowCount() == 5
    assert history.rowCount() == 1


def synthetic_rows(count: int) -> list[listing.Row]:
    """Rows as the core lists them for a long campaign: 18 months, several platforms."""
    start = datetime(2025, 6, 1, 8, 0, tzinfo=timezone(timedelta(hours=2)))
    kinds = ("image", "message", "email", "pdf", "web")
    return [listing.Row(
        id=n + 1, parent_id=None, kind=kinds[n % 5], name=f"capture {n:05d}.png",
        title=f"Item {n:05d}" if n % 2 else "", excerpt="", 
        captured_at=(start + timedelta(minutes=15 * n)).isoformat(),
        captured_at_source="filename", platform=("Instagram", "TikTok", "SMS")[n % 3],
        size=1000 + n, flags=("gps",) if n % 7 == 0 else (), tags=("menace",) if n % 4 else (),
        accounts=("ombre_du_lac (Instagram)",), has_thumbnail=n % 3 == 0) for n in range(count)]


def test_fifty_thousand_rows_stay_usable(qtbot) -> None:
    model = EvidenceModel()
    proxy = EvidenceProxy()
    proxy.setSourceModel(model)
    table = EvidenceTable()
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.resize(900, 600)
    table.show()
    with qtbot.waitSignal(model.thumbnails_wanted) as wanted:
        model.set_rows(synthetic_rows(50_000))
    assert proxy.rowCount() == 50_000
    assert 0 < len(wanted.args[0]) < 60  # only the rows on screen ask for a preview
    table.selectRow(10)
    chosen = proxy.index(10, 0).data(em.ItemIdRole)
    table.sortByColumn(em.COL_CAPTURED, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data(em.ItemIdRole) == 50_000
    assert proxy.index(table.currentIndex().row(), 0).data(em.ItemIdRole) == chosen
    table.scrollToBottom()
    qtbot.wait(1)
    last = proxy.index(49_999, em.COL_TITLE)
    assert table.visualRect(last).isValid()
    assert last.data() == "capture 00000.png"
    table.selectAll()
    rows = table.selectionModel().selectedRows()
    mime = proxy.mimeData(rows)
    assert len(json.loads(bytes(mime.data(ITEM_IDS_MIME)).decode())) == 50_000
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    model.clear()
    assert proxy.rowCount() == 0
    assert not QModelIndex().isValid()

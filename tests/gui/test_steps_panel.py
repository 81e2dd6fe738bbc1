"""The Steps taken tab: a step added in its dialog is listed and drawn in its own lane on
the timeline; an item becomes a step linked to it in one click; a step is removed; each
incident's deadline is shown with its rule and article, and a public insult of
6 November 2026 lapses on 6 February 2027."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from app.case import cases, evidence, incidents, links, steps
from app.importing.pipeline import Importer
from app.vault import keys
from app.vault.vault import Vault
from tests.conftest import CORPUS
from ui.case.page import CasePage
from ui.common.i18n import Translations
from ui.common.operations import VaultService

FILES = ["screenshots/Screenshot_20261105-143012_Instagram.png",
         "pdf/signalement_plateforme.pdf"]


@pytest.fixture(autouse=True)
def british_dates():
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def case(qtbot, tmp_path: Path):
    """A screenshot, a platform's acknowledgement (PDF) and a public insult."""
    path = tmp_path / "v.dossier"
    with Vault.create(path, "pass", kdf=keys.KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case_id = cases.create(db, "Ombre").id
        items = [o.item_ids[0] for o in Importer(vault, case_id).run(CORPUS / f for f in FILES)]
        with vault.transaction() as db:
            incidents.save(db, incidents.Incident(
                None, case_id, "Insulte sous ma photo", occurred_at="2026-11-06T00:00:00+01:00",
                precision="day", created_at="2026-11-30", qualification="injure-publique"))
    service = VaultService()
    with qtbot.waitCallback(timeout=10_000) as opened:
        service.unlock(path, "pass", opened, pytest.fail)
    yield service, case_id, items
    service.shutdown()


@pytest.fixture
def page(qtbot, case) -> CasePage:
    service, case_id, _ = case
    shown = CasePage(service)
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    shown.show()
    shown.side.setCurrentWidget(shown.steps)
    with qtbot.waitSignal(shown.steps.loaded, timeout=10_000):
        shown.load(case_id)
    return shown


def ask(qtbot, service: VaultService, operation):
    with qtbot.waitCallback(timeout=10_000) as answered:
        service.run(operation, answered, pytest.fail)
    return answered.args[0]


def test_a_step_added_in_the_panel_is_listed_and_has_its_lane(qtbot, qtmodeltester, case,
                                                               page) -> None:
    service, case_id, _ = case
    panel = page.steps
    dialog = panel.new_step()
    dialog.kind.setCurrentIndex(dialog.kind.findData("plainte"))
    dialog.precision.setCurrentIndex(1)  # on a day
    dialog.when.setDateTime(QDateTime.fromString("2026-11-08T10:00:00", "yyyy-MM-ddTHH:mm:ss"))
    dialog.recipient.setText("Commissariat de Lyon 3e")
    dialog.what.setPlainText("Plainte déposée au guichet")
    dialog.reference.setText("PV-2026-004217")
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        dialog.accept()
    assert panel.proxy.rowCount() == 1
    row = [panel.proxy.index(0, c).data() for c in range(5)]
    assert row == ["08/11/2026", "Complaint", "Commissariat de Lyon 3e", "PV-2026-004217", "Sent"]
    qtmodeltester.check(panel.model)
    saved = ask(qtbot, service, lambda vault, task: steps.all_steps(vault.db, case_id))
    assert saved[0].done_at == "2026-11-08T00:00:00+01:00"
    assert saved[0].precision == "day"

    page.tabs.setCurrentWidget(page.timeline)
    qtbot.waitUntil(lambda: bool(page.timeline.view.lane_names()), timeout=10_000)
    qtbot.waitUntil(lambda: page.timeline.view.lane_names()[0] == "Steps taken (1)",
                    timeout=10_000)
    for grouping in range(3):  # its own lane, first, whatever the lanes group by
        page.timeline.toolbar.lanes_box.setCurrentIndex(grouping)
        assert page.timeline.view.lane_names()[0] == "Steps taken (1)"
    page.grab().save("/tmp/steps-timeline-en.png")
    page.tabs.setCurrentWidget(page.view)
    page.grab().save("/tmp/steps-panel-en.png")
    translations = Translations()
    try:
        translations.apply("fr")
        QApplication.processEvents()  # the widgets hear the language change
        page.tabs.setCurrentWidget(page.timeline)
        page.grab().save("/tmp/steps-timeline-fr.png")
        page.tabs.setCurrentWidget(page.view)
        page.grab().save("/tmp/steps-panel-fr.png")
    finally:
        translations.apply("en")


def test_an_item_becomes_a_step_in_one_click_and_is_removed(qtbot, case, page) -> None:
    service, case_id, items = case
    panel = page.steps
    assert not panel.from_item_button.isEnabled()
    page.view.select_item(items[1])
    qtbot.waitUntil(panel.from_item_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.from_item_button.click()
    assert panel.proxy.rowCount() == 1
    assert panel.selected_id() is not None
    assert "open it to add the reference" in panel.status.text()
    step = ask(qtbot, service, lambda vault, task: steps.all_steps(vault.db, case_id))[0]
    assert ask(qtbot, service, lambda vault, task: steps.items(vault.db, step.id)) == [items[1]]
    item = ask(qtbot, service, lambda vault, task: evidence.get(vault.db, items[1]))
    assert (step.done_at, step.precision) == (item.captured_at, "exact")  # dated from it
    assert step.what == item.title
    assert step.what.startswith("Accusé de réception")

    box = panel.remove_selected()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert panel.proxy.rowCount() == 0
    left = ask(qtbot, service, lambda vault, task: links.items_in_case(vault.db, case_id, items))
    assert left == items  # the evidence stays


def test_the_deadlines_say_the_date_the_rule_and_the_article(qtbot, page) -> None:
    lines = page.steps.deadlines.texts()
    insult = next(line for line in lines if line.startswith("Insulte sous ma photo\n"))
    assert "6 February 2027" in insult  # "lapses on" now; "soon" from 7 January 2027
    assert "counted from the incident's date, 6 November 2026" in insult
    assert "art. 65 de la loi du 29 juillet 1881" in insult
    assert "not legal advice" in page.steps.deadlines.disclaimer.text()
    assert "avocat" in page.steps.deadlines.disclaimer.text()


def test_the_dialog_refuses_a_step_with_neither_recipient_nor_what(qtbot, page) -> None:
    dialog = page.steps.new_step()
    dialog.accept()
    assert dialog.isVisible()
    assert "to whom" in dialog.error.text()


def test_the_evidence_tables_menu_records_the_selection_as_steps(qtbot, case, page) -> None:
    service, case_id, items = case
    page.side.setCurrentWidget(page.incidents)
    page.view.select_item(items[0])
    qtbot.waitUntil(lambda: page.view.selected_ids() == [items[0]], timeout=10_000)
    with qtbot.waitSignal(page.steps.loaded, timeout=10_000):
        page.view.table.step_requested.emit()  # "Record as a step taken" in its menu
    assert page.side.currentWidget() is page.steps
    (step,) = ask(qtbot, service, lambda vault, task: steps.all_steps(vault.db, case_id))
    assert step.recipient == "Instagram"  # the screenshot's platform
    assert step.kind == "platform"

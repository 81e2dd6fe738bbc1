"""One person's first session, end to end, in the real window and a real vault:
create → drop the corpus → the items appear with the right dates → describe one →
search → tie it to an incident and an account → lock → unlock, and everything is kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.conftest import CORPUS
from ui.case.page import CasePage
from ui.common.operations import VaultService
from ui.common.pickers import ITEM_IDS_MIME
from ui.settings.preferences import Preferences
from ui.window import MainWindow

PASSPHRASE = "la marée monte ; « Ombre » ne lira rien 1848"


@pytest.fixture
def window(qtbot, tmp_path: Path):
    service = VaultService()
    preferences = Preferences(QSettings(str(tmp_path / "settings.ini"),
                                        QSettings.Format.IniFormat))
    shown = MainWindow(service, tmp_path / "case.dossier", preferences,
                       case_page_factory=lambda parent: CasePage(service, parent))
    shown.case_page.attach(shown)
    qtbot.addWidget(shown)
    shown.resize(1300, 800)
    shown.show()
    yield shown
    service.shutdown()


def drop(target, mime: QMimeData) -> None:
    """Drag ``mime`` onto ``target`` and let go, as a mouse would."""
    point, action = target.rect().center(), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, action, mime, buttons, keys)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDropEvent(point.toPointF(), action, mime, buttons, keys))


def drop_on(view, index, mime: QMimeData) -> None:
    """Drag ``mime`` over one row of ``view`` and let go there."""
    point, action = view.visualRect(index).center(), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(point, action, mime, buttons, keys),
                  QDragMoveEvent(point, action, mime, buttons, keys),
                  QDropEvent(point.toPointF(), action, mime, buttons, keys)):
        QApplication.sendEvent(view.viewport(), event)


def rows_by_name(page: CasePage) -> dict[str, object]:
    model = page.view.model
    return {model.row_data(row).name: model.row_data(row) for row in range(model.rowCount())}


def test_a_first_session_from_creation_to_unlock(qtbot, window) -> None:
    page: CasePage = window.case_page
    create = window.access.create_form
    create.first.setText(PASSPHRASE)
    create.second.setText(PASSPHRASE)
    qtbot.waitUntil(create.create_button.isEnabled)
    with qtbot.waitSignal(window.case_opened, timeout=20_000):
        qtbot.mouseClick(create.create_button, Qt.MouseButton.LeftButton)

    # Drop the evidence folders from the file manager.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder)) for folder in sorted(CORPUS.iterdir())
                  if folder.is_dir()])
    with qtbot.waitSignal(page.flow.finished, timeout=120_000) as imported:
        drop(page, mime)
    summary = imported.args[0]
    [refused] = [r for r in summary.results if r.status == "refused"]
    assert refused.name == "empty.png"
    assert "empty" in refused.reason
    assert summary.count("stored") == summary.total - 1
    qtbot.waitUntil(lambda: "photo_parking.jpg" in rows_by_name(page), timeout=10_000)
    found = rows_by_name(page)
    assert (found["photo_parking.jpg"].captured_at, found["photo_parking.jpg"].captured_at_source
            ) == ("2026-11-03T18:20:00+01:00", "exif")
    assert "gps" in found["photo_parking.jpg"].flags
    assert found["Screenshot_20261105-143012_Instagram.png"].captured_at == \
        "2026-11-05T14:30:12+01:00"
    assert "empty.png" not in found
    mail = found["menace_2026-11-04.eml"].id

    # Describe the threatening e-mail.
    page.view.select_item(mail)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.item_id == mail and editor.isEnabled(), timeout=10_000)
    editor.title.setText("Menace reçue le 4 novembre")
    with qtbot.waitSignal(editor.changed, timeout=10_000):
        editor.save()

    # Search without accents, as people type.
    qtbot.keyClicks(page.view.filter_bar.search_box, "menace recue")
    qtbot.waitUntil(lambda: list(rows_by_name(page)) == ["menace_2026-11-04.eml"],
                    timeout=10_000)

    # An incident for it, and the sender's account.
    dialog = page.incidents.new_incident([mail])
    dialog.title.setText("Menace par e-mail")
    with qtbot.waitSignal(page.incidents.links_changed, timeout=10_000):
        dialog.accept()
    dialog = page.people.new_account()
    dialog.platform.setCurrentText("E-mail")
    dialog.handle.setText("ombre.du.lac@example.net")
    with qtbot.waitSignal(page.people.people_changed, timeout=10_000):
        dialog.accept()
    qtbot.waitUntil(lambda: page.people.model.rowCount() == 1, timeout=10_000)
    account_row = page.people.model.index(0, 0, page.people.model.index(0, 0))
    ids = QMimeData()
    ids.setData(ITEM_IDS_MIME, json.dumps([mail]).encode())
    page.side.setCurrentWidget(page.people)
    with qtbot.waitSignal(page.people.links_changed, timeout=10_000):
        drop_on(page.people.view, account_row, ids)
    qtbot.waitUntil(lambda: rows_by_name(page)["menace_2026-11-04.eml"].accounts != (),
                    timeout=10_000)

    # Lock: nothing of the case stays on screen.
    window.action_lock.trigger()
    qtbot.waitUntil(lambda: not window.is_unlocked)
    assert page.view.model.rowCount() == 0
    assert page.incidents.model.rowCount() == 0
    assert window.windowTitle() == "Dossier"

    # Unlock: everything is as it was left.
    unlock = window.access.unlock_form
    unlock.field.setText(PASSPHRASE)
    with qtbot.waitSignal(window.case_opened, timeout=20_000):
        qtbot.mouseClick(unlock.unlock, Qt.MouseButton.LeftButton)
    page.view.filter_bar.search_box.clear()
    qtbot.waitUntil(lambda: page.view.model.rowCount() > 30, timeout=10_000)
    kept = rows_by_name(page)["menace_2026-11-04.eml"]
    assert kept.title == "Menace reçue le 4 novembre"
    assert kept.accounts
    assert "ombre.du.lac@example.net" in kept.accounts[0]
    qtbot.waitUntil(lambda: page.incidents.model.rowCount() == 1, timeout=10_000)

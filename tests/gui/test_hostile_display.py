"""The hostile set through the window (issue 12): what the import dialog and the evidence
table show for names with terminal escapes, newlines and U+202E, a name that is not
UTF-8, a pipe, a /dev/zero link and a link out of the dropped folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.case import cases, listing
from app.importing.pipeline import REFUSED, STORED
from app.vault import keys
from app.vault.vault import Vault
from tests.cli.test_hostile_output import NAME, hostile_folder
from ui.case.evidence_model import COL_TITLE, EvidenceModel
from ui.case.page import CasePage
from ui.common.operations import VaultService
from ui.importing.import_dialog import ImportDialog
from ui.importing.import_flow import ImportFlow
from ui.settings.preferences import Preferences
from ui.window import MainWindow

CONTROLS = ("\x1b", "\x07", "\n", "\u202e")


@pytest.fixture
def flow(qtbot, tmp_path: Path):
    path = tmp_path / "v.dossier"
    with Vault.create(path, "pass", kdf=keys.KdfSettings(10, 8)) as vault, \
            vault.transaction() as db:
        case_id = cases.create(db, "Ombre").id
    service = VaultService()
    with qtbot.waitCallback() as opened:
        service.unlock(path, "pass", opened, pytest.fail)
    window = QWidget()
    qtbot.addWidget(window)
    yield ImportFlow(service, window), case_id, service
    service.shutdown()


def test_the_import_dialog_shows_hostile_names_escaped_and_refusals_said(
        qtbot, flow, tmp_path: Path) -> None:
    flow, case_id, service = flow
    folder = hostile_folder(tmp_path)
    os.mkfifo(folder / "pipe.jpg")
    (folder / "zero.jpg").symlink_to("/dev/zero")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    dialog = ImportDialog(flow)
    qtbot.addWidget(dialog)

    with qtbot.waitSignal(flow.finished, timeout=60_000) as done:
        flow.import_paths([folder], case_id)

    by_name = {result.name: result for result in done.args[0].results}
    assert {name: result.status for name, result in by_name.items()} == {
        "capture \ufffdcran.txt": STORED,
        "facture\\x1b]0;pwned\\x07\\x1b[2J\\nstored: 99 forged line \\u202egpj.exe": STORED,
        "mail.eml": STORED, "passwd.txt": REFUSED, "pipe.jpg": REFUSED, "zero.jpg": REFUSED}
    model = dialog.model
    shown = [model.index(row, column).data() for row in range(model.rowCount())
             for column in (model.COL_FILE, model.COL_RESULT)]
    assert not [text for text in shown if any(c in text for c in CONTROLS)]
    assert any("leads out of the folder" in text for text in shown)
    assert any("not a regular file" in text for text in shown)
    dialog.resize(900, 360)
    dialog.grab().save(str(tmp_path / "import-dialog.png"))

    with qtbot.waitCallback() as listed:
        service.run(lambda vault, task: listing.rows(vault.db, case_id), listed, pytest.fail)
    table = EvidenceModel()
    table.set_rows(listed.args[0])
    cells = [table.index(row, COL_TITLE).data(role) for row in range(table.rowCount())
             for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
    assert not [text for text in cells if text and any(c in text for c in CONTROLS)]
    assert any("\\u202egpj.exe" in text for text in cells if text)
    assert NAME not in cells


def test_a_case_name_with_escapes_shows_escaped_in_the_window_title(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "v.dossier"
    with Vault.create(path, "pass", kdf=keys.KdfSettings(10, 8)) as vault, \
            vault.transaction() as db:
        cases.create(db, "Plainte\x1b]0;pwned\x07\nOmbre\u202e")
    service = VaultService()
    window = MainWindow(service, path, Preferences.at(tmp_path / "preferences.ini"),
                        case_page_factory=lambda parent: CasePage(service, parent))
    window.case_page.attach(window)
    qtbot.addWidget(window)
    window.show()
    window.access.unlock_form.field.setText("pass")
    with qtbot.waitSignal(window.case_opened, timeout=10_000):
        window.access.unlock_form.unlock.click()

    assert window.windowTitle() == "Dossier — Plainte\\x1b]0;pwned\\x07\\nOmbre\\u202e"
    window.lock()
    service.shutdown()

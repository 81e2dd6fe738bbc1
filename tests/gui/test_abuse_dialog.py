"""'Report to the sender's provider…' on an e-mail: the dialog shows the abuse addresses
to check and saves the report (RFC 5965) through Qt's own file dialog."""

from __future__ import annotations

import stat
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from app.case import cases
from app.importing.pipeline import Importer
from app.vault import keys
from app.vault.vault import Vault
from tests.conftest import CORPUS
from tests.gui.conftest import unlocked_service
from ui.case.abuse_dialog import AbuseReportDialog
from ui.case.detail_pane import DetailPane

PASSPHRASE = "abuse desk"
THREAT = CORPUS / "email" / "menace_2026-11-04.eml"


@pytest.fixture
def items(tmp_path: Path) -> tuple[Path, int, int]:
    """A vault holding the threatening e-mail and a note, with their ids."""
    path = tmp_path / "prepared.dossier"
    vault = Vault.create(path, PASSPHRASE, kdf=keys.KdfSettings(10, 8))
    with vault.transaction() as db:
        case_id = cases.create(db, "Ombre").id
    ids = [outcome.item_ids[0] for outcome in Importer(vault, case_id).run(
        [THREAT, CORPUS / "notes" / "journal.txt"])]
    vault.close()
    return path, ids[0], ids[1]


@pytest.fixture
def service(qtbot, items, tmp_path: Path):
    yield from unlocked_service(qtbot, items[0], PASSPHRASE, tmp_path)


def test_an_email_is_reported_to_its_provider_from_the_pane(qtbot, service, items,
                                                            tmp_path: Path) -> None:
    _path, mail, note = items
    pane = DetailPane(service)
    qtbot.addWidget(pane)
    pane.resize(700, 600)
    pane.show()
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        pane.show_item(note)
    assert not pane.report_abuse.isVisible()  # only an e-mail has a provider to report to
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        pane.show_item(mail)
    assert pane.report_abuse.isVisible()
    pane.report_abuse.click()
    dialog = pane.findChild(AbuseReportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.save.isEnabled, timeout=10_000)
    assert dialog.addresses.text() == "abuse@example.net"
    assert "cannot look these addresses up" in dialog.caution.text()
    assert "never sends anything" in dialog.intro.text()
    dialog.grab().save(str(tmp_path / "abuse-dialog.png"))
    destination = tmp_path / "out" / "signalement.eml"
    destination.parent.mkdir()
    said: list[str] = []

    def answer() -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, QFileDialog):
            assert shown.testOption(QFileDialog.Option.DontUseNativeDialog)
            shown.findChild(QLineEdit, "fileNameEdit").setText(str(destination))
            shown.accept()
        elif isinstance(shown, QMessageBox):
            said.append(shown.text())
            shown.button(QMessageBox.StandardButton.Ok).click()
    helper = QTimer(interval=50)
    helper.timeout.connect(answer)
    helper.start()
    try:
        dialog.save.click()
        qtbot.waitUntil(lambda: len(said) == 1, timeout=10_000)
    finally:
        helper.stop()
    assert "signalement.eml" in said[0]
    assert stat.S_IMODE(destination.stat().st_mode) == 0o600
    assert [p.name for p in destination.parent.iterdir()] == ["signalement.eml"]
    report = BytesParser(policy=policy.default).parsebytes(destination.read_bytes())
    assert report.get_content_type() == "multipart/report"
    assert THREAT.read_bytes() in destination.read_bytes()

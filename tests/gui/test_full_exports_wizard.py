"""The export wizard and a platform's whole data export: it stays in the vault unless she
ticks the box, which is offered only when the evidence holds one, never to a platform."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.case import cases
from app.export import options
from app.importing.pipeline import Importer
from app.vault.keys import KdfSettings
from app.vault.vault import Vault
from tests.gui.conftest import unlocked_service
from tests.gui.test_export_wizard import FILER, OPTIONS, REVIEW, export_to, go_to
from tests.samples import platform_exports as px
from ui.common.i18n import Translations
from ui.common.operations import VaultService
from ui.export.wizard import ExportWizard

PASSPHRASE = "correct horse"
EXPORT_NAME = "instagram-export.zip"


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A vault holding an Instagram export, both its conversations imported."""
    root = tmp_path_factory.mktemp("full_exports_wizard")
    source = root / EXPORT_NAME
    source.write_bytes(px.instagram()[0])
    with Vault.create(root / "vault.dossier", PASSPHRASE, kdf=KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case_id = cases.create(db, "Affaire Ombre").id
        list(Importer(vault, case_id).run([source]))
    return root / "vault.dossier", case_id


@pytest.fixture
def wizard(qtbot, prepared: tuple[Path, int], tmp_path: Path) -> Iterator[ExportWizard]:
    parent = QWidget()
    service_run = unlocked_service(qtbot, prepared[0], PASSPHRASE, tmp_path)
    service: VaultService = next(service_run)
    opened = ExportWizard(service, prepared[1], "Affaire Ombre", parent=parent)
    opened.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    with qtbot.waitSignal(opened.previewed, timeout=30_000):
        opened.show()
    yield opened
    opened.reject()
    next(service_run, None)
    parent.deleteLater()


def test_the_whole_export_is_offered_unticked_and_stays_out(qtbot, wizard: ExportWizard,
                                                             tmp_path: Path) -> None:
    wizard.recipient_page.choices[options.LAWYER].click()
    go_to(qtbot, wizard, OPTIONS)
    page = wizard.options_page
    assert page.full_exports.isVisible()
    assert not page.full_exports.isChecked()
    assert not wizard.chosen_options().include_full_exports
    wizard.resize(1280, 720)
    wizard.grab().save("/tmp/privacy-options-en.png")
    page.originals.click()  # no originals at all: nothing to add
    assert not page.full_exports.isEnabled()
    page.originals.click()
    page.full_exports.click()
    assert wizard.chosen_options().include_full_exports
    page.full_exports.click()
    go_to(qtbot, wizard, REVIEW)
    qtbot.waitUntil(lambda: "kept in the vault" in wizard.review_page.values[3].text(),
                    timeout=30_000)
    assert wizard.review_page.values[3].text().endswith(
        "; whole platform exports or mailboxes kept in the vault: 1")
    wizard.grab().save("/tmp/privacy-review-en.png")
    export_to(qtbot, wizard, tmp_path / "bundle")
    originals = {path.name for path in (tmp_path / "bundle" / "originals").iterdir()}
    assert originals
    assert not [name for name in originals if name.endswith(EXPORT_NAME)]


def test_a_platform_is_never_offered_the_whole_export(qtbot, wizard: ExportWizard) -> None:
    wizard.recipient_page.choices[options.PLATFORM].click()
    wizard.recipient_page.platform.setCurrentText("Instagram")
    go_to(qtbot, wizard, OPTIONS)
    assert not wizard.options_page.full_exports.isVisible()
    wizard.options_page.full_exports.setChecked(True)  # left ticked from another recipient
    assert not wizard.chosen_options().include_full_exports


def test_the_options_page_in_french(qtbot, wizard: ExportWizard) -> None:
    wizard.recipient_page.choices[options.LAWYER].click()
    go_to(qtbot, wizard, FILER)
    translations = Translations()
    try:
        translations.apply("fr")
        qtbot.waitUntil(lambda: wizard.filer_page.title() == "Qui fait la démarche\u00a0?",
                        timeout=5_000)
        wizard.resize(1280, 720)
        wizard.grab().save("/tmp/privacy-filer-fr.png")
        go_to(qtbot, wizard, OPTIONS)
        wizard.grab().save("/tmp/privacy-options-fr.png")
        assert wizard.options_page.full_exports.isVisible()
    finally:
        translations.apply("en")

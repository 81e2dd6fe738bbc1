"""The recovery key in the window: "Forgot your passphrase?" on the unlock screen, and the
offer made once a vault is created, which can be declined."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.common import errors
from app.vault import attempts
from app.vault.keys import KdfSettings
from app.vault.recovery_key import RecoveryKey
from app.vault.vault import Vault
from tests.gui.conftest import unlocked_service
from ui.access.screen import AccessScreen
from ui.common.operations import VaultService
from ui.vault import recovery_dialog
from ui.vault.recovery_dialog import RecoveryKeyDialog

OLD = "loutre violette sous l'escalier"
NEW = "une toute autre phrase, bien plus longue 1848"
FAST = KdfSettings(log2_n=10, r=8)


@pytest.fixture
def service():
    running = VaultService()
    yield running
    running.shutdown()


@pytest.fixture
def with_key(tmp_path: Path) -> tuple[Path, RecoveryKey]:
    path = tmp_path / "case.dossier"
    with Vault.create(path, OLD, kdf=FAST) as vault:
        key = vault.make_recovery_key()
    return path, key


def _screen(qtbot, service: VaultService, path: Path) -> AccessScreen:
    screen = AccessScreen(service, path)
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _fill(screen: AccessScreen, key: str) -> None:
    form = screen.recover_form
    form.key.setText(key)
    form.new.setText(NEW)
    form.again.setText(NEW)


def test_forgot_your_passphrase_sets_a_new_one_with_the_recovery_key(
        qtbot, service: VaultService, with_key: tuple[Path, RecoveryKey]) -> None:
    path, key = with_key
    screen = _screen(qtbot, service, path)
    assert screen.unlock_form.forgot_link.isVisible()
    screen.unlock_form.forgot_link.click()
    form = screen.recover_form
    assert form.isVisible()
    assert not screen.unlock_form.isVisible()
    _fill(screen, str(key).lower())
    assert form.submit_button.isEnabled()
    with qtbot.waitSignal(screen.opened, timeout=30_000):
        form.submit_button.click()
    assert service.is_unlocked
    service.shutdown()
    with pytest.raises(errors.WrongPassphrase):
        Vault.unlock(path, OLD)
    Vault.unlock(path, NEW).close()


def test_a_typo_is_told_at_once_and_a_wrong_key_is_counted(
        qtbot, service: VaultService, with_key: tuple[Path, RecoveryKey]) -> None:
    path, key = with_key
    screen = _screen(qtbot, service, path)
    screen.show_recovery()
    typed = str(key)
    _fill(screen, typed[:-1] + ("0" if typed[-1] != "0" else "1"))
    screen.recover_form.submit_button.click()
    assert "typing mistake" in screen.recover_form.error.text()
    assert not attempts.file_for(path).exists()  # nothing was tried
    _fill(screen, str(RecoveryKey.new()))
    screen.recover_form.submit_button.click()
    qtbot.waitUntil(lambda: "does not open" in screen.recover_form.error.text(),
                    timeout=30_000)
    assert len(attempts.read(path)) == 1
    assert not service.is_unlocked
    screen.recover_form.back_link.click()  # back to the passphrase, which still works
    assert screen.unlock_form.isVisible()


def test_the_weak_new_passphrase_is_refused_as_at_creation(
        qtbot, service: VaultService, with_key: tuple[Path, RecoveryKey]) -> None:
    path, key = with_key
    screen = _screen(qtbot, service, path)
    screen.show_recovery()
    form = screen.recover_form
    form.key.setText(str(key))
    form.new.setText("azerty")
    form.again.setText("azerty")
    assert not form.submit_button.isEnabled()
    assert "Too easy to guess" in form.hint.text()


def test_creating_a_vault_says_created_for_the_offer(
        qtbot, service: VaultService, tmp_path: Path) -> None:
    screen = _screen(qtbot, service, tmp_path / "new.dossier")
    screen.create_form.first.setText(NEW)
    screen.create_form.second.setText(NEW)
    with qtbot.waitSignal(screen.created, timeout=30_000):
        screen.create_form.create_button.click()


@pytest.fixture
def unlocked(qtbot, tmp_path: Path):
    prepared = tmp_path / "prepared" / "vault.dossier"
    prepared.parent.mkdir()
    Vault.create(prepared, OLD, kdf=FAST).close()
    yield from unlocked_service(qtbot, prepared, OLD, tmp_path)


def _dialog(qtbot, service: VaultService, tmp_path: Path, offered: bool) -> RecoveryKeyDialog:
    dialog = RecoveryKeyDialog(service, tmp_path / "vault.dossier", offered=offered)
    # Kept after closing, so the test reads it then; qtbot closes it at the end.
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_offer_can_be_declined_and_makes_nothing(qtbot, unlocked, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, unlocked, tmp_path, offered=True)
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.text().replace("&", "") == "Not now"
    assert "whoever holds the sheet can open the vault" in dialog.risk.text()
    close.click()
    answer: list[str | None] = []
    unlocked.run(lambda vault, _task: vault.recovery_key_made, answer.append)
    qtbot.waitUntil(lambda: bool(answer))
    assert answer == [None]


def test_a_key_made_is_shown_once_and_its_printable_page_holds_it(
        qtbot, unlocked, tmp_path: Path, monkeypatch) -> None:
    dialog = _dialog(qtbot, unlocked, tmp_path, offered=False)
    dialog.make.click()
    qtbot.waitUntil(lambda: dialog.shown_key.isVisible(), timeout=30_000)
    shown = dialog.shown_key.text()
    RecoveryKey.parse(shown)
    page = tmp_path / "sheet.pdf"
    monkeypatch.setattr(recovery_dialog.file_dialogs, "save_file", lambda *_a, **_k: page)
    dialog.save_pdf.click()
    assert stat.S_IMODE(page.stat().st_mode) == 0o600
    text = subprocess.run(["pdftotext", "-layout", str(page), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert shown in text
    assert "Whoever holds this key can open the vault" in " ".join(text.split())
    assert "sheet.pdf" in dialog.saved.text()
    dialog.reject()
    assert dialog.key is None  # the key leaves the window with the dialog
    answer: list[str | None] = []
    unlocked.run(lambda vault, _task: vault.recovery_key_made, answer.append)
    qtbot.waitUntil(lambda: bool(answer))
    assert answer[0]


def test_the_window_offers_a_recovery_key_once_after_creating_the_vault_only(
        qtbot, service: VaultService, tmp_path: Path) -> None:
    from ui.settings.preferences import Preferences
    from ui.window import MainWindow

    window = MainWindow(service, tmp_path / "new.dossier",
                        Preferences.at(tmp_path / "preferences.ini"))
    qtbot.addWidget(window)
    form = window.access.create_form
    form.first.setText(NEW)
    form.second.setText(NEW)
    with qtbot.waitSignal(window.case_opened, timeout=30_000):
        form.create_button.click()
    [offer] = [d for d in window.findChildren(RecoveryKeyDialog) if d.isVisible()]
    assert offer.offered
    offer.reject()  # "Not now"
    window.lock()
    qtbot.waitUntil(lambda: not service.is_unlocked)
    window.access.unlock_form.field.setText(NEW)
    with qtbot.waitSignal(window.case_opened, timeout=30_000):
        window.access.unlock_form.unlock.click()
    assert not [d for d in window.findChildren(RecoveryKeyDialog) if d.isVisible()]
    window.action_recovery_key.trigger()  # File > Recovery key, whenever she wants
    [asked] = [d for d in window.findChildren(RecoveryKeyDialog) if d.isVisible()]
    assert not asked.offered

"""Vault care from the window: check, restore from a backup, and the failed-unlock banner."""

from __future__ import annotations

import html
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMessageBox

from app.case import cases
from app.importing import pipeline as importing
from app.vault import attempts, custody, keys
from app.vault.vault import Vault
from tests.conftest import CORPUS
from ui.common.operations import VaultService
from ui.settings.preferences import Preferences
from ui.vault.backup_dialog import BackupDialog
from ui.vault.check_dialog import CheckDialog
from ui.vault.restore_dialog import RestoreDialog
from ui.window import MainWindow

STRONG = "loutre violette sous l'escalier"
FAST_KDF = keys.KdfSettings(log2_n=10, r=8)
PHOTO = CORPUS / "photos" / "photo_parking.jpg"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    path = tmp_path / "case.dossier"
    with Vault.create(path, STRONG, kdf=FAST_KDF) as vault, vault.transaction() as db:
        cases.create(db, "Ombre")
    return path


@pytest.fixture
def service():
    running = VaultService()
    yield running
    running.shutdown()


@pytest.fixture
def window(qtbot, service, vault_path: Path, tmp_path: Path):
    shown = MainWindow(service, vault_path, Preferences.at(tmp_path / "preferences.ini"))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def unlock(qtbot, window: MainWindow, passphrase: str = STRONG) -> None:
    window.access.unlock_form.field.setText(passphrase)
    with qtbot.waitSignal(window.case_opened, timeout=10_000):
        window.access.unlock_form.unlock.click()


def fail_to_unlock(qtbot, window: MainWindow) -> None:
    window.access.unlock_form.field.setText("not the passphrase")
    window.access.unlock_form.unlock.click()
    qtbot.waitUntil(window.access.unlock_form.error.isVisible, timeout=10_000)
    window.access.unlock_form.error.show_message("")


def ask(qtbot, service: VaultService, operation):
    with qtbot.waitCallback() as answered:
        service.run(operation, answered, pytest.fail)
    return answered.args[0]


def actions(service: VaultService, qtbot) -> list[str]:
    return [e.action for e in ask(qtbot, service, lambda v, t: custody.entries(v.db))]


def store_photo(path: Path) -> None:
    with Vault.unlock(path, STRONG) as vault:
        case_id = cases.all_cases(vault.db)[0].id
        [outcome] = importing.Importer(vault, case_id).run([PHOTO])
        assert outcome.status == importing.STORED


# -- the File menu ---------------------------------------------------------------------------


def test_every_care_of_the_vault_is_in_the_file_menu(window: MainWindow) -> None:
    texts = [a.text() for a in window.menu_file.actions() if not a.isSeparator()]
    for expected in ("&Back up the vault…", "Change the &passphrase…", "&Check the vault…",
                     "&Restore from a backup…"):
        assert expected in texts
    assert window.action_check in window.case_actions
    assert window.action_restore in window.case_actions


def test_a_backup_from_the_window_is_in_the_history(qtbot, window: MainWindow, service,
                                                    tmp_path: Path) -> None:
    unlock(qtbot, window)
    window.action_backup.trigger()
    dialog = window.findChild(BackupDialog)
    dialog.set_destination(tmp_path / "copy.dossier")
    dialog.back_up()
    qtbot.waitUntil(lambda: bool(dialog.outcome.text()), timeout=20_000)
    entry = ask(qtbot, service, lambda v, t: custody.entries(v.db))[-1]
    assert (entry.action, entry.details) == (custody.BACKED_UP, {"file": "copy.dossier"})
    assert stat.S_IMODE((tmp_path / "copy.dossier").stat().st_mode) == 0o600


# -- failed unlocks --------------------------------------------------------------------------


def test_failed_unlocks_are_shown_once_after_the_next_unlock(qtbot, window: MainWindow,
                                                             service, vault_path) -> None:
    assert not window.failed_unlocks.isVisible()
    fail_to_unlock(qtbot, window)
    fail_to_unlock(qtbot, window)
    assert len(attempts.read(vault_path)) == 2
    unlock(qtbot, window)
    banner = window.failed_unlocks
    qtbot.waitUntil(banner.isVisible)
    assert banner.message.text().startswith("2 failed attempt")
    assert "just before you opened the vault" in banner.message.text()
    assert "someone" not in banner.message.text()
    assert not attempts.file_for(vault_path).exists()
    assert custody.FAILED_UNLOCKS in actions(service, qtbot)
    banner.dismiss.click()
    assert not banner.isVisible()
    window.lock()
    qtbot.waitUntil(lambda: not service.is_unlocked)
    unlock(qtbot, window)
    ask(qtbot, service, lambda v, t: None)  # the banner's question has had its answer
    assert not banner.isVisible()


def test_the_banner_goes_when_the_vault_locks(qtbot, window: MainWindow, service) -> None:
    fail_to_unlock(qtbot, window)
    unlock(qtbot, window)
    qtbot.waitUntil(window.failed_unlocks.isVisible)
    window.lock()
    qtbot.waitUntil(lambda: not service.is_unlocked)
    assert not window.failed_unlocks.isVisible()


# -- check -----------------------------------------------------------------------------------


def test_a_sound_vault_is_said_sound_and_the_check_is_logged(qtbot, window: MainWindow,
                                                             service, vault_path) -> None:
    store_photo(vault_path)
    unlock(qtbot, window)
    window.action_check.trigger()
    dialog = window.findChild(CheckDialog)
    assert dialog.busy
    assert dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert dialog.verdict.text().startswith("The vault is sound")
    assert "1 item(s), 1 original(s) re-hashed" in dialog.verdict.text()
    assert not dialog.problems.isVisible()
    assert not dialog.restore.isVisible()
    assert actions(service, qtbot)[-1] == custody.CHECKED


def test_a_changed_original_is_said_in_plain_words(qtbot, window: MainWindow, service,
                                                   vault_path) -> None:
    store_photo(vault_path)
    with Vault.unlock(vault_path, STRONG) as vault, vault.transaction() as db:
        db.execute("UPDATE chunks SET data = zeroblob(length(data)) WHERE seq = 0")
    unlock(qtbot, window)
    dialog = CheckDialog(service, window)
    dialog.show()
    dialog.check()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert dialog.verdict.text().startswith("1 problem")
    assert "The original of item(s) 1 has changed since it was stored" in dialog.problems.text()
    assert "fingerprint (SHA-256) no longer matches" in dialog.problems.text()
    assert dialog.restore.isVisible()
    assert "Delete nothing" in dialog.advice.text()
    with qtbot.waitSignal(dialog.restore_requested):
        dialog.restore.click()


class _French(QTranslator):
    """Stands in for the French .qm, which is built from the .ts when the branch merges."""

    ALTERED = "History entry {entry} was changed after it was written."

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if context == "core" and source == self.ALTERED:
            return "L'entrée {entry} de l'historique a été modifiée après avoir été écrite."
        return ""


def test_the_core_sentences_are_shown_in_the_persons_language(qtbot, window: MainWindow,
                                                               service, vault_path) -> None:
    with Vault.unlock(vault_path, STRONG) as vault, vault.transaction() as db:
        custody.append(db, custody.EDITED, details={"field": "title"})
        db.execute("DROP TRIGGER custody_no_update")
        [(forged,)] = db.execute("SELECT max(id) FROM custody").fetchall()
        db.execute("UPDATE custody SET details = '{}' WHERE id = ?", (forged,))
    french = _French()
    QCoreApplication.installTranslator(french)
    try:
        unlock(qtbot, window)
        dialog = CheckDialog(service, window)
        dialog.show()
        dialog.check()
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
        assert [str(problem) for problem in dialog.outcome.report.problems] == [
            f"History entry {forged} was changed after it was written."]  # the CLI's English
        assert html.escape(f"L'entrée {forged} de l'historique a été modifiée après avoir "
                           "été écrite.") in dialog.problems.text()
        assert "History entry" not in dialog.problems.text()
    finally:
        QCoreApplication.removeTranslator(french)


# -- restore ---------------------------------------------------------------------------------


def backup_then_change(qtbot, window: MainWindow, service, tmp_path: Path) -> Path:
    """A backup of the vault with no evidence, then a photo stored after it."""
    backup = tmp_path / "usb" / "backup.dossier"
    backup.parent.mkdir()
    with Vault.unlock(window.vault_path, STRONG) as vault:
        vault.backup(backup)
    store_photo(window.vault_path)
    unlock(qtbot, window)
    return backup


def restore_dialog(window: MainWindow) -> RestoreDialog:
    window.action_restore.trigger()
    return window.findChild(RestoreDialog)


def test_restoring_checks_the_backup_keeps_the_vault_and_locks(
        qtbot, window: MainWindow, service, tmp_path: Path, vault_path: Path) -> None:
    backup = backup_then_change(qtbot, window, service, tmp_path)
    dialog = restore_dialog(window)
    assert "case.before-restore.dossier" in dialog.explain.text()
    assert not dialog.start.isEnabled()
    dialog.set_backup(backup)
    dialog.passphrase.setText(STRONG)
    with qtbot.waitSignal(window.locked, timeout=20_000):
        dialog.start.click()
    [told] = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert "The backup is in place: 0 item" in told.text()
    assert "case.before-restore.dossier" in told.text()
    qtbot.waitUntil(lambda: not service.is_unlocked)
    assert not window.is_unlocked
    kept = tmp_path / "case.before-restore.dossier"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(vault_path.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".*restoring*"))
    with Vault.unlock(kept, STRONG) as former:
        assert former.db.execute("SELECT count(*) FROM items").fetchone()[0] == 1
    told.accept()
    unlock(qtbot, window)
    entries = ask(qtbot, service, lambda v, t: custody.entries(v.db))
    # A backup is self-contained: the restored vault takes a keyring of its own at its
    # first unlock, after the restore was logged.
    assert [e.action for e in entries[-2:]] == [custody.RESTORED, custody.MIGRATED]
    assert entries[-2].details["from"] == "backup.dossier"
    assert entries[-1].details == {"keys": "wrapped"}
    assert ask(qtbot, service, lambda v, t: v.check().ok)
    assert ask(qtbot, service,
               lambda v, t: v.db.execute("SELECT count(*) FROM items").fetchone()[0]) == 0


def test_a_wrong_backup_passphrase_changes_nothing(qtbot, window: MainWindow, service,
                                                  tmp_path: Path, vault_path: Path) -> None:
    backup = backup_then_change(qtbot, window, service, tmp_path)
    dialog = restore_dialog(window)
    dialog.set_backup(backup)
    dialog.passphrase.setText("not it")
    dialog.start.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=20_000)
    assert dialog.error.text() == ("This passphrase does not open the backup. "
                                   "Nothing was changed.")
    assert dialog.passphrase.text() == ""
    assert service.is_unlocked
    assert window.is_unlocked
    assert ask(qtbot, service,
               lambda v, t: v.db.execute("SELECT count(*) FROM items").fetchone()[0]) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "case.dossier", "case.dossier-journal", "case.dossier.keys", "preferences.ini"]
    assert not attempts.file_for(backup).exists()


def test_a_damaged_backup_is_refused(qtbot, window: MainWindow, service,
                                     tmp_path: Path) -> None:
    backup = backup_then_change(qtbot, window, service, tmp_path)
    with Vault.unlock(backup, STRONG) as copy, copy.transaction() as db:
        db.execute("INSERT INTO settings VALUES ('filler', ?)", ("x" * 300_000,))
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    backup.write_bytes(bytes(data))
    dialog = restore_dialog(window)
    dialog.set_backup(backup)
    dialog.passphrase.setText(STRONG)
    dialog.start.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=20_000)
    assert "it was not restored" in dialog.error.text() or "damaged" in dialog.error.text()
    assert window.is_unlocked
    assert not (tmp_path / "case.before-restore.dossier").exists()
    assert not list(tmp_path.glob(".*restoring*"))


def test_the_vault_itself_is_not_a_backup(qtbot, window: MainWindow, vault_path) -> None:
    unlock(qtbot, window)
    dialog = restore_dialog(window)
    dialog.set_backup(vault_path)
    dialog.passphrase.setText(STRONG)
    dialog.start.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=20_000)
    assert dialog.error.text() == "This file is the vault itself, not a backup of it."

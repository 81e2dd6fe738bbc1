"""Backups that run themselves, from the window: the folder chosen in Preferences, a
backup when the window locks with something changed, a quiet note when the stick is not
there, the reminder after a week, and File ▸ Check a backup."""

from __future__ import annotations

import re
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.case import cases
from app.common import dates
from app.importing import pipeline as importing
from app.vault import custody, keys
from app.vault.vault import Vault
from tests.conftest import CORPUS
from ui.common import file_dialogs
from ui.common.operations import VaultService
from ui.settings.preferences import Preferences
from ui.settings.preferences_dialog import PreferencesDialog
from ui.vault.backup_drill_dialog import BackupDrillDialog
from ui.vault.restore_dialog import RestoreDialog
from ui.window import MainWindow

STRONG = "loutre violette sous l'escalier"
PHOTO = CORPUS / "photos" / "photo_parking.jpg"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    path = tmp_path / "case.dossier"
    with Vault.create(path, STRONG, kdf=keys.KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case = cases.create(db, "Ombre")
        list(importing.Importer(vault, case.id).run([PHOTO]))
    return path


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    stick = tmp_path / "usb"
    stick.mkdir()
    return stick


@pytest.fixture
def service():
    running = VaultService()
    yield running
    running.shutdown()


@pytest.fixture
def window(qtbot, service, vault_path: Path, tmp_path: Path):
    shown = MainWindow(service, vault_path, Preferences.at(tmp_path / "preferences.ini"))
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def unlock(qtbot, window: MainWindow) -> None:
    window.access.unlock_form.field.setText(STRONG)
    with qtbot.waitSignal(window.case_opened, timeout=10_000):
        window.access.unlock_form.unlock.click()
    settle(qtbot, window.service)


def settle(qtbot, service: VaultService) -> None:
    """Wait until the vault worker has answered everything asked before."""
    with qtbot.waitCallback(timeout=20_000) as answered:
        service._queue(lambda _task: None, answered, None, None)


def change_something(qtbot, service: VaultService, name: str = "Autre") -> None:
    def new_case(vault, _task):
        with vault.transaction() as db:
            cases.create(db, name)
    with qtbot.waitCallback() as answered:
        service.run(new_case, answered, pytest.fail)


def choose_folder_in_preferences(qtbot, window: MainWindow, folder: Path,
                                 monkeypatch) -> PreferencesDialog:
    monkeypatch.setattr(file_dialogs, "open_folder", lambda *_args, **_kw: folder)
    window.action_preferences.trigger()
    dialog = window.findChild(PreferencesDialog)
    dialog.choose_folder.click()
    return dialog


def one_backup_from_preferences(qtbot, window: MainWindow, usb: Path, monkeypatch) -> None:
    """Unlocked, the folder chosen in Preferences, and Back up now pressed there."""
    unlock(qtbot, window)
    dialog = choose_folder_in_preferences(qtbot, window, usb, monkeypatch)
    dialog.back_up.click()
    qtbot.waitUntil(lambda: len(ours(usb)) == 1, timeout=20_000)
    dialog.reject()


def ours(folder: Path) -> list[Path]:
    return sorted(folder.glob("dossier-backup-20*.dossier"))


def no_dialog_on_screen() -> bool:
    return not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, (QDialog, QMessageBox)) and w.isVisible()]


def test_a_change_then_a_lock_leaves_a_checked_backup_in_the_folder(
        qtbot, window: MainWindow, usb: Path, monkeypatch) -> None:
    unlock(qtbot, window)
    dialog = choose_folder_in_preferences(qtbot, window, usb, monkeypatch)
    assert window.preferences.backup_folder == str(usb)
    assert dialog.backup_folder.text() == str(usb)
    assert dialog.back_up.isEnabled()
    dialog.reject()
    change_something(qtbot, window.service)
    window.lock()
    assert not window.is_unlocked  # the lock screen is there at once, the backup behind it
    qtbot.waitUntil(lambda: not window.service.is_unlocked, timeout=20_000)
    [backup] = ours(usb)
    with Vault.unlock(backup, STRONG, count_failures=False) as copy:
        report = copy.check()
        assert [c.name for c in cases.all_cases(copy.db)] == ["Ombre", "Autre"]
    assert report.ok
    assert report.items == 1
    # Nothing changed since: locking again adds no backup.
    unlock(qtbot, window)
    window.lock()
    qtbot.waitUntil(lambda: not window.service.is_unlocked, timeout=20_000)
    assert ours(usb) == [backup]
    assert not window.backup_banner.isVisible()


class _French(QTranslator):
    """Stands in for the French .qm, which is built from the .ts when the branch merges."""

    MISSING = "The backup folder {folder} is not there (is the USB stick plugged in?)."

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if context == "core" and source == self.MISSING:
            return "Le dossier de sauvegarde {folder} est introuvable."
        return None


def test_the_note_is_said_in_the_persons_language(qtbot, window: MainWindow, usb: Path,
                                                  monkeypatch) -> None:
    unlock(qtbot, window)
    choose_folder_in_preferences(qtbot, window, usb, monkeypatch).reject()
    change_something(qtbot, window.service)
    usb.rmdir()
    window.lock()
    settle(qtbot, window.service)
    french = _French()
    QCoreApplication.installTranslator(french)
    try:
        unlock(qtbot, window)
        assert window.backup_banner.message.text().endswith(
            f": Le dossier de sauvegarde {usb} est introuvable.")
    finally:
        QCoreApplication.removeTranslator(french)


def test_a_missing_stick_is_a_quiet_note_at_the_next_unlock(
        qtbot, window: MainWindow, usb: Path, monkeypatch) -> None:
    unlock(qtbot, window)
    choose_folder_in_preferences(qtbot, window, usb, monkeypatch).reject()
    change_something(qtbot, window.service)
    shutil.rmtree(usb)  # the stick was pulled out
    window.lock()
    qtbot.waitUntil(lambda: not window.service.is_unlocked, timeout=20_000)
    settle(qtbot, window.service)
    assert no_dialog_on_screen()
    assert not window.backup_banner.isVisible()
    unlock(qtbot, window)
    assert window.backup_banner.isVisible()
    text = window.backup_banner.message.text()
    assert text.startswith("No backup was made when the vault last locked: The backup "
                           f"folder {usb} is not there (is the USB stick plugged in?).")
    assert no_dialog_on_screen()
    # The stick is back: Back up now, beside the note, makes one and says so.
    usb.mkdir()
    window.backup_banner.back_up.click()
    qtbot.waitUntil(lambda: len(ours(usb)) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: "written and checked" in window.backup_banner.message.text())
    assert "No backup was made" not in window.backup_banner.message.text()


def test_a_reminder_when_the_last_backup_is_more_than_a_week_old(
        qtbot, window: MainWindow, usb: Path, monkeypatch) -> None:
    banner = window.backup_banner
    banner.clock = lambda: dates.now() + timedelta(days=6)
    unlock(qtbot, window)
    assert not banner.isVisible()  # a vault made today: no reminder within the week
    window.lock()
    banner.clock = lambda: dates.now() + timedelta(days=8)
    unlock(qtbot, window)
    assert banner.isVisible()
    assert banner.message.text() == (
        "This vault has not been backed up into a folder yet. Choose a backup folder (a "
        "USB stick that you keep apart) with Back up now.")
    monkeypatch.setattr(file_dialogs, "open_folder", lambda *_args, **_kw: usb)
    banner.back_up.click()  # no folder yet: Preferences opens to choose one
    dialog = window.findChild(PreferencesDialog)
    assert dialog.isVisible()
    dialog.choose_folder.click()
    dialog.back_up.click()
    qtbot.waitUntil(lambda: len(ours(usb)) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: "written and checked" in dialog.backup_news.text())
    dialog.reject()
    window.lock()
    settle(qtbot, window.service)
    banner.clock = lambda: dates.now() + timedelta(days=3)
    unlock(qtbot, window)
    assert not banner.isVisible()
    window.lock()
    banner.clock = lambda: dates.now() + timedelta(days=9)
    unlock(qtbot, window)
    assert banner.message.text().startswith("The last backup was made on ")
    assert banner.message.text().endswith(
        ", more than a week ago. Plug in the backup stick and choose Back up now.")


def test_check_a_backup_says_what_it_holds_and_changes_nothing(
        qtbot, window: MainWindow, usb: Path, monkeypatch) -> None:
    one_backup_from_preferences(qtbot, window, usb, monkeypatch)
    [backup] = ours(usb)
    before = backup.read_bytes()
    window.action_check_backup.trigger()
    dialog = window.findChild(BackupDrillDialog)
    assert dialog.form.by_date.count() == 1
    assert dialog.form.place.text() == str(backup)  # the newest, chosen already
    dialog.passphrase.setText("not it")
    dialog.start.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=20_000)
    assert dialog.error.text() == ("This passphrase does not open the backup. Nothing was "
                                   "changed.")
    assert dialog.verdict.text() == ""  # no "Checking…" left behind
    dialog.passphrase.setText(STRONG)
    dialog.start.click()
    qtbot.waitUntil(lambda: dialog.drill is not None, timeout=20_000)
    said = dialog.verdict.text()
    assert "This backup opens and is sound: it can be restored." in said
    assert "It holds 1 item(s)." in said
    assert "Cases (1): “Ombre”." in said
    assert "Its last change: " in said
    assert "Made on " in said
    assert backup.read_bytes() == before
    assert dialog.passphrase.text() == ""
    dialog.passphrase.setText("not it either")  # an answer is about one check only
    dialog.start.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=20_000)
    assert dialog.verdict.text() == ""
    entries = []
    window.service.run(lambda v, _t: custody.entries(v.db), entries.extend)
    settle(qtbot, window.service)
    assert entries[-1].action == custody.BACKED_UP  # the drill wrote nothing in the vault


def test_restore_lists_the_folders_backups_by_date(qtbot, window: MainWindow, usb: Path,
                                                    monkeypatch, french_dates) -> None:
    unlock(qtbot, window)
    choose_folder_in_preferences(qtbot, window, usb, monkeypatch).reject()
    for _ in range(2):
        window.folder_backups.back_up_now()
        qtbot.waitUntil(lambda: not window.folder_backups.busy, timeout=20_000)
    older = ours(usb)[0]
    renamed = older.with_name(re.sub(r"\d{4}-\d\d-\d\dT\d{6}Z", "2026-11-20T080000Z",
                              older.name))
    older.rename(renamed)
    window.action_restore.trigger()
    dialog = window.findChild(RestoreDialog)
    assert dialog.form.by_date.count() == 2
    assert dialog.backup == ours(usb)[-1]  # the newest first, and chosen
    assert dialog.form.by_date.itemText(1) == "20 nov. 2026, 09:00"  # 08:00 UTC, in Paris
    dialog.form.by_date.activated.emit(1)
    assert dialog.backup == renamed


def test_after_a_restore_the_lock_makes_no_backup_of_the_vault_replaced(
        qtbot, window: MainWindow, usb: Path, monkeypatch) -> None:
    one_backup_from_preferences(qtbot, window, usb, monkeypatch)
    change_something(qtbot, window.service)  # a change, so a lock would back up
    window.action_restore.trigger()
    dialog = window.findChild(RestoreDialog)
    dialog.passphrase.setText(STRONG)
    dialog.start.click()
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=20_000)
    settle(qtbot, window.service)
    for box in window.findChildren(QMessageBox):
        box.close()
    assert len(ours(usb)) == 1
    unlock(qtbot, window)
    assert not window.backup_banner.isVisible()  # no note: nothing failed behind the lock


def test_closing_the_window_backs_up_what_changed_before_the_vault_closes(
        qtbot, window: MainWindow, service: VaultService, usb: Path, monkeypatch) -> None:
    unlock(qtbot, window)
    choose_folder_in_preferences(qtbot, window, usb, monkeypatch).reject()
    change_something(qtbot, service)
    window.close()
    settle(qtbot, service)  # the app then shuts the worker down: the backup was first
    [backup] = ours(usb)
    with Vault.unlock(backup, STRONG, count_failures=False) as copy:
        assert copy.check().ok
        assert [c.name for c in cases.all_cases(copy.db)] == ["Ombre", "Autre"]

"""The main window: menus, opening a case, locking, languages, cases, backup, passphrase."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.case import cases
from app.vault import custody
from app.vault.keys import KdfSettings
from app.vault.vault import Vault, default_path
from ui.app import chosen_vault
from ui.case.cases_dialog import CaseNameDialog, CaseSwitchDialog
from ui.common.i18n import Translations, core_text
from ui.common.operations import VaultService
from ui.settings.preferences import Preferences
from ui.settings.preferences_dialog import PreferencesDialog
from ui.vault.backup_dialog import BackupDialog
from ui.vault.passphrase_dialog import PassphraseDialog
from ui.window import CasePlaceholder, MainWindow

STRONG = "loutre violette sous l'escalier"
FAST_KDF = KdfSettings(log2_n=10, r=8)
FRENCH = {  # context: {source: translation}, built into a real .qm below
    "MainWindow": {"&File": "&Fichier", "&Edit": "É&dition", "&Lock": "&Verrouiller",
                   "My case": "Mon dossier"},
    "UnlockForm": {"Unlock your vault": "Déverrouillez votre coffre"},
}


@pytest.fixture(scope="session")
def translations_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding dossier_fr.qm, built by pyside6-lrelease as the Makefile does."""
    folder = tmp_path_factory.mktemp("translations")
    contexts = "".join(
        f"<context><name>{name}</name>" + "".join(
            f"<message><source>{_xml(source)}</source>"
            f"<translation>{_xml(target)}</translation></message>"
            for source, target in messages.items()) + "</context>"
        for name, messages in FRENCH.items())
    source = folder / "dossier_fr.ts"
    source.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
                      f'<TS version="2.1" language="fr_FR">{contexts}</TS>', encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(source), "-qm", str(folder / "dossier_fr.qm")],
                   check=True, capture_output=True)
    return folder


def _xml(text: str) -> str:
    return text.replace("&", "&amp;")


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    path = tmp_path / "case.dossier"
    Vault.create(path, STRONG, kdf=FAST_KDF).close()
    return path


@pytest.fixture
def service():
    running = VaultService()
    yield running
    running.shutdown()


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences.at(tmp_path / "preferences.ini")


@pytest.fixture
def keep(qtbot):
    """Registers widgets with qtbot and keeps them alive until it has closed them, so none
    is deleted by the garbage collector in the middle of a test."""
    kept: list = []

    def register(widget):
        kept.append(widget)
        qtbot.addWidget(widget)
        return widget
    yield register
    kept.clear()


@pytest.fixture
def window(qtbot, service, vault_path, preferences, translations_folder):
    translations = Translations(translations_folder)
    shown = MainWindow(service, vault_path, preferences, translations=translations)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    translations.apply("en")


def unlock(qtbot, window: MainWindow, passphrase: str = STRONG) -> int:
    field = window.access.unlock_form.field
    field.setText(passphrase)
    with qtbot.waitSignal(window.case_opened, timeout=10_000) as opened:
        window.access.unlock_form.unlock.click()
    return opened.args[0]


def ask(qtbot, service: VaultService, operation):
    with qtbot.waitCallback() as answered:
        service.run(operation, answered, pytest.fail)
    return answered.args[0]


def menu_texts(menu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


# -- menus -------------------------------------------------------------------------------


def test_the_menus_follow_platform_conventions(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Case", "&Help"]
    assert menu_texts(window.menu_file) == [
        "&Import files…", "Import a &folder…", "&Export a bundle…", "&Back up the vault…",
        "Change the &passphrase…", "Rec&overy key…", "&Check the vault…",
        "&Restore from a backup…", "Check a bac&kup…", "&Lock", "&Quit"]
    assert menu_texts(window.menu_edit) == ["&Paste", "&Find", "&Delete", "P&references…"]
    assert menu_texts(window.menu_view) == ["&Language"]
    assert menu_texts(window.menu_language) == ["&System language", "&Français", "&English"]
    assert menu_texts(window.menu_case) == [
        "&New case…", "&Rename this case…", "&Switch to another case…"]
    assert menu_texts(window.menu_help) == ["&Safety advice", "&About Dossier"]
    shortcuts = {name: getattr(window, f"action_{name}").shortcut().toString()
                 for name in ("paste", "find", "delete", "lock", "quit")}
    assert shortcuts == {"paste": "Ctrl+V", "find": "Ctrl+F", "delete": "Del",
                         "lock": "Ctrl+L", "quit": "Ctrl+Q"}


def test_case_actions_wait_for_the_vault_to_be_unlocked(qtbot, window: MainWindow) -> None:
    assert window.windowTitle() == "Dossier"
    assert window.stack.currentWidget() is window.access
    assert not any(action.isEnabled() for action in window.case_actions)
    assert window.action_quit.isEnabled()
    assert window.action_about.isEnabled()
    unlock(qtbot, window)
    assert all(action.isEnabled() for action in window.case_actions)


def test_unlocking_an_empty_vault_opens_a_new_case(qtbot, window: MainWindow,
                                                   service) -> None:
    case_id = unlock(qtbot, window)
    assert window.stack.currentWidget() is window.case_page
    assert window.windowTitle() == "Dossier — My case"
    assert isinstance(window.case_page, CasePlaceholder)
    assert window.case_page.label.text() == "The case “My case” is open."
    assert [c.id for c in ask(qtbot, service, lambda v, t: cases.all_cases(v.db))] == [case_id]


def test_unlocking_opens_the_newest_case(qtbot, keep, service, vault_path: Path,
                                         preferences) -> None:
    with Vault.unlock(vault_path, STRONG) as vault, vault.transaction() as db:
        cases.create(db, "Ancien")
        newest = cases.create(db, "Plainte")
    window = keep(MainWindow(service, vault_path, preferences))
    assert unlock(qtbot, window) == newest.id
    assert window.windowTitle() == "Dossier — Plainte"


def test_lock_hides_the_case_at_once_and_asks_again(qtbot, window: MainWindow,
                                                    service) -> None:
    case_id = unlock(qtbot, window)
    window.access.unlock_form.field.setText("left over")
    with qtbot.waitSignal(window.locked):
        window.action_lock.trigger()
    assert window.stack.currentWidget() is window.access
    assert window.access.pages.currentWidget() is window.access.unlock_form
    assert window.access.unlock_form.field.text() == ""
    assert window.windowTitle() == "Dossier"
    assert not any(action.isEnabled() for action in
                   (window.action_import_files, window.action_import_folder,
                    window.action_paste, window.action_find, window.action_delete))
    qtbot.waitUntil(lambda: not service.is_unlocked)
    assert unlock(qtbot, window) == case_id  # the same case comes back


def test_ctrl_l_locks(qtbot, window: MainWindow) -> None:
    unlock(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window.case_page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


# -- languages -------------------------------------------------------------------------------


def test_switching_to_french_sets_every_text_again(qtbot, window: MainWindow,
                                                   preferences) -> None:
    window.choose_language("fr")
    assert window.translations.language == "fr"
    assert window.menu_file.title() == "&Fichier"
    assert window.action_lock.text() == "&Verrouiller"
    heading = window.access.unlock_form.heading
    # Qt posts LanguageChange to each window, which hands it to every child widget.
    qtbot.waitUntil(lambda: heading.text() == "Déverrouillez votre coffre")
    assert preferences.language == "fr"
    assert window.action_languages["fr"].isChecked()
    window.choose_language("en")
    assert window.menu_file.title() == "&File"
    qtbot.waitUntil(lambda: heading.text() == "Unlock your vault")


def test_a_new_case_is_named_in_the_language_in_use(qtbot, window: MainWindow) -> None:
    window.choose_language("fr")
    unlock(qtbot, window)
    assert window.windowTitle() == "Dossier — Mon dossier"


def test_a_missing_translation_leaves_english_silently(qtbot, keep, service, vault_path,
                                                       preferences, tmp_path) -> None:
    window = keep(MainWindow(service, vault_path, preferences,
                             translations=Translations(tmp_path / "nothing-here")))
    window.choose_language("fr")
    assert window.translations.language == "en"
    assert window.menu_file.title() == "&File"
    assert preferences.language == "fr"  # kept: it applies once the translation exists


def test_a_language_change_event_resets_the_menu_texts(window: MainWindow) -> None:
    window.menu_file.setTitle("stale")
    window.action_quit.setText("stale")
    QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert window.menu_file.title() == "&File"
    assert window.action_quit.text() == "&Quit"


def test_the_preferences_dialog_switches_language_live(qtbot, window: MainWindow,
                                                       preferences) -> None:
    window.action_preferences.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog.language.currentText() == "System language"
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert preferences.language == "fr"
    assert window.menu_file.title() == "&Fichier"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert window.menu_file.title() == "&File"
    assert dialog.language.itemText(0) == "System language"


def test_core_sentences_are_translated_with_their_values(window: MainWindow) -> None:
    from app.common import errors

    message = errors.VaultExists("/tmp/x").text
    assert core_text(message) == "A file already exists at /tmp/x; it was left untouched."
    assert core_text("plain words") == "plain words"


# -- cases --------------------------------------------------------------------------------


def test_a_new_case_opens_and_a_taken_name_is_refused_inline(qtbot, window: MainWindow) -> None:
    first = unlock(qtbot, window)
    window.action_new_case.trigger()
    dialog = window.findChild(CaseNameDialog)
    dialog.field.setText("My case")
    dialog.accept()
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == "Another case already has this name."
    assert dialog.isVisible()
    dialog.field.setText("  Plainte   mars ")
    with qtbot.waitSignal(window.case_opened) as opened:
        dialog.accept()
    assert opened.args[0] != first
    assert window.windowTitle() == "Dossier — Plainte mars"


def test_renaming_a_case_is_logged(qtbot, window: MainWindow, service) -> None:
    case_id = unlock(qtbot, window)
    window.action_rename_case.trigger()
    dialog = window.findChild(CaseNameDialog)
    assert dialog.field.text() == "My case"
    dialog.field.setText("Ombre")
    with qtbot.waitSignal(window.case_opened):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert window.windowTitle() == "Dossier — Ombre"
    log = ask(qtbot, service, lambda v, t: custody.entries(v.db))
    renamed = [e for e in log if e.action == custody.DESCRIBED and e.case_id == case_id]
    assert renamed[-1].details["values"] == {"name": "Ombre", "before": "My case"}


def test_switching_cases(qtbot, qtmodeltester, window: MainWindow, service) -> None:
    first = unlock(qtbot, window)
    ask(qtbot, service, lambda v, t: _new(v, "Deuxième"))
    window.action_switch_case.trigger()
    dialog = window.findChild(CaseSwitchDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    qtmodeltester.check(dialog.model)
    names = [dialog.model.index(row, 0).data() for row in range(2)]
    assert names == ["My case", "Deuxième"]
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert dialog.view.currentIndex().row() == 0
    with qtbot.waitSignal(window.case_opened) as opened:
        dialog.view.activated.emit(dialog.model.index(1, 0))
    assert opened.args[0] != first
    assert window.windowTitle() == "Dossier — Deuxième"


def _new(vault: Vault, name: str) -> int:
    with vault.transaction() as db:
        return cases.create(db, name).id


# -- care of the vault -----------------------------------------------------------------------


def test_a_backup_is_written_and_opens_with_the_same_passphrase(
        qtbot, window: MainWindow, service, tmp_path: Path) -> None:
    unlock(qtbot, window)
    dialog = BackupDialog(service, window.vault_path, window)
    dialog.show()
    assert dialog.place.text().endswith(".dossier")
    target = tmp_path / "usb" / "copy.dossier"
    target.parent.mkdir()
    dialog.set_destination(target)
    dialog.back_up()
    assert not dialog.start.isEnabled()
    assert dialog.progress.isVisible()
    qtbot.waitUntil(lambda: bool(dialog.outcome.text()))
    assert str(target) in dialog.outcome.text()
    with Vault.unlock(target, STRONG) as copy:
        assert copy.check().ok
    dialog.set_destination(target)
    dialog.back_up()
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text().startswith("A file already exists at")


def test_changing_the_passphrase_asks_for_the_current_one(qtbot, window: MainWindow,
                                                          service) -> None:
    unlock(qtbot, window)
    dialog = PassphraseDialog(service, window)
    dialog.show()
    new = "girafe orange au grenier"
    dialog.current.setText("not the one")
    dialog.new.setText(new)
    dialog.again.setText(new)
    assert dialog.change.isEnabled()
    dialog.change.click()
    assert not dialog.current.isEnabled()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert dialog.error.text() == "The current passphrase is not right."
    assert dialog.current.text() == ""
    assert dialog.current.isEnabled()
    dialog.current.setText(STRONG)
    dialog.change.click()
    qtbot.waitUntil(lambda: bool(dialog.outcome.text()), timeout=20_000)
    assert dialog.outcome.text() == "The passphrase is changed. Use the new one from now on."
    window.lock()
    qtbot.waitUntil(lambda: not service.is_unlocked)
    unlock(qtbot, window, new)


def test_a_weak_new_passphrase_is_refused(keep, service) -> None:
    dialog = keep(PassphraseDialog(service))
    dialog.current.setText(STRONG)
    dialog.new.setText("soleil")
    dialog.again.setText("soleil")
    assert not dialog.change.isEnabled()
    assert "Too easy to guess" in dialog.hint.text()


# -- help ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("action", "expected"), [
    ("action_about", f"Dossier {__version__}"),
    ("action_safety", "Do not forward the e-mails you received"),
])
def test_help_explains_in_plain_words(qtbot, window: MainWindow, action: str,
                                      expected: str) -> None:
    getattr(window, action).trigger()
    box = window.findChild(QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert expected in box.text()
    box.close()


# -- preferences and where the vault is ------------------------------------------------------


def test_preferences_are_typed_and_refuse_nonsense(preferences: Preferences) -> None:
    assert (preferences.language, preferences.vault_path, preferences.idle_lock_minutes) == \
        ("", "", 5)
    preferences.settings.setValue("general/language", "klingon")
    preferences.settings.setValue("security/idle_lock_minutes", "soon")
    assert preferences.language == ""
    assert preferences.idle_lock_minutes == 5
    with pytest.raises(ValueError, match="de"):
        preferences.language = "de"
    with pytest.raises(ValueError, match="-1"):
        preferences.idle_lock_minutes = -1
    preferences.idle_lock_minutes = 10
    assert Preferences(preferences.settings).idle_lock_minutes == 10


def test_geometry_is_kept_apart_from_preferences(qtbot, window: MainWindow,
                                                 preferences) -> None:
    window.close()
    assert preferences.geometry.load("main") is not None
    assert "geometry/main" in preferences.settings.allKeys()
    assert not any(key.startswith("general/") and "geometry" in key
                   for key in preferences.settings.allKeys())


def test_a_vault_chosen_elsewhere_is_remembered(qtbot, keep, service, tmp_path, preferences,
                                                monkeypatch) -> None:
    monkeypatch.delenv("DOSSIER_VAULT", raising=False)
    elsewhere = tmp_path / "usb" / "mine.dossier"
    window = keep(MainWindow(service, elsewhere, preferences))
    form = window.access.create_form
    form.first.setText(STRONG)
    form.second.setText(STRONG)
    with qtbot.waitSignal(window.case_opened, timeout=20_000):
        form.create_button.click()
    assert preferences.vault_path == str(elsewhere)
    assert chosen_vault(default_path(), preferences) == elsewhere
    assert chosen_vault(tmp_path / "named.dossier", preferences) == tmp_path / "named.dossier"
    elsewhere.unlink()
    assert chosen_vault(default_path(), preferences) == default_path()


# -- file choosers ---------------------------------------------------------------------------


def test_choosing_a_file_leaves_no_trace_of_its_folder(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    from ui.common import file_dialogs

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))
    secret = tmp_path / "preuves-ombre"
    secret.mkdir()
    (secret / "capture.png").write_bytes(b"x")

    native: list[bool] = []

    def pick() -> None:  # types the name, as a user would, and presses Open
        dialog = QApplication.activeModalWidget()
        native.append(not dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(secret / "capture.png"))
        dialog.accept()
    QTimer.singleShot(100, pick)
    assert file_dialogs.open_file(None, "Open", secret) == secret / "capture.png"
    assert native == [False]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    shared = QSettings(QSettings.Scope.UserScope, "QtProject")
    remembered = " ".join(str(shared.value(f"FileDialog/{key}", ""))
                          for key in ("lastVisited", "history"))
    assert "preuves-ombre" not in remembered


def test_import_files_hands_the_chosen_files_on(qtbot, window: MainWindow,
                                                tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QLineEdit

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))
    unlock(qtbot, window)
    chosen = tmp_path / "menace.txt"
    chosen.write_text("Je sais où tu habites.", encoding="utf-8")

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(chosen))
        dialog.accept()
    QTimer.singleShot(100, pick)
    with qtbot.waitSignal(window.import_requested) as requested:
        window.action_import_files.trigger()
    assert requested.args == [[chosen]]


def test_ctrl_e_opens_the_export_wizard_for_the_open_case(qtbot, window: MainWindow) -> None:
    from ui.export.wizard import ExportWizard

    assert not window.action_export.isEnabled()  # nothing to export while locked
    unlock(qtbot, window)
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wizards = [child for child in window.findChildren(ExportWizard) if child.isVisible()]
    assert len(wizards) == 1
    wizards[0].reject()

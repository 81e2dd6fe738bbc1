"""The window never loses the person's work or her vault (issue #11, section 5): what is
remembered across a restart, Esc and the shortcuts wherever the focus is, layout."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt

from app.vault.keys import KdfSettings
from app.vault.vault import Vault
from tests.vault_files import copy_vault
from ui.common.i18n import Translations
from ui.common.operations import VaultService
from ui.settings.preferences import Preferences
from ui.window import MainWindow

STRONG = "loutre violette sous l'escalier"
FAST_KDF = KdfSettings(log2_n=10, r=8)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def service():
    running = VaultService()
    yield running
    running.shutdown()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    path = tmp_path / "case.dossier"
    Vault.create(path, STRONG, kdf=FAST_KDF).close()
    return path


@pytest.fixture
def translations(tmp_path: Path):
    """The app's real translations; afterwards none is left installed for other tests."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    chosen = Translations()
    yield chosen
    chosen.folder = tmp_path / "none"  # English from the source text, with no file
    chosen.apply("en")
    QLocale.setDefault(before)


def _restarted(settings_file: Path) -> list[str]:
    """What a second, fresh process of the app reads from ``settings_file``: the vault it
    would open and the language it would speak."""
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.vault.vault import default_path\n"
        "from ui.app import chosen_vault\n"
        "from ui.settings.preferences import Preferences\n"
        "preferences = Preferences.at(Path(sys.argv[1]))\n"
        "print(chosen_vault(default_path(), preferences))\n"
        "print(preferences.language)\n")
    environment = {key: value for key, value in os.environ.items() if key != "DOSSIER_VAULT"}
    environment["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-c", program, str(settings_file)], check=True,
                          capture_output=True, text=True, env=environment, timeout=60)
    return done.stdout.splitlines()


def test_a_vault_at_a_chosen_path_and_the_language_survive_a_restart(
        qtbot, service, tmp_path: Path, translations) -> None:
    settings_file = tmp_path / "settings" / "Dossier.ini"
    elsewhere = tmp_path / "usb" / "mine.dossier"
    window = MainWindow(service, elsewhere, Preferences.at(settings_file),
                        translations=translations)
    qtbot.addWidget(window)
    form = window.access.create_form
    form.first.setText(STRONG)
    form.second.setText(STRONG)
    with qtbot.waitSignal(window.case_opened, timeout=20_000):
        form.create_button.click()
    window.choose_language("fr")
    window.close()
    assert _restarted(settings_file) == [str(elsewhere), "fr"]


def test_settings_written_by_the_earlier_version_are_still_read(tmp_path: Path) -> None:
    settings_file = tmp_path / "Dossier.ini"
    kept = tmp_path / "mine.dossier"
    kept.write_bytes(b"not empty")
    settings_file.write_text(f"[%General]\nlanguage=fr\nvault_path={kept}\n", encoding="utf-8")
    assert _restarted(settings_file) == [str(kept), "fr"]
    preferences = Preferences.at(settings_file)
    preferences.language = "en"
    preferences.sync()
    assert _restarted(settings_file) == [str(kept), "en"]


def test_the_create_screen_offers_to_open_another_vault(qtbot, service, tmp_path: Path,
                                                        vault_path: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit

    window = MainWindow(service, tmp_path / "nothing-here.dossier",
                        Preferences.at(tmp_path / "p.ini"))
    qtbot.addWidget(window)
    window.show()
    assert window.access.pages.currentWidget() is window.access.create_form

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(vault_path))
        dialog.accept()
    QTimer.singleShot(100, pick)
    window.access.create_form.other.click()
    assert window.access.path == vault_path
    assert window.access.pages.currentWidget() is window.access.unlock_form


# -- Esc: closing a dialog is not quick exit, and typed text is never dropped -------------------


@pytest.fixture
def exits(monkeypatch) -> list[int]:
    """QApplication.exit, recorded instead of ending the test run's event loop."""
    from PySide6.QtWidgets import QApplication

    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: codes.append(code))
    return codes


@pytest.fixture
def window(qtbot, service, vault_path: Path, tmp_path: Path):
    shown = MainWindow(service, vault_path, Preferences.at(tmp_path / "preferences.ini"))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _answer(button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the question that is about to be asked, noting its text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()
    QTimer.singleShot(50, click)


def test_esc_in_a_new_incident_asks_before_dropping_the_text(qtbot, window, exits) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.incidents.incident_dialog import IncidentDialog

    dialog = IncidentDialog(None, [], [], parent=window)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.description, "Il m'attendait devant le travail.")
    dialog.title.setFocus()
    asked: list[str] = []
    _answer("Keep editing", asked)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert asked == ["Throw away what you typed?"]
    assert dialog.isVisible()
    assert dialog.description.toPlainText() == "Il m'attendait devant le travail."
    _answer("Keep editing", asked)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert exits == []  # two Esc in a dialog: never quick exit
    _answer("Throw away", asked)
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert len(asked) == 3
    assert not dialog.isVisible()


def test_esc_in_an_untouched_incident_closes_it_at_once(qtbot, window, exits) -> None:

    from ui.incidents.incident_dialog import IncidentDialog

    dialog = IncidentDialog(None, [], [], parent=window)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert exits == []


def test_locking_closes_a_changed_dialog_without_asking(qtbot, window) -> None:
    from ui.incidents.incident_dialog import IncidentDialog

    dialog = IncidentDialog(None, [], [], parent=window)
    dialog.open()
    dialog.title.setText("Faux compte")
    window.lock()  # a question here would keep the case on screen
    assert not dialog.isVisible()


def test_esc_twice_in_an_editor_is_not_quick_exit(qtbot, window, exits) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    note = QPlainTextEdit(window.access)
    note.show()
    note.setFocus()
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    assert exits == []
    window.access.unlock_form.field.setFocus()
    qtbot.keyClick(window.access.unlock_form.field, Qt.Key.Key_Escape)
    qtbot.keyClick(window.access.unlock_form.field, Qt.Key.Key_Escape)
    assert exits == [0]


# -- shortcuts wherever the focus is ------------------------------------------------------------


@pytest.fixture
def case_window(qtbot, service, vault_path: Path, tmp_path: Path):
    """The real window with the real case page, unlocked on an empty case."""
    from ui.case.page import CasePage

    shown = MainWindow(service, vault_path, Preferences.at(tmp_path / "preferences.ini"),
                       case_page_factory=lambda parent: CasePage(service, parent))
    shown.case_page.attach(shown)
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    shown.show()
    qtbot.waitExposed(shown)
    shown.access.unlock_form.field.setText(STRONG)
    with qtbot.waitSignal(shown.case_opened, timeout=10_000):
        shown.access.unlock_form.unlock.click()
    return shown


def test_the_search_box_does_not_take_the_focus_at_unlock(qtbot, case_window) -> None:
    from PySide6.QtWidgets import QApplication

    qtbot.wait(50)
    search = case_window.case_page.view.filter_bar.search_box
    assert QApplication.focusWidget() is not search
    assert QApplication.focusWidget() is case_window.case_page.view.empty


class _ClaimsCtrlE(QObject):
    """What X11's key bindings make a QLineEdit do with Ctrl+E: keep it from shortcuts."""

    def eventFilter(self, _watched, event) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_E
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
            event.accept()
            return True
        return False


def test_ctrl_e_exports_while_the_search_box_has_the_focus(qtbot, case_window) -> None:
    from PySide6.QtTest import QTest

    from ui.export.wizard import ExportWizard

    search = case_window.case_page.view.filter_bar.search_box
    # On X11 desktops a line edit claims Ctrl+E (end of line, emacs style); the offscreen
    # platform's key scheme does not, so the field claims it here as it does there.
    emacs = _ClaimsCtrlE(search)
    search.installEventFilter(emacs)
    search.setFocus()
    QTest.keyClicks(search, "menace")
    QTest.keyClick(search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wizards = [w for w in case_window.findChildren(ExportWizard) if w.isVisible()]
    assert len(wizards) == 1
    wizards[0].reject()
    assert search.text() == "menace"


def test_a_screenshot_pasted_into_the_search_box_is_imported(qtbot, case_window) -> None:
    from PySide6.QtGui import QColor, QGuiApplication, QImage
    from PySide6.QtTest import QTest

    picture = QImage(64, 48, QImage.Format.Format_RGB32)
    picture.fill(QColor("#3f6f8f"))
    QGuiApplication.clipboard().setImage(picture)
    search = case_window.case_page.view.filter_bar.search_box
    search.setFocus()
    QTest.keyClick(search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    model = case_window.case_page.view.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=20_000)
    assert search.text() == ""


def test_text_pasted_into_the_search_box_stays_a_search(qtbot, case_window) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    QGuiApplication.clipboard().setText("Ombre")
    search = case_window.case_page.view.filter_bar.search_box
    search.setFocus()
    QTest.keyClick(search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert search.text() == "Ombre"
    qtbot.wait(300)
    assert case_window.case_page.view.model.rowCount() == 0


# -- failed unlocks: when and how many, no accusation ---------------------------------------------


@pytest.fixture
def english_plurals(tmp_path: Path):
    """The banner's English plural forms, built by lrelease into a real translator as
    dossier_en.ts will hold them once the pending strings are merged."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    sources = ("%n failed attempt(s) on %1 at %2, just before you opened the vault.",
               "%n failed attempt(s) earlier, the last on %1 at %2.")
    messages = "".join(
        f'<message numerus="yes"><source>{source}</source><translation>'
        f'<numerusform>{source.replace("attempt(s)", "attempt")}</numerusform>'
        f'<numerusform>{source.replace("attempt(s)", "attempts")}</numerusform>'
        "</translation></message>" for source in sources)
    ts = tmp_path / "plurals_en.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
                  'language="en_GB"><context><name>FailedUnlocksBanner</name>'
                  f"{messages}</context></TS>", encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(tmp_path / "plurals_en.qm")],
                   check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "plurals_en.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def british_clock(monkeypatch):
    """Local time is UTC and dates are written as in the UK, for one test."""
    import time

    from PySide6.QtCore import QLocale

    before = QLocale()
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)
    monkeypatch.undo()
    time.tzset()


def test_the_banner_sets_typos_before_this_unlock_apart_from_earlier_attempts(
        qtbot, service, british_clock, english_plurals) -> None:
    from datetime import UTC, datetime

    from ui.access.failed_unlocks import FailedUnlocksBanner

    banner = FailedUnlocksBanner(service)
    qtbot.addWidget(banner)
    banner.clock = lambda: datetime(2026, 12, 5, 21, 7, tzinfo=UTC)
    banner.show_times(["2026-12-03T14:02:00Z", "2026-12-03T14:05:00Z",
                       "2026-12-03T14:10:00Z", "2026-12-05T21:04:00Z",
                       "2026-12-05T21:05:00Z"])
    assert banner.message.text() == (
        "2 failed attempts on 5 Dec 2026 at 21:04 and 21:05, just before you opened the "
        "vault. 3 failed attempts earlier, the last on 3 Dec 2026 at 14:10. The times are "
        "kept in the vault's history.")
    banner.show_times(["2026-12-05T21:06:00Z"])
    assert banner.message.text() == (
        "1 failed attempt on 5 Dec 2026 at 21:06, just before you opened the vault. "
        "The times are kept in the vault's history.")


# -- layout at 1280x720 and 1920x1080, in English and French ------------------------------------

LONG_NAME = ("Capture_d_ecran_du_profil_Instagram_de_ombre_du_lac_officiel_envoyee_par_message_"
             "prive_2026-11-08_231502.png")


@pytest.fixture(scope="module")
def laid_out_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A case with screenshots, a chat and one picture under a very long file name."""
    import shutil

    from app.case import cases
    from app.importing.pipeline import Importer
    from tests.conftest import CORPUS

    folder = tmp_path_factory.mktemp("layout")
    long = folder / LONG_NAME
    shutil.copyfile(CORPUS / "screenshots" / "IMG_0412.PNG", long)
    with long.open("ab") as file:
        file.write(b"\0")  # not a duplicate of the corpus picture
    path = folder / "vault.dossier"
    with Vault.create(path, STRONG, kdf=FAST_KDF) as vault:
        with vault.transaction() as db:
            case = cases.create(db, "Plainte Ombre")
        list(Importer(vault, case.id).run([
            CORPUS / "screenshots" / "Screenshot_20261105-143012_Instagram.png",
            CORPUS / "chat" / "WhatsApp Chat with Shadow.txt", long]))
    return path


def _elided_buttons(window) -> list[str]:
    from PySide6.QtWidgets import QPushButton

    cut = []
    for button in window.findChildren(QPushButton):
        text = button.text().replace("&", "")
        if not button.isVisible() or not text:
            continue
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        if button.fontMetrics().horizontalAdvance(text) + icon > button.width():
            cut.append(text)
    return cut


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_window_fits_its_words_at_common_screen_sizes(
        qtbot, laid_out_vault: Path, tmp_path: Path, language: str, size: tuple[int, int],
        translations) -> None:
    from PySide6.QtWidgets import QScrollArea

    from ui.case import evidence_model as em
    from ui.case.page import CasePage

    translations.apply(language)
    copy = tmp_path / "vault.dossier"
    copy_vault(laid_out_vault, copy)
    service = VaultService()
    window = MainWindow(service, copy, Preferences.at(tmp_path / "p.ini"),
                        case_page_factory=lambda parent: CasePage(service, parent),
                        translations=translations)
    window.case_page.attach(window)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.access.unlock_form.field.setText(STRONG)
    with qtbot.waitSignal(window.case_opened, timeout=10_000):
        window.access.unlock_form.unlock.click()
    view = window.case_page.view
    qtbot.waitUntil(lambda: view.model.rowCount() >= 3, timeout=10_000)
    long_row = next(row for row in range(view.model.rowCount())
                    if view.model.row_data(row).name == LONG_NAME)
    view.select_item(view.model.row_data(long_row).id)
    pane = view.detail_pane
    qtbot.waitUntil(lambda: pane.title.text() != "", timeout=10_000)
    try:
        for tab in range(pane.tabs.count()):
            pane.tabs.setCurrentIndex(tab)
            qtbot.wait(100)
            window.grab().save(f"/tmp/window-{language}-{size[0]}-tab{tab}.png")
            assert window.width() <= size[0]  # nothing asks for more than the screen
            table = view.table
            title = table.columnWidth(em.COL_TITLE)
            assert title > table.viewport().width() * 0.3
            assert _elided_buttons(window) == []
            editor = window.case_page.editor
            if editor.isVisible():  # the Describe form fits its panel: no sideways scrolling
                body = editor.findChild(QScrollArea)
                assert not body.horizontalScrollBar().isVisible()
            heading = pane.title
            assert heading.geometry().right() <= pane.width()
    finally:
        window.close()
        service.shutdown()


# -- save a copy of any original ----------------------------------------------------------------


def _unlocked_case_window(qtbot, vault: Path, tmp_path: Path, size=(1280, 720), rows=1):
    from ui.case.page import CasePage

    copy = tmp_path / "vault.dossier"
    copy_vault(vault, copy)
    service = VaultService()
    window = MainWindow(service, copy, Preferences.at(tmp_path / "p.ini"),
                        case_page_factory=lambda parent: CasePage(service, parent))
    window.case_page.attach(window)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.access.unlock_form.field.setText(STRONG)
    with qtbot.waitSignal(window.case_opened, timeout=10_000):
        window.access.unlock_form.unlock.click()
    qtbot.waitUntil(lambda: window.case_page.view.model.rowCount() >= rows, timeout=10_000)
    return window, service


def _select(qtbot, window, name: str) -> None:
    view = window.case_page.view
    row = next(row for row in range(view.model.rowCount())
               if view.model.row_data(row).name == name)
    view.select_item(view.model.row_data(row).id)
    qtbot.waitUntil(lambda: view.detail_pane.save_copy.isVisible(), timeout=10_000)


def test_save_a_copy_warns_and_writes_the_same_bytes_for_the_owner_only(
        qtbot, laid_out_vault: Path, tmp_path: Path, monkeypatch) -> None:
    import hashlib
    import stat

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

    from tests.conftest import CORPUS

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))
    window, service = _unlocked_case_window(qtbot, laid_out_vault, tmp_path)
    name = "Screenshot_20261105-143012_Instagram.png"
    _select(qtbot, window, name)
    destination = tmp_path / "usb" / "copie.png"
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
            save = shown.button(QMessageBox.StandardButton.Save)
            (save or shown.button(QMessageBox.StandardButton.Ok)).click()
    helper = QTimer(interval=50)
    helper.timeout.connect(answer)
    helper.start()
    try:
        window.case_page.view.detail_pane.save_copy.click()
        qtbot.waitUntil(lambda: len(said) == 2, timeout=10_000)
    finally:
        helper.stop()
        window.close()
        service.shutdown()
    assert "not be encrypted" in said[0]
    assert "copie.png" in said[1]
    original = (CORPUS / "screenshots" / name).read_bytes()
    assert hashlib.sha256(destination.read_bytes()).hexdigest() == \
        hashlib.sha256(original).hexdigest()
    assert stat.S_IMODE(destination.stat().st_mode) == 0o600
    assert [p.name for p in destination.parent.iterdir()] == ["copie.png"]  # no partial left
    recent = tmp_path / "data" / "recently-used.xbel"
    assert not recent.exists() or "copie" not in recent.read_text(encoding="utf-8")


def test_save_a_copy_cancelled_at_the_warning_writes_nothing(
        qtbot, laid_out_vault: Path, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    window, service = _unlocked_case_window(qtbot, laid_out_vault, tmp_path)
    _select(qtbot, window, LONG_NAME)
    dialogs: list[str] = []

    def refuse() -> None:
        shown = QApplication.activeModalWidget()
        dialogs.append(type(shown).__name__)
        assert isinstance(shown, QMessageBox)
        shown.button(QMessageBox.StandardButton.Cancel).click()
    QTimer.singleShot(50, refuse)
    window.case_page.view.detail_pane.save_copy.click()
    assert dialogs == ["QMessageBox"]
    assert not window.findChildren(QFileDialog)
    window.close()
    service.shutdown()


# -- recordings play from the vault's bytes ----------------------------------------------------------


def _wav(path: Path, seconds: float = 1.5) -> Path:
    """A real WAV file: a tone at 440 Hz, mono, 8 kHz."""
    import math
    import struct
    import wave

    with wave.open(str(path), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        sound.writeframes(b"".join(struct.pack("<h", int(9000 * math.sin(i * 440 * 2 * math.pi
                                                                            / 8000)))
                                   for i in range(int(8000 * seconds))))
    return path


# Offscreen there is no sound card: Qt says so, and plays on without one.
@pytest.mark.qt_log_ignore("No audio device detected", "Couldn.t (load|resolve) ",
                            "PulseAudioService")
def test_a_recording_plays_from_memory_and_leaves_no_temporary_file(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    from app.case import cases
    from app.importing.pipeline import Importer
    from ui.viewers import player
    from ui.viewers.media import MediaViewer

    if player.multimedia() is None:
        pytest.fail("Qt Multimedia cannot load here (on Linux it needs libpulse)")
    spare = tmp_path / "temporary"
    spare.mkdir()
    monkeypatch.setenv("TMPDIR", str(spare))
    recording = _wav(tmp_path / "messagerie_2026-12-01_0912.wav")
    vault_file = tmp_path / "with-sound.dossier"
    with Vault.create(vault_file, STRONG, kdf=FAST_KDF) as vault:
        with vault.transaction() as db:
            case = cases.create(db, "Plainte")
        list(Importer(vault, case.id).run([recording]))
    recording.unlink()  # only the vault holds it now
    (tmp_path / "w").mkdir()
    window, service = _unlocked_case_window(qtbot, vault_file, tmp_path / "w")
    try:
        _select(qtbot, window, "messagerie_2026-12-01_0912.wav")
        pane = window.case_page.view.detail_pane
        qtbot.waitUntil(lambda: isinstance(pane.viewer(), MediaViewer), timeout=10_000)
        viewer = pane.viewer()
        assert viewer.player is not None
        assert viewer.player.isVisible()
        assert viewer.player.player is None  # the sound system waits for Play
        viewer.player.play_button.click()
        engine = viewer.player.player
        assert engine.sourceDevice() is viewer.player.buffer
        assert engine.source().toString() == "dossier-item"  # no file, no evidence name
        qtbot.waitUntil(lambda: engine.position() > 0 or engine.mediaStatus() in (
            engine.MediaStatus.BufferedMedia, engine.MediaStatus.EndOfMedia), timeout=10_000)
        assert engine.duration() == pytest.approx(1500, abs=100)
        assert list(spare.iterdir()) == []
        pane.clear()
        assert viewer.player.buffer.data().isEmpty()
    finally:
        window.close()
        service.shutdown()


# -- details in words, one date format --------------------------------------------------------------

RAW_KEY = re.compile(r"^[a-z]+(\.[a-z_]+)+$")
RAW_ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d")


def test_details_are_in_words_with_one_date_format(qtbot, tmp_path: Path) -> None:
    from app.case import cases
    from app.importing.pipeline import Importer
    from tests.conftest import CORPUS
    from ui.case.item_facts import describe, gather

    path = tmp_path / "details.dossier"
    corpus_files = [CORPUS / "pdf" / "releve_commentaires.pdf",
                    CORPUS / "pdf" / "signalement_plateforme.pdf",
                    CORPUS / "email" / "menace_2026-11-04.eml",
                    CORPUS / "chat" / "sms-20261112.xml",
                    CORPUS / "audio" / "messagerie_2026-11-07_2215.wav",
                    CORPUS / "web" / "profil_ombre_du_lac.html",
                    CORPUS / "photos" / "photo_parking.jpg"]
    with Vault.create(path, STRONG, kdf=FAST_KDF) as vault:
        with vault.transaction() as db:
            case = cases.create(db, "Plainte")
        list(Importer(vault, case.id).run(corpus_files))
        ids = [row[0] for row in vault.db.execute("SELECT id FROM items")]
        lines = [line for item_id in ids
                 for line in describe(gather(item_id, with_content=False)(vault, None))]
    keys = {what for what, _value in lines}
    assert "Changed (PDF properties)" in keys or "Created (PDF properties)" in keys
    assert [what for what in keys if RAW_KEY.match(what)] == []
    raw = [(what, value) for what, value in lines if RAW_ISO.search(value)]
    assert raw == []


# -- import results: refused first, reasons whole, damaged said ---------------------------------------


def test_import_results_list_refused_files_first_and_say_damaged(
        qtbot, vault_path: Path, tmp_path: Path) -> None:
    from app.importing.pipeline import REFUSED, STORED
    from tests.conftest import CORPUS
    from ui.importing.import_dialog import STATUS_ROLE

    window, service = _unlocked_case_window(qtbot, vault_path, tmp_path, rows=0)
    try:
        page = window.case_page
        good = CORPUS / "screenshots" / "IMG_0412.PNG"
        damaged = CORPUS / "bad" / "truncated.png"
        missing = tmp_path / "parti-sans-laisser-de-trace.png"
        with qtbot.waitSignal(page.flow.finished, timeout=30_000):
            page.flow.import_paths([good, damaged, missing], page.case_id)
        model = page.import_dialog.model
        statuses = [model.index(row, 0).data(STATUS_ROLE) for row in range(model.rowCount())]
        assert statuses == [REFUSED, STORED, STORED]
        names = [model.index(row, 0).data() for row in range(model.rowCount())]
        said = [model.index(row, 1).data() for row in range(model.rowCount())]
        assert names[0] == missing.name
        assert said[0].startswith("Refused: ")
        assert said[names.index(damaged.name)].startswith("Stored, but damaged")
        assert said[names.index(good.name)] == "Stored"
        view = page.import_dialog.view
        assert view.wordWrap()
    finally:
        window.close()
        service.shutdown()


def test_the_filter_dates_are_written_as_the_lists_write_days(qtbot, british_clock) -> None:
    from datetime import datetime

    from ui.case.filter_bar import FilterBar
    from ui.common.words import day_text

    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.retranslate()
    day = bar.since_box.date()
    assert bar.since_box.text() == day_text(datetime(day.year(), day.month(), day.day(), 12))


def test_sizes_are_written_in_one_unit_family_everywhere() -> None:
    """kB and MB (``words.size_text``), never KiB or MiB beside them."""
    formatted_elsewhere = [str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py")
                           if "formattedDataSize" in path.read_text(encoding="utf-8")]
    assert formatted_elsewhere == ["ui/common/words.py"]

"""Safety on a shared laptop (issue #6): the idle lock on the wall clock, the lock on a
screen lock or before sleep, quick exit, and the disguise. The window, the case page and
the vault are real; only the clock and the desktop's lock signal are played."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from app.case import cases
from app.importing.pipeline import Importer
from app.vault.keys import KdfSettings
from app.vault.vault import Vault
from tests.conftest import CORPUS, ROOT
from tests.vault_files import copy_vault
from ui.app import build_window
from ui.case.page import CasePage
from ui.common.operations import VaultService
from ui.safety import disguise
from ui.safety.session_watch import SessionWatch, logind_session_path
from ui.settings.preferences import Preferences
from ui.settings.preferences_dialog import PreferencesDialog
from ui.vault.passphrase_dialog import PassphraseDialog
from ui.viewers.image import ImageViewer
from ui.viewers.pdf import PdfViewer
from ui.window import MainWindow

PASSPHRASE = "loutre violette sous l'escalier"
PICTURE = "Screenshot_20261105-143012_Instagram.png"
PDF = "signalement_plateforme.pdf"


class FakeClock:
    """The wall clock, moved by hand."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="session")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault with a case holding a screenshot and a PDF, imported once."""
    path = tmp_path_factory.mktemp("safety") / "vault.dossier"
    with Vault.create(path, PASSPHRASE, kdf=KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case = cases.create(db, "Plainte Ombre")
        list(Importer(vault, case.id).run([CORPUS / "screenshots" / PICTURE,
                                           CORPUS / "pdf" / PDF]))
    return path


@pytest.fixture
def window(qtbot, prepared: Path, tmp_path: Path, monkeypatch) -> Iterator[MainWindow]:
    # A disguise would rewrite the menu entry of a real install: the tests have their own.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    vault = tmp_path / "vault.dossier"
    copy_vault(prepared, vault)
    service = VaultService()
    preferences = Preferences.at(tmp_path / "preferences.ini")
    shown = build_window(service, vault, preferences)
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.preferences.disguise = ""  # the display name and icon belong to the whole run
    shown.apply_disguise()
    service.shutdown()


@pytest.fixture
def clock(window: MainWindow) -> FakeClock:
    fake = FakeClock()
    window.idle_lock.clock = fake
    window.escape_twice.clock = fake
    return fake


@pytest.fixture
def exits(monkeypatch) -> list[int]:
    """QApplication.exit, recorded instead of ending the test run's event loop."""
    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: codes.append(code))
    return codes


def unlock(qtbot, window: MainWindow) -> None:
    window.access.unlock_form.field.setText(PASSPHRASE)
    with qtbot.waitSignal(window.case_opened, timeout=10_000):
        window.access.unlock_form.unlock.click()
    qtbot.waitUntil(lambda: window.case_page.view.model.rowCount() == 2)


def show(qtbot, window: MainWindow, name: str, kind: type) -> object:
    view = window.case_page.view
    row = next(row for row in range(view.model.rowCount())
               if view.model.row_data(row).name == name)
    view.select_item(view.model.row_data(row).id)
    qtbot.waitUntil(lambda: isinstance(view.detail_pane.viewer(), kind))
    return view.detail_pane.viewer()


def show_picture(qtbot, window: MainWindow) -> ImageViewer:
    viewer = show(qtbot, window, PICTURE, ImageViewer)
    qtbot.waitUntil(lambda: not viewer.view.item.pixmap().isNull())
    return viewer


def assert_locked(qtbot, window: MainWindow) -> None:
    """The unlock screen shows, the vault is closed, and nothing of the case is left."""
    assert window.stack.currentWidget() is window.access
    assert window.access.unlock_form.field.text() == ""
    qtbot.waitUntil(lambda: not window.service.is_unlocked)
    page: CasePage = window.case_page
    assert page.case_id is None
    assert page.view.model.rowCount() == 0
    assert page.view.model.thumbnail_count() == 0
    assert page.view.detail_pane.viewer() is None
    for viewer in page.view.detail_pane._viewers.values():
        if isinstance(viewer, ImageViewer):
            assert viewer.view.item.pixmap().isNull()
    # What is held in memory, not on screen: the timeline's thumbnails and its events.
    assert not page.timeline.view.preview._thumbnails
    assert page.timeline.view.index is None


# -- idle lock ---------------------------------------------------------------------------------


def test_idle_time_past_the_limit_locks_and_forgets_the_case(qtbot, window, clock) -> None:
    unlock(qtbot, window)
    pdf = show(qtbot, window, PDF, PdfViewer)
    qtbot.waitUntil(lambda: pdf.page_count() > 0)
    picture = show_picture(qtbot, window)
    qtbot.waitUntil(lambda: window.case_page.view.model.thumbnail_count() > 0)
    assert window.idle_lock.running
    assert window.idle_lock.minutes == 5
    clock.advance(4 * 60 + 59)
    assert not window.idle_lock.check()
    assert window.is_unlocked
    clock.advance(1)
    with qtbot.waitSignal(window.locked):
        assert window.idle_lock.check()
    assert_locked(qtbot, window)
    assert picture.view.item.pixmap().isNull()
    assert pdf.page_count() == 0
    assert not window.idle_lock.running  # nothing to lock until the next unlock


def test_a_key_or_the_mouse_resets_the_idle_time(qtbot, window, clock) -> None:
    unlock(qtbot, window)
    clock.advance(4 * 60)
    qtbot.keyClick(window.case_page.view.table, Qt.Key.Key_Down)
    clock.advance(4 * 60)
    assert not window.idle_lock.check()
    qtbot.mouseClick(window.case_page.view.table.viewport(), Qt.MouseButton.LeftButton)
    clock.advance(4 * 60)
    assert not window.idle_lock.check()
    clock.advance(60)
    assert window.idle_lock.check()
    assert_locked(qtbot, window)


def test_a_jump_of_the_wall_clock_after_sleep_locks_at_the_next_check(qtbot, window,
                                                                       clock) -> None:
    unlock(qtbot, window)
    clock.advance(-3600)  # the clock set back an hour is not idle time, nor a way around it
    assert not window.idle_lock.check()
    clock.advance(3 * 3600)  # the lid was closed for three hours: no timer ran meanwhile
    assert window.idle_lock.check()
    assert_locked(qtbot, window)


def test_never_is_a_choice_and_a_new_limit_applies_at_once(qtbot, window, clock) -> None:
    unlock(qtbot, window)
    window.action_preferences.trigger()
    dialog = window.findChild(PreferencesDialog)
    choices = [dialog.idle_lock.itemData(i) for i in range(dialog.idle_lock.count())]
    assert choices == [1, 2, 5, 10, 15, 30, 60, 0]
    assert dialog.idle_lock.itemText(len(choices) - 1) == "Never"
    assert dialog.idle_lock.currentText().startswith("5 minute")  # plural from the .ts
    dialog.idle_lock.setCurrentIndex(dialog.idle_lock.count() - 1)
    assert window.preferences.idle_lock_minutes == 0
    clock.advance(24 * 3600)
    assert not window.idle_lock.check()
    assert window.is_unlocked
    dialog.idle_lock.setCurrentIndex(dialog.idle_lock.findData(1))
    assert window.preferences.idle_lock_minutes == 1
    clock.advance(59)
    assert not window.idle_lock.check()
    clock.advance(1)
    assert window.idle_lock.check()
    assert_locked(qtbot, window)


def test_a_value_set_by_hand_in_the_settings_is_offered_as_it_is(qtbot, tmp_path) -> None:
    preferences = Preferences.at(tmp_path / "p.ini")
    preferences.idle_lock_minutes = 7
    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)
    assert dialog.idle_lock.currentData() == 7
    assert dialog.idle_lock.currentText().startswith("7 minute")


@pytest.mark.qt_log_ignore("This plugin does not support grabbing")  # an offscreen menu
def test_locking_closes_dialogs_and_wipes_every_passphrase(qtbot, window, clock) -> None:
    unlock(qtbot, window)
    dialog = PassphraseDialog(window.service, window)
    dialog.show()
    dialog.current.setText(PASSPHRASE)
    field = window.access.unlock_form.field
    field.reveal.setChecked(True)
    field.insert("typed half")
    window.statusBar().showMessage("capture.png could not be read")
    menu = QMenu(window)  # e.g. a tag menu, with a harasser's handle in it
    menu.addAction("@ombre_du_lac")
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    clock.advance(10 * 60)
    window.idle_lock.check()
    assert not dialog.isVisible()
    assert not menu.isVisible()
    assert window.statusBar().currentMessage() == ""
    assert field.text() == ""
    assert not field.reveal.isChecked()
    field.reveal.setChecked(True)
    field.undo()  # the undo history went with the text
    assert field.text() == ""


# -- screen lock, session lock, sleep -----------------------------------------------------------


def test_a_screen_lock_locks_the_window(qtbot, window) -> None:
    unlock(qtbot, window)
    with qtbot.waitSignal(window.locked):
        window.session_watch.screen_saver_changed(True)
    assert_locked(qtbot, window)


def test_waking_up_or_the_screen_saver_ending_changes_nothing(qtbot, window) -> None:
    unlock(qtbot, window)
    window.session_watch.screen_saver_changed(False)
    window.session_watch.preparing_for_sleep(False)
    assert window.is_unlocked


def test_logind_session_paths_are_escaped_as_logind_does() -> None:
    assert logind_session_path("2") == "/org/freedesktop/login1/session/_32"
    assert logind_session_path("c12") == "/org/freedesktop/login1/session/c12"
    assert logind_session_path("") == ""


@pytest.fixture
def private_bus(tmp_path: Path) -> Iterator[str]:
    """A D-Bus daemon of the test's own, standing in for the session and system buses."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address",
         f"--address=unix:path={tmp_path / 'bus'}"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    with daemon:
        try:
            yield daemon.stdout.readline().strip()
        finally:
            daemon.terminate()


def test_the_desktop_signals_arrive_through_d_bus(qtbot, private_bus, monkeypatch) -> None:
    monkeypatch.setenv("XDG_SESSION_ID", "2")
    bus = QDBusConnection.connectToBus(private_bus, "watched")
    watch = SessionWatch(bus, bus)
    assert watch.watching == ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver",
                              "PrepareForSleep", "Lock"]
    logind = QDBusConnection.connectToBus(private_bus, "logind")
    assert logind.registerService("org.freedesktop.login1")
    signals = [
        ("/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", [True]),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", [True]),
        ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep",
         [True]),
        ("/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session", "Lock", []),
    ]
    for path, interface, name, arguments in signals:
        message = QDBusMessage.createSignal(path, interface, name)
        message.setArguments(arguments)
        with qtbot.waitSignal(watch.leaving, timeout=5_000):
            assert logind.send(message)
    other_session = QDBusMessage.createSignal("/org/freedesktop/login1/session/_33",
                                              "org.freedesktop.login1.Session", "Lock")
    waking = QDBusMessage.createSignal("/org/freedesktop/login1",
                                       "org.freedesktop.login1.Manager", "PrepareForSleep")
    waking.setArguments([False])
    with qtbot.assertNotEmitted(watch.leaving, wait=300):
        logind.send(other_session)
        logind.send(waking)
    QDBusConnection.disconnectFromBus("watched")
    QDBusConnection.disconnectFromBus("logind")


def test_windows_lock_and_suspend_messages_are_read() -> None:
    import ctypes

    from ui.safety import session_watch as sw

    left: list[bool] = []
    native = sw.WindowsSessionFilter(lambda: left.append(True))
    for message, wparam in ((sw.WM_WTSSESSION_CHANGE, 0x8), (sw.WM_POWERBROADCAST, 0x7),
                            (sw.WM_WTSSESSION_CHANGE, sw.WTS_SESSION_LOCK),
                            (sw.WM_POWERBROADCAST, sw.PBT_APMSUSPEND)):
        msg = sw.WindowsMessage(None, message, wparam, 0)
        assert native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg)) == \
            (False, 0)
    assert left == [True, True]  # the unlock (8) and the resume (7) do not count


def test_without_a_session_bus_the_watch_stays_quiet(monkeypatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/nonexistent")
    watching = SessionWatch().watching  # no warning, no daemon started on its behalf
    assert not any("ScreenSaver" in name for name in watching)


# -- quick exit ---------------------------------------------------------------------------------


def test_escape_twice_hides_everything_locks_and_quits(qtbot, window, clock, exits) -> None:
    unlock(qtbot, window)
    show_picture(qtbot, window)
    other = QWidget()  # another top-level window, e.g. a detached viewer
    qtbot.addWidget(other)
    other.show()
    qtbot.keyClick(window.case_page.view.table, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert exits == []
    clock.advance(0.3)
    qtbot.keyClick(window.case_page.view.table, Qt.Key.Key_Escape)
    assert exits == [0]
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert_locked(qtbot, window)


def test_escape_closing_a_dialog_never_counts_towards_quick_exit(qtbot, window, clock,
                                                                 exits) -> None:
    window.action_preferences.trigger()
    dialog = window.findChild(PreferencesDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.keyClick(window.access.unlock_form.field, Qt.Key.Key_Escape)
    assert exits == []  # one Esc closed the dialog: the second alone is no double press
    assert window.isVisible()
    qtbot.keyClick(window.access.unlock_form.field, Qt.Key.Key_Escape)
    assert exits == [0]
    assert not window.isVisible()


def test_two_slow_or_held_escapes_do_nothing(qtbot, window, clock, exits) -> None:
    target = window.access.unlock_form.field
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    clock.advance(0.7)
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    clock.advance(0.7)
    for _ in range(3):  # the key held down repeats without being released
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape,
                                                 Qt.KeyboardModifier.NoModifier, "", True))
    qtbot.keyClick(target, Qt.Key.Key_Escape, Qt.KeyboardModifier.ShiftModifier)
    assert exits == []
    assert window.isVisible()


def test_the_quick_exit_button_is_on_the_toolbar_and_says_what_it_is_for(
        qtbot, window, exits) -> None:
    button = window.toolbar.widgetForAction(window.action_quick_exit)
    assert button.isVisible()
    assert button.text() == "Quick exit"
    assert "glance over your shoulder" in button.toolTip()
    assert "not against monitoring software" in button.toolTip()
    assert not window.toolbar.toggleViewAction().isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert exits == [0]
    assert not window.isVisible()


def test_the_safety_advice_explains_quick_exit(qtbot, window) -> None:
    window.action_safety.trigger()
    box = window.findChild(QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert "not against monitoring software" in box.text()
    box.close()


def test_quick_exit_ends_the_real_app(tmp_path: Path, prepared: Path) -> None:
    """The whole path in a child process: unlock, Esc Esc, and ``run_app`` returns."""
    vault = tmp_path / "vault.dossier"
    copy_vault(prepared, vault)
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication
        from ui.app import run_app
        from ui.window import MainWindow

        app = QApplication(sys.argv)

        def start():
            window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
            window.case_opened.connect(lambda _id: QTimer.singleShot(0, lambda: leave(window)))
            window.access.unlock_form.field.setText({PASSPHRASE!r})
            window.access.unlock_form.unlock.click()

        def leave(window):
            QTest.keyClick(window, Qt.Key.Key_Escape)
            QTest.keyClick(window, Qt.Key.Key_Escape)
            print("hidden", not any(w.isVisible() for w in app.topLevelWidgets()))

        QTimer.singleShot(0, start)
        print("returned", run_app(Path({str(vault)!r}), sys.argv))
    """)
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local/share"), "QT_QPA_PLATFORM": "offscreen",
           "DOSSIER_VAULT": str(vault), "PYTHONPATH": str(ROOT)}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["hidden", "True", "returned", "0"]


# -- disguise -----------------------------------------------------------------------------------


def test_a_disguise_renames_the_app_everywhere_and_can_be_undone(qtbot, window) -> None:
    real_icon = QGuiApplication.windowIcon().cacheKey()
    window.action_preferences.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert not dialog.disguised.isChecked()
    assert dialog.disguise_name.text() == "Notes"
    assert not dialog.disguise_name.isEnabled()
    dialog.disguised.setChecked(True)
    assert window.preferences.disguise == "Notes"
    assert window.windowTitle() == "Notes"
    assert QGuiApplication.applicationDisplayName() == "Notes"
    assert QGuiApplication.windowIcon().cacheKey() != real_icon
    assert window.access.app_name.text() == "Notes"
    assert window.action_about.text() == "&About Notes"
    dialog.close()
    unlock(qtbot, window)
    assert window.windowTitle() == "Notes"  # not the case's name either
    window.lock()
    window.choose_disguise("")
    assert window.preferences.disguise == ""
    assert QGuiApplication.applicationDisplayName() == "Dossier"
    assert window.windowTitle() == "Dossier"
    assert window.access.app_name.text() == "Dossier"
    assert window.action_about.text() == "&About Dossier"
    unlock(qtbot, window)
    assert window.windowTitle() == "Dossier — Plainte Ombre"


def test_a_disguise_name_is_one_short_line(qtbot, window) -> None:
    window.choose_disguise("  Liste\nde   courses " + "x" * 80)
    assert window.preferences.disguise == ("Liste de courses " + "x" * 80)[:40].strip()
    assert "\n" not in window.windowTitle()


def test_a_disguise_applies_from_the_start(qtbot, prepared, tmp_path) -> None:
    preferences = Preferences.at(tmp_path / "p.ini")
    preferences.disguise = "Carnet"
    service = VaultService()
    try:
        shown = MainWindow(service, prepared, preferences)
        qtbot.addWidget(shown)
        assert shown.windowTitle() == "Carnet"
        assert shown.access.app_name.text() == "Carnet"
        preferences.disguise = ""
        shown.apply_disguise()
    finally:
        service.shutdown()


LAUNCHER = """[Desktop Entry]
Type=Application
Name=Dossier
Name[fr]=Dossier
Comment=An encrypted case file
Comment[fr]=Un dossier chiffré
Icon=dossier
Exec=dossier
"""


def test_the_menu_entry_follows_only_if_an_install_made_one(qtbot, window, tmp_path) -> None:
    window.choose_disguise("Notes")
    assert not (tmp_path / "data").exists()  # no entry: no trace made
    entry = tmp_path / "data" / "applications" / "dossier.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text(LAUNCHER, encoding="utf-8")
    entry.chmod(0o644)
    window.choose_disguise("Notes")
    shown = entry.read_text(encoding="utf-8")
    visible = [line for line in shown.splitlines() if not line.startswith("X-")]
    assert visible == ["[Desktop Entry]", "Name=Notes", "Icon=accessories-text-editor",
                       "Type=Application", "Exec=dossier"]
    assert entry.stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in entry.parent.iterdir()) == ["dossier.desktop"]
    window.choose_disguise("Carnet")
    assert "Name=Carnet" in entry.read_text(encoding="utf-8")
    window.choose_disguise("")
    assert entry.read_text(encoding="utf-8") == LAUNCHER


def test_a_launcher_never_disguised_is_left_alone() -> None:
    assert disguise.disguised_entry(LAUNCHER, "") == LAUNCHER
    once = disguise.disguised_entry(LAUNCHER, "Notes")
    assert disguise.disguised_entry(once, "Notes") == once

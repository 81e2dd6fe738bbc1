"""The main window: the access screen until the vault is open, then the case.

It owns the menus and their actions. The case page, the importer and the editors are
plugged in by connecting to the actions (``action_*``) and to ``case_opened`` and
``locked``; the window itself only opens, switches, locks and looks after the vault.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QStatusBar,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.common import printable
from app.vault.place import default_path
from ui.access.failed_unlocks import FailedUnlocksBanner
from ui.access.older_vault import OlderVaultBanner
from ui.access.screen import AccessScreen
from ui.common import file_dialogs, icons
from ui.common.i18n import Translations
from ui.common.operations import VaultService
from ui.common.shortcuts import ShortcutsWinOverFields
from ui.safety import clipboard, disguise, quick_exit
from ui.safety.auto_lock import IdleLock
from ui.safety.session_watch import SessionWatch
from ui.safety.watchdog import Watchdog
from ui.settings.preferences import Preferences
from ui.vault.backup_banner import BackupBanner
from ui.vault.folder_backups import FolderBackups

if TYPE_CHECKING:
    from app.case.cases import Case

APP_NAME = "Dossier"

# The dialogs, the export wizard and the case page are imported where they are first
# opened, not here: the unlock window must appear at once (tests/bench/bench_startup.py).


class CasePlaceholder(QWidget):
    """The case page until the real one is plugged in: it says which case is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(self.label)

    def show_case(self, case: Case) -> None:
        self.label.setText(self.tr("The case “%1” is open.").replace("%1", case.name))


def _stacked(*widgets: QWidget) -> QWidget:
    """One widget above the other, without margins: a banner over the pages."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return holder


class MainWindow(QMainWindow):
    """Dossier's one window. Emits ``case_opened(case_id)`` whenever a case is shown
    (after unlocking, creating or switching) and ``locked`` as soon as it locks."""

    case_opened = Signal(int)
    locked = Signal()
    import_requested = Signal(list)  # the Paths chosen with Import files… or Import folder…

    def __init__(self, service: VaultService, vault_path: Path, preferences: Preferences,
                 case_page_factory: Callable[[QWidget], QWidget] | None = None,
                 translations: Translations | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.preferences = preferences
        self.translations = translations or Translations()
        self.case: Case | None = None
        self.stack = QStackedWidget()
        self.access = AccessScreen(service, vault_path)
        self.case_page = (case_page_factory or CasePlaceholder)(self.stack)
        self.stack.addWidget(self.access)
        self.stack.addWidget(self.case_page)
        self.failed_unlocks = FailedUnlocksBanner(service)
        self.older_vault = OlderVaultBanner(service)
        self.folder_backups = FolderBackups(service, self._backup_folder, self)
        self.backup_banner = BackupBanner(service, self.folder_backups)
        self.backup_banner.folder_wanted.connect(self._preferences)
        self.setCentralWidget(_stacked(self.older_vault, self.failed_unlocks,
                                       self.backup_banner, self.stack))
        self.setWindowTitle(APP_NAME)
        self._make_actions()
        self._make_menus()
        self._make_guards()
        self.shortcuts = ShortcutsWinOverFields(self, [
            self.action_import_files, self.action_import_folder, self.action_export,
            self.action_lock, self.action_find, self.action_quit, self.action_preferences],
            self.action_paste)
        self.access.opened.connect(self._vault_opened)
        self.access.created.connect(self._offer_recovery_key)
        clipboard.guard_copies()  # Ctrl+C in any widget: hinted and cleared like copy_text
        self.locked.connect(clipboard.forget)
        self._retranslate()
        self._set_unlocked(False)
        self._restore_geometry()

    @property
    def vault_path(self) -> Path:
        return self.access.path

    @property
    def is_unlocked(self) -> bool:
        return self.stack.currentWidget() is self.case_page

    # -- actions ---------------------------------------------------------------------------

    def _action(self, icon: str | None,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: Callable[[], object] | None = None) -> QAction:
        action = QAction(self)
        if icon:
            action.setIcon(icons.icon(icon))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if slot:
            action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _make_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.action_import_files = self._action("fa6s.file-import", "Ctrl+I", self._import_files)
        self.action_import_folder = self._action("fa6s.folder-open", "Ctrl+Shift+I",
                                                 self._import_folder)
        self.action_export = self._action("fa6s.file-export", "Ctrl+E", self._export)
        self.action_backup = self._action("fa6s.floppy-disk", None, self._backup)
        self.action_passphrase = self._action("fa6s.key", None, self._change_passphrase)
        self.action_recovery_key = self._action("fa6s.unlock-keyhole", None,
                                                self._recovery_key)
        self.action_check = self._action("fa6s.stethoscope", None, self._check_vault)
        self.action_restore = self._action("fa6s.clock-rotate-left", None, self._restore)
        self.action_check_backup = self._action("fa6s.list-check", None, self._check_backup)
        self.action_lock = self._action("fa6s.lock", "Ctrl+L", self.lock)
        self.action_quit = self._action(None, None, self.close)
        self.action_quit.setShortcuts(QKeySequence.keyBindings(keys.Quit)
                                      or [QKeySequence("Ctrl+Q")])
        self.action_paste = self._action("fa6s.paste", keys.Paste)
        self.action_find = self._action("fa6s.magnifying-glass", keys.Find)
        self.action_delete = self._action("fa6s.trash-can", keys.Delete)
        self.action_preferences = self._action("fa6s.gear", None, self._preferences)
        self.action_preferences.setShortcuts(QKeySequence.keyBindings(keys.Preferences)
                                             or [QKeySequence("Ctrl+,")])
        self.action_new_case = self._action("fa6s.folder-plus", None, self._new_case)
        self.action_rename_case = self._action("fa6s.pen", None, self._rename_case)
        self.action_switch_case = self._action("fa6s.right-left", None, self._switch_case)
        self.action_safety = self._action("fa6s.life-ring", None, self._show_safety)
        self.action_about = self._action("fa6s.circle-info", None, self._show_about)
        self.language_group = QActionGroup(self)
        self.action_languages = {code: self._action(None, None) for code in ("", "fr", "en")}
        for code, action in self.action_languages.items():
            action.setCheckable(True)
            action.setActionGroup(self.language_group)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
        self.case_actions = [self.action_import_files, self.action_import_folder,
                             self.action_export,
                             self.action_paste, self.action_find, self.action_delete,
                             self.action_backup, self.action_passphrase,
                             self.action_recovery_key, self.action_check,
                             self.action_restore, self.action_check_backup, self.action_lock,
                             self.action_new_case, self.action_rename_case,
                             self.action_switch_case]

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file, self.menu_edit, self.menu_view, self.menu_case, self.menu_help = (
            bar.addMenu("") for _ in range(5))
        self.menu_file.addActions([self.action_import_files, self.action_import_folder])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_export)
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.action_backup, self.action_passphrase,
                                   self.action_recovery_key,
                                   self.action_check, self.action_restore,
                                   self.action_check_backup])
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.action_lock, self.action_quit])
        self.menu_edit.addActions([self.action_paste, self.action_find, self.action_delete])
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.action_preferences)
        self.menu_language = QMenu(self.menu_view)
        self.menu_language.addActions(list(self.action_languages.values()))
        self.menu_view.addMenu(self.menu_language)
        self.menu_case.addActions([self.action_new_case, self.action_rename_case,
                                   self.action_switch_case])
        self.menu_help.addActions([self.action_safety, self.action_about])
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)

    # -- opening, switching, locking ---------------------------------------------------------

    def _vault_opened(self) -> None:
        from ui.case.cases_dialog import open_recent_case

        # Only a place the user chose is remembered; the default needs no trace.
        chosen = self.access.path != default_path()
        self.preferences.vault_path = str(self.access.path) if chosen else ""
        remembered = self.case.id if self.case else None
        open_recent_case(self.service, self.tr("My case"), remembered, self.show_case,
                         self._case_failed)

    def show_case(self, case: Case) -> None:
        """Show ``case``: the title names it, the actions wake up, ``case_opened`` fires."""
        self.case = case
        if isinstance(self.case_page, CasePlaceholder):
            self.case_page.show_case(case)
        self.stack.setCurrentWidget(self.case_page)
        self._set_unlocked(True)
        self._update_title()
        self.case_opened.emit(case.id)
        # The evidence first: a search box holding the focus swallowed typed shortcuts.
        view = getattr(self.case_page, "view", None)  # the placeholder page has none
        if view is not None:
            view.focus_items()

    def _case_failed(self, message: str) -> None:
        self.lock()
        self.access.unlock_form.error.show_message(message)

    def lock(self) -> None:
        """Hide the case at once, then close the vault; the access screen asks again."""
        self._set_unlocked(False)
        self.stack.setCurrentWidget(self.access)
        self._update_title()
        self._close_dialogs()
        self.locked.emit()
        self.folder_backups.before_lock()  # queued first: it runs behind the lock screen
        self.service.lock()
        self.access.reset()

    def _set_unlocked(self, unlocked: bool) -> None:
        for action in self.case_actions:
            action.setEnabled(unlocked)

    def _update_title(self) -> None:
        # The case name only: evidence names never go in a title, which other programs see.
        # Disguised, the title is the neutral name alone: a case name would give it away.
        name, disguised = self.display_name, bool(disguise.clean_name(self.preferences.disguise))
        self.setWindowTitle(printable.one_line(f"{name} — {self.case.name}")
                            if self.case and self.is_unlocked and not disguised else name)

    def _close_dialogs(self) -> None:
        """On lock: no dialog, menu or tooltip stays on screen with a passphrase or a case's
        details in it."""
        QToolTip.hideText()
        for _ in range(10):  # menus open inside menus; each close shows the one below
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
                dialog.hide()  # a busy one refuses to close; it leaves the screen all the same
        for bar in self.findChildren(QStatusBar):
            bar.clearMessage()

    # -- auto-lock, quick exit, disguise ----------------------------------------------------------

    def _make_guards(self) -> None:
        """The idle lock, the lock on screen lock or sleep, quick exit and its button."""
        self.idle_lock = IdleLock(self.preferences.idle_lock_minutes, parent=self)
        self.idle_lock.idle.connect(self.lock)
        self.case_opened.connect(lambda _case_id: self.idle_lock.start())
        self.locked.connect(self.idle_lock.stop)
        # Locks and quick exit that still happen when this thread is stuck (issue #12).
        self.watchdog = Watchdog(self.idle_lock, parent=self)
        self.case_opened.connect(lambda _case_id: self.watchdog.arm())
        self.case_opened.connect(lambda _case_id: _warm_previews())
        self.locked.connect(self.watchdog.disarm)
        self.locked.connect(_forget_previews)  # the preview child's memory held evidence
        self.session_watch = SessionWatch(parent=self)
        self.session_watch.leaving.connect(self.session_leaving)
        self.session_watch.watch_window(self)
        self.escape_twice = quick_exit.EscapeTwice(self)
        self.escape_twice.pressed.connect(self.leave_now)
        self.action_quick_exit = self._action(None, None, self.leave_now)
        self.action_quick_exit.setIcon(icons.icon("fa6s.person-running", color="#b3261e"))
        self.toolbar = QToolBar(self, objectName="main_toolbar", movable=False)  # type: ignore[call-overload]  # Qt properties
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.toggleViewAction().setVisible(False)  # quick exit can never be hidden
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addActions([self.action_lock, self.action_quick_exit])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.apply_disguise()

    def session_leaving(self) -> None:
        """The screen or session locks, or the computer is about to sleep."""
        if not self.access.busy:  # a key being derived finishes; the idle lock follows
            self.lock()

    def leave_now(self) -> None:
        """Quick exit: every window off the screen at once, then lock and quit."""
        self.watchdog.leaving()
        self.folder_backups.skip_next_lock()
        quick_exit.leave(self.lock)

    @property
    def display_name(self) -> str:
        return disguise.display_name(self.preferences.disguise)

    def choose_idle_lock(self, minutes: int) -> None:
        self.preferences.idle_lock_minutes = minutes
        self.idle_lock.set_limit(minutes)

    def choose_disguise(self, name: str) -> None:
        """Go by ``name`` ("" for Dossier) from now on, menu entry included, and remember it."""
        self.preferences.disguise = disguise.clean_name(name)
        self.apply_disguise()
        disguise.dress_launcher(self.preferences.disguise)

    def apply_disguise(self) -> None:
        current = self.preferences.disguise
        disguise.dress_app(current)
        self.access.dress(current)
        self.action_about.setText(self._about_text())
        self._update_title()

    def _about_text(self) -> str:
        return self.tr("&About %1").replace("%1", self.display_name)

    # -- menu commands -------------------------------------------------------------------------

    def _import_files(self) -> None:
        chosen = file_dialogs.open_files(self, self.tr("Import files"))
        if chosen:
            self.import_requested.emit(chosen)

    def _import_folder(self) -> None:
        chosen = file_dialogs.open_folder(self, self.tr("Import a folder"))
        if chosen:
            self.import_requested.emit([chosen])

    def _export(self) -> None:
        from ui.export.wizard import ExportWizard

        if self.case is None:
            return
        view = getattr(self.case_page, "view", None)  # the placeholder page has no table
        chosen = view.selected_ids() if view is not None else []
        ExportWizard(self.service, self.case.id, self.case.name, parent=self,
                     selected_item_ids=chosen or None).open()

    def _backup(self) -> None:
        from ui.vault.backup_dialog import BackupDialog

        BackupDialog(self.service, self.vault_path, self).open()

    def _change_passphrase(self) -> None:
        from ui.vault.passphrase_dialog import PassphraseDialog

        PassphraseDialog(self.service, self).open()

    def _recovery_key(self) -> None:
        from ui.vault.recovery_dialog import RecoveryKeyDialog

        RecoveryKeyDialog(self.service, self.vault_path, parent=self).open()

    def _offer_recovery_key(self) -> None:
        """Once, just after the vault is created; "Not now" is as easy as yes."""
        from ui.vault.recovery_dialog import RecoveryKeyDialog

        RecoveryKeyDialog(self.service, self.vault_path, offered=True, parent=self).open()

    def _check_vault(self) -> None:
        from ui.vault.check_dialog import CheckDialog

        dialog = CheckDialog(self.service, self)
        dialog.restore_requested.connect(self._restore)
        dialog.open()
        dialog.check()

    def _restore(self) -> None:
        from ui.vault.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.service, self.vault_path, self, self._backup_folder())
        dialog.restored.connect(self._restored)
        dialog.open()

    def _check_backup(self) -> None:
        from ui.vault.backup_drill_dialog import BackupDrillDialog

        BackupDrillDialog(self.service, self._backup_folder(), self.vault_path.parent,
                          self).open()

    def _backup_folder(self) -> Path | None:
        return Path(self.preferences.backup_folder) if self.preferences.backup_folder else None

    def choose_backup_folder(self, folder: str) -> None:
        self.preferences.backup_folder = folder
        self.backup_banner.refresh()  # its advice depends on whether there is a folder

    def _restored(self, message: str) -> None:
        from ui.vault.restore_dialog import show_restored

        self.folder_backups.skip_next_lock()
        self.lock()  # the models still show the vault that was replaced
        show_restored(self, message)

    def _preferences(self) -> None:
        from ui.settings.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.preferences, self)
        dialog.language_chosen.connect(self.choose_language)
        dialog.idle_lock_chosen.connect(self.choose_idle_lock)
        dialog.disguise_chosen.connect(self.choose_disguise)
        dialog.backup_folder_chosen.connect(self.choose_backup_folder)
        dialog.backup_now_requested.connect(self.folder_backups.back_up_now)
        dialog.set_backup_possible(self.is_unlocked)
        dialog.show_backup_news(self.backup_banner.message.text())
        self.backup_banner.said.connect(dialog.show_backup_news)
        dialog.open()

    def _new_case(self) -> None:
        from ui.case.cases_dialog import CaseNameDialog, new_case

        dialog = CaseNameDialog(self.service, self.tr("New case"), "", new_case, self)
        dialog.saved.connect(self.show_case)
        dialog.open()

    def _rename_case(self) -> None:
        from ui.case.cases_dialog import CaseNameDialog, rename_case

        if self.case is None:
            return
        dialog = CaseNameDialog(self.service, self.tr("Rename the case"), self.case.name,
                                rename_case(self.case.id), self)
        dialog.saved.connect(self.show_case)
        dialog.open()

    def _switch_case(self) -> None:
        from ui.case.cases_dialog import CaseSwitchDialog

        dialog = CaseSwitchDialog(self.service, self.case.id if self.case else None, self)
        dialog.chosen.connect(self.show_case)
        dialog.open()

    def _show_safety(self) -> None:
        from ui.common import about

        about.show_safety(self)

    def _show_about(self) -> None:
        from ui.common import about

        about.show_about(self)

    def choose_language(self, code: str) -> None:
        """Use ``code`` ("" for the system's language) from now on, and remember it."""
        self.preferences.language = code
        self.translations.apply(code)
        self._retranslate()  # also when no translator changed, e.g. English to English

    # -- language and geometry -------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        texts = {
            self.action_import_files: self.tr("&Import files…"),
            self.action_import_folder: self.tr("Import a &folder…"),
            self.action_export: self.tr("&Export a bundle…"),
            self.action_backup: self.tr("&Back up the vault…"),
            self.action_passphrase: self.tr("Change the &passphrase…"),
            self.action_recovery_key: self.tr("Rec&overy key…"),
            self.action_check: self.tr("&Check the vault…"),
            self.action_restore: self.tr("&Restore from a backup…"),
            self.action_check_backup: self.tr("Check a bac&kup…"),
            self.action_lock: self.tr("&Lock"),
            self.action_quit: self.tr("&Quit"),
            self.action_paste: self.tr("&Paste"),
            self.action_find: self.tr("&Find"),
            self.action_delete: self.tr("&Delete"),
            self.action_preferences: self.tr("P&references…"),
            self.action_new_case: self.tr("&New case…"),
            self.action_rename_case: self.tr("&Rename this case…"),
            self.action_switch_case: self.tr("&Switch to another case…"),
            self.action_safety: self.tr("&Safety advice"),
            self.action_about: self._about_text(),
            self.action_quick_exit: self.tr("&Quick exit"),
            self.action_languages[""]: self.tr("&System language"),
            self.action_languages["fr"]: "&Français",  # each language in its own words
            self.action_languages["en"]: "&English",
        }
        for action, text in texts.items():
            action.setText(text)
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_case.setTitle(self.tr("&Case"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.action_quick_exit.setToolTip(self.tr(
            "Hide every window at once, lock and quit (or press Esc twice). This protects "
            "against a glance over your shoulder, not against monitoring software."))
        self.action_languages[self.preferences.language].setChecked(True)
        if isinstance(self.case_page, CasePlaceholder) and self.case:
            self.case_page.show_case(self.case)

    def _restore_geometry(self) -> None:
        saved = self.preferences.geometry.load("main")
        if saved is None or not self.restoreGeometry(saved):
            height = self.fontMetrics().height()
            self.resize(height * 70, height * 45)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_unlocked:  # the vault closes as the app quits: a backup first
            self.folder_backups.before_lock()
        self.idle_lock.stop()
        self.watchdog.stop()
        self.preferences.geometry.save("main", self.saveGeometry())
        self.preferences.sync()
        super().closeEvent(event)


def _warm_previews() -> None:
    """Start the preview child once a case is open (not before: the unlock screen must
    appear at once)."""
    from ui.viewers import preview

    preview.warm()


def _forget_previews() -> None:
    preview = sys.modules.get("ui.viewers.preview")
    if preview is not None:  # never started: nothing to forget
        preview.forget()

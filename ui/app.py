"""Starting the desktop app: Qt, the language, the light or dark palette, the window.

``run_app`` is called by ``dossier`` with no command. It returns when the window closes,
after the vault worker has locked the vault and stopped.

A person in danger opens Dossier in a hurry: only what the unlock screen needs is imported
before the window appears. The case page (and with it the readers, the timeline, the
export stack, qtawesome) is built once the window is on screen, while the person types.
``DOSSIER_BENCH_READY=1`` prints "ready" on stdout at that moment, for
tests/bench/bench_startup.py.
"""

from __future__ import annotations

import gc
import importlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPalette, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from app.vault.place import default_path
from ui.common.i18n import Translations
from ui.common.internal_error import InternalErrorNotice
from ui.common.operations import VaultService
from ui.safety import disguise
from ui.settings.preferences import APPLICATION, ORGANISATION, Preferences
from ui.window import MainWindow

CASE_PAGE = "ui.case.page"  # imported in the background once the unlock window shows
_POLL_MS = 25


def run_app(vault_path: Path, argv: list[str]) -> int:
    """Show the window on ``vault_path`` (or the vault the user chose last time) until
    it is closed; returns the exit code."""
    QApplication.setApplicationName(APPLICATION)
    QApplication.setOrganizationName(ORGANISATION)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setStyle("Fusion")
    follow_colour_scheme(app)
    preferences = Preferences()
    # Named and drawn as the disguise says before any window shows, the menu entry too.
    disguise.dress_app(preferences.disguise)
    disguise.dress_launcher(preferences.disguise)
    translations = Translations()
    translations.apply(preferences.language)
    service = VaultService()
    window = build_window(service, chosen_vault(vault_path, preferences), preferences,
                          translations, case_page_later=True)
    InternalErrorNotice(window).install()
    window.show()
    try:
        return app.exec()
    finally:
        service.shutdown()


def build_window(service: VaultService, vault_path: Path, preferences: Preferences,
                 translations: Translations | None = None, *,
                 case_page_later: bool = False) -> MainWindow:
    """The window as the person gets it: the access screen, then the case page with the
    menus wired to it. The app, the tests and the screenshots all build it here.

    With ``case_page_later`` (the app), the case page's code is imported once the window
    is first on screen, so that the unlock screen appears at once."""
    window = MainWindow(service, vault_path, preferences, translations=translations)
    loader = CasePageLoader(window, service)
    if case_page_later:
        window.create()  # its native window, to be told when it is first drawn
        when_on_screen(window, loader.start)
    else:
        loader.plug()
    return window


def when_on_screen(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once ``window`` has been exposed and drawn (after ``show()``)."""
    handle = window.windowHandle()
    watcher = _FirstExpose(then, handle)
    handle.installEventFilter(watcher)


class _FirstExpose(QObject):
    def __init__(self, then: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and isinstance(watched, QWindow) \
                and watched.isExposed():
            watched.removeEventFilter(self)
            # The expose is handled (the window drawn and flushed) before a zero timer runs.
            QTimer.singleShot(0, self.then)
            self.deleteLater()
        return False


class CasePageLoader(QObject):
    """Puts the case page in place of the placeholder the window starts with. ``start``,
    once the window is on screen, imports its code in the background while the person
    types (a second of readers, timeline and export stack); a vault opened before that
    import ends, or before ``start`` (a window never exposed), waits for the page: the
    case is shown by a later callback from the vault worker, once the page is attached."""

    def __init__(self, window: MainWindow, service: VaultService) -> None:
        super().__init__(window)
        self.window, self.service = window, service
        self.loading: threading.Thread | None = None
        self.plugged = False
        window.access.opened.connect(self.plug)

    def start(self) -> None:
        if os.environ.get("DOSSIER_BENCH_READY") == "1":
            print("ready", flush=True)
        if self.plugged:
            return
        # Only imports run in this thread: the widgets are built on the GUI thread. The
        # interpreter hands the GUI thread its turn every few milliseconds: typing flows.
        self.loading = threading.Thread(target=importlib.import_module, args=(CASE_PAGE,),
                                        name="preload", daemon=True)
        # No garbage collection meanwhile: it would run on whichever thread allocates, and
        # a Qt object must never be destroyed off the GUI thread.
        gc.disable()
        self.loading.start()
        self._when_loaded()

    def _when_loaded(self) -> None:
        if self.loading is not None and self.loading.is_alive():
            QTimer.singleShot(_POLL_MS, self._when_loaded)
        else:
            self.plug()

    def plug(self) -> None:
        if self.plugged:
            return
        self.plugged = True
        if self.loading is not None:
            self.loading.join()
            gc.enable()
        _plug_case_page(self.window, self.service)


def _plug_case_page(window: MainWindow, service: VaultService) -> None:
    from ui.case.page import CasePage  # already imported by the preload thread, if any

    placeholder = window.case_page
    page = CasePage(service, window.stack)
    window.case_page = page
    window.stack.addWidget(page)
    window.stack.removeWidget(placeholder)
    placeholder.deleteLater()
    page.attach(window)


def chosen_vault(given: Path, preferences: Preferences) -> Path:
    """The vault named on the command line or by ``DOSSIER_VAULT``; otherwise the one the
    user last chose, if it is still there; otherwise the default place."""
    remembered = Path(preferences.vault_path) if preferences.vault_path else None
    named = given != default_path() or "DOSSIER_VAULT" in os.environ
    if named or remembered is None or not remembered.is_file():
        return given
    return remembered


def follow_colour_scheme(app: QApplication) -> None:
    """Light or dark as the system is, now and whenever it changes."""
    hints = app.styleHints()

    def apply() -> None:
        dark = hints.colorScheme() == Qt.ColorScheme.Dark
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
    hints.colorSchemeChanged.connect(lambda _scheme: apply())
    apply()


def dark_palette() -> QPalette:
    """Fusion's colours for a dark desktop, with enough contrast for small text."""
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2b2b2b", roles.WindowText: "#e8e8e8", roles.Base: "#1f1f1f",
        roles.AlternateBase: "#2f2f2f", roles.ToolTipBase: "#3a3a3a",
        roles.ToolTipText: "#f0f0f0", roles.PlaceholderText: "#9a9a9a", roles.Text: "#e8e8e8",
        roles.Button: "#353535", roles.ButtonText: "#e8e8e8", roles.BrightText: "#ff6b6b",
        roles.Link: "#7fb4e0", roles.Highlight: "#3d6e99", roles.HighlightedText: "#ffffff",
        roles.Light: "#4a4a4a", roles.Midlight: "#3f3f3f", roles.Mid: "#2a2a2a",
        roles.Dark: "#1a1a1a", roles.Shadow: "#0d0d0d",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette

"""Starting the desktop app: Qt, the language, the light or dark palette, the window.

``run_app`` is called by ``dossier`` with no command. It returns when the window closes,
after the vault worker has locked the vault and stopped.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.vault.vault import default_path
from ui.case.page import CasePage
from ui.common.i18n import Translations
from ui.common.internal_error import InternalErrorNotice
from ui.common.operations import VaultService
from ui.safety import disguise
from ui.settings.preferences import APPLICATION, ORGANISATION, Preferences
from ui.window import MainWindow


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
    window = MainWindow(service, chosen_vault(vault_path, preferences), preferences,
                        case_page_factory=lambda parent: CasePage(service, parent),
                        translations=translations)
    if isinstance(window.case_page, CasePage):  # the factory above made it
        window.case_page.attach(window)
    InternalErrorNotice(window).install()
    window.show()
    try:
        return app.exec()
    finally:
        service.shutdown()


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

"""The Help menu's two dialogs: what Dossier is, and how to stay safe while using it.

Each text is a literal in a ``translate`` call, where pyside6-lupdate can find it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app import __version__


def about_text() -> str:
    translate = QCoreApplication.translate
    return "\n\n".join((
        translate("Help", "Dossier %1").replace("%1", __version__),
        translate("Help", "An encrypted case file for people harassed or stalked online."),
        translate("Help", "Everything stays on this computer, in one encrypted file. "
                          "Dossier never connects to the internet."),
        translate("Help", "Free software, under the GNU General Public License, "
                          "version 3 or later."),
    ))


def safety_text() -> str:
    translate = QCoreApplication.translate
    advice = (
        translate("Help", "Keep the originals. Do not delete the messages, e-mails or posts "
                          "from your phone or your accounts, even once they are stored here."),
        translate("Help", "Do not forward the e-mails you received: forwarding loses the "
                          "details that show where they came from. Save each one as a file "
                          "(.eml) and import it."),
        translate("Help", "Never post where you are, or photos that show it, while this "
                          "goes on."),
        translate("Help", "Lock Dossier (Ctrl+L) whenever you step away, and keep your "
                          "passphrase to yourself."),
        translate("Help", "Make a backup now and then, and keep it somewhere the other "
                          "person cannot reach."),
        translate("Help", "If you are in danger, call 17 (police in France) or 112."),
    )
    return "\n\n".join("• " + line for line in advice)


def _show(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def show_about(parent: QWidget) -> None:
    _show(parent, QCoreApplication.translate("Help", "About Dossier"), about_text())


def show_safety(parent: QWidget) -> None:
    _show(parent, QCoreApplication.translate("Help", "Safety advice"), safety_text())

"""The Help menu's two dialogs: what Dossier is, and how to stay safe while using it.

Each text is a literal in a ``translate`` call, where pyside6-lupdate can find it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app import __version__
from app.common.texts import QT_TRANSLATE_NOOP  # Qt's stub says it returns object


@dataclass(frozen=True)
class Component:
    """Free software that the installed app carries, and the licence it comes under.

    ``distribution`` names the Python package whose metadata states that licence (a test
    reads it there, with ``spdx``); components with none are inside another package's
    binaries (SQLCipher and OpenSSL in sqlcipher3) or are data (fonts)."""

    name: str
    licence: str
    distribution: str = ""
    spdx: str = ""


# Every component the packaged app bundles; packaging/third_party.py writes the same list,
# with the licence texts, into the app's licenses/ folder.
COMPONENTS = (
    Component("Qt 6, PySide6, Shiboken 6", "GNU LGPL v3", "PySide6_Essentials", "LGPL-3.0"),
    Component("SQLCipher (Zetetic)", QT_TRANSLATE_NOOP("Help", "BSD-style")),
    Component("sqlcipher3", "zlib", "sqlcipher3"),
    Component("OpenSSL", "Apache-2.0"),
    Component("Python", "PSF-2.0"),
    Component("pypdf", "BSD-3-Clause", "pypdf", "BSD-3-Clause"),
    Component("PDFium, pypdfium2", "Apache-2.0, BSD-3-Clause", "pypdfium2", "Apache-2.0"),
    Component("fpdf2", "GNU LGPL v3", "fpdf2", "LGPL-3.0"),
    Component("fontTools", "MIT", "fonttools", "MIT"),
    Component("python-docx", "MIT", "python-docx", "MIT"),
    Component("lxml", "BSD-3-Clause", "lxml", "BSD-3-Clause"),
    Component("Pillow", "MIT-CMU (HPND)", "pillow", "MIT-CMU"),
    Component("cryptography", QT_TRANSLATE_NOOP("Help", "Apache-2.0 or BSD-3-Clause"),
              "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    Component("cffi", "MIT-0", "cffi", "MIT-0"),
    Component("pycparser", "BSD-3-Clause", "pycparser", "BSD-3-Clause"),
    Component("defusedxml", "PSF-2.0", "defusedxml", "PSF"),
    Component("pyzipper", "MIT", "pyzipper", "MIT"),
    Component("PyCryptodome (pycryptodomex)",
              QT_TRANSLATE_NOOP("Help", "BSD-2-Clause and public domain"), "pycryptodomex",
              "BSD"),
    Component("zxcvbn", "MIT", "zxcvbn", "MIT"),
    Component("phonenumbers", "Apache-2.0", "phonenumbers", "Apache-2.0"),
    Component("platformdirs", "MIT", "platformdirs", "MIT"),
    Component("QtAwesome", "MIT", "qtawesome", "MIT"),
    Component("QtPy", "MIT", "QtPy", "MIT"),
    Component("typing_extensions", "PSF-2.0", "typing_extensions", "PSF-2.0"),
    Component("packaging", QT_TRANSLATE_NOOP("Help", "Apache-2.0 or BSD-2-Clause"),
              "packaging", "Apache-2.0 OR BSD-2-Clause"),
    # Reading the text in pictures (OCR, issue #15), in the OCR child.
    Component("RapidOCR", "Apache-2.0", "rapidocr_onnxruntime", "Apache-2.0"),
    Component("PaddleOCR PP-OCRv4 models", "Apache-2.0"),
    Component("ONNX Runtime", "MIT", "onnxruntime", "MIT"),
    Component("OpenCV", "Apache-2.0", "opencv-python", "Apache"),
    Component("NumPy", "BSD-3-Clause", "numpy", "BSD-3-Clause"),
    Component("Shapely", "BSD-3-Clause", "shapely", "BSD-3-Clause"),
    Component("pyclipper", "MIT", "pyclipper", "MIT"),
    Component("PyYAML", "MIT", "PyYAML", "MIT"),
    Component("six", "MIT", "six", "MIT"),
    Component("tqdm", QT_TRANSLATE_NOOP("Help", "MPL-2.0 and MIT"), "tqdm", "MPL-2.0 AND MIT"),
    Component("protobuf", "BSD-3-Clause", "protobuf", "3-Clause BSD"),
    Component("FlatBuffers", "Apache-2.0", "flatbuffers", "Apache"),
    Component("Font Awesome", QT_TRANSLATE_NOOP("Help", "SIL OFL 1.1 (font), CC BY 4.0 (icons)")),
    Component("DejaVu", QT_TRANSLATE_NOOP("Help", "Bitstream Vera licence")),
)


def licences_folder() -> Path | None:
    """Where the installed app keeps the licence texts (beside the program), if installed."""
    if not getattr(sys, "frozen", False):
        return None
    program = Path(sys.executable).resolve().parent
    # Beside the program on Linux and Windows; in Contents/Resources of the macOS .app.
    for folder in (program / "licenses", program.parent / "Resources" / "licenses"):
        if folder.is_dir():
            return folder
    return None


def about_text() -> str:
    translate = QCoreApplication.translate
    return "\n\n".join((
        translate("Help", "Dossier %1").replace("%1", __version__),
        translate("Help", "An encrypted case file for people harassed or stalked online."),
        translate("Help", "Everything stays on this computer, in one encrypted file. "
                          "Dossier never connects to the internet."),
        translate("Help", "Free software, under the GNU General Public License, "
                          "version 3 or later."),
        licences_text(),
    ))


def licences_text() -> str:
    """The bundled components and their licences, one licence a line."""
    translate = QCoreApplication.translate
    lines = [translate("Help", "Dossier is built on these free components, each under its "
                               "own licence:")]
    # Grouped by licence: half as many lines, and the box still fits a small laptop screen.
    names: dict[str, list[str]] = {}
    for component in COMPONENTS:
        names.setdefault(component.licence, []).append(component.name)
    lines += [f"• {translate('Help', licence)}: {', '.join(group)}"
              for licence, group in names.items()]
    folder = licences_folder()
    if folder is not None:
        lines.append(translate("Help", "The full licence texts are in %1").replace(
            "%1", str(folder)))
    return "\n".join(lines)


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
        translate("Help", "Quick exit (the button at the top right, or Esc pressed twice) "
                          "hides every window at once, then locks and quits. It protects "
                          "against a glance over your shoulder, not against monitoring "
                          "software installed on this computer."),
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
    # The name the app goes by: the disguise's, if there is one.
    name = QGuiApplication.applicationDisplayName()
    _show(parent, QCoreApplication.translate("Help", "About %1").replace("%1", name),
          about_text())


def show_safety(parent: QWidget) -> None:
    _show(parent, QCoreApplication.translate("Help", "Safety advice"), safety_text())

"""The app's language: French or English, the system's by default, switchable live.

Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every
widget; each of our widgets answers it in ``changeEvent`` by setting its texts again.
Dates follow the same choice through ``QLocale.setDefault``.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.common.texts import CONTEXT as CORE_CONTEXT

LANGUAGES = ("fr", "en")
SOURCE_LANGUAGE = "en"  # the language of the source strings: needs no translator
# The .qm files: built from resources/translations/*.ts into this package folder by
# `make translations` and by the wheel's build (setup.py), never committed. Qt reads them
# from a folder on disk, which an installed wheel or a frozen app always has.
TRANSLATIONS = Path(str(files("ui").joinpath("translations")))


def system_language() -> str:
    """The system's language if Dossier speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        language = name.replace("_", "-").split("-")[0].lower()
        if language in LANGUAGES:
            return language
    return SOURCE_LANGUAGE


class Translations:
    """The translators currently installed in the application, and the language in use."""

    def __init__(self, folder: Path = TRANSLATIONS) -> None:
        self.folder = folder
        self.language = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []

    def apply(self, choice: str) -> str:
        """Use ``choice`` ("fr", "en", or "" for the system's language); returns the
        language now in use. A missing translation file silently leaves English."""
        language = choice if choice in LANGUAGES else system_language()
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = self._load(language)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        self.language = language if self._installed or language == SOURCE_LANGUAGE \
            else SOURCE_LANGUAGE
        QLocale.setDefault(_locale_for(self.language))
        return self.language

    def _load(self, language: str) -> list[QTranslator]:
        found = []
        ours = QTranslator()
        # English needs its file too when there is one: it holds the plural forms.
        if ours.load(f"dossier_{language}", str(self.folder)):
            found.append(ours)
        elif language != SOURCE_LANGUAGE:
            return []
        qt = QTranslator()
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != SOURCE_LANGUAGE and qt.load(f"qtbase_{language}", qt_folder):
            found.append(qt)  # the standard buttons and dialogs: "Annuler", "Ouvrir"...
        return found


def _locale_for(language: str) -> QLocale:
    """The system locale when it speaks ``language`` (keeps fr_CA, en_GB), else its own."""
    system = QLocale.system()
    if QLocale.languageToCode(system.language()) == language:
        return system
    return QLocale(language)


def core_text(message: object) -> str:
    """A sentence from the core (``app.texts.Text``) in the user's language; any other
    message is shown as given."""
    template = getattr(message, "template", None)
    values = getattr(message, "values", None)
    if not isinstance(template, str) or not isinstance(values, dict):
        return str(message)
    translated = QCoreApplication.translate(CORE_CONTEXT, template)
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(message)  # a translation with a broken placeholder: keep the English

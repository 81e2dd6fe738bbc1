"""The export wizard's options page: language, folder or ZIP, originals, a password that
seals the bundle, the page identifier prefix, and for a custom export the parts of the
report.

A password makes the bundle one ZIP whose files are all encrypted (a folder's files
cannot be), so typing one chooses the ZIP and greys the folder out. The password lives
in its two fields only, for the time of the export: it is never saved, and the wizard
wipes it when it closes.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.export import options
from ui.access.strength import StrengthMeter
from ui.common.fields import InlineError
from ui.common.i18n import core_text
from ui.export.pages import TranslatedPage, note

# Each language in its own words, as the language menu shows them.
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


def ui_language() -> str:
    """The language the app speaks now, if a report can be written in it."""
    language = QLocale.languageToCode(QLocale().language())
    return language if language in options.LANGUAGES else "en"


class OptionsPage(TranslatedPage):
    """How the bundle is written. Emits ``changed`` when the language or the format
    changes, since the suggested summary and the bundle's name follow them."""

    changed = Signal()

    def __init__(self, case_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_prefix = options.default_prefix(case_name)
        self.recipient = options.LAWYER
        self.language = QComboBox(self)
        for code in options.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(ui_language()))
        self.folder, self.zip = QRadioButton(self), QRadioButton(self)
        self.format = QButtonGroup(self)
        self.originals: QCheckBox = QCheckBox(self, checked=True)  # type: ignore[call-overload]  # Qt properties
        # A platform's whole data export holds her other conversations: off unless she
        # ticks it, and offered only when the bundle would hold one (app/export/full_exports)
        self.full_exports = QCheckBox(self)
        self._full_exports_found = False
        self.password, self.password_again = _password_field(self), _password_field(self)
        self.strength = StrengthMeter(self)
        self.password_note = note(self)
        self.prefix = QLineEdit(self.default_prefix, self)
        self.prefix_note = note(self)
        self.sections = QGroupBox(self)
        self.section_boxes = {name: QCheckBox(self.sections, checked=True)  # type: ignore[call-overload]  # Qt properties
                              for name in options.SECTIONS}
        self.labels = [QLabel(self) for _ in range(5)]
        self.error = InlineError(self)
        self._lay_out()
        self._connect()
        self._retranslate()

    # -- values -----------------------------------------------------------------------------

    def set_recipient(self, recipient: str) -> None:
        self.recipient = recipient
        self.sections.setVisible(recipient == options.CUSTOM)
        self._show_full_exports()
        self.completeChanged.emit()

    def offer_full_exports(self, found: bool) -> None:
        """Whether the evidence chosen holds a whole platform export or mailbox."""
        self._full_exports_found = found
        self._show_full_exports()

    def report_language(self) -> str:
        return str(self.language.currentData())

    def as_zip(self) -> bool:
        return self.zip.isChecked()

    def include_originals(self) -> bool:
        return self.originals.isChecked()

    def include_full_exports(self) -> bool:
        """Never for a platform: its bundle holds only the conversations it needs."""
        return (self.full_exports.isChecked() and self.recipient != options.PLATFORM
                and self.include_originals())

    def pdf_password(self) -> str:
        return self.password.text()

    def prefix_text(self) -> str:
        return options.clean_prefix(self.prefix.text() or self.default_prefix)

    def chosen_sections(self) -> frozenset[str]:
        return frozenset(name for name, box in self.section_boxes.items() if box.isChecked())

    def problem(self) -> str:
        refused = options.password_problem(self.password.text())
        if refused:
            return core_text(refused)
        if self.password.text() and not self.password_again.text():
            return self.tr("Type the password a second time to confirm it.")
        if self.password.text() != self.password_again.text():
            return self.tr("The two passwords are not the same.")
        if self.recipient == options.CUSTOM and not self.chosen_sections():
            return self.tr("Tick at least one part of the report.")
        return ""

    def isComplete(self) -> bool:
        return not self.problem()

    def wipe(self) -> None:
        self.password.clear()
        self.password_again.clear()

    # -- building -------------------------------------------------------------------------------

    def _lay_out(self) -> None:
        self.format.addButton(self.folder)
        self.format.addButton(self.zip)
        self.folder.setChecked(True)
        formats = QHBoxLayout()
        formats.addWidget(self.folder)
        formats.addWidget(self.zip)
        formats.addStretch(1)
        form = QFormLayout()
        originals = QVBoxLayout()
        originals.addWidget(self.originals)
        originals.addWidget(self.full_exports)
        rows: tuple[QWidget | QLayout, ...] = (
                self.language, formats, originals, self.password,
                _with_note(self.password_again, self.password_note, Qt.AlignmentFlag(0),
                           self.strength))
        for label, field in zip(self.labels, rows, strict=True):
            form.addRow(label, field)
        self.labels[0].setBuddy(self.language)
        self.labels[1].setBuddy(self.folder)
        self.labels[3].setBuddy(self.password)
        self.labels[4].setBuddy(self.password_again)
        self.prefix_label = QLabel(self)
        self.prefix_label.setBuddy(self.prefix)
        self.prefix.setValidator(QRegularExpressionValidator(
            QRegularExpression(f"[A-Za-z0-9]{{0,{options.MAX_PREFIX}}}"), self.prefix))
        self.prefix.setMaximumWidth(self.fontMetrics().averageCharWidth() * 24)
        form.addRow(self.prefix_label, _with_note(self.prefix, self.prefix_note))
        grid = QGridLayout(self.sections)
        for number, box in enumerate(self.section_boxes.values()):
            grid.addWidget(box, number // 2, number % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.sections)
        layout.addStretch(1)
        self.sections.hide()
        self.full_exports.hide()

    def _connect(self) -> None:
        self.language.currentIndexChanged.connect(self.changed)
        self.zip.toggled.connect(self.changed)
        self.originals.toggled.connect(self._show_full_exports)
        self.full_exports.toggled.connect(self.changed)
        for field in (self.password, self.password_again):
            field.textChanged.connect(self._check)
        self.password.textChanged.connect(self._password_typed)
        for box in self.section_boxes.values():
            box.toggled.connect(self._check)
        self.prefix.textChanged.connect(self._show_prefix)

    def _password_typed(self, password: str) -> None:
        """A password seals the bundle, which only a ZIP can be."""
        self.strength.set_passphrase(password)
        if password:
            self.zip.setChecked(True)
        self.folder.setEnabled(not password)

    def _show_full_exports(self) -> None:
        self.full_exports.setVisible(self._full_exports_found
                                     and self.recipient != options.PLATFORM)
        self.full_exports.setEnabled(self.originals.isChecked())

    def _check(self) -> None:
        self.error.show_message(self.problem())
        self.completeChanged.emit()

    def _show_prefix(self) -> None:
        self.prefix_note.setText(self.tr("Pages are numbered %1-000001, %1-000002…")
                                 .replace("%1", self.prefix_text()))

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Options"))
        self.setSubTitle(self.tr("How the bundle is written."))
        words = (self.tr("Report &language:"), self.tr("Write the bundle as:"),
                 self.tr("Original files:"), self.tr("Pass&word:"),
                 self.tr("&Repeat the password:"))
        for label, text in zip(self.labels, words, strict=True):
            label.setText(text)
        self.folder.setText(self.tr("a &folder"))
        self.zip.setText(self.tr("a &ZIP file"))
        self.originals.setText(self.tr("Include the &original files (recommended)"))
        self.full_exports.setText(self.tr(
            "Also the &whole platform exports: they hold your other conversations; left "
            "out, they stay in the vault and the bundle gives their fingerprint"))
        self.password.setPlaceholderText(self.tr("optional"))
        self.password_note.setText(self.tr(
            "Encrypts the whole bundle (AES-256): one ZIP file that opens with 7-Zip and "
            "this password; only the file names stay readable. Dossier does not keep it: "
            "give it to the recipient another way than the bundle."))
        self.prefix_label.setText(self.tr("Page number &prefix:"))
        self._show_prefix()
        self.sections.setTitle(self.tr("Parts of the report"))
        for name, text in self.section_names().items():
            self.section_boxes[name].setText(text)
        self._check()

    def section_names(self) -> dict[str, str]:
        """Each part of the report, as the user reads it."""
        return {
            options.SUMMARY: self.tr("Summary"),
            options.CHRONOLOGY: self.tr("Chronology of the incidents"),
            options.STEPS: self.tr("Steps taken (reports, complaints)"),
            options.IDENTIFIERS: self.tr("What identifies the author"),
            options.STATISTICS: self.tr("Figures and timeline charts"),
            options.INDEX: self.tr("List of exhibits"),
            options.LETTER: self.tr("Draft complaint letter"),
            options.CUSTODY: self.tr("History of the evidence (custody log)"),
            options.EXHIBITS: self.tr("Every exhibit, one after another"),
        }


def _with_note(field: QWidget, explanation: QLabel,
               alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
               *between: QWidget) -> QWidget:
    """A field with its note under it (and ``between`` them, say, a strength meter). As
    one widget, because a form row alone would give a wrapped note the height of its
    narrowest shape."""
    both = QWidget(field.parentWidget())
    column = QVBoxLayout(both)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(field, 0, alignment)
    for widget in between:
        column.addWidget(widget)
    column.addWidget(explanation)
    explanation.setMinimumWidth(0)
    return both


def _password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent, echoMode=QLineEdit.EchoMode.Password)
    field.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                              | Qt.InputMethodHint.ImhNoPredictiveText
                              | Qt.InputMethodHint.ImhNoAutoUppercase)
    return field

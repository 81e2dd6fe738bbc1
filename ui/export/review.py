"""The export wizard's review page: what will be exported, and where.

Dossier never replaces a file or a folder: a place that is already taken is refused
here, before anything is written, and the user is asked for another name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.export import options
from app.export.plan import Plan
from ui.common import file_dialogs
from ui.common.fields import InlineError
from ui.common.words import size_text
from ui.export.options import LANGUAGE_NAMES
from ui.export.pages import TranslatedPage

ZIP = ".zip"


class ReviewPage(TranslatedPage):
    """The counts and sizes of the coming export, and the place it will be written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.chosen: options.Options | None = None
        self.chosen_by_user = False  # else the place follows the suggested name
        self.names = [QLabel(self) for _ in range(7)]
        self.values = [QLabel(self, wordWrap=True) for _ in range(7)]
        self.place_label = QLabel(self)
        self.place = QLineEdit(self)
        self.place_label.setBuddy(self.place)
        self.choose = QPushButton(self)
        self.error = InlineError(self)
        self._lay_out()
        self.place.textEdited.connect(self._typed)
        self.choose.clicked.connect(self._choose)
        self._retranslate()

    def show_plan(self, plan: Plan | None, chosen: options.Options) -> None:
        """What will go out; None while it is being counted again."""
        self.plan, self.chosen = plan, chosen
        self._show_facts()
        self.set_format(chosen.as_zip)
        self.completeChanged.emit()

    def suggest(self, path: Path) -> None:
        """The place Dossier proposes; kept out of the way once the user chose one."""
        if not self.chosen_by_user:
            self.place.setText(str(path))
            self._check()

    def set_format(self, as_zip: bool) -> None:
        """A ZIP bundle's name ends in .zip, and a folder's does not."""
        text = self.place.text().strip()
        if not text:
            return
        path = Path(text)
        if as_zip and path.suffix.lower() != ZIP:
            self.place.setText(str(path.with_name(path.name + ZIP)))
        elif not as_zip and path.suffix.lower() == ZIP and path.stem:
            self.place.setText(str(path.with_suffix("")))
        self._check()

    def destination(self) -> Path | None:
        text = self.place.text().strip()
        return Path(text).expanduser().absolute() if text else None

    def problem(self) -> str:
        path = self.destination()
        if path is None:
            return self.tr("Choose where to write the bundle.")
        if path.exists() or path.is_symlink():
            return self.tr("%1 already exists. Dossier never replaces a file or a folder: "
                           "choose another name.").replace("%1", path.name)
        if not path.parent.is_dir():
            return self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        return ""

    def isComplete(self) -> bool:
        return self.plan is not None and not self.problem()

    def validatePage(self) -> bool:
        """Checked again when Export is pressed: the place may have been taken since."""
        return self._check()

    def _typed(self) -> None:
        self.chosen_by_user = True
        self._check()

    def _check(self) -> bool:
        problem = self.problem()
        self.error.show_message(problem)
        self.completeChanged.emit()
        return not problem

    def _choose(self) -> None:
        as_zip = bool(self.chosen and self.chosen.as_zip)
        current = self.destination() or Path.home()
        chosen = file_dialogs.save_file(self, self.tr("Where to write the bundle"), current,
                                        [self.tr("ZIP files (*.zip)")] if as_zip else None,
                                        confirm_overwrite=False)
        if chosen is not None:
            self.chosen_by_user = True
            self.place.setText(str(chosen))
            self.set_format(as_zip)

    def _lay_out(self) -> None:
        facts = QFormLayout()
        for name, value in zip(self.names, self.values, strict=True):
            facts.addRow(name, value)
        place = QHBoxLayout()
        place.addWidget(self.place, 1)
        place.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(self.place_label)
        layout.addLayout(place)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _show_facts(self) -> None:
        for value, text in zip(self.values, self._fact_texts(), strict=True):
            value.setText(text)

    def _fact_texts(self) -> list[str]:
        plan, chosen = self.plan, self.chosen
        if chosen is None:
            return [""] * len(self.values)
        counting = self.tr("counting…")
        recipients = {options.LAWYER: self.tr("a lawyer (avocat)"),
                      options.POLICE: self.tr("the police or the gendarmerie"),
                      options.PLATFORM: self.tr("a platform's or a provider's abuse desk"),
                      options.CUSTOM: self.tr("custom")}
        form = self.tr("a ZIP file") if chosen.as_zip else self.tr("a folder")
        recipient = recipients[chosen.recipient]
        if chosen.for_platform:
            recipient = self.tr("the abuse desk of %1, with its notice").replace(
                "%1", chosen.platform)
        return [
            recipient,
            counting if plan is None else self._exhibits_text(plan),
            counting if plan is None else self.tr("%n incident(s) in the chronology", "",
                                                  len(plan.chronology)),
            (self.tr("not included") if not chosen.include_originals
             else counting if plan is None
             else self._originals_text(plan)),
            LANGUAGE_NAMES[chosen.language],
            form,
            self.tr("every file but the READMEs is encrypted: it opens with 7-Zip and "
                    "the password") if chosen.pdf_password
            else self.tr("none"),
        ]

    def _originals_text(self, plan: Plan) -> str:
        """Their size (kB, MB as everywhere), and how many whole exports stay out."""
        text = size_text(plan.original_bytes)
        withheld = sum(1 for part in plan.all_exhibits() if part.withheld)
        if withheld:
            text += self.tr("; whole platform exports or mailboxes kept in the vault: %n",
                            "", withheld)
        return text

    def _exhibits_text(self, plan: Plan) -> str:
        attachments = sum(len(exhibit.attachments) for exhibit in plan.exhibits)
        text = self.tr("%n exhibit(s)", "", len(plan.exhibits))
        if attachments:
            text += self.tr(", with %n attachment(s)", "", attachments)
        return text

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Review"))
        self.setSubTitle(self.tr("Check what will be exported, then press Export."))
        words = (self.tr("For:"), self.tr("Evidence:"), self.tr("Incidents:"),
                 self.tr("Original files:"), self.tr("Language:"), self.tr("Format:"),
                 self.tr("Password:"))
        for name, text in zip(self.names, words, strict=True):
            name.setText(text)
        self.place_label.setText(self.tr("The bundle will be &written to:"))
        self.place.setAccessibleName(self.tr("Where the bundle is written"))
        self.choose.setText(self.tr("C&hoose…"))
        self._show_facts()
        if self.place.text():
            self._check()

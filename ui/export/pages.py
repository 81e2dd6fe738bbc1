"""The export wizard's pages about what the bundle says: who receives it, who is filing,
and the summary that opens the report.

Each page holds plain values and says when they change; the wizard puts them together
into ``app.export.options.Options``. What the user types about themselves stays in these
widgets only, and is wiped when the wizard closes; the export keeps only her name and
e-mail, in the case (``app/export/remembered.py``), and the next wizard shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.export.options import CUSTOM, LAWYER, PLATFORM, POLICE, RECIPIENTS, Filer, Letter
from ui.export.caption import CaptionBox


class TranslatedPage(QWizardPage):
    """A wizard page that sets its words again when the language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        raise NotImplementedError


def note(parent: QWidget | None = None) -> QLabel:
    """A wrapped sentence that explains the control above it."""
    label = QLabel(parent, wordWrap=True)
    label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 40)
    return label


def text_box(lines: int, parent: QWidget | None = None) -> QPlainTextEdit:
    """A few lines of free text, left with Tab like any other field."""
    box = QPlainTextEdit(parent, tabChangesFocus=True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + box.frameWidth() * 2 + 8)
    return box


class RecipientPage(TranslatedPage):
    """Who receives the bundle; each choice says in one sentence what it will hold. For a
    platform, which one (from the platforms the case's evidence names), and whether her
    own replies go too."""

    changed = Signal(str)  # the recipient chosen
    platform_changed = Signal()  # another platform, or her replies ticked or not

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.choices = {recipient: QRadioButton(self) for recipient in RECIPIENTS}
        self.explanations = {recipient: note(self) for recipient in RECIPIENTS}
        self.platform_box = QWidget(self)
        self.platform_label = QLabel(self.platform_box)
        self.platform = QComboBox(self.platform_box)
        self.platform_label.setBuddy(self.platform)
        self.no_platform = note(self.platform_box)
        self.replies = QCheckBox(self.platform_box)
        self._lay_out()
        self.choices[LAWYER].setChecked(True)
        self.platform_box.setEnabled(False)
        self.group.buttonToggled.connect(self._toggled)
        self.platform.currentIndexChanged.connect(self._platform_changed)
        self.replies.toggled.connect(self.platform_changed)
        self._retranslate()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) * 2
        for recipient in RECIPIENTS:
            self.group.addButton(self.choices[recipient])
            layout.addWidget(self.choices[recipient])
            self.explanations[recipient].setContentsMargins(indent, 0, 0, 0)
            self.explanations[recipient].setBuddy(self.choices[recipient])
            layout.addWidget(self.explanations[recipient])
            if recipient == PLATFORM:
                layout.addWidget(self.platform_box)
            layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addStretch(1)
        form = QFormLayout(self.platform_box)
        form.setContentsMargins(indent, 0, 0, 0)
        form.addRow(self.platform_label, self.platform)
        form.addRow(self.no_platform)
        form.addRow(self.replies)
        self.no_platform.hide()

    def recipient(self) -> str:
        return next(r for r, button in self.choices.items() if button.isChecked())

    def set_recipient(self, recipient: str) -> None:
        self.choices[recipient].setChecked(True)

    def set_platforms(self, names: list[str]) -> None:
        """The platforms the case's evidence names, as the core lists them."""
        self.platform.clear()
        self.platform.addItems(names)
        self.no_platform.setVisible(not names)
        self.completeChanged.emit()

    def chosen_platform(self) -> str:
        return self.platform.currentText() if self.recipient() == PLATFORM else ""

    def include_replies(self) -> bool:
        return self.replies.isChecked()

    def isComplete(self) -> bool:
        """A platform's bundle needs a platform: its items are all it holds."""
        return self.recipient() != PLATFORM or bool(self.platform.currentText())

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.platform_box.setEnabled(self.recipient() == PLATFORM)
            self.completeChanged.emit()
            self.changed.emit(self.recipient())

    def _platform_changed(self, _index: int) -> None:
        self.completeChanged.emit()
        self.platform_changed.emit()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Who will receive the bundle?"))
        self.setSubTitle(self.tr("The bundle is a folder or a ZIP file that can be read "
                                 "without Dossier. Choose who it is for."))
        texts = {
            LAWYER: (self.tr("A &lawyer (avocat)"), self.tr(
                "The report opens with the list of exhibits a lawyer files in court (the "
                "\"bordereau de communication de pièces\"), then the chronology, the charts "
                "and every exhibit in that order, with the original files and their "
                "fingerprints. Beside it, the bordereau as a Word file the lawyer can edit, "
                "and one PDF per exhibit to file one by one.")),
            POLICE: (self.tr("The &police or the gendarmerie"), self.tr(
                "An account of the facts in date order, what identifies the author "
                "(accounts, addresses, telephone numbers, IP addresses), the list of exhibits "
                "and a draft complaint letter to the procureur that you can edit.")),
            PLATFORM: (self.tr("A platform's abuse &desk"), self.tr(
                "Only that platform's items, with a notice under the Digital Services Act "
                "(Article 16) that it must act on. Photos go without the place they were "
                "taken; your address and telephone only if you choose. A note for you says "
                "where to send it, and when PHAROS applies.")),
            CUSTOM: (self.tr("C&ustom"), self.tr(
                "You choose every part of the report yourself.")),
        }
        for recipient, (label, explanation) in texts.items():
            self.choices[recipient].setText(label)
            self.choices[recipient].setAccessibleDescription(explanation)
            self.explanations[recipient].setText(explanation)
        self.platform_label.setText(self.tr("Which &platform?"))
        self.no_platform.setText(self.tr(
            "No item of this case names its platform yet. Set the platform of the items "
            "to report (in their details), then export again."))
        self.replies.setText(self.tr("Also include my own &replies"))


class FilerPage(TranslatedPage):
    """Who is filing, and for a complaint letter, where, who saw it and what it did."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recipient = LAWYER
        self.notice = note(self)
        self.include = QCheckBox(self)
        self.name = QLineEdit(self)
        self.email = QLineEdit(self)  # a platform's notice requires it (DSA Art. 16(2)(c))
        self.contact = QLineEdit(self)
        self.address = text_box(3, self)
        self.letter_box = QGroupBox(self)
        self.letter_note = note(self.letter_box)
        self.place = QLineEdit(self.letter_box)
        self.witnesses = text_box(2, self.letter_box)
        self.harm = text_box(3, self.letter_box)
        self.civil_party = QCheckBox(self.letter_box)
        # A plainte complémentaire cites the earlier complaint; she types its day and place
        # (as she knows them: "2026-10-15" or "15 octobre 2026") until steps are recorded.
        self.earlier_date = QLineEdit(self.letter_box)
        self.earlier_place = QLineEdit(self.letter_box)
        self.labels = [QLabel(self) for _ in range(9)]
        self.caption_box = CaptionBox(self)  # an avocat's bordereau: kept in the case
        self._lay_out()
        self.include.toggled.connect(self._show_personal)
        self._retranslate()

    def set_recipient(self, recipient: str) -> None:
        """A platform gets no address or telephone unless the box is ticked: off when
        chosen. Its notice needs her name and e-mail all the same."""
        self.recipient = recipient
        self.include.setVisible(recipient == PLATFORM)
        self.include.setChecked(recipient != PLATFORM)
        self.email.setVisible(recipient == PLATFORM)
        self.labels[1].setVisible(recipient == PLATFORM)
        self.letter_box.setVisible(recipient in (POLICE, CUSTOM))
        self.caption_box.setVisible(recipient == LAWYER)
        self._show_personal()
        self._retranslate()

    def remember(self, known: Filer) -> None:
        """The name and e-mail the case remembers from its last export, unless she has
        typed her own already."""
        if not self.name.text():
            self.name.setText(known.name)
        if not self.email.text():
            self.email.setText(known.email)

    def include_personal(self) -> bool:
        return self.include.isChecked()

    def filer(self) -> Filer:
        """The filer's details: none when they are not to be included, except the name
        and e-mail a platform's notice requires."""
        name, email = self.name.text().strip(), self.email.text().strip()
        if self.recipient == PLATFORM and not self.include_personal():
            return Filer(name, email=email)
        if not self.include_personal():
            return Filer()
        return Filer(name, self.contact.text().strip(), self.address.toPlainText().strip(),
                     email if self.recipient == PLATFORM else "")

    def letter(self) -> Letter:
        if self.recipient not in (POLICE, CUSTOM):
            return Letter()
        return Letter(self.place.text().strip(), self.witnesses.toPlainText().strip(),
                      self.harm.toPlainText().strip(), self.civil_party.isChecked(),
                      self.earlier_date.text().strip(), self.earlier_place.text().strip())

    def wipe(self) -> None:
        for field in (self.name, self.email, self.contact, self.address, self.place,
                      self.witnesses, self.harm, self.earlier_date, self.earlier_place):
            field.clear()
        self.civil_party.setChecked(False)
        self.caption_box.wipe()

    def _show_personal(self) -> None:
        included = self.include.isChecked()
        self.name.setEnabled(included or self.recipient == PLATFORM)
        for field in (self.contact, self.address):
            field.setEnabled(included)

    def _lay_out(self) -> None:
        personal = QFormLayout()
        for label, field in zip(self.labels[:4],
                                (self.name, self.email, self.contact, self.address),
                                strict=True):
            personal.addRow(label, field)
            label.setBuddy(field)
        letter = QFormLayout(self.letter_box)
        letter.addRow(self.letter_note)
        fields = (self.place, self.witnesses, self.harm, self.earlier_date, self.earlier_place)
        for label, field in zip(self.labels[4:], fields, strict=True):
            letter.addRow(label, field)
            label.setBuddy(field)
        letter.addRow(self.civil_party)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.include)
        layout.addLayout(personal)
        layout.addWidget(self.letter_box)
        layout.addWidget(self.caption_box)
        layout.addStretch(1)
        self.include.hide()
        self.email.hide()
        self.labels[1].hide()
        self.letter_box.hide()

    def _kept_words(self) -> str:
        """What of this page the case keeps (app/export/remembered.py, app/case/caption.py)
        and what it never saves, for this recipient's fields."""
        if self.recipient == PLATFORM:
            return self.tr("Your name and e-mail are kept in this case, in the encrypted "
                           "vault, for the next export. Your address and telephone are used "
                           "only in this export and never saved.")
        if self.recipient == LAWYER:
            return self.tr("Your name and the caption below (court, RG number, parties) are "
                           "kept in this case, in the encrypted vault, for the next export. "
                           "Your contact and address are used only in this export and never "
                           "saved.")
        return self.tr("Your name is kept in this case, in the encrypted vault, for the next "
                       "export. Your contact, your address and what you write for the letter "
                       "are used only in this export and never saved.")

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Who is filing?"))
        if self.recipient == PLATFORM:
            self.setSubTitle(self.tr("The notice to the platform must give your name and "
                                     "e-mail address: the law allows leaving them out only "
                                     "for child sexual abuse content."))
            self.include.setText(self.tr("Also put my address and &telephone in the bundle"))
        else:
            self.setSubTitle(self.tr("Everything on this page is optional."))
            self.include.setText(self.tr("&Include my personal details in the bundle"))
        self.notice.setText(self._kept_words())
        self.include.setToolTip(self.tr("An abuse desk rarely needs to know who you are."))
        words = (self.tr("Na&me:"), self.tr("&E-mail (for the notice):"),
                 self.tr("&Contact (telephone or e-mail):"),
                 self.tr("&Address:"), self.tr("&Town where the letter is written:"),
                 self.tr("&Witnesses:"), self.tr("&Harm suffered:"),
                 self.tr("&Earlier complaint filed on:"), self.tr("Filed a&t:"))
        for label, text in zip(self.labels, words, strict=True):
            label.setText(text)
        self.letter_box.setTitle(self.tr("For the complaint letter"))
        self.letter_note.setText(self.tr(
            "Left empty, the letter says what to write there. Harm suffered can be fear, "
            "health, work or money."))
        self.witnesses.setPlaceholderText(self.tr("Who saw or heard it, and how to reach them"))
        self.earlier_date.setPlaceholderText(self.tr(
            "Only if this completes a complaint already filed, e.g. 2026-10-15"))
        self.earlier_place.setPlaceholderText(self.tr(
            "The police station, gendarmerie or court where you filed it"))
        self.civil_party.setText(self.tr(
            "Declare myself &partie civile (to claim compensation)"))


class SummaryPage(TranslatedPage):
    """The text that opens the report: suggested from the incidents, edited by the user.

    A new suggestion (another recipient, scope or language) replaces the text only while
    the user has not changed it; their own words are never overwritten."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recipient = LAWYER
        self.explain = note(self)
        self.label = QLabel(self)
        self.text = QPlainTextEdit(self, tabChangesFocus=True)
        self.label.setBuddy(self.text)
        self.restore = QPushButton(self)
        # Her own words stay, even when the report's language changes: then she is told,
        # so a French report never opens with an English account of the facts unseen.
        self.other_language = note(self)
        self.other_language.hide()
        self._suggested = ""
        self._shown = ""  # the last text Dossier put in the box
        self._language = self._shown_language = ""  # the report's; the shown text's
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.other_language)
        layout.addLayout(row)
        self.restore.clicked.connect(self._restore)
        self.text.textChanged.connect(self._update_restore)
        self._retranslate()

    def set_recipient(self, recipient: str) -> None:
        self.recipient = recipient
        self._retranslate()

    def offer(self, suggested: str, language: str = "") -> None:
        """A fresh suggestion, in the report's ``language``; shown unless the user has
        written their own text."""
        edited = self.edited()
        self._suggested, self._language = suggested, language
        if not edited:
            self._show(suggested)
        self._update_restore()

    def in_another_language(self) -> bool:
        """Her text was written from a suggestion in another language than the report's."""
        return self.edited() and self._shown_language not in ("", self._language)

    def edited(self) -> bool:
        return self.written() != self._shown

    def summary(self) -> str:
        return self.written().strip()

    def written(self) -> str:
        """The box's text with its non-breaking spaces, which French typography needs
        before ":" and which ``toPlainText`` would turn into plain spaces."""
        raw = self.text.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def wipe(self) -> None:
        self._suggested = self._shown = ""
        self.text.clear()

    def _show(self, text: str) -> None:
        self._shown, self._shown_language = text, self._language
        self.text.setPlainText(text)

    def _restore(self) -> None:
        self._show(self._suggested)
        self.text.setFocus()

    def _update_restore(self) -> None:
        self.restore.setEnabled(self.written() != self._suggested)
        self.other_language.setVisible(self.in_another_language())

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("This text opens the report. It is suggested from your "
                                 "incidents; change it as you wish."))
        if self.recipient == POLICE:
            self.explain.setText(self.tr(
                "For the police this is the account of the facts (\"exposé des faits\"): "
                "what happened, in date order, with the places and the people involved."))
        else:
            self.explain.setText(self.tr(
                "Say in a few sentences what happened, since when, and what you ask for."))
        self.label.setText(self.tr("&Summary:"))
        self.restore.setText(self.tr("&Use the suggested text again"))
        self.other_language.setText(self.tr(
            "You wrote this text from a suggestion in another language than the report's. "
            "Translate it, or use the suggested text again: the report prints it as it is."))

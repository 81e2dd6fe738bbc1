"""The export wizard's last two pages: the export running (with Cancel), and the finished
bundle with its fingerprint, how to hand it over to its recipient and, when sealed, how
it opens.

The fingerprint is the SHA-256 of the bundle's ``SHA256SUMS``. Sent to the recipient by
another way than the bundle (an SMS to the avocat), it lets them check that no file
changed on the way.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.export import exporting, options
from app.export.exporting import Progress, Result
from ui.common.fields import InlineError
from ui.common.words import size_text
from ui.export.pages import TranslatedPage, note
from ui.safety import clipboard

IDLE, RUNNING, CANCELLING, STOPPED, DONE = range(5)


class ProgressPage(TranslatedPage):
    """How far the export is. Complete only once the bundle is written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = IDLE
        self.step = ""
        self.step_label = QLabel(self)
        self.bar = QProgressBar(self)
        self.hint = note(self)
        self.outcome = note(self)
        self.error = InlineError(self)
        layout = QVBoxLayout(self)
        for widget in (self.step_label, self.bar, self.hint, self.outcome, self.error):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._retranslate()

    def begin(self) -> None:
        self.state, self.step = RUNNING, ""
        self.bar.setRange(0, 0)  # moving until the first report
        self.outcome.clear()
        self.error.show_message("")
        self._show_state()
        self.completeChanged.emit()

    def show_progress(self, progress: Progress) -> None:
        if self.state != RUNNING:
            return
        self.step = progress.step
        self._show_state()
        self.bar.setRange(0, max(progress.total, 0))
        self.bar.setValue(min(progress.done, progress.total))

    def cancelling(self) -> None:
        self.state = CANCELLING
        self._show_state()

    def show_stopped(self, message: str, cancelled: bool) -> None:
        """The export ended without a bundle: cancelled, or an error in plain words."""
        self.state = STOPPED
        if cancelled:
            self.outcome.setText(message)
        else:
            self.error.show_message(message)
        self._show_state()
        self.completeChanged.emit()

    def show_done(self) -> None:
        self.state = DONE
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self._show_state()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.state == DONE

    def _show_state(self) -> None:
        if self.state == CANCELLING:
            text = self.tr("Stopping the export…")
        elif self.state == STOPPED:
            text = self.tr("The export stopped.")
        elif self.state == DONE:
            text = self.tr("The bundle is written.")
        else:
            text = self._step_text()
        self.step_label.setText(text)
        self.bar.setAccessibleName(text)
        self.hint.setVisible(self.state in (RUNNING, CANCELLING))
        self.bar.setVisible(self.state != STOPPED)
        self.outcome.setVisible(self.state == STOPPED and bool(self.outcome.text()))

    def _step_text(self) -> str:
        steps = {exporting.ORIGINALS: self.tr("Copying the original files…"),
                 exporting.REPORT: self.tr("Writing the report…"),
                 exporting.PIECES: self.tr("Writing one PDF per exhibit…"),
                 exporting.LETTER_STEP: self.tr("Writing the complaint letter…"),
                 exporting.LISTS: self.tr("Writing the lists of files and their fingerprints…"),
                 exporting.FINISHING: self.tr("Finishing…")}
        return steps.get(self.step, self.tr("Preparing the export…"))

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Exporting"))
        self.setSubTitle(self.tr("The bundle is written under a temporary name, and takes "
                                 "its final name only when it is complete."))
        self.hint.setText(self.tr("Press Cancel to stop: nothing will be left behind."))
        self._show_state()


class FinishPage(TranslatedPage):
    """Where the bundle is, and the fingerprint to send to the recipient separately."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: Result | None = None
        self.recipient = options.LAWYER
        self.headline = note(self)
        self.place = QLabel(self, wordWrap=True)
        self.place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_folder = QPushButton(self)
        self.fingerprint_label = QLabel(self)
        self.fingerprint = QLineEdit(self, readOnly=True)
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint_label.setBuddy(self.fingerprint)
        self.copy = QPushButton(self)
        self.copied = QLabel(self)
        self.advice = note(self)
        self.opening = note(self)  # a sealed bundle: how it opens, where the password goes
        self._lay_out()
        self.show_folder.clicked.connect(self._show_folder)
        self.copy.clicked.connect(self._copy)
        self._retranslate()

    def show_result(self, result: Result, recipient: str) -> None:
        self.result, self.recipient = result, recipient
        self.place.setText(str(result.path))
        self.fingerprint.setText(result.fingerprint)
        self.fingerprint.setCursorPosition(0)
        self.copied.clear()
        self._retranslate()

    def _show_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.result.path).parent)))

    def _copy(self) -> None:
        clipboard.copy_text(self.fingerprint.text())
        self.copied.setText(self.tr("Copied."))

    def _lay_out(self) -> None:
        place = QHBoxLayout()
        place.addWidget(self.place, 1)
        place.addWidget(self.show_folder)
        fingerprint = QHBoxLayout()
        fingerprint.addWidget(self.fingerprint, 1)
        fingerprint.addWidget(self.copy)
        width = self.fontMetrics().averageCharWidth()
        self.fingerprint.setMinimumWidth(
            self.fingerprint.fontMetrics().horizontalAdvance("0" * 64) + width * 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(place)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(self.fingerprint_label)
        layout.addLayout(fingerprint)
        layout.addWidget(self.copied)
        layout.addWidget(self.advice)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.opening)
        layout.addStretch(1)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("The bundle is ready"))
        self.setSubTitle(self.tr("It can be read without Dossier."))
        result = self.result
        if result is not None:
            self.headline.setText(
                self.tr("%n exhibit(s)", "", result.exhibits) + " · "
                + self.tr("%n page(s) of report", "", result.pages) + " · "
                + size_text(result.size))
        self.show_folder.setText(self.tr("Show in &folder"))
        self.fingerprint_label.setText(self.tr("Bundle &fingerprint (SHA-256 of SHA256SUMS):"))
        self.copy.setText(self.tr("&Copy"))
        self.copy.setAccessibleName(self.tr("Copy the fingerprint"))
        self.advice.setText(self._handing_over())
        self.opening.setText(self.tr(
            "The bundle is encrypted: every file but the READMEs opens only with the "
            "password. Give the password another way than the bundle: by phone, in person "
            "or by SMS, never in the same e-mail or on the same USB stick. To open it: on "
            "Windows, 7-Zip (right-click ▸ 7-Zip ▸ Extract, then the password); on macOS, "
            "Keka or The Unarchiver; on Linux, 7z x. The README in the bundle says the same."))
        self.opening.setVisible(bool(result and result.sealed))

    def _handing_over(self) -> str:
        """How this recipient receives a bundle and its fingerprint."""
        if self.recipient == options.LAWYER:
            return self.tr(
                "Send this fingerprint separately from the bundle, for example by SMS to your "
                "avocat. With it they can check that no file changed on the way: the README "
                "in the bundle explains how.")
        if self.recipient == options.POLICE:
            return self.tr(
                "Bring the bundle on a USB stick when you file your complaint, or hand it "
                "over as the police or gendarmerie unit asks. Give them this fingerprint "
                "separately, written on paper for example: with it they can check that no "
                "file changed. The README in the bundle explains how.")
        if self.recipient == options.PLATFORM:
            return self.tr(
                "Send your report through the platform's own reporting form, and attach the "
                "files it asks for from the bundle. Keep this fingerprint with your records: "
                "it shows later that no file changed.")
        return self.tr(
            "Send this fingerprint separately from the bundle, for example by SMS. With it "
            "the recipient can check that no file changed on the way: the README in the "
            "bundle explains how.")

"""The create and unlock forms of the access screen, and the passphrase field they share.

The forms only collect and check what is typed; ``AccessScreen`` runs the work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.access.strength import StrengthMeter
from ui.common import icons
from ui.common.fields import InlineError, PassphraseField


def heading(parent: QWidget) -> QLabel:
    """A form's title, larger and bold."""
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


class CreateForm(QWidget):
    """A new vault: the passphrase twice, its strength, the warning, where it goes."""

    submitted = Signal(str)  # the passphrase, once it is acceptable
    change_location = Signal()
    open_other = Signal()  # the vault is elsewhere: a USB stick, a folder chosen last time

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(self)
        self.intro = QLabel(wordWrap=True)
        self.first, self.second = PassphraseField(), PassphraseField()
        self.meter = StrengthMeter()
        self.hint = QLabel(wordWrap=True)
        self.warning = QLabel(wordWrap=True)
        self.location = QLineEdit(readOnly=True)
        self.change = QPushButton()
        self.create_button = QPushButton(default=True)
        self.other = QPushButton()
        self.error = InlineError()
        self._lay_out()
        for field in (self.first, self.second):
            field.textChanged.connect(self._check)
            field.returnPressed.connect(self._submit)
        self.change.clicked.connect(self.change_location)
        self.other.clicked.connect(self.open_other)
        self.create_button.clicked.connect(self._submit)
        self._retranslate()

    @property
    def acceptable(self) -> bool:
        return (self.meter.strength.acceptable and bool(self.first.text())
                and self.first.text() == self.second.text())

    def reset(self, path: Path) -> None:
        self.first.wipe()
        self.second.wipe()
        self.error.show_message("")
        self.location.setText(str(path))
        self._check()

    def focus(self) -> None:
        self.first.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _submit(self) -> None:
        if self.acceptable:
            self.error.show_message("")
            self.submitted.emit(self.first.text())

    def _check(self) -> None:
        self.meter.set_passphrase(self.first.text())
        self.create_button.setEnabled(self.acceptable)
        self.hint.setText(self._why_not())
        self.hint.setVisible(bool(self.hint.text()))

    def _why_not(self) -> str:
        if not self.first.text():
            return ""
        if not self.meter.strength.acceptable:
            return self.tr("This passphrase is too easy to guess. It protects your evidence: "
                           "make it at least “Fair”.")
        if self.second.text() and self.second.text() != self.first.text():
            return self.tr("The two passphrases are not the same.")
        return ""

    def _lay_out(self) -> None:
        self.first_label, self.second_label = QLabel(), QLabel()
        self.first_label.setBuddy(self.first)
        self.second_label.setBuddy(self.second)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.first_label, self.first)
        form.addRow(self.meter)
        form.addRow(self.second_label, self.second)
        form.addRow(self.hint)
        self.location_label = QLabel()
        self.location_label.setBuddy(self.change)
        place = QHBoxLayout()
        place.addWidget(self.location, 1)
        place.addWidget(self.change)
        warning_box = QFrame(frameShape=QFrame.Shape.StyledPanel)
        icon = QLabel()
        size = self.fontMetrics().height() * 2
        icon.setPixmap(icons.icon("fa6s.triangle-exclamation", color="#e65100").pixmap(size, size))
        box = QHBoxLayout(warning_box)
        box.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.warning, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.intro):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(warning_box)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.location_label)
        layout.addLayout(place)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.setTabOrder(self.first, self.second)
        self.setTabOrder(self.second, self.create_button)
        self.setTabOrder(self.create_button, self.change)
        self.setTabOrder(self.change, self.other)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Create your vault"))
        self.intro.setText(self.tr("Choose a passphrase: a few words that only you know. "
                                   "It locks everything you keep here."))
        self.first_label.setText(self.tr("&Passphrase:"))
        self.second_label.setText(self.tr("&Type it again:"))
        self.warning.setText(self.tr(
            "If you forget this passphrase and have no recovery key, nobody can open the "
            "vault again: not you, not Dossier, not a technician. Write it down and keep it "
            "where only you can reach it. A recovery key is offered once the vault is made."))
        self.location_label.setText(self.tr("The vault will be kept in this file:"))
        self.location.setAccessibleName(self.tr("Vault file"))
        self.change.setText(self.tr("C&hange…"))
        self.create_button.setText(self.tr("&Create the vault"))
        # Someone who already has a vault must never believe it is gone.
        self.other.setText(self.tr("&Open another vault…"))
        self._check()


class UnlockForm(QWidget):
    """The passphrase of an existing vault, with the error of the last try under it."""

    submitted = Signal(str)
    open_other = Signal()
    forgot = Signal()  # "Forgot your passphrase?": the recovery key form

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(self)
        self.location = QLabel(wordWrap=True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.field = PassphraseField()
        self.field_label = QLabel()
        self.field_label.setBuddy(self.field)
        self.error = InlineError()
        self.unlock = QPushButton(default=True)
        self.other, self.forgot_link = link_button(), link_button()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        widget: QWidget
        for widget in (self.heading, self.location):
            layout.addWidget(widget)
        layout.addSpacing(self.fontMetrics().height() // 2)
        for widget in (self.field_label, self.field, self.error):
            layout.addWidget(widget)
        layout.addWidget(self.forgot_link, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(self.fontMetrics().height() // 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock)
        layout.addLayout(buttons)
        self.field.returnPressed.connect(self._submit)
        self.field.textChanged.connect(self._check)
        self.unlock.clicked.connect(self._submit)
        self.other.clicked.connect(self.open_other)
        self.forgot_link.clicked.connect(self.forgot)
        self.setTabOrder(self.field, self.unlock)
        self.setTabOrder(self.unlock, self.other)
        self.setTabOrder(self.other, self.forgot_link)
        self._path = Path()
        self._retranslate()

    def reset(self, path: Path) -> None:
        self._path = path
        self.field.wipe()
        self.error.show_message("")
        self._retranslate()

    def failed(self, message: str) -> None:
        """Show why the last try failed; the field is wiped and ready for the next one."""
        self.error.show_message(message)
        self.field.wipe()
        self.focus()

    def focus(self) -> None:
        self.field.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        for link in (self.other, self.forgot_link):
            colour_as_link(link, self)
        super().showEvent(event)

    def _submit(self) -> None:
        if self.field.text():
            self.submitted.emit(self.field.text())

    def _check(self) -> None:
        self.unlock.setEnabled(bool(self.field.text()))

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Unlock your vault"))
        self.location.setText(self.tr("File: %1").replace("%1", str(self._path)))
        self.field_label.setText(self.tr("&Passphrase:"))
        self.unlock.setText(self.tr("&Unlock"))
        self.other.setText(self.tr("&Open another vault file…"))
        self.forgot_link.setText(self.tr("&Forgot your passphrase?"))
        self._check()


def link_button() -> QPushButton:
    """A flat, underlined button that reads as a link."""
    button = QPushButton(flat=True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    font = QFont(button.font())
    font.setUnderline(True)
    button.setFont(font)
    return button


def colour_as_link(button: QPushButton, form: QWidget) -> None:
    """Drawn in the current colour scheme's link colour (called as ``form`` shows)."""
    palette = button.palette()
    palette.setColor(QPalette.ColorRole.ButtonText,
                     form.palette().color(QPalette.ColorRole.Link))
    button.setPalette(palette)

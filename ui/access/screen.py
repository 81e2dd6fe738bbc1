"""The first thing the user sees: create the vault, or unlock it (as KeePassXC does).

Errors show inline, under the field. After a failed unlock the field is wiped and takes
the focus again for a retry. While the key derives (about half a second, on the vault
worker thread), every input is disabled and a busy bar turns.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ui.access.forms import CreateForm, UnlockForm
from ui.access.recover_form import RecoverForm
from ui.common import file_dialogs, icons
from ui.common.i18n import core_text
from ui.common.operations import VaultService
from ui.safety import disguise

CREATE, UNLOCK = "create", "unlock"


class _Forms(QWidget):
    """Shows one form at a time, as tall as that form: a hidden form takes no room (a
    QStackedWidget would keep the height of the tallest)."""

    def __init__(self, *forms: CreateForm | UnlockForm | RecoverForm) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for form in forms:
            layout.addWidget(form)
        self._forms = forms
        self._current = forms[0]

    def currentWidget(self) -> CreateForm | UnlockForm | RecoverForm:
        return self._current

    def setCurrentWidget(self, form: CreateForm | UnlockForm | RecoverForm) -> None:
        self._current = form
        for widget in self._forms:
            widget.setVisible(widget is form)


class AccessScreen(QWidget):
    """Create the vault at ``path`` if there is none, else unlock it."""

    opened = Signal()
    created = Signal()  # a new vault: the window offers a recovery key

    def __init__(self, service: VaultService, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.path = Path(path)
        self.busy = False
        self.create_form = CreateForm()
        self.unlock_form = UnlockForm()
        self.recover_form = RecoverForm()
        self.pages = _Forms(self.create_form, self.unlock_form, self.recover_form)
        self.busy_bar = QProgressBar(minimum=0, maximum=0, textVisible=False)
        self.busy_bar.setMaximumHeight(self.fontMetrics().height() // 2)
        self.busy_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._lay_out()
        self.create_form.submitted.connect(self._create)
        self.create_form.change_location.connect(self._choose_new_location)
        self.create_form.open_other.connect(self._choose_other_vault)
        self.unlock_form.submitted.connect(self._unlock)
        self.unlock_form.open_other.connect(self._choose_other_vault)
        self.unlock_form.forgot.connect(self.show_recovery)
        self.recover_form.submitted.connect(self._recover)
        self.recover_form.back.connect(self.reset)
        self._retranslate()
        self.reset()

    @property
    def mode(self) -> str:
        return UNLOCK if self.path.exists() else CREATE

    def set_path(self, path: Path) -> None:
        """Work on the vault at ``path``: unlock it if it exists, else offer to create it."""
        self.path = Path(path)
        self.reset()

    def reset(self) -> None:
        """Wipe every passphrase, clear errors, and show the right form, focused."""
        self._set_busy(False)
        self.create_form.reset(self.path)
        self.unlock_form.reset(self.path)
        self.recover_form.reset()
        form = self.unlock_form if self.mode == UNLOCK else self.create_form
        self.pages.setCurrentWidget(form)
        form.focus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.busy:
            self.pages.currentWidget().focus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def show_recovery(self) -> None:
        """The recovery key form, in place of the passphrase."""
        self.recover_form.reset()
        self.pages.setCurrentWidget(self.recover_form)
        self.recover_form.focus()

    # -- the actions -----------------------------------------------------------------------

    def _create(self, passphrase: str) -> None:
        self._set_busy(True, self.tr("Creating your encrypted vault…"))
        self.service.create(self.path, passphrase, self._created, self._create_failed)

    def _created(self, result: object) -> None:
        self._opened(result)
        self.created.emit()

    def _recover(self, typed_key: str, new_passphrase: str) -> None:
        self._set_busy(True, self.tr("Unlocking…"))
        self.service.recover(self.path, typed_key, new_passphrase, self._opened,
                             self._recover_failed)

    def _recover_failed(self, message: str) -> None:
        self._set_busy(False)
        self.recover_form.failed(core_text(message))

    def _unlock(self, passphrase: str) -> None:
        self._set_busy(True, self.tr("Unlocking…"))
        self.service.unlock(self.path, passphrase, self._opened, self._unlock_failed)

    def _opened(self, _result: object) -> None:
        self.reset()
        self.opened.emit()

    def _create_failed(self, message: str) -> None:
        self._set_busy(False)
        self.create_form.error.show_message(core_text(message))
        self.create_form.focus()

    def _unlock_failed(self, message: str) -> None:
        self._set_busy(False)
        self.unlock_form.failed(core_text(message))

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.busy = busy
        self.pages.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.busy_label.setText(message)
        self.busy_label.setVisible(busy)

    # -- choosing another file -------------------------------------------------------------

    def _choose_new_location(self) -> None:
        chosen = file_dialogs.save_file(
            self, self.tr("Where to keep the vault"), self.path,
            [self.tr("Dossier vaults (%1)").replace("%1", file_dialogs.VAULT_FILTER)],
            confirm_overwrite=False)
        if chosen is not None:
            self.set_path(chosen)

    def _choose_other_vault(self) -> None:
        chosen = file_dialogs.open_file(
            self, self.tr("Open a vault"), self.path.parent,
            [self.tr("Dossier vaults (%1)").replace("%1", file_dialogs.VAULT_FILTER),
             self.tr("All files (*)")])
        if chosen is not None:
            self.set_path(chosen)

    # -- layout ------------------------------------------------------------------------------

    def _lay_out(self) -> None:
        self.logo = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        size = self.fontMetrics().height() * 3
        self.logo.setPixmap(icons.icon("fa6s.shield-halved", color="#3f6f8f").pixmap(size, size))
        self.app_name = QLabel("Dossier", alignment=Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.app_name.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.app_name.setFont(font)
        self.reassurance = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        column = QVBoxLayout()
        for widget in (self.logo, self.app_name, self.reassurance):
            column.addWidget(widget)
        column.addSpacing(self.fontMetrics().height())
        column.addWidget(self.pages)
        column.addWidget(self.busy_bar)
        column.addWidget(self.busy_label)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(self.fontMetrics().averageCharWidth() * 64)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _retranslate(self) -> None:
        self.reassurance.setText(self.tr("Everything stays on this computer, encrypted."))
        self.busy_bar.setAccessibleName(self.tr("Working, please wait"))
        self.logo.setAccessibleName(self.app_name.text())  # the disguise's name, if any

    def dress(self, disguise_name: str) -> None:
        """The name and the logo above the passphrase field, as ``disguise_name`` has them."""
        name = disguise.display_name(disguise_name)
        side = self.fontMetrics().height() * 3
        self.app_name.setText(name)
        self.logo.setPixmap(disguise.app_icon(disguise_name).pixmap(side, side))
        self.logo.setAccessibleName(name)

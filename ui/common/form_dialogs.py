"""Helpers shared by the app's small editing dialogs (person, account, incident) and
the item editor: a form row whose label focuses its field, and the usual dialog layout
of a form, a one-sentence error and the accept and cancel buttons.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


def form_row(form: QFormLayout, field: QWidget) -> QLabel:
    """Add a row whose label (set later, with its mnemonic) focuses ``field``."""
    label = QLabel(form.parentWidget())
    label.setBuddy(field)
    form.addRow(label, field)
    return label


def lay_out_dialog(dialog: QDialog, form: QFormLayout, *lines: QWidget,
                   accept: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok
                   ) -> QLabel:
    """Lay out a small editing dialog: its form, any further lines, a one-sentence error
    (hidden until needed) and the accept and cancel buttons. Returns the error label."""
    error = QLabel(dialog, wordWrap=True)
    error.hide()
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    for line in (*lines, error, buttons):
        layout.addWidget(line)
    return error

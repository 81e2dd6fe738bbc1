"""File choosers that leave no trace of where the user's evidence is.

Qt's own dialog is used, never the system's: the system dialogs add what they open to
the desktop's recent-files list. Qt's dialog in turn writes the folder it last showed
and a history into the settings every Qt program shares, when it is destroyed; both are
pointed back at the home folder before that, so no evidence folder is ever named there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

VAULT_FILTER = "*.dossier"


def open_file(parent: QWidget, title: str, folder: Path | None = None,
              filters: list[str] | None = None) -> Path | None:
    """One existing file, or None if the user cancelled."""
    dialog = _dialog(parent, title, folder, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _run(dialog)
    return chosen[0] if chosen else None


def open_files(parent: QWidget, title: str, folder: Path | None = None) -> list[Path]:
    """Existing files (several may be chosen), or an empty list."""
    dialog = _dialog(parent, title, folder, None)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def open_folder(parent: QWidget, title: str, folder: Path | None = None) -> Path | None:
    dialog = _dialog(parent, title, folder, None)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    chosen = _run(dialog)
    return chosen[0] if chosen else None


def save_file(parent: QWidget, title: str, suggested: Path, filters: list[str] | None = None,
              confirm_overwrite: bool = True) -> Path | None:
    """Where to write a new file; the dialog asks before replacing one unless told not
    to (when the caller never replaces files and treats an existing one itself)."""
    dialog = _dialog(parent, title, suggested.parent, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(str(suggested))
    chosen = _run(dialog)
    return chosen[0] if chosen else None


def _dialog(parent: QWidget, title: str, folder: Path | None,
            filters: list[str] | None) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(folder or Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons)
    dialog.setHistory([])
    if filters:
        dialog.setNameFilters(filters)
    return dialog


def _run(dialog: QFileDialog) -> list[Path]:
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = [Path(name) for name in dialog.selectedFiles()] if accepted else []
    dialog.setDirectory(QDir.homePath())
    dialog.setHistory([])
    dialog.deleteLater()
    return chosen

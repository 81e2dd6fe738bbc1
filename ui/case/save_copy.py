"""Save a copy of an item's original, exactly as it arrived, where the person chooses.

The copy leaves the vault, so it is not encrypted: she is told so before choosing where
it goes. The bytes are streamed from the vault into a hidden owner-only file that takes
its final name only once complete, so a failed copy never looks like a good one. The
file dialog is Qt's own (``ui.common.file_dialogs``): no recent-files entry in the OS.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from app.case import evidence
from app.vault import originals
from app.vault.vault import Vault
from ui.common import file_dialogs
from ui.common.i18n import core_text
from ui.common.operations import Operation, Task, VaultService


def write_original(item_id: int, destination: Path) -> Operation[Path]:
    """The operation copying item ``item_id``'s original to ``destination`` (mode 0600,
    written whole then renamed); returns the destination."""
    def operation(vault: Vault, _task: Task[None]) -> Path:
        blob = evidence.blob_id(vault.db, item_id)
        if blob is None:
            raise FileNotFoundError(destination)
        partial = destination.with_name(f".{destination.name}.partial")
        partial.unlink(missing_ok=True)
        descriptor = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        try:
            with os.fdopen(descriptor, "wb") as file:
                for chunk in originals.chunks(vault.db, blob):
                    file.write(chunk)
            os.replace(partial, destination)
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
        return destination
    return operation


class CopySaver(QWidget):
    """Asks, warns, writes; ``parent`` hosts the dialogs. Not shown itself."""

    def __init__(self, service: VaultService, parent: QWidget) -> None:
        super().__init__(parent)
        self.hide()
        self._service = service
        self._host = parent

    def save(self, item_id: int, original_name: str) -> None:
        """Warn that the copy is not encrypted, ask where, then write it."""
        host = self._host
        answer = QMessageBox.warning(
            host, self.tr("Save a copy"),
            self.tr("The copy will not be encrypted: anyone who can open files on this "
                    "computer, or on the drive you choose, can read it. The original stays "
                    "safe in the vault."),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Save:
            return
        suggested = Path.home() / (Path(original_name).name or "copy")
        chosen = file_dialogs.save_file(host, self.tr("Save a copy"), suggested)
        if chosen is None:
            return
        self._service.run(write_original(item_id, chosen), self._saved, self._failed)

    def _saved(self, destination: Path) -> None:
        QMessageBox.information(self.parentWidget(), self.tr("Save a copy"),
                                self.tr("The copy is saved as %1.").replace(
                                    "%1", destination.name))

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self.parentWidget(), self.tr("Save a copy"),
                            self.tr("The copy could not be saved: %1").replace(
                                "%1", core_text(message)))

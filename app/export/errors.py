"""Why an export stopped, in sentences the desktop app translates."""

from __future__ import annotations

from app.common.errors import DossierError
from app.common.texts import QT_TRANSLATE_NOOP, Text


class Cancelled(DossierError):
    """The user cancelled; nothing was left under the bundle's name."""

    def __init__(self) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "The export was cancelled; nothing was written.")))


class ExportError(DossierError):
    """The bundle could not be written (full disk, no permission...)."""

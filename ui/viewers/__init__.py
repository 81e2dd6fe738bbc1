"""The viewer that shows an item's content, one per kind. Viewer modules are imported when
first needed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.common import words
from ui.viewers.base import Viewer


def create_viewer(kind: str, parent: QWidget | None = None) -> Viewer:
    """A new viewer for items of ``kind``."""
    from ui.viewers import chat, email, image, media, pdf, text, web

    classes: dict[str, type[Viewer]] = {
        "image": image.ImageViewer, "pdf": pdf.PdfViewer, "email": email.EmailViewer,
        "chat": chat.ChatViewer, "message": chat.MessageViewer, "web": web.WebViewer,
        "text": text.TextViewer, "audio": media.MediaViewer, "video": media.MediaViewer,
    }
    return classes.get(kind, media.FileViewer)(parent)


def viewer_key(kind: str) -> str:
    """Kinds that share a viewer class share one instance."""
    return {"video": "audio"}.get(kind, kind) if kind in words.KIND_ICONS else "other"

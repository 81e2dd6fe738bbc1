"""Recordings, videos and files Dossier does not show: the facts about them, and for a
recording or a video, a player reading the original from memory (``ui.viewers.player``).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.common.words import kind_text, size_text
from ui.viewers import player
from ui.viewers.base import ItemContent, Viewer


class FactsViewer(Viewer):
    """A short list of facts, one per line, in plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_content(self, content: ItemContent) -> None:
        self.clear()
        for label, value in self.facts(content):
            if value:
                field = QLabel(value, self)
                field.setTextFormat(Qt.TextFormat.PlainText)
                field.setWordWrap(True)
                field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
                self.form.addRow(label, field)
        self.note.setText(self.closing_note(content))

    def clear(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.note.clear()

    def facts(self, content: ItemContent) -> list[tuple[str, str]]:
        item = content.item
        return [(self.tr("Kind:"), kind_text(item.kind)),
                (self.tr("File type:"), item.mime),
                (self.tr("Size:"), size_text(item.size)),
                (self.tr("Fingerprint (SHA-256):"), item.sha256)]

    def closing_note(self, content: ItemContent) -> str:
        return self.tr("Dossier does not show this kind of file. It is kept exactly as it "
                       "arrived, and its fingerprint proves it was not changed.")


class MediaViewer(FactsViewer):
    """A sound recording or a video: a player, then its length and format."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player.Player(self)
        self.player.unavailable.connect(self._cannot_play)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.player)

    def show_content(self, content: ItemContent) -> None:
        super().show_content(content)
        if content.original:
            self.player.load(content.original, with_picture=content.item.kind == "video")
        self.player.setVisible(bool(content.original))

    def clear(self) -> None:
        self.player.clear()
        super().clear()

    def _cannot_play(self) -> None:
        self.player.hide()
        self.note.setText(self.tr("This computer lacks the sound libraries to play it here. "
                                  "Save a copy to play it with another program."))

    def facts(self, content: ItemContent) -> list[tuple[str, str]]:
        return [(self.tr("Duration:"), _duration(content.first("audio.duration_seconds")
                                                  or content.first("video.duration_seconds"))),
                (self.tr("Format:"), content.first("media.format").upper()),
                (self.tr("Channels:"), content.first("audio.channels")),
                (self.tr("Sample rate:"), _hertz(content.first("audio.sample_rate"))),
                *super().facts(content)]

    def closing_note(self, content: ItemContent) -> str:
        if content.original:
            return ""
        return self.tr("It is too large to play here. Save a copy to play it with another "
                       "program.")


class FileViewer(FactsViewer):
    """Any other file: what it is and its fingerprint."""


def _duration(seconds: str) -> str:
    try:
        total = round(float(seconds))
    except ValueError:
        return ""
    minutes, rest = divmod(total, 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{rest:02d}"
    return f"{minutes}:{rest:02d}"


def _hertz(rate: str) -> str:
    return f"{QLocale().toString(int(rate))} Hz" if rate.isdigit() else ""

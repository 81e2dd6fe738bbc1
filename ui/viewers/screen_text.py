"""The text read in a picture (OCR), beside the picture: selectable, with a Copy button.

The words come from ``app/case/transcripts.py``, read by the OCR child in the background
after an import; they are shown as plain text, never interpreted, and said to be read
automatically, since the engine can be wrong (it drops most accents but é).
"""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.case.transcripts import READ, Reading
from ui.safety import clipboard
from ui.viewers.text import note_label, say


class ScreenTextPanel(QWidget):
    """The reading of one picture, or a sentence saying why there is none yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reading: Reading | None = None
        self.note = note_label(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.copy = QPushButton(qta.icon("fa6s.copy"), "", self)
        self.copy.clicked.connect(lambda: clipboard.copy_text(self.text.toPlainText()))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.copy.setText(self.tr("Copy the text"))
        self.text.setAccessibleName(self.tr("Text read in the picture"))
        self.show_reading(self._reading)

    def show_reading(self, reading: Reading | None) -> None:
        self._reading = reading
        read = reading is not None and reading.state == READ
        words = reading.transcript.text if reading is not None and read else ""
        self.text.setPlainText(words)
        self.text.setVisible(bool(words))
        self.copy.setEnabled(bool(words))
        self.copy.setVisible(bool(words))
        say(self.note, self._sentence(reading, bool(words)))

    def _sentence(self, reading: Reading | None, has_words: bool) -> str:
        if reading is None:
            return self.tr("The text of this picture has not been read yet. Dossier reads it "
                           "in the background, on this computer.")
        if reading.state != READ:
            return self.tr("Dossier could not read the text of this picture. The picture is "
                           "kept exactly as it arrived.")
        if not has_words:
            return self.tr("Dossier found no text in this picture.")
        return self.tr("Text read automatically; it may contain errors (accents above all).")

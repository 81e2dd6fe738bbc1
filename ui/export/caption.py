"""The caption of an avocat's bordereau, on the export wizard's filing page: the court,
the RG number, for whom and against whom.

Like her name, and unlike her contact and address, the caption is kept in the case
(app/case/caption.py): a case keeps its court and its number from one communication to
the next, so the boxes come back filled at the next export. The box says so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from app.case.caption import MAX_LENGTH, Caption


class CaptionBox(QGroupBox):
    """Four optional lines; ``caption()`` reads them, ``offer()`` fills them once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explain = QLabel(self, wordWrap=True)
        self.jurisdiction = QLineEdit(self)
        self.rg = QLineEdit(self)
        self.for_party = QLineEdit(self)
        self.against = QLineEdit(self)
        self.labels = [QLabel(self) for _ in range(4)]
        layout = QFormLayout(self)
        layout.addRow(self.explain)
        for label, field in zip(self.labels, self._fields(), strict=True):
            field.setMaxLength(MAX_LENGTH)
            layout.addRow(label, field)
            label.setBuddy(field)
        self._retranslate()

    def caption(self) -> Caption:
        return Caption(*(field.text() for field in self._fields())).cleaned()

    def offer(self, kept: Caption) -> None:
        """The caption kept in the case, unless she has started typing one already."""
        if any(field.text() for field in self._fields()):
            return
        for field, value in zip(self._fields(), (kept.jurisdiction, kept.rg, kept.for_party,
                                                 kept.against), strict=True):
            field.setText(value)

    def wipe(self) -> None:
        for field in self._fields():
            field.clear()

    def _fields(self) -> tuple[QLineEdit, ...]:
        return (self.jurisdiction, self.rg, self.for_party, self.against)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("For the bordereau (list of exhibits)"))
        self.explain.setText(self.tr(
            "Heads the list of exhibits your lawyer files. Each line is optional. It is kept in "
            "the case (encrypted) and offered again at the next export."))
        for label, text in zip(self.labels, (
                self.tr("C&ourt:"), self.tr("&RG number:"), self.tr("&For (the client):"),
                self.tr("A&gainst (the other side):")), strict=True):
            label.setText(text)
        self.jurisdiction.setPlaceholderText(self.tr("e.g. Tribunal judiciaire de Lyon"))
        self.rg.setPlaceholderText(self.tr("The court's case number, e.g. 25/01234"))

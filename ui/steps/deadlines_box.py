"""Each incident's limitation date, with the rule and the article it comes from, the act
it is counted from, and a warning as it nears; and, plainly, that it is a reminder for
an avocat to confirm, not legal advice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.case import deadlines
from app.case.deadlines import Deadline

WARNED = (deadlines.SOON, deadlines.LAPSED)


def deadline_text(deadline: Deadline) -> str:
    """The incident's title, then "Lapses on 6 February 2027, counted from …",
    translated, its dates in the window's language."""
    sentence = deadline.sentence()
    values = dict(sentence.values)
    if deadline.rule is not None:
        values["rule"] = QCoreApplication.translate("core", deadline.rule.name)
    for key, day in (("date", deadline.lapses_on), ("start", deadline.counted_from)):
        if day is not None:
            values[key] = QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
    try:
        said = QCoreApplication.translate("core", sentence.template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        said = str(sentence)
    title = deadline.title or QCoreApplication.translate("Steps", "(untitled)")
    mark = "⚠ " if deadline.state in WARNED else ""
    return f"{mark}{title}\n{said}"


class DeadlinesBox(QGroupBox):
    """The limitation date of every incident, read-only; refreshed by the steps panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deadlines: list[Deadline] = []
        self._texts: list[str] = []
        self.lines = QLabel(self, wordWrap=True)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)  # titles are hers, never markup
        self.lines.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea(self, widgetResizable=True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.lines)
        scroll.viewport().setAutoFillBackground(False)  # the group's own background
        self.lines.setAutoFillBackground(False)
        self.disclaimer = QLabel(self, wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.disclaimer)
        self._retranslate()

    def show_deadlines(self, found: list[Deadline]) -> None:
        self._deadlines = list(found)
        self._fill()

    def texts(self) -> list[str]:
        """What each deadline says, in order (what the person reads)."""
        return list(self._texts)

    def _fill(self) -> None:
        self._texts = [deadline_text(deadline) for deadline in self._deadlines]
        self.lines.setText("\n\n".join(self._texts) or self.tr(
            "No incident yet: describe one and give it a qualification to see when it "
            "lapses."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Deadlines to act (prescription)"))
        self.disclaimer.setText(QCoreApplication.translate("core", deadlines.DISCLAIMER))
        self._fill()

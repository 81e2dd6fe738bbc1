"""The conversations of a platform's export, to tick before anything is imported.

An export holds all of her conversations: her family's, her friends'. Only those she
ticks become evidence; none is ticked at first, except those with someone already tied
to a harasser of the case.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.common import dates, printable
from app.importing.threads import Thread
from ui.common.i18n import core_text
from ui.common.words import moment_text
from ui.importing.import_flow import ExportChoice

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ThreadPicker(QDialog):
    """Lists the export's conversations with a box to tick each; ``chosen`` gives the
    ticked ones' keys when she confirms."""

    confirmed = Signal(object, list)  # the ExportChoice, the keys of the ticked conversations

    COL_TITLE, COL_PEOPLE, COL_COUNT, COL_FIRST, COL_LAST = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.choice: ExportChoice | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setColumnCount(5)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.summary = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = QPushButton(self)
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda *_: self._update())
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.problems, self.list, self.summary, self.buttons):
            layout.addWidget(widget)
        self.resize(860, 420)
        self._retranslate()

    def show_choice(self, choice: ExportChoice) -> None:
        self.choice = choice
        self.list.blockSignals(True)
        self.list.clear()
        for thread in choice.listing.threads:
            self.list.addTopLevelItem(self._row(thread, choice.ticked.get(thread.key, ""),
                                                thread.key in choice.present))
        self.list.blockSignals(False)
        for column in range(self.list.columnCount()):
            self.list.resizeColumnToContents(column)
            # Room for the check box, which the contents' width leaves out.
            self.list.setColumnWidth(column, self.list.columnWidth(column) + 24)
        problems = [core_text(problem) for problem in choice.listing.problems]
        self.problems.setText("\n".join(printable.one_line(p) for p in problems))
        self.problems.setVisible(bool(problems))
        self._retranslate()
        self.open()

    def forget(self) -> None:
        """On lock: closed, and no conversation's name stays in its widgets."""
        self.reject()
        self.choice = None
        self.list.clear()

    def chosen(self) -> list[str]:
        rows = (self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount()))
        present = self.choice.present if self.choice else frozenset()
        return [str(row.data(self.COL_TITLE, KEY_ROLE)) for row in rows if row is not None
                and row.checkState(self.COL_TITLE) == Qt.CheckState.Checked
                and row.data(self.COL_TITLE, KEY_ROLE) not in present]

    def _row(self, thread: Thread, harasser: str, present: bool) -> QTreeWidgetItem:
        row = QTreeWidgetItem([
            printable.one_line(thread.title or thread.key),
            printable.one_line(", ".join(thread.participants)), str(thread.count),
            moment_text(dates.to_iso(thread.first)) if thread.first else "",
            moment_text(dates.to_iso(thread.last)) if thread.last else ""])
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(self.COL_TITLE, Qt.CheckState.Checked if harasser or present
                          else Qt.CheckState.Unchecked)
        row.setData(self.COL_TITLE, KEY_ROLE, thread.key)
        row.setTextAlignment(self.COL_COUNT, Qt.AlignmentFlag.AlignRight)
        if present:  # imported from this file before: shown ticked, not to be undone here
            row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            row.setToolTip(self.COL_TITLE, self.tr("Already in the case."))
        elif harasser:
            row.setToolTip(self.COL_TITLE, self.tr(
                "Ticked because %1 takes part: tied to a harasser of the case.").replace(
                "%1", printable.one_line(harasser)))
        return row

    def _confirm(self) -> None:
        if self.choice is not None and self.chosen():
            self.confirmed.emit(self.choice, self.chosen())
            self.accept()

    def _update(self) -> None:
        present = len(self.choice.present) if self.choice else 0
        ticked, total = len(self.chosen()), self.list.topLevelItemCount() - present
        self.summary.setText(self.tr("%n of %1 conversations ticked.", "", ticked)
                             .replace("%1", str(total)))
        self.import_button.setEnabled(ticked > 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        platform = self.choice.listing.platform if self.choice else ""
        self.setWindowTitle(self.tr("Choose the conversations to import"))
        self.intro.setText(self.tr(
            "This %1 export holds all your conversations. Tick those that belong in the "
            "case: only they become items, each message with its author and its time. "
            "The export file itself is kept whole in the vault as the original."
            ).replace("%1", platform))
        self.list.setHeaderLabels([self.tr("Conversation"), self.tr("Participants"),
                                   self.tr("Messages"), self.tr("First message"),
                                   self.tr("Last message")])
        self.import_button.setText(self.tr("Import the ticked conversations"))
        self._update()

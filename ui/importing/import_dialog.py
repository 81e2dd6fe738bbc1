"""The import's progress and results: a window that stays open beside the case.

It shows the files done out of the total, the file being stored, and one line per file
in plain words (stored, already in the case, refused and why). Cancel stops between two
files; at the end a summary line stays ("12 stored, 1 already in the case, 1 refused").
It never waits on the import: everything arrives by signal from ``ImportFlow``.
"""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.common import printable
from app.importing.formats.base import DAMAGED
from app.importing.pipeline import DUPLICATE_FILE, REFUSED, STORED
from ui.common.i18n import core_text
from ui.importing.import_flow import FileResult, ImportFlow, ImportProgress, ImportSummary

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # importing.STORED, DUPLICATE_FILE or REFUSED
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2  # the item to show for this row, or None
_ICONS = {STORED: ("fa6s.circle-check", "#2e7d32"), DUPLICATE_FILE: ("fa6s.clone", "#1565c0"),
          REFUSED: ("fa6s.circle-xmark", "#b3261e")}
_DAMAGED_ICON = ("fa6s.triangle-exclamation", "#e65100")


class ImportResultsModel(QAbstractTableModel):
    """One row per file given: the refused ones first (they need the person's attention),
    then the others in the order they were done."""

    COL_FILE, COL_RESULT = range(2)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FileResult] = []

    def append(self, result: FileResult) -> int:
        """Add ``result`` in its place; returns its row."""
        row = len(self._rows)
        if result.status == REFUSED:
            row = sum(1 for done in self._rows if done.status == REFUSED)
        self.beginInsertRows(ROOT, row, row)
        self._rows.insert(row, result)
        self.endInsertRows()
        return row

    def clear(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self.endResetModel()

    def results(self) -> list[FileResult]:
        return list(self._rows)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.COL_RESULT),
                                  self.index(len(self._rows) - 1, self.COL_RESULT))

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        result, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return result.name if column == self.COL_FILE else printable.one_line(
                self.words(result))  # a refusal may quote a link's target, chosen by anyone
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_FILE:
            damaged = result.status == STORED and DAMAGED in result.flags
            name, colour = _DAMAGED_ICON if damaged else _ICONS.get(result.status,
                                                                   _ICONS[REFUSED])
            return qta.icon(name, color=QColor(colour))
        if role == STATUS_ROLE:
            return result.status
        if role == ITEM_ROLE:
            return result.item_ids[0] if result.item_ids else result.duplicate_of
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("File"), self.tr("Result"))[section] if 0 <= section < 2 else None

    def words(self, result: FileResult) -> str:
        """The result in plain words."""
        if result.status == STORED and DAMAGED in result.flags:
            return self.tr("Stored, but damaged: it is kept exactly as it arrived, and may "
                           "not show whole")
        if result.status == STORED:
            parts = len(result.item_ids) - 1
            return self.tr("Stored, with %n part(s) inside", "", parts) if parts > 0 \
                else self.tr("Stored")
        if result.status == DUPLICATE_FILE:
            return self.tr("Already in the case (item {item})").format(item=result.duplicate_of)
        return self.tr("Refused: {reason}").format(reason=core_text(result.reason))


class ImportDialog(QDialog):
    """Progress and results of the imports run by ``flow``; it shows itself when one
    starts (unless told not to) and keeps every result until it is closed."""

    item_activated = Signal(int)  # the user double-clicked a stored or duplicate file

    def __init__(self, flow: ImportFlow, parent: QWidget | None = None,
                 show_on_start: bool = True) -> None:
        super().__init__(parent)
        self.setModal(False)
        self._flow = flow
        self._show_on_start = show_on_start
        self._running = False
        self._stopping = False
        self._ended = ""  # how the last import ended: "", "done", "stopped", "failed"
        self.model = ImportResultsModel(self)
        self._build()
        flow.started.connect(self._on_started)
        flow.progressed.connect(self._on_progress)
        flow.finished.connect(self._on_finished)
        flow.failed.connect(self._on_failed)
        self._retranslate()

    def _build(self) -> None:
        self.headline = QLabel(self)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.current = QLabel(self)
        self.current.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.bar = QProgressBar(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setWordWrap(True)  # a refusal's reason is read whole, not cut
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setAlternatingRowColors(True)
        self.view.header().setStretchLastSection(True)
        self.view.activated.connect(self._activate)
        self.summary = QLabel(self, wordWrap=True)
        self.error = QLabel(self, wordWrap=True)
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.cancel_button.clicked.connect(self._cancel)
        self.close_button.clicked.connect(self.hide)
        self.close_button.hide()
        layout = QVBoxLayout(self)
        for widget in (self.headline, self.current, self.bar, self.view, self.summary,
                       self.error, self.buttons):
            layout.addWidget(widget)
        height = self.fontMetrics().height()
        self.resize(height * 40, height * 24)

    @property
    def running(self) -> bool:
        return self._running

    def summary_text(self, summary: ImportSummary | None = None) -> str:
        """"12 stored, 1 already in the case, 1 refused" for the results shown."""
        results = summary.results if summary else self.model.results()
        stored, twins, refused = (sum(1 for r in results if r.status == status)
                                  for status in (STORED, DUPLICATE_FILE, REFUSED))
        if not results:
            return self.tr("Nothing was added")
        parts = [self.tr("%n stored", "", stored)]
        if twins:
            parts.append(self.tr("%n already in the case", "", twins))
        if refused:
            parts.append(self.tr("%n refused", "", refused))
        return ", ".join(parts)

    def reject(self) -> None:
        self.hide()  # Escape closes the window; the import goes on unless cancelled

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Adding evidence"))
        self.bar.setAccessibleName(self.tr("Files done"))
        self.view.setAccessibleName(self.tr("Result for each file"))
        headlines = {"": self.tr("Adding files to the case…"),
                     "done": self.tr("Finished"), "stopped": self.tr("Stopped"),
                     "failed": self.tr("The import could not finish")}
        self.headline.setText(self.tr("Stopping after this file…") if self._stopping
                              else headlines[self._ended])
        if self.model.rowCount():
            self.summary.setText(self.summary_text())
        self.model.retranslate()

    def _on_started(self) -> None:
        if not self.isVisible():
            self.model.clear()
            self.view.setColumnWidth(ImportResultsModel.COL_FILE, self.fontMetrics().height() * 8)
        self._running, self._stopping, self._ended = True, False, ""
        self.error.hide()
        self.bar.setRange(0, 0)  # turning until the files are counted
        self.current.clear()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.close_button.hide()
        self._retranslate()
        if self._show_on_start:
            self.show()
            self.raise_()

    def _on_progress(self, progress: object) -> None:
        assert isinstance(progress, ImportProgress)
        total = max(progress.total or 0, progress.done)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(progress.done)
        self.bar.setFormat(self.tr("{done} of {total} files").format(done=progress.done,
                                                                      total=total))
        if progress.result is not None:
            row = self.model.append(progress.result)
            self._fit_names(progress.result.name)
            self.view.scrollTo(self.model.index(row, 0))
            self.current.setText(progress.result.name)
            self.summary.setText(self.summary_text())

    def _fit_names(self, name: str) -> None:
        """Widen the file column for a longer name, up to most of the view; measuring
        one name is cheap where resizing to every row's contents would not be."""
        metrics = self.view.fontMetrics()
        wanted = metrics.horizontalAdvance(name) + metrics.height() * 3
        widest = int(self.view.viewport().width() * 0.6)
        current = self.view.columnWidth(ImportResultsModel.COL_FILE)
        self.view.setColumnWidth(ImportResultsModel.COL_FILE,
                                 max(current, min(wanted, widest)))

    def _on_finished(self, summary: object) -> None:
        assert isinstance(summary, ImportSummary)
        self._end("stopped" if summary.cancelled else "done")
        text = self.summary_text()
        left = summary.total - len(summary.results)
        if summary.cancelled and left > 0:
            text += " — " + self.tr("stopped before %n more file(s)", "", left)
        self.summary.setText(text)

    def _on_failed(self, message: str) -> None:
        self._end("failed")
        self.error.setText(core_text(message))
        self.error.show()

    def _end(self, how: str) -> None:
        self._running, self._stopping, self._ended = False, False, how
        self.current.clear()
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 1)
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setFocus()
        self._retranslate()

    def _cancel(self) -> None:
        self._stopping = True
        self.cancel_button.setEnabled(False)
        self._flow.cancel()
        self._retranslate()

    def _activate(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if isinstance(item, int):
            self.item_activated.emit(item)

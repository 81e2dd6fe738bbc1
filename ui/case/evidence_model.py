"""The evidence table's model: one row per item of the case, held in memory as a list.

Rows come from ``app.listing.rows`` in one query; nothing is asked of the vault while the
user scrolls, except thumbnails, which are requested in batches for the rows the view
paints and kept in a bounded memory cache (never on disk).
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from app.case.listing import Row
from app.common import printable, roles
from app.common.texts import QT_TRANSLATE_NOOP  # Qt's stub says it returns object
from ui.common import words
from ui.common.pickers import ITEM_IDS_MIME

ItemIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

COL_KIND, COL_CAPTURED, COL_SOURCE, COL_TITLE, COL_PLATFORM, COL_ACCOUNTS, COL_TAGS, \
    COL_FLAGS, COL_ROLE = range(9)
COLUMN_COUNT = 9

THUMBNAIL_CACHE = 3000  # previews kept in memory; the view asks again for evicted ones
_BATCH_DELAY_MS = 30  # gathers the rows painted in one pass into one request

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class EvidenceModel(QAbstractTableModel):
    """Items of one case. ``thumbnails_wanted`` asks for previews of painted rows;
    answer with ``add_thumbnails``."""

    thumbnails_wanted = Signal(list)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._row_of: dict[int, int] = {}
        self._thumbs: OrderedDict[int, QPixmap] = OrderedDict()
        self._asked: set[int] = set()
        self._wanted: list[int] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.thumbnail_size = 48  # logical pixels; the view sets both from its font
        self.flag_size = 16
        self._timer = QTimer(self, singleShot=True, interval=_BATCH_DELAY_MS)
        self._timer.timeout.connect(self._ask_thumbnails)

    # -- filling -----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show these rows (kept in the current sort order); cached previews stay."""
        self.beginResetModel()
        self._rows = list(rows)
        self._apply_sort()
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row and every preview held in memory."""
        self.beginResetModel()
        self._rows, self._row_of = [], {}
        self._thumbs.clear()
        self._asked.clear()
        self._wanted.clear()
        self._timer.stop()
        self.endResetModel()

    def add_thumbnails(self, found: dict[int, bytes], asked: list[int]) -> None:
        """Previews that arrived; asked ids missing from ``found`` have none."""
        for item_id in asked:
            self._asked.discard(item_id)
            if item_id not in self._row_of:
                continue  # removed or filtered out meanwhile
            data = found.get(item_id)
            self._remember(item_id, self._pixmap(data) if data else QPixmap())
            row = self._row_of[item_id]
            index = self.index(row, COL_KIND)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def retranslate(self) -> None:
        """Words and dates are made when asked for: ask the views to ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def thumbnail_count(self) -> int:
        """How many previews are held in memory (for tests and for the lock check)."""
        return sum(1 for pixmap in self._thumbs.values() if not pixmap.isNull())

    # -- reading -----------------------------------------------------------------------------

    def row_data(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, item_id: int) -> int | None:
        return self._row_of.get(item_id)

    def item_ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == ItemIdRole:
            return row.id
        if role == SortRole:
            return _SORT_KEYS[column](row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column, role)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and column in (COL_CAPTURED, COL_SOURCE):
            return _italic() if row.captured_at_source in words.WEAK_SOURCES else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    # -- dragging ----------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [ITEM_IDS_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged items' ids, once each, in table order; never names or bytes."""
        rows = sorted({index.row() for index in indexes if index.isValid()})
        mime = QMimeData()
        mime.setData(ITEM_IDS_MIME, json.dumps([self._rows[r].id for r in rows]).encode())
        return mime

    # -- sorting -----------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python: fast for 50,000 rows, where a proxy asking ``data`` is not."""
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        ids = [self._rows[index.row()].id for index in kept]
        self._sort = (column, order)
        self._apply_sort()
        self.changePersistentIndexList(kept, [
            self.index(self._row_of[item_id], index.column()) for item_id, index in zip(ids, kept, strict=True)])
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        if column >= 0:
            # The rows come in time order and Python's sort is stable: ties stay in time order.
            key = _SORT_KEYS[column]
            self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._row_of = {row.id: number for number, row in enumerate(self._rows)}

    # -- presenting --------------------------------------------------------------------------

    def _text(self, row: Row, column: int, role: int) -> str | None:
        accessible = role == Qt.ItemDataRole.AccessibleTextRole
        if column == COL_KIND:
            return words.kind_text(row.kind) if accessible else None
        if column == COL_FLAGS:
            return ", ".join(words.flag_text(flag) for flag in row.flags) if accessible else None
        text = _DISPLAY[column](row)
        # A cell is one line: a harasser's escapes, newlines and U+202E are shown, not obeyed.
        return printable.one_line(text) if isinstance(text, str) else text

    def _decoration(self, row: Row, column: int) -> Any:
        if column == COL_FLAGS and row.flags:
            return _flags_pixmap(row.flags, self.flag_size)
        if column != COL_KIND:
            return None
        if row.has_thumbnail:
            pixmap = self._thumbnail(row.id)
            if pixmap is not None and not pixmap.isNull():
                return pixmap
        return _kind_pixmap(row.kind, self.thumbnail_size)

    def _tooltip(self, row: Row, column: int) -> str | None:
        if column == COL_KIND:
            return words.kind_text(row.kind)
        if column in (COL_CAPTURED, COL_SOURCE):
            return words.source_explanation(row.captured_at_source)
        if column == COL_FLAGS:
            return "\n".join(words.flag_explanation(flag) for flag in row.flags) or None
        if column == COL_TITLE:
            return printable.one_line(row.name)
        text = _DISPLAY[column](row)
        return printable.one_line(text) if text else None

    def _thumbnail(self, item_id: int) -> QPixmap | None:
        pixmap = self._thumbs.get(item_id)
        if pixmap is not None:
            self._thumbs.move_to_end(item_id)
            return pixmap
        if item_id not in self._asked:
            self._asked.add(item_id)
            self._wanted.append(item_id)
            self._timer.start()
        return None

    def _ask_thumbnails(self) -> None:
        wanted, self._wanted = self._wanted, []
        if wanted:
            self.thumbnails_wanted.emit(wanted)

    def _remember(self, item_id: int, pixmap: QPixmap) -> None:
        self._thumbs[item_id] = pixmap
        self._thumbs.move_to_end(item_id)
        while len(self._thumbs) > THUMBNAIL_CACHE:
            self._thumbs.popitem(last=False)

    def _pixmap(self, png: bytes) -> QPixmap:
        image = QImage.fromData(png, "PNG")  # type: ignore[arg-type]  # stub: bytes; runs: str
        if image.isNull():
            return QPixmap()
        ratio = _pixel_ratio()
        side = round(self.thumbnail_size * ratio)
        scaled = image.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        pixmap = QPixmap.fromImage(scaled)
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    def _titles(self) -> list[str]:
        return [self.tr("Kind"), self.tr("Captured"), self.tr("Date from"),
                self.tr("Title or file name"), self.tr("Platform"), self.tr("Accounts"),
                self.tr("Tags"), self.tr("Warnings"), self.tr("Role")]


class EvidenceProxy(QSortFilterProxyModel):
    """The table's proxy. Sorting is handed to ``EvidenceModel.sort``: a proxy sorting by
    ``data`` calls Python a million times for 50,000 rows and freezes the window."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, EvidenceModel) and column >= 0:
            source.sort(column, order)


def title_text(row: Row) -> str:
    """What the table calls an item: its title, a message's words, or its file name."""
    if row.title:
        return row.title
    if row.excerpt:
        return "« " + " ".join(row.excerpt.split()) + " »"
    return row.name


# What an item is in the case, in the table's few words (the Describe form says more).
_ROLE_WORDS = {roles.ACT: QT_TRANSLATE_NOOP("EvidenceModel", "Act"),
               roles.REPLY: QT_TRANSLATE_NOOP("EvidenceModel", "My reply"),
               roles.CONTEXT: QT_TRANSLATE_NOOP("EvidenceModel", "Context"),
               roles.STEP: QT_TRANSLATE_NOOP("EvidenceModel", "My step")}


def role_text(role: str) -> str:
    return QCoreApplication.translate("EvidenceModel", _ROLE_WORDS.get(role, role))


_DISPLAY: dict[int, Callable[[Row], str | None]] = {
    COL_KIND: lambda row: None,
    COL_CAPTURED: lambda row: words.moment_text(row.captured_at),
    COL_SOURCE: lambda row: words.source_text(row.captured_at_source),
    COL_TITLE: title_text,
    COL_PLATFORM: lambda row: row.platform,
    COL_ACCOUNTS: lambda row: ", ".join(row.accounts),
    COL_TAGS: lambda row: ", ".join(row.tags),
    COL_FLAGS: lambda row: None,
    COL_ROLE: lambda row: role_text(row.role),
}

_SORT_KEYS: dict[int, Callable[[Row], Any]] = {
    COL_KIND: lambda row: row.kind,
    COL_CAPTURED: lambda row: words.timestamp(row.captured_at),
    COL_SOURCE: lambda row: words.source_rank(row.captured_at_source),
    COL_TITLE: lambda row: title_text(row).casefold(),
    COL_PLATFORM: lambda row: row.platform.casefold(),
    COL_ACCOUNTS: lambda row: ", ".join(row.accounts).casefold(),
    COL_TAGS: lambda row: ", ".join(row.tags).casefold(),
    COL_FLAGS: lambda row: len(row.flags),
    COL_ROLE: lambda row: roles.ROLES.index(row.role) if row.role in roles.ROLES else -1,
}


def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


_flag_pixmaps: dict[tuple[tuple[str, ...], int, float], QPixmap] = {}


def _flags_pixmap(flags: Sequence[str], side: int) -> QPixmap:
    """The flags' icons side by side, drawn once per combination."""
    ratio = _pixel_ratio()
    key = (tuple(flags), side, ratio)
    if key not in _flag_pixmaps:
        gap = max(2, side // 4)
        pixmap = QPixmap(round((len(flags) * (side + gap) - gap) * ratio), round(side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        for number, flag in enumerate(flags):
            words.flag_icon(flag).paint(painter, number * (side + gap), 0, side, side)
        painter.end()
        _flag_pixmaps[key] = pixmap
    return _flag_pixmaps[key]


def _pixel_ratio() -> float:
    app = QApplication.instance()
    return app.devicePixelRatio() if isinstance(app, QApplication) else 1.0


_kind_pixmaps: dict[tuple[str, int, float, str], QPixmap] = {}


def _kind_pixmap(kind: str, side: int) -> QPixmap:
    """The kind's icon, smaller than a thumbnail and centred in the same square."""
    ratio = _pixel_ratio()
    color = QApplication.palette().color(QPalette.ColorRole.Text).name()
    key = (kind, side, ratio, color)
    if key not in _kind_pixmaps:
        pixmap = QPixmap(round(side * ratio), round(side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        inner = round(side * 0.55)
        offset = (side - inner) // 2
        words.kind_icon(kind).paint(painter, offset, offset, inner, inner)
        painter.end()
        _kind_pixmaps[key] = pixmap
    return _kind_pixmaps[key]


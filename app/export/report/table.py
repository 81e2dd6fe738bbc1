"""Tables for the report (index, chronology, identifiers, custody log): wrapped cells,
the header row repeated on each page, and rows that may run over several pages.

fpdf2's own table refuses a row taller than a page, and an incident's description or a
list of exhibits can be that long; a court document must print it whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.export.report.document import INK, MONO, RULE, SANS, SHADE, ReportDocument

PAD = 1.2  # millimetres inside each cell
ZEBRA = (248, 249, 251)
MIN_LINES = 2  # a row is not split to leave fewer lines than this at a page's foot
HEADER_SIZE = 7.5  # points, for the header row

Run = tuple[str, str]  # (style, text): style "" (regular), "B", "I", or "M" (monospaced)
Cell = str | Sequence[Run]


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # millimetres
    size: float = 8.0  # points
    mono: bool = False  # the whole column in monospace (hashes)


@dataclass
class _Laid:
    """One cell wrapped into lines, and how many of them are already printed."""

    lines: list[Run]
    height: float  # of one line, millimetres
    done: int = 0

    def left(self) -> float:
        return (len(self.lines) - self.done) * self.height


def table(doc: ReportDocument, columns: Sequence[Column], rows: Iterable[Sequence[Cell]]) -> None:
    """Draw ``rows`` under a header row; each row is one cell per column."""
    _header(doc, columns)
    for index, row in enumerate(rows):
        laid = [_wrap(doc, column, cell) for column, cell in zip(columns, row, strict=True)]
        _row(doc, columns, laid, shaded=index % 2 == 1)
    doc.ln(3)


def _row(doc: ReportDocument, columns: Sequence[Column], laid: list[_Laid], shaded: bool) -> None:
    moved = False  # to a new page already: a row still too tall must then be split
    tallest = max(cell.height for cell in laid)
    while True:
        need = max(cell.left() for cell in laid) + 2 * PAD
        room = doc.page_break_trigger - doc.get_y()
        if need <= room + 0.01:
            _draw(doc, columns, laid, room, shaded)
            return
        if (not moved and need <= _fresh_room(doc, columns)) or \
                room < MIN_LINES * tallest + 2 * PAD:
            doc.add_page()
            _header(doc, columns)
            moved = True
            continue
        _draw(doc, columns, laid, room, shaded)
        doc.add_page()
        _header(doc, columns)
        moved = True


def _fresh_room(doc: ReportDocument, columns: Sequence[Column]) -> float:
    """The height a row may take on a new page, below the repeated header row."""
    return doc.page_break_trigger - doc.t_margin - _header_height(doc, columns)


def _draw(doc: ReportDocument, columns: Sequence[Column], laid: list[_Laid], room: float,
          shaded: bool) -> None:
    """Print as many lines of each cell as fit in ``room``, and move below them."""
    top = doc.get_y()
    counts = [min(len(cell.lines) - cell.done, int((room - 2 * PAD + 0.01) // cell.height))
              for cell in laid]
    height = max(count * cell.height for count, cell in zip(counts, laid, strict=True)) + 2 * PAD
    width = sum(column.width for column in columns)
    if shaded:
        doc.set_fill_color(*ZEBRA)
        doc.rect(doc.l_margin, top, width, height, style="F")
    x = doc.l_margin
    for column, cell, count in zip(columns, laid, counts, strict=True):
        for offset, (style, text) in enumerate(cell.lines[cell.done:cell.done + count]):
            _font(doc, column, style)
            baseline = top + PAD + (offset + 0.5) * cell.height + 0.3 * doc.font_size
            doc.text(x + PAD, baseline, text)
        cell.done += count
        x += column.width
    doc.set_draw_color(*RULE)
    doc.set_line_width(0.15)
    doc.line(doc.l_margin, top + height, doc.l_margin + width, top + height)
    doc.set_xy(doc.l_margin, top + height)


def _header(doc: ReportDocument, columns: Sequence[Column]) -> None:
    height = _header_height(doc, columns)
    if doc.space_left() < height + 12:
        doc.add_page()
    top, x = doc.get_y(), doc.l_margin
    doc.set_fill_color(*SHADE)
    doc.rect(x, top, sum(column.width for column in columns), height, style="F")
    doc.set_font(SANS, "B", HEADER_SIZE)
    line = doc.line_height(HEADER_SIZE)
    for column in columns:
        for index, text in enumerate(doc.wrap(column.title, column.width - 2 * PAD)):
            doc.text(x + PAD, top + PAD + (index + 0.5) * line + 0.3 * doc.font_size, text)
        x += column.width
    doc.set_text_color(*INK)
    doc.set_xy(doc.l_margin, top + height)


def _header_height(doc: ReportDocument, columns: Sequence[Column]) -> float:
    doc.set_font(SANS, "B", HEADER_SIZE)
    most = max(len(doc.wrap(column.title, column.width - 2 * PAD)) for column in columns)
    return most * doc.line_height(HEADER_SIZE) + 2 * PAD


def _wrap(doc: ReportDocument, column: Column, cell: Cell) -> _Laid:
    runs: Sequence[Run] = [("M" if column.mono else "", cell)] if isinstance(cell, str) else cell
    lines: list[Run] = []
    for style, text in runs:
        if text:
            _font(doc, column, style)
            lines += [(style, line) for line in doc.wrap(text, column.width - 2 * PAD,
                                                          mono=style == "M")]
    return _Laid(lines, doc.line_height(column.size))


def _font(doc: ReportDocument, column: Column, style: str) -> None:
    if style == "M":
        doc.set_font(MONO, "", column.size - 0.5)
    else:
        doc.set_font(SANS, style, column.size)

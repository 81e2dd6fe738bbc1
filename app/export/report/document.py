"""The report's pages: A4, DejaVu fonts embedded, every page stamped, and the few text
blocks every section is built from (headings, paragraphs, label/value rows, notes).

Every page, the cover and the merged pages of PDF exhibits included, carries at its
bottom right a unique sequential number in the Bates style ("PREFIX-000042") and
"page X / Y", so a page quoted in court can be found, and a missing page noticed.
"""

from __future__ import annotations

import atexit
import re
import unicodedata
from collections.abc import Callable
from contextlib import ExitStack
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import TTFFont

from app.export import wording

SANS, MONO = "dejavu", "dejavu-mono"

# Page geometry, in millimetres.
LEFT = RIGHT = 18.0
TOP = 18.0
FOOTER = 16.0  # the band at the bottom that holds the stamps
BOTTOM = FOOTER + 6.0  # where text stops
HEADER_Y = 8.0

INK = (25, 25, 30)
MUTED = (95, 100, 110)
ACCENT = (23, 55, 94)  # headings: a dark blue that prints well in grey too
RULE = (190, 195, 205)
SHADE = (236, 239, 244)
WARN = (150, 40, 20)
WARN_SHADE = (253, 240, 230)

LINE = 1.3  # line height as a multiple of the font size
PT = 25.4 / 72  # millimetres in a point
# fpdf2 puts the page count there when the document is closed; brackets no message uses.
TOTAL = "\u2045nb\u2046"
_WORDS = re.compile(r"\s*\S+")  # a word with the spaces before it


class ReportDocument(FPDF):
    """An A4 document in the report's language, stamped with ``prefix`` on every page."""

    def __init__(self, language: str, prefix: str, running_title: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.language = language
        self.prefix = prefix
        self.running_title = running_title
        self.running_right = ""  # what the header says on the right: the section, the exhibit
        self.blank_page = False  # True when a page was turned and nothing drawn on it yet
        for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"),
                            ("I", "DejaVuSans-Oblique.ttf")):
            self.add_font(SANS, style, font_file(name))
        self.add_font(MONO, "", font_file("DejaVuSansMono.ttf"))
        self._glyphs = _common_glyphs(self, (SANS, SANS + "B", SANS + "I"))
        self._mono_glyphs = _common_glyphs(self, (MONO,))
        self.set_margins(LEFT, TOP, RIGHT)
        self.set_auto_page_break(True, margin=BOTTOM)
        self.alias_nb_pages(TOTAL, align="L")
        self.set_text_color(*INK)
        self.set_font(SANS, size=10)
        self.set_display_mode("fullpage", "continuous")

    def release(self) -> None:
        """Close the font files, as output() does, when the report is abandoned."""
        for font in self.fonts.values():
            close = getattr(font, "close", None)
            if close is not None:
                close()

    # -- every page ------------------------------------------------------------------------

    def stamp(self, page: int) -> str:
        return f"{self.prefix}-{page:06d}"

    def header(self) -> None:
        if self.page == 1:
            return
        self.set_xy(self.l_margin, HEADER_Y)
        self.set_font(SANS, size=7)
        self.set_text_color(*MUTED)
        half = (self.w - self.l_margin - self.r_margin) / 2
        self.cell(half, 4, self.fit(self.running_title, half))
        self.cell(half, 4, self.fit(self.running_right, half), align="R")
        self.set_text_color(*INK)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        right = self.w - self.r_margin
        top = self.h - FOOTER
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.line(self.l_margin, top, right, top)
        stamp = self.stamp(self.page)
        block = self.stamp_width(stamp)
        self.set_font(SANS, "B", 9.5)
        self.set_text_color(*INK)
        self.text(right - block, top + 5.5, stamp)
        self.count_page(self.page, TOTAL)
        self.set_font(SANS, size=7.5)
        self.set_text_color(*MUTED)
        self.set_xy(self.l_margin, top + 2.5)
        room = right - self.l_margin - block - 10
        self.cell(room, 4, self.fit(self.running_title, room))
        self.set_text_color(*INK)

    def stamp_width(self, stamp: str) -> float:
        """The stamp and the page count start at one x, far enough left for the widest
        count: the count's digits are only known when the document closes."""
        self.set_font(SANS, "B", 9.5)
        block = self.get_string_width(stamp)
        self.set_font(SANS, size=7.5)
        widest = wording.say(self.language, "stamp_page", page=99999, total=99999)
        return max(block, self.get_string_width(widest))

    def count_page(self, page: int, total: str, shown: int = 0) -> None:
        """ "page 3 / 12" under the stamp of the current page, which is ``page``; shown as
        page ``shown`` when given. (A cell: fpdf2 puts the total in cells only.)"""
        self.set_text_color(*MUTED)
        block = self.stamp_width(self.stamp(page))
        self.set_font(SANS, size=7.5)
        self.set_xy(self.w - self.r_margin - block, self.h - FOOTER + 7)
        self.cell(block, 4, wording.say(self.language, "stamp_page", page=shown or page,
                                        total=total))
        self.set_text_color(*INK)

    # -- text ------------------------------------------------------------------------------

    def clean(self, text: str, mono: bool = False) -> str:
        """``text`` as the fonts can print it: a character they lack is shown by its code
        point ("[U+1F512]") rather than silently dropped, since a missing emoji may be
        what a message meant; control characters are shown the same way."""
        glyphs = self._mono_glyphs if mono else self._glyphs
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
        if text.isascii() and text.isprintable():
            return text
        return "".join(ch if ch == "\n" or (ord(ch) in glyphs and _printable(ch))
                       else _shown(ch) for ch in text)

    def fit(self, text: str, width: float) -> str:
        """``text`` cut with "…" to fit ``width`` in the current font."""
        text = self.clean(" ".join(text.split()))
        if self.get_string_width(text) <= width:
            return text
        while text and self.get_string_width(text + "…") > width:
            text = text[:-max(1, len(text) // 10)] if len(text) > 40 else text[:-1]
        return text + "…"

    def line_height(self, size: float | None = None) -> float:
        return (size or self.font_size_pt) * PT * LINE

    def space_left(self) -> float:
        return self.page_break_trigger - self.get_y()

    def new_page(self, running_right: str, orientation: str = "P") -> None:
        """Start a page whose header names ``running_right`` (unless the page just turned
        is still blank and upright, which is then used)."""
        self.running_right = running_right
        if self.blank_page and orientation == "P":
            self.blank_page = False
            return
        self.blank_page = False
        self.add_page(orientation=orientation)

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` millimetres fit on this one."""
        if self.space_left() < height:
            self.add_page()

    def body_width(self) -> float:
        return self.w - self.l_margin - self.r_margin

    def heading(self, text: str, size: float = 17) -> None:
        """A section's or an exhibit's title, in the accent colour, with a rule below."""
        self.set_font(SANS, "B", size)
        lines = self.wrap(text, self.body_width())
        self.ensure(len(lines[:2]) * self.line_height(size) + 20)
        self.print_lines(lines, size, color=ACCENT)
        self.set_draw_color(*ACCENT)
        self.set_line_width(0.5)
        y = self.get_y() + 1
        self.line(self.l_margin, y, self.l_margin + 30, y)
        self.set_y(y + 4)

    def subtitle(self, text: str, size: float = 11.5) -> None:
        """A heading inside a section, kept with at least a few lines of what follows."""
        self.set_font(SANS, "B", size)
        lines = self.wrap(text, self.body_width())
        self.ensure(len(lines) * self.line_height(size) + 14)
        self.ln(1.5)
        self.print_lines(lines, size, color=ACCENT)
        self.ln(1)

    def paragraph(self, text: str, size: float = 10, style: str = "",
                  align: str = "L", indent: float = 0, color: tuple[int, int, int] = INK,
                  mono: bool = False) -> None:
        """``text`` wrapped to the body width (less ``indent``), over as many pages as it
        takes; a blank line in ``text`` stays a blank line."""
        family, style = (MONO, "") if mono else (SANS, style)
        self.set_font(family, style, size)
        width = self.body_width() - indent
        self.print_lines(self.wrap(text, width, mono), size, indent, color, align, width)

    def print_lines(self, lines: list[str], size: float, indent: float = 0,
                    color: tuple[int, int, int] = INK, align: str = "L",
                    width: float | None = None) -> None:
        """Lines already wrapped in the current font, one under the other, from the
        current position, turning pages as needed."""
        height = self.line_height(size)
        width = width if width is not None else self.body_width() - indent
        family, style = self.font_family, self.font_style
        for line in lines:
            if self.space_left() < height:
                self.add_page()
                self.set_font(family, style, size)
            self.set_text_color(*color)
            x = self.l_margin + indent
            if align == "R":
                x += width - self.get_string_width(line)
            if TOTAL in line:  # only cell() fills in the page count
                self.set_x(x)
                self.cell(width, height, line)
                self.set_x(self.l_margin)
            else:
                self.text(x, self.get_y() + height / 2 + 0.3 * size * PT, line)
            self.set_y(self.get_y() + height)
        self.set_text_color(*INK)

    def wrap(self, text: str, width: float, mono: bool = False) -> list[str]:
        """``text`` cut into lines no wider than ``width`` in the current font: at spaces
        when it can, inside a word (a URL, a hash) when the word alone is too wide."""
        font = self.current_font
        assert isinstance(font, TTFFont), "the report embeds its fonts: all are TrueType"
        widths = font.cw
        scale = self.font_size_pt * 0.001 / self.k

        def measure(piece: str) -> float:
            return sum(widths[ord(ch)] for ch in piece) * scale

        lines: list[str] = []
        for paragraph in self.clean(text, mono).split("\n"):
            lines += _wrapped(paragraph.rstrip(), width, measure)
        return lines

    def note(self, text: str, size: float = 8.5) -> None:
        self.paragraph(text, size=size, style="I", color=MUTED)

    def warning(self, text: str, size: float = 9.5) -> None:
        """A shaded box for what the reader must not miss (a GPS position, a damaged file)."""
        self.set_font(SANS, "B", size)
        width = self.body_width()
        lines = self.wrap(text, width - 6)
        height = len(lines) * self.line_height(size) + 3
        self.ensure(height + 2)
        top = self.get_y()
        self.set_fill_color(*WARN_SHADE)
        self.set_draw_color(*WARN)
        self.set_line_width(0.3)
        self.rect(self.l_margin, top, width, height, style="DF")
        self.set_y(top + 1.5)
        self.print_lines(lines, size, indent=3, color=WARN)
        self.set_y(top + height + 1.5)

    def fields(self, rows: list[tuple[str, str, bool]], label_width: float = 34,
               size: float = 9) -> None:
        """Label/value lines ("SHA-256   3f7a…"); a value with ``True`` is set in mono.
        Rows with an empty value are left out."""
        height = self.line_height(size)
        for label, value, mono in rows:
            if not value.strip():
                continue
            self.set_font(SANS, size=size - 0.5)
            labels = self.wrap(label, label_width - 2)
            self.set_font(MONO if mono else SANS, size=size - (0.7 if mono else 0))
            values = self.wrap(value, self.body_width() - label_width, mono)
            self.ensure(max(len(labels), min(len(values), 3)) * height)
            top, page = self.get_y(), self.page
            self.set_font(SANS, size=size - 0.5)
            self.set_text_color(*MUTED)
            for index, line in enumerate(labels):
                self.text(self.l_margin, top + (index + 0.5) * height + 0.3 * size * PT, line)
            self.set_font(MONO if mono else SANS, size=size - (0.7 if mono else 0))
            self.print_lines(values, size, indent=label_width)
            if self.page == page:
                self.set_y(max(self.get_y(), top + len(labels) * height))
            self.ln(0.6)

    def rule(self, gap: float = 3) -> None:
        self.ln(gap / 2)
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(gap / 2)


@cache
def font_file(name: str) -> Path:
    """The font ``name`` as a file fpdf2 can open: the installed file itself (package data
    beside this module, in the source tree, a wheel or a frozen app alike), or, should the
    package ever be imported from a zip, a copy kept until the process exits."""
    font = files(__package__ or "app.export.report").joinpath("fonts", name)
    if isinstance(font, Path):
        return font
    return _copies().enter_context(as_file(font))


@cache
def _copies() -> ExitStack:
    """The zip case's temporary copies, removed when the process exits."""
    copies = ExitStack()
    atexit.register(copies.close)
    return copies


def _wrapped(paragraph: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """One paragraph (no newline) as lines, greedily: the usual way text is set."""
    if not paragraph:
        return [""]
    lines: list[str] = []
    line, used = "", 0.0
    for word in _WORDS.findall(paragraph):
        size = measure(word)
        if used + size <= width:
            line, used = line + word, used + size
            continue
        if line.strip():
            lines.append(line.rstrip())
        word = word.lstrip() if line.strip() else word
        line, used = "", 0.0
        cut = _longest_fit(word, width, measure)
        while cut < len(word):  # a URL or a hash longer than the line
            lines.append(word[:cut])
            word = word[cut:]
            cut = _longest_fit(word, width, measure)
        line, used = word, measure(word)
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


def _longest_fit(word: str, width: float, measure: Callable[[str], float]) -> int:
    """How many leading characters of ``word`` fit in ``width`` (at least one); it stops
    at the width, so a 100,000-character token costs no more than its length."""
    used, count = 0.0, 0
    for ch in word:
        used += measure(ch)
        if used > width:
            break
        count += 1
    return max(1, count)


def _common_glyphs(document: FPDF, keys: tuple[str, ...]) -> frozenset[int]:
    """The code points every font of ``keys`` can draw."""
    fonts = [document.fonts[key] for key in keys]
    maps = [set(font.cmap) for font in fonts if isinstance(font, TTFFont)]
    return frozenset(set.intersection(*maps))


def _printable(ch: str) -> bool:
    return unicodedata.category(ch) not in ("Cc", "Cs", "Co", "Cn")


def _shown(ch: str) -> str:
    """A character the fonts lack, or a control character, by its code point; format
    characters (zero-width space, direction marks, byte-order mark) are invisible anyway."""
    return "" if unicodedata.category(ch) == "Cf" else f"[U+{ord(ch):04X}]"

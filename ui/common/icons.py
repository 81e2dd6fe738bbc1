"""Font Awesome icons for the first screen, drawn without importing qtawesome.

qtawesome costs about 0.2 s to import (its qtpy layer star-imports every Qt module), as
much as a bare Qt window takes to appear; the unlock window must show at once. These
icons are drawn as qtawesome draws them, from the same font files that qtawesome ships,
looked up on disk without importing it; the font is loaded when an icon is first drawn.
The screens that come after the unlock keep using qtawesome itself.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

# qtawesome's "fa6s." prefix: Font Awesome 6, solid.
_PREFIX = "fa6s."
_FONT = "fontawesome6-solid-webfont-{version}.ttf"
_CHARMAP = "fontawesome6-solid-webfont-charmap-{version}.json"
_GLYPH_SCALE = 0.875  # qtawesome's: a 16-pixel icon draws a 14-pixel glyph (font bearing)


def icon(name: str, color: str | None = None) -> QIcon:
    """The ``fa6s.`` icon ``name`` in ``color``, or in the palette's text colour (greyed
    when disabled), as ``qtawesome.icon(name, color=color)`` would draw it."""
    if not name.startswith(_PREFIX):
        raise ValueError(f"only {_PREFIX} icons are drawn here: {name}")
    glyph = name.removeprefix(_PREFIX)
    try:
        known = _charmap()
    except (OSError, ValueError):  # a qtawesome that names its files otherwise: ask it
        import qtawesome

        drawn: QIcon = qtawesome.icon(name, **({"color": color} if color else {}))
        return drawn
    if glyph not in known:
        raise ValueError(f"Font Awesome has no icon named {name}")
    return QIcon(_GlyphEngine(glyph, color))


class _GlyphEngine(QIconEngine):
    """One glyph of the font, drawn centred at whatever size the icon is asked for."""

    def __init__(self, glyph: str, color: str | None) -> None:
        super().__init__()
        self.glyph = glyph
        self.color = color

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        painter.save()
        painter.setPen(self._colour(mode))
        font = QFont(_family())
        font.setPixelSize(max(1, round(_GLYPH_SCALE * rect.height())))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), chr(_charmap()[self.glyph]))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self.glyph, self.color)

    def _colour(self, mode: QIcon.Mode) -> QColor:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if self.color:
            return QColor(self.color)
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)


@cache
def _charmap() -> dict[str, int]:
    """Each glyph's name and code point, from the font's charmap file."""
    text = _font_file().with_name(_CHARMAP.format(version=_version())).read_text("utf-8")
    return {name: int(code, 16) for name, code in json.loads(text).items()}


@cache
def _family() -> str:
    """The font's family name, once it is loaded into Qt (on the first icon drawn)."""
    loaded = QFontDatabase.addApplicationFont(str(_font_file()))
    families = QFontDatabase.applicationFontFamilies(loaded)
    if not families:
        raise RuntimeError(f"Qt could not load {_font_file()}")
    return str(families[0])


@cache
def _font_file() -> Path:
    return max(_qtawesome_fonts().glob(_FONT.format(version="*")))  # the newest shipped


def _version() -> str:
    return _font_file().name.removeprefix(_FONT.split("{")[0]).removesuffix(".ttf")


def _qtawesome_fonts() -> Path:
    """qtawesome's fonts folder, found without running qtawesome's code."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("qtawesome is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"

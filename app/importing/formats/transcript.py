"""What OCR read in a picture: its lines, each with where it is and how sure the engine was.

Plain data, shared by the reader child that reads (``formats/ocr.py``) and the parent that
stores it (``app/case/transcripts.py``); the sandbox lets only these types through its pipe.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The engine and its models, recorded with each reading so that a court can be told which
# program read the text (and a later, better reading told apart from this one).
ENGINE = "RapidOCR 1.4.4 (PP-OCRv4 det + rec, ONNX Runtime)"
# A scanned PDF page is drawn this long on its longest side to be read: a phone
# screenshot's size, at which the engine reads body text well.
PAGE_LONGEST = 2000
# Why a picture has no reading; the parent says these in the user's words.
TOO_LARGE, UNREADABLE = "too_large", "unreadable"


@dataclass(frozen=True)
class Line:
    """One line of text and its box: four (x, y) corners in the picture's own pixels (for
    a scanned PDF, its page drawn at most ``PAGE_LONGEST`` pixels long), clockwise from the
    top left; ``score`` is the engine's confidence, 0 to 1; ``page`` counts from 0."""

    text: str
    box: tuple[tuple[int, int], ...]
    score: float
    page: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "box": [list(corner) for corner in self.box],
                "score": round(self.score, 3), "page": self.page}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Line:
        return cls(str(data["text"]), tuple((int(x), int(y)) for x, y in data["box"]),
                   float(data["score"]), int(data.get("page", 0)))


@dataclass(frozen=True)
class Transcript:
    """The lines read, top to bottom (page by page), with the picture's size (a scanned
    PDF's first page read, as drawn); or a ``problem``."""

    lines: tuple[Line, ...] = ()
    width: int = 0
    height: int = 0
    engine: str = ENGINE
    problem: str = ""

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

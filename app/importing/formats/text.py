"""Plain text notes: their words, made searchable, whatever encoding they were saved in."""

from __future__ import annotations

import codecs

from app.importing.formats.base import Extraction, Source

MAX_BYTES = 5 * 1024 * 1024  # read for search; the original is stored whole anyway

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def read(source: Source) -> Extraction:
    """The text (first ``MAX_BYTES``), its encoding and line count; never raises."""
    found = Extraction()
    with source.open() as stream:
        data = stream.read(MAX_BYTES + 1)
    cut = len(data) > MAX_BYTES
    text, encoding = decode(data[:MAX_BYTES], complete=not cut)
    found.text = text
    found.add("text.encoding", encoding)
    found.add("text.lines", count_lines(text))
    if cut:
        found.add("text.note", f"only the first {MAX_BYTES} bytes were read for search")
    return found


def decode(data: bytes, complete: bool = True) -> tuple[str, str]:
    """Decode text by its BOM, else as UTF-8, else as Windows-1252 or Latin-1.

    ``complete=False`` says the bytes were cut from a longer file, so a character split
    at the end is dropped instead of turning the whole text into Windows-1252.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decoded(data[len(bom):], encoding, complete, "replace"), encoding
    for encoding in ("utf-8", "cp1252"):
        try:
            return _decoded(data, encoding, complete, "strict"), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"  # accepts every byte


def count_lines(text: str) -> int:
    """Lines as an editor shows them: a last line without a newline still counts."""
    if not text:
        return 0
    return text.count("\n") + (0 if text.endswith("\n") else 1)


def _decoded(data: bytes, encoding: str, complete: bool, errors: str) -> str:
    decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
    return decoder.decode(data, final=complete)

"""Text from evidence made safe to print in a terminal or show on one line of a window.

A harasser chooses attachment names, subjects and bodies. Written to a terminal as they
are, an ``ESC]0;…`` sequence retitles the window and ``ESC[2J`` wipes the screen; a
newline in a name forges a second line of output; U+202E (right-to-left override) makes
``gpj.exe`` read as ``exe.jpg``. So every control character is shown as a visible escape
(``\\x1b``, ``\\n``, ``\\u202e``) wherever such text is printed or shown on one line.
The stored evidence is never changed: only what is displayed.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the invisible format characters that reorder or hide text:
# bidirectional embeddings, overrides and isolates, marks, and the line/paragraph separators.
_CONTROLS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\x1b": "\\x1b"}


def valid(text: str) -> str:
    """``text`` with lone surrogates (undecodable bytes of a file name) replaced by U+FFFD,
    so that it can always be written as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace") \
            if _only_escapes(text) else text.encode("utf-8", "replace").decode("utf-8")
    return text


def _only_escapes(text: str) -> bool:
    """Whether every surrogate stands for a raw byte (U+DC80..U+DCFF), as os.fsdecode makes."""
    return all(not 0xD800 <= ord(c) <= 0xDFFF or 0xDC80 <= ord(c) <= 0xDCFF for c in text)


def one_line(text: str) -> str:
    """``text`` as one printable line: every control character escaped, newlines included."""
    return _CONTROLS.sub(_escape, valid(text))


def lines(text: str) -> str:
    """``text`` kept on its lines (newlines and tabs stay), every other control escaped."""
    return "\n".join(_CONTROLS.sub(_escape_in_line, line)
                     for line in valid(text).replace("\r\n", "\n").split("\n"))


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _escape_in_line(match: re.Match[str]) -> str:
    return "\t" if match.group() == "\t" else _escape(match)


"""Sentences the core says to the user, in English, that the desktop app translates.

The core never imports Qt, so it cannot call ``tr()``. Instead each sentence is a
``Text``: an ordinary ``str`` (the English sentence, for the command line) that also
keeps its template and values. The template is marked with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` collects it into the .ts files; the UI looks it up and fills it in.
"""

from __future__ import annotations

from typing import Any, Self

CONTEXT = "core"


# The name is lupdate's: it collects the string literals passed to it.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


class Text(str):
    """An English sentence that remembers how it was made, so it can be translated."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Self:
        sentence = super().__new__(cls, template.format(**values))
        sentence.template = template
        sentence.values = values
        return sentence

"""What every .docx of a bundle shares (the letter to the procureur, the bordereau): an
A4 page in the document's language, text XML can hold, and core properties that say
only what the document is.

python-docx's template would otherwise sign each file "python-docx", and the OS user's
name must never appear in a file that leaves the computer.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

# Characters XML 1.0 cannot hold; a file name chosen by a harasser may carry them.
XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# Bidirectional controls: a subject a harasser wrote could turn the words around it
# back to front in Word ("\u202e"); shown as their code point, as the report does.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def xml_safe(text: str) -> str:
    """``text`` as a .docx can hold it and show it: what XML cannot hold as U+FFFD, a
    bidirectional control as "[U+202E]"."""
    text = _BIDI.sub(lambda found: f"[U+{ord(found.group()):04X}]", text)
    return XML_UNSAFE.sub("\ufffd", text)


def tag(language: str) -> str:
    return "fr-FR" if language == "fr" else "en-GB"


def page(document: WordDocument, language: str, margin: float = 2.5) -> None:
    """A4 with ``margin`` cm margins, a plain 12 pt serif, and the document's language,
    so that the spelling checker of Word or LibreOffice checks it in the right one."""
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(margin))
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(12)
    normal.paragraph_format.space_after = Pt(6)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    for lang in defaults.iter(qn("w:lang")):
        lang.set(qn("w:val"), tag(language))


def properties(document: WordDocument, language: str, title: str, subject: str,
               author: str, when: datetime) -> None:
    """Only what the document is; ``author`` is the filer's name or empty."""
    found = document.core_properties
    found.title = XML_UNSAFE.sub("", title)
    found.subject = XML_UNSAFE.sub("", subject)
    found.author = found.last_modified_by = XML_UNSAFE.sub("", author)
    found.comments = found.keywords = found.category = ""
    found.revision = 1
    found.language = tag(language)
    found.created = found.modified = when.astimezone(UTC).replace(tzinfo=None)

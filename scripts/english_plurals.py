"""Fill resources/translations/dossier_en.ts: English is the source language, so every
message translates to itself, and plural messages get their singular and plural forms.

Run after `make update-translations`; the translation check in tests/unit keeps it whole.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from xml.etree import ElementTree

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "dossier_en.ts"
# "item(s)" → "item" / "items".
_PLURAL = re.compile(r"(\w+)\(s\)")
# Sentences whose verb or determiner agrees with the number too.
_IRREGULAR = {
    "Which incidents do these %n item(s) show?": (
        "Which incidents does this item show?", "Which incidents do these %n items show?"),
    "There are no incidents yet. Describe one for these %n item(s).": (
        "There are no incidents yet. Describe one for this item.",
        "There are no incidents yet. Describe one for these %n items."),
    "%n item(s) of evidence show this incident.": (
        "%n item of evidence shows this incident.", "%n items of evidence show this incident."),
}


def forms(source: str) -> tuple[str, str]:
    """The singular and plural English forms of a source written with "(s)"."""
    if source in _IRREGULAR:
        return _IRREGULAR[source]
    return _PLURAL.sub(r"\1", source), _PLURAL.sub(r"\1s", source)


def fill(path: Path) -> int:
    tree = ElementTree.parse(path)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        numerus = message.get("numerus") == "yes"
        if translation.get("type") != "unfinished" and not numerus:
            continue
        translation.attrib.pop("type", None)
        if numerus:
            for form, text in zip(translation.findall("numerusform"), forms(source),
                                  strict=True):
                form.text = text
        else:
            translation.text = source
        filled += 1
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return filled


if __name__ == "__main__":
    print(f"{fill(TS)} English messages filled", file=sys.stderr)

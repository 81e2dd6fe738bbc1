"""Identifiers a screenshot shows, from the text OCR read in it (issue #15 §1): @handles,
e-mail addresses and phone numbers, and the app it was taken in when its name shows.

They only ever become suggestions (``app/case/suggestions.py``): OCR can misread a
letter, and an identifier goes into a complaint only once the person has checked it.
"""

from __future__ import annotations

import re

from app.case import attribution as tie

HANDLE = re.compile(r"(?<![\w.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A run of digits with the separators phones show: "06 12 34 56 78", "+33 6 98 76 54 32".
_NUMBER = re.compile(r"(?<![\w/.:])\+?\d[\d .\-()]{7,}\d(?![\w/])")
# Apps whose name a screenshot shows in its header, as a line of its own.
PLATFORMS = ("Instagram", "WhatsApp", "Messenger", "Facebook", "Snapchat", "TikTok",
             "Telegram", "Signal", "Discord", "X")
_PHONE_PLATFORM = "SMS"


def platform_shown(text: str) -> str:
    """The app whose name is a line of the screenshot on its own, or ""."""
    lines = {line.strip().casefold() for line in text.splitlines()}
    return next((name for name in PLATFORMS if name.casefold() in lines), "")


def sightings(text: str, platform: str = "") -> list[tuple[tie.Key, str, str]]:
    """(key, display, platform) of each identifier the text shows; ``platform`` is the
    item's own, else the app the screenshot shows."""
    platform = platform or platform_shown(text)
    found: list[tuple[tie.Key, str, str]] = []
    for spelling in _ADDRESS.findall(text):
        if (value := tie.email(spelling)) and not tie.automatic(value):
            found.append((tie.Key(tie.EMAIL, value), value, "E-mail"))
    for handle in HANDLE.findall(text):
        found.append((tie.Key(tie.ACCOUNT, tie.handle(handle)), f"@{handle}", platform))
    for spelling in _NUMBER.findall(text):
        if value := tie.phone(spelling):
            found.append((tie.Key(tie.PHONE, value), tie.phone_display(value),
                          platform or _PHONE_PLATFORM))
    return found

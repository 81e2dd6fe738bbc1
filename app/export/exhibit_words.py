"""What an exhibit is, in a few words, for the bordereau and the report's index:
"Capture d'écran Instagram du 5 novembre 2026, compte @ombre_du_lac".

An avocat's bordereau names each pièce by what it is, never by a file name a phone chose
("Screenshot_20261105-143012_Instagram.png" tells a judge nothing). The title the item
carries (an e-mail's subject, a PDF's title, or the user's own) comes first; without
one, the description is built from what the evidence says: its kind, its platform, the
day it was captured, and the account or sender it is tied to. A day known only from
the copy or the import is left out: it is not when the content was written.
"""

from __future__ import annotations

import re
from datetime import date

from app.common import dates
from app.export import wording
from app.export.exhibit import Exhibit
from app.export.plan import Plan
from app.importing.formats import base

# key: (French, English); {_} and {_N} as in app/export/wording.py.
WORDS: dict[str, tuple[str, str]] = {
    "kind.screenshot": ("Capture d'écran", "Screenshot"),
    "kind.photo": ("Photo", "Photo"),
    "on_platform": ("{kind} {platform}", "{platform} {kind}"),
    "dated": ("{what} du {day}", "{what} of {day}"),
    "account": ("{what}, compte {account}", "{what}, account {account}"),
    "sender": ("{what}, de {sender}", "{what}, from {sender}"),
    "titled": ("{what}{_N}: «{_N}{title}{_N}»", "{what}: \u201c{title}\u201d"),
}
# The titles a file carries itself, which say what it is called, not what it is.
_FILE_TITLES = ("email.subject", "pdf.title", "chat.name")
# Dates that say when the file was copied or imported, not when its content was made.
_NOT_THE_CONTENT = frozenset({base.FILE_TIME, base.IMPORT_TIME, ""})
# How phones and desktops name a screenshot, in English and French.
_SCREENSHOT = re.compile(r"^(screen[ _-]?shot|capture[ _-]?d.{0,2}[ée]cran)", re.IGNORECASE)
MAX_LENGTH = 200  # characters; a subject can be a whole paragraph


def describe(plan: Plan, exhibit: Exhibit) -> str:
    """The title she gave the exhibit; else what it is (kind, platform, day, account or
    sender), followed by the title the file carries (an e-mail's subject), in the plan's
    language, on one line."""
    title = _one_line(exhibit.named)
    own = {_one_line(value) for key in _FILE_TITLES for value in exhibit.metas(key)}
    if title and title not in own:
        text = title  # hers (or a web page's, which keeps no other record of its title)
    else:
        text = _generated(plan, exhibit)
        if title:
            text = _say(plan.options.language, "titled", what=text, title=title)
    return text if len(text) <= MAX_LENGTH else text[:MAX_LENGTH - 1].rstrip() + "…"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _generated(plan: Plan, exhibit: Exhibit) -> str:
    language = plan.options.language
    item = exhibit.item
    what = _kind(language, exhibit)
    if item.captured_at_source not in _NOT_THE_CONTENT:
        day = _local_day(plan, exhibit)
        what = _say(language, "dated", what=what, day=wording.day(language, day)) if day \
            else what
    account = _account(exhibit)
    if account:
        return _say(language, "account", what=what, account=account)
    sender = _one_line(item.author)
    return _say(language, "sender", what=what, sender=sender) if sender else what


def _kind(language: str, exhibit: Exhibit) -> str:
    """ "Capture d'écran Instagram", "Instagram screenshot", "Message WhatsApp"."""
    item = exhibit.item
    if item.kind == "image" and _SCREENSHOT.match(item.original_name):
        kind = _say(language, "kind.screenshot")
    elif item.kind == "image" and exhibit.meta("image.camera"):
        kind = _say(language, "kind.photo")
    else:
        key = f"kind.{item.kind}"
        kind = wording.say(language, key if key in wording.WORDS else "kind.other")
    platform = _one_line(item.platform)
    if not platform:
        return kind
    if language == "en" and kind[1:2].islower():
        kind = kind[:1].lower() + kind[1:]  # "Instagram screenshot", not "PDF" lowered
    return _say(language, "on_platform", kind=kind, platform=platform)


def _account(exhibit: Exhibit) -> str:
    """The first account the item is tied to, without its platform when the description
    already names it ("@ombre_du_lac", not "@ombre_du_lac (Instagram)")."""
    if not exhibit.accounts:
        return ""
    label = exhibit.accounts[0]
    suffix = f" ({exhibit.item.platform})"
    return label[:-len(suffix)] if exhibit.item.platform and label.endswith(suffix) else label


def _local_day(plan: Plan, exhibit: Exhibit) -> date | None:
    """The day in the case's zone; a time written without a zone keeps its own day, as
    the report's date column shows it (app/export/report/facts.py)."""
    moment = dates.from_iso(exhibit.item.captured_at)
    if moment is None:
        return None
    return moment.date() if exhibit.zone_assumed else moment.astimezone(plan.zone).date()


def _say(language: str, key: str, **values: object) -> str:
    return wording.say_from(WORDS, language, key, **values)

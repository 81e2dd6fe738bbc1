"""The acts as the evidence itself shows them, day by day: the chronology the report and
the letter give when the person has described no incident (never only "no incident").

Which items stand for an act is decided in ``counts`` and ``message_counts`` alone, so
that they can switch to the vault's ``counts_as_act`` in one place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from itertools import groupby

from app.case import listing
from app.common import dates, roles
from app.export.exhibit import Exhibit
from app.export.plan import Plan
from app.importing.formats import base

# Dated by the copy or the import, not by the evidence: says nothing of when it happened.
NOT_DATED = frozenset({base.FILE_TIME, base.IMPORT_TIME})
QUOTE = 90  # characters of a message quoted in a chronology line


@dataclass(frozen=True)
class Act:
    moment: datetime  # in the plan's zone
    channel: str  # "WhatsApp", "e-mail", "social.example.com"; "" when nothing says
    author: str  # the sender as the evidence states it (an attributed author later)
    what: str  # a short quote of the text, or the file's name
    label: str  # the exhibit that shows it
    quoted: bool = True  # ``what`` is words from the evidence, not a file's name


def dated(exhibit: Exhibit) -> bool:
    """Whether the evidence itself says when: not its file's time, not its import."""
    return bool(exhibit.item.captured_at) and exhibit.item.captured_at_source not in NOT_DATED


def counts(exhibit: Exhibit) -> bool:
    """Whether an item stands for an act (``counts_as_act``: an act dated by the evidence
    itself). A chat export repeats its messages, so it is never counted itself: its
    messages are told one by one when it is an act dated by the evidence."""
    item = exhibit.item
    if exhibit.messages:
        return item.role == roles.ACT and dated(exhibit)
    return item.counts_as_act


def message_counts(message: listing.Message) -> bool:
    """Whether a chat or SMS message stands for an act: not one the phone's owner sent.
    The readers mark the messages she sent in a chat she exported as sent."""
    return message.direction != "sent"


def acts(plan: Plan) -> list[Act]:
    """Every act the exported evidence shows, in time order; a chat's messages one by one,
    leaving out the ones the owner of the phone sent."""
    found: list[Act] = []
    for exhibit in plan.all_exhibits():
        if not counts(exhibit):
            continue
        if exhibit.messages:
            found += [act for message in exhibit.messages if message_counts(message)
                      for act in _message(plan, exhibit, message)]
        else:
            found += _item(plan, exhibit)
    return sorted(found, key=lambda act: act.moment)


def by_day(found: Iterable[Act]) -> list[tuple[date, list[Act]]]:
    return [(day, list(group)) for day, group in groupby(found, key=lambda a: a.moment.date())]


def channel(exhibit: Exhibit) -> str:
    """Where it came from: the platform, else "e-mail" or the web page's site."""
    if exhibit.item.platform.strip():
        return exhibit.item.platform.strip()
    if exhibit.item.kind == "email":
        return "e-mail"
    return exhibit.meta("web.host") if exhibit.item.kind == "web" else ""


def readable(header: str) -> str:
    """A header as a person reads it: RFC 2047 words decoded, "" if some stay encoded
    (a raw "=?utf-8?b?…" is never quoted)."""
    try:
        text = str(make_header(decode_header(header)))
    except (HeaderParseError, UnicodeError, LookupError, ValueError):
        text = header
    return "" if "=?" in text else " ".join(text.split())


def title(exhibit: Exhibit) -> str:
    """The exhibit's title, readable, else its file name."""
    return readable(exhibit.title) or exhibit.item.original_name


def quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE else text[:QUOTE - 1].rstrip() + "…"


def _moment(plan: Plan, iso: str) -> datetime | None:
    moment = dates.from_iso(iso)
    return moment.astimezone(plan.zone) if moment else None


def _message(plan: Plan, exhibit: Exhibit, message: listing.Message) -> list[Act]:
    moment = _moment(plan, message.captured_at)
    if moment is None:
        return []
    said = "" if message.media_omitted else quote(message.text)
    return [Act(moment, channel(exhibit), message.author.strip(), said, exhibit.label)]


def _item(plan: Plan, exhibit: Exhibit) -> list[Act]:
    moment = _moment(plan, exhibit.item.captured_at or "")
    if moment is None:
        return []
    author = readable(exhibit.meta("email.from")) or (exhibit.accounts[0] if exhibit.accounts
                                                      else "")
    if exhibit.item.kind == "email":
        what = readable(exhibit.meta("email.subject")) or quote(exhibit.text)
    elif exhibit.item.kind in ("web", "text"):
        what = quote(exhibit.text) or title(exhibit)
    else:
        return [Act(moment, channel(exhibit), author,
                    exhibit.item.title.strip() or exhibit.item.original_name, exhibit.label,
                    quoted=False)]
    return [Act(moment, channel(exhibit), author, what, exhibit.label)]

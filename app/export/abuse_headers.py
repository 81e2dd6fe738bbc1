"""What the abuse report reads in an e-mail's headers, as the mail reader stored them:
when it arrived, to whom, and which provider's server took it from the sender.

The Received hops are kept top-most first, as in the file: the top one is the victim's
own provider, the bottom one the first relay after the sender's computer.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import getaddresses, parsedate_to_datetime

from app.case import attribution as tie

_BY = re.compile(r"\bby\s+([^\s;()]+)", re.IGNORECASE)
_FOR = re.compile(r"\bfor\s+<?([^\s;<>]+)>?", re.IGNORECASE)


def arrival(hops: list[str], date: str) -> datetime | None:
    """When it reached her provider: the top-most Received time, else the Date header."""
    for value in [*(hop.rpartition(";")[2] for hop in hops[:1]), date]:
        try:
            moment = parsedate_to_datetime(value.strip())
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return None


def relay_domain(hops: list[str], source: str) -> str:
    """The domain of the server that took the message from the sender's own computer:
    the "by" host of the hop the IP was read in, else of the bottom-most hop."""
    name, _colon, number = source.partition(":")
    index = len(hops) - int(number) if name == "received" and number.isdigit() else -1
    if not hops or not -len(hops) <= index < len(hops):
        return ""
    by = _BY.search(hops[index])
    return _registered(by.group(1).strip("[]").lower()) if by else ""


def _registered(host: str) -> str:
    """ "smtp.example.net" → "example.net": the last two labels, a guess (no public
    suffix list offline), and nothing for an IP address."""
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2 or tie.ip(host) or not labels[-1].isalpha():
        return ""
    return ".".join(labels[-2:])


def recipient(hops: list[str]) -> str:
    """The address a relay said it delivered to ("for <...>"), top-most first."""
    for hop in hops:
        if (found := _FOR.search(hop)) and (normalised := address(found.group(1))):
            return normalised
    return ""


def address(value: str) -> str:
    """The first real address in a header value, lower case, or ""."""
    found = [tie.email(spelling) for _name, spelling in getaddresses([value])]
    return next((normalised for normalised in found if normalised), "")


def domain(mail: str) -> str:
    return mail.rpartition("@")[2]


def clean(value: str) -> str:
    """One line: a header value must not carry line breaks into the report's fields."""
    return " ".join(value.split())

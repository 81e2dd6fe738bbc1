"""What of the victim's own identity stays out of a platform's bundle.

A platform needs the harasser's accounts, not hers: her telephone numbers, addresses and
handles (``app/case/me.py``) go to a company only when she chooses to include her details.
The evidence files themselves are not altered: a screenshot that shows her number still
shows it; the lists the report and the manifest print leave them out.
"""

from __future__ import annotations

from dataclasses import replace

from app.export.exhibit import Exhibit
from app.export.identifiers import Identifier
from app.export.plan import Plan


def left_out(plan: Plan, mine: list[str]) -> Plan:
    """``plan`` without her identifiers among the author's, the correspondents, each
    exhibit's accounts and the counts per account."""
    own = {_comparable(identifier) for identifier in mine} - {""}
    if not own:
        return plan
    figures = plan.statistics
    return replace(plan, identifiers=_not_hers(plan.identifiers, own),
                   correspondents=_not_hers(plan.correspondents, own),
                   exhibits=tuple(_exhibit(exhibit, own) for exhibit in plan.exhibits),
                   statistics=replace(figures, per_account=[
                       (account, n) for account, n in figures.per_account
                       if not _is_hers(account, own)]))


def _not_hers(found: tuple[Identifier, ...], own: set[str]) -> tuple[Identifier, ...]:
    return tuple(i for i in found if not {_comparable(i.value), _comparable(i.display)} & own)


def _exhibit(exhibit: Exhibit, own: set[str]) -> Exhibit:
    """Its accounts ("handle (platform)") without hers, its attachments likewise."""
    accounts = tuple(a for a in exhibit.accounts if not _is_hers(a, own))
    return replace(exhibit, accounts=accounts,
                   attachments=tuple(_exhibit(part, own) for part in exhibit.attachments))


def _is_hers(account: str, own: set[str]) -> bool:
    """Whether an account label ("handle (platform)", or the handle alone) is hers."""
    return _comparable(account.rsplit(" (", 1)[0]) in own


def _comparable(identifier: str) -> str:
    """A number by its last nine digits (06…, +33 6…), anything else case-folded."""
    digits = "".join(ch for ch in identifier if ch.isdigit())
    if len(digits) >= 9 and not any(ch.isalpha() for ch in identifier):
        return digits[-9:]
    return identifier.strip().casefold()

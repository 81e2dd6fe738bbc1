"""What the person does with incidents, one transaction each: record one, link evidence
to it or unlink it, delete it.

The incidents panel, the incident dialog and the ``dossier incident`` command call these;
each returns what it changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import sqlcipher3

from app.case import evidence, incidents, integrity, links, people, spans
from app.case.changes import Changes, Done
from app.case.incidents import Incident
from app.case.people import AccountRef
from app.common import dates, errors
from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.vault.vault import Vault

INCIDENTS = Changes(incidents=True)


@dataclass
class IncidentDraft:
    """An incident as a form or a command describes it; ``accounts`` may hold new ones."""

    id: int | None
    title: str = ""
    description: str = ""
    occurred_at: str | None = None
    occurred_until: str | None = None
    precision: str = spans.EXACT
    platform: str = ""
    severity: int = 0
    accounts: list[AccountRef] = field(default_factory=list)
    qualification: str = ""

    @classmethod
    def of(cls, incident: Incident, accounts: Sequence[AccountRef]) -> IncidentDraft:
        return cls(incident.id, incident.title, incident.description, incident.occurred_at,
                   incident.occurred_until, incident.precision, incident.platform,
                   incident.severity, list(accounts), incident.qualification)


def save_incident(vault: Vault, case_id: int, draft: IncidentDraft,
                  item_ids: Sequence[int] = ()) -> Done[int]:
    """Create or update the incident and its accounts, and link ``item_ids`` to it."""
    if not draft.title.strip() and not draft.description.strip():
        raise errors.UsageError(Text(QT_TRANSLATE_NOOP(
            "core", "Give the incident a title or say what happened.")))
    with integrity.action(vault) as db:
        known = incidents.get(db, draft.id) if draft.id is not None else None
        if draft.id is not None and (known is None or known.case_id != case_id):
            raise integrity.gone(integrity.INCIDENT_GONE)
        new_accounts = any(a.id is None for a in draft.accounts)
        incident_id = incidents.save(db, Incident(
            draft.id, case_id, draft.title.strip(), draft.description, draft.occurred_at,
            draft.occurred_until, draft.precision, draft.platform, draft.severity,
            known.created_at if known else dates.to_iso(dates.now()), draft.qualification))
        incidents.set_accounts(db, incident_id,
                               [people.account_id(db, case_id, a) for a in draft.accounts])
        made = _link(db, case_id, item_ids, [incident_id])
    return Done(incident_id, INCIDENTS | Changes(links=bool(made), accounts=new_accounts))


def add_incident(vault: Vault, case_id: int, title: str, when: str, until: str | None = None,
                 item_ids: Sequence[int] = (), qualification: str = "") -> Done[int]:
    """``dossier incident add``: WHEN is a day, a month or a moment, as in the dialog."""
    occurred_at, occurred_until, precision = spans.from_when(when, until)
    return save_incident(vault, case_id, IncidentDraft(
        None, title, occurred_at=occurred_at, occurred_until=occurred_until,
        precision=precision, qualification=qualification), item_ids)


def delete_incident(vault: Vault, incident_id: int) -> Changes:
    """The evidence stays in the case; only its link to the incident goes."""
    with integrity.action(vault) as db:
        incidents.delete(db, incident_id)
    return INCIDENTS | Changes(links=True)


def link_items(vault: Vault, case_id: int, item_ids: Sequence[int],
               incident_ids: Sequence[int]) -> Done[int]:
    """Link items to incidents; returns how many links are new."""
    with integrity.action(vault) as db:
        for incident_id in incident_ids:
            integrity.require(db, "incidents", incident_id, case_id, integrity.INCIDENT_GONE)
        made = _link(db, case_id, item_ids, incident_ids)
    return Done(made, Changes(links=bool(made), incidents=bool(made)))


def unlink_items(vault: Vault, incident_id: int, item_ids: Sequence[int]) -> Done[int]:
    """Undo links between items and an incident; the items stay in the case."""
    with integrity.action(vault) as db:
        undone = sum(links.unlink(db, item_id, "incident", incident_id)
                     for item_id in item_ids)
    return Done(undone, Changes(links=bool(undone), incidents=bool(undone)))


def items_shown(vault: Vault, incident_id: int) -> list[evidence.EvidenceItem]:
    """The evidence that shows an incident, in the order it was captured."""
    found = [evidence.get(vault.db, i) for i in links.items_of(vault.db, "incident", incident_id)]
    return sorted((i for i in found if i is not None), key=lambda i: (i.captured_at, i.id))


def span_of_items(vault: Vault, item_ids: Sequence[int]) -> spans.Span:
    """When an incident shown by these items happened, from their capture dates."""
    moments = []
    for item_id in item_ids:
        item = evidence.get(vault.db, item_id)
        moment = dates.from_iso(item.captured_at) if item else None
        if moment is not None:
            moments.append(moment)
    return spans.from_moments(moments)


def _link(db: sqlcipher3.Connection, case_id: int, item_ids: Sequence[int],
          incident_ids: Sequence[int]) -> int:
    mine = links.items_in_case(db, case_id, item_ids)
    return sum(links.link(db, item_id, "incident", i)
               for item_id in mine for i in incident_ids)

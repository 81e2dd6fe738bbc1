"""Who said what to whom, and what each item is in the case: the counting rule.

An item has a ``direction`` (received, sent, or none for what is not a message), an
``author`` as the evidence names the sender, and a ``role``: an ``act`` of harassment,
the victim's own ``reply``, ``context`` (a notice, a document, a note) or a ``step`` she
took (a report's receipt, a complaint). Only an act dated by the evidence itself counts:
a reply shows she asked for it to stop, it is not harassment.

This module sits in ``common`` because the migration that fills the columns of older
vaults (``app/vault/schema.py``) and the import pipeline both need the same defaults.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

RECEIVED, SENT, NONE = "received", "sent", "none"
DIRECTIONS = (RECEIVED, SENT, NONE)
ACT, REPLY, CONTEXT, STEP = "act", "reply", "context", "step"
ROLES = (ACT, REPLY, CONTEXT, STEP)

# Kinds that carry a message from someone; the rest (PDFs, notes...) are not messages.
_MESSAGES = frozenset({"message", "email"})
# What the victim received or captured of the harassment, when nothing says otherwise.
_ACTS = frozenset({"message", "email", "web", "link", "image", "audio", "video", "chat"})

# A platform's acknowledgement of the victim's own report, in French and English.
_ACKNOWLEDGEMENT = re.compile(
    r"signalement\b.{0,80}?\b(?:a\s+bien\s+été|avons\s+bien)\s+(?:reçu|enregistré)"
    r"|(?:nous\s+avons\s+bien\s+reçu|accusé\s+de\s+réception\s+de)\s+(?:votre|ton)\s+signalement"
    r"|votre\s+signalement\s+(?:a\s+été|est)\s+(?:bien\s+)?(?:reçu|enregistré|pris\s+en\s+compte)"
    r"|we(?:'ve|\s+have)?\s+received\s+your\s+report"
    r"|thank(?:s|\s+you)\s+for\s+(?:your\s+)?report(?:ing)?"
    r"|your\s+report\s+(?:has\s+been|was)\s+(?:received|submitted)",
    re.IGNORECASE | re.DOTALL)

_HANDLE = re.compile(r"^https?://[^/]+/(@[\w.]{1,64})(?:[/?#]|$)")

# Dates that only say when a file was copied or imported, not when the act happened
# (the values of ``app.importing.formats.base.FILE_TIME`` and ``IMPORT_TIME``).
UNDATED_SOURCES = ("file_time", "import_time")

# An item repeats acts counted elsewhere: a chat export (its messages are the acts), a
# part of an e-mail, or a byte-identical duplicate. An e-mail of a mailbox (Gmail's
# Takeout .mbox) is no part: it is the act, as a message of a chat export is. One SQL
# expression, so the table, the timeline, the statistics and the export count exactly the
# same items.
REPEATS_SQL = ("(items.kind = 'chat' OR items.duplicate_of IS NOT NULL"
               " OR (items.parent_id IS NOT NULL AND items.kind != 'message'"
               " AND NOT (items.kind = 'email' AND items.parent_id IN"
               " (SELECT box.id FROM items AS box WHERE box.format = 'mbox'))))")
COUNTS_AS_ACT_SQL = (f"(items.role = 'act' AND items.captured_at_source NOT IN "
                     f"('{UNDATED_SOURCES[0]}', '{UNDATED_SOURCES[1]}') AND NOT {REPEATS_SQL})")


def is_acknowledgement(text: str) -> bool:
    """True when a text reads as a platform acknowledging the victim's report."""
    return bool(_ACKNOWLEDGEMENT.search(text[:20000]))


def direction(kind: str, metadata: Mapping[str, str], mine: frozenset[str] = frozenset()
              ) -> str:
    """Which way a message went, from what its reader found; ``mine`` holds the victim's
    identities (casefolded), so an e-mail from one of them is hers."""
    if kind not in _MESSAGES:
        return NONE
    stated = metadata.get("message.direction", "")
    if stated in (RECEIVED, SENT):
        return stated
    sender = address(metadata.get("email.from", "")).casefold()
    return SENT if sender and sender in mine else RECEIVED


def author(kind: str, metadata: Mapping[str, str]) -> str:
    """The sender as the evidence names it; "" when it does not (or when it is her, in an
    SMS backup, which names only the other side)."""
    if kind == "email":
        return metadata.get("email.from", "")
    if kind == "web":
        # A saved profile or post names its author in its address: /@ombre_du_lac.
        handle = _HANDLE.search(metadata.get("web.url", ""))
        return handle.group(1) if handle else ""
    if metadata.get("message.author"):
        return metadata["message.author"]
    if metadata.get("message.direction") == SENT:
        return ""
    return metadata.get("message.contact_name") or metadata.get("message.address", "")


def default_role(kind: str, way: str, text: str) -> str:
    """The role an item gets until the person says otherwise."""
    if way == SENT:
        return REPLY
    if is_acknowledgement(text):
        return STEP
    return ACT if kind in _ACTS else CONTEXT


def address(header: str) -> str:
    """The bare address of a From or To header: "Ombre <o@x.net>" gives "o@x.net"."""
    match = re.search(r"<([^<>@\s]+@[^<>\s]+)>", header) or re.search(
        r"[^\s<>\"',;]+@[^\s<>\"',;]+", header)
    if not match:
        return ""
    return (match.group(1) if match.groups() else match.group(0)).strip()


def chat_direction(author_name: str, chat_with: str) -> str:
    """In a one-to-one chat exported "with" someone, every other author is the person who
    exported it: the victim."""
    same = author_name.strip().casefold() == chat_with.strip().casefold()
    return RECEIVED if same else SENT

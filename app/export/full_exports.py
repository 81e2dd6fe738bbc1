"""The originals that stay in the vault: a platform's whole data export, and a mailbox
that holds messages not imported.

A "Download your information" ZIP holds every conversation of her account, also those
she did not tick, and her profile, contacts and searches; a Gmail mailbox cut short at
import holds mail that never became an item. Neither goes into a bundle unless she asks
(``Options.include_full_exports``): the bundle holds the conversations and messages
imported, each with its own original, and says the whole file's SHA-256 and size, that it
is kept in the vault and can be produced on request.
"""

from __future__ import annotations

from dataclasses import replace

from app.export.exhibit import Exhibit
from app.importing.formats import base

PLATFORM_EXPORT, MAILBOX = "platform_export", "mailbox"
WHY = {PLATFORM_EXPORT: "The platform's full data export holds other private conversations "
                        "and personal data; it is kept in the vault, unchanged, and can be "
                        "produced on request. Its SHA-256 and size are the exhibit's.",
       MAILBOX: "The whole mailbox holds messages that were not imported; it is kept in the "
                "vault, unchanged, and can be produced on request. Its SHA-256 and size are "
                "the exhibit's."}


def reason(exhibit: Exhibit) -> str:
    """Why this exhibit's original stays in the vault (a key of WHY), or ""."""
    if exhibit.meta("export.platform"):  # what the platform export reader records
        return PLATFORM_EXPORT
    if exhibit.item.format == "mbox" and base.TRUNCATED in exhibit.item.flags:
        return MAILBOX  # the reader stopped before its end: the rest is only in the file
    return ""


def withheld(exhibits: tuple[Exhibit, ...]) -> tuple[Exhibit, ...]:
    """The exhibits with ``withheld`` set on each whose original stays in the vault."""
    return tuple(replace(exhibit, withheld=reason(exhibit),
                         attachments=withheld(exhibit.attachments)) for exhibit in exhibits)

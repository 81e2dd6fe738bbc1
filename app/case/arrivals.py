"""Evidence that arrives with its own description, stored whole in one transaction.

An image dragged from a browser comes with the web address it was shown at. The image
and its address are one piece of evidence: both are stored, or neither (a crash between
two transactions would leave an image whose origin is lost).
"""

from __future__ import annotations

from app.case import editing
from app.importing import pipeline
from app.importing.formats.base import Capture
from app.importing.pipeline import Importer, Outcome


def store_web_image(importer: Importer, name: str, data: bytes, url: str,
                    capture: Capture | None = None) -> Outcome:
    """Store a dragged image and, in the same transaction, the address it came from."""
    with importer.vault.transaction() as db:
        outcome = importer.import_data(name, data, capture)
        if outcome.status == pipeline.STORED and url:
            editing.describe(db, outcome.item_ids[0], url=url)
    return outcome

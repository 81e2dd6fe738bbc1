"""A reader for tests/unit/test_import_budget.py that notes every reading it makes.

The child imports it by name (``tests.unit.counting_reader:read``); each reading appends
the part's name to the file that ``DOSSIER_TEST_READINGS`` names, then the real readers
read it.
"""

from __future__ import annotations

import os

from app.importing import formats
from app.importing.formats.base import Extraction, Source
from app.importing.formats.sniff import Format


def read(found: Format, source: Source) -> Extraction:
    with open(os.environ["DOSSIER_TEST_READINGS"], "a", encoding="utf-8") as log:
        log.write(source.name + "\n")
    return formats.read(found, source)

"""The project's own sample evidence: a corpus written by code, so the tests need nothing
outside the repository.

It has the same file names and states the same facts as the extra corpus some machines keep
in ``../shared/corpus`` (its README lists them), and its bytes are the same on every run:
fixed dates, no randomness, so hashes and duplicates behave alike everywhere.
"""

from __future__ import annotations

from pathlib import Path

from tests.samples import documents, hostile, messages, pictures
from tests.samples.folder import Folder

README = """\
# Sample evidence (generated)

Written by `tests/samples/` for the tests: fictitious people, `example.*` domains and
documentation-range IP addresses. Same file names and facts as the extra corpus described
in `../shared/corpus/README.md`. Times are Europe/Paris wall-clock times.
"""


def write_corpus(root: Path) -> Path:
    """Writes every sample file under ``root`` (created owner-only) and returns ``root``."""
    folder = Folder(root)
    folder.put("README.md", README.encode())
    pictures.write(folder)
    documents.write(folder)
    messages.write(folder)
    hostile.write(folder)
    return root

"""The platforms' own "Download your information" exports, dropped as their ZIP.

Each parser knows one platform's layout and says whether the ZIP is its export;
``conversations`` turns what it found into items. A ZIP that is no export is kept as a
plain file; a damaged one, or a file of an export that is hostile (a JSON bomb, a ZIP
bomb), is flagged with the reason, and the conversations that could be read are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from app.importing.formats.base import DAMAGED, UNREADABLE, Extraction, Source, read_safely
from app.importing.formats.platforms import conversations, meta, snapchat, telegram, tiktok, twitter
from app.importing.formats.platforms.archive import Archive, Unfit
from app.importing.formats.platforms.conversations import Export

Finder = Callable[[Archive], Export | None]
FINDERS: tuple[Finder, ...] = (meta.find, snapchat.find, telegram.find, twitter.find,
                                tiktok.find)
NOT_AN_EXPORT = "no platform's data export (Instagram, Facebook, Snapchat, Telegram, X, " \
                "TikTok) was recognised in it"


def read(source: Source, threads: tuple[str, ...] | None = None) -> Extraction:
    """The export's conversations named in ``threads`` (every one when None) as items."""
    return read_safely(lambda found: _read_into(found, source, threads), "export.error",
                       frozenset({DAMAGED, UNREADABLE}))


def survey(source: Source) -> Extraction:
    """Only the conversations' list, one child each, with no message: what the person
    chooses from before anything is imported."""
    return read_safely(lambda found: _survey_into(found, source), "export.error",
                       frozenset({DAMAGED, UNREADABLE}))


def _read_into(found: Extraction, source: Source, threads: tuple[str, ...] | None) -> None:
    with source.open() as stream:
        archive, export = _export(found, stream)
        if archive is not None and export is not None:
            conversations.describe(export, found, archive, threads)


def _survey_into(found: Extraction, source: Source) -> None:
    with source.open() as stream:
        export = _export(found, stream)[1]
    if export is None:
        if DAMAGED not in found.flags:  # a damaged ZIP has said why already
            found.add("export.error", NOT_AN_EXPORT)
        return
    listed = conversations.survey(export)
    found.platform, found.title, found.children = listed.platform, listed.title, listed.children
    found.metadata += listed.metadata
    found.flags |= listed.flags


def _export(found: Extraction, stream: BinaryIO) -> tuple[Archive | None, Export | None]:
    """The ZIP and the export in it; a damaged ZIP or export is flagged with why."""
    try:
        archive = Archive(stream)
        for finder in FINDERS:
            export = finder(archive)
            if export is not None:
                return archive, export
    except Unfit as unfit:
        found.flags |= {DAMAGED, UNREADABLE}
        found.add("export.error", str(unfit))
    return None, None

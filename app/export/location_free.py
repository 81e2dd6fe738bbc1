"""Copies of the exported pictures without the place they were taken (issue #14).

A platform's abuse desk gets no location at all: each picture that holds one goes out as
a copy without it, instead of the original. An avocat gets the untouched original for the
court and, beside it, a copy clearly labelled for communicating to the other side, who
must not learn where the victim lives. The manifest gives both hashes and says why.

The copy is made in the reader child (``app/importing/formats/location.py``): the window's
and the command line's process never parses evidence bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import PurePosixPath

from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.export.errors import ExportError
from app.export.exhibit import Exhibit, LocationFreeCopy
from app.export.options import LAWYER, PLATFORM
from app.export.plan import Plan
from app.importing import sandbox
from app.importing.formats import base
from app.importing.formats.location import LocationFree
from app.importing.formats.sniff import FORMATS

RECIPIENTS = (PLATFORM, LAWYER)
LABELS = {"fr": "copie sans localisation", "en": "copy without location"}
WHY = ("A copy of the original without the place the picture was taken (EXIF GPS block, "
       "XMP and IPTC location data left out; the image data is the original's, not "
       "re-encoded, for JPEG and PNG), so that whoever receives it does not learn where "
       "the person was. The original's SHA-256 is the exhibit's sha256.")
LIMITS = sandbox.Limits(sandbox.TIME_LIMIT, sandbox.SECONDS_PER_MIB, sandbox.RENDER_MEMORY)

Read = Callable[[Exhibit], bytes]


@dataclass(frozen=True)
class Copies:
    """The plan with each copied exhibit's ``location_free`` set, and the copies' bytes
    by item id, to write into the bundle."""

    plan: Plan
    data: dict[int, bytes]


def make(plan: Plan, read: Read) -> Copies:
    """Copy the pictures of ``plan`` that hold a location: for a platform every picture is
    read (an XMP position sets no flag at import), for an avocat the photos flagged with a
    GPS position; other recipients' plans come back as they were. A platform's export
    stops when a located file cannot be copied: it must never carry the original instead."""
    if plan.options.recipient not in RECIPIENTS:
        return Copies(plan, {})
    data: dict[int, bytes] = {}
    stripper = sandbox.Sandbox(sandbox.LOCATION_STRIPPER, LIMITS)
    try:
        exhibits = tuple(_with_copies(exhibit, plan, read, stripper, data)
                         for exhibit in plan.exhibits)
    finally:
        stripper.close()
    return Copies(replace(plan, exhibits=exhibits), data)


def _with_copies(exhibit: Exhibit, plan: Plan, read: Read, stripper: sandbox.Sandbox,
                 data: dict[int, bytes]) -> Exhibit:
    attachments = tuple(_with_copies(part, plan, read, stripper, data)
                        for part in exhibit.attachments)
    copy = _copy(exhibit, plan, read, stripper)
    if copy is None:
        return replace(exhibit, attachments=attachments)
    data[exhibit.item.id] = copy.data
    return replace(exhibit, attachments=attachments, location_free=LocationFreeCopy(
        copy_name(exhibit.file_name, plan.options.language, copy.suffix),
        hashlib.sha256(copy.data).hexdigest(), len(copy.data), copy.removed,
        replaces_original=plan.options.recipient == PLATFORM))


def _copy(exhibit: Exhibit, plan: Plan, read: Read,
          stripper: sandbox.Sandbox) -> LocationFree | None:
    """The location-free copy, or None when the file holds no location to remove."""
    item = exhibit.item
    if plan.options.recipient == LAWYER and base.GPS not in item.flags:
        return None  # the avocat's copies are for photos that hold a position: no child
    found = FORMATS.get(item.format)
    if found is None or found.kind != "image":
        if base.GPS in item.flags and plan.options.recipient == PLATFORM:
            raise _cannot_copy(exhibit, "not a picture")
        return None
    answer = stripper.strip_location(found, read(exhibit))
    if isinstance(answer, str) or answer.problem:
        if plan.options.recipient == PLATFORM:
            raise _cannot_copy(exhibit, answer if isinstance(answer, str) else answer.problem)
        return None  # the avocat keeps the original; no copy is promised
    return answer if answer.removed else None


def copy_name(original: str, language: str, suffix: str) -> str:
    """``originals/P005_photo.jpg`` → ``originals/P005_photo (copie sans localisation).jpg``."""
    path = PurePosixPath(original)
    return str(path.with_name(f"{path.stem} ({LABELS[language]}){suffix}"))


def _cannot_copy(exhibit: Exhibit, reason: str) -> ExportError:
    return ExportError(Text(QT_TRANSLATE_NOOP(
        "core", "Exhibit {label} holds the place where it was taken, and no copy without it "
        "could be made ({reason}). Nothing was exported: leave this exhibit out of the "
        "platform's bundle."), label=exhibit.number, reason=reason))

"""The detail pane's lines about an item's date that a defence lawyer would look for: the
other dates its reader found that disagree with the one used, and whether the time's
zone was stated by the evidence or assumed."""

from __future__ import annotations

from app.common import date_conflicts, dates
from ui.common.words import moment_text, translate
from ui.viewers.base import ItemContent


def date_lines(content: ItemContent) -> list[tuple[str, str]]:
    """(what, value) lines, told right after how the date is known."""
    item = content.item
    metadata = content.details.metadata
    conflicts = date_conflicts.found(item.captured_at, item.captured_at_source, metadata)
    names = _sources()
    lines = []
    if conflicts:
        lines.append((translate("Details", "Dates that disagree"), "; ".join(
            f"{names.get(c.source, c.source)} {moment_text(c.value)}" for c in conflicts)))
    if date_conflicts.zone_assumed(item.captured_at_source, conflicts, metadata):
        lines.append((translate("Details", "Time zone"), translate(
            "Details", "device local time ({zone} assumed)").format(zone=dates.CASE_ZONE)))
    return lines


def _sources() -> dict[str, str]:
    return {
        date_conflicts.SMS_DATE: translate("Details", "the backup's machine date says"),
        date_conflicts.PDF_INFO: translate("Details", "the PDF's properties say"),
        date_conflicts.PDF_XMP: translate("Details", "the PDF's XMP data say"),
        date_conflicts.EXIF: translate("Details", "the photo's EXIF data say"),
        date_conflicts.FILENAME: translate("Details", "the file name says"),
        date_conflicts.FILE_TIME: translate("Details", "the file's date on disk says"),
    }

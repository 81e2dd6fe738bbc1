"""The weekly chart's axis: a tick at each labelled week's Monday, on its bar; labels that
never overlap however many weeks; a caption that tells only what is drawn. Checked with
the real text widths of the report's font, then on a rendered report page."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from app.export import wording
from app.export.report.axis import bar_ticks
from app.export.report.charts import LABEL_SPACE
from app.export.report.document import SANS, ReportDocument

MONDAY = date(2026, 6, 1)


@pytest.fixture(scope="module")
def doc() -> Iterator[ReportDocument]:
    """The report's own font at the axis labels' size, to measure them."""
    doc = ReportDocument("fr", "DOSSIER", "Essai")
    doc.set_font(SANS, size=6.5)
    yield doc
    doc.release()


@pytest.mark.parametrize("weeks", [1, 2, 5, 12, 30, 60, 104])
def test_week_labels_sit_on_mondays_and_never_overlap(doc: ReportDocument, weeks: int) -> None:
    starts = [MONDAY + timedelta(weeks=i) for i in range(weeks)]
    slot = 163.0 / weeks
    marks = bar_ticks(starts, slot, doc.get_string_width, LABEL_SPACE, "fr")
    assert marks[0] == (0, "1 juin 2026")
    assert all(starts[index].weekday() == 0 for index, _label in marks)
    for (a, label), (b, _next) in itertools.pairwise(marks):
        assert a * slot + doc.get_string_width(label) + LABEL_SPACE <= b * slot
    steps = {b - a for (a, _), (b, _) in itertools.pairwise(marks)}
    assert len(steps) <= 1  # evenly spaced: every k-th week


def test_month_bars_are_labelled_by_month(doc: ReportDocument) -> None:
    starts = [date(2025, m, 1) for m in range(1, 13)]
    marks = bar_ticks(starts, 16.0, doc.get_string_width, LABEL_SPACE, "en")
    assert marks[:2] == [(0, "Jan 2025"), (1, "Feb 2025")]


def test_the_timeline_caption_mentions_bands_only_as_their_own_sentence() -> None:
    assert "Incidents" not in wording.say("fr", "chart.timeline_note")
    assert "Incidents" in wording.say("fr", "chart.timeline_bands")
    assert "lundi" in wording.say("fr", "chart.bars_note.weeks")

"""The statistics section: the figures an avocat quotes, and three vector charts drawn
with fpdf2 (acts per week, acts per platform, and a timeline with one lane per platform).

Vector shapes stay sharp when printed or zoomed, weigh little, and need no Qt.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from functools import partial

from app.analysis import statistics as stats
from app.export import wording
from app.export.plan import Plan
from app.export.report import axis as report_axis
from app.export.report.document import ACCENT, INK, MUTED, RULE, SANS, ReportDocument
from app.export.report.table import Column, table

PALETTE = ((0, 114, 178), (230, 159, 0), (0, 158, 115), (213, 94, 0), (204, 121, 167),
           (86, 180, 233), (90, 90, 90), (140, 140, 40))  # Okabe-Ito, readable in grey
MAX_BARS = 104  # weeks; a longer story is drawn per month
MAX_PLATFORMS = 10  # rows; the rest are summed as "others"
MAX_ACCOUNTS = 15
AXIS = 11.0  # millimetres left of a chart for the axis labels
LANE_LABEL = 38.0
LANE = 6.5
LABEL_GAP = 16.0  # millimetres at least between two date labels
LABEL_SPACE = 2.0  # millimetres of blank at least after a label


def statistics_section(doc: ReportDocument, plan: Plan) -> None:
    language = plan.options.language
    figures = plan.statistics
    doc.note(wording.say(language, "stats.intro"))
    doc.ln(2)
    if figures.first is None or figures.last is None:
        doc.paragraph(wording.say(language, "stats.none"))
        return
    doc.fields(_figures(language, figures), label_width=44, size=9.5)
    colours = _colours(plan)
    if len(figures.per_week) <= MAX_BARS:
        _bars(doc, wording.say(language, "chart.weeks"), figures.per_week, language)
    else:
        _bars(doc, wording.say(language, "chart.months"), figures.per_month, language)
    _platforms(doc, plan, colours)
    _timeline(doc, plan, colours)
    _accounts(doc, plan)


def _figures(language: str, figures: stats.Statistics) -> list[tuple[str, str, bool]]:
    say = partial(wording.say, language)
    assert figures.first is not None
    assert figures.last is not None
    span = say("stats.span", first=wording.day(language, figures.first.date()),
               last=wording.day(language, figures.last.date()))
    rows = [(say("stats.acts"), say("stats.acts_value",
                                    total=wording.number(language, figures.total), span=span),
             False)]
    weeks = len(figures.per_week)
    if weeks > 1:
        rows.append((say("stats.rate"), say("stats.rate_value", rate=wording.decimal(
            language, figures.total / weeks)), False))
    trend = figures.trend
    rows.append((say("stats.trend"), say(
        f"trend.{trend.direction}", recent=wording.decimal(language, trend.recent_per_week),
        earlier=wording.decimal(language, trend.earlier_per_week), weeks=trend.recent_weeks,
        slope=wording.signed(language, trend.weekly_slope)), False))
    if figures.longest_run and figures.longest_run[2] > 1:
        first, last, days = figures.longest_run
        rows.append((say("stats.run"), say("stats.run_value", days=days, span=say(
            "stats.span", first=wording.day(language, first), last=wording.day(language, last))),
            False))
    if figures.busiest_days:
        rows.append((say("stats.busiest"), ", ".join(
            say("stats.busiest_value", day=wording.day(language, day), count=count)
            for day, count in figures.busiest_days), False))
    if figures.undated:
        rows.append((say("stats.undated"),
                     wording.count(language, "stats.undated_value", figures.undated), False))
    return rows


def _colours(plan: Plan) -> dict[str, tuple[int, int, int]]:
    """One colour per platform, the same in both charts; the busiest platforms first."""
    names = [name for name, _count in plan.statistics.per_platform]
    names += sorted({event.platform for event in plan.events if event.is_act} - set(names))
    return {name: PALETTE[index % len(PALETTE)] for index, name in enumerate(names)}


def _bars(doc: ReportDocument, heading: str, counts: list[tuple[date, int]],
          language: str) -> None:
    height = 46.0
    doc.ensure(height + 28)
    doc.subtitle(heading, size=10.5)
    left, top = doc.l_margin + AXIS, doc.get_y() + 2
    width = doc.body_width() - AXIS
    step, ceiling = _scale(max(count for _day, count in counts))
    _grid(doc, left, top, width, height, step, ceiling)
    slot = width / len(counts)
    doc.set_fill_color(*ACCENT)
    for index, (_day, count) in enumerate(counts):
        if count:
            bar = height * count / ceiling
            doc.rect(left + index * slot + slot * 0.12, top + height - bar, max(slot * 0.76, 0.2),
                     bar, style="F")
    _bar_labels(doc, [day for day, _count in counts], left, slot, top + height + 1, language)
    doc.set_y(top + height + 6)
    weekly = len(counts) < 2 or (counts[1][0] - counts[0][0]).days <= 7
    doc.note(wording.say(language, "chart.bars_note.weeks" if weekly
                         else "chart.bars_note.months"), size=7.5)
    doc.ln(2)


def _scale(most: int) -> tuple[int, int]:
    """A round step for the gridlines (1, 2, 5, 10, 20...) and the axis top."""
    most = max(most, 1)
    power = 10 ** max(0, int(math.log10(most)) - 1)
    step = next(s * power for s in (1, 2, 5, 10, 20, 50) if most / (s * power) <= 5)
    return step, step * math.ceil(most / step)


def _grid(doc: ReportDocument, left: float, top: float, width: float, height: float,
          step: int, ceiling: int) -> None:
    doc.set_draw_color(*RULE)
    doc.set_line_width(0.15)
    doc.set_font(SANS, size=6.5)
    doc.set_text_color(*MUTED)
    for value in range(0, ceiling + 1, step):
        y = top + height - height * value / ceiling
        doc.line(left, y, left + width, y)
        label = str(value)
        doc.text(left - 1.5 - doc.get_string_width(label), y + 0.9, label)
    doc.set_text_color(*INK)


def _bar_labels(doc: ReportDocument, days: list[date], left: float, slot: float, y: float,
                language: str) -> None:
    """A tick at the start of each labelled bar (its week's Monday, or its month's first
    day), labels thinned so that they never overlap."""
    doc.set_font(SANS, size=6.5)
    marks = report_axis.bar_ticks(days, slot, doc.get_string_width, LABEL_SPACE, language)
    _labels(doc, [(left + index * slot, label) for index, label in marks], y)


def _labels(doc: ReportDocument, marks: list[tuple[float, str]], y: float) -> None:
    """A tick and its label for each mark; a label that would leave the page's text
    width is left out (its tick stays)."""
    doc.set_font(SANS, size=6.5)
    doc.set_text_color(*MUTED)
    doc.set_draw_color(*MUTED)
    doc.set_line_width(0.15)
    right, free = doc.w - doc.r_margin, 0.0
    for x, label in marks:
        doc.line(x, y - 1, x, y + 0.2)
        end = x + 0.4 + doc.get_string_width(label)
        if end <= right and x >= free:  # never over the label before
            doc.text(x + 0.4, y + 2.6, label)
            free = end + LABEL_SPACE
    doc.set_text_color(*INK)


def _platforms(doc: ReportDocument, plan: Plan, colours: dict[str, tuple[int, int, int]]) -> None:
    language = plan.options.language
    rows = plan.statistics.per_platform
    if len(rows) > MAX_PLATFORMS:
        rest = sum(count for _name, count in rows[MAX_PLATFORMS - 1:])
        rows = [*rows[:MAX_PLATFORMS - 1], (wording.say(language, "chart.others", count=len(rows) - MAX_PLATFORMS + 1), rest)]
    doc.ensure(len(rows) * 6 + 20)
    doc.subtitle(wording.say(language, "chart.platforms"), size=10.5)
    most = max(count for _name, count in rows)
    top = doc.get_y() + 1
    room = doc.body_width() - LANE_LABEL - 14
    for index, (name, count) in enumerate(rows):
        y = top + index * 6
        doc.set_font(SANS, size=8)
        doc.text(doc.l_margin, y + 3.6, doc.fit(
            name or wording.say(language, "unknown_platform"), LANE_LABEL - 2))
        doc.set_fill_color(*colours.get(name, PALETTE[6]))
        length = max(room * count / most, 0.4)
        doc.rect(doc.l_margin + LANE_LABEL, y + 1, length, 4, style="F")
        doc.text(doc.l_margin + LANE_LABEL + length + 1.5, y + 3.6,
                 wording.number(language, count))
    doc.set_y(top + len(rows) * 6 + 4)


def _timeline(doc: ReportDocument, plan: Plan, colours: dict[str, tuple[int, int, int]]) -> None:
    """Lanes by platform; a tick per act; the incidents as numbered bands on top."""
    language = plan.options.language
    acts = [event for event in plan.events if event.is_act]
    numbers = {entry.incident.id: entry.number for entry in plan.chronology}
    spans = [event for event in plan.events if event.incident_id in numbers
             and event.item_id is None]
    if not acts:
        return
    lanes = list(colours)
    height = (len(lanes) + (1 if spans else 0)) * LANE
    doc.ensure(height + 30)
    doc.subtitle(wording.say(language, "chart.timeline"), size=10.5)
    first = min(event.start for event in acts + spans)
    last = max(event.end or event.start for event in acts + spans)
    last = max(last, first + 86400)
    left, top = doc.l_margin + LANE_LABEL, doc.get_y() + 1
    width = doc.body_width() - LANE_LABEL

    def x_of(moment: float) -> float:
        return left + width * (moment - first) / (last - first)

    row = 0
    if spans:
        _lane_label(doc, wording.say(language, "chart.incidents"), top)
        for event in spans:
            start, end = x_of(event.start), x_of(event.end or event.start)
            doc.set_fill_color(205, 215, 230)
            doc.rect(start, top + 0.8, max(end - start, 0.8), LANE - 1.6, style="F")
            doc.set_font(SANS, "B", 5.5)
            doc.set_text_color(*ACCENT)
            doc.text(start + 0.3, top + LANE / 2 + 0.8, str(numbers[event.incident_id]))
            doc.set_text_color(*INK)
        row = 1
    for lane in lanes:
        y = top + row * LANE
        _lane_label(doc, lane or wording.say(language, "unknown_platform"), y)
        doc.set_draw_color(*colours[lane])
        doc.set_line_width(0.25)
        for x in sorted({round(x_of(e.start), 1) for e in acts if e.platform == lane}):
            doc.line(x, y + 1, x, y + LANE - 1)
        row += 1
    doc.set_draw_color(*RULE)
    doc.set_line_width(0.15)
    doc.rect(left, top, width, height)
    _time_labels(doc, first, last, left, width, top + height + 1, plan)
    doc.set_y(top + height + 7)
    note = wording.say(language, "chart.timeline_note")
    if spans:  # the caption tells only what is drawn
        note += " " + wording.say(language, "chart.timeline_bands")
    doc.note(note, size=7.5)


def _lane_label(doc: ReportDocument, name: str, y: float) -> None:
    doc.set_font(SANS, size=7.5)
    doc.set_text_color(*INK)
    doc.text(doc.l_margin, y + LANE / 2 + 1, doc.fit(name, LANE_LABEL - 2))


def _time_labels(doc: ReportDocument, first: float, last: float, left: float, width: float,
                 y: float, plan: Plan) -> None:
    """Dates along the timeline's axis, at local midnight, as fine as room allows."""
    zone = plan.zone

    def midnight(day: date) -> float:
        naive = datetime(day.year, day.month, day.day)
        return (naive.replace(tzinfo=zone) if zone else naive).timestamp()

    start = datetime.fromtimestamp(first, UTC).astimezone(zone).date()
    end = datetime.fromtimestamp(last, UTC).astimezone(zone).date()
    if midnight(start) < first:  # the axis starts during that day: label from the next
        start += timedelta(days=1)
    marks = [(left + width * (midnight(day) - first) / (last - first), label)
             for day, label in report_axis.ticks(start, end, int(width // LABEL_GAP),
                                                 plan.options.language)]
    _labels(doc, marks, y)


def _accounts(doc: ReportDocument, plan: Plan) -> None:
    language = plan.options.language
    rows = plan.statistics.per_account[:MAX_ACCOUNTS]
    if not rows:
        return
    doc.ensure(30)
    doc.subtitle(wording.say(language, "chart.accounts"), size=10.5)
    columns = [Column(wording.say(language, "col.accounts"), 140),
               Column(wording.say(language, "stats.acts"), 34)]
    table(doc, columns, ([name or wording.say(language, "no_account"),
                          wording.number(language, count)] for name, count in rows))

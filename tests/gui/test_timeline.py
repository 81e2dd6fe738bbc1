"""The Timeline tab on a real vault: the sample corpus, and a constructed case with a
known answer (eight quiet weeks with one message each, then a burst of 29 messages in
three days, an exact incident and one known only to the month).

Zoom, pan, fit and jump; markers where their dates are and the burst in the density
strip (checked on the rendered picture); hover, selection kept in step with the
evidence table, the same filters; the statistics panel; PNG export; languages."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QPoint,
    QPointF,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QColor, QImage, QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtWidgets import QApplication

from app.analysis import statistics, timeline
from app.case import cases, incidents, links, listing, people
from app.case.editing import describe, redate
from app.case.search import Filters
from app.importing.pipeline import Importer
from app.vault.keys import KdfSettings
from app.vault.vault import Vault
from tests.conftest import CORPUS
from tests.gui.conftest import unlocked_service
from ui.case.page import CasePage
from ui.common import file_dialogs, words
from ui.common.operations import VaultService
from ui.common.pickers import ID_ROLE
from ui.timeline.index import EventIndex, Lane, cell_seconds, marks
from ui.timeline.page import TimelinePage
from ui.timeline.painter import REPLY_COLOUR, lane_colour
from ui.timeline.preview import item_lines, moment_of
from ui.timeline.scale import DAY, HOUR, MAX_SPAN, MIN_SPAN, TimeScale, label_format, ticks
from ui.timeline.statistics_panel import trend_text
from ui.timeline.view import TimelineView

PASSPHRASE = "correct horse"
QUIET_DAYS = [date(2026, 1, 7) + timedelta(weeks=week) for week in range(8)]  # Wednesdays
BURST = [(date(2026, 3, 2) + timedelta(days=n // 10), 8 + n % 10) for n in range(29)]


@dataclass(frozen=True)
class Prepared:
    path: Path
    corpus: int  # case ids
    built: int
    ids: dict[str, int]  # corpus items by file name, built items by title


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


def _build(vault: Vault, case_id: int) -> dict[str, int]:
    """The constructed case: its items, an account, and two incidents."""
    ids: dict[str, int] = {}
    plan = [(f"Calme {n + 1}", _at(day, 12), "Instagram") for n, day in enumerate(QUIET_DAYS)]
    plan += [(f"Rafale {n + 1}", _at(day, hour), "WhatsApp")
             for n, (day, hour) in enumerate(BURST)]
    importer = Importer(vault, case_id)
    for title, _when, _platform in plan:
        [ids[title], *_parts] = importer.import_data(f"{title}.txt", title.encode()).item_ids
    with vault.transaction() as db:
        account = people.save_account(db, people.Account(None, case_id, None, "Instagram",
                                                         "@ombre"))
        for title, when, platform in plan:
            redate(db, ids[title], when)
            describe(db, ids[title], title=title, platform=platform, role="act")
            if platform == "Instagram":
                links.link(db, ids[title], "account", account)
        incidents.save(db, incidents.Incident(
            None, case_id, "Menace en story", occurred_at=_at(date(2026, 2, 10), 20).isoformat(),
            platform="Instagram", severity=3))
        incidents.save(db, incidents.Incident(
            None, case_id, "Messages en rafale", occurred_at=_at(date(2026, 3, 1), 0).isoformat(),
            precision="month", platform="WhatsApp"))
    return ids


@pytest.fixture(scope="session")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    path = tmp_path_factory.mktemp("timeline") / "vault.dossier"
    with Vault.create(path, PASSPHRASE, kdf=KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            corpus = cases.create(db, "Harcèlement")
            built = cases.create(db, "Construit")
        list(Importer(vault, corpus.id).run(sorted(f for f in CORPUS.iterdir() if f.is_dir())))
        ids = {row.name: row.id for row in listing.rows(vault.db, corpus.id)}
        ids.update(_build(vault, built.id))
    return Prepared(path, corpus.id, built.id, ids)


@pytest.fixture
def service(qtbot, prepared: Prepared, tmp_path: Path) -> Iterator[VaultService]:
    """The vault worker, unlocked on a fresh copy of the prepared vault."""
    yield from unlocked_service(qtbot, prepared.path, PASSPHRASE, tmp_path)


@pytest.fixture(autouse=True)
def french(french_dates: None) -> None:
    """Every test here reads dates as a French user sees them."""


def ask(qtbot, service: VaultService, operation):
    """Run an operation on the vault worker and wait for its answer."""
    answers: list[object] = []
    service.run(operation, answers.append, lambda message: answers.append(AssertionError(message)))
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    assert not isinstance(answers[0], AssertionError), answers[0]
    return answers[0]


def open_page(qtbot, service: VaultService, case_id: int) -> TimelinePage:
    page = TimelinePage(service)
    qtbot.addWidget(page)
    page.resize(1300, 720)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignal(page.counted, timeout=10_000):
        page.load(case_id)
    return page


def lane_number(view: TimelineView, name: str) -> int:
    return next(n for n, label in enumerate(view.lane_names()) if label.startswith(name))


def lane_centre(view: TimelineView, name: str) -> float:
    return view.frame_geometry().lane_rect(lane_number(view, name)).center().y()


def show_around(view: TimelineView, moment: float, span: float) -> None:
    view.scale.span = span
    view.jump_to(moment)


def start_of(prepared_ids: dict[str, int], page: TimelinePage, key: str) -> float:
    index = page.view.index
    assert index is not None
    return index.events[index.position_of_item[prepared_ids[key]]].start


def centre_of(view: TimelineView) -> float:
    start, end = view.visible_span()
    return (start + end) / 2


def wheel(view: TimelineView, x: float, notches: int, shift: bool = False) -> None:
    point = QPointF(x, view.height() / 2)
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    event = QWheelEvent(point, view.mapToGlobal(point), QPoint(), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view, event)


# -- zoom, pan, fit, jump --------------------------------------------------------------------


def test_the_wheel_zooms_around_the_pointer(qtbot, service, prepared) -> None:
    view = open_page(qtbot, service, prepared.built).view
    x = view.frame_geometry().gutter + view.scale.width * 0.3
    under = view.scale.time_at(x - view.frame_geometry().gutter)
    span = view.scale.span
    wheel(view, x, 2)
    assert view.scale.span < span * 0.8
    assert view.scale.time_at(x - view.frame_geometry().gutter) == pytest.approx(under, abs=60)
    wheel(view, x, -4)
    assert view.scale.span > span
    assert view.scale.time_at(x - view.frame_geometry().gutter) == pytest.approx(under, abs=60)


def test_keys_zoom_around_the_centre_and_the_arrows_move_in_time(qtbot, service,
                                                                  prepared) -> None:
    view = open_page(qtbot, service, prepared.built).view
    view.setFocus()
    centre, span = centre_of(view), view.scale.span
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale.span == pytest.approx(span / 1.5)
    assert centre_of(view) == pytest.approx(centre, abs=1)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale.span == pytest.approx(span * 1.5)
    start = view.scale.start
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.scale.start > start
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.scale.start < start


def test_a_pinch_zooms(qtbot, service, prepared) -> None:
    view = open_page(qtbot, service, prepared.built).view
    span = view.scale.span
    point = QPointF(view.width() / 2, view.height() / 2)
    event = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture,
                                QPointingDevice.primaryPointingDevice(), 2, point, point,
                                view.mapToGlobal(point), 0.5, QPointF())
    QApplication.sendEvent(view, event)
    assert view.scale.span == pytest.approx(span / 1.5)


def test_dragging_moves_the_view_in_time(qtbot, service, prepared) -> None:
    view = open_page(qtbot, service, prepared.built).view
    start, per_pixel = view.scale.start, view.scale.seconds_per_pixel
    y = int(view.frame_geometry().lanes_bottom() - 2)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(600, y))
    for x in (580, 520, 450, 400):
        qtbot.mouseMove(view, QPoint(x, y))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(400, y))
    assert view.scale.start == pytest.approx(start + 200 * per_pixel, rel=1e-6)


def test_show_all_fits_every_event_and_a_date_can_be_jumped_to(qtbot, service,
                                                                prepared) -> None:
    page = open_page(qtbot, service, prepared.built)
    view = page.view
    first, last = view.index.bounds()
    view.zoom(40)
    assert view.scale.span < last - first
    page.toolbar.fit_button.click()
    start, end = view.visible_span()
    assert start < first
    assert last < end
    assert end - start < (last - first) * 1.2
    page.toolbar.date_box.setDate(QDate(2026, 2, 14))
    assert centre_of(view) == pytest.approx(_at(date(2026, 2, 14), 12).timestamp(), abs=1)


def test_zooming_has_limits_from_minutes_to_decades() -> None:
    scale = TimeScale(datetime(2026, 1, 1).timestamp(), DAY, 1000)
    scale.zoom(1e9, 500)
    assert scale.span == MIN_SPAN
    scale.zoom(1e-9, 500)
    assert scale.span == MAX_SPAN


# -- the calendar on the axis ----------------------------------------------------------------


def test_day_ticks_stay_on_midnights_across_the_clock_change() -> None:
    start = datetime(2026, 3, 27).timestamp()
    scale = TimeScale(start, 5 * DAY, 1000)
    found = ticks(scale, 150)
    assert [tick.moment.hour for tick in found] == [0] * len(found)
    gaps = {later.at - earlier.at for earlier, later in pairwise(found)}
    assert gaps == {DAY, DAY - HOUR}  # 29 March 2026 has 23 hours in Paris
    assert [label_format(tick) for tick in found][:2] == ["d MMM", "d MMM"]


def test_month_and_year_ticks_when_zoomed_out() -> None:
    scale = TimeScale(datetime(2025, 5, 20).timestamp(), 600 * DAY, 1000)
    found = ticks(scale, 120)
    assert all(tick.moment.day == 1 and tick.moment.month in (1, 4, 7, 10) for tick in found)
    january = next(tick for tick in found if tick.moment.month == 1)
    assert january.major
    assert label_format(january) == "yyyy"


# -- what is drawn where ---------------------------------------------------------------------


def colour_near(image: QImage, x: float, y: float, wanted: QColor, reach: int = 3) -> bool:
    for dx in range(-reach, reach + 1):
        for dy in range(-reach, reach + 1):
            got = image.pixelColor(int(x) + dx, int(y) + dy)
            if max(abs(got.red() - wanted.red()), abs(got.green() - wanted.green()),
                   abs(got.blue() - wanted.blue())) <= 12:
                return True
    return False


def test_a_marker_is_drawn_at_its_date_in_its_lane(qtbot, service, prepared) -> None:
    page = open_page(qtbot, service, prepared.built)
    view = page.view
    moment = start_of(prepared.ids, page, "Calme 2")  # 14 January, noon
    show_around(view, moment, 10 * DAY)
    image = view.render_image(ratio=1.0)
    colour = lane_colour(lane_number(view, "Instagram"))
    y = lane_centre(view, "Instagram")
    assert colour_near(image, view.plot_x(moment), y, colour)
    assert not colour_near(image, view.plot_x(moment + 2 * DAY), y, colour)
    assert not colour_near(image, view.plot_x(moment), lane_centre(view, "WhatsApp"), colour)


def test_a_burst_shows_as_a_taller_bar_in_the_density_strip(qtbot, service, prepared) -> None:
    view = open_page(qtbot, service, prepared.built).view
    image = view.render_image(ratio=1.0)
    strip = view.frame_geometry().strip_rect()
    bar = view.palette().highlight().color()

    def tallest(first: date) -> int:
        left = int(view.plot_x(_at(first, 0).timestamp()))
        right = int(view.plot_x(_at(first + timedelta(days=7), 0).timestamp()))
        heights = [0]
        for x in range(left + 1, right - 1):
            y = int(strip.bottom()) - 2
            height = 0
            while y > strip.top() and colour_near(image, x, y, bar, reach=0):
                height, y = height + 1, y - 1
            heights.append(height)
        return max(heights)

    quiet, burst = tallest(date(2026, 1, 12)), tallest(date(2026, 3, 2))
    assert quiet > 0
    assert burst > quiet * 5


def test_a_crowded_lane_is_drawn_as_clusters_with_counts() -> None:
    lane = Lane("X", starts=[1000.0 + n for n in range(1000)], positions=list(range(1000)))
    lane.starts += [100_000.0, 200_000.0]
    cell = cell_seconds(50.0, 36)
    found = marks(lane, 0, 300_000, cell, spread=11 * 50.0)
    assert [mark.count for mark in found] == [1000, 1, 1]
    assert found[1].at == 100_000.0


def test_lanes_that_do_not_fit_share_one_lane_of_others() -> None:
    events = tuple(timeline.Event(n, None, 1000.0 + n, None, "message", f"P{n % 12:02}", (),
                                  f"{n}") for n in range(120))
    index = EventIndex(timeline.Timeline(events, timeline.lanes_of(events)))
    lanes = index.layout("platform", 5).lanes
    assert [lane.name for lane in lanes] == ["P00", "P01", "P02", "P03", None]
    assert [len(lane.starts) for lane in lanes] == [10, 10, 10, 10, 80]
    assert lanes[-1].starts == sorted(lanes[-1].starts)


def test_the_density_counts_acts_per_local_day(qtbot, service, prepared) -> None:
    loaded = ask(qtbot, service, lambda vault, _task: timeline.load(
        vault.db, prepared.built, Filters()))
    index = EventIndex(loaded)
    days = index.density(_at(date(2026, 3, 1), 12).timestamp(),
                         _at(date(2026, 3, 5), 12).timestamp(), DAY)
    assert [count for _start, _end, count in days] == [0, 10, 10, 9, 0]


# -- hover and selection ---------------------------------------------------------------------


def test_hovering_an_item_shows_its_thumbnail_title_and_local_time(qtbot, service,
                                                                    prepared) -> None:
    page = open_page(qtbot, service, prepared.corpus)
    view = page.view
    moment = start_of(prepared.ids, page, "photo_parking.jpg")
    show_around(view, moment, DAY)
    point = QPoint(int(view.plot_x(moment)), int(lane_centre(view, "Platform not given")))
    qtbot.mouseMove(view, point)
    qtbot.waitUntil(view.preview.isVisible)
    assert view.preview.title.text() == "photo_parking.jpg"
    assert moment_of(moment) == "3 nov. 2026 18:20 UTC+1"
    assert moment_of(moment) in view.preview.details.text()
    qtbot.waitUntil(lambda: not view.preview.picture.pixmap().isNull(), timeout=10_000)


def test_selection_is_kept_in_step_with_the_evidence_table(qtbot, service, prepared) -> None:
    case_page = CasePage(service)
    qtbot.addWidget(case_page)
    case_page.resize(1500, 850)
    case_page.show()
    case_page.tabs.setCurrentWidget(case_page.timeline)
    with qtbot.waitSignal(case_page.timeline.counted, timeout=10_000):
        case_page.load(prepared.built)
    qtbot.waitUntil(lambda: case_page.view.model.rowCount() == 37)
    view = case_page.timeline.view
    moment = start_of(prepared.ids, case_page.timeline, "Calme 3")
    show_around(view, moment, 6 * DAY)
    point = QPoint(int(view.plot_x(moment)), int(lane_centre(view, "Instagram")))
    with qtbot.waitSignal(case_page.view.selection_changed, timeout=5_000):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point)
    assert case_page.view.selected_ids() == [prepared.ids["Calme 3"]]
    case_page.view.select_item(prepared.ids["Rafale 5"])
    index = view.index
    assert [index.events[p].item_id for p in index.selected_positions()] == \
        [prepared.ids["Rafale 5"]]
    burst_moment = start_of(prepared.ids, case_page.timeline, "Rafale 5")
    assert view.scale.start <= burst_moment <= view.scale.end  # brought into view
    with qtbot.waitSignal(case_page.view.selection_changed):
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert case_page.view.selected_ids() == [prepared.ids["Rafale 6"]]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert case_page.tabs.currentWidget() is case_page.view


def test_the_timeline_follows_the_filters_of_the_evidence_table(qtbot, service,
                                                                prepared) -> None:
    case_page = CasePage(service)
    qtbot.addWidget(case_page)
    case_page.show()
    case_page.tabs.setCurrentWidget(case_page.timeline)
    with qtbot.waitSignal(case_page.timeline.counted, timeout=10_000):
        case_page.load(prepared.built)
    with qtbot.waitSignal(case_page.timeline.loaded, timeout=10_000) as loaded:
        case_page.view.filter_bar.search_box.setText("rafale")
        case_page.view.filter_bar.search_box.returnPressed.emit()
    qtbot.waitUntil(lambda: case_page.view.model.rowCount() == 29)
    # The 29 messages of the burst, and the incident whose title says "rafale".
    assert loaded.args == [30]
    assert case_page.timeline.view.lane_names() == ["WhatsApp (30)"]


def test_clicking_a_cluster_zooms_in_on_it(qtbot, service, prepared) -> None:
    view = open_page(qtbot, service, prepared.built).view
    moment = _at(date(2026, 3, 3), 12).timestamp()
    point = QPoint(int(view.plot_x(moment)), int(lane_centre(view, "WhatsApp")))
    target = view.target_at(QPointF(point))
    assert target is not None
    assert target.kind == "cluster"
    span = view.scale.span
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point)
    assert view.scale.span < span / 5


def test_lanes_group_by_platform_account_or_kind(qtbot, service, prepared) -> None:
    page = open_page(qtbot, service, prepared.built)
    assert page.view.lane_names() == ["WhatsApp (30)", "Instagram (9)"]
    page.toolbar.lanes_box.setCurrentIndex(1)
    assert page.view.lane_names() == ["@ombre (Instagram) (8)", "No account (31)"]
    page.toolbar.lanes_box.setCurrentIndex(2)
    assert page.view.lane_names() == ["Text (37)", "Incidents (2)"]


# -- the statistics panel --------------------------------------------------------------------


def test_the_panel_shows_the_corpus_first_and_last_act_and_the_trend(qtbot, service,
                                                                       prepared) -> None:
    page = open_page(qtbot, service, prepared.corpus)
    expected = ask(qtbot, service, lambda vault, _task: statistics.compute(
        timeline.load(vault.db, prepared.corpus, Filters()).events))
    panel = page.statistics
    assert words.moment_text(expected.first.isoformat()) in panel.summary.text()
    assert "3 nov. 2026 18:20 UTC+1" in panel.summary.text()  # photo_parking.jpg's EXIF
    assert words.moment_text(expected.last.isoformat()) in panel.summary.text()
    assert panel.trend.text() == trend_text(expected.trend)
    assert panel.trend.isVisible()


def test_the_panel_gives_the_known_answer_of_the_constructed_case(qtbot, service,
                                                                    prepared) -> None:
    panel = open_page(qtbot, service, prepared.built).statistics
    assert panel.summary.text() == ("37 act(s), the first on 7 janv. 2026 12:00 UTC+1, "
                                    "the last on 4 mars 2026 16:00 UTC+1.")
    assert panel.trend.text() == ("The acts are becoming more frequent: 8 a week over the "
                                  "last 4 weeks, against 1 a week before.")
    assert panel.run.text() == "Longest run: 3 day(s) in a row, from 2 mars 2026 to 4 mars 2026."
    assert [count for _week, count in panel.weeks.values] == [1] * 8 + [29]
    assert panel.platforms.rows == [("WhatsApp", 29), ("Instagram", 8)]
    assert panel.accounts.rows == [("@ombre (Instagram)", 8), ("No account", 29)]
    assert panel.days.text().splitlines()[0].endswith("2 mars 2026: 10 act(s)")


# -- export and languages --------------------------------------------------------------------


def test_both_export_as_png_through_the_save_dialog(qtbot, service, prepared, tmp_path,
                                                    monkeypatch) -> None:
    page = open_page(qtbot, service, prepared.built)
    chosen = iter([tmp_path / "chronologie", tmp_path / "statistiques.png"])
    monkeypatch.setattr(file_dialogs, "save_file", lambda *_args, **_kw: next(chosen))
    page.toolbar.export_timeline_action.trigger()
    page.toolbar.export_statistics_action.trigger()
    timeline_png = QImage(str(tmp_path / "chronologie.png"))
    statistics_png = QImage(str(tmp_path / "statistiques.png"))
    assert timeline_png.width() == page.view.width() * 2
    assert timeline_png.height() == page.view.height() * 2
    assert statistics_png.width() >= page.statistics.width() * 2
    assert statistics_png.height() > 400
    assert not page.error.isVisible()


def test_an_export_that_cannot_be_written_says_so(qtbot, service, prepared, tmp_path,
                                                  monkeypatch) -> None:
    page = open_page(qtbot, service, prepared.built)
    monkeypatch.setattr(file_dialogs, "save_file",
                        lambda *_args, **_kw: tmp_path / "missing" / "chronologie.png")
    page.toolbar.export_timeline_action.trigger()
    assert page.error.isVisible()
    assert page.error.text() == "The picture could not be saved there. Choose another folder."


class Marking(QTranslator):
    """Puts brackets around every text of the timeline, to see which ones are set again."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context in ("TimelinePage", "TimelineToolbar", "TimelineView", "StatisticsPanel",
                       "CasePage"):
            return f"[{source}]"
        return ""

    def isEmpty(self) -> bool:  # Qt skips empty translators
        return False


def test_a_language_change_sets_every_text_again(qtbot, service, prepared) -> None:
    page = open_page(qtbot, service, prepared.built)
    marking = Marking()
    QCoreApplication.installTranslator(marking)
    try:
        qtbot.waitUntil(lambda: page.toolbar.fit_button.text() == "[Show &all]")
        assert page.toolbar.lanes_box.itemText(0) == "[By platform]"
        assert page.statistics.weeks_title.text() == "[Acts per week]"
        assert page.statistics.trend.text().startswith("[The acts are becoming more")
        assert page.view.accessibleName() == "[Timeline]"
    finally:
        QCoreApplication.removeTranslator(marking)
    qtbot.waitUntil(lambda: page.toolbar.fit_button.text() == "Show &all")


def test_an_empty_case_says_so(qtbot, service) -> None:
    def empty_case(vault: Vault, _task) -> int:
        with vault.transaction() as db:
            return cases.create(db, "Vide").id
    page = open_page(qtbot, service, ask(qtbot, service, empty_case))
    assert page.view.index is not None
    assert not page.view.index.events
    image = page.view.render_image(ratio=1.0)
    assert not image.isNull()
    assert page.view.message.startswith("Nothing dated in this case yet")
    assert page.statistics.summary.text().startswith("No act to count")
    assert not page.statistics.trend.isVisible()


def test_locking_forgets_the_case(qtbot, service, prepared) -> None:
    page = open_page(qtbot, service, prepared.corpus)
    page.clear()
    assert page.view.index is None
    assert page.statistics.statistics is None
    assert not page.view.preview.isVisible()
    QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.toolbar.span_label.text()


def test_an_incident_chosen_on_the_timeline_is_shown_in_the_incidents_panel(
        qtbot, service, prepared) -> None:
    case_page = CasePage(service)
    qtbot.addWidget(case_page)
    case_page.resize(1500, 850)
    case_page.show()
    case_page.side.setCurrentWidget(case_page.people)
    case_page.load(prepared.built)
    qtbot.waitUntil(lambda: case_page.incidents.proxy.rowCount() == 2)
    incident_ids = [case_page.incidents.proxy.index(r, 0).data(ID_ROLE) for r in range(2)]
    case_page.timeline.incident_selected.emit(incident_ids[1])
    assert case_page.side.currentWidget() is case_page.incidents
    assert case_page.incidents.selected_id() == incident_ids[1]


# -- the victim's replies (issue 13) ----------------------------------------------------------

def _event(page, title: str):
    return next(e for e in page.view.index.events if e.title == title)


def test_a_reply_is_drawn_as_a_ring_and_an_act_filled(qtbot, service, prepared) -> None:
    page = open_page(qtbot, service, prepared.corpus)
    view = page.view
    reply, act = _event(page, "Arrête de m'écrire."), _event(page, "<Médias omis>")
    show_around(view, reply.start, 20 * 60)
    image = view.render_image(ratio=1.0)
    y = lane_centre(view, "WhatsApp")
    ring, lane = QColor(REPLY_COLOUR), lane_colour(lane_number(view, "WhatsApp"))
    radius = view._painter.radius  # where the ring is drawn
    assert colour_near(image, view.plot_x(reply.start) + radius, y, ring)
    assert not colour_near(image, view.plot_x(reply.start), y, lane, reach=1)
    assert colour_near(image, view.plot_x(act.start), y, lane, reach=1)
    assert not colour_near(image, view.plot_x(act.start) + radius, y, ring)
    assert "Your reply: not counted as an act." in item_lines(reply)
    assert not any("not counted" in line for line in item_lines(act))

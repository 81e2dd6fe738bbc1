"""The statistics an avocat quotes, on a constructed case with a known answer, across a
clock change, on the sample corpus, and through ``dossier stats``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.analysis import statistics, timeline
from app.case import cases, editing, incidents, links, people
from app.case.search import Filters
from app.importing.pipeline import Importer
from app.vault.keys import KdfSettings
from app.vault.vault import Vault
from tests.conftest import CORPUS
from tests.unit.test_timeline import DATED

SUMMER, WINTER = timezone(timedelta(hours=2)), timezone(timedelta(hours=1))
WA, OMBRE, FAKE = ("WhatsApp", "+33 6 00 00 00 01"), ("Instagram", "@ombre"), (
    "Instagram", "@fake")


def june(day: int, hour: int) -> datetime:
    return datetime(2026, 6, day, hour, 0, tzinfo=SUMMER)


# (when, platform, accounts): 3 acts in the week of Monday 1 June, none the next week,
# 7 in the week of the 15th (a run of four days, 15-18), 12 in the week of the 22nd.
KNOWN = (
    (june(1, 10), "X", []), (june(3, 12), "X", []), (june(3, 18), "", []),
    (june(15, 9), "Instagram", [OMBRE]), (june(16, 9), "Instagram", [OMBRE]),
    (june(16, 23), "Instagram", [OMBRE, FAKE]), (june(17, 8), "Instagram", [OMBRE]),
    (june(18, 7), "Instagram", [OMBRE, FAKE]), (june(18, 12), "Instagram", [OMBRE]),
    (june(18, 22), "Instagram", [OMBRE]),
    *[(june(22, hour), "WhatsApp", [WA]) for hour in (1, 6, 11, 16, 21)],
    *[(june(24, hour), "WhatsApp", [WA]) for hour in (2, 8, 14, 20)],
    *[(june(26, hour), "WhatsApp", [WA]) for hour in (3, 13, 23)],
)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    vault = Vault.create(tmp_path / "v.dossier", "pass", kdf=KdfSettings(10, 8))
    yield vault
    vault.close()


def add_acts(vault: Vault, folder: Path, acts: tuple[tuple[datetime, str, list[tuple[str, str]]],
                                                    ...], case_name: str = "Affaire") -> int:
    """A case holding one small text file per act, redated, described and marked an act
    by hand (a text note is context until the person says otherwise)."""
    with vault.transaction() as db:
        case_id = cases.create(db, case_name).id
    folder.mkdir()
    paths = []
    for number, _act in enumerate(acts):
        paths.append(folder / f"acte {number:02}.txt")
        paths[-1].write_text(f"Acte numéro {number} de {case_name}.\n", encoding="utf-8")
    ids = [outcome.item_ids[0] for outcome in Importer(vault, case_id).run(paths)]
    with vault.transaction() as db:
        accounts = {}
        for item_id, (when, platform, tied) in zip(ids, acts, strict=True):
            editing.redate(db, item_id, when)
            editing.describe(db, item_id, platform=platform, role="act")
            for key in tied:
                if key not in accounts:
                    accounts[key] = people.save_account(
                        db, people.Account(None, case_id, None, *key))
                links.link(db, item_id, "account", accounts[key])
    return case_id


def compute(vault: Vault, case_id: int) -> statistics.Statistics:
    return statistics.compute(timeline.load(vault.db, case_id, Filters()).events)


def test_a_case_with_a_known_answer(vault: Vault, tmp_path: Path) -> None:
    case_id = add_acts(vault, tmp_path / "acts", KNOWN)
    with vault.transaction() as db:  # incidents describe acts: they are not counted again
        incidents.save(db, incidents.Incident(None, case_id, "Vague", "", june(22, 0).isoformat(),
                                              None, "day", "WhatsApp", 3, "2026-06-30"))
    found = compute(vault, case_id)
    assert found.total == 22
    assert (found.first, found.last) == (june(1, 10), june(26, 23))
    assert found.first.utcoffset() == timedelta(hours=2)
    assert found.per_week == [(date(2026, 6, 1), 3), (date(2026, 6, 8), 0),
                              (date(2026, 6, 15), 7), (date(2026, 6, 22), 12)]
    assert found.per_month == [(date(2026, 6, 1), 22)]
    assert found.per_platform == [("WhatsApp", 12), ("Instagram", 7), ("X", 2), ("", 1)]
    assert found.per_account == [("+33 6 00 00 00 01 (WhatsApp)", 12), ("@ombre (Instagram)", 7),
                                 ("@fake (Instagram)", 2), ("", 3)]
    assert found.busiest_days == [(date(2026, 6, 22), 5), (date(2026, 6, 24), 4),
                                  (date(2026, 6, 18), 3), (date(2026, 6, 26), 3),
                                  (date(2026, 6, 3), 2)]
    assert found.longest_run == (date(2026, 6, 15), date(2026, 6, 18), 4)
    assert found.trend == statistics.Trend(statistics.ESCALATING, pytest.approx(3.4),
                                           9.5, 1.5, 2)


def test_acts_around_the_autumn_clock_change_land_on_their_local_day(
        vault: Vault, tmp_path: Path) -> None:
    acts = tuple((when, "", []) for when in (
        datetime(2026, 10, 24, 23, 30, tzinfo=SUMMER),  # Saturday
        datetime(2026, 10, 25, 0, 30, tzinfo=SUMMER),  # Sunday, though Saturday in UTC
        datetime(2026, 10, 25, 2, 30, tzinfo=SUMMER),  # 02:30 comes twice that night
        datetime(2026, 10, 25, 2, 30, tzinfo=WINTER),
        datetime(2026, 10, 26, 0, 30, tzinfo=WINTER),  # Monday: a new week, Sunday in UTC
    ))
    case_id = add_acts(vault, tmp_path / "acts", acts)
    found = compute(vault, case_id)
    assert found.busiest_days == [(date(2026, 10, 25), 3), (date(2026, 10, 24), 1),
                                  (date(2026, 10, 26), 1)]
    assert found.per_week == [(date(2026, 10, 19), 4), (date(2026, 10, 26), 1)]
    assert found.longest_run == (date(2026, 10, 24), date(2026, 10, 26), 3)
    assert found.last == datetime(2026, 10, 26, 0, 30, tzinfo=WINTER)
    assert found.trend.direction == statistics.TOO_LITTLE_DATA
    in_utc = statistics.compute(timeline.load(vault.db, case_id, Filters()).events, zone=UTC)
    assert in_utc.busiest_days[0] == (date(2026, 10, 25), 3)
    assert in_utc.per_week == [(date(2026, 10, 19), 5)]


def test_the_corpus(vault: Vault) -> None:
    with vault.transaction() as db:
        case_id = cases.create(db, "Corpus").id
    for outcome in Importer(vault, case_id).run([CORPUS / name for name in DATED]):
        assert outcome.status == "stored", outcome.reason
    found = compute(vault, case_id)
    # 16 files, less 3 chat exports counted by their 11 messages; the e-mail's
    # attachment is part of the e-mail. Not acts: the victim's 3 replies, the statement
    # of comments (context) and her report's receipt (a step she took).
    assert found.total == 16 - 3 + 11 - 3 - 2
    assert found.first == datetime(2026, 11, 3, 18, 20, tzinfo=WINTER)  # the parking photo
    assert found.last == datetime(2026, 11, 11, 7, 59, 31, tzinfo=WINTER)  # not the receipt
    assert found.per_platform == [("WhatsApp", 7), ("SMS", 2), ("Instagram", 1), ("", 9)]
    assert found.per_account == [("", 19)]
    assert found.per_week == [(date(2026, 11, 2), 14), (date(2026, 11, 9), 5)]
    assert found.per_month == [(date(2026, 11, 1), 19)]
    assert found.busiest_days == [(date(2026, 11, 6), 4), (date(2026, 11, 7), 4),
                                  (date(2026, 11, 5), 3), (date(2026, 11, 10), 3),
                                  (date(2026, 11, 3), 1)]
    assert found.longest_run == (date(2026, 11, 3), date(2026, 11, 11), 9)
    assert found.trend.direction == statistics.TOO_LITTLE_DATA


def test_items_dated_only_by_their_file_are_drawn_but_not_counted(vault: Vault) -> None:
    """The whole corpus: the note and the damaged files have no date of their own, so the
    day they were copied must not become the last act."""
    with vault.transaction() as db:
        case_id = cases.create(db, "Corpus").id
    list(Importer(vault, case_id).run([CORPUS]))
    found = compute(vault, case_id)
    assert found.last == datetime(2026, 11, 11, 7, 59, 31, tzinfo=WINTER)
    assert found.undated >= 3  # journal.txt, the protected PDF, the damaged files
    assert "Not counted" in found.as_text()


def _weekly(counts: list[int]) -> list[timeline.Event]:
    """Events at noon on the Mondays of consecutive weeks, ``counts[n]`` in week n."""
    monday = datetime(2026, 1, 5, 12, tzinfo=WINTER).timestamp()
    return [timeline.Event(1, None, monday + week * 7 * 86400 + n, None, "message", "", (), "")
            for week, count in enumerate(counts) for n in range(count)]


@pytest.mark.parametrize(("counts", "direction"), [
    ([3, 0, 7, 12], statistics.ESCALATING),
    ([12, 7, 0, 3], statistics.DECLINING),
    ([5, 5, 5, 5, 5, 5, 5, 5], statistics.STEADY),
    ([2, 3, 2, 3, 2, 3, 2, 3, 2, 3], statistics.STEADY),  # slope > 0, but no real rise
    ([1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2], statistics.ESCALATING),  # the last 4 weeks double
    ([4, 0, 0, 0, 0, 0, 0, 1], statistics.DECLINING),
    ([9, 0, 1], statistics.TOO_LITTLE_DATA),  # three weeks
    ([1, 0, 1, 2], statistics.TOO_LITTLE_DATA),  # four acts
])
def test_the_trend_rule(counts: list[int], direction: str) -> None:
    found = statistics.compute(_weekly(counts), zone=WINTER)
    assert [count for _week, count in found.per_week] == counts
    assert found.trend.direction == direction


def test_the_trend_compares_the_last_four_weeks_with_those_before() -> None:
    trend = statistics.compute(_weekly([1, 1, 1, 1, 1, 1, 2, 2, 2, 2]), zone=WINTER).trend
    assert (trend.recent_weeks, trend.recent_per_week, trend.earlier_per_week) == (4, 2, 1)
    assert trend.weekly_slope == pytest.approx(12 / 82.5)


def test_incidents_chat_exports_and_duplicates_are_not_acts() -> None:
    events = [
        timeline.Event(None, 1, 0.0, 86400.0, "incident", "", (), "une vague", 4),
        timeline.Event(1, None, 10.0, None, "chat", "WhatsApp", (), "export", repeats=True),
        timeline.Event(2, None, 10.0, None, "message", "WhatsApp", (), "salut", parent_id=1),
    ]
    found = statistics.compute(events, zone=UTC)
    assert found.total == 1
    assert found.per_platform == [("WhatsApp", 1)]


def test_no_acts_at_all() -> None:
    found = statistics.compute([])
    assert (found.total, found.first, found.per_week, found.longest_run) == (0, None, [], None)
    assert found.trend.direction == statistics.TOO_LITTLE_DATA
    assert found.as_text() == "No acts recorded."
    assert json.loads(json.dumps(found.as_dict()))["total"] == 0


def test_the_summary_is_plain_json_and_plain_text(vault: Vault, tmp_path: Path) -> None:
    found = compute(vault, add_acts(vault, tmp_path / "acts", KNOWN))
    data = json.loads(json.dumps(found.as_dict()))
    assert data["first"] == "2026-06-01T10:00:00+02:00"
    assert data["per_week"][0] == {"week": "2026-06-01", "acts": 3}
    assert data["per_platform"][-1] == {"platform": "", "acts": 1}
    assert data["longest_run"] == {"first": "2026-06-15", "last": "2026-06-18", "days": 4}
    assert data["trend"] == {"direction": "escalating", "weekly_slope": 3.4,
                             "recent_per_week": 9.5, "earlier_per_week": 1.5, "recent_weeks": 2}
    text = found.as_text()
    assert "Acts: 22, from 2026-06-01 10:00 to 2026-06-26 23:00" in text
    assert "Trend: escalating" in text
    assert "Longest run: 4 consecutive days" in text


def test_dossier_stats_prints_the_same_figures(vault: Vault, tmp_path: Path) -> None:
    add_acts(vault, tmp_path / "other", KNOWN[:5], case_name="Autre")
    case_id = add_acts(vault, tmp_path / "acts", KNOWN)
    expected = compute(vault, case_id).as_dict()
    vault.close()  # the vault admits one process at a time
    env = {**os.environ, "DOSSIER_PASSPHRASE": "pass", "TZ": "Europe/Paris"}

    def stats(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app", "--vault", str(vault.path),
                               "stats", *args], capture_output=True, text=True, env=env,
                              timeout=120, check=False)

    latest = stats("--json")
    assert latest.returncode == 0, latest.stderr
    assert json.loads(latest.stdout) == expected  # the latest case when none is named
    named = stats("--case", "Autre", "--json")
    assert json.loads(named.stdout)["total"] == 5
    assert "Trend: escalating" in stats().stdout
    missing = stats("--case", "Personne")
    assert missing.returncode == 2
    assert "no case named" in missing.stderr

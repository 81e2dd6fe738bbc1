"""Limitation dates (prescription): calendar months with their ends, the rule and article
for each qualification, the act the count starts from, and the warning as it nears;
"today" is given, so each case is fixed in time."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.case import cases, deadlines, incident_actions, incidents
from app.case.deadlines import add_months, deadline
from app.case.incidents import Incident
from app.importing.pipeline import Importer
from app.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, make_vault
from tests.conftest import CORPUS

TODAY = date(2026, 12, 6)


def incident(qualification: str, at: str = "2026-11-06T00:00:00+01:00") -> Incident:
    return Incident(1, 1, "Insulte", occurred_at=at, precision="day",
                    qualification=qualification)


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2026, 11, 6), 3, date(2027, 2, 6)),  # the issue's public insult
    (date(2026, 11, 30), 3, date(2027, 2, 28)),  # February has no 30th
    (date(2027, 11, 30), 3, date(2028, 2, 29)),  # a leap year's
    (date(2026, 12, 31), 2, date(2027, 2, 28)),
    (date(2028, 2, 29), 72, date(2034, 2, 28)),  # six years from a 29 February
    (date(2026, 1, 31), 12, date(2027, 1, 31)),
    (date(2026, 10, 15), 3, date(2027, 1, 15)),  # across the year
])
def test_calendar_months_keep_the_day_or_take_the_months_last(day: date, months: int,
                                                               expected: date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(("qualification", "lapses", "article"), [
    ("injure-publique", date(2027, 2, 6), "art. 65 de la loi du 29 juillet 1881"),
    ("diffamation-publique", date(2027, 2, 6), "art. 65 de la loi du 29 juillet 1881"),
    ("menaces", date(2032, 11, 6), "art. 8 du code de procédure pénale"),
    ("usurpation-identite", date(2032, 11, 6), "art. 8 du code de procédure pénale"),
    ("injure-non-publique", date(2027, 11, 6), "art. 9 du code de procédure pénale"),
])
def test_each_qualification_has_its_rule_and_article(qualification: str, lapses: date,
                                                     article: str) -> None:
    found = deadline(incident(qualification), None, TODAY)
    assert (found.lapses_on, found.counted_from, found.from_item) == (
        lapses, date(2026, 11, 6), None)
    assert found.rule is not None
    assert found.rule.article == article
    assert article in found.sentence()


def test_the_issues_public_insult_lapses_on_6_february_2027() -> None:
    found = deadline(incident("injure-publique"), None, TODAY)
    assert (found.state, found.days_left) == (deadlines.OPEN, 62)
    assert str(found.sentence()) == (
        "Lapses on 2027-02-06, counted from the incident's date, 2026-11-06 (Press law: "
        "three months after publication, art. 65 de la loi du 29 juillet 1881).")


@pytest.mark.parametrize(("today", "state", "starts"), [
    (date(2027, 1, 6), deadlines.OPEN, "Lapses on 2027-02-06, counted"),  # 31 days left
    (date(2027, 1, 7), deadlines.SOON, "Soon, within a month: lapses on 2027-02-06"),
    (date(2027, 2, 6), deadlines.SOON, "Soon, within a month: lapses on 2027-02-06"),
    (date(2027, 2, 7), deadlines.LAPSED, "Lapsed on 2027-02-06"),
])
def test_a_warning_as_it_nears_and_once_it_has_lapsed(today: date, state: str,
                                                      starts: str) -> None:
    found = deadline(incident("injure-publique"), None, today)
    assert found.state == state
    assert str(found.sentence()).startswith(starts)


def test_harassment_counts_from_its_last_act_an_insult_from_its_own_date() -> None:
    last = (date(2027, 3, 2), 42)
    harassment = deadline(incident("harcelement-moral"), last, TODAY)
    assert (harassment.counted_from, harassment.from_item) == (date(2027, 3, 2), 42)
    assert harassment.lapses_on == date(2033, 3, 2)
    assert "counted from the last act, item 42 of 2027-03-02" in harassment.sentence()
    insult = deadline(incident("injure-publique"), last, TODAY)
    assert (insult.counted_from, insult.from_item) == (date(2026, 11, 6), None)


def test_no_qualification_or_no_date_says_what_is_missing() -> None:
    assert deadline(incident(""), None, TODAY).state == deadlines.UNQUALIFIED
    assert "choose one" in deadline(incident(""), None, TODAY).sentence()
    undated = deadline(Incident(1, 1, "?", qualification="menaces"), None, TODAY)
    assert (undated.state, undated.lapses_on) == (deadlines.UNDATED, None)
    with pytest.raises(ValueError, match="unknown qualification"):
        deadline(incident("injure"), None, TODAY)


def test_the_day_is_the_one_she_gave_whatever_the_machines_zone() -> None:
    late = deadline(incident("injure-publique", "2026-11-06T00:00:00+01:00"), None, TODAY)
    assert late.counted_from == date(2026, 11, 6)  # not 5 November in UTC


def test_the_case_reads_the_last_act_from_the_evidence(tmp_path: Path) -> None:
    vault = Vault.unlock(make_vault(tmp_path / "case.dossier"), PASSPHRASE)
    try:
        with vault.transaction() as db:
            case_id = cases.create(db, "Ombre").id
        (shown,) = [o.item_ids[0] for o in Importer(vault, case_id).run(
            [CORPUS / "screenshots/Screenshot_20261105-143012_Instagram.png"])]
        incident_actions.add_incident(vault, case_id, "Harcèlement", "2026-10-01", None,
                                      [shown], "harcelement-moral")
        (found,) = deadlines.of_case(vault.db, case_id, TODAY)
        assert (found.counted_from, found.from_item) == (date(2026, 11, 5), shown)
        assert found.lapses_on == date(2032, 11, 5)
        assert [i.title for i in incidents.all_incidents(vault.db, case_id)] == ["Harcèlement"]
    finally:
        vault.close()

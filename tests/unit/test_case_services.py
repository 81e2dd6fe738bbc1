"""The case's rules, without Qt: each user action is one transaction that says what it
changed, and a record deleted meanwhile is refused with a sentence, never a crash."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.case import (
    arrivals,
    cases,
    describing,
    evidence,
    incident_actions,
    incidents,
    integrity,
    links,
    me,
    people,
    people_actions,
    spans,
)
from app.case.changes import Changes, Done, changes_of
from app.case.incident_actions import IncidentDraft
from app.case.people import AccountRef, Person
from app.common import errors
from app.importing.pipeline import STORED, Importer
from app.vault import custody, keys
from app.vault.vault import Vault
from tests.conftest import CORPUS

FILES = ["notes/journal.txt", "screenshots/Screenshot_20261105-143012_Instagram.png"]


@pytest.fixture
def case(tmp_path: Path):
    """A vault with two items in one case, and an empty second case."""
    with Vault.create(tmp_path / "v.dossier", "pass", kdf=keys.KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case_id = cases.create(db, "Ombre").id
            other = cases.create(db, "Autre").id
        items = [o.item_ids[0] for o in Importer(vault, case_id).run(CORPUS / f for f in FILES)]
        yield vault, case_id, other, items


def custody_count(vault: Vault) -> int:
    return len(custody.entries(vault.db))


# -- when: one encoding for the dialog, the command line and the timeline ----------------

@pytest.mark.parametrize(("text", "precision", "start", "until"), [
    ("2026-11", "month", "2026-11-01T00:00:00+01:00", "2026-11-30T23:59:59+01:00"),
    ("2026-11-06", "day", "2026-11-06T00:00:00+01:00", None),
    ("2026-11-06T22:15", "exact", "2026-11-06T22:15:00+01:00", None),
    ("2026-07-14T08:00+02:00", "exact", "2026-07-14T08:00:00+02:00", None),
])
def test_when_takes_a_month_a_day_or_a_moment(text, precision, start, until) -> None:
    assert spans.from_when(text) == (start, until, precision)


def test_when_with_an_end_is_a_span_of_months_or_days() -> None:
    assert spans.from_when("2026-11", "2027-01") == (
        "2026-11-01T00:00:00+01:00", "2027-01-31T23:59:59+01:00", "month")
    assert spans.from_when("2026-11-03", "2026-11-20T10:00") == (
        "2026-11-03T00:00:00+01:00", "2026-11-20T23:59:59+01:00", "approximate")


@pytest.mark.parametrize("text", ["2026-13", "hier", "2026-11-31", "", "06/11/2026"])
def test_when_that_is_not_a_date_is_a_usage_error(text) -> None:
    with pytest.raises(errors.UsageError, match="is not a date"):
        spans.from_when(text)


def test_an_end_before_the_start_is_refused() -> None:
    with pytest.raises(errors.UsageError, match="before the start"):
        spans.from_when("2026-11-06", "2026-10")


def test_the_timeline_reads_back_what_was_encoded() -> None:
    at, until, precision = spans.from_when("2026-03")
    start, end = spans.bounds(precision, at, until)
    assert datetime.fromtimestamp(start).isoformat() == "2026-03-01T00:00:00"
    assert datetime.fromtimestamp(end).isoformat() == "2026-04-01T00:00:00"  # 743 h: DST


def test_items_date_a_new_incident() -> None:
    one = datetime(2026, 11, 5, 22, 41).astimezone()
    same_day = datetime(2026, 11, 5, 8, 0).astimezone()
    later = datetime(2026, 11, 9, 8, 0).astimezone()
    assert spans.from_moments([one]) == ("2026-11-05T22:41:00+01:00", None, "exact")
    assert spans.from_moments([one, same_day])[1:] == (None, "day")
    assert spans.from_moments([later, one]) == (
        "2026-11-05T00:00:00+01:00", "2026-11-09T23:59:59+01:00", "approximate")


# -- accounts: one "same account" rule ------------------------------------------------------

def test_the_same_account_is_found_whatever_the_case_of_its_handle(case) -> None:
    vault, case_id, _, _ = case
    first = people_actions.save_account(vault, case_id, AccountRef(None, "Instagram", "@Ombre"))
    assert first.changes == Changes(accounts=True)
    with vault.transaction() as db:
        twin = people.account_id(db, case_id, AccountRef(None, "instagram", " @ombre "))
    assert twin == first.value
    with pytest.raises(people.AccountTaken):
        people_actions.save_account(vault, case_id, AccountRef(None, "INSTAGRAM", "@OMBRE"))
    assert len(people.all_accounts(vault.db, case_id)) == 1


def test_an_account_deleted_meanwhile_is_a_sentence_and_nothing_is_written(case) -> None:
    vault, case_id, _, items = case
    account = people_actions.save_account(vault, case_id, AccountRef(None, "X", "@o")).value
    incident = incident_actions.save_incident(vault, case_id, IncidentDraft(
        None, "Nuit", accounts=[AccountRef(account, "X", "@o")])).value
    stale = IncidentDraft(incident, "Nuit, renamed", accounts=[AccountRef(account, "X", "@o")])
    people_actions.delete_account(vault, account)
    before = custody_count(vault)
    with pytest.raises(integrity.Gone, match="This account was deleted meanwhile"):
        incident_actions.save_incident(vault, case_id, stale, items)
    assert incidents.get(vault.db, incident).title == "Nuit"
    assert links.items_of(vault.db, "incident", incident) == []
    assert custody_count(vault) == before


def test_a_raw_foreign_key_failure_becomes_a_sentence(case) -> None:
    vault, _, _, _ = case
    with pytest.raises(integrity.Gone, match="deleted meanwhile") as raised, \
            integrity.action(vault) as db:
        db.execute("INSERT INTO incident_accounts VALUES (999, 999)")
    assert isinstance(raised.value, errors.DossierError)
    assert vault.db.execute("SELECT count(*) FROM incident_accounts").fetchone()[0] == 0


def test_a_person_needs_a_name_and_a_known_role(case) -> None:
    vault, case_id, _, _ = case
    with pytest.raises(errors.UsageError, match="Give a name"):
        people_actions.save_person(vault, Person(None, case_id, "  "))
    with pytest.raises(errors.UsageError, match="Unknown role"):
        people_actions.save_person(vault, Person(None, case_id, "Camille", role="boss"))
    done = people_actions.save_person(vault, Person(None, case_id, "Camille", role="witness"))
    assert done.changes == Changes(people=True)
    assert [p.name for p in people.all_people(vault.db, case_id)] == ["Camille"]


# -- incidents ------------------------------------------------------------------------------

def test_linking_ignores_items_of_another_case_and_says_what_changed(case) -> None:
    vault, case_id, other, items = case
    incident = incident_actions.add_incident(vault, case_id, "Nuit", "2026-11-05").value
    done = incident_actions.link_items(vault, case_id, [*items, 999], [incident])
    assert (done.value, done.changes.links, done.changes.incidents) == (2, True, True)
    again = incident_actions.link_items(vault, case_id, items, [incident])
    assert (again.value, bool(again.changes)) == (0, False)
    elsewhere = incident_actions.add_incident(vault, other, "Autre", "2026-11").value
    with pytest.raises(integrity.Gone):
        incident_actions.link_items(vault, case_id, items, [elsewhere])
    shown = incident_actions.items_shown(vault, incident)
    assert [i.id for i in shown] == sorted(items, key=lambda i: evidence.get(
        vault.db, i).captured_at)


def test_unlinking_keeps_the_items(case) -> None:
    vault, case_id, _, items = case
    incident = incident_actions.add_incident(vault, case_id, "Nuit", "2026-11",
                                             item_ids=items).value
    done = incident_actions.unlink_items(vault, incident, items[:1])
    assert done.value == 1
    assert links.items_of(vault.db, "incident", incident) == items[1:]
    assert evidence.get(vault.db, items[0]) is not None


def test_an_incident_needs_words(case) -> None:
    vault, case_id, _, _ = case
    with pytest.raises(errors.UsageError, match="title"):
        incident_actions.save_incident(vault, case_id, IncidentDraft(None, " "))


# -- describing -------------------------------------------------------------------------------

def test_one_describe_is_one_transaction_even_when_it_fails_halfway(case) -> None:
    vault, case_id, _, items = case
    gone = people_actions.save_account(vault, case_id, AccountRef(None, "X", "@o")).value
    people_actions.delete_account(vault, gone)
    before = custody_count(vault)
    changes = describing.ItemChanges(items[0], {"title": "Menace"}, tags=["menace"],
                                     accounts=[AccountRef(gone, "X", "@o")])
    with pytest.raises(integrity.Gone):
        describing.save_changes(vault, changes)
    assert evidence.get(vault.db, items[0]).title == ""
    assert custody_count(vault) == before


def test_describe_creates_accounts_and_tags_and_says_so(case) -> None:
    vault, _, _, items = case
    done = describing.describe_item(vault, items[0], {"title": "Menace", "platform": "X"},
                                    handles=["@ombre"], tag_names=["menace"])
    assert done.changes == Changes(items=True, tags=True, accounts=True, links=True)
    assert describing.current_tags(vault, items[0]) == ["menace"]
    (account,) = people.all_accounts(vault.db, evidence.get(vault.db, items[0]).case_id)
    assert (account.platform, account.handle) == ("X", "@ombre")
    describing.tag_item(vault, items[0], ["travail"], remove=False)
    describing.tag_item(vault, items[0], ["MENACE"], remove=True)
    assert describing.current_tags(vault, items[0]) == ["travail"]


def test_describing_an_item_removed_meanwhile_is_refused(case) -> None:
    vault, _, _, items = case
    describing.remove_items(vault, items[:1])
    with pytest.raises(integrity.Gone, match="no longer in the case"):
        describing.save_changes(vault, describing.ItemChanges(items[0], {"title": "x"}))


def test_changes_combine_and_travel_with_results() -> None:
    both = Changes(items=True) | Changes(accounts=True)
    assert both.touches("accounts")
    assert not both.touches("people")
    assert changes_of(Done(3, both)) == both
    assert not changes_of(None)


# -- the victim's own identities, and a dragged web image ------------------------------------

def test_me_lists_what_she_set_once_each(case) -> None:
    vault, _, _, _ = case
    me.add(vault, "Claire Martin")
    assert not me.add(vault, " claire  martin ").changes
    me.add(vault, "+33 6 12 34 56 78", "SMS")
    assert [(i.identifier, i.platform, i.source) for i in me.identities(vault)] == [
        ("Claire Martin", "", "set"), ("+33 6 12 34 56 78", "SMS", "set")]
    me.remove(vault, "Claire Martin")
    with pytest.raises(errors.UsageError):
        me.remove(vault, "Claire Martin")
    assert [i.identifier for i in me.identities(vault)] == ["+33 6 12 34 56 78"]
    assert vault.check().ok


def test_a_dragged_web_image_is_stored_with_its_address_in_one_transaction(case) -> None:
    vault, case_id, _, _ = case
    data = (CORPUS / "screenshots" / "Screenshot_20261105-143012_Instagram.png").read_bytes()
    begun = []
    vault.db.set_trace_callback(lambda sql: begun.append(sql) if sql.startswith("BEGIN") else None)
    outcome = arrivals.store_web_image(Importer(vault, case_id), "photo.png", data[:-1] + b"\0",
                                       "https://example.net/p/1")
    vault.db.set_trace_callback(None)
    assert outcome.status == STORED
    assert evidence.get(vault.db, outcome.item_ids[0]).url == "https://example.net/p/1"
    assert len(begun) == 1

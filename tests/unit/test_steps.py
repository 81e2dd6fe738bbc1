"""Steps taken (démarches), in a real SQLCipher vault: recorded, edited, linked to the
items that show them and removed through the actions, one transaction each; drawn on the
timeline in their own lane; written in French and English for the report and letter."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.analysis import timeline
from app.case import cases, describing, integrity, links, step_actions, steps
from app.case.changes import Changes
from app.case.search import Filters
from app.case.steps import Step
from app.common import dates, errors
from app.export import step_words
from app.importing.pipeline import Importer
from app.vault import custody, schema
from app.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, make_vault
from tests.conftest import CORPUS

FILES = ["screenshots/Screenshot_20261105-143012_Instagram.png",
         "pdf/signalement_plateforme.pdf"]


@pytest.fixture
def case(tmp_path: Path) -> Iterator[tuple[Vault, int, list[int]]]:
    vault = Vault.unlock(make_vault(tmp_path / "case.dossier"), PASSPHRASE)
    with vault.transaction() as db:
        case_id = cases.create(db, "Ombre").id
    items = [o.item_ids[0] for o in Importer(vault, case_id).run(CORPUS / f for f in FILES)]
    try:
        yield vault, case_id, items
    finally:
        vault.close()


def test_migration_7_adds_the_steps_tables(case) -> None:
    vault, _, _ = case
    assert schema.version(vault.db) >= 7
    tables = {row[0] for row in vault.db.execute("SELECT name FROM sqlite_master")}
    assert {"steps", "step_items"} <= tables


def test_a_step_is_recorded_edited_and_removed_with_its_items(case) -> None:
    vault, case_id, items = case
    done = step_actions.add_step(vault, case_id, "2026-11-08", items, kind="plainte",
                                 recipient="Commissariat de Lyon 3e", what="Plainte",
                                 reference="PV-1")
    assert done.changes == Changes(steps=True, links=True)
    step = steps.get(vault.db, done.value)
    assert step is not None
    assert (step.kind, step.precision, step.done_at[:10]) == ("plainte", "day", "2026-11-08")
    assert steps.items(vault.db, done.value) == items
    linked = [e for e in custody.entries(vault.db) if e.action == custody.LINKED]
    assert {e.details["to"] for e in linked} == {"step"}  # every tie is in the history

    step.status, step.answer = "acknowledged", "Récépissé remis"
    again = step_actions.save_step(vault, step, [items[1]])
    assert again.changes.links  # one link undone
    kept = steps.get(vault.db, done.value)
    assert kept is not None
    assert (kept.status, kept.created_at) == ("acknowledged", step.created_at)
    assert steps.items(vault.db, done.value) == [items[1]]
    assert step_actions.save_step(vault, kept).changes == Changes(steps=True)  # items kept
    assert steps.items(vault.db, done.value) == [items[1]]

    assert step_actions.remove_step(vault, done.value) == Changes(steps=True, links=True)
    assert steps.all_steps(vault.db, case_id) == []
    assert links.items_in_case(vault.db, case_id, items) == items  # the evidence stays


def test_an_item_of_another_case_is_never_linked(case) -> None:
    vault, _, items = case
    with vault.transaction() as db:
        other = cases.create(db, "Autre").id
    done = step_actions.add_step(vault, other, "2026-11", items, recipient="PHAROS")
    assert steps.items(vault.db, done.value) == []


def test_removing_an_item_removes_only_its_link(case) -> None:
    vault, case_id, items = case
    done = step_actions.add_step(vault, case_id, "2026-11-08T10:00", items, recipient="X")
    describing.remove_items(vault, [items[0]])
    assert steps.items(vault.db, done.value) == [items[1]]
    assert steps.get(vault.db, done.value) is not None


def test_refusals_are_sentences_and_change_nothing(case) -> None:
    vault, case_id, _ = case
    with pytest.raises(errors.UsageError, match="to whom"):
        step_actions.add_step(vault, case_id, "2026-11-08", recipient=" ", what="")
    with pytest.raises(errors.UsageError, match="not a date"):
        step_actions.add_step(vault, case_id, "hier", recipient="X")
    with pytest.raises(ValueError, match="unknown status"):
        step_actions.add_step(vault, case_id, "2026-11-08", recipient="X", status="lost")
    with pytest.raises(integrity.Gone):
        step_actions.save_step(vault, Step(99, case_id, done_at="2026-11-08T00:00:00+01:00",
                                           recipient="X"))
    assert steps.all_steps(vault.db, case_id) == []


def test_an_acknowledgement_becomes_a_step_dated_from_it(case) -> None:
    vault, case_id, items = case
    done = step_actions.record_items(vault, [items[1]])
    (step,) = steps.all_steps(vault.db, case_id)
    assert done.value == [step.id]
    assert step.done_at.startswith("2026-11-12T09:30:00")
    assert steps.items(vault.db, int(step.id or 0)) == [items[1]]
    with pytest.raises(integrity.Gone):
        step_actions.record_items(vault, [items[0], 9999])
    assert len(steps.all_steps(vault.db, case_id)) == 1  # all or nothing


def test_steps_have_their_own_lane_first_whatever_the_grouping(case) -> None:
    vault, case_id, _ = case
    step_actions.add_step(vault, case_id, "2026-11-08", recipient="Instagram",
                          what="Signalement du compte", reference="IG-77")
    loaded = timeline.load(vault.db, case_id, Filters())
    (event,) = [e for e in loaded.events if e.step_id is not None]
    assert (event.kind, event.title, event.is_act) == (timeline.STEP,
                                                      "Instagram: Signalement du compte", False)
    for grouping in timeline.LANES:
        assert loaded.lanes[grouping][0] == timeline.STEP
    assert not [e for e in timeline.load(vault.db, case_id, Filters(text="ig-77")).events
                if e.item_id is not None]
    assert [e.step_id for e in timeline.load(vault.db, case_id, Filters(text="ig-77")).events
            ] == [event.step_id]
    assert all(e.step_id is None for e in timeline.load(
        vault.db, case_id, Filters(kinds={"image"})).events)


# -- words ----------------------------------------------------------------------------------

def test_both_languages_use_the_same_placeholders() -> None:
    for key, (french, english) in step_words.WORDS.items():
        assert set(re.findall(r"{(\w+)}", french)) - {"_N"} == \
            set(re.findall(r"{(\w+)}", english)), key
    for kind in steps.KINDS:
        assert f"kind.{kind}" in step_words.WORDS
    for status in steps.STATUSES:
        assert f"status.{status}" in step_words.WORDS


@pytest.mark.parametrize(("precision", "at", "cell_fr", "phrase_en"), [
    ("exact", "2026-11-08T10:05:00+01:00", "8 novembre 2026 à 10:05", "on 8 November 2026 at 10:05"),
    ("day", "2026-11-01T00:00:00+01:00", "1er novembre 2026", "on 1 November 2026"),
    ("month", "2026-11-01T00:00:00+01:00", "novembre 2026", "in November 2026"),
])
def test_a_steps_date_is_written_as_precisely_as_it_is_known(precision: str, at: str,
                                                             cell_fr: str, phrase_en: str) -> None:
    step = Step(1, 1, done_at=at, precision=precision)
    zone = dates.case_zone()
    assert step_words.when(step, zone, "fr") == cell_fr
    assert step_words.when(step, zone, "en", phrase=True) == phrase_en

"""Describing and linking evidence: edits are logged, originals never change."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.case import cases, editing, evidence, incidents, links, people, search, tags
from app.importing.formats.base import CLIPBOARD, Capture
from app.importing.pipeline import Importer
from app.vault import custody, keys
from app.vault.vault import Vault
from tests.conftest import CORPUS


@pytest.fixture
def case(tmp_path: Path):
    """A vault holding the e-mail with its attachment, the notes and the French chat."""
    with Vault.create(tmp_path / "v.dossier", "pass", kdf=keys.KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case_id = cases.find_or_create(db, "Ombre").id
        files = ["email/menace_2026-11-04.eml", "notes/journal.txt",
                 "chat/Discussion WhatsApp avec Ombre.txt"]
        outcomes = list(Importer(vault, case_id).run([CORPUS / f for f in files]))
        yield vault, case_id, [o.item_ids for o in outcomes]


def test_describe_changes_words_not_originals_and_logs_before_after(case) -> None:
    vault, _, (mail, *_) = case
    before = evidence.get(vault.db, mail[0])
    with vault.transaction() as db:
        editing.describe(db, mail[0], title="Menace du 4 novembre", platform="E-mail")
    after = evidence.get(vault.db, mail[0])
    assert (after.title, after.platform) == ("Menace du 4 novembre", "E-mail")
    assert after.sha256 == before.sha256
    edits = [e.details for e in custody.entries(vault.db, mail[0]) if e.action == custody.EDITED]
    assert {"field": "title", "before": before.title, "after": "Menace du 4 novembre"} in edits
    assert [i.id for i in search.search(vault.db, "novembre menace")] == [mail[0]]
    assert vault.check().ok


def test_redate_by_hand_keeps_the_inference_in_the_log(case) -> None:
    vault, _, (_, note, _) = case
    with vault.transaction() as db:
        editing.redate(db, note[0], datetime(2026, 11, 9, 18, 0).astimezone())
    item = evidence.get(vault.db, note[0])
    assert (item.captured_at, item.captured_at_source) == ("2026-11-09T18:00:00+01:00", "user")
    assert "file_time" in custody.entries(vault.db, note[0])[-1].details["before"]


def test_remove_leaves_tombstones_for_the_item_and_its_parts(case) -> None:
    vault, _, (mail, *_) = case
    with vault.transaction() as db:
        removed = editing.remove(db, mail[0])
    assert removed == mail  # the e-mail and its attachment
    assert all(evidence.get(vault.db, i) is None for i in mail)
    tombstones = [e for e in custody.entries(vault.db) if e.action == custody.REMOVED]
    assert {e.item_id for e in tombstones} == set(mail)
    report = vault.check()
    assert report.ok
    assert report.originals == 1 + 5 + 1


def test_accounts_incidents_and_tags_tie_evidence_together(case) -> None:
    vault, case_id, (mail, _, chat) = case
    with vault.transaction() as db:
        ombre = people.save_person(db, people.Person(None, case_id, "Ombre"))
        handle = people.save_account(db, people.Account(None, case_id, ombre, "WhatsApp", "Ombre"))
        incident = incidents.save(db, incidents.Incident(
            None, case_id, "Messages de nuit", occurred_at="2026-11-05T22:41:00+01:00",
            precision="day", platform="WhatsApp", severity=3, created_at="2026-11-30"))
        incidents.set_accounts(db, incident, [handle])
        threat = tags.find_or_create(db, case_id, "  menace ")
        for message in chat[1:]:
            links.link(db, message, "account", handle)
            links.link(db, message, "incident", incident)
        assert not links.link(db, chat[1], "account", handle)  # already tied
        links.link(db, mail[0], "tag", threat.id)
    assert people.item_counts(vault.db, case_id) == {handle: 5}
    assert links.items_of(vault.db, "incident", incident) == chat[1:]
    assert incidents.accounts(vault.db, incident) == [handle]
    assert threat.name == "menace"
    found = search.find(vault.db, case_id, search.Filters(tag_ids={threat.id}))
    assert found == [mail[0]]
    actions = {e.action for e in custody.entries(vault.db)}
    assert {custody.LINKED, custody.DESCRIBED} <= actions


def test_filters_narrow_by_kind_text_flag_and_dates(case) -> None:
    vault, case_id, (mail, note, chat) = case
    messages = search.find(vault.db, case_id, search.Filters(kinds={"message"}))
    assert messages == chat[1:]
    night = search.Filters(kinds={"message"}, since="2026-11-06T00:00:00+01:00")
    assert search.find(vault.db, case_id, night) == chat[-2:]
    assert search.find(vault.db, case_id, search.Filters(text="marche")) == [note[0]]
    top = search.find(vault.db, case_id, search.Filters(parts=False))
    assert set(top) == {mail[0], note[0], chat[0]}
    # Punctuation alone is no words: it narrows nothing, and never breaks the query.
    everything = search.find(vault.db, case_id, search.Filters())
    assert search.find(vault.db, case_id, search.Filters(text="\"*)(")) == everything


def test_pasted_screenshot_and_dragged_link_are_stored_with_their_capture(case) -> None:
    vault, case_id, _ = case
    importer = Importer(vault, case_id)
    now = datetime(2026, 11, 30, 10, 0).astimezone()
    png = (CORPUS / "screenshots/IMG_0412.PNG").read_bytes()
    pasted = importer.import_data("clipboard.png", png, Capture(now, CLIPBOARD))
    item = evidence.get(vault.db, pasted.item_ids[0])
    assert (item.kind, item.captured_at_source) == ("image", "clipboard")
    assert item.captured_at == "2026-11-30T10:00:00+01:00"  # not the EXIF date: pasted now
    link = importer.import_link("https://social.example.com/@ombre_du_lac/42", "Post", Capture(now, CLIPBOARD))
    item = evidence.get(vault.db, link.item_ids[0])
    assert (item.kind, item.format, item.url) == ("web", "link", "https://social.example.com/@ombre_du_lac/42")
    assert importer.import_data("empty.png", b"").status == "refused"
    again = importer.import_link("https://social.example.com/@ombre_du_lac/42", "Post", Capture(now, CLIPBOARD))
    assert again.duplicate_of == link.item_ids[0]

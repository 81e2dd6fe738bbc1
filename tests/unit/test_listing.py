"""The case view's lists: rows with their tags, accounts, flags and previews, filtered and
in true time order; thumbnails, parts and chat messages."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.case import cases, editing, links, listing, people, tags
from app.case.search import Filters
from app.importing.pipeline import Importer
from app.vault.keys import KdfSettings
from app.vault.vault import Vault

FILES = (
    "email/menace_2026-11-04.eml",
    "chat/Discussion WhatsApp avec Ombre.txt",
    "notes/journal.txt",
    "photos/photo_parking.jpg",
    "pdf/protected_password_1234.pdf",
    "pdf/releve_commentaires.pdf",
)


@pytest.fixture
def vault(tmp_path: Path, corpus: Path) -> Vault:
    vault = Vault.create(tmp_path / "v.dossier", "pass", kdf=KdfSettings(10, 8))
    with vault.transaction() as db:
        case = cases.create(db, "Affaire")
    for outcome in Importer(vault, case.id).run([corpus / name for name in FILES]):
        assert outcome.status == "stored", outcome.reason
    yield vault
    vault.close()


def _case(vault: Vault) -> int:
    return cases.all_cases(vault.db)[0].id


def _by_name(rows: list[listing.Row]) -> dict[str, listing.Row]:
    return {row.name: row for row in rows}


def test_rows_list_every_item_and_part_in_time_order(vault: Vault) -> None:
    rows = listing.rows(vault.db, _case(vault))
    names = [row.name for row in rows]
    assert len(rows) == 6 + 1 + 5  # the files, the e-mail's attachment, the chat's messages
    assert names[:3] == ["photo_parking.jpg", "releve_commentaires.pdf", "menace_2026-11-04.eml"]
    moments = [datetime.fromisoformat(row.captured_at) for row in rows]
    assert moments == sorted(moments)


def test_rows_say_what_the_table_shows(vault: Vault) -> None:
    rows = _by_name(listing.rows(vault.db, _case(vault)))
    photo = rows["photo_parking.jpg"]
    assert (photo.kind, photo.captured_at_source, photo.flags) == ("image", "exif", ("gps",))
    assert photo.has_thumbnail
    assert photo.size > 0
    assert rows["protected_password_1234.pdf"].flags == ("password_protected",)
    assert not rows["protected_password_1234.pdf"].has_thumbnail
    email = rows["menace_2026-11-04.eml"]
    assert email.title == "Tu ne m'échapperas pas"
    assert email.parent_id is None
    assert rows["capture.png"].parent_id == email.id
    message = rows["message 3"]
    assert (message.kind, message.excerpt, message.platform) == (
        "message", "Arrête de m'écrire.", "WhatsApp")
    assert email.excerpt == ""


def test_tags_and_accounts_are_gathered_per_item_in_alphabetical_order(vault: Vault) -> None:
    case_id = _case(vault)
    photo = _by_name(listing.rows(vault.db, case_id))["photo_parking.jpg"]
    with vault.transaction() as db:
        for name in ("menace", "Domicile"):
            links.link(db, photo.id, "tag", tags.find_or_create(db, case_id, name).id)
        for platform, handle in (("Instagram", "ombre_du_lac"), ("", "+33612345678")):
            account = people.Account(None, case_id, None, platform, handle)
            links.link(db, photo.id, "account", people.save_account(db, account))
    row = listing.row(vault.db, photo.id)
    assert row is not None
    assert row.tags == ("Domicile", "menace")
    assert row.accounts == ("+33612345678", "ombre_du_lac (Instagram)")
    assert _by_name(listing.rows(vault.db, case_id))["photo_parking.jpg"] == row
    assert _by_name(listing.rows(vault.db, case_id))["journal.txt"].tags == ()


def test_filters_narrow_the_rows(vault: Vault) -> None:
    case_id = _case(vault)

    def names(filters: Filters) -> set[str]:
        return {row.name for row in listing.rows(vault.db, case_id, filters)}

    assert names(Filters(text="marche")) == {"journal.txt"}  # "marché", accent-insensitive
    assert names(Filters(kinds={"email"})) == {"menace_2026-11-04.eml"}
    assert names(Filters(flags={"gps"})) == {"photo_parking.jpg"}
    assert "capture.png" not in names(Filters(parts=False))
    assert not any(name.startswith("message") for name in names(Filters(parts=False)))
    assert names(Filters(since="2026-11-04T00:00:00+01:00", until="2026-11-05T00:00:00+01:00",
                         parts=False)) == {"releve_commentaires.pdf", "menace_2026-11-04.eml"}
    with vault.transaction() as db:
        tag = tags.find_or_create(db, case_id, "menace")
        note = _by_name(listing.rows(db, case_id))["journal.txt"]
        links.link(db, note.id, "tag", tag.id)
    assert names(Filters(tag_ids={tag.id})) == {"journal.txt"}


def test_order_follows_the_instant_not_the_text_of_the_time(vault: Vault) -> None:
    case_id = _case(vault)
    rows = _by_name(listing.rows(vault.db, case_id))
    # 18:00 in New York is after the e-mail sent at 23:12 in Paris the same day.
    late = datetime(2026, 11, 4, 18, 0, tzinfo=timezone(timedelta(hours=-5)))
    with vault.transaction() as db:
        editing.redate(db, rows["photo_parking.jpg"].id, late)
    names = [row.name for row in listing.rows(vault.db, case_id, Filters(parts=False))]
    assert names.index("photo_parking.jpg") == names.index("menace_2026-11-04.eml") + 1


def test_thumbnails_come_for_the_items_that_have_one(vault: Vault) -> None:
    rows = _by_name(listing.rows(vault.db, _case(vault)))
    wanted = [rows["photo_parking.jpg"].id, rows["journal.txt"].id, rows["capture.png"].id]
    found = listing.thumbnails(vault.db, wanted)
    assert set(found) == {rows["photo_parking.jpg"].id, rows["capture.png"].id}
    assert all(png.startswith(b"\x89PNG") for png in found.values())
    assert listing.thumbnails(vault.db, []) == {}


def test_parts_and_messages_of_containers(vault: Vault) -> None:
    rows = _by_name(listing.rows(vault.db, _case(vault)))
    parts = listing.parts(vault.db, rows["menace_2026-11-04.eml"].id)
    assert [(part.name, part.kind) for part in parts] == [("capture.png", "image")]
    messages = listing.messages(vault.db, rows["Discussion WhatsApp avec Ombre.txt"].id)
    assert [message.author for message in messages] == [
        "Ombre", "Ombre", "Camille", "Ombre", "Ombre"]
    assert messages[1].media_omitted
    assert messages[4].deleted
    assert messages[3].text == "Je passe devant chez toi demain\net je verrai bien si tu es là"


def test_sms_backups_name_the_other_party_and_leave_the_owner_unnamed(
        tmp_path: Path, corpus: Path) -> None:
    with Vault.create(tmp_path / "s.dossier", "pass", kdf=KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case = cases.create(db, "SMS")
        outcome = Importer(vault, case.id).import_file(corpus / "chat" / "sms-20261112.xml")
        messages = listing.messages(vault.db, outcome.item_ids[0])
        assert [(m.author, m.direction) for m in messages] == [
            ("+33612345678", "received"), ("+33612345678", "received"), ("", "sent")]


def test_case_listing_offers_the_case_tags_and_accounts(vault: Vault) -> None:
    case_id = _case(vault)
    with vault.transaction() as db:
        tags.find_or_create(db, case_id, "menace")
        people.save_account(db, people.Account(None, case_id, None, "Instagram", "ombre_du_lac"))
    found = listing.case_listing(vault.db, case_id, Filters(kinds={"pdf"}))
    assert {row.name for row in found.rows} == {"releve_commentaires.pdf",
                                                "protected_password_1234.pdf"}
    assert [name for _, name in found.tags] == ["menace"]
    assert [label for _, label in found.accounts] == ["ombre_du_lac (Instagram)"]

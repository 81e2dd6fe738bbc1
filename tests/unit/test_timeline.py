"""The timeline's events: every item and incident of a case, filtered like the case view,
in time order, with incidents as spans and lanes in a stable order; and the density strip."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
import sqlcipher3

from app.analysis import timeline
from app.case import cases, incidents, links, listing, people, tags
from app.case.search import Filters
from app.importing.pipeline import Importer
from app.vault.keys import KdfSettings
from app.vault.vault import Vault
from tests.conftest import CORPUS

# The corpus files that state their own date (the others would be dated by file time).
DATED = (
    "photos/photo_parking.jpg", "pdf/releve_commentaires.pdf", "email/menace_2026-11-04.eml",
    "screenshots/Screenshot_20261105-143012_Instagram.png",
    "chat/Discussion WhatsApp avec Ombre.txt", "web/profil_ombre_du_lac.html",
    "screenshots/Capture d’écran 2026-11-06 à 21.14.55.png",
    "screenshots/Screenshot 2026-11-07 at 9.02.10\u202fAM.png", "chat/WhatsApp Chat with Shadow.txt",
    "audio/messagerie_2026-11-07_2215.wav", "screenshots/Capture d'écran 2026-11-08 231502.png",
    "screenshots/IMG_0412.PNG", "screenshots/WhatsApp Image 2026-11-10 at 19.03.44.jpeg",
    "chat/sms-20261112.xml", "email/faux_compte_2026-11-11.eml", "pdf/signalement_plateforme.pdf",
)
ITEMS = 28  # the files, the e-mail's attachment, and 8 + 3 messages of the three chats


def at(text: str) -> float:
    return datetime.fromisoformat(text).timestamp()


# title, occurred_at, occurred_until, precision, platform, severity, description
INCIDENTS = (
    ("Menace par e-mail", "2026-11-04T23:12:05+01:00", None, "exact", "E-mail", 3,
     "« Tu ne m'échapperas pas »"),
    ("Il m'attendait au marché", "2026-10-25T15:00:00+01:00", None, "day", "", 2, ""),
    ("Appels masqués", "2026-03-10T12:00:00+01:00", None, "month", "Téléphone", 1, ""),
    ("Faux profil", "2026-11-01T00:00:00+01:00", "2026-11-08T00:00:00+01:00", "approximate",
     "Instagram", 2, ""),
    ("Rumeurs au travail", "2026-11-20T12:00:00+01:00", None, "approximate", "", 1, ""),
    ("Un jour, il y a longtemps", None, None, "approximate", "", 0, ""),
)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    assert CORPUS.is_dir(), f"the sample corpus is missing at {CORPUS}"
    vault = Vault.create(tmp_path_factory.mktemp("timeline") / "v.dossier", "pass",
                         kdf=KdfSettings(10, 8))
    with vault.transaction() as db:
        case = cases.create(db, "Affaire")
    for outcome in Importer(vault, case.id).run([CORPUS / name for name in DATED]):
        assert outcome.status == "stored", outcome.reason
    with vault.transaction() as db:
        _describe_case(db, case.id)
    yield vault
    vault.close()


def _describe_case(db: sqlcipher3.Connection, case_id: int) -> None:
    """Accounts, a tag and incidents, as a person would have added them."""
    items = {row.name: row.id for row in listing.rows(db, case_id)}
    ombre = people.save_account(db, people.Account(None, case_id, None, "Instagram",
                                                   "ombre_du_lac"))
    for name in ("Screenshot_20261105-143012_Instagram.png", "profil_ombre_du_lac.html"):
        links.link(db, items[name], "account", ombre)
    links.link(db, items["menace_2026-11-04.eml"], "tag",
               tags.find_or_create(db, case_id, "menace").id)
    for title, when, until, precision, platform, severity, description in INCIDENTS:
        incident_id = incidents.save(db, incidents.Incident(
            None, case_id, title, description, when, until, precision, platform, severity,
            "2026-11-29T10:00:00+01:00"))
        if title == "Menace par e-mail":
            links.link(db, items["menace_2026-11-04.eml"], "incident", incident_id)
        if title == "Il m'attendait au marché":
            incidents.set_accounts(db, incident_id, [ombre])


def _case(vault: Vault) -> int:
    return cases.all_cases(vault.db)[0].id


def _load(vault: Vault, **filters: object) -> timeline.Timeline:
    return timeline.load(vault.db, _case(vault), Filters(**filters))


def _titles(found: timeline.Timeline) -> set[str]:
    return {event.title for event in found.events}


def _incident(found: timeline.Timeline, title: str) -> timeline.Event:
    return next(e for e in found.events if e.incident_id is not None and e.title == title)


def test_every_item_and_dated_incident_comes_in_time_order(vault: Vault) -> None:
    found = _load(vault)
    starts = [event.start for event in found.events]
    assert starts == sorted(starts)
    assert found.starts == tuple(starts)
    items = [event for event in found.events if event.item_id is not None]
    assert len(items) == ITEMS
    assert [e.item_id for e in items] == [r.id for r in listing.rows(vault.db, _case(vault))]
    dated = [e.title for e in found.events if e.kind == timeline.INCIDENT]
    assert sorted(dated) == sorted(title for title, when, *_ in INCIDENTS if when)
    assert found.bounds() == (at("2026-03-01T00:00:00+01:00"),
                              at("2026-11-20T12:00:00+01:00") + 15 * 86400)


def test_each_event_carries_what_the_hover_shows(vault: Vault) -> None:
    events = {e.title: e for e in _load(vault).events}
    photo = events["photo_parking.jpg"]
    assert (photo.kind, photo.start, photo.end) == (
        "image", at("2026-11-03T18:20:00+01:00"), None)
    assert photo.has_thumbnail
    assert photo.is_act
    assert photo.platform == ""
    email = events["Tu ne m'échapperas pas"]  # an e-mail by its subject
    attachment = events["capture.png"]
    assert attachment.parent_id == email.item_id
    assert not attachment.is_act
    message = events["Tu crois que tu peux m'ignorer ?"]  # a message by its first words
    assert (message.kind, message.platform, message.is_act) == ("message", "WhatsApp", True)
    reply = events["Arrête de m'écrire."]  # hers: drawn, not counted
    assert (reply.role, reply.is_reply, reply.is_act) == ("reply", True, False)
    chat = events["Discussion WhatsApp avec Ombre"]
    assert chat.kind == "chat"
    assert not chat.is_act
    assert message.parent_id == chat.item_id
    screenshot = events["Screenshot_20261105-143012_Instagram.png"]
    assert screenshot.accounts == ("ombre_du_lac (Instagram)",)
    threat = events["Menace par e-mail"]
    assert (threat.item_id, threat.kind, threat.severity, threat.platform) == (
        None, "incident", 3, "E-mail")
    assert not threat.is_act
    assert events["Il m'attendait au marché"].accounts == ("ombre_du_lac (Instagram)",)


def test_incidents_span_what_their_precision_allows(vault: Vault) -> None:
    found = _load(vault)
    threat = _incident(found, "Menace par e-mail")
    assert (threat.start, threat.end) == (at("2026-11-04T23:12:05+01:00"), None)
    market = _incident(found, "Il m'attendait au marché")  # the day clocks go back: 25 h
    assert (market.start, market.end) == (at("2026-10-25T00:00:00+02:00"),
                                          at("2026-10-26T00:00:00+01:00"))
    assert market.end - market.start == 25 * 3600
    calls = _incident(found, "Appels masqués")  # March, clocks go forward: 31 days - 1 h
    assert (calls.start, calls.end) == (at("2026-03-01T00:00:00+01:00"),
                                        at("2026-04-01T00:00:00+02:00"))
    assert calls.end - calls.start == 31 * 86400 - 3600
    fake = _incident(found, "Faux profil")
    assert (fake.start, fake.end) == (at("2026-11-01T00:00:00+01:00"),
                                      at("2026-11-08T00:00:00+01:00"))
    rumours = _incident(found, "Rumeurs au travail")
    middle = at("2026-11-20T12:00:00+01:00")
    assert (rumours.start, rumours.end) == (middle - 15 * 86400, middle + 15 * 86400)


def test_kinds_narrow_items_and_keep_incidents_only_when_named(vault: Vault) -> None:
    messages = _load(vault, kinds={"message"})
    assert {e.kind for e in messages.events} == {"message"}
    assert len(messages.events) == 11
    with_incidents = _load(vault, kinds={"email", timeline.INCIDENT})
    assert {e.kind for e in with_incidents.events} == {"email", timeline.INCIDENT}
    assert len(with_incidents.events) == 2 + 5
    assert all(e.item_id is not None for e in _load(vault, kinds={"image"}).events)


def test_text_finds_items_and_incidents_without_accents(vault: Vault) -> None:
    assert _titles(_load(vault, text="echapperas")) == {"Tu ne m'échapperas pas",
                                                        "Menace par e-mail"}
    assert _titles(_load(vault, text="MARCHE")) == {"Il m'attendait au marché"}
    assert _titles(_load(vault, text="marché au")) == {"Il m'attendait au marché"}
    assert _load(vault, text="introuvable").events == ()


def test_tags_accounts_and_flags_narrow_incidents_by_their_evidence(vault: Vault) -> None:
    case_id = _case(vault)
    menace = tags.find_or_create(vault.db, case_id, "menace").id
    assert _titles(_load(vault, tag_ids={menace})) == {"Tu ne m'échapperas pas",
                                                       "Menace par e-mail"}
    ombre = people.all_accounts(vault.db, case_id)[0].id
    assert _titles(_load(vault, account_ids={ombre})) == {
        "Screenshot_20261105-143012_Instagram.png", "ombre_du_lac (@ombre_du_lac) · Social",
        "Il m'attendait au marché"}
    assert _titles(_load(vault, flags={"gps"})) == {"photo_parking.jpg"}


def test_dates_keep_incidents_whose_span_overlaps(vault: Vault) -> None:
    found = _load(vault, since="2026-11-05T00:00:00+01:00", until="2026-11-06T00:00:00+01:00",
                  parts=False)
    assert _titles(found) == {"Screenshot_20261105-143012_Instagram.png",
                              "Discussion WhatsApp avec Ombre", "Faux profil",
                              "Rumeurs au travail"}  # Nov 1-8, and Nov 20 ± 15 days


def test_lanes_put_the_busiest_first_and_the_unknown_last(vault: Vault) -> None:
    found = _load(vault)
    platforms = [e.lane("platform") for e in found.events]
    assert found.lanes["platform"] == ("WhatsApp", "SMS", "Instagram", "E-mail", "Téléphone",
                                       "")
    assert platforms.count("WhatsApp") == 2 + 8 + 1  # two chats, their messages, a photo
    assert found.lanes["account"] == ("ombre_du_lac (Instagram)", "")
    assert found.lanes["kind"] == ("message", "image", "incident", "chat", "email", "pdf",
                                   "audio", "web")
    assert _load(vault).lanes == found.lanes
    with pytest.raises(ValueError, match="unknown lane grouping"):
        found.events[0].lane("colour")


def test_lanes_break_ties_alphabetically() -> None:
    events = [timeline.Event(n, None, float(n), None, kind, platform, (), "")
              for n, (kind, platform) in enumerate(
                  [("web", "X"), ("image", ""), ("image", "Instagram"), ("web", "Instagram"),
                   ("pdf", "discord"), ("pdf", "")])]
    lanes = timeline.lanes_of(events)
    assert lanes["platform"] == ("Instagram", "discord", "X", "")
    assert lanes["kind"] == ("image", "pdf", "web")
    assert lanes["account"] == ("",)


def test_density_counts_every_bucket_including_empty_ones_and_the_last_edge() -> None:
    starts = [100, 0, 10, 59.9, 60, 185, 240, 240, 300, -1, 241]
    assert timeline.density(starts, 0, 240, 60) == [3, 2, 0, 1, 2]  # 240 is in the last
    assert timeline.density(starts, 0, 239, 60) == [3, 2, 0, 1]
    assert timeline.density(sorted(starts), 0, 300, 100) == [4, 2, 3, 1]
    assert timeline.density([], 0, 120, 60) == [0, 0, 0]
    assert timeline.density(starts, 50, 40, 60) == []
    with pytest.raises(ValueError, match="positive number of seconds"):
        timeline.density(starts, 0, 10, 0)


def test_bucket_for_picks_calendar_steps_that_grow_with_the_span() -> None:
    spans = [60 * 2 ** n for n in range(30)]
    for pixels in (100, 800, 2000):
        sizes = [timeline.bucket_for(span, pixels) for span in spans]
        assert sizes == sorted(sizes)
        assert set(sizes) <= set(timeline.BUCKETS)
        for span, size in zip(spans, sizes, strict=True):
            if size < timeline.BUCKETS[-1]:
                assert size * pixels / span >= timeline.MIN_BUCKET_PIXELS
            if size > timeline.BUCKETS[0]:
                finer = timeline.BUCKETS[timeline.BUCKETS.index(size) - 1]
                assert finer * pixels / span < timeline.MIN_BUCKET_PIXELS
    assert timeline.bucket_for(86400, 1000) == 900  # a day on 1000 px: 15-minute bars
    assert timeline.bucket_for(365 * 86400, 1000) == 604800
    assert timeline.bucket_for(10 * 365 * 86400, 1000) == 2592000
    assert timeline.bucket_for(0, 1000) == 60
    assert timeline.bucket_for(1e12, 10) == 31536000
    assert [timeline.bucket_for(30 * 86400, px) for px in (100, 400, 1600)] == [
        604800, 86400, 21600]
    assert [timeline.bucket_for(30 * 86400, px) for px in (0, 1, 10, 100, 10_000)] == sorted(
        [timeline.bucket_for(30 * 86400, px) for px in (0, 1, 10, 100, 10_000)], reverse=True)


def test_a_long_message_is_titled_by_its_first_words_on_one_line() -> None:
    text = "Tu étais au marché samedi,\nje t'ai vue. " + "Encore et encore. " * 10
    title = timeline.first_words(text)
    assert title.startswith("Tu étais au marché samedi, je t'ai vue. Encore")
    assert title.endswith("encore…")
    assert len(title) <= timeline.TITLE_LENGTH + 1
    assert timeline.first_words("Capture 9.02.10\u202fAM.png") == "Capture 9.02.10\u202fAM.png"

"""``dossier describe``, ``tag``, ``person``, ``account``, ``incident`` and ``me``, driven as a
user drives them: the real command against a real vault."""

from __future__ import annotations

import pytest

from tests.cli.conftest import Dossier, Result
from tests.conftest import CORPUS

JOURNAL = CORPUS / "notes" / "journal.txt"
PHOTO = CORPUS / "photos" / "photo_parking.jpg"


def ok(result: Result) -> Result:
    assert (result.code, result.err) == (0, ""), result.err
    return result


@pytest.fixture
def stored(dossier: Dossier) -> list[int]:
    return [line["id"] for line in ok(dossier("import", "--json", JOURNAL, PHOTO)).lines()]


def test_describe_sets_words_date_accounts_and_tags(dossier: Dossier, stored) -> None:
    item = stored[0]
    (line,) = ok(dossier("describe", item, "--title", "Menace", "--note", "la nuit",
                         "--platform", "Instagram", "--url", "https://instagram.com/p/1",
                         "--captured-at", "2026-11-05T22:41", "--account", "@ombre",
                         "--tag", "menace", "--tag", "nuit", "--json")).lines()
    assert (line["title"], line["description"], line["platform"], line["url"]) == (
        "Menace", "la nuit", "Instagram", "https://instagram.com/p/1")
    assert (line["captured_at"], line["captured_at_source"]) == (
        "2026-11-05T22:41:00+01:00", "user")
    (account,) = ok(dossier("account", "list", "--json")).lines()
    assert (account["platform"], account["handle"], account["items"]) == (
        "Instagram", "@ombre", 1)
    ok(dossier("describe", item, "--account", "@OMBRE"))  # the same account, tied once
    assert len(ok(dossier("account", "list", "--json")).lines()) == 1
    edits = [e for e in ok(dossier("log", "--json")).lines() if e["action"] == "edited"]
    assert len(edits) == 5  # title, description, platform, url, capture date


def test_tag_adds_and_removes(dossier: Dossier, stored) -> None:
    item = stored[1]
    assert ok(dossier("tag", item, "menace", "parking", "--json")).lines() == [
        {"id": item, "tags": ["menace", "parking"]}]
    assert ok(dossier("tag", item, "menace", "--remove")).out == f"item {item}: parking\n"


def test_people_and_accounts_are_added_and_listed(dossier: Dossier, stored) -> None:
    person = int(ok(dossier("person", "add", "Ombre du lac")).out)
    (witness,) = ok(dossier("person", "add", "Camille", "--role", "third_party",
                            "--json")).lines()
    assert witness["role"] == "other"
    account = int(ok(dossier("account", "add", "@ombre_du_lac", "--platform", "Instagram",
                             "--person", person, "--url", "https://instagram.com/o")).out)
    listed = ok(dossier("person", "list", "--json")).lines()
    assert [(p["name"], p["role"], p["accounts"]) for p in listed] == [
        ("Camille", "other", []), ("Ombre du lac", "harasser", [account])]
    again = dossier("account", "add", "@Ombre_du_Lac", "--platform", "instagram")
    assert again.code == 1
    assert again.err == ("dossier: The case already has an account with this platform and "
                         "handle.\n")
    gone = dossier("account", "add", "@x", "--person", "99")
    assert gone.code == 1
    assert "This person was deleted meanwhile" in gone.err
    assert "Internal error" not in gone.err


def test_incidents_take_a_month_a_day_or_a_moment(dossier: Dossier, stored) -> None:
    (month,) = ok(dossier("incident", "add", "--title", "Faux comptes", "--when", "2026-11",
                          "--until", "2027-01", "--item", stored[0], "--json")).lines()
    assert (month["precision"], month["occurred_at"], month["occurred_until"],
            month["items"]) == ("month", "2026-11-01T00:00:00+01:00",
                                "2027-01-31T23:59:59+01:00", [stored[0]])
    night = int(ok(dossier("incident", "add", "--title", "Appels", "--when",
                           "2026-11-06T22:15")).out)
    assert ok(dossier("incident", "link", night, *stored)).out == \
        f"2 new link(s) to incident {night}.\n"
    listed = ok(dossier("incident", "list", "--json")).lines()
    assert [(i["title"], i["precision"], i["items"]) for i in listed] == [
        ("Faux comptes", "month", [stored[0]]), ("Appels", "exact", stored)]


@pytest.mark.parametrize(("args", "code", "words"), [
    (("incident", "add", "--title", "X", "--when", "hier"), 2, "is not a date"),
    (("incident", "add", "--title", "X", "--when", "2026-11-06", "--until", "2026-10"), 2,
     "before the start"),
    (("incident", "add", "--title", " ", "--when", "2026-11"), 2, "title"),
    (("incident", "link", "99", "1"), 2, "no incident 99"),
    (("describe", "99", "--title", "x"), 2, "no item 99"),
    (("describe", "1", "--captured-at", "demain"), 2, "not an ISO date"),
    (("person", "add", "X", "--role", "boss"), 2, "invalid choice"),
    (("me", "--remove", "personne"), 2, "not among your identities"),
])
def test_mistakes_are_one_line_with_the_usage_code(dossier: Dossier, stored, args, code,
                                                   words) -> None:
    result = dossier(*args)
    assert result.code == code
    assert words in result.err
    assert "Traceback" not in result.err


def test_me_lists_the_identities_she_set(dossier: Dossier, stored) -> None:
    assert ok(dossier("me", "--json")).out == ""
    ok(dossier("me", "--add", "Claire Martin"))
    ok(dossier("me", "--add", "+33612345678", "--platform", "SMS"))
    assert ok(dossier("me", "--json")).lines() == [
        {"identifier": "Claire Martin", "platform": "", "source": "set"},
        {"identifier": "+33612345678", "platform": "SMS", "source": "set"}]
    assert ok(dossier("me", "--remove", "Claire Martin")).out == "+33612345678 (SMS)  [set]\n"

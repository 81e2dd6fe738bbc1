"""The DSA Art. 16 notice's words, French and English, and the platform's scope: what each
part of Article 16(2) asks is there, and what is missing is marked, never invented."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.case import cases, editing, incidents, links, listing
from app.export import notice, options, pharos, plan, platform_items
from app.importing.pipeline import Importer
from app.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, make_vault
from tests.conftest import CORPUS

POST = "https://www.instagram.com/p/C0ombre1/"


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """Screenshots and chats; the Instagram screenshot posted at POST, and a second
    Instagram item (the X screenshot, re-labelled) without any URL."""
    vault = Vault.unlock(make_vault(tmp_path_factory.mktemp("notice") / "v.dossier"),
                         PASSPHRASE)
    with vault.transaction() as db:
        case_id = cases.create(db, "Affaire Ombre").id
    list(Importer(vault, case_id).run([CORPUS / "screenshots", CORPUS / "chat"]))
    ids = {row.name: row.id for row in listing.rows(vault.db, case_id)}
    with vault.transaction() as db:
        editing.describe(db, ids["Screenshot_20261105-143012_Instagram.png"], url=POST)
        editing.describe(db, ids["Screenshot 2026-11-07 at 9.02.10\u202fAM.png"],
                         platform="instagram")
    yield vault
    vault.close()


def build(vault: Vault, language: str = "fr", **chosen: object) -> plan.Plan:
    case_id = cases.all_cases(vault.db)[0].id
    chosen.setdefault("platform", "Instagram")
    return plan.build(vault.db, options.for_recipient(
        options.Scope(case_id), options.PLATFORM, prefix="OMBRE", language=language,
        **chosen))


def text(found: plan.Plan) -> str:
    return " ".join(notice.as_text(notice.compose(found, "Rapport.pdf")).split())


def test_only_the_platforms_items_whatever_their_spelling(vault: Vault) -> None:
    found = build(vault)
    assert sorted(e.item.original_name for e in found.all_exhibits()) == [
        "Screenshot 2026-11-07 at 9.02.10\u202fAM.png",
        "Screenshot_20261105-143012_Instagram.png"]
    case_id = cases.all_cases(vault.db)[0].id
    assert platform_items.platforms(vault.db, case_id) == ["Instagram", "SMS", "WhatsApp"]


def test_her_sent_messages_stay_out_unless_asked(vault: Vault) -> None:
    chat = build(vault, platform="WhatsApp")
    replies = build(vault, platform="WhatsApp", include_replies=True)
    directions = {m.direction for e in chat.exhibits for m in e.messages}
    assert "sent" not in directions
    assert "sent" in {m.direction for e in replies.exhibits for m in e.messages}


def test_the_french_notice_marks_what_is_missing(vault: Vault) -> None:
    said = text(build(vault))
    for wanted in ("NOTIFICATION DE CONTENUS ILLICITES", "règlement (UE) 2022/2065",
                   "Article 16", POST, "Pièce n° 1", "Pièce n° 2",
                   ("URL : AUCUNE. Sans l'URL exacte, la plateforme ne peut pas localiser ce "
                   "contenu"), "Aucune qualification pénale n'a encore été choisie",
                   "Nom : [à compléter]", "Adresse électronique : [à compléter]",
                   "articles 3 à 7 de la directive 2011/93/UE", "sont donc requis",
                   ("Je déclare de bonne foi avoir la conviction que les informations et les "
                   "allégations contenues dans la présente notification sont exactes et "
                   "complètes")):
        assert wanted in said, wanted


def test_the_english_notice_cites_the_french_texts_and_the_notifier(vault: Vault) -> None:
    case_id = cases.all_cases(vault.db)[0].id
    with vault.transaction() as db:
        incident = incidents.save(db, incidents.Incident(
            None, case_id, "Menaces", "Il promet de « me faire payer ».",
            occurred_at="2026-11-05T14:30:00+01:00", qualification="menaces"))
        item = next(r.id for r in listing.rows(db, case_id)
                    if r.name == "Screenshot_20261105-143012_Instagram.png")
        links.link(db, item, "incident", incident)
    filer = options.Filer("Camille Martin", email="camille@example.org")
    said = text(build(vault, "en", filer=filer))
    for wanted in ("NOTICE OF ILLEGAL CONTENT", "Regulation (EU) 2022/2065", "Art. 16(2)(b)",
                   "Exhibit 1", f"URL: {POST}", "URL: NONE", ("Threats: articles 222-17 et "
                   "222-18 du Code pénal"), "Il promet de « me faire payer ».",
                   "Name: Camille Martin", "E-mail address: camille@example.org",
                   "bona fide belief"):
        assert wanted in said, wanted
    assert "[to be completed]" not in said


def test_pharos_note_is_for_her_and_ready_to_paste(vault: Vault) -> None:
    note = pharos.note(build(vault), "Notification-DSA-Instagram.txt")
    assert note.startswith("Pour vous, pas pour Instagram")
    assert "internet-signalement.gouv.fr" in note
    assert "https://help.instagram.com/" in note
    assert f"Adresse (URL) : {POST}" in note
    assert "Date et heure : 5 novembre 2026 à 14:30:12" in note
    assert note.count("Adresse (URL)") == 1  # the item without a URL cannot be reported there

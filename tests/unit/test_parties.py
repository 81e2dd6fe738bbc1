"""The counting rule and its defaults (app/common/roles.py), and migration 4, which gives
the items of an older vault their direction, author and role from what was stored then."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from app.case import cases, me
from app.common import roles
from app.importing.pipeline import Importer
from app.vault import keys, schema
from app.vault.vault import Vault

PASSPHRASE = "parties"
FAST = keys.KdfSettings(log2_n=10, r=8)


@pytest.mark.parametrize("text", [
    "Votre signalement n° 88412 a bien été reçu le 12/11/2026.",
    "Nous avons bien reçu votre signalement concernant ce compte.",
    "Votre signalement a été pris en compte.",
    "Hi Camille, we received your report about @ombre_du_lac.",
    "Thanks for reporting this account.",
    "Your report has been received and will be reviewed.",
])
def test_a_platforms_acknowledgement_is_a_step(text: str) -> None:
    assert roles.default_role("pdf", roles.NONE, text) == roles.STEP
    assert roles.default_role("email", roles.RECEIVED, text) == roles.STEP


@pytest.mark.parametrize("text", [
    "Signale-moi encore et tu verras.", "I will report you to your boss.",
    "Relevé des commentaires publics", ""])
def test_other_words_about_reports_are_not_a_step(text: str) -> None:
    assert roles.default_role("pdf", roles.NONE, text) == roles.CONTEXT
    assert roles.default_role("email", roles.RECEIVED, text) == roles.ACT


@pytest.mark.parametrize(("kind", "role"), [
    ("message", "act"), ("email", "act"), ("web", "act"), ("image", "act"), ("audio", "act"),
    ("video", "act"), ("pdf", "context"), ("text", "context")])
def test_default_roles_by_kind(kind: str, role: str) -> None:
    assert roles.default_role(kind, roles.direction(kind, {}), "") == role


def test_sent_is_a_reply_and_her_own_email_is_sent() -> None:
    assert roles.default_role("message", roles.SENT, "") == roles.REPLY
    mine = frozenset({"camille.martin@example.fr"})
    sent = {"email.from": "Camille Martin <Camille.Martin@example.fr>"}
    assert roles.direction("email", sent, mine) == roles.SENT
    assert roles.direction("email", {"email.from": "o@example.net"}, mine) == roles.RECEIVED
    assert roles.direction("pdf", sent, mine) == roles.NONE
    assert roles.author("message", {"message.direction": "sent",
                                    "message.address": "+33612345678"}) == ""


def test_a_saved_profile_names_its_author_by_its_address() -> None:
    assert roles.author("web", {"web.url": "https://social.example.com/@ombre_du_lac"}) \
        == "@ombre_du_lac"
    assert roles.author("web", {"web.url": "https://social.example.com/@o/post/1"}) == "@o"
    assert roles.author("web", {"web.url": "https://example.com/news/@home"}) == ""
    assert roles.direction("web", {}) == roles.NONE


def test_a_chat_exported_with_someone_was_exported_by_the_other_author() -> None:
    assert roles.chat_direction("Ombre", "ombre") == roles.RECEIVED
    assert roles.chat_direction("Camille", "Ombre") == roles.SENT


# -- migration 4 --------------------------------------------------------------------------

def _version_3_vault(path: Path) -> None:
    """A vault as Dossier left it at version 3, holding what its readers stored then."""
    salt = keys.Salt.new(FAST)
    db = sqlcipher3.connect(str(path), isolation_level=None)
    vault = Vault(path, db, keys.derive(PASSPHRASE, salt), salt)
    vault._configure()
    schema.migrate(db, target=3)
    db.execute("INSERT INTO settings VALUES ('application', 'dossier')")
    db.execute("INSERT INTO cases(name, created_at) VALUES ('old', '2026-01-01T00:00:00Z')")
    items = [  # id, parent, kind, source, metadata, text
        (1, None, "chat", "chat_line", [("chat.name", "Ombre")], ""),
        (2, 1, "message", "chat_line", [("message.author", "Ombre")], "Réponds."),
        (3, 1, "message", "chat_line", [("message.author", "Camille")], "Arrête."),
        (4, None, "message", "sms_record", [("message.direction", "sent"),
                                            ("message.address", "+33612345678")], "Stop."),
        (5, None, "pdf", "pdf_info", [], "Votre signalement n° 1 a bien été reçu."),
        (6, None, "email", "email_header", [("email.from", "o@example.net")], "Menace"),
        (7, None, "image", "file_time", [], ""),
    ]
    for item_id, parent, kind, source, metadata, text in items:
        db.execute("INSERT INTO blobs(sha256, size) VALUES (?, 0)", (f"{item_id:064x}",))
        db.execute(
            "INSERT INTO items(id, case_id, parent_id, blob_id, kind, format, mime,"
            " original_name, captured_at, captured_at_source, imported_at)"
            " VALUES (?, 1, ?, ?, ?, ?, 'x/y', ?, '2026-11-05T22:41:00+01:00', ?,"
            " '2026-12-01T00:00:00Z')",
            (item_id, parent, item_id, kind, kind, f"item {item_id}", source))
        db.executemany("INSERT INTO metadata(item_id, key, value) VALUES (?, ?, ?)",
                       [(item_id, key, value) for key, value in metadata])
        if text:
            db.execute("INSERT INTO texts VALUES (?, ?)", (item_id, text))
    db.close()


def test_upgrade_from_version_3_computes_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "old.dossier"
    _version_3_vault(path)
    with Vault.unlock(path, PASSPHRASE) as vault:
        assert schema.version(vault.db) >= 4
        found = {row[0]: row[1:] for row in vault.db.execute(
            f"SELECT id, direction, author, role, role_set, {roles.COUNTS_AS_ACT_SQL}"
            " FROM items")}
    assert found == {
        1: ("none", "", "act", 0, 0),  # the export: its messages are the acts
        2: ("received", "Ombre", "act", 0, 1),
        3: ("sent", "Camille", "reply", 0, 0),
        4: ("sent", "", "reply", 0, 0),
        5: ("none", "", "step", 0, 0),
        6: ("received", "o@example.net", "act", 0, 1),
        7: ("none", "", "act", 0, 0),  # dated only by its file's time
    }


# -- who she is, from the evidence ---------------------------------------------------------

def _mail(to: str, number: int) -> str:
    return (f"From: o@example.net\nTo: {to}\nSubject: {number}\n"
            f"Date: Thu, 05 Nov 2026 08:0{number}:00 +0100\n\nTexte {number}\n")


def test_the_address_most_emails_go_to_is_hers_but_a_tie_says_nothing(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "v.dossier", PASSPHRASE, kdf=FAST) as vault:
        with vault.transaction() as db:
            case_id = cases.create(db, "Affaire").id
        folder = tmp_path / "mails"
        folder.mkdir()
        for number, to in enumerate(["Camille <c@example.fr>", "autre@example.org"]):
            (folder / f"{number}.eml").write_text(_mail(to, number), encoding="utf-8")
        list(Importer(vault, case_id).run([folder]))
        assert me.identities(vault) == []  # one each: the evidence does not say
        (folder / "2.eml").write_text(_mail("C@example.fr, x@example.org", 2), encoding="utf-8")
        Importer(vault, case_id).import_file(folder / "2.eml")
        assert [(i.identifier, i.platform, i.source) for i in me.identities(vault)] == [
            ("c@example.fr", "E-mail", "inferred")]

"""``dossier import`` of a platform's export: --list-threads, --thread, and what lands in
the vault (the ZIP, its conversations, their messages with direction and UTC time)."""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import Dossier
from tests.samples import platform_exports as px


def _export(tmp_path: Path, name: str = "instagram.zip") -> Path:
    path = tmp_path / name
    path.write_bytes(px.instagram()[0])
    return path


def _stored(dossier: Dossier, *args: str | Path) -> list[dict[str, Any]]:
    result = dossier("import", *args, "--json")
    assert result.code == 0, result.err
    return result.lines()


def test_list_threads_lists_every_conversation_and_stores_nothing(dossier: Dossier,
                                                                  tmp_path: Path) -> None:
    result = dossier("import", "--list-threads", _export(tmp_path), "--json")
    assert result.code == 0, result.err
    listed = {line["thread"].rsplit("/", 1)[-1]: line for line in result.lines()}
    assert set(listed) == {px.HARASSER_THREAD, px.FRIEND_THREAD}
    harasser = listed[px.HARASSER_THREAD]
    assert harasser["platform"] == "Instagram"
    assert harasser["participants"] == [px.HARASSER, px.VICTIM]
    assert harasser["messages"] == 5
    assert (harasser["first"], harasser["last"]) == ("2026-11-05T15:30:00+01:00",
                                                     "2026-11-05T15:41:00+01:00")
    text = dossier("import", "--list-threads", _export(tmp_path))
    assert "Léa Moreau — Léa Moreau, Camille Martin; 2 messages" in text.out
    assert dossier("list", "--json").out == ""


def test_thread_imports_only_the_conversation_named(dossier: Dossier, tmp_path: Path) -> None:
    lines = _stored(dossier, _export(tmp_path), "--thread", px.HARASSER_THREAD)
    kinds = [line["kind"] for line in lines]
    assert kinds == ["other", "chat", "message", "message", "message", "message", "image",
                     "message"]
    messages = [line for line in lines if line["kind"] == "message"]
    assert [m["direction"] for m in messages].count("received") == 4
    assert [m["author"] for m in messages if m["direction"] == "sent"] == [px.VICTIM]
    first = messages[0]
    assert first["captured_at"] == "2026-11-05T15:30:00+01:00"  # 14:30 UTC, in Paris
    assert first["captured_at_source"] == "export_record"
    assert first["role"] == "act"
    assert first["counts_as_act"]
    assert "erased" in messages[2]["flags"]
    assert "Coucou" not in dossier("search", "Coucou").out
    found = dossier("search", "habites", "--json").lines()
    assert [line["id"] for line in found if line["kind"] == "message"] == [first["id"]]


def test_without_thread_every_conversation_is_imported(dossier: Dossier, tmp_path: Path
                                                       ) -> None:
    lines = _stored(dossier, _export(tmp_path))
    assert sum(line["kind"] == "chat" for line in lines) == 2
    assert sum(line["kind"] == "message" for line in lines) == 7


def test_the_owner_becomes_her_inferred_identity(dossier: Dossier, tmp_path: Path) -> None:
    _stored(dossier, _export(tmp_path), "--thread", px.HARASSER_THREAD)
    result = dossier("me", "--json")
    assert result.code == 0, result.err
    assert {"identifier": px.VICTIM, "platform": "Instagram", "source": "inferred"} in \
        result.lines()


def test_an_unknown_thread_is_a_usage_error_and_stores_nothing(dossier: Dossier,
                                                               tmp_path: Path) -> None:
    result = dossier("import", _export(tmp_path), "--thread", "personne")
    assert result.code == 2
    assert "'personne'" in result.err
    assert "--list-threads" in result.err
    assert dossier("list", "--json").out == ""


def test_a_truncated_export_is_kept_flagged_with_its_reason(dossier: Dossier,
                                                            tmp_path: Path) -> None:
    cut = tmp_path / "cut.zip"
    data = px.instagram()[0]
    cut.write_bytes(data[: len(data) // 2])
    listed = dossier("import", "--list-threads", cut)
    assert listed.code == 1
    assert "cut short" in listed.out
    lines = _stored(dossier, cut)
    assert len(lines) == 1
    assert "damaged" in lines[0]["flags"]
    shown = dossier("show", str(lines[0]["id"]), "--json").lines()[0]
    assert "cut short" in shown["metadata"]["export.error"]


@pytest.mark.parametrize("build", [px.facebook, px.messenger_e2ee, px.snapchat, px.telegram,
                                   px.twitter, px.tiktok], ids=lambda b: b.__name__)
def test_each_format_imports_its_harasser_conversation(dossier: Dossier, tmp_path: Path,
                                                       build: Any) -> None:
    data, expected = build()
    path = tmp_path / "export.zip"
    path.write_bytes(data)
    lines = _stored(dossier, path, "--thread", expected.thread)
    assert [line["kind"] for line in lines].count("chat") == 1
    messages = [line for line in lines if line["kind"] == "message"]
    assert len(messages) == expected.messages
    ways = [m["direction"] for m in messages]
    assert (ways.count("received"), ways.count("sent")) == (expected.received, expected.sent)
    first = datetime.fromisoformat(messages[0]["captured_at"])
    assert first.astimezone(UTC) == expected.first_utc
    assert sum("erased" in m["flags"] for m in messages) == expected.erased
    assert len(lines) == 2 + expected.messages + expected.media
    shown = dossier("show", str(messages[0]["id"]), "--json").lines()[0]
    assert shown["text"] == expected.words


def test_a_gmail_mbox_imports_each_email_as_an_act_or_her_reply(dossier: Dossier,
                                                                tmp_path: Path) -> None:
    data, expected = px.gmail_mbox()
    path = tmp_path / "All mail Including Spam and Trash.mbox"
    path.write_bytes(data)
    lines = _stored(dossier, path)
    assert lines[0]["format"] == "mbox"
    assert not lines[0]["counts_as_act"]
    mails = [line for line in lines if line["kind"] == "email"]
    assert len(mails) == expected.messages
    assert all(m["parent_id"] == lines[0]["id"] and m["mime"] == "message/rfc822"
               for m in mails)
    acts = [m for m in mails if m["counts_as_act"]]
    assert [m["author"] for m in acts] == [px.GMAIL_HARASSER] * expected.received
    [reply] = [m for m in mails if m["direction"] == "sent"]
    assert reply["role"] == "reply"
    assert reply["author"] == px.GMAIL_VICTIM
    images = [line for line in lines if line["kind"] == "image"]
    assert len(images) == 1
    assert not images[0]["counts_as_act"]
    stats = dossier("stats", "--json")
    assert stats.code == 0, stats.err


def _unzipped(data: bytes, folder: Path) -> Path:
    with zipfile.ZipFile(io.BytesIO(data)) as export:
        export.extractall(folder)
    return folder


def test_an_unzipped_export_folder_is_one_export(dossier: Dossier, tmp_path: Path) -> None:
    folder = _unzipped(px.telegram()[0], tmp_path / "Téléchargements") / "Telegram Desktop"
    listed = dossier("import", "--list-threads", folder, "--json")
    assert listed.code == 0, listed.err
    assert {line["thread"] for line in listed.lines()} == {"personal_chat/777",
                                                           "personal_chat/555"}
    lines = _stored(dossier, folder, "--thread", "personal_chat/777")
    top = lines[0]
    assert top["original_name"] == "Telegram Desktop.zip"
    assert top["parent_id"] is None
    assert [line["kind"] for line in lines].count("message") == 3
    shown = dossier("show", str(top["id"]), "--json").lines()[0]
    assert "packed by Dossier from the folder" in shown["metadata"][
        "export.packed_from_folder"]
    with zipfile.ZipFile(io.BytesIO(dossier.cat(top["id"]))) as packed, \
            zipfile.ZipFile(io.BytesIO(px.telegram()[0])) as given:
        assert {f"Telegram Desktop/{n}": packed.read(n) for n in packed.namelist()} == \
            {n: given.read(n) for n in given.namelist()}


def test_a_folder_that_is_no_export_is_walked_as_before(dossier: Dossier, tmp_path: Path
                                                        ) -> None:
    folder = tmp_path / "preuves"
    (folder / "sub").mkdir(parents=True)
    (folder / "result.json").write_text('{"score": 3}')
    (folder / "sub" / "note.txt").write_text("une note")
    lines = _stored(dossier, folder)
    assert sorted(line["original_name"] for line in lines) == ["note.txt", "result.json"]


def test_the_report_counts_the_acts_its_chronology_tells(dossier: Dossier, tmp_path: Path
                                                         ) -> None:
    """The conversation is numbered under its export (P001-1): its messages are counted
    in the statistics as in the chronology (4 received; her reply is not an act)."""
    _stored(dossier, _export(tmp_path), "--thread", px.HARASSER_THREAD)
    bundle = tmp_path / "bundle"
    result = dossier("export", "--out", bundle, "--recipient", "lawyer", "--lang", "fr")
    assert result.code == 0, result.err
    statistics = json.loads((bundle / "manifest.json").read_text())["statistics"]
    assert statistics["total"] == 4
    assert statistics["first"] == "2026-11-05T15:30:00+01:00"
    text = subprocess.run(["pdftotext", "-layout", bundle / "Rapport.pdf", "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "4 actes relevés" in text
    assert "horodatage UTC de l'export de" in text
    assert "Je sais où tu habites" in text


def test_a_conversation_chosen_later_joins_the_export_already_in_the_case(
        dossier: Dossier, tmp_path: Path) -> None:
    export = _export(tmp_path)
    first = _stored(dossier, export, "--thread", px.HARASSER_THREAD)
    before = dossier("list", "--json").lines()
    again = dossier("import", export, "--thread", px.HARASSER_THREAD, "--json")
    assert again.code == 0
    assert again.lines()[0]["status"] == "duplicate"
    later = _stored(dossier, export, "--thread", px.FRIEND_THREAD, "--thread",
                    px.HARASSER_THREAD)
    assert [line["kind"] for line in later] == ["chat", "message", "message"]
    assert later[0]["parent_id"] == first[0]["id"]
    after = {line["id"]: line for line in dossier("list", "--json").lines()}
    assert all(after[line["id"]] == line for line in before)  # nothing there changed
    assert len(after) == len(before) + 3
    assert dossier("check").code == 0

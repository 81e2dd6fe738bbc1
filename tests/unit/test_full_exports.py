"""Which originals stay in the vault (app/export/full_exports.py): a platform's data
export always, a mailbox only when the reader left messages inside it; on a real vault
holding a Gmail Takeout mailbox and an Instagram export."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.case import cases, evidence
from app.export import exporting, options, plan
from app.importing.formats import base
from app.importing.pipeline import Importer
from app.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, make_vault
from tests.samples import platform_exports as px

MAILBOX, EXPORT = "Takeout-Tous les messages.mbox", "instagram-export.zip"


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    root = tmp_path_factory.mktemp("full_exports")
    vault = Vault.unlock(make_vault(root / "v.dossier"), PASSPHRASE)
    with vault.transaction() as db:
        case_id = cases.create(db, "Affaire Ombre").id
    (root / MAILBOX).write_bytes(px.gmail_mbox()[0])
    (root / EXPORT).write_bytes(px.instagram()[0])
    list(Importer(vault, case_id).run([root / MAILBOX, root / EXPORT]))
    yield vault
    vault.close()


def _lawyer(vault: Vault, **chosen: object) -> options.Options:
    case_id = cases.all_cases(vault.db)[0].id
    return options.for_recipient(options.Scope(case_id), options.LAWYER, **chosen)


def _withheld(vault: Vault, **chosen: object) -> dict[str, str]:
    built = plan.build(vault.db, _lawyer(vault, **chosen))
    return {part.item.original_name: part.withheld for part in built.all_exhibits()
            if part.withheld}


def _item(vault: Vault, name: str) -> int:
    case_id = cases.all_cases(vault.db)[0].id
    return next(i.id for i in evidence.list_items(vault.db, case_id) if i.original_name == name)


def test_a_whole_mailbox_travels_and_a_platform_export_stays(vault: Vault) -> None:
    assert _withheld(vault) == {EXPORT: "platform_export"}
    assert _withheld(vault, include_full_exports=True) == {}


def test_a_mailbox_the_reader_cut_short_stays_in_the_vault(vault: Vault,
                                                           tmp_path: Path) -> None:
    mailbox = _item(vault, MAILBOX)
    with vault.transaction() as db:  # as the reader flags one past its 10,000 messages
        db.execute("INSERT INTO item_flags(item_id, flag) VALUES (?, ?)",
                   (mailbox, base.TRUNCATED))
    try:
        assert _withheld(vault) == {EXPORT: "platform_export", MAILBOX: "mailbox"}
        exporting.export(vault, _lawyer(vault, language="en"), tmp_path / "bundle")
        kept = {path.name for path in (tmp_path / "bundle" / "originals").iterdir()}
        assert not [name for name in kept if name.endswith((MAILBOX, EXPORT))], kept
        assert [name for name in kept if name.endswith(".eml")]  # its messages travel
        report = " ".join(subprocess.run(
            ["pdftotext", tmp_path / "bundle" / "Report.pdf", "-"], capture_output=True,
            text=True, check=True).stdout.split())
        assert "The whole mailbox (SHA-256" in report
        assert "holds messages that were not imported" in report
    finally:
        with vault.transaction() as db:
            db.execute("DELETE FROM item_flags WHERE item_id = ? AND flag = ?",
                       (mailbox, base.TRUNCATED))

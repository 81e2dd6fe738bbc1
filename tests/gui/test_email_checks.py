"""A signed e-mail's detail shows what the receiving servers checked (SPF, DKIM, DMARC,
ARC), and which header named the sender's IP (issue #13); so does its exhibit page."""

from __future__ import annotations

import subprocess
from pathlib import Path

from app.case import cases, evidence
from app.export import options, plan
from app.export.report.build import write_report
from app.importing.pipeline import Importer
from app.vault import keys
from app.vault.vault import Vault
from tests.unit.test_mail_authentication import SIGNED
from tests.unit.test_report import Originals
from ui.viewers.base import ItemContent
from ui.viewers.email import EmailViewer


def _signed_vault(tmp_path: Path) -> tuple[Vault, int, int]:
    vault = Vault.create(tmp_path / "v.dossier", "pass", kdf=keys.KdfSettings(10, 8))
    with vault.transaction() as db:
        case_id = cases.create(db, "Ombre").id
    data = (SIGNED.replace("\n", "\r\n") + "\r\nhello\r\n").encode()
    outcome = Importer(vault, case_id).import_data("signed.eml", data)
    return vault, case_id, outcome.item_ids[0]


def test_the_detail_shows_the_checks_and_the_hop(qtbot, tmp_path: Path) -> None:
    vault, _case_id, item_id = _signed_vault(tmp_path)
    details = evidence.details(vault.db, item_id)
    vault.close()
    assert details is not None
    viewer = EmailViewer()
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.show_content(ItemContent(details, []))
    checks = viewer.checks.text()
    assert viewer.checks.isVisible()
    assert "Authentication-Results: mx.example.fr; spf=pass" in checks
    assert "Received-SPF: pass" in checks
    assert "DKIM-Signature: d=example.net; s=mail2026" in checks
    assert "arc-seal: i=1;" in checks
    assert viewer.origin.address.text() == ("Sent from the internet address 198.51.100.23 "
                                            "(Received header, hop 1, the first relay)")


def test_the_exhibit_page_shows_the_checks(tmp_path: Path) -> None:
    vault, case_id, _item = _signed_vault(tmp_path)
    chosen = options.for_recipient(options.Scope(case_id), options.POLICE, prefix="TEST")
    found = plan.build(vault.db, chosen)
    report = tmp_path / "r.pdf"
    with report.open("wb") as out:
        write_report(found, out, Originals(vault))
    vault.close()
    text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True,
                          check=True, timeout=120).stdout
    text = " ".join(text.replace("\u00a0", " ").split())
    for expected in ("Résultats d'authentification", "Received-SPF: pass",
                     "DKIM-Signature: d=example.net; s=mail2026", "arc-seal: i=1;",
                     "198.51.100.23 (en-tête Received, saut n° 1 depuis l'expéditeur (premier relais))"):
        assert expected in text, expected

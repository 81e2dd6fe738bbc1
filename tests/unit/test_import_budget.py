"""One e-mail must not flood the case or stall the import (issue 12): each file the person
gives has one budget across all its nesting levels, and a part met twice is read once.

The exploding e-mails are built here with the ``email`` package; real vaults, real child.
"""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import pytest
from PIL import Image

from app.case import cases, evidence
from app.importing.budget import ITEMS_PER_FILE, TRUNCATED_KEY, Budget
from app.importing.formats.base import TRUNCATED, Extraction
from app.importing.formats.sniff import Format
from app.importing.pipeline import STORED, Importer
from app.importing.sandbox import Sandbox
from app.vault import keys
from app.vault.vault import Vault

PLAIN = Format("text", "text", "text/plain")


@pytest.fixture
def case(tmp_path: Path):
    with Vault.create(tmp_path / "v.dossier", "pass", kdf=keys.KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case_id = cases.find_or_create(db, "Ombre").id
        yield vault, case_id


def _message(subject: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "ombre@example.net"
    message["To"] = "me@example.org"
    message["Subject"] = subject
    message["Date"] = "Tue, 03 Nov 2026 22:41:00 +0100"
    message.set_content("Tu ne m'échapperas pas.")
    return message


def exploding(outer: int, inner: int) -> bytes:
    """An e-mail of ``outer`` attached e-mails holding ``inner`` attachments each."""
    top = _message("open me")
    for i in range(outer):
        middle = _message(f"inner {i}")
        for j in range(inner):
            middle.add_attachment(f"{i}-{j}".encode(), maintype="application",
                                  subtype="octet-stream", filename=f"{i}-{j}.bin")
        top.add_attachment(middle)
    return top.as_bytes()


def items_of(vault: Vault) -> int:
    return vault.db.execute("SELECT count(*) FROM items").fetchone()[0]


def test_an_exploding_email_stops_at_its_budget_and_says_so(case, tmp_path) -> None:
    vault, case_id = case
    path = tmp_path / "bomb.eml"
    path.write_bytes(exploding(30, 30))  # 931 items without a budget

    [outcome] = Importer(vault, case_id, budget=Budget(items=50)).run([path])

    assert outcome.status == STORED, outcome.reason
    assert items_of(vault) == 51  # the e-mail itself and 50 parts
    top = evidence.details(vault.db, outcome.item_ids[0])
    assert top is not None
    assert TRUNCATED in top.item.flags
    assert "only 50 parts of this file became items" in dict(top.metadata)[TRUNCATED_KEY]
    # The attached e-mail that was cut off midway says so too.
    cut = [item_id for item_id in outcome.item_ids[1:]
           if TRUNCATED in evidence.get(vault.db, item_id).flags]
    assert len(cut) == 1


def test_a_file_past_its_time_budget_keeps_its_parts_inside_it(case, tmp_path) -> None:
    vault, case_id = case
    path = tmp_path / "bomb.eml"
    path.write_bytes(exploding(3, 3))

    [outcome] = Importer(vault, case_id, budget=Budget(seconds=0)).run([path])

    assert outcome.item_ids == [1]
    top = evidence.details(vault.db, 1)
    assert TRUNCATED in top.item.flags
    assert "stopped after 0 s" in dict(top.metadata)[TRUNCATED_KEY]


def test_the_default_budget_is_ten_thousand_parts_per_file() -> None:
    # Filling it for real takes 40 s here (11 e-mails of 1,000 attachments gave 10,001
    # items), so the default is checked on the budget itself; the figure is in the report.
    spending = Budget().start()
    assert [spending.take() for _ in range(ITEMS_PER_FILE)] == [""] * 10_000
    assert "only 10000 parts" in spending.take()


def test_an_attachment_met_three_times_is_read_once(case, tmp_path, monkeypatch) -> None:
    vault, case_id = case
    readings = tmp_path / "readings.txt"
    monkeypatch.setenv("DOSSIER_TEST_READINGS", str(readings))
    picture = io.BytesIO()
    Image.new("RGB", (64, 48), "red").save(picture, "JPEG")
    message = _message("la même photo")
    for number in (1, 2, 3):
        message.add_attachment(picture.getvalue(), maintype="image", subtype="jpeg",
                               filename=f"photo {number}.jpg")
    path = tmp_path / "three.eml"
    path.write_bytes(message.as_bytes())
    box = Sandbox("tests.unit.counting_reader:read")
    try:
        [outcome] = Importer(vault, case_id, sandbox=box).run([path])
    finally:
        box.close()

    assert outcome.status == STORED
    assert len(outcome.item_ids) == 4  # each copy is still an item of its own
    assert readings.read_text().splitlines() == ["three.eml", "photo 1.jpg"]
    kinds = {evidence.get(vault.db, item_id).kind for item_id in outcome.item_ids[1:]}
    assert kinds == {"image"}


def test_readings_kept_for_reuse_stay_within_their_memory_bound() -> None:
    spending = Budget().start()
    big = Extraction(thumbnail=b"\x89PNG" + b"\0" * (40 << 20))
    spending.remember("a" * 64, PLAIN, big)
    spending.remember("b" * 64, PLAIN, big)  # a second one would pass 64 MiB
    spending.remember("c" * 64, PLAIN, Extraction(text="petit"))
    assert sorted(spending.readings) == ["a" * 64, "c" * 64]

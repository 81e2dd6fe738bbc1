"""The demo vault: a realistic invented case that passes every check of a real one."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from app.case import evidence, incidents, people, search, tags
from app.cli import demo
from app.common import errors
from app.vault.keys import KdfSettings
from app.vault.vault import Vault

FAST_KDF = KdfSettings(log2_n=10, r=8)
NOW = datetime(2026, 11, 15, 12, 0).astimezone()


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    path = tmp_path_factory.mktemp("demo") / "demo.dossier"
    demo.create(path, "demo", items=400, kdf=FAST_KDF, now=NOW)
    with Vault.unlock(path, "demo") as opened:
        yield opened


def test_the_demo_vault_passes_the_full_check(vault: Vault) -> None:
    report = vault.check()
    assert report.ok, report.problems
    assert report.items == report.originals == 400
    assert report.custody_entries > 2 * 400  # an import and its links for each item


def test_it_holds_one_case_with_people_accounts_tags_and_incidents(vault: Vault) -> None:
    case_id = vault.db.execute("SELECT id, name FROM cases").fetchall()
    assert [name for _id, name in case_id] == [demo.CASE_NAME]
    case = case_id[0][0]
    assert [(p.name, p.role) for p in people.all_people(vault.db, case)] == [
        ("Léa Roux", "witness"), ("Ombre", "harasser")]
    accounts = people.all_accounts(vault.db, case)
    assert {a.platform for a in accounts} == {"Instagram", "WhatsApp", "X", "E-mail"}
    assert len(accounts) == 6
    assert all(a.person_id for a in accounts)
    assert {"menace", "faux compte", "nuit"} <= {t.name for t in tags.all_tags(vault.db, case)}
    found = incidents.all_incidents(vault.db, case)
    assert {i.precision for i in found} == {"exact", "day", "month", "approximate"}
    month = next(i for i in found if i.precision == "month")
    assert month.occurred_at[8:10] == "01"
    assert month.occurred_until[8:10] == "01"


def test_items_spread_over_eighteen_months_with_bursts_and_escalation(vault: Vault) -> None:
    items = evidence.list_items(vault.db)
    when = [datetime.fromisoformat(item.captured_at) for item in items]
    assert (NOW - min(when)).days > 500
    assert max(when) < NOW
    per_month = Counter((moment.year, moment.month) for moment in when)
    months = [per_month[key] for key in sorted(per_month)]
    assert len(months) >= 17
    assert sum(months[-6:]) > 2 * sum(months[:6])  # it escalates
    per_day = Counter(moment.date() for moment in when)
    assert max(per_day.values()) >= 8 * len(items) / demo.DAYS  # a burst
    night = sum(moment.hour >= 22 or moment.hour < 5 for moment in when)
    assert night > len(items) * 0.4  # 7 of 24 hours hold a large share


def test_items_are_varied_unique_and_searchable(vault: Vault) -> None:
    items = evidence.list_items(vault.db)
    assert len({item.sha256 for item in items}) == len(items)
    assert {"message", "email", "image", "web"} <= {item.kind for item in items}
    assert len({item.platform for item in items}) == 4
    assert search.search(vault.db, "reponds")  # accent-insensitive, like a real import
    screenshot = next(item for item in items if item.kind == "image")
    assert evidence.thumbnail(vault.db, screenshot.id).startswith(b"\x89PNG")
    assert screenshot.original_name.startswith("Screenshot_")


def test_an_existing_file_is_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "taken.dossier"
    path.write_bytes(b"mine")
    with pytest.raises(errors.VaultExists):
        demo.create(path, "demo", items=5, kdf=FAST_KDF)
    assert path.read_bytes() == b"mine"


def test_fifty_thousand_items_are_made_in_seconds(tmp_path: Path) -> None:
    summary = demo.create(tmp_path / "big.dossier", "demo", items=50_000, kdf=FAST_KDF)
    assert summary.items == 50_000
    assert summary.seconds < 45

"""The vault worker is typed: what an operation returns is what its on_success receives,
and what it reports is what its on_progress receives. mypy checks callers; this test
checks that mypy would say so, so the types cannot quietly fall back to Any."""

from __future__ import annotations

import textwrap
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[2]

CALLERS = textwrap.dedent("""
    from app.case.incidents import Incident, all_incidents
    from app.vault.vault import Vault
    from ui.common.operations import Task, VaultService


    def incidents(vault: Vault, task: Task[int]) -> list[Incident]:
        task.report(1)
        return all_incidents(vault.db, 1)


    def show_incidents(found: list[Incident]) -> None: ...
    def show_title(title: str) -> None: ...
    def show_count(done: int) -> None: ...
    def show_label(label: str) -> None: ...


    def right(service: VaultService) -> None:
        service.run(incidents, show_incidents, None, show_count)


    def wrong_result(service: VaultService) -> None:
        service.run(incidents, show_title)


    def wrong_progress(service: VaultService) -> None:
        service.run(incidents, show_incidents, None, show_label)
""")


def test_mypy_refuses_a_callback_of_the_wrong_type(tmp_path: Path) -> None:
    callers = tmp_path / "callers.py"
    callers.write_text(CALLERS)
    out, _err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"),
                                 "--cache-dir", str(tmp_path / "cache"), "--strict",
                                 "--no-incremental", str(callers)])
    errors = [line for line in out.splitlines() if line.startswith(str(callers))]
    lines = {int(line.split(":")[1]) for line in errors}
    source = CALLERS.splitlines()
    flagged = {source[number - 1].strip() for number in lines}
    assert status == 1, out
    assert flagged == {"service.run(incidents, show_title)",
                       "service.run(incidents, show_incidents, None, show_label)"}, out

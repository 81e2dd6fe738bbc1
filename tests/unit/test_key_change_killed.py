"""A passphrase change, or a re-encryption under a new master key, killed with SIGKILL at
any moment leaves a vault that opens with the old passphrase or the new one, never neither.

The child process counts every file operation Python makes (audit events: open, rename,
remove, link...) once the change starts, and kills itself with SIGKILL at the N-th; N runs
over every operation the change makes, so each step of it is a moment of death once.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.common import errors
from app.vault import keyring, keys, originals
from app.vault.vault import Vault

OLD, NEW = "ancienne phrase de passe", "nouvelle phrase de passe"
FAST = keys.KdfSettings(log2_n=10, r=8)

CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from app.vault import keys
    from app.vault.vault import Vault

    path, operation, kill_at = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    fast = keys.KdfSettings(log2_n=10, r=8)
    vault = Vault.unlock(path, {old!r})
    seen = 0

    def die_at_the_nth_file_operation(event, _args):
        global seen
        if event == "open" or event.startswith(("os.", "shutil.")):
            seen += 1
            if seen == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)

    sys.addaudithook(die_at_the_nth_file_operation)
    if operation == "new-master-key":
        vault.renew_master_key()
    vault.change_passphrase({new!r}, kdf=fast)
    vault.close()
""").format(old=OLD, new=NEW)


@pytest.fixture
def pristine(tmp_path: Path) -> Path:
    path = tmp_path / "pristine" / "vault.dossier"
    vault = Vault.create(path, OLD, kdf=FAST)
    with vault, vault.transaction() as db:
        for _ in range(3):
            originals.store(db, io.BytesIO(os.urandom(300_000)))
    return path


def _run(path: Path, operation: str, kill_at: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CHILD, str(path), operation, str(kill_at)],
                          capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, "PYTHONPATH": os.getcwd()})


def _opens_with(path: Path) -> str:
    for name, passphrase in (("old", OLD), ("new", NEW)):
        try:
            with Vault.unlock(path, passphrase, count_failures=False) as vault:
                assert vault.check().ok
                assert vault.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 3
                return name
        except errors.WrongPassphrase:
            continue
    return "neither"


@pytest.mark.parametrize("operation", ["passwd", "new-master-key"])
def test_killed_at_every_step_the_vault_opens_with_the_old_or_the_new_passphrase(
        pristine: Path, tmp_path: Path, operation: str) -> None:
    work = tmp_path / "work"
    outcomes = []
    for kill_at in range(1, 200):  # until the change runs to its end before the N-th
        path = _fresh_copy(pristine, work)
        done = _run(path, operation, kill_at)
        if done.returncode == 0:
            break
        assert done.returncode == -9, (kill_at, done.stderr)
        outcomes.append(_opens_with(path))
    assert len(outcomes) >= 3
    assert "neither" not in outcomes, outcomes
    # The kills fell both before and after the moment the change took hold.
    assert outcomes[0] == "old", outcomes
    assert outcomes[-1] == "new", outcomes


def _fresh_copy(pristine: Path, work: Path) -> Path:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(mode=0o700)
    for source in (pristine, keyring.file_for(pristine)):
        shutil.copy2(source, work / source.name)
    return work / pristine.name

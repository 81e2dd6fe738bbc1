"""End-to-end tests drive the real ``dossier`` command against a real SQLCipher file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.vault.keys import KdfSettings
from app.vault.vault import Vault

PASSPHRASE = "l'été; \"Ombre\" 🔒"  # quotes, a semicolon and non-ASCII on purpose
# The smallest scrypt cost a vault accepts, so each command unlocks in milliseconds;
# the real default (about half a second) is measured in tests/unit/test_vault.py.
FAST_KDF = KdfSettings(log2_n=10, r=8)


@dataclass
class Result:
    code: int
    out: str
    err: str

    def lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


class Dossier:
    """Runs ``python -m app`` in a child process, as a user would run ``dossier``."""

    def __init__(self, vault: Path, tmp: Path) -> None:
        self.vault = vault
        self.env = {**os.environ, "DOSSIER_VAULT": str(vault), "DOSSIER_PASSPHRASE": PASSPHRASE,
                    "TZ": "Europe/Paris", "TMPDIR": str(tmp)}

    def __call__(self, *args: str | Path, env: dict[str, str] | None = None,
                 timeout: float = 120) -> Result:
        done = subprocess.run([sys.executable, "-m", "app", *map(str, args)], check=False,
                              capture_output=True, env={**self.env, **(env or {})},
                              timeout=timeout, stdin=subprocess.DEVNULL)
        return Result(done.returncode, done.stdout.decode(), done.stderr.decode())

    def cat(self, item_id: int) -> bytes:
        done = subprocess.run([sys.executable, "-m", "app", "cat", str(item_id)],
                              capture_output=True, env=self.env, timeout=60, check=True)
        return done.stdout


def make_vault(path: Path) -> Path:
    Vault.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    return path


@pytest.fixture
def dossier(tmp_path: Path) -> Dossier:
    """A fresh, empty vault for each test, and the command to drive it."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    return Dossier(make_vault(tmp_path / "case.dossier"), scratch)

"""Shared test set-up: the sample corpus, a fixed time zone, offscreen Qt."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = (ROOT / ".." / "shared" / "corpus").resolve()

# The corpus states local wall-clock times in Paris (see its README).
os.environ["TZ"] = "Europe/Paris"
time.tzset()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"the sample corpus is missing at {CORPUS}")
    return CORPUS


@pytest.fixture(autouse=True)
def settings_folder(tmp_path_factory: pytest.TempPathFactory,
                    monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test keeps the core's user settings (app.vault.last_seen) in its own folder,
    never in the real one; children started by the test inherit it."""
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("DOSSIER_CONFIG_DIR", str(folder))
    return folder

"""Where the vault lives by default, known without loading the vault's code (SQLCipher,
the custody log, the key derivation): the window asks it before it first appears."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def default_path() -> Path:
    """Where the vault lives unless told otherwise: ``DOSSIER_VAULT`` or the user data dir."""
    chosen = os.environ.get("DOSSIER_VAULT")
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir("Dossier", appauthor=False)) / "vault.dossier"

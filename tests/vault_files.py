"""Copying a vault in tests as a person would: the file and its keyring beside it."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.vault import keyring


def copy_vault(source: Path, destination: Path) -> Path:
    """``source`` and its keyring, under ``destination``; returns ``destination``."""
    shutil.copyfile(source, destination)
    if keyring.file_for(source).exists():
        shutil.copyfile(keyring.file_for(source), keyring.file_for(destination))
    return destination

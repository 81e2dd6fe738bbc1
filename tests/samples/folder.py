"""Where the sample files go: owner-only folders and files, as the app keeps everything."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


class Folder:
    """The corpus root; ``put`` writes one file under it, creating its folder."""

    def __init__(self, root: Path) -> None:
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.root = root

    def put(self, relative: str, data: bytes) -> Path:
        return self.put_chunks(relative, [data])

    def put_chunks(self, relative: str, chunks: Iterable[bytes]) -> Path:
        """Writes an iterable of byte chunks, so a large file never sits in memory."""
        path = self.root / relative
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as stream:
            for chunk in chunks:
                stream.write(chunk)
        return path

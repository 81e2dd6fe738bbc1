"""Checks a Dossier bundle: every file listed in SHA256SUMS is there and unchanged, and
nothing was added.

This file uses only Python's standard library, because a copy of it ships inside every
bundle as ``verify.py``: whoever receives the bundle can run ``python3 verify.py`` in
it (or ``python3 verify.py bundle.zip``) without installing Dossier. ``sha256sum -c
SHA256SUMS`` checks the same hashes but does not notice an added file.

Exit status: 0 intact, 1 something changed, was removed or added, 2 not a bundle.
"""

from __future__ import annotations

import hashlib
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO

SUMS = "SHA256SUMS"
CHUNK = 1 << 20
_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")


@dataclass
class Findings:
    intact: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)  # lines of SHA256SUMS we refuse

    @property
    def ok(self) -> bool:
        return not (self.changed or self.missing or self.added or self.unreadable)

    def lines(self) -> list[str]:
        said = [f"CHANGED / MODIFIÉ: {name}" for name in self.changed]
        said += [f"MISSING / MANQUANT: {name}" for name in self.missing]
        said += [f"ADDED / AJOUTÉ: {name}" for name in self.added]
        said += [f"UNSAFE LINE IN {SUMS} / LIGNE REFUSÉE: {line}" for line in self.unreadable]
        if self.ok:
            said.append(f"OK: {len(self.intact)} files intact / fichiers intacts")
        else:
            said.append(f"NOT INTACT / PAS INTACT: {len(self.intact)} of "
                        f"{len(self.intact) + len(self.changed) + len(self.missing)} "
                        "listed files intact")
        return said


class NotABundle(Exception):
    """The path is neither a folder nor a ZIP holding SHA256SUMS."""


class _Folder:
    def __init__(self, root: Path) -> None:
        self.root = root

    def names(self) -> set[str]:
        return {path.relative_to(self.root).as_posix() for path in self.root.rglob("*")
                if path.is_file() or path.is_symlink()}

    def read_sums(self) -> bytes:
        return (self.root / SUMS).read_bytes()

    def digest(self, name: str) -> str | None:
        path = self.root / name
        if path.is_symlink() or not path.is_file():
            return None  # a link could point anywhere; a bundle never holds one
        with path.open("rb") as stream:
            return _sha256(stream)


class _Zip:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive

    def names(self) -> set[str]:
        return {info.filename for info in self.archive.infolist() if not info.is_dir()}

    def read_sums(self) -> bytes:
        return self.archive.read(SUMS)

    def digest(self, name: str) -> str | None:
        try:
            with self.archive.open(name) as stream:
                return _sha256(stream)
        except KeyError:
            return None


def verify(path: Path) -> Findings:
    """What changed in the bundle at ``path`` (a folder or a .zip)."""
    if path.is_dir():
        return _check(_Folder(path))
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return _check(_Zip(archive))
    raise NotABundle(f"{path.name} is neither a bundle folder nor a ZIP")


def _check(bundle: _Folder | _Zip) -> Findings:
    try:
        sums = bundle.read_sums().decode("utf-8")
    except (OSError, KeyError, UnicodeDecodeError) as error:
        raise NotABundle(f"no readable {SUMS} ({type(error).__name__})") from None
    findings, listed = Findings(), set()
    for line in sums.splitlines():
        if not line.strip():
            continue
        found = _LINE.match(line)
        if not found or not _safe(found.group(2)):
            findings.unreadable.append(line[:200])
            continue
        expected, name = found.groups()
        listed.add(name)
        actual = bundle.digest(name)
        if actual is None:
            findings.missing.append(name)
        else:
            (findings.intact if actual == expected else findings.changed).append(name)
    findings.added = sorted(bundle.names() - listed - {SUMS})
    return findings


def _safe(name: str) -> bool:
    """A relative path inside the bundle: never absolute, never climbing out with ".."."""
    path = PurePosixPath(name)
    return (not path.is_absolute() and ".." not in path.parts and "\\" not in name
            and not re.match(r"^[A-Za-z]:", name))


def _sha256(stream: IO[bytes]) -> str:
    digest = hashlib.sha256()
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def main(argv: list[str]) -> int:
    target = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    try:
        findings = verify(target)
    except (NotABundle, OSError, zipfile.BadZipFile) as error:
        print(f"Not a bundle / pas un dossier de preuves: {error}", file=sys.stderr)
        return 2
    print("\n".join(findings.lines()))
    return 0 if findings.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))

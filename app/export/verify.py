"""Checks a Dossier bundle: every file listed in SHA256SUMS is there and unchanged, and
nothing was added.

This file uses only Python's standard library, because a copy of it ships inside every
bundle as ``verify.py``: whoever receives the bundle can run ``python3 verify.py`` in
it (or ``python3 verify.py bundle.zip --fingerprint HEX``) without installing Dossier.
``sha256sum -c SHA256SUMS`` checks the same hashes but does not notice an added file.

A bundle may have been prepared by someone who wants it to pass, so nothing in it is
trusted: two ZIP entries or two files whose names a person or another tool could take
for one are refused (``unzip`` shows the last of two duplicates, this check would read
the first); links, devices and pipes are never opened; SHA256SUMS is read only up to a
size no real bundle reaches; and a member that cannot be read whole counts as changed.

A sealed bundle (a ZIP whose files are encrypted with AES-256) is checked once extracted
with its password, or by Dossier itself, which can read it with the password.

Exit status: 0 intact, 1 something changed, was removed or added, 2 not a bundle.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import stat
import sys
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO

SUMS = "SHA256SUMS"
CHUNK = 1 << 20
# 50,000 exhibits take about 6 MB of SHA256SUMS; anything far larger is not ours.
MAX_SUMS = 64 << 20
_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")
_HEX = re.compile(r"^[0-9a-fA-F]{64}$")
_AES = 99  # the WinZip AES method of a sealed bundle's entries
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
# Errors a damaged or hostile member raises while it is read: it is then "changed".
_BROKEN = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError,
           RuntimeError, ValueError, LookupError)


@dataclass
class Findings:
    intact: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)  # lines of SHA256SUMS we refuse
    refused: list[str] = field(default_factory=list)  # entries no checker may trust
    fingerprint: str = ""  # SHA-256 of SHA256SUMS, to compare with the sender's
    expected: str = ""  # the fingerprint the sender gave, when given

    @property
    def fingerprint_differs(self) -> bool:
        return bool(self.expected) and self.expected.lower() != self.fingerprint

    @property
    def ok(self) -> bool:
        return not (self.changed or self.missing or self.added or self.unreadable
                    or self.refused or self.fingerprint_differs)

    def lines(self) -> list[str]:
        said = [f"Bundle fingerprint / Empreinte du dossier: {self.fingerprint}"]
        if self.fingerprint_differs:
            said.append(f"FINGERPRINT DIFFERS / EMPREINTE DIFFÉRENTE: expected / attendue "
                        f"{self.expected.lower()}")
        said += [f"CHANGED / MODIFIÉ: {name}" for name in self.changed]
        said += [f"MISSING / MANQUANT: {name}" for name in self.missing]
        said += [f"ADDED / AJOUTÉ: {name}" for name in self.added]
        said += [f"REFUSED / REFUSÉ: {name}" for name in self.refused]
        said += [f"UNSAFE LINE IN {SUMS} / LIGNE REFUSÉE: {line}" for line in self.unreadable]
        if self.ok:
            said.append(f"OK: {len(self.intact)} files intact / fichiers intacts")
        elif self.fingerprint_differs and not self.refused and len(self.intact) == sum(
                len(names) for names in (self.intact, self.changed, self.missing)):
            said.append(f"NOT THE BUNDLE SENT / PAS LE DOSSIER ENVOYÉ: {len(self.intact)} "
                        f"files match this {SUMS}, but it is not the one the sender "
                        "fingerprinted")
        else:
            said.append(f"NOT INTACT / PAS INTACT: {len(self.intact)} of "
                        f"{len(self.intact) + len(self.changed) + len(self.missing)} "
                        "listed files intact")
        return said


class NotABundle(Exception):
    """The path is neither a folder nor a ZIP holding SHA256SUMS."""


class Sealed(NotABundle):
    """A ZIP whose SHA256SUMS is encrypted: it must be opened with its password."""

    def __init__(self) -> None:
        super().__init__(
            "this ZIP is encrypted (AES-256). Extract it with 7-Zip and its password "
            "(see README-EN.txt in it), then check the extracted folder with "
            "python3 verify.py / ce ZIP est chiffré : extrayez-le avec 7-Zip et son mot de "
            "passe (voir README-FR.txt), puis vérifiez le dossier extrait")


def _same_name(name: str) -> str:
    """What a person, Windows, macOS or an unzip tool may take for the same name."""
    return unicodedata.normalize("NFC", name).casefold().rstrip(" .")


class _Folder:
    """A bundle folder, read without ever following a link out of it."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def names(self) -> dict[str, str]:
        """Every entry that is not a plain folder (files, links, pipes...), by path."""
        found: dict[str, str] = {}
        for top, folders, files in os.walk(self.root, followlinks=False):
            base = Path(top).relative_to(self.root)
            # A link to a folder is listed as an entry, never entered.
            linked = [name for name in folders if os.path.islink(os.path.join(top, name))]
            for name in [*files, *linked]:
                path = (base / name).as_posix()
                found[path] = path
        return found

    def read_sums(self) -> bytes:
        with self._open(SUMS) as stream:
            return _capped(stream)

    def digest(self, name: str) -> str | None:
        try:
            with self._open(name) as stream:
                return _sha256(stream)
        except FileNotFoundError:
            return None

    def _open(self, name: str) -> IO[bytes]:
        """``name`` opened for reading only if it and every folder on its way are real
        (no link, no pipe, no device); anything else raises ``OSError``."""
        path = self.root
        for part in PurePosixPath(name).parts[:-1]:
            path = path / part
            if not stat.S_ISDIR(os.lstat(path).st_mode):
                raise OSError(f"{name}: a folder on its way is a link or not a folder")
        path = path / PurePosixPath(name).name
        seen = os.lstat(path)
        if not stat.S_ISREG(seen.st_mode):
            raise OSError(f"{name} is not a plain file")
        flags = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
                 | getattr(os, "O_BINARY", 0))
        descriptor = os.open(path, flags)
        opened = os.fstat(descriptor)
        if (opened.st_dev, opened.st_ino) != (seen.st_dev, seen.st_ino) \
                or not stat.S_ISREG(opened.st_mode):
            os.close(descriptor)
            raise OSError(f"{name} changed while it was opened")
        return os.fdopen(descriptor, "rb")


class _Zip:
    """A bundle ZIP whose entries were vetted: no duplicate, no link, no encryption
    unless ``sealed`` (the archive was opened with the bundle's password)."""

    def __init__(self, archive: zipfile.ZipFile, sealed: bool = False) -> None:
        self.archive = archive
        self.sealed = sealed
        self.entries: dict[str, zipfile.ZipInfo] = {}
        self.refused: list[str] = []
        self._vet()

    def _vet(self) -> None:
        by_name: dict[str, list[zipfile.ZipInfo]] = {}
        for info in self.archive.infolist():
            by_name.setdefault(_same_name(info.filename.rstrip("/")), []).append(info)
        for group in by_name.values():
            if len(group) > 1:
                self.refused += [f"{info.filename} (two entries with this name)"
                                 for info in group]
            elif not group[0].is_dir():
                reason = _unsafe_member(group[0], self.sealed)
                if reason:
                    self.refused.append(f"{group[0].filename} ({reason})")
                else:
                    self.entries[group[0].filename] = group[0]

    def names(self) -> dict[str, str]:
        return {name: name for name in self.entries}

    def read_sums(self) -> bytes:
        if SUMS not in self.entries:
            if not self.sealed and _is_sealed(self.archive, SUMS):
                raise Sealed()
            raise NotABundle(f"no single, plain {SUMS} in the ZIP")
        try:
            with self.archive.open(self.entries[SUMS]) as stream:
                return _capped(stream)
        except RuntimeError:  # what a ZIP reader raises for a wrong password
            raise NotABundle(f"the password does not open {SUMS}") from None

    def digest(self, name: str) -> str | None:
        info = self.entries.get(name)
        if info is None:
            return None
        with self.archive.open(info) as stream:
            return _sha256(stream)


def _is_sealed(archive: zipfile.ZipFile, name: str) -> bool:
    """Whether the one entry ``name`` is AES-encrypted, as in a sealed bundle."""
    found = [info for info in archive.infolist() if info.filename == name]
    return len(found) == 1 and bool(found[0].flag_bits & 0x1) \
        and found[0].compress_type == _AES


def _unsafe_member(info: zipfile.ZipInfo, sealed: bool = False) -> str:
    """Why a ZIP member cannot be checked safely, or an empty string. Once opened with
    its password, a sealed bundle's encrypted entries are read like any other (the AES
    reader gives each its real compression method)."""
    if info.flag_bits & 0x1 and not sealed:
        return "encrypted"
    if info.compress_type not in _METHODS:
        return "unknown compression"
    mode = info.external_attr >> 16
    if info.create_system == 3 and stat.S_IFMT(mode) and not stat.S_ISREG(mode):
        return "a link or special file"
    return ""


def verify(path: Path, fingerprint: str = "",
           unseal: Callable[[Path], zipfile.ZipFile] | None = None) -> Findings:
    """What changed in the bundle at ``path`` (a folder or a .zip); ``fingerprint`` is
    the SHA-256 of SHA256SUMS the sender gave, when known. ``unseal`` opens a sealed ZIP
    with its password; without it, a sealed ZIP raises ``Sealed``."""
    if fingerprint and not _HEX.match(fingerprint):
        raise NotABundle("the expected fingerprint must be 64 hexadecimal digits")
    if path.is_dir():
        return _check(_Folder(path), fingerprint)
    if zipfile.is_zipfile(path):
        with (unseal or zipfile.ZipFile)(path) as archive:
            return _check(_Zip(archive, sealed=unseal is not None), fingerprint)
    raise NotABundle(f"{path.name} is neither a bundle folder nor a ZIP")


def _check(bundle: _Folder | _Zip, expected: str) -> Findings:
    try:
        raw = bundle.read_sums()
        sums = raw.decode("utf-8")
    except (OSError, KeyError, UnicodeDecodeError, *_BROKEN) as error:
        raise NotABundle(f"no readable {SUMS} ({error})") from None
    findings = Findings(fingerprint=hashlib.sha256(raw).hexdigest(), expected=expected)
    if isinstance(bundle, _Zip):
        findings.refused = sorted(bundle.refused)
    listed: dict[str, str] = {}
    for line in sums.splitlines():
        if line.strip():
            _check_line(bundle, line, listed, findings)
    present = bundle.names()
    findings.added = sorted(name for name in present
                            if name != SUMS and listed.get(_same_name(name)) != name)
    return findings


def _check_line(bundle: _Folder | _Zip, line: str, listed: dict[str, str],
                findings: Findings) -> None:
    found = _LINE.match(line)
    if not found or not _safe(found.group(2)) or _same_name(found.group(2)) in listed:
        findings.unreadable.append(line[:200])
        return
    expected, name = found.groups()
    listed[_same_name(name)] = name
    try:
        actual = bundle.digest(name)
    except _BROKEN:
        findings.changed.append(name)  # present but unreadable, a link or not whole
        return
    if actual is None:
        findings.missing.append(name)
    else:
        (findings.intact if actual == expected else findings.changed).append(name)


def _safe(name: str) -> bool:
    """A relative path inside the bundle: never absolute, never climbing out with ".."."""
    path = PurePosixPath(name)
    return (not path.is_absolute() and ".." not in path.parts and "\\" not in name
            and not re.match(r"^[A-Za-z]:", name) and "\x00" not in name
            and name != SUMS)


def _capped(stream: IO[bytes]) -> bytes:
    data = stream.read(MAX_SUMS + 1)
    if len(data) > MAX_SUMS:
        raise NotABundle(f"{SUMS} is larger than any bundle's ({MAX_SUMS >> 20} MiB)")
    return data


def _sha256(stream: IO[bytes]) -> str:
    digest = hashlib.sha256()
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="verify.py", description="Check a Dossier bundle / vérifier un dossier de preuves")
    parser.add_argument("bundle", nargs="?", type=Path,
                        default=Path(__file__).resolve().parent,
                        help="folder or .zip (default: the folder holding verify.py)")
    parser.add_argument("--fingerprint", default="", metavar="HEX",
                        help="the bundle fingerprint the sender gave / l'empreinte reçue")
    args = parser.parse_args(argv[1:])
    try:
        findings = verify(args.bundle, args.fingerprint.strip())
    except Sealed as error:
        print(f"Encrypted / chiffré: {error}", file=sys.stderr)
        return 2
    except (NotABundle, OSError, zipfile.BadZipFile) as error:
        print(f"Not a bundle / pas un dossier de preuves: {error}", file=sys.stderr)
        return 2
    print("\n".join(findings.lines()))
    return 0 if findings.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))

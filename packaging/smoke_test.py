"""Smoke test of the built app (``make package-test``): the frozen binary, not the sources.

It runs ``dist/Dossier/dossier`` as a person's computer would, in a throwaway home folder:

1. ``--version`` prints the version of app/__init__.py;
2. the files the frozen code looks for are in place (translations, fonts, Qt plugins,
   licences, the Linux menu entry and icons);
3. ``init`` creates a vault (passphrase from DOSSIER_PASSPHRASE), ``import`` stores two
   corpus files (a PDF and an e-mail with an attachment: the readers' sandboxed child
   process starts from the frozen binary), ``export`` writes the police bundle (report PDF
   with the bundled fonts, the .docx letter, verify.py);
4. the bundle checks out: ``sha256sum -c SHA256SUMS``, the fingerprint printed is the
   SHA-256 of SHA256SUMS, ``dossier verify`` says OK, so does the bundle's own verify.py
   (run with Python, as a recipient would), and a changed file is caught;
5. the window starts offscreen and stays up for a few seconds without an error, then is
   ended.

    .venv/bin/python packaging/smoke_test.py [--dist dist/Dossier] [--seconds 5]

Exits 0 when every check passed; prints one line per check either way.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EVIDENCE = ("pdf/releve_commentaires.pdf", "email/menace_2026-11-04.eml")
PASSPHRASE = "smoke test: correct horse battery staple 42"
TIMEOUT = 300  # seconds for one command; an export of two items takes a few
# What a broken frozen app says on stderr: a missing module, plugin, translation or font.
TROUBLE = ("Traceback", "Error", "could not", "Could not", "cannot", "Cannot", "failed",
           "not found", "No such file")


def _desktop_files():
    spec = importlib.util.spec_from_file_location("dossier_desktop_files",
                                                  HERE / "desktop_files.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def program(dist: Path) -> Path:
    """The command-line executable inside the built folder, for this OS."""
    if sys.platform == "win32":
        return dist / "dossier-cli.exe"
    if sys.platform == "darwin" and dist.suffix == ".app":
        return dist / "Contents" / "MacOS" / "dossier"
    return dist / "dossier"


class Smoke:
    def __init__(self, dist: Path, work: Path) -> None:
        self.dist, self.work = dist, work
        # The project's own sample evidence (tests/samples/), written for this run.
        sys.path.insert(0, str(ROOT))
        from tests.samples.corpus import write_corpus

        self.corpus = write_corpus(work / "corpus")
        self.binary = program(dist)
        self.bundle = work / "bundle"
        self.failures: list[str] = []
        home = work / "home"
        home.mkdir(mode=0o700)
        # A home of its own: the window's settings and any menu entry stay in here.
        self.env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
                    "XDG_DATA_HOME": str(home / ".local" / "share"),
                    "XDG_CACHE_HOME": str(home / ".cache"),
                    "DOSSIER_VAULT": str(work / "vault.dossier"),
                    "DOSSIER_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen",
                    "LC_ALL": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1"}
        for name in ("DOSSIER_NEW_PASSPHRASE", "DOSSIER_PDF_PASSWORD"):
            self.env.pop(name, None)

    # -- helpers -------------------------------------------------------------------------

    def check(self, name: str, test: Callable[[], str | None]) -> None:
        """Run one check; ``test`` returns None when it passed, else what went wrong."""
        started = time.monotonic()
        try:
            problem = test()
        except Exception as error:  # noqa: BLE001 - a smoke test reports, it does not crash
            problem = f"{type(error).__name__}: {error}"
        took = time.monotonic() - started
        print(f"{'ok  ' if problem is None else 'FAIL'} {name} ({took:.1f} s)"
              + ("" if problem is None else f"\n     {problem}"), flush=True)
        if problem is not None:
            self.failures.append(name)

    def dossier(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.binary), *args], env=self.env, cwd=self.work,
                              capture_output=True, text=True, timeout=TIMEOUT, check=False)

    @staticmethod
    def _failed(result: subprocess.CompletedProcess[str]) -> str | None:
        if result.returncode != 0:
            return f"exit {result.returncode}: {(result.stderr or result.stdout).strip()[:500]}"
        return None

    # -- the checks ----------------------------------------------------------------------

    def version(self) -> str | None:
        result = self.dossier("--version")
        wanted = f"dossier {_desktop_files().version()}"
        if self._failed(result) or result.stdout.strip() != wanted:
            return f"expected {wanted!r}, got {result.stdout.strip()!r} {result.stderr.strip()}"
        return None

    def layout(self) -> str | None:
        internal = self.binary.parent / "_internal"
        if sys.platform == "darwin":
            internal = self.binary.parent.parent / "Frameworks"
        wanted = [internal / "ui" / "translations" / f"dossier_{lang}.qm"
                  for lang in ("fr", "en")]
        wanted += [internal / "app" / "export" / "report" / "fonts" / "DejaVuSans.ttf",
                   internal / "app" / "export" / "verify.py"]
        qt = internal / "PySide6" / "Qt"
        wanted += [qt / "translations" / "qtbase_fr.qm"]
        if sys.platform.startswith("linux"):
            wanted += [qt / "plugins" / "platforms" / "libqxcb.so",
                       qt / "plugins" / "platforms" / "libqwayland.so",
                       qt / "plugins" / "imageformats" / "libqjpeg.so",
                       self.dist / "share" / "applications" / "dossier.desktop",
                       self.dist / "share" / "icons" / "hicolor" / "256x256" / "apps"
                       / "dossier.png", self.dist / "install.sh"]
            unwanted = [qt / "plugins" / "tls", qt / "plugins" / "platforms" / "libqvnc.so",
                        qt / "lib" / "libQt6Quick.so.6", qt / "lib" / "libQt6Qml.so.6"]
            present = [str(path) for path in unwanted if path.exists()]
            if present:
                return "should have been left out: " + ", ".join(present)
        licences = self.dist / "licenses"
        if sys.platform == "darwin":
            licences = self.binary.parent.parent / "Resources" / "licenses"
        wanted += [licences / "THIRD-PARTY.txt", licences / "LGPL-3.0.txt"]
        missing = [str(path) for path in wanted if not path.exists()]
        return ("missing: " + ", ".join(missing)) if missing else None

    def init(self) -> str | None:
        result = self.dossier("init")
        vault = Path(self.env["DOSSIER_VAULT"])
        if self._failed(result):
            return self._failed(result)
        if os.name == "posix" and vault.stat().st_mode & 0o077:
            return f"the vault is readable by others: {oct(vault.stat().st_mode)}"
        return None

    def import_two(self) -> str | None:
        result = self.dossier("import", "--json", *(str(self.corpus / name) for name in EVIDENCE))
        if self._failed(result):
            return self._failed(result)
        lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
        kinds = sorted(line.get("kind", "") for line in lines if line.get("status") == "stored")
        if kinds != ["email", "image", "pdf"]:  # the e-mail's picture is its own item
            return f"expected a PDF, an e-mail and its picture stored, got: {result.stdout}"
        # Dates read from inside the files: the readers really ran in the child process.
        sources = sorted(line.get("captured_at_source", "") for line in lines)
        unreadable = [line["original_name"] for line in lines if "unreadable" in line["flags"]]
        if unreadable or sources != ["email_header", "email_header", "pdf_info"]:
            return f"the readers failed: {result.stdout}"
        return None

    def export(self) -> str | None:
        result = self.dossier("export", "--recipient", "police", "--out", str(self.bundle),
                              "--json")
        if self._failed(result):
            return self._failed(result)
        self.fingerprint = json.loads(result.stdout.strip().splitlines()[-1])["fingerprint"]
        wanted = ["Rapport.pdf", "SHA256SUMS", "verify.py", "manifest.csv",
                  "Lettre-au-procureur.docx"]
        missing = [name for name in wanted if not (self.bundle / name).is_file()]
        return ("missing in the bundle: " + ", ".join(missing)) if missing else None

    def sums(self) -> str | None:
        # GNU sha256sum, as the bundle's README says; macOS has shasum; Windows neither.
        command = (["sha256sum", "-c", "--strict", "SHA256SUMS"] if shutil.which("sha256sum")
                   else ["shasum", "-a", "256", "-c", "SHA256SUMS"] if shutil.which("shasum")
                   else None)
        if command is None:
            problem = self._python_sums()
            if problem:
                return problem
        else:
            result = subprocess.run(command, cwd=self.bundle, capture_output=True, text=True,
                                    check=False)
            if result.returncode != 0:
                return result.stdout + result.stderr
        digest = hashlib.sha256((self.bundle / "SHA256SUMS").read_bytes()).hexdigest()
        if digest != self.fingerprint:
            return f"fingerprint {self.fingerprint} is not the SHA-256 of SHA256SUMS ({digest})"
        return None

    def _python_sums(self) -> str | None:
        for line in (self.bundle / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
            digest, name = line.split(None, 1)
            name = name.lstrip("*")
            actual = hashlib.sha256((self.bundle / name).read_bytes()).hexdigest()
            if actual != digest:
                return f"{name}: FAILED"
        return None

    def report_fonts(self) -> str | None:
        if not shutil.which("pdffonts"):
            return None  # poppler-utils missing: the export itself already succeeded
        result = subprocess.run(["pdffonts", str(self.bundle / "Rapport.pdf")],
                                capture_output=True, text=True, check=False)
        return None if "DejaVuSans" in result.stdout else f"no DejaVu font:\n{result.stdout}"

    def verify(self) -> str | None:
        result = self.dossier("verify", str(self.bundle))
        if self._failed(result) or "OK" not in result.stdout:
            return self._failed(result) or result.stdout
        own = subprocess.run([sys.executable, str(self.bundle / "verify.py"), str(self.bundle)],
                             capture_output=True, text=True, check=False, env=self.env)
        if own.returncode != 0:
            return f"the bundle's verify.py: {own.stdout}{own.stderr}"
        changed = self.work / "changed"
        shutil.copytree(self.bundle, changed)
        report = changed / "Rapport.pdf"
        report.write_bytes(report.read_bytes() + b"\n")
        caught = self.dossier("verify", str(changed))
        if caught.returncode == 0:
            return "a changed Rapport.pdf was not caught"
        return None

    def window(self, seconds: float) -> str | None:
        """The window starts offscreen (on the unlock screen) and stays up."""
        env = {key: value for key, value in self.env.items() if key != "DOSSIER_PASSPHRASE"}
        log = self.work / "window.log"
        with log.open("w") as out:
            child = subprocess.Popen([str(self.binary)], env=env, cwd=self.work, stdout=out,
                                     stderr=subprocess.STDOUT)
            try:
                time.sleep(seconds)
                if child.poll() is not None:
                    return f"the window closed by itself (exit {child.returncode}):\n" \
                           + log.read_text(errors="replace")[-2000:]
            finally:
                if child.poll() is None:
                    child.terminate()  # SIGTERM; TerminateProcess on Windows
                    try:
                        child.wait(timeout=10)
                    except subprocess.TimeoutExpired:
                        child.kill()
                        child.wait()
        said = [line for line in log.read_text(errors="replace").splitlines()
                if any(word in line for word in TROUBLE)]
        return ("the window said:\n     " + "\n     ".join(said[:10])) if said else None

    def run(self, seconds: float) -> int:
        print(f"Smoke test of {self.binary}")
        if not self.binary.is_file():
            print(f"FAIL no built app at {self.binary}: run `make package` first")
            return 1
        self.fingerprint = ""
        self.check("--version prints the version of app/__init__.py", self.version)
        self.check("resources, Qt plugins and licences are in place", self.layout)
        self.check("init creates an owner-only vault", self.init)
        self.check("import stores two corpus files (readers in the sandbox child)",
                   self.import_two)
        if not self.failures:
            self.check("export writes the police bundle", self.export)
            if not self.failures:
                self.check("sha256sum -c passes in the bundle; fingerprint matches", self.sums)
                self.check("the report embeds the bundled DejaVu fonts", self.report_fonts)
                self.check("verify: OK, the bundle's verify.py agrees, a change is caught",
                           self.verify)
        self.check(f"the window starts offscreen and stays up {seconds:g} s",
                   lambda: self.window(seconds))
        size = sum(f.stat().st_size for f in self.dist.rglob("*") if f.is_file()
                   and not f.is_symlink())
        print(f"package size: {size / 2**20:.0f} MiB in {self.dist}")
        if self.failures:
            print(f"{len(self.failures)} check(s) failed")
            return 1
        print("all checks passed")
        return 0



def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / (
        "Dossier.app" if sys.platform == "darwin" else "Dossier"))
    parser.add_argument("--seconds", type=float, default=5.0,
                        help="how long the window must stay up (default: 5)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dossier-smoke-") as work:
        return Smoke(args.dist.resolve(), Path(work)).run(args.seconds)


if __name__ == "__main__":
    sys.exit(main())

"""``dossier export --zip --encrypt``: every file of the ZIP but its READMEs encrypted with
AES-256, checked with the real 7-Zip, and ``dossier verify`` on it."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.cli.conftest import Dossier, make_vault
from tests.conftest import CORPUS

PASSWORD = "Lac gris; \"ombre\" 7'"  # spaces, quotes and a semicolon on purpose
READMES = {"README-FR.txt", "README-EN.txt"}

pytestmark = pytest.mark.skipif(shutil.which("7z") is None, reason="7-Zip (7z) is needed")


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Dossier, Path, dict]:
    """A police bundle (report, letter, originals) sealed with the password from the
    environment, as a script would write it."""
    root = tmp_path_factory.mktemp("sealed")
    (root / "tmp").mkdir()
    dossier = Dossier(make_vault(root / "case.dossier"), root / "tmp")
    done = dossier("import", CORPUS / "screenshots", CORPUS / "email", "--case", "Ombre")
    assert done.code == 0, done.err
    bundle = root / "Dossier-police.zip"
    done = dossier("export", "--out", bundle, "--zip", "--encrypt", "--recipient", "police",
                   "--json", env={"DOSSIER_EXPORT_PASSWORD": PASSWORD}, timeout=300)
    assert done.code == 0, done.err
    assert PASSWORD not in done.out + done.err
    return dossier, bundle, json.loads(done.out)


def seven_zip(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """7z with stdin closed, so a missing password fails instead of waiting for one."""
    return subprocess.run(["7z", *map(str, args)], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, check=False, timeout=120)


def entries(bundle: Path) -> dict[str, dict[str, str]]:
    """What ``7z l -slt`` says of each file in the ZIP, by path."""
    listing = seven_zip("l", "-slt", bundle)
    assert listing.returncode == 0, listing.stdout
    found: dict[str, dict[str, str]] = {}
    for block in listing.stdout.split("\n\n"):
        fields = dict(line.split(" = ", 1) for line in block.splitlines() if " = " in line)
        if "Path" in fields and "Encrypted" in fields:
            found[fields["Path"]] = fields
    return found


def test_7z_lists_every_file_but_the_readmes_as_aes_256(
        sealed: tuple[Dossier, Path, dict]) -> None:
    _, bundle, result = sealed
    assert result["encrypted"] is True
    listed = entries(bundle)
    assert {"Rapport.pdf", "Lettre-au-procureur.docx", "SHA256SUMS", "manifest.json",
            "manifest.csv", "custody.json", "verify.py"} <= set(listed)
    originals = [name for name in listed if name.startswith("originals/")]
    assert len(originals) >= 3
    for name, fields in listed.items():
        if name in READMES:
            assert fields["Encrypted"] == "-", name
            assert not fields["Method"].startswith("AES"), name
        else:
            assert fields["Encrypted"] == "+", name
            assert fields["Method"].startswith("AES-256"), (name, fields["Method"])
    assert set(listed) >= READMES


def test_7z_opens_it_with_the_password_only(sealed: tuple[Dossier, Path, dict],
                                            tmp_path: Path) -> None:
    _, bundle, _ = sealed
    assert seven_zip("t", f"-p{PASSWORD}", bundle).returncode == 0
    wrong = seven_zip("t", "-pnot the password", bundle)
    assert wrong.returncode != 0
    assert "Wrong password" in wrong.stdout + wrong.stderr
    assert seven_zip("t", bundle).returncode != 0  # no password: stdin is closed
    # Without the password, only the READMEs come out.
    seven_zip("x", "-pnot the password", f"-o{tmp_path / 'no'}", bundle)
    readable = {p.name for p in (tmp_path / "no").rglob("*") if p.is_file() and p.stat().st_size}
    assert readable == READMES


def test_the_hashes_are_those_of_the_extracted_files(sealed: tuple[Dossier, Path, dict],
                                                     tmp_path: Path) -> None:
    _, bundle, result = sealed
    out = tmp_path / "out"
    assert seven_zip("x", f"-p{PASSWORD}", f"-o{out}", bundle).returncode == 0
    sums = (out / "SHA256SUMS").read_bytes()
    assert hashlib.sha256(sums).hexdigest() == result["fingerprint"]
    for line in sums.decode().splitlines():
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest, name
    manifest = json.loads((out / "manifest.json").read_text())
    exhibits = [exhibit for exhibit in manifest["exhibits"] if exhibit["file"]]
    assert len(exhibits) >= 3
    for exhibit in exhibits:
        data = (out / exhibit["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == exhibit["sha256"], exhibit["file"]
    # The extracted folder checks out with the verify.py it carries.
    checked = subprocess.run(["python3", "-I", "-S", "verify.py", "--fingerprint",
                              result["fingerprint"]], cwd=out, capture_output=True,
                             text=True, check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_readmes_say_how_to_open_it(sealed: tuple[Dossier, Path, dict]) -> None:
    _, bundle, _ = sealed
    with zipfile.ZipFile(bundle) as archive:  # the READMEs open without the password
        french, english = (" ".join(archive.read(name).decode("utf-8-sig").split())
                           for name in ("README-FR.txt", "README-EN.txt"))
    assert "CE DOSSIER EST CHIFFRÉ" in french
    for words in ("7-Zip ▸ Extraire ici", "Keka", "7z x"):
        assert words in french
    assert "un autre moyen que ce dossier" in french
    assert "seuls leurs noms restent lisibles" in french
    assert "right-click the ZIP ▸ 7-Zip ▸ Extract Here" in english
    assert "another way than this bundle" in english
    assert PASSWORD not in french + english


def test_verify_asks_for_the_password_or_says_what_to_do(
        sealed: tuple[Dossier, Path, dict]) -> None:
    dossier, bundle, result = sealed
    checked = dossier("verify", bundle, "--fingerprint", result["fingerprint"],
                      env={"DOSSIER_EXPORT_PASSWORD": PASSWORD})
    assert checked.code == 0, checked.out + checked.err
    assert "OK:" in checked.out
    wrong = dossier("verify", bundle, env={"DOSSIER_EXPORT_PASSWORD": "nope"})
    assert wrong.code == 2
    assert "password does not open SHA256SUMS" in wrong.err
    unasked = dossier("verify", bundle)  # no variable, no terminal to ask in
    assert unasked.code == 2
    assert "DOSSIER_EXPORT_PASSWORD" in unasked.err
    assert "Traceback" not in wrong.err + unasked.err
    # The standalone checker, without Dossier, says to extract it first.
    verify_py = Path(__file__).parents[2] / "app" / "export" / "verify.py"
    alone = subprocess.run(["python3", "-I", "-S", str(verify_py), str(bundle)],
                           capture_output=True, text=True, check=False)
    assert alone.returncode == 2
    assert "Extract it with 7-Zip" in alone.stderr


def test_a_changed_file_inside_is_named(sealed: tuple[Dossier, Path, dict],
                                        tmp_path: Path) -> None:
    """Someone with the password rebuilds the ZIP with one original changed."""
    dossier, bundle, _ = sealed
    out = tmp_path / "out"
    assert seven_zip("x", f"-p{PASSWORD}", f"-o{out}", bundle).returncode == 0
    victim = min((out / "originals").iterdir())
    victim.write_bytes(victim.read_bytes() + b"!")
    rebuilt = tmp_path / "rebuilt.zip"
    made = seven_zip("a", "-tzip", "-mem=AES256", f"-p{PASSWORD}", rebuilt, f"{out}/*")
    assert made.returncode == 0, made.stdout
    checked = dossier("verify", rebuilt, env={"DOSSIER_EXPORT_PASSWORD": PASSWORD})
    assert checked.code == 1
    assert f"CHANGED / MODIFIÉ: originals/{victim.name}" in checked.out


def test_encrypt_without_zip_is_refused(sealed: tuple[Dossier, Path, dict],
                                        tmp_path: Path) -> None:
    dossier, _, _ = sealed
    done = dossier("export", "--out", tmp_path / "folder", "--encrypt",
                   env={"DOSSIER_EXPORT_PASSWORD": PASSWORD})
    assert done.code == 2
    assert "--encrypt needs --zip" in done.err
    assert not (tmp_path / "folder").exists()
    accented = dossier("export", "--out", tmp_path / "b.zip", "--zip", "--encrypt",
                       env={"DOSSIER_EXPORT_PASSWORD": "Lac gelé"})
    assert accented.code == 1  # 7-Zip itself would refuse to make such a ZIP
    assert "letters without accents" in accented.err
    asked = dossier("export", "--out", tmp_path / "b.zip", "--zip", "--encrypt")
    assert asked.code == 2  # no variable and no terminal: nothing written
    assert "DOSSIER_EXPORT_PASSWORD" in asked.err
    assert not (tmp_path / "b.zip").exists()

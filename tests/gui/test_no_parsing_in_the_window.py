"""Issue #12: the window's process never parses evidence. Every item of a case (the corpus,
a 300-byte PDF whose page tree contains itself, a large progressive JPEG) is shown in the
real window, with Qt's decoders watched: none is ever given an item's bytes, and Qt's PDF
engine is never even loaded. What the person sees for the hostile ones is checked too."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from app.case import cases, evidence
from app.importing.pipeline import Importer
from app.vault.keys import KdfSettings
from app.vault.vault import Vault
from tests.conftest import CORPUS, ROOT

PASSPHRASE = "loutre violette sous l'escalier"


def self_containing_pdf() -> bytes:
    """A PDF of a few hundred bytes whose page tree lists itself as its own page."""
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[2 0 R]/Count 1>>"]
    out, offsets = io.BytesIO(b"%PDF-1.4\n"), []
    out.seek(0, 2)
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj%s endobj\n" % (number, body))
    start = out.tell()
    out.write(b"xref\n0 3\n0000000000 65535 f \n")
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer<</Size 3/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % start)
    return out.getvalue()


def progressive_jpeg() -> bytes:
    """A large progressive JPEG of noise: many scans over every pixel to decode."""
    noise = Image.frombytes("RGB", (2400, 2400), os.urandom(2400 * 2400 * 3))
    out = io.BytesIO()
    noise.save(out, "JPEG", progressive=True, quality=95)
    return out.getvalue()


def test_the_window_never_parses_evidence(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile"
    hostile.mkdir()
    (hostile / "page_tree_loop.pdf").write_bytes(self_containing_pdf())
    (hostile / "progressive.jpg").write_bytes(progressive_jpeg())
    vault = tmp_path / "vault.dossier"
    with Vault.create(vault, PASSPHRASE, kdf=KdfSettings(10, 8)) as opened:
        with opened.transaction() as db:
            case = cases.create(db, "Plainte Ombre")
        list(Importer(opened, case.id).run([CORPUS, hostile]))
        with opened.transaction() as db:
            items = evidence.list_items(db, case.id)
            # A small picture that Pillow itself wrote (the generated samples are) comes
            # back byte for byte as its own thumbnail: the window decoding that thumbnail
            # decodes what the reader child wrote, whatever its hash happens to be.
            thumbnails = {hashlib.sha256(data).hexdigest() for item in items
                          if (data := evidence.thumbnail(db, item.id)) is not None}
    digests = {item.sha256 for item in items} - thumbnails
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    done = subprocess.run([sys.executable, str(ROOT / "tests/gui/story_never_parses.py"),
                           str(vault), PASSPHRASE], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    story = json.loads(done.stdout.strip().splitlines()[-1])
    assert story["qtpdf"] == []
    assert [call for call in story["calls"] if call[1] in digests] == []
    assert any(call[0] == "QImage.fromData" for call in story["calls"])  # the watch works
    seen = story["seen"]
    assert len(seen) >= 12  # every picture and PDF of the corpus, and the hostile ones
    assert seen["photo_parking.jpg"] == "shown"
    assert seen["progressive.jpg"] == "shown"
    assert "locked with a password" in seen["protected_password_1234.pdf"]
    assert seen["page_tree_loop.pdf"].startswith(("Dossier does not open this document",
                                                   "Dossier cannot show this document"))

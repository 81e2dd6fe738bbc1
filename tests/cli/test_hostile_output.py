"""What the terminal receives from hostile evidence (issue 12): names, subjects and bodies
with terminal escapes, newlines and U+202E, and a name that is not UTF-8.

Real ``dossier`` processes; the hostile folder is built here. Output is read as bytes, so
invalid UTF-8 fails the test instead of being replaced on the way.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

from tests.cli.conftest import Dossier

ESCAPES = ("\x1b]0;pwned\x07", "\x1b[2J")
# In the e-mail the title sequence ends with ESC \ (its other terminator): a BEL in the
# first 64 KiB makes the sniffer take the file for binary, and no reader would see it.
MAIL_TITLE = "\x1b]0;pwned\x1b\\"
NAME = f"facture{ESCAPES[0]}{ESCAPES[1]}\nstored: 99 forged line \u202egpj.exe"


def hostile_folder(root: Path) -> Path:
    folder = root / "dropped"
    folder.mkdir()
    (folder / NAME).write_text("menaces")
    with open(os.fsencode(folder) + b"/capture \xe9cran.txt", "wb") as file:
        file.write(b"non UTF-8 name")
    message = EmailMessage()
    message["From"] = "ombre@example.net"
    message["Subject"] = f"objet {MAIL_TITLE} {ESCAPES[1]}"
    message["Date"] = "Tue, 03 Nov 2026 22:41:00 +0100"
    message.set_content(f"ligne 1\n{ESCAPES[1]}ligne 2\n")
    message.add_attachment(b"\x00\x01binary", maintype="application",
                           subtype="octet-stream", filename=f"pi\u00e8ce{ESCAPES[1]}.bin")
    (folder / "mail.eml").write_bytes(message.as_bytes())
    return folder


def raw(dossier: Dossier, *args: str | Path) -> tuple[int, bytes, bytes]:
    done = subprocess.run([sys.executable, "-m", "app", *map(str, args)], check=False,
                          capture_output=True, env=dossier.env, timeout=120,
                          stdin=subprocess.DEVNULL)
    return done.returncode, done.stdout, done.stderr


def assert_no_controls(out: bytes) -> None:
    text = out.decode("utf-8")  # strict: the output is valid UTF-8
    assert "\x1b" not in text
    assert "\x07" not in text
    assert "\u202e" not in text


def test_import_list_and_show_print_no_terminal_escapes(dossier: Dossier, tmp_path) -> None:
    folder = hostile_folder(tmp_path)

    code, out, err = raw(dossier, "import", folder)
    assert code == 0, err
    assert_no_controls(out + err)
    # One line per item: the newline in the name forged no line of its own.
    assert len(out.splitlines()) == 4  # three files and the e-mail's attachment
    assert b"stored: 99 forged line" not in b"\n".join(
        line for line in out.splitlines() if line.startswith(b"stored: 99"))
    assert b"\\x1b]0;pwned\\x07" in out
    assert "capture \ufffdcran.txt".encode() in out

    code, out, err = raw(dossier, "list")
    assert code == 0, err
    assert_no_controls(out + err)
    assert len(out.splitlines()) == 4

    for item_id in range(1, 5):
        code, out, err = raw(dossier, "show", str(item_id))
        assert code == 0, err
        assert_no_controls(out + err)
    mail = [raw(dossier, "show", str(n))[1] for n in range(1, 5)]
    body = next(out for out in mail if b"ligne 1" in out)
    assert b"ligne 1\n\\x1b[2Jligne 2" in body  # the body keeps its lines, escapes the rest


def test_json_lines_stay_valid_utf8_with_hostile_names(dossier: Dossier, tmp_path) -> None:
    folder = hostile_folder(tmp_path)

    for command in (("import", "--json", folder), ("list", "--json"), ("show", "--json", "1")):
        code, out, err = raw(dossier, *command)
        assert code == 0, err
        lines = [json.loads(line) for line in out.decode("utf-8").splitlines()]
        assert lines
    names = [line["original_name"] for line in
             map(json.loads, raw(dossier, "list", "--json")[1].decode().splitlines())]
    assert "capture \ufffdcran.txt" in names
    assert NAME in names  # JSON carries the name exactly, escaped the JSON way

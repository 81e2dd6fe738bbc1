"""Passphrase change benchmark: an 800 MB vault, against one scrypt alone, in the same run.

Run from the project folder (a script; pytest does not collect it):

    .venv/bin/python tests/bench/bench_passwd.py           # exit 0 if the target is met
    .venv/bin/python tests/bench/bench_passwd.py --mb 200  # a smaller vault

The vault is filled with random originals of 8 MiB (random, so nothing compresses or
dedups), with the default KDF. Then, each in a fresh child process as ``dossier passwd``
would run, after ``sync``: one scrypt of the default cost alone; the unlock (one scrypt);
``change_passphrase`` (one scrypt and the keyring's rename); and, once, a full re-encryption
under a new master key (``renew_master_key``), for comparison. Target (issue 16): the change
takes under 1 s plus one scrypt, whatever the vault's size.

The scratch folder is removed at the end, Ctrl+C included. Exit codes: 0 target met,
1 missed, 130 stopped.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.vault import originals
from app.vault.vault import Vault

OLD, NEW = "ancienne phrase de passe du banc", "nouvelle phrase de passe du banc"
CHUNK = 8 << 20

CHILD = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from app.vault import keys
from app.vault.vault import Vault

path, what, old, new = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
if what == "scrypt":
    start = time.perf_counter()
    keys.derive(old, keys.Salt.new())
    print(json.dumps({{"scrypt": time.perf_counter() - start}}))
    sys.exit(0)
start = time.perf_counter()
vault = Vault.unlock(path, old)
unlocked = time.perf_counter()
if what == "renew":
    vault.renew_master_key()
vault.change_passphrase(new)
changed = time.perf_counter()
vault.close()
print(json.dumps({{"unlock": unlocked - start, "change": changed - unlocked}}))
"""


def _fill(path: Path, megabytes: int) -> None:
    with Vault.create(path, OLD) as vault:
        for _ in range(max(1, megabytes * 10**6 // CHUNK)):
            with vault.transaction() as db:
                originals.store(db, io.BytesIO(os.urandom(CHUNK)))


def _child(path: Path, what: str, old: str = OLD, new: str = NEW) -> dict[str, float]:
    subprocess.run(["sync"], check=False)
    done = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT)), str(path),
                           what, old, new], check=True, capture_output=True, text=True)
    return dict(json.loads(done.stdout))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=int, default=800, help="vault size in MB (default 800)")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="dossier-bench-passwd-"))
    try:
        path = scratch / "vault.dossier"
        start = time.perf_counter()
        _fill(path, args.mb)
        print(f"vault: {path.stat().st_size / 1e6:.0f} MB, filled in "
              f"{time.perf_counter() - start:.1f} s")
        scrypt = _child(path, "scrypt")["scrypt"]
        change = _child(path, "passwd")
        renew = _child(path, "renew", old=NEW, new=OLD)
        print(f"one scrypt alone:                      {scrypt:.3f} s")
        print(f"unlock (one scrypt):                   {change['unlock']:.3f} s")
        print(f"passphrase change (rewrap):            {change['change']:.3f} s")
        print(f"new master key + change (re-encrypt):  {renew['change']:.3f} s")
        return 0 if change["change"] < 1.0 + scrypt else 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)

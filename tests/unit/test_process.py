"""The process protects its memory: no core dumps, owner-only files."""

from __future__ import annotations

import subprocess
import sys


def test_harden_turns_off_core_dumps_and_dumping_and_sets_owner_only_files() -> None:
    script = (
        "import os, resource, stat, tempfile\n"
        "from app.common import process\n"
        "process.harden()\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
        "import ctypes; libc = ctypes.CDLL(None); print(libc.prctl(3, 0, 0, 0, 0))\n"
        "path = os.path.join(tempfile.mkdtemp(), 'f'); open(path, 'w').close()\n"
        "print(oct(stat.S_IMODE(os.stat(path).st_mode)))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    limit, dumpable, mode = done.stdout.split("\n")[:3]
    assert limit == "(0, 0)"
    assert dumpable == "0"  # PR_GET_DUMPABLE
    assert mode == "0o600"

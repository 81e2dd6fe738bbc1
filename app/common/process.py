"""What the Dossier process does to itself at start, before any evidence is touched.

Evidence and the vault key live in this process's memory while the vault is open. A core
dump would copy that memory to a file outside the vault, so dumps are switched off; every
file Dossier creates is readable by its owner only.
"""

from __future__ import annotations

import ctypes
import os
import sys

_PR_SET_DUMPABLE = 4  # <linux/prctl.h>


def harden() -> None:
    """Owner-only files, no core dumps, and (on Linux) no dumping or tracing by others."""
    os.umask(0o077)
    try:
        import resource  # not on Windows, which writes no core files

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        _not_dumpable()


def _not_dumpable() -> None:
    # Also stops other processes of the same user from attaching a debugger to read memory.
    try:
        # The process's own symbols, libc's among them: ctypes.util.find_library would run
        # `ldconfig -p` in a child process on every start, and the window is wanted at once.
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
    except (OSError, AttributeError):
        pass

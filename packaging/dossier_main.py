"""The frozen app's entry point: what PyInstaller runs as ``dossier``.

The readers' sandbox (``app/importing/sandbox.py``) starts its child with multiprocessing's "spawn",
which in a frozen app re-runs this very binary with ``--multiprocessing-fork``:
``freeze_support`` must see that first and turn the process into the child, before any
argument parsing or Qt.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from ui.entry import main

    sys.exit(main())

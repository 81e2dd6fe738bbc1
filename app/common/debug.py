"""Traces a maintainer can use that carry no evidence: where an internal error happened.

Off unless asked for (``DOSSIER_DEBUG=1`` or ``dossier --debug``). A trace names, for
each frame, the file, the line and the function, and for each error its class only. It
never prints local variables, argument values, source lines or an exception's message:
those may hold a passphrase or the name of a file the person is keeping secret.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import TextIO

ENVIRONMENT_VARIABLE = "DOSSIER_DEBUG"

# Frames in Dossier's own code are named from the project folder, the rest from their
# installed package: a full path would print the person's user name for nothing.
_ROOT = Path(__file__).resolve().parents[2]
_PACKAGES = ("site-packages", "dist-packages", "lib")

_CAUSED = "The error above directly caused the next one:"
_DURING = "While handling the error above, another happened:"

_switched_on = False


def switch_on() -> None:
    """Debug mode for the rest of this run (the ``--debug`` flag)."""
    global _switched_on  # one switch per process, set once at start
    _switched_on = True


def enabled() -> bool:
    """Whether traces are wanted: ``--debug`` was given or ``DOSSIER_DEBUG`` is set (not 0)."""
    return _switched_on or os.environ.get(ENVIRONMENT_VARIABLE, "") not in ("", "0")


def frames(error: BaseException) -> list[str]:
    """The trace of ``error`` and of the errors that led to it, oldest first: one line per
    frame (``file:line in function``) and one per error naming its class."""
    lines: list[str] = []
    for link, cause in _chain(error):
        if link:
            lines.append(link)
        lines.append("Traceback (most recent call last), frames only:")
        lines.extend(_frame_lines(cause.__traceback__))
        lines.append(type(cause).__qualname__)
    return lines


def report(error: BaseException, stream: TextIO | None = None) -> None:
    """Print the frames of ``error`` to stderr when debug mode is on; otherwise nothing."""
    if enabled():
        print("\n".join(frames(error)), file=stream or sys.stderr)


def _chain(error: BaseException) -> list[tuple[str, BaseException]]:
    """``error`` and the errors before it, oldest first, each with the sentence Python
    puts between it and the one before; a cycle stops the walk."""
    found: list[tuple[str, BaseException]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if current.__cause__ is not None:
            found.append((_CAUSED, current))
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            found.append((_DURING, current))
            current = current.__context__
        else:
            found.append(("", current))
            current = None
    found.reverse()
    return found


def _frame_lines(trace: TracebackType | None) -> list[str]:
    # Read from the code objects only: traceback.extract_tb would also read source lines.
    lines = []
    while trace is not None:
        code = trace.tb_frame.f_code
        lines.append(f"  {_short(code.co_filename)}:{trace.tb_lineno} in {code.co_name}")
        trace = trace.tb_next
    return lines


def _short(filename: str) -> str:
    path = Path(filename)
    if path.is_relative_to(_ROOT):
        return path.relative_to(_ROOT).as_posix()
    for folder in _PACKAGES:
        if folder in path.parts:
            parts = path.parts
            return Path(*parts[len(parts) - parts[::-1].index(folder):]).as_posix()
    return path.name

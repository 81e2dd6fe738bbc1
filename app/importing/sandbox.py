"""Readers run in a child process, so that a hostile file cannot take Dossier down.

A reader parses files a harasser may have crafted, with Pillow, pypdf, the e-mail and XML
parsers. Each reader bounds its own work (``app/importing/formats``), but a bug in a C decoder can
still crash, hang or eat all memory. So every reading happens in one long-lived child: a
fresh interpreter ("spawn", not fork) that never holds the vault, its key or the
passphrase. The child has a memory cap (RLIMIT_AS on Linux and macOS), no core dumps, and
each file a wall-clock time limit; Windows has no RLIMIT, the time limit and the crash
isolation still apply.

The parent stores and hashes the original before the child reads it. When the child
crashes, runs out of time or of memory, the file is still kept, flagged unreadable with
the reason under ``<kind>.error``, and the next file gets a fresh child.

This contains faults, it is not a wall against code execution: the child runs as the same
user. Its answer is still unpickled with an allowlist, so a subverted child cannot make the
parent run code through pickle.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import logging
import multiprocessing
import os
import pickle
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.importing.formats.base import UNREADABLE, Extraction
from app.importing.formats.location import LocationFree
from app.importing.formats.render import Preview
from app.importing.formats.sniff import Format
from app.importing.formats.transcript import Transcript
from app.importing.sandbox_child import DONE, FAILED, IDLE, OUT_OF_MEMORY, READY, Request, serve

MIB = 1 << 20
# The child's address space (virtual memory, which is what RLIMIT_AS counts). The
# interpreter with Pillow and pypdf maps about 200 MiB. The largest readings measured: a
# 100,000-message SMS backup of 35 MiB, 850 MiB (its messages and their pickled copy); a
# 64 MiB WhatsApp export, 660 MiB; a 40 MP RGBA photo, 440 MiB; a 46 MiB e-mail, 270 MiB.
# 1 GiB would leave a phone's SMS backup little room (longer texts need more); 1.5 GiB
# leaves room and still stops a decompression bomb before it pushes a 4 GB laptop to swap.
MEMORY_LIMIT = 1536 * MIB
# Seconds per file: above the PDF reader's own 30 s text budget, so that budget ends a slow
# PDF with partial text first. Larger files get more: the slowest reader per byte (SMS,
# 35 MiB in 23-32 s here, 0.9 s per MiB on a busy machine) with room for a slower laptop,
# up to the most any reader reads (an SMS backup, 256 MiB: at most seven minutes lost on a
# file that hangs its reader).
TIME_LIMIT = 45.0
SECONDS_PER_MIB = 1.5
READ_AT_MOST = 256 * MIB
START_SECONDS = 60.0  # a fresh interpreter importing Pillow and pypdf, on a busy laptop
IDLE_SECONDS = 60.0  # an idle child leaves, and the evidence left in its memory with it
MAX_REPLY = 1024 * MIB
READER = "app.importing.formats:read"
SURVEYOR = "app.importing.formats:survey"  # a platform export's list of conversations
# Previews for the window (issue #12): one page or picture, drawn in a child of its own so
# that a slow drawing never queues an import. A page that takes PDFium longer than this
# is not worth the wait; the window says it could not be shown safely.
RENDERER = "app.importing.formats.render:render"
RENDER_LIMITS_SECONDS, RENDER_MEMORY = 10.0, 1024 * MIB
# Pictures copied without their location, for an export (issue #14).
LOCATION_STRIPPER = "app.importing.formats.location:strip"
# Text in pictures (OCR, issue #15), in a child of its own so that a queue of screenshots
# never holds up an import or a preview. ONNX Runtime maps much more address space than it
# touches: reading a 1080×2340 screenshot peaks at 1.5 GiB of address space for 0.75 GiB
# resident, so its cap is on address space with room for a 12 MP photo. A screenshot takes
# 1 to 3 s on two busy cores; a minute means the engine is stuck.
TEXT_READER = "app.importing.formats.ocr:read_text"
TEXT_SECONDS, TEXT_MEMORY = 60.0, 3072 * MIB
TEXT_SECONDS_PER_MIB = 4.0  # a scanned PDF: about a page per MiB, a few seconds a page

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Limits:
    """What one child may use: seconds per file (more for larger files) and memory."""

    seconds: float = TIME_LIMIT
    seconds_per_mib: float = SECONDS_PER_MIB
    memory: int | None = MEMORY_LIMIT

    def seconds_for(self, size: int) -> float:
        return self.seconds + min(size, READ_AT_MOST) / MIB * self.seconds_per_mib


class Sandbox:
    """Reads files in a child process that is reused across files and restarted after a
    failure. ``reader`` names the function the child runs, ``"module:function"`` taking
    ``(Format, Source)``; tests name hostile ones. Safe to share between threads."""

    def __init__(self, reader: str = READER, limits: Limits = Limits()) -> None:
        self.reader, self.limits = reader, limits
        self._lock = threading.Lock()
        self._child: _Child | None = None

    def read(self, found: Format, name: str, origin: Path | bytes, size: int,
             threads: tuple[str, ...] | None = None) -> Extraction:
        """What the reader learns from the file at ``origin`` (or these bytes); never raises
        for what the file does: a stopped reader gives a flagged, explained Extraction.
        ``threads`` limits a platform export to the conversations it names."""
        request = Request(found, name, origin if isinstance(origin, bytes)
                          else os.path.abspath(origin), size, threads=threads)
        with self._lock:
            status, payload = self._exchange(request, self.limits.seconds_for(size))
        if status == DONE and isinstance(payload, Extraction):
            return payload
        _log.warning("the %s reader stopped: %s", found.name, status)
        return stopped(found.kind, payload if status != DONE else "its answer was not a reading")

    def render(self, found: Format, data: bytes, page: int, longest: int) -> Preview | str:
        """Page ``page`` (or the picture) drawn by the child, or why it could not be."""
        request = Request(found, "preview", data, len(data), (page, longest))
        with self._lock:
            status, payload = self._exchange(request, self.limits.seconds_for(len(data)))
        if status == DONE and isinstance(payload, Preview) and (
                payload.problem or payload.is_sound()):
            return payload
        _log.warning("the %s renderer stopped: %s", found.name, status)
        return str(payload) if status != DONE else "its answer was not a picture"

    def strip_location(self, found: Format, data: bytes) -> LocationFree | str:
        """The picture without its location, made by the child, or why it could not be."""
        answer = self._ask_about(found, "copy", data, "location stripper")
        return answer if isinstance(answer, LocationFree | str) else "its answer was not a picture"

    def transcribe(self, found: Format, data: bytes) -> Transcript | str:
        """The text the child reads in the picture, or why it could not be read."""
        answer = self._ask_about(found, "text", data, "text reader")
        return answer if isinstance(answer, Transcript | str) else "its answer was not a reading"

    def _ask_about(self, found: Format, job: str, data: bytes, who: str) -> object:
        """The child's answer about ``data`` when it finished, else why it stopped (str)."""
        with self._lock:
            status, payload = self._exchange(Request(found, job, data, len(data)),
                                             self.limits.seconds_for(len(data)))
        if status == DONE:
            return payload
        _log.warning("the %s %s stopped: %s", found.name, who, status)
        return str(payload)

    def warm(self) -> None:
        """Start the child now, so that its start overlaps other work."""
        with self._lock:
            self._running()

    def close(self) -> None:
        """Stop the child at once, even one stuck on a file while another thread waits
        for it (that thread then hears that its child crashed); never waits for that
        thread, for the window locks with this."""
        if self._lock.acquire(blocking=False):
            try:
                self._stop()
            finally:
                self._lock.release()
        elif (child := self._child) is not None:
            child.process.kill()

    def _exchange(self, request: Request, seconds: float) -> tuple[str, Any]:
        # A child that left while idle, or died between two files, is replaced and asked
        # again; one that stops while reading this file stops because of this file.
        for _attempt in range(2):
            try:
                status, payload = self._ask(request, seconds)
            except BaseException:
                self._stop()  # e.g. Ctrl+C: its late answer must never be taken for the next
                raise
            if status == DONE:
                return status, payload
            self._stop()
            if status not in (IDLE, _UNSENT):
                return status, _reason(status, payload, seconds, self.limits.memory)
        return FAILED, "its process could not be reached"

    def _ask(self, request: Request, seconds: float) -> tuple[str, Any]:
        try:
            child = self._running()
        except OSError:  # no process to be had (too many open files, no memory...)
            return FAILED, "its process could not be started"
        if not child.wait_ready(START_SECONDS):
            return FAILED, "its process could not be started"
        return child.ask(request, seconds)

    def _running(self) -> _Child:
        if self._child is None or not self._child.alive():
            self._stop()
            self._child = _Child(self.reader, self.limits.memory)
        return self._child

    def _stop(self) -> None:
        if self._child is not None:
            self._child.stop()
            self._child = None


def stopped(kind: str, reason: str) -> Extraction:
    """An item whose reader did not finish: kept whole, flagged, and the reason said."""
    found = Extraction(flags={UNREADABLE})
    found.add(f"{kind}.error", f"the reader stopped: {reason}")
    return found


def _reason(status: str, payload: Any, seconds: float, memory: int | None) -> Any:
    if status == DONE:
        return payload
    if status == TIMED_OUT:
        return f"it ran past its time limit of {seconds:.3g} s"
    if status == OUT_OF_MEMORY:
        return f"it needed more than its memory limit of {(memory or 0) // MIB} MiB"
    return payload


_shared: Sandbox | None = None
_shared_lock = threading.Lock()


def shared() -> Sandbox:
    """The process's one sandbox, so its child stays warm across imports; closed at exit."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Sandbox()
            atexit.register(_shared.close)
        return _shared


_renderer: Sandbox | None = None


def shared_renderer() -> Sandbox:
    """The process's one preview child, apart from the readers'; closed at exit."""
    global _renderer
    with _shared_lock:
        if _renderer is None:
            _renderer = Sandbox(RENDERER, Limits(RENDER_LIMITS_SECONDS, 0.5, RENDER_MEMORY))
            atexit.register(_renderer.close)
        return _renderer


_text_reader: Sandbox | None = None


def shared_text_reader() -> Sandbox:
    """The process's one OCR child, apart from the readers' and the previews'; closed at
    exit."""
    global _text_reader
    with _shared_lock:
        if _text_reader is None:
            _text_reader = Sandbox(TEXT_READER,
                                   Limits(TEXT_SECONDS, TEXT_SECONDS_PER_MIB, TEXT_MEMORY))
            atexit.register(_text_reader.close)
        return _text_reader


# -- the parent's end of one child ---------------------------------------------------------

TIMED_OUT, CRASHED, _UNSENT = "time", "crashed", "unsent"


class _Child:
    """One child process and the parent's end of its pipe."""

    def __init__(self, reader: str, memory: int | None) -> None:
        context = multiprocessing.get_context("spawn")
        self.pipe, theirs = context.Pipe()
        self.process = context.Process(
            target=serve, name="dossier-reader", daemon=True,
            args=(theirs, reader, memory, logging.getLogger().getEffectiveLevel(), IDLE_SECONDS))
        with _without_secrets():
            self.process.start()
        theirs.close()
        self.ready = False

    def alive(self) -> bool:
        return self.process.is_alive()

    def wait_ready(self, seconds: float) -> bool:
        if not self.ready:
            self.ready = self._receive(seconds)[0] == READY
        return self.ready

    def ask(self, request: Request, seconds: float) -> tuple[str, Any]:
        try:
            self.pipe.send(request)
        except OSError:  # it left between two files
            return _UNSENT, None
        return self._receive(seconds)

    def _receive(self, seconds: float) -> tuple[str, Any]:
        try:
            if not self.pipe.poll(seconds):
                return TIMED_OUT, None
            answer = self.pipe.recv_bytes(MAX_REPLY)
        except (EOFError, OSError):
            self.process.join(5)  # it is gone or going: its exit status says how
            return CRASHED, f"its process crashed ({_exit_description(self.process.exitcode)})"
        try:
            status, payload = _AnswerUnpickler(io.BytesIO(answer)).load()
        except (pickle.UnpicklingError, EOFError, TypeError, ValueError, AttributeError):
            return FAILED, "its answer was not a reading"
        if _SHAPES.get(status) is None or not isinstance(payload, _SHAPES[status]):
            return FAILED, "its answer was not a reading"
        return status, payload

    def stop(self) -> None:
        """End the child at once: it is idle, finished, or stuck on a hostile file."""
        self.pipe.close()
        self.process.kill()
        self.process.join(5)
        with contextlib.suppress(ValueError):  # reaped by another waitpid: nothing to free
            self.process.close()


# Secrets the command line takes from the environment. "spawn" starts the child with this
# process's environment, readable in /proc/<child>/environ for as long as it lives, and the
# child reads hostile files: none of them may be there.
SECRETS = ("DOSSIER_PASSPHRASE", "DOSSIER_NEW_PASSPHRASE", "DOSSIER_BACKUP_PASSPHRASE",
           "DOSSIER_PDF_PASSWORD", "DOSSIER_EXPORT_PASSWORD", "DOSSIER_RECOVERY_KEY")
_SECRET_WORDS = ("PASS", "KEY", "SECRET", "TOKEN")
_environ_lock = threading.Lock()


def _is_secret(name: str) -> bool:
    upper = name.upper()
    return upper in SECRETS or (upper.startswith("DOSSIER_")
                                and any(word in upper for word in _SECRET_WORDS))


@contextlib.contextmanager
def _without_secrets() -> Iterator[None]:
    """The environment without its secrets while a child starts, then as it was.

    The process's environment is what the child inherits, so the secrets leave it for the
    instant of the start; the command line has read them already."""
    with _environ_lock:
        hidden = {name: os.environ.pop(name) for name in list(os.environ) if _is_secret(name)}
        try:
            yield
        finally:
            os.environ.update(hidden)


def _exit_description(code: int | None) -> str:
    if code is None:
        return "no exit status"
    if code < 0:
        try:
            return f"signal {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"exit code {code}"


# What the payload of each answer the child may give is.
_SHAPES: dict[str, type | tuple[type, ...]] = {
    READY: type(None), DONE: (Extraction, Preview, LocationFree, Transcript),
    OUT_OF_MEMORY: type(None), FAILED: str, IDLE: type(None),
}
# What a reader's answer is made of; builtins (str, bytes, set, list...) need no entry.
_ANSWER_PARTS = frozenset({
    ("app.importing.formats.base", "Extraction"), ("app.importing.formats.base", "Capture"),
    ("app.importing.formats.base", "Child"), ("datetime", "datetime"), ("datetime", "timezone"),
    ("datetime", "timedelta"), ("app.importing.formats.render", "Preview"),
    ("app.importing.formats.location", "LocationFree"),
    ("app.importing.formats.transcript", "Transcript"),
    ("app.importing.formats.transcript", "Line"),
})


class _AnswerUnpickler(pickle.Unpickler):
    """Builds only what a reader's answer is made of, whatever the child sends."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ANSWER_PARTS:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of an answer")
        return super().find_class(module, name)

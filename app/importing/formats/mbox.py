"""A mailbox file (Gmail's Takeout ``.mbox``, a mail client's folder): one e-mail item per
message, each read by the same reader as an ``.eml`` (headers, originating IP,
attachments).

Messages are separated by a ``From <sender> <date>`` line after an empty line. Each message's
bytes are kept as the mbox holds them (a body line starting ``From `` is written
``>From `` there). Gmail's ``X-Gmail-Labels: Sent`` (in French, "Messages envoyés") marks
a message the victim sent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from app.common.roles import RECEIVED, SENT
from app.importing.formats import mail
from app.importing.formats.base import EMPTY, TRUNCATED, Child, Extraction, Source, read_safely
from app.importing.formats.sniff import POSTMARK

# Read of one mailbox: years of mail with attachments run to gigabytes; past this, the
# rest stays inside the mbox's original and the item says so. Each message's bytes, its
# decoded attachments and the answer's pickled copy must fit the reader child's 1.5 GiB.
MAX_BYTES = 128 << 20
MAX_MESSAGES = 10_000
MAX_LINE = 1 << 20  # a line longer than this is read in pieces, which changes nothing here
_SEPARATOR = re.compile(POSTMARK.encode())
_SENT_LABELS = frozenset({"sent", "envoyés", "messages envoyés", "sent mail"})


def read(source: Source) -> Extraction:
    """Describe one mailbox; never raises, a broken one is flagged instead."""
    return read_safely(lambda found: _read_into(found, source), "mbox.error")


def _read_into(found: Extraction, source: Source) -> None:
    count = sent = 0
    with source.open() as stream:
        for number, data in enumerate(_messages(found, stream), 1):
            if number > MAX_MESSAGES:
                _truncated(found, f"only the first {MAX_MESSAGES} messages became items; "
                                  f"the others stay inside the mailbox's original")
                break
            child = _message(number, data)
            sent += child.found is not None and _value(child.found, "message.direction") == SENT
            found.children.append(child)
            count += 1
    found.add("mbox.message_count", count)
    found.add("mbox.sent_count", sent)
    if not count:
        found.flags.add(EMPTY)


def _messages(found: Extraction, stream: BinaryIO) -> Iterator[bytes]:
    """Each message's bytes, the ``From `` line first, within MAX_BYTES in all."""
    current: list[bytes] = []
    left, blank = MAX_BYTES, True
    while line := stream.readline(MAX_LINE):
        left -= len(line)
        if left < 0:
            _truncated(found, f"only the first {MAX_BYTES >> 20} MiB were read; the rest "
                              f"stays inside the mailbox's original")
            current = []  # a message cut short by the limit is not given as whole
            break
        if blank and current and _SEPARATOR.match(line):
            yield b"".join(current)
            current = []
        current.append(line)
        blank = not line.strip()
    if current:
        yield b"".join(current)


def _message(number: int, data: bytes) -> Child:
    found = mail.read(Source.from_bytes(f"message {number}.eml", data))
    labels = {label.strip().casefold() for label in
              _value(found, "email.gmail_labels").split(",")}
    if _value(found, "email.gmail_labels"):
        found.add("message.direction", SENT if labels & _SENT_LABELS else RECEIVED)
    name = (found.title or f"message {number}")[:120]
    return Child(f"{name}.eml", data, "email", found, "eml")


def _truncated(found: Extraction, reason: str) -> None:
    found.flags.add(TRUNCATED)
    found.add("import.truncated", reason)


def _value(found: Extraction, key: str) -> str:
    return next((value for name, value in found.metadata if name == key), "")

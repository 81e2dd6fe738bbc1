"""An abuse report an e-mail provider can process: the Abuse Reporting Format (RFC 5965).

Three parts in a ``multipart/report; report-type=feedback-report``: a few sentences for
the person at the abuse desk, a ``message/feedback-report`` their tools read, and the
original message. The original is copied byte for byte from the vault, never parsed and
written again, so its headers and signatures (DKIM) still check at the provider.
Dossier only writes the file: the person sends it from her own mail program.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import MIMEPart
from email.utils import format_datetime
from pathlib import Path

import sqlcipher3

from app import __version__
from app.case import attribution as tie
from app.case import evidence
from app.common import errors
from app.export import abuse_headers as headers
from app.export import abuse_words
from app.export.abuse_words import WHERE_TO_SEND, WORDS
from app.vault import originals

_POLICY = policy.default.clone(linesep="\r\n")  # mail travels with CRLF line ends
# Headers in 7-bit: an accented subject is encoded (RFC 2047), as every mail program reads.
_HEADERS = _POLICY.clone(cte_type="7bit")
_CRLF = b"\r\n"


@dataclass(frozen=True)
class AbuseReport:
    data: bytes  # the .eml file
    addresses: tuple[str, ...]  # abuse@ guesses, the relay's domain first
    where_to_send: str  # why they are guesses, and that Dossier never sends


@dataclass(frozen=True)
class _Facts:
    """What the mail reader kept of the message, as the report needs it."""

    sender: str  # the From address, lower case, or ""
    mail_from: str  # Return-Path, else the sender
    rcpt_to: str  # the first recipient
    ip: str
    ip_source: str  # "x-originating-ip", "received:N" or ""
    arrival: datetime | None
    message_id: str
    authentication: tuple[str, ...]
    relay_domain: str  # the domain of the server that took the mail from the sender's client
    reference: tuple[str, str]  # ("exhibit", "5") or ("item", "42")


def build(db: sqlcipher3.Connection, item_id: int, language: str) -> AbuseReport:
    """The report for one e-mail of the vault; refuses anything else (UsageError)."""
    found = evidence.details(db, item_id)
    if found is None:
        raise errors.UsageError(f"There is no item {item_id}.")
    if found.item.kind != "email":
        raise errors.UsageError(f"Item {item_id} is not an e-mail ({found.item.kind}): "
                                "an abuse report is made from an e-mail.")
    facts = _facts(db, found)
    original = b"".join(originals.chunks(db, evidence.blob_id(db, item_id) or 0))
    addresses = tuple(dict.fromkeys(
        f"abuse@{domain}" for domain in (facts.relay_domain, headers.domain(facts.sender))
        if domain))
    return AbuseReport(_message(facts, original, language), addresses, WHERE_TO_SEND[language])


def save(report: AbuseReport, path: Path) -> None:
    """The .eml under ``path``, owner-only, all or nothing, never over an existing file:
    written aside, then linked in place, which fails if the name was taken meanwhile."""
    if path.exists():
        raise errors.UsageError(f"{path} already exists; choose another name.")
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    descriptor = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY
                         | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(report.data)
            file.flush()
            os.fsync(file.fileno())
        _put_in_place(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _put_in_place(partial: Path, path: Path) -> None:
    """A hard link never replaces a file; a USB stick in FAT has no links, and there the
    name is checked once more just before the rename."""
    taken = errors.UsageError(f"{path} already exists; choose another name.")
    try:
        os.link(partial, path)
    except FileExistsError:
        raise taken from None
    except OSError:
        if path.exists():
            raise taken from None
        os.rename(partial, path)


def _facts(db: sqlcipher3.Connection, found: evidence.ItemDetails) -> _Facts:
    meta: dict[str, list[str]] = {}
    for key, value in found.metadata:
        meta.setdefault(key, []).append(value)

    def first(key: str) -> str:
        return headers.clean(meta.get(key, [""])[0])

    sender = headers.address(first("email.from"))
    hops = meta.get("email.received", [])  # top-most first, as in the file
    source = first("email.ip_source")
    return _Facts(
        sender=sender, mail_from=headers.address(first("email.return_path")) or sender,
        rcpt_to=headers.recipient(hops) or headers.address(first("email.to")),
        ip=tie.ip(first("email.originating_ip")), ip_source=source,
        arrival=headers.arrival(hops, first("email.date")), message_id=first("email.message_id"),
        authentication=tuple(headers.clean(value)
                             for value in meta.get("email.authentication_results", [])),
        relay_domain=headers.relay_domain(hops, source),
        reference=_reference(db, found.item))


def _reference(db: sqlcipher3.Connection, item: evidence.EvidenceItem) -> tuple[str, str]:
    """The exhibit number the item keeps in every export, else its id in the vault."""
    row = db.execute("SELECT number, sub FROM exhibit_numbers WHERE case_id = ? AND item_id = ?",
                     (item.case_id, item.id)).fetchone()
    if row is None:
        return "item", str(item.id)
    return "exhibit", f"{row[0]}-{row[1]}" if row[1] else str(row[0])


def _message(facts: _Facts, original: bytes, language: str) -> bytes:
    """The whole .eml. Built by hand around the original, since the standard library
    would re-serialise a message/rfc822 part it had parsed."""
    boundary = _boundary(original)
    words = WORDS[language]
    head = [("Subject", words["subject"].format(sender=facts.sender or "?")),
            ("Date", format_datetime(datetime.now(UTC))), ("MIME-Version", "1.0"),
            ("Content-Type", (f'multipart/report; report-type=feedback-report; '
                              f'boundary="{boundary}"'))]
    if facts.rcpt_to:
        head.insert(0, ("From", facts.rcpt_to))  # she sends it herself, from that address
    delimiter = b"--" + boundary.encode("ascii")
    parts = [_human_part(facts, language), _feedback_part(facts),
             b"Content-Type: message/rfc822\r\nContent-Transfer-Encoding: "
             + (b"7bit" if original.isascii() else b"8bit")  # RFC 2046: declared as it is
             + b'\r\nContent-Disposition: attachment; filename="original.eml"\r\n\r\n'
             + original]
    body = b"".join(delimiter + _CRLF + part + _CRLF for part in parts)
    headers = b"".join(_HEADERS.fold_binary(name, value) for name, value in head)
    return (headers + _CRLF + b"This is a multipart message in MIME format." + _CRLF
            + body + delimiter + b"--" + _CRLF)


def _human_part(facts: _Facts, language: str) -> bytes:
    words = WORDS[language]
    lines = [words["intro"], "", words["sender"].format(sender=facts.sender or "?")]
    if facts.ip:
        header = abuse_words.header_name(facts.ip_source, language)
        lines.append(words["ip"].format(ip=facts.ip, header=header))
    else:
        lines.append(words["no_ip"])
    if facts.arrival is not None:
        lines.append(words["when"].format(
            when=facts.arrival.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")))
    if facts.message_id:
        lines.append(words["message_id"].format(message_id=facts.message_id))
    kind, number = facts.reference
    lines += [words[kind].format(number=number), "", words["closing"], ""]
    part = MIMEPart(policy=_POLICY)
    part.set_content("\n".join(lines), charset="utf-8", cte="quoted-printable")
    return part.as_bytes()


def _feedback_part(facts: _Facts) -> bytes:
    """The machine-readable part (RFC 5965, section 3.1): one field a line."""
    fields = [("Feedback-Type", "abuse"), ("User-Agent", f"Dossier/{__version__}"),
              ("Version", "1")]
    fields += [(name, value) for name, value in (
        ("Original-Mail-From", f"<{facts.mail_from}>" if facts.mail_from else ""),
        ("Original-Rcpt-To", f"<{facts.rcpt_to}>" if facts.rcpt_to else ""),
        ("Arrival-Date", format_datetime(facts.arrival) if facts.arrival else ""),
        ("Source-IP", facts.ip), ("Reported-Domain", headers.domain(facts.sender))) if value]
    fields += [("Authentication-Results", value) for value in facts.authentication]
    # Folded as headers are: a long Authentication-Results stays within line limits.
    text = b"".join(_HEADERS.fold_binary(name, value) for name, value in fields)
    return b"Content-Type: message/feedback-report\r\n\r\n" + text


def _boundary(original: bytes) -> str:
    """A boundary that cannot occur in the original, which would cut it short."""
    while True:
        boundary = f"=_dossier_{secrets.token_hex(12)}"
        if boundary.encode("ascii") not in original:
            return boundary

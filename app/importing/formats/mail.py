"""E-mails (.eml, RFC 5322 / MIME): who sent them, through which servers, when, and what.

The reader keeps the decoded headers that matter in a complaint (sender, Received hops, the
client IP of the first hop), the body as text, and each attachment as a child item.
"""

from __future__ import annotations

import codecs
import email
import io
import ipaddress
import mimetypes
import re
from collections.abc import Callable
from datetime import UTC
from email import errors, policy
from email.message import EmailMessage, Message, MIMEPart
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

from app.importing.formats.base import (
    DAMAGED,
    EMAIL_HEADER,
    EMPTY,
    UNREADABLE,
    Capture,
    Child,
    Extraction,
    Source,
    read_safely,
)

MAX_BYTES = 50 * 1024 * 1024
MAX_VALUE = 16 * 1024  # characters kept of one header value
# The header parser's work grows with the square of a value's length on some hostile values
# (a 64 KiB address list takes 2 s, 1 MiB many minutes). So each raw value is cut before it
# is parsed, and past a total per message the values are kept as they are, undecoded.
MAX_RAW_VALUE = 16 * 1024
MAX_PARSED = 256 * 1024
MAX_HEADERS = 1000  # of the headers kept; real messages have a few dozen
MAX_DEPTH = 32  # MIME nesting levels walked for attachments
MAX_ATTACHMENTS = 1000  # each becomes an item; the message keeps them all anyway

_KEYS = {
    "from": "email.from",
    "to": "email.to",
    "cc": "email.cc",
    "subject": "email.subject",
    "date": "email.date",
    "message-id": "email.message_id",
    "return-path": "email.return_path",
    "reply-to": "email.reply_to",
    "received": "email.received",
    "x-originating-ip": "email.x_originating_ip",
    # What the receiving servers concluded about the sender (issue #13): an investigator
    # weighs a forged From by these. DKIM-Signature and ARC-* are kept by _record_auth.
    "authentication-results": "email.authentication_results",
    "received-spf": "email.received_spf",
    # Gmail's labels in a Takeout mbox: "Sent" marks the victim's own messages.
    "x-gmail-labels": "email.gmail_labels",
}
_ARC = ("arc-seal", "arc-message-signature", "arc-authentication-results")
_KEPT = frozenset({*_KEYS, "dkim-signature", *_ARC})  # bounded by MAX_HEADERS all the same
_DKIM_TAG = re.compile(r"(?:^|;)\s*([ds])\s*=\s*([^;\s]+)", re.IGNORECASE)

# Defects after which part of the message's content is missing or misplaced.
_LOSSY = (
    errors.StartBoundaryNotFoundDefect,
    errors.CloseBoundaryNotFoundDefect,
    errors.NoBoundaryInMultipartDefect,
    errors.MultipartInvariantViolationDefect,
    errors.MissingHeaderBodySeparatorDefect,
    errors.FirstHeaderLineIsContinuationDefect,
    errors.MisplacedEnvelopeHeaderDefect,
    errors.InvalidBase64CharactersDefect,
    errors.InvalidBase64PaddingDefect,
    errors.InvalidBase64LengthDefect,
)

# The stdlib header parser has known crashes on hostile input beyond HeaderParseError.
_HEADER_ERRORS = (errors.HeaderParseError, IndexError, ValueError, TypeError, AttributeError)

_ON_DISK = policy.default.clone(linesep="\r\n")  # .eml files use CRLF, as on the wire
_LINE_BREAKS = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+[ \t]*|\t+")


def read(source: Source) -> Extraction:
    """Describe one e-mail; never raises, a broken or hostile message is flagged instead."""
    return read_safely(lambda found: _read_into(found, source), "email.error")


def _read_into(found: Extraction, source: Source) -> None:
    data = _bounded_bytes(source)
    if data is None:
        found.flags.add(UNREADABLE)
        found.add("email.refused", f"larger than {MAX_BYTES // (1024 * 1024)} MB")
        return
    if not data.strip():
        found.flags.add(EMPTY)
        return
    message, whole = _parsed(found, data)
    # Each field is read on its own, so one hostile value spoils only itself.
    _each(found, "headers", lambda: _record_headers(found, _decoded_headers(found, message)))
    if whole:
        _each(found, "body", lambda: _read_parts(found, message))
        _each(found, "defects", lambda: _flag_defects(found, message))


def _parsed(found: Extraction, data: bytes) -> tuple[EmailMessage, bool]:
    """The whole message, or only its headers (and False) when its MIME structure is
    nested deeper than the parser can follow (5,000 levels overflow its recursion)."""
    try:
        return email.message_from_binary_file(io.BytesIO(data), policy=policy.default), True
    except RecursionError as error:
        found.flags.add(UNREADABLE)
        found.add("email.error", type(error).__name__)
        found.add("email.note", "its parts are nested too deeply to be read; its headers "
                                "were read on their own")
        head = BytesHeaderParser(policy=policy.default).parsebytes(_header_block(data))
        return head, False


def _header_block(data: bytes) -> bytes:
    """The bytes before the first empty line: the top-level headers."""
    ends = [at for at in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if at >= 0]
    return data[: min(ends)] if ends else data


def _each(found: Extraction, what: str, step: Callable[[], None]) -> None:
    """Run one step of the reading; a failure is noted and flags the message damaged,
    and the other steps still run."""
    try:
        step()
    except (Exception, RecursionError) as error:  # noqa: BLE001 - hostile input, noted
        found.flags.add(DAMAGED)
        found.add("email.error", f"{what}: {type(error).__name__}")


def _read_parts(found: Extraction, message: EmailMessage) -> None:
    body = _body_part(message)
    found.text = _body_text(body)
    found.children = _attachments(found, message, body)


def _bounded_bytes(source: Source) -> bytes | None:
    """The message's bytes, or None when it is larger than MAX_BYTES."""
    if source.size > MAX_BYTES:
        return None
    with source.open() as stream:
        data = stream.read(MAX_BYTES + 1)
    return None if len(data) > MAX_BYTES else data


def _clean(value: str) -> str:
    """One line of text safe to store: no CR/LF or other line breaks, no lone surrogates."""
    try:
        # Raw 8-bit header bytes come back surrogate-escaped; most are UTF-8 in practice.
        value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        value = value.encode("utf-8", "replace").decode("utf-8")
    return _LINE_BREAKS.sub(" ", value).strip()[:MAX_VALUE]


def _decoded_headers(found: Extraction, message: Message) -> list[tuple[str, str]]:
    """The headers worth keeping, in file order, as (lower-case name, one-line value):
    at most MAX_HEADERS, decoded while the parsing budget lasts."""
    kept = [(name.lower(), raw[:MAX_RAW_VALUE]) for name, raw in message.raw_items()
            if name.lower() in _KEPT]
    if len(kept) > MAX_HEADERS:
        found.add("email.headers_cut", f"only the first {MAX_HEADERS} of {len(kept)} "
                                       "headers were read")
    headers, budget = [], MAX_PARSED
    for name, raw in kept[:MAX_HEADERS]:
        budget -= len(raw)
        headers.append((name, _clean(_decode(message, name, raw) if budget >= 0 else raw)))
    return headers


def _decode(message: Message, name: str, raw: str) -> str:
    try:
        return str(message.policy.header_fetch_parse(name, raw))
    except _HEADER_ERRORS:
        return str(raw)


def _record_headers(found: Extraction, headers: list[tuple[str, str]]) -> None:
    for name, value in headers:
        if name in _KEYS:
            found.add(_KEYS[name], value)
    _record_auth(found, headers)
    address, source = _originating_ip(headers)
    found.add("email.originating_ip", address)
    found.add("email.ip_source", source)
    found.title = next((value for name, value in headers if name == "subject"), "")
    found.capture = _sent_at(headers)


def _record_auth(found: Extraction, headers: list[tuple[str, str]]) -> None:
    """DKIM's signing domain and selector (the signature itself says nothing to a reader),
    and each ARC header under its own name."""
    for name, value in headers:
        if name == "dkim-signature":
            tags = {tag.lower(): text for tag, text in _DKIM_TAG.findall(value)}
            found.add("email.dkim", f"d={tags.get('d', '')}; s={tags.get('s', '')}")
        elif name in _ARC:
            found.add("email.arc", f"{name}: {value}")


def _sent_at(headers: list[tuple[str, str]]) -> Capture | None:
    """The Date header as a capture time; a date without a zone is UTC (RFC 5322, 3.3)."""
    value = next((value for name, value in headers if name == "date"), "")
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return Capture(at=moment, source=EMAIL_HEADER)


# ---------------------------------------------------------------- where it was sent from

_FROM_CLAUSE = re.compile(r"^\s*from\s+(.*?)(?:\s+by\s|;|$)", re.IGNORECASE | re.DOTALL)
_BRACKETED = re.compile(r"\[(?:IPv6:)?([0-9A-Fa-f:.]+)\]", re.IGNORECASE)
_BARE_IPV4 = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w.])")
# Addresses that only mean something inside the sender's own network.
_LOCAL = tuple(
    ipaddress.ip_network(net)
    for net in (
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
        "172.16.0.0/12", "192.168.0.0/16", "::/128", "::1/128", "fc00::/7", "fe80::/10",
    )
)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def _originating_ip(headers: list[tuple[str, str]]) -> tuple[str, str]:
    """The sender's client IP and the header it came from: X-Originating-IP if valid
    ("x-originating-ip"), else the first hop naming a client ("received:N", N counted
    from the bottom-most Received header, the first relay, which is 1).
    """
    for name, value in headers:
        if name == "x-originating-ip" and (address := _address(value.strip(" []"))):
            return str(address), "x-originating-ip"
    hops = [value for name, value in headers if name == "received"]
    for number, hop in enumerate(reversed(hops), start=1):
        if client := _client_ip(hop):
            return client, f"received:{number}"
    return "", ""


def _client_ip(hop: str) -> str:
    """The client address of one Received hop, a public one rather than a private one."""
    match = _FROM_CLAUSE.match(hop)
    if not match:
        return ""
    clause = match.group(1)
    found = _BRACKETED.findall(clause) + _BARE_IPV4.findall(clause)
    addresses = [address for text in found if (address := _address(text))]
    public = [address for address in addresses if not _is_local(address)]
    return str((public or addresses)[0]) if addresses else ""


def _address(text: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _is_local(address: IPAddress) -> bool:
    return any(address in net for net in _LOCAL if net.version == address.version)


# ---------------------------------------------------------------- body and attachments


def _body_part(message: MIMEPart) -> MIMEPart | None:
    """The part a mail client would show: plain text first, else HTML."""
    return message.get_body(preferencelist=("plain", "html"))


def _body_text(part: MIMEPart | None) -> str:
    if part is None:
        return ""
    text = _part_text(part)
    return _html_to_text(text) if part.get_content_subtype() == "html" else text


def _part_text(part: MIMEPart) -> str:
    """A text part decoded with its charset, or as UTF-8 when the charset is unknown."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    for encoding in _encodings(payload, part.get_content_charset() or "us-ascii"):
        try:
            return payload.decode(encoding).replace("\r\n", "\n")
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("utf-8", "replace").replace("\r\n", "\n")


def _encodings(payload: bytes, charset: str) -> list[str]:
    # UTF-8 sent under a Latin-1 label is common (the corpus has one); valid multi-byte
    # UTF-8 is almost never genuine single-byte text, so it is tried first.
    try:
        single_byte = codecs.lookup(charset).name.startswith(("iso8859", "cp125", "ascii"))
    except LookupError:
        single_byte = True
    return ["utf-8", charset] if single_byte and not payload.isascii() else [charset]


def _attachments(found: Extraction, message: EmailMessage,
                 body: MIMEPart | None) -> list[Child]:
    """Every part that is not the body or its text alternative, as a child item."""
    children: list[Child] = []
    for part in _leaves(message, 0):
        if part is body or _is_alternative_text(part):
            continue
        if len(children) == MAX_ATTACHMENTS:
            found.add("email.attachments_cut", f"only the first {MAX_ATTACHMENTS} attachments "
                                               "became items; the message holds them all")
            break
        name = _file_name(part, len(children) + 1)
        children.append(Child(name=name, data=_part_bytes(part)))
    return children


def _leaves(part: MIMEPart, depth: int) -> list[MIMEPart]:
    """The non-multipart parts; an attached message stays whole."""
    if part.get_content_maintype() != "multipart":
        return [part]
    if depth >= MAX_DEPTH:
        return []
    return [leaf for sub in part.iter_parts() for leaf in _leaves(sub, depth + 1)]


def _is_alternative_text(part: MIMEPart) -> bool:
    return (
        part.get_content_type() in ("text/plain", "text/html")
        and not part.get_filename()
        and part.get_content_disposition() != "attachment"
    )


def _part_bytes(part: MIMEPart) -> bytes:
    """An attachment's decoded bytes; an attached message re-serialised as .eml bytes."""
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload
    inner = part.get_payload()
    if isinstance(inner, list):
        return b"".join(sub.as_bytes(policy=_ON_DISK) for sub in inner
                        if isinstance(sub, Message))
    return b""


def _file_name(part: MIMEPart, number: int) -> str:
    """The attachment's own file name without any folder, or a numbered stand-in."""
    try:
        name = part.get_filename() or ""
    except _HEADER_ERRORS:
        name = ""
    name = _clean(name).replace("\\", "/").rsplit("/", 1)[-1].strip()
    if name not in ("", ".", ".."):
        return name
    kind = part.get_content_type()
    extension = ".eml" if kind == "message/rfc822" else mimetypes.guess_extension(kind) or ""
    return f"attachment {number}{extension}"


def _flag_defects(found: Extraction, message: EmailMessage) -> None:
    defects = [defect for part in message.walk() for defect in part.defects]
    names = sorted({type(defect).__name__ for defect in defects})
    found.add("email.defects", ", ".join(names))
    if any(isinstance(defect, _LOSSY) for defect in defects):
        found.flags.add(DAMAGED)


# ---------------------------------------------------------------- HTML bodies


class _HtmlText(HTMLParser):
    """Collects the visible text of an HTML body, one line per block."""

    _HIDDEN = frozenset({"script", "style", "head", "template"})
    _BLOCKS = frozenset({"br", "p", "div", "li", "tr", "table", "h1", "h2", "h3", "h4", "h5",
                         "h6", "blockquote", "pre", "hr", "section", "article", "header",
                         "footer"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self.hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def _html_to_text(markup: str) -> str:
    """The visible text of an HTML document, whitespace collapsed, one block per line."""
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)

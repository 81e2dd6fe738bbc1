"""Saved web pages: where they came from, their title, visible text and post time.

The page is only parsed, never rendered: nothing it references (images, scripts, frames)
is fetched, so saving a harasser's page cannot tell the harasser it was opened.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from app.common.dates import from_iso, to_iso
from app.importing.formats.base import DAMAGED, UNREADABLE, WEB_PAGE, Capture, Extraction, Source
from app.importing.formats.text import decode

MAX_BYTES = 5 * 1024 * 1024

# The comment browsers write when saving a page: <!-- saved from url=(0039)https://... -->.
# The count in brackets is not trusted: it is often off by one.
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)\s*(\S+?)\s*(?:--|$)", re.IGNORECASE)
_HIDDEN = frozenset({"script", "style", "noscript", "template", "title"})
_BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
                     "article", "section", "header", "footer", "blockquote", "pre", "time"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")

_PLATFORMS = {
    "instagram.com": "Instagram", "facebook.com": "Facebook", "fb.com": "Facebook",
    "messenger.com": "Messenger", "x.com": "X", "twitter.com": "X", "tiktok.com": "TikTok",
    "snapchat.com": "Snapchat", "youtube.com": "YouTube", "youtu.be": "YouTube",
    "linkedin.com": "LinkedIn", "reddit.com": "Reddit", "t.me": "Telegram",
    "telegram.org": "Telegram", "discord.com": "Discord", "whatsapp.com": "WhatsApp",
    "bsky.app": "Bluesky", "threads.net": "Threads", "twitch.tv": "Twitch",
    "pinterest.com": "Pinterest", "tumblr.com": "Tumblr", "leboncoin.fr": "Leboncoin",
}


class _Page(HTMLParser):
    """Collects what a reader of the page sees, plus the page's own claims about itself."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.title_done = False  # later <title>s belong to inline SVG, not to the page
        self.text: list[str] = []
        self.saved_from = ""
        self.canonical = ""
        self.og_url = ""
        self.time_element = ""
        self.published = ""
        self._open: list[str] = []  # hidden elements we are inside

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in _HIDDEN:
            self._open.append(tag)
        elif tag in _BLOCKS:
            self.text.append("\n")
        self._remember(tag, values)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            while self._open.pop() != tag:
                pass  # closing an element closes the hidden ones left open inside it
            self.title_done = self.title_done or tag == "title"
        elif tag in _BLOCKS:
            self.text.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._open:
            self.text.append(data)
        elif self._open[-1] == "title" and not self.title_done:
            self.title.append(data)

    def handle_comment(self, data: str) -> None:
        match = _SAVED_FROM.search(data)
        if match and not self.saved_from:
            self.saved_from = match.group(1)

    def _remember(self, tag: str, values: dict[str, str]) -> None:
        if tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.canonical = self.canonical or values.get("href", "")
        elif tag == "meta":
            self._remember_meta(values.get("property") or values.get("name") or "", values)
        elif tag == "time" and not self.time_element and from_iso(values.get("datetime", "")):
            self.time_element = values["datetime"]

    def _remember_meta(self, name: str, values: dict[str, str]) -> None:
        if name.lower() == "og:url":
            self.og_url = self.og_url or values.get("content", "")
        elif name.lower() == "article:published_time":
            self.published = self.published or values.get("content", "")


def read(source: Source) -> Extraction:
    """Title, source URL, platform, visible text and post time of a saved page.

    Never raises: markup the parser gives up on leaves what was read before it, flagged.
    """
    found = Extraction()
    try:
        with source.open() as stream:
            data = stream.read(MAX_BYTES + 1)
        _read_page(found, data)
    except Exception as error:  # noqa: BLE001 - a reader flags bad input, never raises
        found.flags.add(UNREADABLE)
        found.add("web.error", type(error).__name__)
    return found


def _read_page(found: Extraction, data: bytes) -> None:
    page = _Page()
    try:
        page.feed(decode(data[:MAX_BYTES], complete=len(data) <= MAX_BYTES)[0])
        page.close()
    except AssertionError:  # html.parser's answer to a malformed <![...]> or <!...> section
        found.flags.add(DAMAGED)
        found.add("web.note", "the markup is malformed: the page was read up to the fault")
    found.title = _tidy("".join(page.title))
    found.text = _visible(page.text)
    found.url = _first_web_url(page.saved_from, page.canonical, page.og_url)
    _describe_url(found)
    _describe_time(found, page.time_element or page.published)
    if len(data) > MAX_BYTES:
        found.add("web.note", f"only the first {MAX_BYTES} bytes were read")


def _first_web_url(*candidates: str) -> str:
    """The first candidate that is an http(s) address (not ``about:internet`` or a path,
    nor one so malformed that it has no host, such as ``http://[::1``)."""
    for url in candidates:
        if _host(url) is not None and urlsplit(url.strip()).scheme.lower() in ("http", "https"):
            return url.strip()
    return ""


def _host(url: str) -> str | None:
    """The address's host in lower case ("" when it has none), or None when the address
    cannot be parsed: one bad value must not cost the page its title and text."""
    try:
        return (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:  # e.g. "Invalid IPv6 URL"
        return None


def _describe_url(found: Extraction) -> None:
    found.add("web.url", found.url)
    host = _host(found.url) or ""
    found.add("web.host", host)
    found.platform = platform_of(host)
    found.add("web.platform", found.platform)


def platform_of(host: str) -> str:
    """The platform a host belongs to (``www.instagram.com`` → Instagram), or ""."""
    parts = host.lower().rstrip(".").split(".")
    for start in range(len(parts) - 1):
        name = _PLATFORMS.get(".".join(parts[start:]))
        if name:
            return name
    return ""


def _describe_time(found: Extraction, posted: str) -> None:
    moment = from_iso(posted) if posted else None
    if moment is not None:
        found.capture = Capture(moment, WEB_PAGE)
        found.add("web.posted_at", to_iso(moment))


def _visible(chunks: list[str]) -> str:
    """The page's text with the markup's layout whitespace collapsed."""
    text = _SPACES.sub(" ", "".join(chunks))
    lines = (line.strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _tidy(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()

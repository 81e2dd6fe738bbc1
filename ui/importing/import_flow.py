"""Importing from the window: dropped or pasted files, images and links from a browser.

``offer_of`` says what a drag or the clipboard holds that Dossier can keep (the drop
overlay uses it before the drop); ``ImportFlow`` runs the import as one operation on the
vault worker, reports each file as it is done, and stops between files when cancelled.
The core checks every file again. Nothing is ever fetched from the network: a dragged
link is kept as its address.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from html.parser import HTMLParser
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QMimeData, QObject, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QWidget

from app.case import arrivals, thread_choice
from app.common import dates, printable
from app.importing import pipeline as importing
from app.importing.formats.base import CLIPBOARD, Capture
from app.importing.pipeline import Importer, Outcome
from app.importing.threads import Listing, is_archive
from app.vault.vault import Vault
from ui.common.operations import Task, VaultService

WEB_SCHEMES = ("http", "https")
# Bytes a browser or an image viewer may hand over as they are, best kept unchanged.
RAW_IMAGES = (("image/png", "png"), ("image/jpeg", "jpg"), ("image/gif", "gif"),
              ("image/webp", "webp"), ("image/bmp", "bmp"))


@dataclass(frozen=True)
class WebLink:
    url: str
    title: str = ""


@dataclass(frozen=True)
class Offer:
    """What can be kept from a drag or the clipboard. One kind wins: files, else an
    image, else web links, so a browser's image drag is kept as the image it shows."""

    paths: tuple[Path, ...] = ()
    image: bool = False
    image_url: str = ""  # where a dragged image came from, kept as its web address
    links: tuple[WebLink, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.paths or self.image or self.links)


class _Anchors(HTMLParser):
    """Links and images in a browser's drag: only read, never followed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[WebLink] = []
        self.images: list[str] = []
        self._href: str | None = None
        self._words: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "a" and _is_web(values.get("href", "")):
            self._href, self._words = values["href"].strip(), []
        elif tag == "img":
            self.images.append(values.get("src", "").strip())
            if self._href is not None and values.get("alt"):
                self._words.append(values["alt"])

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._words.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append(WebLink(self._href, " ".join(" ".join(self._words).split())))
            self._href = None


def offer_of(mime: QMimeData) -> Offer:
    """What of ``mime`` Dossier would keep; an empty offer means the drop is refused."""
    urls = mime.urls() if mime.hasUrls() else []
    paths = tuple(Path(url.toLocalFile()) for url in urls if url.isLocalFile())
    if paths:
        return Offer(paths=paths)
    page = _Anchors()
    if mime.hasHtml():
        page.feed(mime.html())
        page.close()
    web = [url.toString() for url in urls if url.scheme() in WEB_SCHEMES]
    if _has_image(mime):
        sources = [src for src in page.images if _is_web(src)] + web
        return Offer(image=True, image_url=sources[0] if sources else "")
    titles = {link.url: link.title for link in page.links}
    if not web and mime.hasText() and _is_web(mime.text()) and len(mime.text().split()) == 1:
        web = [mime.text().strip()]
    if not web and len(page.links) == 1:
        web = [page.links[0].url]
    return Offer(links=tuple(WebLink(url, titles.get(url, "")) for url in dict.fromkeys(web)))


def why_refused(mime: QMimeData) -> str:
    """One plain sentence saying why nothing of ``mime`` can be kept."""
    if mime.hasUrls():
        return QCoreApplication.translate(
            "ImportFlow", "Only files, images and web links can be kept.")
    if mime.hasText():
        return QCoreApplication.translate(
            "ImportFlow", "Text cannot be kept as it is. Save it as a file or take a "
                          "screenshot, then add that.")
    return QCoreApplication.translate("ImportFlow", "Dossier cannot keep this.")


def _is_web(text: str) -> bool:
    return text.strip().lower().startswith(("http://", "https://"))


def _has_image(mime: QMimeData) -> bool:
    return mime.hasImage() or any(mime.hasFormat(fmt) for fmt, _ in RAW_IMAGES)


@dataclass(frozen=True)
class FileResult:
    """One file's result as the window shows it: plain data, safe to pass between threads."""

    name: str
    status: str  # importing.STORED, DUPLICATE_FILE or REFUSED
    reason: str = ""
    item_ids: tuple[int, ...] = ()
    duplicate_of: int | None = None
    flags: frozenset[str] = frozenset()  # of the stored item: damaged, empty...

    @classmethod
    def of(cls, outcome: Outcome, name: str | None = None,
           flags: frozenset[str] = frozenset()) -> FileResult:
        # A name is shown on one line: its escapes, newlines and U+202E are shown, not obeyed.
        return cls(printable.one_line(name or Path(outcome.path).name or outcome.path),
                   outcome.status, outcome.reason, tuple(outcome.item_ids),
                   outcome.duplicate_of, flags)


@dataclass(frozen=True)
class ImportProgress:
    """Reported after each file; ``result`` is None in the first report, which only
    gives the total."""

    done: int
    total: int | None
    result: FileResult | None


@dataclass
class ImportSummary:
    """How an import ended: every file's result, and whether it was stopped early."""

    results: list[FileResult] = field(default_factory=list)
    total: int = 0
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for result in self.results if result.status == status)


@dataclass(frozen=True)
class ExportChoice:
    """A platform's export dropped: its conversations, and those to offer ticked (with
    the harasser each involves), for the person to choose before anything is stored."""

    path: Path
    case_id: int
    listing: Listing
    ticked: dict[str, str]
    present: frozenset[str] = frozenset()  # already in the case from this very file


@dataclass(frozen=True)
class _Job:
    """One import to run: plain data gathered on the GUI thread before it starts."""

    case_id: int
    paths: tuple[Path, ...] = ()
    image: tuple[str, QImage | bytes] | None = None  # name and picture
    image_url: str = ""
    links: tuple[WebLink, ...] = ()
    threads: tuple[str, ...] | None = None  # a platform export's chosen conversations
    # When it was pasted or dropped: the capture time of an image or a link, even if
    # the import waits behind another one.
    at: datetime = field(default_factory=dates.now)


class ImportFlow(QObject):
    """Runs imports one after the other on the vault worker and reports as they go."""

    started = Signal()
    progressed = Signal(object)  # ImportProgress
    item_stored = Signal(list)  # the new item ids of one file, as soon as it is stored
    finished = Signal(object)  # ImportSummary
    failed = Signal(str)  # the import could not go on (disk full...): one sentence
    refused = Signal(str)  # nothing in a drop or paste could be kept, and why
    threads_listed = Signal(object)  # ExportChoice: she chooses, then import_export

    def __init__(self, service: VaultService, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._service = service
        self._waiting: deque[_Job] = deque()
        self._task: Task[ImportProgress] | None = None
        self._summary = ImportSummary()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def import_paths(self, paths: list[Path], case_id: int) -> None:
        """Import the files given; a ZIP is first listed in case it is a platform's
        export, whose conversations she chooses (``threads_listed``)."""
        zips = [Path(p) for p in paths if is_archive(Path(p))]
        others = tuple(Path(p) for p in paths if Path(p) not in zips)
        if others:
            self._queue(_Job(case_id, paths=others))
        for path in zips:
            self._service.run(partial(_listed, case_id=case_id, path=path),
                              self._on_listed, self._on_failed)

    def import_export(self, choice: ExportChoice, chosen: list[str]) -> None:
        """Import the export with only the conversations she ticked."""
        self._queue(_Job(choice.case_id, paths=(choice.path,), threads=tuple(chosen)))

    def _on_listed(self, choice: ExportChoice) -> None:
        if choice.listing.threads:
            self.threads_listed.emit(choice)
        else:  # any other ZIP, or a damaged one: kept as it is, and flagged if damaged
            self._queue(_Job(choice.case_id, paths=(choice.path,)))

    def import_mime(self, mime: QMimeData, case_id: int) -> bool:
        """Import what a drop holds; False (and ``refused``) if nothing can be kept."""
        return self._import_mime(mime, case_id, self.tr("Dropped image"))

    def paste(self, case_id: int) -> bool:
        """Import what the clipboard holds (a screenshot, a copied link or file)."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            self.refused.emit(self.tr("The clipboard is empty."))
            return False
        return self._import_mime(mime, case_id, self.tr("Pasted image"))

    def cancel(self) -> None:
        """Stop after the file being stored now, and drop the imports still waiting."""
        self._waiting.clear()
        if self._task is not None:
            self._service.cancel(self._task)

    def _import_mime(self, mime: QMimeData, case_id: int, image_name: str) -> bool:
        offer = offer_of(mime)
        if offer.is_empty:
            self.refused.emit(why_refused(mime))
            return False
        if offer.paths:
            self.import_paths(list(offer.paths), case_id)
            return True
        image = _image_of(mime, image_name) if offer.image else None
        if offer.image and image is None:
            self.refused.emit(self.tr("The image could not be read."))
            return False
        self._queue(_Job(case_id, offer.paths, image, offer.image_url, offer.links))
        return True

    def _queue(self, job: _Job) -> None:
        self._waiting.append(job)
        if self._task is None:
            self._next()

    def _next(self) -> None:
        if not self._waiting:
            return
        job = self._waiting.popleft()
        self._summary = ImportSummary()
        self._task = self._service.run(
            lambda vault, task: _run(job, vault, task), self._on_done, self._on_failed,
            self._on_progress)
        self.started.emit()

    def _on_progress(self, payload: ImportProgress) -> None:
        self._summary.total = payload.total or 0
        if payload.result is not None:
            self._summary.results.append(payload.result)
            if payload.result.status == importing.STORED and payload.result.item_ids:
                self.item_stored.emit(list(payload.result.item_ids))
        self.progressed.emit(payload)

    def _on_done(self, cancelled: bool) -> None:
        self._task = None
        self._summary.cancelled = bool(cancelled)
        self.finished.emit(self._summary)
        self._next()

    def _on_failed(self, message: str) -> None:
        self._task = None
        self._waiting.clear()  # a full disk or a locked vault stops what waits as well
        self.failed.emit(message)


def _image_of(mime: QMimeData, name: str) -> tuple[str, QImage | bytes] | None:
    """The dropped picture: its own bytes when given, else the image to encode as PNG."""
    stamp = dates.now().strftime("%Y-%m-%d %H.%M.%S")
    for fmt, extension in RAW_IMAGES:
        data = bytes(mime.data(fmt).data()) if mime.hasFormat(fmt) else b""
        if data:
            return f"{name} {stamp}.{extension}", data
    picture = mime.imageData()
    if isinstance(picture, QPixmap):
        picture = picture.toImage()
    if isinstance(picture, QImage) and not picture.isNull():
        return f"{name} {stamp}.png", picture.copy()
    return None


def _png(image: QImage) -> bytes:
    """Encoded here, on the worker, so a 4K screenshot does not stall the window."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stub: bytes; runs: str
    buffer.close()
    return bytes(data.data())


def _listed(vault: Vault, _task: Task[None], case_id: int, path: Path) -> ExportChoice:
    """On the worker: the export's conversations, read in the reader sandbox."""
    return ExportChoice(path, case_id, *thread_choice.listing(vault.db, case_id, path))


def _run(job: _Job, vault: Vault, task: Task[ImportProgress]) -> bool:
    """The operation on the worker: import, report each file; True if cancelled."""
    importer = Importer(vault, job.case_id, threads=job.threads)
    total, outcomes = _outcomes(job, importer, lambda: task.cancelled)
    task.report(ImportProgress(0, total, None))
    done = 0
    for done, (outcome, name) in enumerate(outcomes, start=1):
        flags = frozenset(row[0] for row in vault.db.execute(
            "SELECT flag FROM item_flags WHERE item_id = ?", outcome.item_ids[:1])) \
            if outcome.item_ids else frozenset()
        task.report(ImportProgress(done, total, FileResult.of(outcome, name, flags)))
    return task.cancelled and done < total


def _outcomes(job: _Job, importer: Importer, should_stop: Callable[[], bool],
              ) -> tuple[int, Iterator[tuple[Outcome, str | None]]]:
    """How many files there are, and their outcomes as each is stored."""
    capture = Capture(job.at, CLIPBOARD)
    if job.paths:
        total = sum(1 for _ in importing.walk(job.paths))
        return total, ((outcome, None) for outcome in importer.run(job.paths, should_stop))
    if job.image is not None:
        image = job.image
        return 1, ((_store_image(job, importer, capture), image[0]) for _ in range(1))

    def links() -> Iterator[tuple[Outcome, str | None]]:
        for link in job.links:
            if should_stop():
                return
            yield importer.import_link(link.url, link.title, capture), link.url
    return len(job.links), links()


def _store_image(job: _Job, importer: Importer, capture: Capture) -> Outcome:
    assert job.image is not None
    name, picture = job.image
    data = picture if isinstance(picture, bytes) else _png(picture)
    if job.image_url:  # the image and its address: one transaction, both or neither
        return arrivals.store_web_image(importer, name, data, job.image_url, capture)
    return importer.import_data(name, data, capture)

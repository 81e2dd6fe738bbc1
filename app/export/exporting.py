"""The export, start to finish: plan, originals, report, letter, lists, hashes, log.

One function serves the command line and the desktop app. It runs on the caller's
thread (the app's vault worker), reports progress, and stops between files when asked.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo
from pathlib import Path

import sqlcipher3

from app.case import evidence, me
from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.export import (
    bordereau_docx,
    her_details,
    letter,
    location_free,
    manifest,
    notice,
    numbering,
    readme,
    remembered,
    summary,
    verify,
)
from app.export.bundle import Bundle
from app.export.errors import Cancelled, ExportError
from app.export.exhibit import Exhibit
from app.export.names import piece_name
from app.export.options import LAWYER, LETTER, Options, password_problem
from app.export.plan import Plan, build
from app.export.report import build as report
from app.export.report import pieces
from app.vault import custody, originals
from app.vault.vault import Vault

EMBED_LIMIT = 64 << 20  # bytes: larger images and PDFs get a page pointing to the file
REPORT_NAMES = {"fr": "Rapport.pdf", "en": "Report.pdf"}
_RECIPIENT_WORDS = {"fr": {"lawyer": "avocat", "police": "police", "platform": "plateforme",
                           "custom": "export"},
                    "en": {"lawyer": "lawyer", "police": "police", "platform": "platform",
                           "custom": "export"}}
ORIGINALS, REPORT, PIECES, LETTER_STEP, LISTS, FINISHING = (
    "originals", "report", "pieces", "letter", "lists", "finishing")


@dataclass(frozen=True)
class Progress:
    step: str  # ORIGINALS, REPORT, PIECES, LETTER_STEP, LISTS or FINISHING
    done: int
    total: int


@dataclass(frozen=True)
class Result:
    path: Path
    fingerprint: str  # SHA-256 of SHA256SUMS
    exhibits: int
    pages: int
    size: int  # bytes written
    sealed: bool = False  # every file but the READMEs encrypted (Options.sealed)


def default_name(recipient: str, language: str, as_zip: bool, when: date) -> str:
    """"Dossier-avocat-2026-11-30": no case name on purpose, since the bundle's name may be
    seen on a shared disk; the case name stays inside."""
    name = f"Dossier-{_RECIPIENT_WORDS[language][recipient]}-{when.isoformat()}"
    return name + ".zip" if as_zip else name


def preview(db: sqlcipher3.Connection, options: Options, zone: tzinfo | None = None) -> Plan:
    """What an export with ``options`` would hold, read without writing anything."""
    return build(db, options, zone)


def export(vault: Vault, options: Options, destination: Path, *,
           progress: Callable[[Progress], None] = lambda step: None,
           cancelled: Callable[[], bool] = lambda: False, zone: tzinfo | None = None,
           now: datetime | None = None, prefill_summary: bool = False) -> Result:
    """Write the bundle for ``options`` at ``destination`` and log it in the custody log.
    With ``prefill_summary``, an empty summary is written from the incidents and figures
    (the command line has no wizard page where the user would edit it)."""
    vault.require_writable()  # the export must be logged; say so before any work
    if options.sealed and (problem := password_problem(options.pdf_password)):
        raise ExportError(problem)
    if options.for_platform and not options.platform.strip():
        raise ExportError(Text(QT_TRANSLATE_NOOP(
            "core", "Choose the platform the notice goes to: its bundle holds only its items.")))
    plan = build(vault.db, options, zone, now)
    if options.for_platform and not options.include_personal:
        plan = her_details.left_out(plan, [i.identifier for i in me.identities(vault)])
    if prefill_summary and not options.summary:
        plan = replace(plan, options=replace(options, summary=summary.prefill(plan)))
    if not plan.exhibits:
        raise ExportError(Text(QT_TRANSLATE_NOOP(
            "core", "No evidence matches what was chosen: there is nothing to export.")))
    copies = location_free.make(plan, lambda exhibit: _original(vault.db, exhibit))
    plan = copies.plan
    bundle = Bundle(destination, options.as_zip, plan.exported_at, options.pdf_password)
    try:
        pages = _write(vault.db, plan, copies.data, bundle, progress, cancelled)
        progress(Progress(FINISHING, 0, 1))
        fingerprint = bundle.finish()
    except BaseException:
        bundle.abort()
        raise
    _log(vault, plan, destination, fingerprint)
    progress(Progress(FINISHING, 1, 1))
    return Result(destination, fingerprint, len(plan.exhibits), pages, bundle.size,
                  options.sealed)


def _write(db: sqlcipher3.Connection, plan: Plan, copies: dict[int, bytes], bundle: Bundle,
           progress: Callable[[Progress], None], cancelled: Callable[[], bool]) -> int:
    language = plan.options.language
    if plan.options.include_originals:
        _copy_originals(db, plan, copies, bundle, progress, cancelled)
    report_name = REPORT_NAMES[language]
    total = len(plan.all_exhibits())
    with bundle.file(report_name) as stream:
        info = report.write_report(
            plan, stream, lambda exhibit: _embeddable(db, exhibit, copies),  # type: ignore[arg-type]
            progress=lambda done: progress(Progress(REPORT, done, total)), cancelled=cancelled)
    files = [report_name]
    if plan.options.for_platform:
        files += notice.write(plan, bundle, report_name)
    if plan.options.recipient == LAWYER:
        files += _write_pieces(db, plan, copies, bundle, progress, cancelled)
        files.append(bordereau_docx.FILE_NAME)
        with bundle.file(files[-1]) as stream:
            bordereau_docx.write_docx(plan, stream)  # type: ignore[arg-type]
    if LETTER in plan.options.sections:
        progress(Progress(LETTER_STEP, 0, 1))
        files.append(letter.FILE_NAMES[language])
        with bundle.file(files[-1]) as stream:
            letter.write_docx(plan, stream)  # type: ignore[arg-type]
    progress(Progress(LISTS, 0, 1))
    _write_lists(db, plan, bundle, report_name, files)
    return info.pages


def _write_pieces(db: sqlcipher3.Connection, plan: Plan, copies: dict[int, bytes],
                  bundle: Bundle, progress: Callable[[Progress], None],
                  cancelled: Callable[[], bool]) -> list[str]:
    """One PDF per exhibit, its attachments in it."""
    names = [piece_name(exhibit.label) for exhibit in plan.exhibits]
    progress(Progress(PIECES, 0, len(names)))  # a batch is laid out before its first file
    pieces.write_pieces(plan, lambda exhibit: _communicable(db, exhibit, copies),
                        lambda exhibit: bundle.file(piece_name(exhibit.label)),  # type: ignore[arg-type, return-value]
                        progress=lambda done: progress(Progress(PIECES, done, len(names))),
                        cancelled=cancelled)
    return names


def _write_lists(db: sqlcipher3.Connection, plan: Plan, bundle: Bundle, report_name: str,
                 files: list[str]) -> None:
    bundle.write("manifest.json", manifest.manifest_json(plan, report_name, files))
    bundle.write("manifest.csv", manifest.manifest_csv(plan))
    entries = manifest.custody_entries(plan, custody.entries(db))
    bundle.write("custody.json", manifest.custody_json(entries))
    withheld = any(entry.get("withheld") for entry in entries)
    for language, name in readme.FILES.items():
        bundle.write(name, readme.readme(plan, language, report_name, withheld), clear=True)
    bundle.write("verify.py", inspect.getsource(verify).encode("utf-8"))


def _copy_originals(db: sqlcipher3.Connection, plan: Plan, copies: dict[int, bytes],
                    bundle: Bundle, progress: Callable[[Progress], None],
                    cancelled: Callable[[], bool]) -> None:
    """Stream every original out of the vault, checking it against its recorded hash;
    a location-free copy goes beside it, or instead of it for a platform. A whole platform
    export or mailbox stays in the vault (app/export/full_exports.py)."""
    exhibits = plan.all_exhibits()
    for done, exhibit in enumerate(exhibits, start=1):
        if cancelled():
            raise Cancelled()
        copy = exhibit.location_free
        if not exhibit.withheld and (copy is None or not copy.replaces_original):
            with bundle.file(exhibit.file_name) as stream:
                for chunk in _chunks(db, exhibit):
                    stream.write(chunk)
            if bundle.sums[exhibit.file_name] != exhibit.item.sha256:
                raise _altered(exhibit)
        if copy is not None:
            bundle.write(copy.file_name, copies[exhibit.item.id])
        progress(Progress(ORIGINALS, done, len(exhibits)))


def _chunks(db: sqlcipher3.Connection, exhibit: Exhibit) -> Iterator[bytes]:
    blob = evidence.blob_id(db, exhibit.item.id)
    return originals.chunks(db, blob) if blob is not None else iter(())


def _embeddable(db: sqlcipher3.Connection, exhibit: Exhibit,
                copies: dict[int, bytes]) -> bytes | None:
    """An image's or a PDF's bytes for the report, unless too big to hold in memory; the
    location-free copy where it replaces the original (a JPEG goes in with its EXIF)."""
    if exhibit.item.size > EMBED_LIMIT:
        return None
    if exhibit.location_free is not None and exhibit.location_free.replaces_original:
        return copies[exhibit.item.id]
    return _original(db, exhibit)


def _communicable(db: sqlcipher3.Connection, exhibit: Exhibit,
                  copies: dict[int, bytes]) -> bytes | None:
    """What a piece PDF embeds: the avocat communicates the pieces to the other side, so
    a photo's location-free copy wherever one was made (the original keeps its EXIF)."""
    if exhibit.location_free is not None and exhibit.item.size <= EMBED_LIMIT:
        return copies[exhibit.item.id]
    return _embeddable(db, exhibit, copies)


def _original(db: sqlcipher3.Connection, exhibit: Exhibit) -> bytes:
    """The original's bytes, checked against the hash recorded at import."""
    data = b"".join(_chunks(db, exhibit))
    if hashlib.sha256(data).hexdigest() != exhibit.item.sha256:
        raise _altered(exhibit)
    return data


def _altered(exhibit: Exhibit) -> ExportError:
    return ExportError(Text(QT_TRANSLATE_NOOP(
        "core", "Exhibit {label} no longer matches the hash recorded when it was imported; "
        "nothing was exported. Run “Check the vault”."), label=exhibit.label))


def _log(vault: Vault, plan: Plan, destination: Path, fingerprint: str) -> None:
    """The custody entry and the exhibit numbers, in one transaction: an export that
    fails is neither logged nor numbered."""
    options = plan.options
    with vault.transaction() as db:
        entry_hash = custody.append(db, custody.EXPORTED, case_id=options.scope.case_id, details={
            "recipient": options.recipient, "scope": options.scope.describe(),
            "language": options.language, "bundle": destination.name,
            "zip": options.as_zip, "originals": options.include_originals,
            "exhibits": [exhibit.label for exhibit in plan.all_exhibits()],
            "items": [exhibit.item.id for exhibit in plan.all_exhibits()],
            "fingerprint": fingerprint, "report_encrypted": bool(options.pdf_password),
            "bundle_encrypted": options.sealed,
            "platform": options.platform if options.for_platform else None,
            "location_free_copies": [e.label for e in plan.all_exhibits() if e.location_free],
            # whole platform exports and mailboxes whose originals stayed in the vault
            "originals_withheld": [e.label for e in plan.all_exhibits() if e.withheld]})
        export_id = db.execute("SELECT id FROM custody WHERE entry_hash = ?",
                               (entry_hash,)).fetchone()[0]
        remembered.remember(db, options.scope.case_id, options.filer)
        numbering.record(db, options.scope.case_id, export_id,
                         plan.exported_at.isoformat(timespec="seconds"),
                         [(part.item.id, _number(part)) for part in plan.all_exhibits()])


def _number(exhibit: Exhibit) -> numbering.Number:
    whole, _, sub = exhibit.number.partition("-")
    return int(whole), int(sub or 0)

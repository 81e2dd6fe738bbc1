"""What an importer must find in each sample file (the table of the extra corpus's README),
checked by importing a corpus folder through the real pipeline into a real vault."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.case import cases, evidence
from app.importing.pipeline import REFUSED, STORED, Importer
from app.vault.keys import KdfSettings
from app.vault.vault import Vault

FAST_KDF = KdfSettings(log2_n=10, r=8)  # the smallest cost a vault accepts


@dataclass(frozen=True)
class Fact:
    """One row of the table; empty fields are not checked."""

    captured_at: str = ""
    source: str = ""
    kind: str = ""
    title: str = ""
    url: str = ""
    flags: tuple[str, ...] = ()
    text: str = ""  # words the item's searchable text holds
    metadata: dict[str, str] = field(default_factory=dict)  # key: words its value holds
    parts: int | None = None  # attachments or messages stored as their own items
    span: tuple[str, str] = ("", "")  # when the first and the last part was written
    part_names: tuple[str, ...] = ()  # the original names of its parts
    thumbnail: bool | None = None


def dated(when: str, source: str = "filename", **more: Any) -> Fact:
    """A file dated in November 2026, Paris winter time, from ``source``."""
    return Fact(captured_at=f"2026-11-{when}+01:00", source=source, **more)


FACTS: dict[str, Fact] = {
    "screenshots/Screenshot_20261105-143012_Instagram.png": dated("05T14:30:12", kind="image"),
    "screenshots/Capture d\u2019écran 2026-11-06 à 21.14.55.png": dated("06T21:14:55"),
    "screenshots/Screenshot 2026-11-07 at 9.02.10\u202fAM.png": dated("07T09:02:10"),
    "screenshots/Capture d'écran 2026-11-08 231502.png": dated("08T23:15:02"),
    "screenshots/IMG_0412.PNG": dated("09T08:45:00", "exif"),
    "screenshots/WhatsApp Image 2026-11-10 at 19.03.44.jpeg": dated("10T19:03:44"),
    "photos/photo_parking.jpg": dated("03T18:20:00", "exif", flags=("gps",), metadata={
        "image.camera": "Fairphone FP5", "gps.latitude": "48.8566",
        "gps.longitude": "2.3522"}),
    "pdf/releve_commentaires.pdf": dated(
        "04T10:15:00", "pdf_info", title="Relevé des commentaires publics",
        text="adresse professionnelle",
        metadata={"pdf.pages": "2", "pdf.xmp.create_date": "2026-11-30T00:13:30+00:00",
                  "pdf.capture_from": "Info CreationDate"}),
    "pdf/signalement_plateforme.pdf": dated("12T09:30:00", "pdf_info", text="88412"),
    "pdf/protected_password_1234.pdf": Fact(kind="pdf", flags=("password_protected",)),
    "email/menace_2026-11-04.eml": dated(
        "04T23:12:05", "email_header", title="Tu ne m'échapperas pas", parts=1, metadata={
            "email.from": "ombre.du.lac@example.net", "email.originating_ip": "198.51.100.23",
            "email.message_id": "<20261104221205.1234@example.net>"},
        part_names=("capture.png",)),
    "email/faux_compte_2026-11-11.eml": dated(
        "11T07:59:31", "email_header", metadata={"email.originating_ip": "198.51.100.99"}),
    "chat/Discussion WhatsApp avec Ombre.txt": Fact(
        kind="chat", parts=5, span=("2026-11-05T22:41:00+01:00", "2026-11-06T01:13:00+01:00"),
        text="et je verrai bien si tu es là"),
    "chat/WhatsApp Chat with Shadow.txt": Fact(
        kind="chat", parts=3, span=("2026-11-07T22:02:00+01:00", "2026-11-08T00:30:00+01:00")),
    # The epoch dates say 2025, readable_date 2026: the conflict is kept and shown.
    "chat/sms-20261112.xml": Fact(
        kind="chat", parts=3, text="+33612345678", metadata={"sms.date_conflicts": "3"},
        span=("2026-11-10T22:00:00+01:00", "2026-11-10T22:05:00+01:00")),
    "web/profil_ombre_du_lac.html": dated(
        "06T20:10:00", "web_page", url="https://social.example.com/@ombre_du_lac"),
    "audio/messagerie_2026-11-07_2215.wav": dated("07T22:15:00", kind="audio"),
    "notes/journal.txt": Fact(kind="text", text="marché"),
    "bad/truncated.png": Fact(kind="image", flags=("unreadable",), thumbnail=False),
    "bad/not_really.pdf": Fact(kind="text"),
    "bad/truncated.pdf": Fact(kind="pdf", flags=("damaged",)),
    "bad/screenshot_named.pdf": Fact(kind="image"),
    "bad/bomb_60000x60000.png": Fact(kind="image", thumbnail=False),
    "bad/broken.eml": Fact(kind="email", metadata={"email.from": "nobody"}),
}
REFUSED_FILES = {"bad/empty.png": "empty"}  # and why, in the refusal's words
FILES = {"README.md", *FACTS, *REFUSED_FILES}  # every file a corpus folder holds


@dataclass(frozen=True)
class Found:
    """A stored file's item, with the items of its parts."""

    details: evidence.ItemDetails
    parts: list[evidence.EvidenceItem]


def import_corpus(corpus: Path, scratch: Path) -> dict[str, Found | str]:
    """Each corpus file imported once into a fresh vault: what was stored, or the reason
    it was refused."""
    found: dict[str, Found | str] = {}
    with Vault.create(scratch / "facts.dossier", "facts", kdf=FAST_KDF) as vault:
        with vault.transaction() as db:
            case_id = cases.create(db, "Échantillons").id
        paths = [corpus / relative for relative in sorted(FACTS.keys() | REFUSED_FILES.keys())]
        for outcome in Importer(vault, case_id).run(paths):
            relative = Path(outcome.path).relative_to(corpus).as_posix()
            if outcome.status == REFUSED:
                found[relative] = outcome.reason
                continue
            assert outcome.status == STORED, (relative, outcome)
            details = evidence.details(vault.db, outcome.item_ids[0])
            assert details is not None
            parts = [evidence.get(vault.db, child) for child in details.children]
            found[relative] = Found(details, [part for part in parts if part is not None])
    return found


def mismatches(relative: str, fact: Fact, stored: Found) -> list[str]:
    """Every way what was stored differs from ``fact``, in words; empty when all hold."""
    found = stored.details
    item, meta = found.item, dict(found.metadata)
    checks = [
        ("captured_at", fact.captured_at, item.captured_at),
        ("captured_at_source", fact.source, item.captured_at_source),
        ("kind", fact.kind, item.kind), ("title", fact.title, item.title),
        ("url", fact.url, item.url),
    ]
    wrong = [f"{relative}: {name} is {got!r}, not {want!r}"
             for name, want, got in checks if want and got != want]
    wrong += [f"{relative}: no {flag} flag in {item.flags}"
              for flag in fact.flags if flag not in item.flags]
    if fact.text and fact.text not in found.text:
        wrong.append(f"{relative}: {fact.text!r} not in its text")
    wrong += [f"{relative}: {key} is {meta.get(key)!r}, without {words!r}"
              for key, words in fact.metadata.items() if words not in meta.get(key, "")]
    if fact.parts is not None and len(found.children) != fact.parts:
        wrong.append(f"{relative}: {len(found.children)} parts, not {fact.parts}")
    written = [part.captured_at for part in stored.parts]
    if any(fact.span) and (written[:1] + written[-1:]) != list(fact.span):
        wrong.append(f"{relative}: parts written {written}, not from {fact.span}")
    names = tuple(part.original_name for part in stored.parts)
    if fact.part_names and names != fact.part_names:
        wrong.append(f"{relative}: parts named {names}, not {fact.part_names}")
    if fact.thumbnail is not None and found.has_thumbnail != fact.thumbnail:
        wrong.append(f"{relative}: thumbnail {found.has_thumbnail}, not {fact.thumbnail}")
    return wrong

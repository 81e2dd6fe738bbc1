"""What the user asked the export for: who receives it, which evidence, and how.

The presets follow what each recipient needs. An avocat works from the "bordereau de
communication de pièces"; a police or gendarmerie unit from an "exposé des faits", the
author's identifiers and a complaint letter to the procureur; a platform's abuse desk
from accounts, URLs and message identifiers, and no personal details it does not need.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from app.case.caption import Caption
from app.common.texts import QT_TRANSLATE_NOOP, Text

LAWYER, POLICE, PLATFORM, CUSTOM = "lawyer", "police", "platform", "custom"
RECIPIENTS = (LAWYER, POLICE, PLATFORM, CUSTOM)
LANGUAGES = ("fr", "en")

# Report sections, in the order the report prints them (the cover always comes first).
SUMMARY = "summary"  # the user's text: for the police, the "exposé des faits"
CHRONOLOGY = "chronology"  # the incidents, dated, with the exhibits that show them
STEPS = "steps"  # the steps taken: reports, complaints, letters, with their references
IDENTIFIERS = "identifiers"  # accounts, addresses, numbers, IPs, URLs, message ids
STATISTICS = "statistics"  # counts and charts from the timeline
INDEX = "index"  # the exhibit index ("bordereau" for an avocat)
LETTER = "letter"  # the draft complaint letter to the procureur
CUSTODY = "custody"  # the custody log of the exported evidence
EXHIBITS = "exhibits"  # every exhibit, each from a new page
SECTIONS = (SUMMARY, CHRONOLOGY, STEPS, IDENTIFIERS, STATISTICS, INDEX, LETTER, CUSTODY, EXHIBITS)

PRESET_SECTIONS = {
    LAWYER: frozenset({SUMMARY, CHRONOLOGY, STEPS, STATISTICS, INDEX, CUSTODY, EXHIBITS}),
    POLICE: frozenset(SECTIONS),
    PLATFORM: frozenset({SUMMARY, IDENTIFIERS, INDEX, EXHIBITS}),
    CUSTOM: frozenset(SECTIONS),
}

MAX_PREFIX = 12


@dataclass(frozen=True)
class Scope:
    """Which evidence of the case goes out; empty fields do not narrow. The kinds of
    criteria combine with AND, the values of one kind with OR."""

    case_id: int
    since: str | None = None  # ISO 8601, inclusive
    until: str | None = None  # ISO 8601, exclusive
    tag_ids: frozenset[int] = frozenset()
    incident_ids: frozenset[int] = frozenset()
    item_ids: frozenset[int] = frozenset()  # items the user selected

    def describe(self) -> dict[str, object]:
        """The scope as plain JSON, for the custody log and the manifest."""
        return {"since": self.since, "until": self.until, "tags": sorted(self.tag_ids),
                "incidents": sorted(self.incident_ids), "items": sorted(self.item_ids)}


@dataclass(frozen=True)
class Filer:
    """Who is filing. Her name and e-mail are remembered in the case, inside the encrypted
    vault, between exports (``app/export/remembered.py``), because a platform's notice
    requires them; her address and telephone are never stored."""

    name: str = ""
    contact: str = ""  # telephone or e-mail
    address: str = ""
    email: str = ""  # what a platform's notice gives as the notifier's e-mail

    def is_empty(self) -> bool:
        return not (self.name.strip() or self.contact.strip() or self.address.strip()
                    or self.email.strip())


@dataclass(frozen=True)
class Letter:
    """What the complaint letter to the procureur needs beyond the evidence
    (service-public.fr F1524); left empty, the letter says what to write there."""

    place: str = ""  # the town the letter is written in
    witnesses: str = ""
    harm: str = ""  # the harm suffered: fear, health, work, money
    civil_party: bool = False  # she declares herself partie civile (art. 420-1 CPP)
    # An earlier complaint this one completes ("plainte complémentaire"): its date
    # (ISO 8601 day) and where it was filed, when it is not recorded as a step.
    earlier_date: str = ""
    earlier_place: str = ""


@dataclass(frozen=True)
class Options:
    scope: Scope
    recipient: str = LAWYER
    language: str = "fr"
    prefix: str = "DOSSIER"
    summary: str = ""
    filer: Filer = field(default_factory=Filer)
    letter: Letter = field(default_factory=Letter)
    as_zip: bool = False
    include_originals: bool = True
    pdf_password: str = ""  # AES-256 on the report, and on every file of a ZIP, when set
    sections: frozenset[str] = PRESET_SECTIONS[LAWYER]
    include_personal: bool = True  # the filer's details; off for a platform by default
    # A platform's bundle: only this platform's items (case-insensitive), and her own
    # sent messages only when she asks for them.
    platform: str = ""
    include_replies: bool = True
    # A platform's whole data export, or a mailbox holding mail not imported, copied as
    # it is: off, since it holds her other conversations (app/export/full_exports.py).
    include_full_exports: bool = False

    @property
    def for_platform(self) -> bool:
        """A platform's abuse desk: its items only, and no location or personal detail
        it does not need (DSA notice, issue #14)."""
        return self.recipient == PLATFORM

    @property
    def sealed(self) -> bool:
        """Every file of the bundle but its READMEs is encrypted: a ZIP with a password
        (a folder's files cannot be; only its report is then locked)."""
        return self.as_zip and bool(self.pdf_password)
    caption: Caption = field(default_factory=Caption)  # heads an avocat's bordereau

    def __post_init__(self) -> None:
        if self.recipient not in RECIPIENTS:
            raise ValueError(f"unknown recipient {self.recipient!r}")
        if self.language not in LANGUAGES:
            raise ValueError(f"unknown language {self.language!r}")
        if not self.sections <= set(SECTIONS):
            raise ValueError(f"unknown sections {sorted(self.sections - set(SECTIONS))}")


def for_recipient(scope: Scope, recipient: str, **chosen: object) -> Options:
    """The preset for ``recipient``, with whatever the user chose on top."""
    preset = Options(scope, recipient=recipient, sections=PRESET_SECTIONS[recipient],
                     include_personal=recipient != PLATFORM,
                     include_replies=recipient != PLATFORM)
    return replace(preset, **chosen)  # type: ignore[arg-type]


def password_problem(password: str) -> Text | None:
    """Why ``password`` cannot seal a ZIP bundle, or None. Tools disagree on how to turn
    an accented letter into the AES key (7-Zip even refuses to make such a ZIP), so the
    recipient might never open the bundle: only ASCII letters, digits, punctuation and
    spaces are taken."""
    if all(" " <= character <= "~" for character in password):
        return None
    return Text(QT_TRANSLATE_NOOP(
        "core", "Use only letters without accents, digits, spaces and punctuation in the "
        "password: some tools that open encrypted ZIP files read other characters "
        "differently, and the recipient could not open the bundle."))


def default_prefix(case_name: str) -> str:
    """A Bates prefix from the case name: ASCII letters and digits, upper case."""
    letters = unicodedata.normalize("NFKD", case_name).encode("ascii", "ignore").decode()
    prefix = re.sub(r"[^A-Za-z0-9]+", "", letters).upper()[:MAX_PREFIX]
    return prefix or "DOSSIER"


def clean_prefix(prefix: str) -> str:
    """The user's prefix kept to what stamps and file names accept; never empty."""
    return default_prefix(prefix)

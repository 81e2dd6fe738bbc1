"""The report PDF of an export, checked with tools nobody here wrote: qpdf, poppler's
pdftotext, pdffonts, pdfinfo, pdfimages and pdftoppm, on a real vault holding the sample
corpus, an incident and an account."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

import pytest
import sqlcipher3
from PIL import Image, ImageChops
from pypdf import PdfReader

from app.case import cases, evidence, incidents, links, people
from app.export import options, plan
from app.export.errors import Cancelled
from app.export.exhibit import Exhibit
from app.export.report.build import ReportInfo, write_report
from app.importing.pipeline import Importer
from app.vault import originals
from app.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, make_vault
from tests.conftest import CORPUS
from tests.samples import documents

NBSP = "\u00a0"
SHOT = "Screenshot_20261105-143012_Instagram.png"


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    assert CORPUS.is_dir(), f"the sample corpus is missing at {CORPUS}"
    vault = Vault.unlock(make_vault(tmp_path_factory.mktemp("report") / "v.dossier"),
                         PASSPHRASE)
    with vault.transaction() as db:
        case_id = cases.create(db, "Affaire Ombre").id
    importer = Importer(vault, case_id)
    list(importer.run([CORPUS]))
    importer.import_data("paysage.pdf", documents.landscape())
    with vault.transaction() as db:
        _describe(db, case_id)
    yield vault
    vault.close()


def _describe(db: sqlcipher3.Connection, case_id: int) -> None:
    items = {item.original_name: item.id for item in evidence.list_items(db, case_id)}
    incident = incidents.save(db, incidents.Incident(
        None, case_id, "Menace par e-mail", "« Tu ne m'échapperas pas »",
        "2026-11-04T23:12:05+01:00", None, "exact", "E-mail", 3))
    links.link(db, items["menace_2026-11-04.eml"], "incident", incident)
    account = people.save_account(db, people.Account(
        None, case_id, None, "Instagram", "@ombre_du_lac", "https://social.example.com/@ombre"))
    links.link(db, items[SHOT], "account", account)
    incidents.set_accounts(db, incident, [account])


class Originals:
    """The exhibits' bytes from the vault, counting who asked for what."""

    def __init__(self, vault: Vault, limit: int | None = None) -> None:
        self.vault, self.limit, self.asked = vault, limit, []

    def __call__(self, exhibit: Exhibit) -> bytes | None:
        self.asked.append(exhibit.label)
        if self.limit is not None and exhibit.item.size > self.limit:
            return None
        blob = evidence.blob_id(self.vault.db, exhibit.item.id)
        return b"".join(originals.chunks(self.vault.db, blob))


def build(vault: Vault, recipient: str = options.LAWYER, **chosen: object) -> plan.Plan:
    case_id = cases.all_cases(vault.db)[0].id
    return plan.build(vault.db, options.for_recipient(
        options.Scope(case_id), recipient, prefix="TEST", **chosen))


def written(vault: Vault, path: Path, found: plan.Plan, **kwargs: object) -> ReportInfo:
    with path.open("wb") as out:
        return write_report(found, out, Originals(vault), **kwargs)  # type: ignore[arg-type]


def tool(*args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(arg) for arg in args], capture_output=True, text=True,
                          check=check, timeout=120)


def pages(path: Path, *password: str) -> list[str]:
    """pdftotext's text of each page, non-breaking spaces made plain."""
    text = tool("pdftotext", *password, "-layout", path, "-").stdout.replace(NBSP, " ")
    return text.split("\f")[:-1]


class Report(NamedTuple):
    path: Path
    info: ReportInfo
    plan: plan.Plan
    progress: list[int]
    fetched: list[str]  # the labels of the exhibits whose bytes were asked for


@pytest.fixture(scope="module")
def lawyer(vault: Vault, tmp_path_factory: pytest.TempPathFactory) -> Report:
    """The avocat's report in French: the one most tests read."""
    path = tmp_path_factory.mktemp("lawyer") / "Rapport.pdf"
    found, fetch = build(vault), Originals(vault)
    done: list[int] = []
    with path.open("wb") as out:
        info = write_report(found, out, fetch, progress=done.append)
    return Report(path, info, found, done, fetch.asked)


def test_the_lawyers_report_passes_qpdf_and_poppler(lawyer: Report) -> None:
    path, info, found, done, _fetched = lawyer
    assert tool("qpdf", "--check", path).returncode == 0
    fonts = tool("pdffonts", path).stdout.splitlines()[2:]
    assert fonts
    assert all(re.search(r"\byes\s+(yes|no)\s+yes\s+\d+\s+\d+$", line)
               for line in fonts), fonts  # embedded, with a ToUnicode map
    properties = dict(line.split(":", 1) for line in tool("pdfinfo", path).stdout.splitlines())
    assert int(properties["Pages"]) == info.pages
    assert properties["Producer"].strip() == properties["Creator"].strip() == "Dossier"
    assert properties["Title"].strip() == "Affaire Ombre — Dossier de pièces"
    assert done == list(range(1, len(found.all_exhibits()) + 1))


def test_every_page_carries_its_stamp_in_sequence(lawyer: Report) -> None:
    path, info = lawyer.path, lawyer.info
    texts = pages(path)
    assert len(texts) == info.pages
    for number, text in enumerate(texts, start=1):
        assert f"TEST-{number:06d}" in text, number
        assert f"page {number} / {info.pages}" in text, number


def test_the_bordereau_lists_the_exhibits_then_each_follows(lawyer: Report) -> None:
    path, found = lawyer.path, lawyer.plan
    text = "\n".join(pages(path))
    assert "Bordereau de communication de pièces" in text
    assert "Pièce n° 1" in text
    assert "Journal de la chaîne de conservation" in text
    assert "adresse professionnelle" in text  # a page of the PDF exhibit, merged
    assert "Page en paysage" in text
    assert "Page tournee" in text
    assert "protégé par un mot de passe" in text
    protected = next(e for e in found.all_exhibits()
                     if e.item.original_name == "protected_password_1234.pdf")
    assert protected.file_name in text
    assert "trop grande pour être reproduite ici (60 000 × 60 000" in text
    assert "position GPS (48.8566, 2.3522)" in text
    assert "198.51.100.23" in text
    assert "Tu ne m'échapperas pas" in text
    assert "[média non inclus dans l'export]" in text
    assert "Titulaire du téléphone" in text
    for exhibit in found.all_exhibits():
        assert exhibit.item.sha256[:16] in text


def test_no_file_path_gets_into_the_pdf(lawyer: Report, vault: Vault) -> None:
    path = lawyer[0]
    unpacked = path.with_suffix(".qdf")
    tool("qpdf", "--qdf", "--object-streams=disable", path, unpacked)
    for raw in (path.read_bytes(), unpacked.read_bytes()):
        for leak in (b"/tmp/", str(Path.home()).encode(), str(vault.path).encode(),
                     str(CORPUS).encode(), b"report/fonts"):
            assert leak not in raw


def test_the_outline_has_sections_and_exhibits(lawyer: Report) -> None:
    path, found = lawyer.path, lawyer.plan
    outline = PdfReader(path).outline
    titles = [entry.title for entry in outline if not isinstance(entry, list)]
    assert titles[:3] == ["Résumé", "Chronologie des incidents", "Statistiques"]
    assert titles[-1] == "Pièces"
    exhibits = outline[-1]
    assert len([e for e in exhibits if not isinstance(e, list)]) == len(found.exhibits)
    assert any(isinstance(e, list) for e in exhibits)  # the e-mail's attachment, nested


def test_only_images_and_pdfs_are_fetched_once_each(lawyer: Report) -> None:
    wanted = [e.label for e in lawyer.plan.all_exhibits() if e.item.kind in ("image", "pdf")
              and not set(e.item.flags) & {"unreadable", "damaged", "password_protected"}
              and int(e.meta("image.width") or 0) < 60000]
    assert sorted(lawyer.fetched) == sorted(wanted)


def test_a_screenshot_keeps_its_exact_pixels(lawyer: Report, tmp_path: Path) -> None:
    path, found = lawyer.path, lawyer.plan
    shot = next(e for e in found.all_exhibits() if e.item.original_name == SHOT)
    page = next(number for number, text in enumerate(pages(path), start=1)
                if f"Pièce n° {shot.number}" in text and SHOT in text)
    tool("pdfimages", "-png", "-f", page, "-l", page, path, tmp_path / "img")
    extracted = Image.open(next(tmp_path.glob("img-*.png"))).convert("RGB")
    original = Image.open(CORPUS / "screenshots" / SHOT).convert("RGB")
    assert ImageChops.difference(extracted, original).getbbox() is None


def test_the_english_report(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "Report.pdf"
    info = written(vault, path, build(vault, language="en"))
    text = "\n".join(pages(path))
    assert "Exhibit 1" in text
    assert "Exhibit index" in text
    assert "Pièce n°" not in text
    assert "4 November 2026, 23:12:05" in text
    assert info.pages == len(pages(path))


def test_the_police_get_the_facts_identifiers_and_letter(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    written(vault, path, build(vault, options.POLICE))
    text = "\n".join(pages(path))
    for expected in ("Exposé des faits", "Identifiants de l'auteur ou des auteurs",
                     "Lettre au procureur de la République", "Procureur de la République",
                     "ombre.du.lac@example.net", "198.51.100.99", "+33612345678",
                     "Frise chronologique par plateforme", "Actes par semaine"):
        assert expected in text, expected


def test_a_platform_report_holds_no_personal_details_nor_advice_meant_for_her(
        vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    filer = options.Filer("Zoé Déposante", "06 00 00 00 00", "1 rue de la Paix")
    written(vault, path, build(vault, options.PLATFORM, filer=filer, platform="Instagram"))
    text = " ".join(" ".join(pages(path)).split())
    assert "Instagram" in text
    assert "PHAROS" not in text  # her note (PHAROS.txt) is not the platform's reading
    assert "Zoé Déposante" not in text  # no personal details for a platform


@pytest.mark.parametrize("sections", [
    options.PRESET_SECTIONS[options.LAWYER],  # PDF exhibits merged, then encrypted by pypdf
    frozenset({options.INDEX, options.CUSTODY}),  # nothing to merge: fpdf2 encrypts
], ids=["merged", "laid-out"])
def test_a_password_encrypts_with_aes_256(vault: Vault, tmp_path: Path,
                                          sections: frozenset[str]) -> None:
    path, password = tmp_path / "r.pdf", "l'été 🔒"
    info = written(vault, path, build(vault, pdf_password=password, sections=sections))
    shown = tool("qpdf", "--show-encryption", f"--password={password}", path).stdout
    assert "R = 6" in shown
    assert "AESv3" in shown
    assert tool("pdftotext", path, "-", check=False).returncode != 0
    assert tool("pdfinfo", path, check=False).returncode != 0  # the title names the case
    assert len(pages(path, "-upw", password)) == info.pages
    assert "TEST-000001" in pages(path, "-upw", password)[0]
    assert tool("qpdf", "--check", f"--password={password}", path).returncode == 0


def test_files_too_big_to_embed_get_a_page_naming_them(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    found = build(vault)
    with path.open("wb") as out:
        write_report(found, out, Originals(vault, limit=0))
    assert tool("qpdf", "--check", path).returncode == 0
    text = " ".join(" ".join(pages(path)).split())
    assert "trop volumineux pour être reproduit dans ce rapport" in text


def test_cancel_stops_between_exhibits(vault: Vault, tmp_path: Path) -> None:
    done: list[int] = []
    with (tmp_path / "r.pdf").open("wb") as out, pytest.raises(Cancelled):
        write_report(build(vault), out, Originals(vault), progress=done.append,
                     cancelled=lambda: len(done) >= 3)
    assert done == [1, 2, 3]


def test_chosen_sections_only(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    found = build(vault)
    found = replace(found, options=replace(found.options, sections=frozenset({options.INDEX})))
    info = written(vault, path, found)
    text = "\n".join(pages(path))
    assert "Bordereau de communication de pièces" in text
    assert "Pièce n° 1 " not in text
    assert info.pages < 10
    found = replace(found, options=replace(found.options, sections=frozenset()))
    assert written(vault, path, found).pages == len(pages(path)) == 1  # the cover alone


def test_cover_index_and_exhibits_render(lawyer: Report, tmp_path: Path) -> None:
    """pdftoppm draws the pages; the cover is not blank. (Look at them too: render with
    pdftoppm -r 60 and open the PNGs.)"""
    path = lawyer[0]
    tool("pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "3", path, tmp_path / "p")
    cover = Image.open(tmp_path / "p-01.png").convert("L")
    assert cover.getextrema()[0] < 100  # some dark ink: the title


def test_an_empty_case_still_gives_a_valid_report(tmp_path: Path) -> None:
    vault = Vault.unlock(make_vault(tmp_path / "e.dossier"), PASSPHRASE)
    with vault.transaction() as db:
        cases.create(db, "Vide")
    path = tmp_path / "r.pdf"
    info = written(vault, path, build(vault, options.POLICE))
    vault.close()
    assert tool("qpdf", "--check", path).returncode == 0
    assert info.pages == len(pages(path)) >= 2


def test_a_date_from_a_file_name_says_which_system_wrote_the_name(lawyer: Report,
                                                                 vault: Vault,
                                                                 tmp_path: Path) -> None:
    """The index and the exhibit pages say which convention the name followed, from
    the import's record of it ("(macos-fr)" in capture.filename)."""
    french = " ".join(" ".join(pages(lawyer.path)).split())
    assert "nom de fichier d'une capture d'écran Android" in french  # SHOT
    assert "nom de fichier d'une capture ou d'un enregistrement d'écran macOS" in french
    assert "nom de fichier d'une capture d'écran Windows" in french
    assert "nom de fichier d'un média WhatsApp" in french
    path = tmp_path / "Report.pdf"
    written(vault, path, build(vault, language="en"))
    english = " ".join(" ".join(pages(path)).split())
    assert "the file name of an Android screenshot" in english

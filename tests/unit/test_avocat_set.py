"""The avocat's set (issue #14 §4): Bordereau.docx, read as the XML Word reads, and one
PDF per exhibit under pieces/, checked with poppler's pdfinfo and pdftotext; on a real
vault holding the sample corpus, an account tied to the Instagram screenshot."""

from __future__ import annotations

import json
import re
import string
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree

import pytest

from app.case import caption, cases, evidence, links, people
from app.export import bordereau_docx, exhibit_words, exporting, options, plan, wording
from app.export.errors import Cancelled
from app.export.exhibit import Exhibit
from app.export.report import pieces
from app.importing.pipeline import Importer
from app.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, make_vault
from tests.conftest import CORPUS
from tests.samples import documents

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NBSP = "\u00a0"
SHOT = "Screenshot_20261105-143012_Instagram.png"
CAPTION = caption.Caption("Tribunal judiciaire de Lyon", "25/01234", "Mme Claire Martin",
                          "M. X, se présentant comme « Ombre »")


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault = Vault.unlock(make_vault(tmp_path_factory.mktemp("avocat") / "v.dossier"),
                         PASSPHRASE)
    with vault.transaction() as db:
        case_id = cases.create(db, "Affaire Ombre").id
    importer = Importer(vault, case_id)
    list(importer.run([CORPUS / "screenshots", CORPUS / "email", CORPUS / "pdf",
                       CORPUS / "photos"]))
    importer.import_data("paysage.pdf", documents.landscape())
    with vault.transaction() as db:
        items = {item.original_name: item.id for item in evidence.list_items(db, case_id)}
        account = people.save_account(db, people.Account(
            None, case_id, None, "Instagram", "@ombre_du_lac", ""))
        links.link(db, items[SHOT], "account", account)
    yield vault
    vault.close()


def _case(vault: Vault) -> int:
    return cases.all_cases(vault.db)[0].id


def _lawyer(vault: Vault, language: str = "fr", **chosen: object) -> options.Options:
    return options.for_recipient(options.Scope(_case(vault)), options.LAWYER,
                                 language=language, prefix="TEST", **chosen)


@pytest.fixture(scope="module")
def bundle(vault: Vault, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle") / "Dossier-avocat"
    exporting.export(vault, _lawyer(vault, caption=CAPTION), out)
    return out


def _by_name(vault: Vault, language: str) -> dict[str, Exhibit]:
    found = plan.build(vault.db, _lawyer(vault, language))
    return {part.item.original_name: part for e in found.exhibits for part in e.every()}


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", "Capture d'écran Instagram du 5 novembre 2026, compte @ombre_du_lac"),
    ("en", "Instagram screenshot of 5 November 2026, account @ombre_du_lac"),
])
def test_a_screenshot_is_described_by_what_it_shows(vault: Vault, language: str,
                                                     expected: str) -> None:
    found = plan.build(vault.db, _lawyer(vault, language))
    assert exhibit_words.describe(found, _by_name(vault, language)[SHOT]) == expected


def test_no_description_is_a_bare_file_name(vault: Vault) -> None:
    found = plan.build(vault.db, _lawyer(vault))
    described = {part.item.original_name: exhibit_words.describe(found, part)
                 for e in found.exhibits for part in e.every()}
    for name, text in described.items():
        assert name not in text, (name, text)
    assert described["photo_parking.jpg"] == "Photo du 3 novembre 2026"
    # What it is, then the subject it carries (a title of her own would stand alone).
    assert described["menace_2026-11-04.eml"] == (
        f"E-mail du 4 novembre 2026, de Ombre <ombre.du.lac@example.net>{NBSP}: "
        f"«{NBSP}Tu ne m'échapperas pas{NBSP}»")
    assert described["releve_commentaires.pdf"] == (
        f"Document PDF du 4 novembre 2026{NBSP}: «{NBSP}Relevé des commentaires publics{NBSP}»")
    # Dated only by its copy: the day is not the content's, so it is not said.
    assert described["protected_password_1234.pdf"] == "Document PDF"


def _document_rows(docx: Path) -> tuple[list[str], list[list[str]]]:
    """The paragraphs before the table, and the table's rows, as Word reads them."""
    with zipfile.ZipFile(docx) as archive:
        root = ElementTree.fromstring(archive.read("word/document.xml"))
    body = root.find(f"{W}body")
    assert body is not None
    paragraphs = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in body.findall(f"{W}p")]
    (table,) = body.findall(f"{W}tbl")
    rows = [["".join(t.text or "" for t in cell.iter(f"{W}t")) for cell in row.findall(f"{W}tc")]
            for row in table.findall(f"{W}tr")]
    return paragraphs, rows


def test_the_bordereau_lists_every_exhibit_as_the_manifest_does(bundle: Path) -> None:
    paragraphs, rows = _document_rows(bundle / "Bordereau.docx")
    assert paragraphs[0] == "BORDEREAU DE COMMUNICATION DE PIÈCES"
    assert f"Juridiction{NBSP}: Tribunal judiciaire de Lyon" in paragraphs
    assert f"RG n°{NBSP}25/01234" in paragraphs
    assert f"Pour{NBSP}: Mme Claire Martin" in paragraphs
    assert f"Contre{NBSP}: M. X, se présentant comme « Ombre »" in paragraphs
    assert rows[0] == ["N°", "Désignation de la pièce", "Date", "Empreinte SHA-256"]
    records = json.loads((bundle / "manifest.json").read_text("utf-8"))["exhibits"]
    assert len(rows) - 1 == len(records) >= 9
    for row, record in zip(rows[1:], records, strict=True):
        assert row[0] == record["number"]
        assert row[3] == record["sha256"]
        assert row[1]
        assert record["original_name"] not in row[1]
        assert "déjà communiquée" not in row[1]  # the first communication
        assert re.search(r"\d{4}|date inconnue", row[2])
    shot = next(row for row, record in zip(rows[1:], records, strict=True)
                if record["original_name"] == SHOT)
    assert shot[1] == "Capture d'écran Instagram du 5 novembre 2026, compte @ombre_du_lac"
    attachment = next(row for row in rows[1:] if "-" in row[0])
    assert f"pièce jointe de la pièce n°{NBSP}{attachment[0].split('-')[0]}" in attachment[1]
    listed = json.loads((bundle / "manifest.json").read_text("utf-8"))["files"]
    assert "Bordereau.docx" in listed
    sums = (bundle / "SHA256SUMS").read_text("utf-8")
    assert "  Bordereau.docx\n" in sums


def _text(pdf: Path, *pages: str) -> str:
    return subprocess.run(["pdftotext", "-layout", *pages, str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout.replace(NBSP, " ")


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                          text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))  # type: ignore[union-attr]


def test_one_pdf_per_exhibit_with_its_header_and_content(bundle: Path) -> None:
    records = json.loads((bundle / "manifest.json").read_text("utf-8"))
    wholes = [r for r in records["exhibits"] if not r["parent"]]
    pieces = sorted((bundle / "pieces").iterdir())
    assert [p.name for p in pieces] == [f"Piece-{r['label'][1:]}.pdf" for r in wholes]
    sums = (bundle / "SHA256SUMS").read_text("utf-8")
    for piece, record in zip(pieces, wholes, strict=True):
        assert f"  pieces/{piece.name}\n" in sums
        assert f"pieces/{piece.name}" in records["files"]
        first = _text(piece, "-f", "1", "-l", "1")
        assert f"Pièce n° {record['number']}" in first
        assert record["sha256"] in first.replace(" ", "") or record["sha256"][:32] in first
        assert f"TEST-{record['label']}-000001" in first
    # A PDF exhibit's pages follow its header page: two pages of content, merged.
    releve = next(r for r in wholes if r["original_name"] == "releve_commentaires.pdf")
    pdf = bundle / "pieces" / f"Piece-{releve['label'][1:]}.pdf"
    assert _pages(pdf) == 3
    assert "adresse professionnelle" in _text(pdf)
    # An e-mail's attachment is in its exhibit's file, numbered under it.
    mail = next(r for r in wholes if r["original_name"] == "menace_2026-11-04.eml")
    text = _text(bundle / "pieces" / f"Piece-{mail['label'][1:]}.pdf")
    assert f"Pièce jointe de la pièce n° {mail['number']}" in text


def test_the_pieces_are_locked_with_the_report(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "locked"
    exporting.export(vault, _lawyer(vault, pdf_password="correct horse"), out)
    for piece in (out / "pieces").iterdir():
        failed = subprocess.run(["pdfinfo", str(piece)], capture_output=True, text=True,
                                check=False)
        assert failed.returncode != 0
        opened = subprocess.run(["pdfinfo", "-upw", "correct horse", str(piece)],
                                capture_output=True, text=True, check=False)
        assert re.search(r"^Encrypted:\s+yes .*AES-256", opened.stdout, re.MULTILINE)


def test_english_bundle_keeps_the_french_file_names(vault: Vault, bundle: Path,
                                                    tmp_path: Path) -> None:
    """After the French bundle: every exhibit is sent again, and says when it was first."""
    out = tmp_path / "en"
    exporting.export(vault, replace(_lawyer(vault, "en"), caption=caption.Caption(rg="25/1")),
                     out)
    paragraphs, rows = _document_rows(out / "Bordereau.docx")
    assert paragraphs[0] == "LIST OF EXHIBITS COMMUNICATED"
    assert "Docket (RG) no. 25/1" in paragraphs
    assert not any(p.startswith(("Court:", "For:", "Against:")) for p in paragraphs)
    assert rows[0] == ["No.", "Description", "Date", "SHA-256 hash"]
    assert all(re.search(r" \(already communicated on \d{1,2} [A-Z][a-z]+ \d{4}\)$", row[1])
               for row in rows[1:]), rows
    assert "(attachment to exhibit " in next(row[1] for row in rows[1:] if "-" in row[0])
    assert "Exhibit 1" in _text(out / "pieces" / "Piece-001.pdf", "-f", "1", "-l", "1")


def test_only_an_avocat_gets_the_set(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "police"
    exporting.export(vault, options.for_recipient(options.Scope(_case(vault)), options.POLICE),
                     out)
    assert not (out / "pieces").exists()
    assert not (out / "Bordereau.docx").exists()
    for name in ("README-FR.txt", "README-EN.txt"):
        readme = (out / name).read_text("utf-8-sig")
        assert "pieces/" not in readme
        assert "Bordereau.docx" not in readme
        assert "Piece-005" not in readme  # the entry's second line went with it
        assert "originals/" in readme


def test_the_readmes_say_what_the_set_holds(bundle: Path) -> None:
    french = (bundle / "README-FR.txt").read_text("utf-8-sig")
    assert "pieces/         une pièce par fichier PDF (Piece-005.pdf)" in french
    assert "Bordereau.docx  le bordereau de communication de pièces, modifiable." in french
    english = (bundle / "README-EN.txt").read_text("utf-8-sig")
    assert "pieces/         one exhibit per PDF file (Piece-005.pdf)" in english


def test_the_caption_is_kept_per_case(vault: Vault) -> None:
    case_id = _case(vault)
    with vault.transaction() as db:
        other = cases.create(db, "Autre affaire").id
    caption.remember(vault, case_id, CAPTION)
    assert caption.load(vault.db, case_id) == CAPTION
    assert caption.load(vault.db, other) == caption.Caption()
    changed = CAPTION.updated(rg="", against=None, jurisdiction="  TJ\nde Paris\u202e ")
    assert changed == replace(CAPTION, rg="", jurisdiction="TJ de Paris")
    caption.remember(vault, case_id, changed)
    assert caption.load(vault.db, case_id) == changed
    caption.remember(vault, case_id, caption.Caption())
    assert vault.setting(f"caption.{case_id}") is None
    with vault.transaction() as db:
        db.execute("INSERT INTO settings VALUES (?, ?)", (f"caption.{case_id}", "[not json"))
    assert caption.load(vault.db, case_id) == caption.Caption()
    assert len(caption.Caption(rg="9" * 5000).cleaned().rg) == caption.MAX_LENGTH


def test_pieces_split_from_small_batches_are_each_whole(vault: Vault, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two exhibits a batch: each file still holds its own pages only, stamped and
    counted from 1, whichever batch it came from."""
    monkeypatch.setattr(pieces, "BATCH", 2)
    out = tmp_path / "batches"
    exporting.export(vault, _lawyer(vault), out)
    records = [r for r in json.loads((out / "manifest.json").read_text("utf-8"))["exhibits"]
               if not r["parent"]]
    for record in records:
        pdf = out / "pieces" / f"Piece-{record['label'][1:]}.pdf"
        count = _pages(pdf)
        text = _text(pdf)
        assert text.count(f"Pièce n° {record['number']}\n") >= 1
        assert [f"TEST-{record['label']}-{page:06d}" for page in range(1, count + 1)] == \
            re.findall(r"TEST-P\d+-\d{6}", text)
        assert re.findall(r"^\s*page (\d+) / (\d+)$", text, re.MULTILINE) == [
            (str(page), str(count)) for page in range(1, count + 1)]
        assert record["sha256"][:32] in text.replace(" ", "").replace("\n", "")
    wide = next(r for r in records if r["original_name"] == "paysage.pdf")
    pdf = out / "pieces" / f"Piece-{wide['label'][1:]}.pdf"
    assert "Page tournee" in _text(pdf, "-f", "3", "-l", "3")
    assert re.findall(r"^\s*page (\d) / 3$", _text(pdf), re.MULTILINE) == ["1", "2", "3"]


def test_cancel_while_writing_the_pieces_leaves_nothing(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "cancelled"
    steps: list[str] = []
    with pytest.raises(Cancelled):
        exporting.export(vault, _lawyer(vault), out, progress=lambda p: steps.append(p.step),
                         cancelled=lambda: exporting.PIECES in steps)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("words", [exhibit_words.WORDS, bordereau_docx.WORDS])
def test_both_languages_say_the_same_things(words: dict[str, tuple[str, str]]) -> None:
    glue = {"_", "_N"}  # French spacing, which English leaves out
    for key, (french, english) in words.items():
        names = [{name for _, name, _, _ in string.Formatter().parse(text) if name} - glue
                 for text in (french, english)]
        assert names[0] == names[1], key
        for language in ("fr", "en"):
            said = wording.say_from(words, language, key, **dict.fromkeys(names[0], "x"))
            assert "{" not in said


def test_a_hostile_title_cannot_disguise_itself_in_the_bordereau(vault: Vault,
                                                                tmp_path: Path) -> None:
    """A subject with a right-to-left override and a control character: the bordereau
    shows the override by its code point and keeps a valid document."""
    hostile = "Facture\u202egnp.exe\x07 payée"
    with vault.transaction() as db:
        item_id = db.execute("SELECT id FROM items WHERE original_name = ?",
                             ("protected_password_1234.pdf",)).fetchone()[0]
        db.execute("UPDATE items SET title = ? WHERE id = ?", (hostile, item_id))
    try:
        out = tmp_path / "hostile"
        exporting.export(vault, _lawyer(vault), out)
        _paragraphs, rows = _document_rows(out / "Bordereau.docx")
    finally:
        with vault.transaction() as db:
            db.execute("UPDATE items SET title = '' WHERE id = ?", (item_id,))
    assert any(row[1].startswith("Facture[U+202E]gnp.exe\ufffd payée") for row in rows)
    assert not any("\u202e" in cell for row in rows for cell in row)


# How the corpus photo's position could be printed: degrees, decimals, minutes.
COORDINATES = ("48.85", "48,85", "2.35", "2,35", "48°", "51'", "23.76", "2.3522", "48.8566")


def _gps_blocks(folder: Path) -> list[str]:
    """The images of ``folder`` that still carry an EXIF GPS block, read by Pillow."""
    from PIL import Image

    located = []
    for path in sorted(folder.iterdir()):
        if path.suffix in (".jpg", ".png", ".ppm", ".pbm", ".tif"):
            with Image.open(path) as image:
                if image.getexif().get_ifd(0x8825):
                    located.append(path.name)
    return located


def test_no_piece_carries_the_photo_s_location(bundle: Path, tmp_path: Path) -> None:
    """Pièces are communicated to the other side: each embeds the photo's copy without
    location, and its header says so, without the coordinates."""
    assert _gps_blocks(bundle / "originals") == ["P001_photo_parking.jpg"]  # the test sees GPS
    pieces_found = sorted((bundle / "pieces").glob("*.pdf"))
    assert len(pieces_found) == len(json.loads((bundle / "manifest.json").read_text())[
        "exhibits"]) - 1  # every exhibit but the e-mail's attachment, inside its e-mail
    for piece in pieces_found:
        images = tmp_path / piece.stem
        images.mkdir()
        done = subprocess.run(["pdfimages", "-all", piece, images / "image"],
                              capture_output=True, check=False)
        assert done.returncode == 0, done.stderr
        assert _gps_blocks(images) == [], piece.name
        text = subprocess.run(["pdftotext", piece, "-"], capture_output=True, text=True,
                              check=True).stdout
        for coordinate in COORDINATES:
            assert coordinate not in text, (piece.name, coordinate)
    photo = " ".join(subprocess.run(["pdftotext", bundle / "pieces" / "Piece-001.pdf", "-"],
                                    capture_output=True, text=True, check=True).stdout.split())
    assert ("Cette photo contenait le lieu où elle a été prise : cette pièce n'en reproduit "
            "qu'une copie sans localisation") in photo.replace(NBSP, " ")
    # The avocat's own report keeps the original and says which file to communicate.
    report = " ".join(subprocess.run(["pdftotext", bundle / "Rapport.pdf", "-"],
                                     capture_output=True, text=True, check=True).stdout.split())
    assert ("c'est elle que reproduit pieces/Piece-001.pdf. Ce rapport reproduit l'original, "
            "avec sa position : il ne se communique pas tel quel.") in report.replace(NBSP, " ")


def test_the_manifest_names_each_exhibit_s_piece_and_only_files_that_are_there(
        bundle: Path) -> None:
    from tests.cli.test_full_exports import listed_files, named_files

    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    listed = listed_files(bundle)
    assert named_files(manifest) <= listed, named_files(manifest) - listed
    exhibits = manifest["exhibits"]
    by_label = {e["label"]: e for e in exhibits}
    for exhibit in exhibits:
        own = by_label[exhibit["parent"] or exhibit["label"]]["label"]  # its parent's piece
        assert exhibit["piece"] == f"pieces/Piece-{own.removeprefix('P')}.pdf"
    on_disk = {f"pieces/{path.name}" for path in (bundle / "pieces").iterdir()}
    assert on_disk == {e["piece"] for e in exhibits}
    (photo,) = [e for e in exhibits if e["original_name"] == "photo_parking.jpg"]
    copy = photo["location_free_copy"]
    assert (copy["original_sha256"], copy["original_in_bundle"]) == (photo["sha256"], True)
    assert {photo["file"], copy["file"]} <= listed


def test_the_filing_page_s_words_are_true_her_contact_and_address_are_never_saved(
        vault: Vault, tmp_path: Path) -> None:
    """What the wizard's filing page says for an avocat (ui/export/pages.py): her name and
    the caption are kept in the case, her contact and address are not, anywhere."""
    phone, address = "06 12 34 56 78", "12 rue des Lilas, 69003 Lyon"
    chosen = _lawyer(vault, caption=CAPTION, filer=options.Filer(
        "Claire Martin", contact=phone, address=address))
    exporting.export(vault, chosen, tmp_path / "bundle")
    caption.remember(vault, _case(vault), CAPTION)  # as the wizard does after the export
    kept = " ".join(str(value) for row in vault.db.execute(
        "SELECT key, value FROM settings UNION ALL SELECT action, details FROM custody")
        for value in row)
    assert "Claire Martin" in kept
    assert "25/01234" in kept
    assert phone not in kept
    assert "rue des Lilas" not in kept
    report = subprocess.run(["pdftotext", tmp_path / "bundle" / "Rapport.pdf", "-"],
                            capture_output=True, text=True, check=True).stdout
    assert "rue des Lilas" in report  # used in this export

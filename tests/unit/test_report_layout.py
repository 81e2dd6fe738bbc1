"""The report's building blocks: text that never overflows, characters the fonts lack,
tables with rows taller than a page, and PNG rows copied without decoding."""

from __future__ import annotations

import io
import subprocess
import zlib
from pathlib import Path

from PIL import Image, ImageChops

from app.export.report import png as report_png
from app.export.report.document import ReportDocument
from app.export.report.table import Column, table

URL = "https://social.example.com/@ombre_du_lac/" + "a1b2c3" * 60


def document() -> ReportDocument:
    doc = ReportDocument("fr", "TEST", "Affaire — Dossier de pièces")
    doc.add_page()
    return doc


def finished(doc: ReportDocument, path: Path) -> str:
    doc.output(str(path))
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_long_tokens_wrap_inside_the_width() -> None:
    doc = document()
    doc.set_font("dejavu", size=10)
    width = 80.0
    lines = doc.wrap(f"Voir {URL} et {'f' * 64} fin", width)
    assert len(lines) > 5
    assert all(doc.get_string_width(line) <= width + 0.01 for line in lines)
    assert "".join(lines).replace(" ", "") == f"Voir{URL}et{'f' * 64}fin"
    doc.release()


def test_blank_lines_and_indentation_are_kept() -> None:
    doc = document()
    doc.set_font("dejavu", size=10)
    assert doc.wrap("un\n\n  deux", 100) == ["un", "", "  deux"]
    doc.release()


def test_characters_the_fonts_lack_are_named_not_dropped(tmp_path: Path) -> None:
    doc = document()
    assert doc.clean("verrou 🔒 ok") == "verrou [U+1F512] ok"
    assert doc.clean("\ufeffbip\x07!") == "bip[U+0007]!"  # a byte-order mark: invisible
    assert doc.clean("« été » œ € ’ 😡") == "« été » œ € ’ 😡"
    doc.paragraph("Chère Camille, « à bientôt » 🔒")
    assert "[U+1F512]" in finished(doc, tmp_path / "t.pdf")


def test_a_row_taller_than_a_page_runs_over_pages(tmp_path: Path) -> None:
    doc = document()
    words = " ".join(f"mot{n}" for n in range(3000))
    table(doc, [Column("N°", 20), Column("Texte", 154)],
          [["1", "court"], ["2", [("B", "Titre"), ("", words)]], ["3", "fin"]])
    pages = doc.page
    text = finished(doc, tmp_path / "t.pdf")
    assert pages > 3
    assert "mot0" in text
    assert "mot2999" in text
    assert "fin" in text
    assert text.count("Texte") == pages  # the header row on every page


def test_png_rows_are_copied_exactly(tmp_path: Path) -> None:
    image = Image.effect_noise((64, 48), 60).convert("RGB")
    data = io.BytesIO()
    image.save(data, "PNG")
    rows = report_png.read(data.getvalue())
    assert rows is not None
    assert (rows.width, rows.height, rows.channels) == (64, 48, 3)
    doc = document()
    doc.image(report_png.add(doc, "shot", rows), x=20, y=20, w=64)
    finished(doc, tmp_path / "t.pdf")
    subprocess.run(["pdfimages", "-png", str(tmp_path / "t.pdf"), str(tmp_path / "i")],
                   check=True)
    extracted = Image.open(tmp_path / "i-000.png").convert("RGB")
    assert ImageChops.difference(extracted, image).getbbox() is None


def interlaced(png: bytes) -> bytes:
    """The same PNG with its header saying Adam7 (Pillow does not write interlaced PNGs)."""
    header = bytearray(png[16:29])
    header[12] = 1
    crc = zlib.crc32(bytes(header), zlib.crc32(b"IHDR")).to_bytes(4, "big")
    return png[:16] + bytes(header) + crc + png[33:]


def test_pngs_the_decoder_must_handle_are_refused() -> None:
    def png(image: Image.Image, **options: object) -> bytes:
        out = io.BytesIO()
        image.save(out, "PNG", **options)
        return out.getvalue()

    opaque = png(Image.new("RGB", (8, 8), "red"))
    assert report_png.read(opaque) is not None
    assert report_png.read(png(Image.new("RGBA", (8, 8)))) is None  # alpha
    assert report_png.read(interlaced(opaque)) is None
    assert report_png.read(opaque[: len(opaque) // 2]) is None  # cut short
    broken = bytearray(opaque)
    broken[45] ^= 0xFF  # inside IDAT: its CRC no longer matches
    assert report_png.read(bytes(broken)) is None
    assert report_png.read(b"GIF89a") is None

"""PDFs: a two-page statement whose Info and XMP dates disagree, a platform's receipt, and
the same receipt locked with a password (AES-256)."""

from __future__ import annotations

import hashlib
import io
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from app.export.report.document import font_file
from tests.samples.folder import Folder

PARIS_WINTER = timezone(timedelta(hours=1))
# The XMP packet says when the PDF was re-exported, not when the statement was written:
# the importer must keep both dates and say which one it used.
XMP = """<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmp:CreatorTool="Export de conversation" xmp:CreateDate="2026-11-30T00:13:30+00:00"
 xmp:ModifyDate="2026-11-30T00:13:30+00:00" xmp:MetadataDate="2026-11-30T00:13:30+00:00"/>
</rdf:RDF>
</x:xmpmeta>"""
COMMENTS = ("Elle ment sur tout", "Voici son adresse professionnelle",
            "Allez lui dire ce que vous en pensez")
RECEIPT = ("Votre signalement n° 88412 a bien été reçu le 12/11/2026.",
           "Nous l'examinerons sous 48 heures.")


def write(folder: Folder) -> None:
    folder.put("pdf/releve_commentaires.pdf", statement())
    folder.put("pdf/signalement_plateforme.pdf", receipt())
    folder.put("pdf/protected_password_1234.pdf", locked(receipt(), "1234"))


def statement() -> bytes:
    """36 public comments over two pages, titled, dated 2026-11-04 10:15 in Info."""
    lines = [f"Commentaire {n}: « {COMMENTS[(n - 1) % 3]} » publié par @ombre_du_lac."
             for n in range(1, 37)]
    return document("Relevé des commentaires publics", datetime(2026, 11, 4, 10, 15),
                    lines, xmp=XMP)


def receipt() -> bytes:
    return document("Accusé de réception du signalement", datetime(2026, 11, 12, 9, 30),
                    list(RECEIPT))


def document(title: str, created: datetime, lines: list[str], xmp: str = "") -> bytes:
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_title(title)
    pdf.set_creator("Export de conversation")
    pdf.set_producer("corpus")
    pdf.set_creation_date(created.replace(tzinfo=PARIS_WINTER))
    if xmp:
        pdf.set_xmp_metadata(xmp)
    # Embedded, subset fonts with a ToUnicode map, as PDFs from phones and browsers have:
    # a report that includes these pages is checked for exactly that.
    pdf.add_font("Sans", "", font_file("DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", font_file("DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=60)
    pdf.add_page()
    pdf.set_font("Sans", "B", 16)
    pdf.cell(0, 40, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", size=11)
    for line in lines:
        pdf.cell(0, 20, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def locked(data: bytes, password: str) -> bytes:
    """The PDF encrypted with AES-256 for ``password``, with the same bytes on every run."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    out = io.BytesIO()
    with fixed_randomness(password.encode()):
        writer.encrypt(password, f"owner-{password}", algorithm="AES-256")
        writer.write(out)
    return out.getvalue()


@contextmanager
def fixed_randomness(seed: bytes) -> Iterator[None]:
    """pypdf draws its file key, salts and IVs from ``secrets``: a counter hash stands in,
    so the locked sample hashes the same on every run. The key protects nothing here."""
    counter = iter(range(1 << 62))

    def token_bytes(nbytes: int | None = None) -> bytes:
        block = hashlib.sha512(seed + next(counter).to_bytes(8, "big")).digest()
        return block[: 32 if nbytes is None else nbytes]

    real = secrets.token_bytes
    secrets.token_bytes = token_bytes
    try:
        yield
    finally:
        secrets.token_bytes = real


def landscape() -> bytes:
    """A landscape page and a portrait page turned by /Rotate, as scanners write them.
    (Its font is embedded: the report keeps an original's fonts as they are.)"""
    document = FPDF(orientation="L")
    document.add_font("sans", "", font_file("DejaVuSans.ttf"))
    document.set_font("sans", size=20)
    for text in ("Page en paysage", "Page tournee"):
        document.add_page()
        document.cell(0, 20, text)
    writer = PdfWriter(clone_from=io.BytesIO(document.output()))
    writer.pages[1].rotate(90)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

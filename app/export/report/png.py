"""PNG screenshots copied into the PDF without being decoded.

A PNG's compressed pixel rows (its IDAT chunks) are exactly what a PDF image with
FlateDecode and the PNG predictors holds, so an opaque, non-interlaced PNG can go into
the report as it is: the same pixels, at a fraction of the cost of decoding and
compressing them again, which is what keeps 1,000 screenshots within a minute. A PNG
with transparency, a colour profile, interlacing or 16-bit samples goes through the
ordinary decoder instead.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from fpdf import FPDF
from fpdf.image_datastructures import RasterImageInfo

SIGNATURE = b"\x89PNG\r\n\x1a\n"
GREY, RGB, PALETTE = 0, 2, 3  # PNG colour types copied as they are
_DEPTHS = {GREY: (1, 2, 4, 8), RGB: (8,), PALETTE: (1, 2, 4, 8)}
_DECODED = (b"tRNS", b"iCCP")  # transparency or a colour profile: the decoder handles them


@dataclass(frozen=True)
class PngRows:
    """What a PDF image needs from a PNG: its size, colours and compressed rows."""

    width: int
    height: int
    colour: int
    depth: int
    palette: bytes
    rows: bytes  # the IDAT chunks joined: a zlib stream of filtered rows

    @property
    def channels(self) -> int:
        return 3 if self.colour == RGB else 1


def read(data: bytes) -> PngRows | None:
    """The PNG's rows if they can be copied as they are; None otherwise (not a PNG, or a
    kind the decoder must handle, or damaged)."""
    header, palette, chunks = _chunks(data)
    if header is None or len(header) != 13:
        return None
    width, height, depth, colour, method, filtering, interlace = struct.unpack(">IIBBBBB", header)
    if (colour not in _DEPTHS or depth not in _DEPTHS[colour] or method or filtering
            or interlace or not width or not height or (colour == PALETTE and not palette)):
        return None
    return PngRows(width, height, colour, depth, palette, b"".join(chunks))


def _chunks(data: bytes) -> tuple[bytes | None, bytes, list[bytes]]:
    """IHDR, PLTE and the IDAT chunks; (None, ...) when a chunk fails its CRC, the file
    stops before IEND, or it holds what the decoder must handle. The importer decoded
    the image already (it would be flagged unreadable otherwise), so sound chunks are
    sound rows; checking the CRCs costs a fraction of inflating them."""
    if not data.startswith(SIGNATURE):
        return None, b"", []
    header, palette, rows = None, b"", []
    position = len(SIGNATURE)
    while position + 12 <= len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        end = position + 8 + length
        body = data[position + 8:end]
        if (end + 4 > len(data) or kind in _DECODED
                or zlib.crc32(body, zlib.crc32(kind)) != struct.unpack(">I", data[end:end + 4])[0]):
            return None, b"", []
        position = end + 4
        if kind == b"IHDR":
            header = body
        elif kind == b"PLTE":
            palette = body
        elif kind == b"IDAT":
            rows.append(body)
        elif kind == b"IEND":
            return header, palette, rows
    return None, b"", []  # no IEND: cut short


def add(doc: FPDF, name: str, found: PngRows) -> str:
    """Put the rows in ``doc``'s image cache under ``name``, so that ``doc.image(name)``
    draws them without reading any file."""
    images = doc.image_cache.images
    if name not in images:
        info = RasterImageInfo(
            data=found.rows, w=found.width, h=found.height, bpc=found.depth,
            cs={RGB: "DeviceRGB", GREY: "DeviceGray", PALETTE: "Indexed"}[found.colour],
            dpn=found.channels, f="FlateDecode", inverted=False, iccp=None, iccp_i=None,
            dp=f"/Predictor 15 /Colors {found.channels} /Columns {found.width}",
            i=len(images) + 1, usages=0)
        if found.colour == PALETTE:
            info["pal"] = found.palette
        images[name] = info
    return name

"""A copy of a picture without the place it was taken: for a platform, or the other side.

A photo's EXIF GPS block, its XMP packet (which may repeat the position, or name a city)
and its IPTC block (city, sub-location) tell whoever receives the file where the victim
was. The copy leaves those out and keeps every other byte: a JPEG's or PNG's image data
is copied as it is, never re-encoded, so the copy shows exactly what the original shows.
Other picture formats that hold a location are re-drawn as a PNG with no metadata at all.

``strip`` runs in the reader child, named ``"app.importing.formats.location:strip"``,
since it parses bytes a harasser may have crafted; it never raises for what a file does.
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from PIL import Image

from app.importing.formats.image import MAX_PIXELS
from app.importing.formats.sniff import Format

GPS_IFD = 0x8825
_EXIF, _XMP, _XMP_MORE, _IPTC = (b"Exif\x00\x00", b"http://ns.adobe.com/xap/1.0/\x00",
                                 b"http://ns.adobe.com/xmp/extension/\x00", b"Photoshop 3.0\x00")
# PNG text chunks that carry XMP or a raw EXIF block (ImageMagick writes the latter).
_PNG_TEXT = (b"tEXt", b"zTXt", b"iTXt")
_PNG_LOCATED = (b"XML:com.adobe.xmp", b"Raw profile type exif", b"Raw profile type APP1",
                b"Raw profile type iptc", b"Raw profile type xmp")
_REDRAWN = ("GIF", "WEBP", "BMP", "TIFF")
GPS, XMP, IPTC = "exif-gps", "xmp", "iptc"  # what a copy left out
UNREADABLE = "unreadable"


@dataclass(frozen=True)
class LocationFree:
    """The copy's bytes, and what was left out (empty: nothing located, same bytes);
    ``suffix`` is the copy's file extension; or a ``problem``."""

    data: bytes = b""
    removed: tuple[str, ...] = ()
    suffix: str = ""
    problem: str = ""


def strip(found: Format, source: Any) -> LocationFree:
    """The picture in ``source`` (a ``formats.base.Source``) without its location."""
    with source.open() as stream:
        data = stream.read()
    try:
        if found.name == "jpeg":
            return _jpeg(data)
        if found.name == "png":
            return _png(data)
        return _redrawn(data, found)
    except Exception:  # noqa: BLE001 - a broken file is said, never raised (see docstring)
        return LocationFree(problem=UNREADABLE)


def _without_gps(exif_bytes: bytes) -> bytes | None:
    """The EXIF block (TIFF bytes, or with the "Exif" header) without its GPS block; None
    when it has none."""
    exif = Image.Exif()
    exif.load(exif_bytes)
    if GPS_IFD not in exif:
        return None
    exif.get_ifd(0x8769)  # loaded now, so that tobytes() writes the camera block back
    del exif[GPS_IFD]
    return exif.tobytes()


def _jpeg(data: bytes) -> LocationFree:
    """Walk the segments up to the image data; the image data is copied untouched."""
    if data[:2] != b"\xff\xd8":
        return LocationFree(problem=UNREADABLE)
    kept, removed, at = [data[:2]], [], 2
    while at + 4 <= len(data) and data[at] == 0xFF:
        marker = data[at + 1]
        if marker == 0xDA:  # start of scan: the rest is the picture itself
            break
        length = struct.unpack(">H", data[at + 2:at + 4])[0]
        segment, payload = data[at:at + 2 + length], data[at + 4:at + 2 + length]
        at += 2 + length
        if marker == 0xE1 and payload.startswith(_EXIF):
            rebuilt = _without_gps(payload)
            if rebuilt is not None:
                removed.append(GPS)
                segment = b"\xff\xe1" + struct.pack(">H", len(rebuilt) + 2) + rebuilt
        elif marker == 0xE1 and payload.startswith((_XMP, _XMP_MORE)):
            removed.append(XMP)
            continue
        elif marker == 0xED and payload.startswith(_IPTC):
            removed.append(IPTC)
            continue
        kept.append(segment)
    if not removed:
        return LocationFree(data, suffix=".jpg")
    return LocationFree(b"".join(kept) + data[at:], _distinct(removed), ".jpg")


def _png(data: bytes) -> LocationFree:
    signature = b"\x89PNG\r\n\x1a\n"
    if not data.startswith(signature):
        return LocationFree(problem=UNREADABLE)
    kept, removed, at = [signature], [], len(signature)
    while at + 12 <= len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        chunk, body = data[at:at + 12 + length], data[at + 8:at + 8 + length]
        at += 12 + length
        if kind == b"eXIf":
            rebuilt = _without_gps(body)
            if rebuilt is not None:
                removed.append(GPS)
                tiff = rebuilt.removeprefix(_EXIF)
                chunk = (struct.pack(">I", len(tiff)) + kind + tiff
                         + struct.pack(">I", zlib.crc32(kind + tiff)))
        elif kind in _PNG_TEXT and body.split(b"\x00", 1)[0] in _PNG_LOCATED:
            removed.append(XMP)
            continue
        kept.append(chunk)
        if kind == b"IEND":
            break
    if not removed:
        return LocationFree(data, suffix=".png")
    return LocationFree(b"".join(kept), _distinct(removed), ".png")


def _redrawn(data: bytes, found: Format) -> LocationFree:
    """A GIF, WebP, BMP or TIFF holding a location: its pixels as a PNG, nothing else."""
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    with Image.open(io.BytesIO(data), formats=_REDRAWN) as image:
        removed = [GPS] if GPS_IFD in image.getexif() else []
        removed += [XMP] if "xmp" in image.info or "XML:com.adobe.xmp" in image.info else []
        if not removed:
            return LocationFree(data, suffix=f".{found.name}")
        if image.width * image.height > MAX_PIXELS:
            return LocationFree(problem=UNREADABLE)
        out = io.BytesIO()
        image.convert("RGBA").save(out, "PNG")
    return LocationFree(out.getvalue(), _distinct(removed), ".png")


def _distinct(removed: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(removed))

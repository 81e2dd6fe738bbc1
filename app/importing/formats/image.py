"""Photos and screenshots: size, EXIF time, camera, GPS position and a small preview.

Pixels are decoded only for images of at most ``MAX_PIXELS``: a file that claims to be
60000×60000 costs a header read, not gigabytes of memory.
"""

from __future__ import annotations

import io
import math
import struct
import warnings
from typing import BinaryIO

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError
from PIL.ImageFile import ImageFile

from app.common.dates import from_exif, to_iso
from app.importing.formats.base import (
    DAMAGED,
    EXIF,
    GPS,
    THUMBNAIL_SIZE,
    UNREADABLE,
    Capture,
    Extraction,
    Source,
)
from app.importing.formats.sniff import SNIFF_SIZE, sniff

MAX_PIXELS = 40_000_000

# Only the formats evidence comes in: Pillow's other plugins include parsers nobody needs
# here and one (EPS) that runs Ghostscript.
_PILLOW_FORMATS = ("PNG", "JPEG", "GIF", "WEBP", "BMP", "TIFF")
_DECODABLE = frozenset(name.lower() for name in _PILLOW_FORMATS)
# What Pillow raises on a file that is cut short or malformed.
_BROKEN = (OSError, SyntaxError, ValueError, EOFError, struct.error)
_PNG_IHDR = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"


def read(source: Source) -> Extraction:
    """Describe one image; never raises, and never decodes more than ``MAX_PIXELS``."""
    found = Extraction()
    # Pillow warns about malformed metadata: the note belongs to the item, not the terminal.
    # (catch_warnings swaps process-wide filters; the import worker reads one item at a time.)
    with warnings.catch_warnings(record=True, action="always") as complaints:
        try:
            with source.open() as stream:
                _read_into(found, stream)
        except Exception as error:  # noqa: BLE001 - a reader flags bad input, never raises
            found.flags |= {DAMAGED, UNREADABLE}
            found.add("image.error", type(error).__name__)
    _note_complaints(found, complaints)
    return found


def _note_complaints(found: Extraction, complaints: list[warnings.WarningMessage]) -> None:
    """Keep Pillow's complaints about the file (e.g. a corrupt EXIF tag) as one note."""
    messages = {
        str(complaint.message)
        for complaint in complaints
        # a size over Pillow's limit is handled, and noted, as too large to decode
        if not issubclass(complaint.category, Image.DecompressionBombWarning)
    }
    found.add("image.warnings", "; ".join(sorted(messages))[:1000])


def _read_into(found: Extraction, stream: BinaryIO) -> None:
    head = stream.read(SNIFF_SIZE)
    stream.seek(0)
    image = _open(found, stream, head)
    if image is None:
        return
    with image:
        found.add("image.format", image.format)
        _describe_size(found, image.size)
        small = image.width * image.height <= MAX_PIXELS
        _describe_exif(found, _exif(found, image, small))
        if not small:
            _note_too_large(found, image.size)
        elif not found.flags & {DAMAGED, UNREADABLE}:
            found.thumbnail = _thumbnail(found, image)


def _open(found: Extraction, stream: BinaryIO, head: bytes) -> ImageFile | None:
    """Open the image lazily (header only), or flag why it cannot be opened."""
    try:
        return Image.open(stream, formats=_PILLOW_FORMATS)
    except Image.DecompressionBombError:  # over twice Pillow's limit: it will not even open
        size = _png_size(head)
        if size:
            _describe_size(found, size)
        _note_too_large(found, size)
    except UnidentifiedImageError:
        found.flags.add(UNREADABLE)
        name = sniff(head).name
        if name in _DECODABLE:  # the signature is right, the header is not
            found.flags.add(DAMAGED)
        found.add("image.note", f"{name} image that cannot be decoded here")
    except _BROKEN:
        found.flags |= {DAMAGED, UNREADABLE}
    return None


def _png_size(head: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG header, for images Pillow refuses to open."""
    if not head.startswith(_PNG_IHDR) or len(head) < 24:
        return None
    width, height = struct.unpack_from(">II", head, 16)
    return width, height


def _describe_size(found: Extraction, size: tuple[int, int]) -> None:
    found.add("image.width", size[0])
    found.add("image.height", size[1])


def _note_too_large(found: Extraction, size: tuple[int, int] | None) -> None:
    pixels = f"{size[0]}×{size[1]} pixels" if size else "too many pixels"
    found.add("image.note", f"not decoded: {pixels}, over the {MAX_PIXELS} pixel limit")


def _exif(found: Extraction, image: ImageFile, small: bool) -> Image.Exif:
    """The EXIF block, read without decoding pixels unless the image is small enough."""
    if not small and image.format == "PNG" and "exif" not in image.info:
        return Image.Exif()  # Pillow would decode every pixel looking for a late eXIf chunk
    try:
        return image.getexif()
    except _BROKEN:  # a PNG cut short fails here, while looking past its pixels
        found.flags |= {DAMAGED, UNREADABLE}
        return Image.Exif()


def _describe_exif(found: Extraction, exif: Image.Exif) -> None:
    """Camera, capture time and GPS position, each only when the file states it."""
    try:
        make = _text(exif.get(ExifTags.Base.Make))
        model = _text(exif.get(ExifTags.Base.Model))
        details = exif.get_ifd(ExifTags.IFD.Exif)
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    except _BROKEN:
        found.add("exif.note", "the EXIF block is malformed")
        return
    found.add("exif.make", make)
    found.add("exif.model", model)
    found.add("image.camera", model if model.startswith(make) else f"{make} {model}".strip())
    _describe_time(found, details)
    _describe_gps(found, gps)


def _describe_time(found: Extraction, details: dict[int, object]) -> None:
    original = _text(details.get(ExifTags.Base.DateTimeOriginal))
    offset = _text(details.get(ExifTags.Base.OffsetTimeOriginal))
    moment = from_exif(original, offset or None)
    if moment is not None:
        found.capture = Capture(moment, EXIF)
        found.add("exif.datetime_original", to_iso(moment))
        # Whether the camera stated its zone: without it the offset above is assumed.
        found.add("exif.offset_time_original", offset or None)


def _describe_gps(found: Extraction, gps: dict[int, object]) -> None:
    """A GPS position, as signed decimal degrees, and the flag that warns about it."""
    tag = ExifTags.GPS
    latitude = _degrees(gps.get(tag.GPSLatitude), gps.get(tag.GPSLatitudeRef), 90)
    longitude = _degrees(gps.get(tag.GPSLongitude), gps.get(tag.GPSLongitudeRef), 180)
    if latitude is None or longitude is None:
        return
    found.flags.add(GPS)
    found.add("gps.latitude", round(latitude, 6))
    found.add("gps.longitude", round(longitude, 6))


def _degrees(value: object, ref: object, limit: float) -> float | None:
    """Degrees, minutes, seconds as signed decimal degrees (south and west negative)."""
    if not isinstance(value, tuple) or len(value) != 3:
        return None
    try:
        degrees, minutes, seconds = (float(part) for part in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    total = degrees + minutes / 60 + seconds / 3600
    if not math.isfinite(total) or abs(total) > limit:
        return None
    return -total if _text(ref).upper().startswith(("S", "W")) else total


def _text(value: object) -> str:
    """An EXIF ASCII value as clean text; EXIF pads with NULs and spaces."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return value.replace("\x00", "").strip() if isinstance(value, str) else ""


def _thumbnail(found: Extraction, image: ImageFile) -> bytes | None:
    """A PNG preview at most ``THUMBNAIL_SIZE`` on its longest side, upright."""
    box = (THUMBNAIL_SIZE, THUMBNAIL_SIZE)
    try:
        image.draft(None, box)  # JPEG decodes straight at 1/2 to 1/8 scale
        image.thumbnail(box)
        preview = ImageOps.exif_transpose(_displayable(image))
        out = io.BytesIO()
        preview.save(out, "PNG")
    except _BROKEN:
        found.flags |= {DAMAGED, UNREADABLE}
        return None
    return out.getvalue()


def _displayable(image: Image.Image) -> Image.Image:
    if image.mode in ("1", "L", "LA", "P", "PA", "RGB", "RGBA"):
        return image
    return image.convert("RGBA" if image.has_transparency_data else "RGB")

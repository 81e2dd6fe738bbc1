"""Images: EXIF time, camera, GPS, bounded thumbnails, and hostile or broken files."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from app.importing.formats import image
from app.importing.formats.base import DAMAGED, EXIF, GPS, THUMBNAIL_SIZE, UNREADABLE, Source

ROOT = Path(__file__).resolve().parents[2]
PARIS_WINTER = timezone(timedelta(hours=1))


def read_file(path: Path) -> image.Extraction:
    return image.read(Source(path.name, path.stat().st_size, lambda: path.open("rb")))


def read_bytes(data: bytes) -> image.Extraction:
    return image.read(Source.from_bytes("evidence", data))


def meta(found: image.Extraction) -> dict[str, str]:
    return dict(found.metadata)


def thumbnail_size(found: image.Extraction) -> tuple[int, int]:
    assert found.thumbnail is not None
    with Image.open(io.BytesIO(found.thumbnail)) as preview:
        assert preview.format == "PNG"
        return preview.size


def test_camera_photo_gives_time_camera_and_flagged_position(corpus: Path) -> None:
    found = read_file(corpus / "photos/photo_parking.jpg")
    assert found.capture is not None
    assert found.capture.source == EXIF
    assert found.capture.at == datetime(2026, 11, 3, 18, 20, tzinfo=PARIS_WINTER)
    assert meta(found)["image.camera"] == "Fairphone FP5"
    assert GPS in found.flags
    assert float(meta(found)["gps.latitude"]) == pytest.approx(48.8566, abs=1e-4)
    assert float(meta(found)["gps.longitude"]) == pytest.approx(2.3522, abs=1e-4)
    assert (meta(found)["image.width"], meta(found)["image.height"]) == ("1024", "768")
    assert thumbnail_size(found) == (THUMBNAIL_SIZE, 192)


def test_png_exif_chunk_gives_capture_time(corpus: Path) -> None:
    found = read_file(corpus / "screenshots/IMG_0412.PNG")
    assert found.capture is not None
    assert found.capture.source == EXIF
    assert found.capture.at == datetime(2026, 11, 9, 8, 45, tzinfo=PARIS_WINTER)
    assert GPS not in found.flags


@pytest.mark.parametrize(
    "name",
    [
        "screenshots/Screenshot_20261105-143012_Instagram.png",
        "screenshots/Capture d'écran 2026-11-08 231502.png",
        "screenshots/WhatsApp Image 2026-11-10 at 19.03.44.jpeg",
        "bad/screenshot_named.pdf",
    ],
)
def test_screenshot_without_exif_gets_a_preview_and_no_time(corpus: Path, name: str) -> None:
    found = read_file(corpus / name)
    assert found.capture is None  # their time comes from the file name, not the reader
    assert not found.flags
    assert (meta(found)["image.width"], meta(found)["image.height"]) == ("720", "1280")
    assert thumbnail_size(found) == (144, THUMBNAIL_SIZE)


def test_truncated_png_is_flagged_without_preview(corpus: Path) -> None:
    found = read_file(corpus / "bad/truncated.png")
    assert {DAMAGED, UNREADABLE} <= found.flags
    assert found.thumbnail is None
    assert (meta(found)["image.width"], meta(found)["image.height"]) == ("720", "1280")


def test_pixel_bomb_is_never_decoded(corpus: Path) -> None:
    found = read_file(corpus / "bad/bomb_60000x60000.png")
    assert found.thumbnail is None
    assert (meta(found)["image.width"], meta(found)["image.height"]) == ("60000", "60000")
    assert "not decoded" in meta(found)["image.note"]


def test_pixel_bomb_costs_less_than_100_mb(corpus: Path) -> None:
    # A fresh interpreter, so the peak it reports belongs to this read alone.
    script = (
        "import json, resource, sys\n"
        "from pathlib import Path\n"
        "from app.importing.formats import image\n"
        "from app.importing.formats.base import Source\n"
        "path = Path(sys.argv[1])\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "found = image.read(Source(path.name, path.stat().st_size, lambda: path.open('rb')))\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(json.dumps({'kib': after - before, 'thumbnail': found.thumbnail is not None}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", script, str(corpus / "bad/bomb_60000x60000.png")],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=True,
    )
    result = json.loads(done.stdout)
    assert result == {"kib": result["kib"], "thumbnail": False}
    assert result["kib"] < 100 * 1024  # ru_maxrss is in KiB on Linux


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares a size and holds no pixels: all Image.open reads."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", b"") + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    "size",
    [
        (8000, 6000),  # over our limit, under Pillow's warning
        (10000, 10000),  # where Pillow would warn (warnings are errors in tests)
        (20000, 20000),  # where Pillow would refuse
    ],
)
def test_oversized_images_are_described_not_decoded(size: tuple[int, int]) -> None:
    found = read_bytes(png_header(*size))
    assert found.thumbnail is None
    assert (meta(found)["image.width"], meta(found)["image.height"]) == tuple(map(str, size))
    assert "not decoded" in meta(found)["image.note"]
    assert Image.MAX_IMAGE_PIXELS == 1024 * 1024 * 1024 // 4 // 3  # left as Pillow set it


def jpeg_with_exif(exif: Image.Exif, size: tuple[int, int] = (400, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "red").save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_exif_offset_and_southern_western_position() -> None:
    exif = Image.Exif()
    details = exif.get_ifd(ExifTags.IFD.Exif)
    details[ExifTags.Base.DateTimeOriginal] = "2026:07:01 12:00:00"
    details[ExifTags.Base.OffsetTimeOriginal] = "-03:00"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps.update({1: "S", 2: (33.0, 51.0, 54.0), 3: "W", 4: (70.0, 39.0, 0.0)})
    found = read_bytes(jpeg_with_exif(exif))
    assert found.capture is not None
    assert found.capture.at == datetime(2026, 7, 1, 12, 0, tzinfo=timezone(timedelta(hours=-3)))
    assert float(meta(found)["gps.latitude"]) == pytest.approx(-33.865)
    assert float(meta(found)["gps.longitude"]) == pytest.approx(-70.65)
    assert GPS in found.flags


def test_impossible_gps_values_are_not_a_position() -> None:
    exif = Image.Exif()
    exif.get_ifd(ExifTags.IFD.GPSInfo).update({1: "N", 2: (123.0, 0.0, 0.0), 3: "E"})
    found = read_bytes(jpeg_with_exif(exif))
    assert GPS not in found.flags
    assert "gps.latitude" not in meta(found)


def test_thumbnail_is_turned_upright_by_exif_orientation() -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6  # the camera was held on its side
    found = read_bytes(jpeg_with_exif(exif, (400, 200)))
    assert thumbnail_size(found) == (128, THUMBNAIL_SIZE)


def test_malformed_exif_is_noted_not_printed_and_the_preview_survives() -> None:
    entry = struct.pack(">HHII", ExifTags.Base.Model, 2, 1000, 0x100)  # points past the end
    raw = b"Exif\x00\x00MM\x00*\x00\x00\x00\x08" + struct.pack(">H", 1) + entry + bytes(4)
    out = io.BytesIO()
    Image.new("RGB", (300, 150), "blue").save(out, "JPEG", exif=raw)
    found = read_bytes(out.getvalue())  # pytest turns any escaping warning into a failure
    assert "Skipping tag 272" in meta(found)["image.warnings"]
    assert not found.flags
    assert thumbnail_size(found) == (THUMBNAIL_SIZE, 128)


def test_cmyk_and_palette_images_get_previews() -> None:
    for mode in ("CMYK", "P", "I;16"):
        out = io.BytesIO()
        Image.new(mode, (600, 300)).save(out, "TIFF")
        assert thumbnail_size(read_bytes(out.getvalue())) == (THUMBNAIL_SIZE, 128)


def test_garbage_and_unsupported_images_are_flagged_not_raised() -> None:
    garbage = read_bytes(b"\x89PNG\r\n\x1a\n" + b"\xff" * 100)
    assert {DAMAGED, UNREADABLE} <= garbage.flags
    heic = read_bytes(struct.pack(">I", 24) + b"ftypheic" + b"\x00" * 200)
    assert heic.flags == {UNREADABLE}
    assert "heic" in meta(heic)["image.note"]
    assert read_bytes(b"").flags == {UNREADABLE}

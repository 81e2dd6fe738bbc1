"""Copies of pictures without the place they were taken (issue #14), made in the reader
child: GPS block, XMP and IPTC left out, every other byte kept."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from PIL import Image

from app.importing import sandbox
from app.importing.formats import location
from app.importing.formats.base import Source
from app.importing.formats.sniff import FORMATS
from tests.samples import pictures

PARIS = (b"48,51", b"2,21")  # how the XMP sample writes the position


def strip(kind: str, data: bytes) -> location.LocationFree:
    return location.strip(FORMATS[kind], Source.from_bytes("photo", data))


def gps_of(data: bytes) -> dict[int, object]:
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        return dict(image.getexif().get_ifd(pictures.GPS_IFD))


def image_data(jpeg: bytes) -> bytes:
    """From the start-of-scan marker on: the picture itself."""
    return jpeg[jpeg.index(b"\xff\xda"):]


@pytest.fixture(scope="module")
def photo() -> bytes:
    return pictures.jpeg(pictures.parking_photo(), exif=pictures.camera_exif())


def test_a_jpeg_loses_its_gps_block_and_keeps_its_picture_and_date(photo: bytes) -> None:
    assert gps_of(photo)  # the sample does hold a position
    copy = strip("jpeg", photo)
    assert copy.removed == (location.GPS,)
    assert copy.suffix == ".jpg"
    assert not copy.problem
    assert gps_of(copy.data) == {}
    assert image_data(copy.data) == image_data(photo)  # not re-encoded
    with Image.open(io.BytesIO(copy.data)) as image:
        exif = image.getexif()
        assert exif[pictures.MODEL] == "FP5"
        assert exif.get_ifd(pictures.EXIF_IFD)[pictures.DATE_TIME_ORIGINAL] == "2026:11:03 18:20:00"


def test_an_xmp_position_is_left_out_of_a_jpeg_and_a_png(photo: bytes) -> None:
    located = pictures.with_xmp_jpeg(photo)
    assert all(part in located for part in PARIS)
    copy = strip("jpeg", located)
    assert copy.removed == (location.XMP, location.GPS)
    assert not any(part in copy.data for part in PARIS)
    png = pictures.with_xmp_png(pictures.png(pictures.parking_photo(), pictures.camera_exif()))
    copy = strip("png", png)
    assert set(copy.removed) == {location.XMP, location.GPS}
    assert not any(part in copy.data for part in PARIS)
    assert gps_of(copy.data) == {}
    with Image.open(io.BytesIO(copy.data)) as image, Image.open(io.BytesIO(png)) as before:
        assert image.tobytes() == before.tobytes()


def test_a_picture_without_a_place_comes_back_as_it_was() -> None:
    screenshot = pictures.png(pictures.screenshot("Instagram", "Tu ne perds rien"),
                              exif=pictures.ios_exif())
    copy = strip("png", screenshot)
    assert copy.removed == ()
    assert copy.data == screenshot


def test_other_formats_with_a_place_are_redrawn_as_png_without_metadata() -> None:
    out = io.BytesIO()
    pictures.parking_photo().save(out, "WEBP", exif=pictures.camera_exif())
    copy = strip("webp", out.getvalue())
    assert copy.removed == (location.GPS,)
    assert copy.suffix == ".png"
    assert gps_of(copy.data) == {}


@pytest.mark.parametrize("data", [b"\xff\xd8\xff\xe1\xff\xff", b"not a picture", b""])
def test_a_broken_file_is_said_not_raised(data: bytes) -> None:
    copy = strip("jpeg", data)
    assert copy.problem or copy.removed == ()


@pytest.fixture
def stripper() -> Iterator[sandbox.Sandbox]:
    child = sandbox.Sandbox(sandbox.LOCATION_STRIPPER, sandbox.Limits(30, 1, None))
    yield child
    child.close()


def test_the_copy_is_made_in_the_reader_child(stripper: sandbox.Sandbox, photo: bytes) -> None:
    copy = stripper.strip_location(FORMATS["jpeg"], photo)
    assert isinstance(copy, location.LocationFree)
    assert copy.removed == (location.GPS,)
    assert gps_of(copy.data) == {}

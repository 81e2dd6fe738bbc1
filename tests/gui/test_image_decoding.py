"""The picture viewer decodes evidence with the decoder of the format sniffed at import,
and never past its allocation limit (issue 6, hardened parsing)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImageReader

from tests.conftest import CORPUS
from ui.viewers.image import ALLOCATION_LIMIT_MB, decode

SCREENSHOT = CORPUS / "screenshots" / "Screenshot_20261105-143012_Instagram.png"
PHOTO = CORPUS / "photos" / "photo_parking.jpg"


def test_a_picture_decodes_with_its_own_format(qapp) -> None:
    image, problem = decode(SCREENSHOT.read_bytes(), "png")
    assert (image.width(), image.height(), problem) == (720, 1280, "")
    image, problem = decode(PHOTO.read_bytes(), "jpeg")
    assert (image.width(), image.height(), problem) == (1024, 768, "")
    assert QImageReader.allocationLimit() == ALLOCATION_LIMIT_MB


@pytest.mark.qt_log_ignore("Not a JPEG file")  # libjpeg's own words, which is the point
def test_qt_never_picks_another_decoder_from_the_bytes(qapp) -> None:
    # Deciding "from content", Qt would decode this PNG whatever format it was told.
    assert decode(SCREENSHOT.read_bytes(), "jpeg")[1] == "unreadable"
    assert decode(SCREENSHOT.read_bytes(), "heic")[1] == "unreadable"  # no decoder of ours
    assert decode(b"\x00\x00\x02\x00" + bytes(60), "tiff")[1] == "unreadable"  # a TGA-ish head


def test_a_picture_claiming_billions_of_pixels_is_not_decoded(qapp) -> None:
    image, problem = decode((CORPUS / "bad" / "bomb_60000x60000.png").read_bytes(), "png")
    assert image.isNull()
    assert problem == "too_large"

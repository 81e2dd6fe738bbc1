"""Screenshots and a camera photo: drawn with Pillow, dated by name or by EXIF."""

from __future__ import annotations

import io
import struct
import zlib
from functools import cache

from PIL import Image, ImageDraw, ImageFont
from PIL.TiffImagePlugin import IFDRational

from app.export.report.document import font_file
from tests.samples.folder import Folder

EXIF_IFD, GPS_IFD = 0x8769, 0x8825
DATE_TIME_ORIGINAL, USER_COMMENT, MAKE, MODEL = 0x9003, 0x9286, 0x010F, 0x0110
X_RESOLUTION, Y_RESOLUTION, RESOLUTION_UNIT = 0x011A, 0x011B, 0x0128

# The app's own font: Pillow's default one has no accents (é, ù, É).
# Each screenshot's name follows one device's convention; the date is only in the name.
# U+2019 (macOS French apostrophe) and U+202F (macOS English space before AM) are meant.
SCREENSHOTS = {
    "Screenshot_20261105-143012_Instagram.png": ("Instagram", "Tu ne perds rien pour attendre"),
    "Capture d\u2019écran 2026-11-06 à 21.14.55.png": ("Messenger", "Je sais où tu habites"),
    "Screenshot 2026-11-07 at 9.02.10\u202fAM.png": ("X", "Everyone will know"),
    "Capture d'écran 2026-11-08 231502.png": ("Facebook", "Faux profil : Camille M."),
}


def write(folder: Folder) -> None:
    for name, (platform, words) in SCREENSHOTS.items():
        folder.put(f"screenshots/{name}", png(screenshot(platform, words)))
    folder.put("screenshots/IMG_0412.PNG", png(screenshot("Messages", "Réponds-moi"),
                                               exif=ios_exif()))
    folder.put("screenshots/WhatsApp Image 2026-11-10 at 19.03.44.jpeg",
               jpeg(screenshot("WhatsApp", "Regarde bien cette photo")))
    folder.put("photos/photo_parking.jpg", jpeg(parking_photo(), exif=camera_exif()))


def screenshot(platform: str, words: str, size: tuple[int, int] = (720, 1280)) -> Image.Image:
    """A phone screen: status bar, the platform's header, a few message bubbles."""
    image = Image.new("RGB", size, (245, 245, 245))
    draw = ImageDraw.Draw(image)
    font = sans(max(12, size[0] // 24))
    width, height = size
    draw.rectangle((0, 0, width, height // 32), fill=(30, 30, 30))
    draw.rectangle((0, height // 32, width, height // 10), fill=(40, 90, 160))
    draw.text((width // 20, height // 20), platform, fill="white", font=font)
    for row in range(4):
        top = height // 8 + row * height // 6
        left = width // 20 if row % 2 == 0 else width // 3
        draw.rounded_rectangle((left, top, left + width * 3 // 5, top + height // 10),
                               radius=12, fill=(255, 255, 255) if row % 2 == 0 else (220, 248, 198))
        draw.text((left + 12, top + 12), words if row % 2 == 0 else "…", fill="black", font=font)
    return image


def parking_photo() -> Image.Image:
    """A car park at dusk: enough shapes for a thumbnail to show something."""
    image = Image.new("RGB", (1024, 768), (70, 80, 110))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 420, 1024, 768), fill=(60, 60, 60))
    for bay in range(0, 1024, 128):
        draw.line((bay, 520, bay + 40, 768), fill=(230, 230, 230), width=6)
    draw.rounded_rectangle((300, 470, 700, 640), radius=30, fill=(150, 20, 20))
    draw.text((380, 520), "DÉGAGE", fill=(20, 220, 20), font=sans(48))
    return image


@cache
def sans(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_file("DejaVuSans.ttf")), size)


def ios_exif() -> Image.Exif:
    """An iPhone screenshot's EXIF: no camera, but the moment it was taken."""
    exif = Image.Exif()
    # Pillow writes the EXIF sub-IFD only behind at least one main-IFD tag.
    exif[RESOLUTION_UNIT], exif[X_RESOLUTION], exif[Y_RESOLUTION] = 2, 72.0, 72.0
    exif.get_ifd(EXIF_IFD).update({
        DATE_TIME_ORIGINAL: "2026:11:09 08:45:00",
        USER_COMMENT: b"ASCII\x00\x00\x00Screenshot",
    })
    return exif


def camera_exif() -> Image.Exif:
    """A Fairphone's EXIF with where it was: 48.8566 N, 2.3522 E (central Paris)."""
    exif = Image.Exif()
    exif[MAKE], exif[MODEL] = "Fairphone", "FP5"
    exif.get_ifd(EXIF_IFD)[DATE_TIME_ORIGINAL] = "2026:11:03 18:20:00"
    exif.get_ifd(GPS_IFD).update({
        0: b"\x02\x03\x00\x00", 1: "N", 2: degrees(48, 51, 2376), 3: "E", 4: degrees(2, 21, 792),
    })
    return exif


def degrees(whole: int, minutes: int, hundredths_of_seconds: int) -> tuple[IFDRational, ...]:
    return (IFDRational(whole, 1), IFDRational(minutes, 1),
            IFDRational(hundredths_of_seconds, 100))


def png(image: Image.Image, exif: Image.Exif | None = None) -> bytes:
    """PNG bytes; Pillow writes EXIF as an eXIf chunk, as iOS does."""
    out = io.BytesIO()
    image.save(out, "PNG", **({"exif": exif} if exif is not None else {}))
    return out.getvalue()


def jpeg(image: Image.Image, exif: Image.Exif | None = None) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, **({"exif": exif} if exif is not None else {}))
    return out.getvalue()


# Where Lightroom and phones repeat the position: an XMP packet (exif:GPSLatitude...).
XMP_PLACE = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/'
             b'1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/'
             b'exif/1.0/" exif:GPSLatitude="48,51.396N" exif:GPSLongitude="2,21.132E"/>'
             b'</rdf:RDF></x:xmpmeta>')


def with_xmp_jpeg(data: bytes, packet: bytes = XMP_PLACE) -> bytes:
    """The JPEG with an APP1 XMP segment right after its start marker."""
    payload = b"http://ns.adobe.com/xap/1.0/\x00" + packet
    return data[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + data[2:]


def with_xmp_png(data: bytes, packet: bytes = XMP_PLACE) -> bytes:
    """The PNG with an iTXt XMP chunk right after its header chunk."""
    body = b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + packet
    chunk = (struct.pack(">I", len(body)) + b"iTXt" + body
             + struct.pack(">I", zlib.crc32(b"iTXt" + body)))
    end_of_header = 8 + 25  # signature, then IHDR (length, type, 13 bytes, CRC)
    return data[:end_of_header] + chunk + data[end_of_header:]

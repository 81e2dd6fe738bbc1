"""Reading times: file names, EXIF, PDF and ISO dates, in Europe/Paris (see conftest)."""

from __future__ import annotations

import os
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.common.dates import (
    NamedDate,
    from_exif,
    from_filename,
    from_iso,
    from_pdf,
    localize,
    to_iso,
)

RSQUO = "\u2019"  # the apostrophe macOS and GNOME put in "Capture d’écran"
NNBSP = "\u202f"  # the narrow no-break space macOS puts before AM/PM

# Every file of the sample corpus, and what its name alone says: (ISO time, convention,
# platform), or None. The other dates in the corpus README come from contents, not names.
CORPUS_NAMES: dict[str, tuple[str, str, str] | None] = {
    "README.md": None,
    "audio/messagerie_2026-11-07_2215.wav": ("2026-11-07T22:15:00+01:00", "generic", ""),
    "bad/bomb_60000x60000.png": None,
    "bad/broken.eml": None,
    "bad/empty.png": None,
    "bad/not_really.pdf": None,
    "bad/screenshot_named.pdf": None,
    "bad/truncated.pdf": None,
    "bad/truncated.png": None,
    "chat/Discussion WhatsApp avec Ombre.txt": None,
    "chat/WhatsApp Chat with Shadow.txt": None,
    "chat/sms-20261112.xml": None,
    "email/faux_compte_2026-11-11.eml": ("2026-11-11T00:00:00+01:00", "date-only", ""),
    "email/menace_2026-11-04.eml": ("2026-11-04T00:00:00+01:00", "date-only", ""),
    "notes/journal.txt": None,
    "pdf/protected_password_1234.pdf": None,
    "pdf/releve_commentaires.pdf": None,
    "pdf/signalement_plateforme.pdf": None,
    "photos/photo_parking.jpg": None,
    "screenshots/Screenshot_20261105-143012_Instagram.png":
        ("2026-11-05T14:30:12+01:00", "android", "Instagram"),
    f"screenshots/Capture d{RSQUO}écran 2026-11-06 à 21.14.55.png":
        ("2026-11-06T21:14:55+01:00", "macos-fr", ""),
    f"screenshots/Screenshot 2026-11-07 at 9.02.10{NNBSP}AM.png":
        ("2026-11-07T09:02:10+01:00", "macos-en", ""),
    "screenshots/Capture d'écran 2026-11-08 231502.png":
        ("2026-11-08T23:15:02+01:00", "windows-snip-fr", ""),
    "screenshots/IMG_0412.PNG": None,  # iOS: the date is in the EXIF, not the name
    "screenshots/WhatsApp Image 2026-11-10 at 19.03.44.jpeg":
        ("2026-11-10T19:03:44+01:00", "whatsapp", "WhatsApp"),
    "web/profil_ombre_du_lac.html": None,
}


def _said(result: NamedDate | None) -> tuple[str, str, str] | None:
    if result is None:
        return None
    assert result.at.tzinfo is not None
    return result.at.isoformat(), result.convention, result.platform


@pytest.mark.parametrize(("relative", "expected"), CORPUS_NAMES.items())
def test_corpus_file_names(corpus: Path, relative: str, expected: object) -> None:
    folder, _, name = relative.rpartition("/")
    assert name in os.listdir(corpus / folder), "the name must match the corpus byte for byte"
    assert _said(from_filename(name)) == expected


def test_every_corpus_file_has_an_expected_name_date(corpus: Path) -> None:
    found = {path.relative_to(corpus).as_posix() for path in corpus.rglob("*") if path.is_file()}
    assert found == set(CORPUS_NAMES)


@pytest.mark.parametrize(("name", "expected"), [
    # Android screenshots, with the app's display name or its package id
    ("Screenshot_20261105-143012.png", ("2026-11-05T14:30:12+01:00", "android", "")),
    ("Screenshot_20261105-143012_Samsung Internet (2).jpg",
     ("2026-11-05T14:30:12+01:00", "android", "Samsung Internet")),
    ("Screenshot_2026-11-05-14-30-12-123_com.instagram.android.jpg",
     ("2026-11-05T14:30:12+01:00", "android", "Instagram")),
    ("Screenshot_2026-11-05-14-30-12_com.facebook.katana.png",
     ("2026-11-05T14:30:12+01:00", "android", "Facebook")),
    ("Screenshot_20261105-143012_com.facebook.orca.png",
     ("2026-11-05T14:30:12+01:00", "android", "Messenger")),
    ("Screenshot_20261105-143012_org.telegram.messenger.png",
     ("2026-11-05T14:30:12+01:00", "android", "Telegram")),
    ("Screenshot_20261105-143012_com.zhiliaoapp.musically.png",
     ("2026-11-05T14:30:12+01:00", "android", "TikTok")),
    ("Screenshot_20261105-143012_com.twitter.android.png",
     ("2026-11-05T14:30:12+01:00", "android", "Twitter")),
    ("Screenshot_20261105-143012_com.snapchat.android.png",
     ("2026-11-05T14:30:12+01:00", "android", "Snapchat")),
    ("Screenshot_20261105-143012_com.discord.png",
     ("2026-11-05T14:30:12+01:00", "android", "Discord")),
    ("Screenshot_20261105-143012_com.linkedin.android.png",
     ("2026-11-05T14:30:12+01:00", "android", "LinkedIn")),
    ("Screenshot_20261105-143012_com.whatsapp.png",
     ("2026-11-05T14:30:12+01:00", "android", "WhatsApp")),
    ("Screenshot_20261105-143012_com.example.forum.png",
     ("2026-11-05T14:30:12+01:00", "android", "com.example.forum")),
    # Android and Samsung cameras; Pixel names are in UTC
    ("IMG_20261105_143012.jpg", ("2026-11-05T14:30:12+01:00", "android-camera", "")),
    ("VID_20261105_143012.mp4", ("2026-11-05T14:30:12+01:00", "android-camera", "")),
    ("PXL_20261105_133012345.jpg", ("2026-11-05T14:30:12+01:00", "pixel", "")),
    ("PXL_20261105_233012345.MP.jpg", ("2026-11-06T00:30:12+01:00", "pixel", "")),
    ("20261105_143012.jpg", ("2026-11-05T14:30:12+01:00", "samsung", "")),
    # macOS, French and English, screenshots and screen recordings
    ("Capture d'écran 2026-11-06 à 21.14.55.png", ("2026-11-06T21:14:55+01:00", "macos-fr", "")),
    (f"Enregistrement de l{RSQUO}écran 2026-11-06 à 9.14.55.mov",
     ("2026-11-06T09:14:55+01:00", "macos-fr", "")),
    ("Screenshot 2026-11-07 at 21.02.10.png", ("2026-11-07T21:02:10+01:00", "macos-en", "")),
    ("Screen Shot 2020-01-02 at 3.04.05 PM.png", ("2020-01-02T15:04:05+01:00", "macos-en", "")),
    (f"Screenshot 2026-11-07 at 12.02.10{NNBSP}AM.png",
     ("2026-11-07T00:02:10+01:00", "macos-en", "")),
    ("Screenshot 2026-11-07 at 12.02.10\u00a0PM.png",
     ("2026-11-07T12:02:10+01:00", "macos-en", "")),
    (f"Screen Recording 2026-11-07 at 9.02.10{NNBSP}PM.mov",
     ("2026-11-07T21:02:10+01:00", "macos-en", "")),
    # Windows Snipping Tool and Snip & Sketch
    (f"Capture d{RSQUO}écran 2026-11-08 231502.png",
     ("2026-11-08T23:15:02+01:00", "windows-snip-fr", "")),
    ("Screenshot 2026-11-08 231502.png", ("2026-11-08T23:15:02+01:00", "windows-snip-en", "")),
    # GNOME, old and new spelling; KDE Spectacle
    ("Screenshot from 2026-11-05 14-30-12.png", ("2026-11-05T14:30:12+01:00", "gnome-en", "")),
    ("Screenshot From 2026-11-05 14-30-12.png", ("2026-11-05T14:30:12+01:00", "gnome-en", "")),
    (f"Capture d{RSQUO}écran du 2026-11-05 14-30-12.png",
     ("2026-11-05T14:30:12+01:00", "gnome-fr", "")),
    ("Screenshot_20261105_143012.png", ("2026-11-05T14:30:12+01:00", "kde", "")),
    # WhatsApp media, to the second or to the day
    ("WhatsApp Video 2026-11-10 at 19.03.44.mp4",
     ("2026-11-10T19:03:44+01:00", "whatsapp", "WhatsApp")),
    ("WhatsApp Audio 2026-11-10 at 19.03.44.opus",
     ("2026-11-10T19:03:44+01:00", "whatsapp", "WhatsApp")),
    ("WhatsApp Image 2026-11-10 à 19.03.44.jpeg",
     ("2026-11-10T19:03:44+01:00", "whatsapp", "WhatsApp")),
    ("WhatsApp Image 2026-11-10 at 7.03.44 PM (1).jpeg",
     ("2026-11-10T19:03:44+01:00", "whatsapp", "WhatsApp")),
    ("IMG-20261110-WA0003.jpg", ("2026-11-10T00:00:00+01:00", "whatsapp-day", "WhatsApp")),
    ("PTT-20261110-WA0001.opus", ("2026-11-10T00:00:00+01:00", "whatsapp-day", "WhatsApp")),
    ("AUD-20261110-WA0012.opus", ("2026-11-10T00:00:00+01:00", "whatsapp-day", "WhatsApp")),
    # Telegram desktop and Signal
    ("photo_2026-11-05_14-30-12.jpg",
     ("2026-11-05T14:30:12+01:00", "telegram-desktop", "Telegram")),
    ("signal-2026-11-05-143012.jpg", ("2026-11-05T14:30:12+01:00", "signal", "Signal")),
    ("signal-2026-11-05-14-30-12-123.jpg", ("2026-11-05T14:30:12+01:00", "signal", "Signal")),
    # Generic fallbacks
    ("appel 2026-11-07 22h15.m4a", ("2026-11-07T22:15:00+01:00", "generic", "")),
    ("log_2026-11-07T22:15:30.txt", ("2026-11-07T22:15:30+01:00", "generic", "")),
    ("export_2026-11-07T21-15-30Z.json", ("2026-11-07T21:15:30+00:00", "generic", "")),
    ("rec-20261107-221530.amr", ("2026-11-07T22:15:30+01:00", "generic", "")),
    ("plainte 2026-11-07.odt", ("2026-11-07T00:00:00+01:00", "date-only", "")),
    # Names that went through an upload, or a macOS (NFD) file system, or come with a path
    ("Capture_d’écran_2026-11-06_à_21.14.55.png", ("2026-11-06T21:14:55+01:00", "macos-fr", "")),
    (unicodedata.normalize("NFD", f"Capture d{RSQUO}écran 2026-11-06 à 21.14.55.png"),
     ("2026-11-06T21:14:55+01:00", "macos-fr", "")),
    ("C:\\Users\\a\\Pictures\\Screenshot 2026-11-08 231502.png",
     ("2026-11-08T23:15:02+01:00", "windows-snip-en", "")),
])
def test_naming_conventions(name: str, expected: tuple[str, str, str]) -> None:
    assert _said(from_filename(name)) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Screenshot_20260705-143012.png", "2026-07-05T14:30:12+02:00"),
    ("Screenshot_20260105-143012.png", "2026-01-05T14:30:12+01:00"),
    ("WhatsApp Image 2026-07-10 at 19.03.44.jpeg", "2026-07-10T19:03:44+02:00"),
    ("IMG-20260710-WA0003.jpg", "2026-07-10T00:00:00+02:00"),
    ("Screenshot_20261024-143012.png", "2026-10-24T14:30:12+02:00"),  # before clocks go back
    ("Screenshot_20261026-143012.png", "2026-10-26T14:30:12+01:00"),  # after
    ("Screenshot_20260328-143012.png", "2026-03-28T14:30:12+01:00"),  # before clocks go on
    ("Screenshot_20260330-143012.png", "2026-03-30T14:30:12+02:00"),  # after
])
def test_summer_and_winter_time(name: str, expected: str) -> None:
    result = from_filename(name)
    assert result is not None
    assert result.at.isoformat() == expected


def test_pixel_names_are_utc_and_shown_in_local_time() -> None:
    summer = from_filename("PXL_20260705_123012345.jpg")
    assert summer is not None
    assert summer.at.isoformat() == "2026-07-05T14:30:12+02:00"
    assert summer.at == datetime(2026, 7, 5, 12, 30, 12, tzinfo=UTC)


@pytest.mark.parametrize("name", [
    "Screenshot_20261305-143012.png",  # month 13
    "Screenshot_20260230-143012.png",  # February 30
    "Screenshot_20261105-253012.png",  # hour 25
    "Screenshot_20261105-146012.png",  # minute 60
    "IMG_19891105_143012.jpg",  # before 1990
    "Screenshot_21011105-143012.png",  # after 2100
    "Screenshot 2026-11-32 at 9.02.10 AM.png",  # day 32
    "2026-02-29.txt",  # not a leap year
    "IMG-20261131-WA0001.jpg",
])
def test_impossible_dates_give_none(name: str) -> None:
    assert from_filename(name) is None


@pytest.mark.parametrize(("name", "expected"), [
    # An impossible date in one place does not hide a possible one elsewhere
    ("2026-13-01_2026-11-05.txt", ("2026-11-05T00:00:00+01:00", "date-only", "")),
    # 13 PM is not a time; the day is still there
    ("Screenshot 2026-11-07 at 13.02.10 PM.png", ("2026-11-07T00:00:00+01:00", "date-only", "")),
])
def test_a_convention_that_fails_falls_through(name: str, expected: tuple[str, str, str]) -> None:
    assert _said(from_filename(name)) == expected


@pytest.mark.parametrize("name", [
    "IMG_0412.PNG",
    "Screenshot (12).png",
    "Screenshot.png",
    "sms-20261112.xml",
    "photo_parking.jpg",
    "bomb_60000x60000.png",
    "",
    ".",
    "/home/user/2026-11-05_1430/IMG_0412.PNG",  # a date in a folder is not the file's
    "IMG-20261110.jpg",
])
def test_names_without_a_date_give_none(name: str) -> None:
    assert from_filename(name) is None


def test_whole_day_tells_a_day_from_a_time() -> None:
    day = from_filename("IMG-20261110-WA0003.jpg")
    moment = from_filename("WhatsApp Image 2026-11-10 at 19.03.44.jpeg")
    assert day is not None
    assert day.whole_day
    assert moment is not None
    assert not moment.whole_day


def test_named_date_is_frozen() -> None:
    result = from_filename("Screenshot_20261105-143012.png")
    assert result is not None
    with pytest.raises(AttributeError):
        result.convention = "other"  # type: ignore[misc]  # proving it is read-only


@given(st.text())
def test_from_filename_never_raises_on_any_text(name: str) -> None:
    result = from_filename(name)
    assert result is None or result.at.tzinfo is not None


@given(st.text(alphabet="0123456789-_ .:ahmpzAPMTZWAScreenshotIMG_à'\u202f\u2019", max_size=60))
def test_from_filename_never_raises_on_near_misses(name: str) -> None:
    result = from_filename(name)
    assert result is None or 1990 <= result.at.year <= 2100


def test_from_filename_ignores_lone_surrogates_and_non_text() -> None:
    assert from_filename("capture_\udce9.png") is None
    assert from_filename(None) is None  # type: ignore[arg-type]  # callers may pass anything


# --- The helpers the importers already used ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("2026-11-04T23:12:05+01:00", "2026-11-04T23:12:05+01:00"),
    ("2026-11-04T22:12:05Z", "2026-11-04T22:12:05+00:00"),
    ("2026-11-04T17:12:05-05:00", "2026-11-04T17:12:05-05:00"),
    ("2026-11-04T10:15:00", "2026-11-04T10:15:00+01:00"),
    ("2026-07-04T10:15:00", "2026-07-04T10:15:00+02:00"),
    ("  2026-11-04 10:15:00  ", "2026-11-04T10:15:00+01:00"),
    ("2026-11-04", "2026-11-04T00:00:00+01:00"),
])
def test_from_iso(text: str, expected: str) -> None:
    result = from_iso(text)
    assert result is not None
    assert result.isoformat() == expected


@pytest.mark.parametrize("text", ["", "yesterday", "2026-13-01T00:00:00", "2026-11-04T25:00",
                                  None, 20261104])
def test_from_iso_garbage_gives_none(text: object) -> None:
    assert from_iso(text) is None  # type: ignore[arg-type]  # garbage is the point


@pytest.mark.parametrize(("value", "offset", "expected"), [
    ("2026:11:09 08:45:00", None, "2026-11-09T08:45:00+01:00"),
    ("2026:07:09 08:45:00", None, "2026-07-09T08:45:00+02:00"),
    ("2026:11:09 08:45:00", "+05:30", "2026-11-09T08:45:00+05:30"),
    ("2026:11:09 08:45:00", "-0300", "2026-11-09T08:45:00-03:00"),
    ("2026:11:09 08:45:00", "Z", "2026-11-09T08:45:00+00:00"),
    ("2026:11:09 08:45:00", "bogus", "2026-11-09T08:45:00+01:00"),  # unreadable: local
    ("2026:11:09 08:45:00", "+24:00", "2026-11-09T08:45:00+01:00"),  # impossible: local
    ("2026:11:09 08:45:00\x00", None, "2026-11-09T08:45:00+01:00"),
])
def test_from_exif(value: str, offset: str | None, expected: str) -> None:
    result = from_exif(value, offset)
    assert result is not None
    assert result.isoformat() == expected


@pytest.mark.parametrize("value", ["", "0000:00:00 00:00:00", "2026:13:09 08:45:00",
                                   "2026-11-09", "    :  :     :  :  ", None, b"2026"])
def test_from_exif_garbage_gives_none(value: object) -> None:
    assert from_exif(value) is None  # type: ignore[arg-type]  # garbage is the point


@pytest.mark.parametrize(("value", "expected"), [
    ("D:20261104101500+01'00'", "2026-11-04T10:15:00+01:00"),
    ("D:20261104091500Z", "2026-11-04T09:15:00+00:00"),
    ("D:20261104101500-05'00", "2026-11-04T10:15:00-05:00"),
    ("D:20261104101500", "2026-11-04T10:15:00+01:00"),
    ("D:20260704101500", "2026-07-04T10:15:00+02:00"),
    ("20261104101500+0100", "2026-11-04T10:15:00+01:00"),
    ("D:2026", "2026-01-01T00:00:00+01:00"),
])
def test_from_pdf(value: str, expected: str) -> None:
    result = from_pdf(value)
    assert result is not None
    assert result.isoformat() == expected


@pytest.mark.parametrize("value", ["", "hello", "D:20261304101500", "D:20261104251500",
                                   None, 42])
def test_from_pdf_garbage_gives_none(value: object) -> None:
    assert from_pdf(value) is None  # type: ignore[arg-type]  # garbage is the point


def test_localize_and_to_iso() -> None:
    assert localize(datetime(2026, 11, 4, 10, 15)).isoformat() == "2026-11-04T10:15:00+01:00"
    aware = datetime(2026, 11, 4, 10, 15, tzinfo=UTC)
    assert localize(aware) is aware
    assert to_iso(datetime(2026, 7, 4, 10, 15, 0, 999_999)) == "2026-07-04T10:15:00+02:00"
    assert to_iso(aware) == "2026-11-04T10:15:00+00:00"

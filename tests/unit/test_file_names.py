"""Dates in file names, in Europe/Paris (see conftest): every row of the conventions'
table by its own example and near miss, the sample corpus's names, and names from real
devices in every language and spelling the table covers."""

from __future__ import annotations

import os
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.common.file_names import (
    CONVENTIONS,
    DAY,
    IN_UTC,
    LOCAL,
    MINUTE,
    NONE,
    SECOND,
    STATED,
    Convention,
    NamedDate,
    by_name,
    convention_of,
    from_filename,
)

RSQUO = "\u2019"  # the apostrophe macOS and GNOME put in "Capture d’écran"
NNBSP = "\u202f"  # the narrow no-break space macOS puts before AM/PM


def indic(digits: str) -> str:
    """``digits`` in Arabic-Indic digits, as an Arabic system may write them."""
    return digits.translate({ord(str(n)): 0x0660 + n for n in range(10)})


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
     ("2026-11-05T14:30:12+01:00", "android-dashed", "Instagram")),
    ("Screenshot_2026-11-05-14-30-12_com.facebook.katana.png",
     ("2026-11-05T14:30:12+01:00", "android-dashed", "Facebook")),
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
    ("rec-20261107-221530.amr", ("2026-11-07T22:15:30+01:00", "generic-compact", "")),
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


# --- The table, row by row ---------------------------------------------------------------

@pytest.mark.parametrize("row", CONVENTIONS, ids=lambda row: row.name)
def test_each_convention_reads_its_example(row: Convention) -> None:
    assert convention_of(row.example) == row
    found = from_filename(row.example)
    if row.precision == NONE:  # the name is known, and known to carry no date: say so
        assert found is None
        assert row.says == ""
        return
    assert found is not None
    assert found.convention == row.name
    assert found.precision == row.precision
    assert found.at.tzinfo is not None
    wall_clock = found.at.strftime("%Y-%m-%d %H:%M:%S" if row.precision == SECOND
                                   else "%Y-%m-%d")
    assert wall_clock == row.says  # the device's clock, read in the case's zone
    assert found.whole_day == (row.precision == DAY)


@pytest.mark.parametrize("row", CONVENTIONS, ids=lambda row: row.name)
def test_each_convention_refuses_its_near_miss(row: Convention) -> None:
    assert convention_of(row.near_miss) != row
    found = from_filename(row.near_miss)
    assert found is None or found.convention != row.name


@pytest.mark.parametrize("row", CONVENTIONS, ids=lambda row: row.name)
def test_each_convention_says_what_it_reads(row: Convention) -> None:
    wanted = {SECOND: {"y", "mo", "d", "h", "mi", "s"}, DAY: {"y", "mo", "d"}, NONE: set()}
    assert set(row.fields) >= wanted[row.precision]
    if row.precision == DAY:
        assert "h" not in row.fields
    assert row.zone in (LOCAL, IN_UTC, STATED)
    assert by_name(row.name) == row


def test_the_table_names_each_convention_once() -> None:
    names = [row.name for row in CONVENTIONS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("name", "expected"), [
    # macOS in every language, with 24-hour and 12-hour clocks and its narrow spaces
    (f"Capture d{RSQUO}écran 2026-11-05 à 14.30.12.png", ("14:30:12", "macos-fr", "")),
    (f"Screenshot 2026-11-05 at 2.30.12{NNBSP}PM.png", ("14:30:12", "macos-en", "")),
    ("Screenshot 2026-11-05 at 2.30.12\u00a0AM.png", ("02:30:12", "macos-en", "")),
    ("Screen Recording 2026-11-05 at 14.30.12.mov", ("14:30:12", "macos-en", "")),
    ("Bildschirmfoto 2026-11-05 um 14.30.12.png", ("14:30:12", "macos-de", "")),
    ("Bildschirmaufnahme 2026-11-05 um 9.30.12.mov", ("09:30:12", "macos-de", "")),
    ("Captura de pantalla 2026-11-05 a las 14.30.12.png", ("14:30:12", "macos-es", "")),
    (f"Captura de pantalla 2026-11-05 a las 2.30.12{NNBSP}p.{NNBSP}m..png",
     ("14:30:12", "macos-es", "")),
    ("Captura de pantalla 2026-11-05 a la 1.30.12.png", ("01:30:12", "macos-es", "")),
    ("Schermata 2026-11-05 alle 14.30.12.png", ("14:30:12", "macos-it", "")),
    ("Schermata 2026-11-05 all'1.30.12.png", ("01:30:12", "macos-it", "")),
    ("Captura de Ecrã 2026-11-05 às 14.30.12.png", ("14:30:12", "macos-pt", "")),
    ("Captura de Tela 2026-11-05 às 14.30.12.png", ("14:30:12", "macos-pt", "")),
    ("Schermafbeelding 2026-11-05 om 14.30.12.png", ("14:30:12", "macos-nl", "")),
    ("Zrzut ekranu 2026-11-05 o 14.30.12.png", ("14:30:12", "macos-pl", "")),
    ("Ekran Resmi 2026-11-05 14.30.12.png", ("14:30:12", "macos-tr", "")),
    ("Ekran Resmi 2026-11-05 2.30.12 ÖS.png", ("14:30:12", "macos-tr", "")),
    ("لقطة شاشة 2026-11-05 في 2.30.12 م.png", ("14:30:12", "macos-ar", "")),
    ("لقطة شاشة 2026-11-05 في 9.30.12 ص.png", ("09:30:12", "macos-ar", "")),
    # Arabic with direction marks and Arabic-Indic digits
    (f"لقطة شاشة \u200f{indic('2026-11-05')} في {indic('14.30.12')}.png",
     ("14:30:12", "macos-ar", "")),
    # Windows Snipping Tool
    ("Capture d'écran 2026-11-05 143012.png", ("14:30:12", "windows-snip-fr", "")),
    ("Captura de pantalla 2026-11-05 143012.png", ("14:30:12", "windows-snip-es", "")),
    ("Captura de tela 2026-11-05 143012.png", ("14:30:12", "windows-snip-pt", "")),
    ("Schermafbeelding 2026-11-05 143012.png", ("14:30:12", "windows-snip-nl", "")),
    ("Zrzut ekranu 2026-11-05 143012.png", ("14:30:12", "windows-snip-pl", "")),
    ("Ekran görüntüsü 2026-11-05 143012.png", ("14:30:12", "windows-snip-tr", "")),
    ("لقطة شاشة 2026-11-05 143012.png", ("14:30:12", "windows-snip-ar", "")),
    ("WIN_20261105_14_30_12_Pro.jpg", ("14:30:12", "windows-camera", "")),
    # GNOME, old and new spelling, in several languages
    ("Screenshot From 2026-11-05 14-30-12.png", ("14:30:12", "gnome-en", "")),
    ("Screencast from 2026-11-05 14-30-12.webm", ("14:30:12", "gnome-en", "")),
    ("Bildschirmfoto vom 2026-11-05 14-30-12.png", ("14:30:12", "gnome-de", "")),
    ("Captura de pantalla de 2026-11-05 14-30-12.png", ("14:30:12", "gnome-es", "")),
    ("Schermata del 2026-11-05 14-30-12.png", ("14:30:12", "gnome-it", "")),
    ("Captura de ecrã de 2026-11-05 14-30-12.png", ("14:30:12", "gnome-pt", "")),
    ("Schermafdruk van 2026-11-05 14-30-12.png", ("14:30:12", "gnome-nl", "")),
    ("Zrzut ekranu z 2026-11-05 14-30-12.png", ("14:30:12", "gnome-pl", "")),
    # Android: the app after the underscore gives the platform
    ("Screenshot_20261105-143012_Instagram.jpg", ("14:30:12", "android", "Instagram")),
    ("Screenshot_20261105-143012.png", ("14:30:12", "android", "")),
    ("Screenshot_20261105_143012_com.instagram.android.jpg",
     ("14:30:12", "android-huawei", "Instagram")),
    ("Screenshot_20261105_143012_com.zhiliaoapp.musically (2).jpg",
     ("14:30:12", "android-huawei", "TikTok")),
    # Messaging apps, WhatsApp in the words of other languages too
    ("WhatsApp Image 2026-11-05 um 14.30.12.jpeg", ("14:30:12", "whatsapp", "WhatsApp")),
    ("WhatsApp Image 2026-11-05 a las 14.30.12.jpeg", ("14:30:12", "whatsapp", "WhatsApp")),
    ("WhatsApp Image 2026-11-05 alle 14.30.12.jpeg", ("14:30:12", "whatsapp", "WhatsApp")),
    ("WhatsApp Image 2026-11-05 às 14.30.12.jpeg", ("14:30:12", "whatsapp", "WhatsApp")),
    ("WhatsApp Image 2026-11-05 om 14.30.12.jpeg", ("14:30:12", "whatsapp", "WhatsApp")),
    ("WhatsApp Image 2026-11-05 o 14.30.12.jpeg", ("14:30:12", "whatsapp", "WhatsApp")),
    ("WhatsApp Image 2026-11-05 saat 14.30.12.jpeg", ("14:30:12", "whatsapp", "WhatsApp")),
])
def test_names_in_every_language(name: str, expected: tuple[str, str, str]) -> None:
    found = from_filename(name)
    assert found is not None, name
    assert (found.at.strftime("%H:%M:%S"), found.convention, found.platform) == expected
    assert found.at.date().isoformat() == "2026-11-05"


def test_a_name_without_seconds_is_precise_to_the_minute() -> None:
    found = from_filename("appel 2026-11-07 22h15.m4a")
    assert found is not None
    assert found.precision == MINUTE
    assert not found.whole_day


def test_an_iphone_name_is_known_to_carry_no_date() -> None:
    assert from_filename("IMG_1234.PNG") is None
    row = convention_of("IMG_1234.PNG")
    assert row is not None
    assert row.precision == NONE
    assert convention_of("IMG_E1234 (2).HEIC") == row
    assert convention_of("notes.txt") is None


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


@given(st.text(alphabet="0123456789-_ .:ahmpzAPMTZWAScreenshotIMG_à'\u202f\u2019\u200f"
                        "لقطة شاشة في مصÖS" + indic("0129"), max_size=60))
def test_from_filename_never_raises_on_near_misses(name: str) -> None:
    result = from_filename(name)
    assert result is None or 1990 <= result.at.year <= 2100


def test_from_filename_ignores_lone_surrogates_and_non_text() -> None:
    assert from_filename("capture_\udce9.png") is None
    assert from_filename(None) is None  # type: ignore[arg-type]  # callers may pass anything


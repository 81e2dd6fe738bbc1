"""Reading times: ISO, EXIF and PDF dates, in Europe/Paris (see conftest). File names are
in test_file_names.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.common.dates import from_exif, from_iso, from_pdf, localize, to_iso

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

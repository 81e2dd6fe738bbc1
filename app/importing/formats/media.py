"""Voicemails, recordings and videos: stored as they are, described where it is cheap.

Nothing here decodes media or calls an external program: a WAV header gives duration,
channels and sample rate; any other format is named, and that is all.
"""

from __future__ import annotations

import wave
from typing import BinaryIO

from app.importing.formats.base import DAMAGED, Extraction, Source, read_safely
from app.importing.formats.sniff import SNIFF_SIZE, sniff


def read(source: Source) -> Extraction:
    """The media format, and for WAV its duration, channels and sample rate; never raises."""
    def read_stream(found: Extraction) -> None:
        with source.open() as stream:
            _read_into(found, stream)
    return read_safely(read_stream, "media.error", frozenset({DAMAGED}))


def _read_into(found: Extraction, stream: BinaryIO) -> None:
    format_ = sniff(stream.read(SNIFF_SIZE))
    stream.seek(0)
    found.add("media.format", format_.name)
    found.add("media.kind", format_.kind)
    found.add("media.mime", format_.mime)
    if format_.name == "wav":
        _describe_wav(found, stream)


def _describe_wav(found: Extraction, stream: BinaryIO) -> None:
    """Duration, channels and sample rate from the header of a PCM WAV file."""
    try:
        with wave.open(stream, "rb") as recording:
            frames, rate = recording.getnframes(), recording.getframerate()
            channels, width = recording.getnchannels(), recording.getsampwidth()
    except EOFError:  # the header itself is cut short
        found.flags.add(DAMAGED)
        return
    except wave.Error as error:  # compressed WAVs (GSM, mu-law voicemail) are not PCM
        found.add("media.note", f"WAV header not described: {error}")
        return
    found.add("audio.channels", channels)
    found.add("audio.sample_rate", rate)
    found.add("audio.bits_per_sample", width * 8)
    if rate:
        found.add("audio.duration_seconds", f"{frames / rate:.3f}")

"""Files that try to break an importer: empty, cut short, lying about their type, a
decompression bomb and a malformed e-mail. Each must be stored or refused, never crash."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator

from tests.samples.documents import statement
from tests.samples.folder import Folder
from tests.samples.pictures import png, screenshot

BOMB_SIDE = 60_000  # 3.6 gigapixels: decoding it whole would take 450 MB even at 1 bit
BROKEN_MAIL = (b'From: nobody\r\nSubject: =?utf-8?b?!!!notbase64\r\n'
               b'Content-Type: multipart/mixed; boundary="x"\r\n\r\n'
               b'--x\r\nContent-Type: text/plain\r\n\r\nunterminated')


def write(folder: Folder) -> None:
    folder.put("bad/empty.png", b"")
    picture = png(screenshot("Snapchat", "Supprime ton compte"))
    folder.put("bad/truncated.png", picture[: len(picture) // 3])
    folder.put("bad/screenshot_named.pdf", png(screenshot("TikTok", "On t'a retrouvée")))
    folder.put("bad/not_really.pdf", b"This is plain text pretending to be a PDF.\n")
    document = statement()
    folder.put("bad/truncated.pdf", document[: len(document) // 2])
    folder.put("bad/broken.eml", BROKEN_MAIL)
    folder.put_chunks(f"bad/bomb_{BOMB_SIDE}x{BOMB_SIDE}.png", bomb(BOMB_SIDE))


def bomb(side: int, rows_per_block: int = 1000) -> Iterator[bytes]:
    """A valid 1-bit grey PNG of ``side`` x ``side`` black pixels, never held in memory.

    Every block of zero rows compresses to the same bytes when the compressor starts afresh
    for each (a full flush), so one block is compressed and its bytes repeated: about 0.1 s
    instead of 2 s of zlib over 450 MB, on every test run."""
    yield b"\x89PNG\r\n\x1a\n"
    yield chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0))
    row = bytes(1 + (side + 7) // 8)  # filter byte "none", then the packed pixels
    blocks, rest = divmod(side, rows_per_block)
    block = row * rows_per_block
    squeezer = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw deflate: no header, no checksum
    repeated = squeezer.compress(block) + squeezer.flush(zlib.Z_FULL_FLUSH)
    squeezer = zlib.compressobj(9, zlib.DEFLATED, -15)
    last = squeezer.compress(row * rest) + squeezer.flush()  # ends with the final block
    # Adler-32 of n zero bytes in closed form: its first sum stays 1, its second grows by 1
    # a byte (the test inflates the stream, and zlib checks this value).
    checksum = (side * len(row) % 65521) << 16 | 1
    # zlib's header for deflate with a 32 KiB window at best compression, and its trailer.
    yield chunk(b"IDAT", b"\x78\xda" + repeated * blocks + last + struct.pack(">I", checksum))
    yield chunk(b"IEND", b"")


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

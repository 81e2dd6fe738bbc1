"""Export benchmark: Dossier's bundle against ``zip -0`` of the same originals.

Run from the project folder (a script; pytest does not collect it):

    .venv/bin/python tests/bench/bench_export.py          # exit 0 if the targets are met
    .venv/bin/python tests/bench/bench_export.py --json   # the figures as one JSON object

1. 1,000 distinct PNG screenshots of about 300 KB each are imported into a fresh vault,
   then ``dossier export`` writes the full bundle (originals, report PDF with every
   screenshot on its own page, lists, hashes). Target (issue 5): at most 60 s.
2. One 1.5 GiB video is imported into another vault and exported: it must be streamed,
   never loaded whole. Target: peak RSS of the exporting process at most 300 MB.

Each export runs as a child ``dossier`` process (its unlock, about 0.5 s of scrypt, is
included); its peak RSS is sampled every 20 ms with psutil. ``zip -0 -r`` of the same
originals runs right after, on the same warm page cache, as the reference: the machines
are shared and noisy, so the ratio says more than the seconds.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil
from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.bench_import import (
    describe_machine,
    machine_line,
    require_free,
    say,
    scratch,
    write_random,
)

PASSPHRASE = "bench: correct horse; battery 'staple'"
SCREENSHOTS = 1000
BASES = 25  # distinct pictures; each file then gets its own bytes (see _screenshots)
TIME_TARGET_S = 60.0
RSS_TARGET_MB = 300
VIDEO_SIZE = 1536 << 20
MB = 1_000_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--screenshots", type=int, default=SCREENSHOTS)
    args = parser.parse_args()
    with scratch(args.workdir) as folder:
        require_free(folder, 6 * VIDEO_SIZE)
        machine = describe_machine(folder)
        figures = {"machine": machine, "screenshots": _screenshot_case(folder, args.screenshots),
                   "video": _video_case(folder)}
    met = (figures["screenshots"]["export_s"] <= TIME_TARGET_S
           and figures["video"]["peak_rss_mb"] <= RSS_TARGET_MB)
    figures["targets_met"] = met
    print(json.dumps(figures) if args.json else _text(figures))
    return 0 if met else 1


def _screenshot_case(folder: Path, count: int) -> dict[str, Any]:
    pictures = folder / "screenshots"
    pictures.mkdir()
    say(f"making {count} screenshots...")
    size = _screenshots(pictures, count)
    vault = folder / "shots.dossier"
    imported = _dossier(vault, "import", pictures, fresh=True)
    say("exporting the screenshots...")
    exported = _dossier(vault, "export", "--out", folder / "shots-bundle", "--json")
    bundle = folder / "shots-bundle"
    reference = _zip(pictures, folder / "shots.zip")
    pages = json.loads(exported["out"])["pages"]
    return {"files": count, "originals_mb": round(size / MB, 1),
            "import_s": imported["seconds"], "export_s": exported["seconds"],
            "export_peak_rss_mb": exported["peak_rss_mb"], "report_pages": pages,
            "report_mb": round((bundle / "Rapport.pdf").stat().st_size / MB, 1),
            "zip0_s": reference, "ratio_to_zip0": round(exported["seconds"] / reference, 2)}


def _video_case(folder: Path) -> dict[str, Any]:
    videos = folder / "video"
    videos.mkdir()
    video = videos / "camera-2026-11-20.mp4"
    with open(video, "wb") as file:  # an MP4 header, then noise: stored, not decoded
        file.write(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom")
    _append_random(video, VIDEO_SIZE)
    vault = folder / "video.dossier"
    say("importing the 1.5 GiB video...")
    _dossier(vault, "import", video, fresh=True)
    say("exporting the video...")
    exported = _dossier(vault, "export", "--out", folder / "video-bundle", "--json")
    reference = _zip(videos, folder / "video.zip")
    return {"size_mb": round(video.stat().st_size / MB), "export_s": exported["seconds"],
            "peak_rss_mb": exported["peak_rss_mb"], "zip0_s": reference,
            "ratio_to_zip0": round(exported["seconds"] / reference, 2)}


def _screenshots(folder: Path, count: int) -> int:
    """``count`` phone-sized PNGs of about 300 KB: text lines, coloured blocks and a photo-
    like patch. Distinct bytes per file (a counter after the picture data), so nothing is
    deduplicated, but only ``BASES`` pictures to draw, to keep the set-up short."""
    random.seed(5)
    bases = [_picture(index) for index in range(BASES)]
    total = 0
    for index in range(count):
        data = bases[index % BASES] + f"#{index}".encode()
        name = f"Screenshot_2026{1 + index % 12:02d}{1 + index % 28:02d}-1{index % 10}3012.png"
        (folder / f"{index:04d}-{name}").write_bytes(data)
        total += len(data)
    return total


def _picture(seed: int) -> bytes:
    image = Image.new("RGB", (1080, 2340), "white")
    draw = ImageDraw.Draw(image)
    words = ["tu", "vas", "voir", "je", "sais", "où", "tu", "habites", "réponds", "moi"]
    for y in range(40, 2300, 34):
        draw.text((30, y), " ".join(random.choice(words) for _ in range(14)),
                  fill=(random.randint(0, 80),) * 3)
    for _ in range(120):
        x, y = random.randint(0, 1000), random.randint(0, 2300)
        draw.rectangle((x, y, x + 90, y + 40), fill=tuple(random.randint(0, 255)
                                                          for _ in range(3)))
    image.paste(Image.effect_noise((330, 330), 30 + seed).convert("RGB"), (700, 120))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _append_random(path: Path, size: int) -> None:
    rest = path.with_suffix(".part")
    write_random(rest, size)
    with open(path, "ab") as target, open(rest, "rb") as source:
        shutil.copyfileobj(source, target, 4 << 20)
    rest.unlink()


def _dossier(vault: Path, *args: object, fresh: bool = False) -> dict[str, Any]:
    env = {**os.environ, "DOSSIER_PASSPHRASE": PASSPHRASE, "DOSSIER_VAULT": str(vault)}
    if fresh:
        subprocess.run([sys.executable, "-m", "app", "init"], env=env, check=True,
                       capture_output=True)
    command = [sys.executable, "-m", "app", *map(str, args)]
    # Output goes to files, not pipes: an import prints a line per file, and a full pipe
    # nobody reads until the end would stall it.
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, env=env, stdout=out, stderr=err)
        peak = _watch(child)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        printed, complaint = out.read().decode(), err.read().decode()
    if child.returncode not in (0, 3):
        raise SystemExit(f"dossier {args[0]} failed: {complaint[-500:]}")
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(peak / MB, 1),
            "out": printed}


def _watch(child: subprocess.Popen[bytes]) -> int:
    """The peak resident memory of the child and its own children (the import's reader
    process), summed, sampled until it ends."""
    process, peak = psutil.Process(child.pid), 0
    while child.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(_rss(member) for member in tree))
        except psutil.Error:
            pass
        time.sleep(0.02)
    return peak


def _rss(process: psutil.Process) -> int:
    try:
        return process.memory_info().rss
    except psutil.Error:
        return 0


def _zip(folder: Path, archive: Path) -> float:
    subprocess.run(["sync"], check=False)
    start = time.perf_counter()
    subprocess.run(["zip", "-0", "-r", "-q", str(archive), "."], cwd=folder, check=True)
    return round(time.perf_counter() - start, 2)


def _text(figures: dict[str, Any]) -> str:
    shots, video = figures["screenshots"], figures["video"]
    return "\n".join([
        f"Machine: {machine_line(figures['machine'])}",
        (f"Screenshots: {shots['files']} files, {shots['originals_mb']} MB; import "
        f"{shots['import_s']} s; export {shots['export_s']} s (target <= {TIME_TARGET_S:.0f} s), "
        f"peak RSS {shots['export_peak_rss_mb']} MB; report {shots['report_pages']} pages, "
        f"{shots['report_mb']} MB; zip -0 {shots['zip0_s']} s; ratio {shots['ratio_to_zip0']}"),
        (f"Video: {video['size_mb']} MB; export {video['export_s']} s, peak RSS "
        f"{video['peak_rss_mb']} MB (target <= {RSS_TARGET_MB}); zip -0 {video['zip0_s']} s; "
        f"ratio {video['ratio_to_zip0']}"),
        f"Targets met: {figures['targets_met']}",
    ])

if __name__ == "__main__":
    sys.exit(main())

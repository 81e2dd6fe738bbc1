"""Corroboration benchmark (issue #15 §2): how long matching takes in a large case, and
whether the planted matches are found.

Run from the project folder (a script; pytest does not collect it):

    .venv/bin/python tests/bench/bench_corroboration.py [--json] [--messages 20000]
        [--screenshots 20]

A real vault gets one WhatsApp backup of ``--messages`` messages (sentences drawn from a
3,000-word vocabulary with Zipf frequencies, as chat words are) and ``--screenshots``
pictures, each given a 40-line reading (the OCR engine is measured in bench_ocr.py): one
of its lines is a message of the backup with one letter misread, the others are random
sentences. Measured: the seconds for every corroboration of the case (what an export
does), for one screenshot (what the window does when it is selected), and for one message.

Target: one screenshot in <= 2 s, every planted message found.
Exit codes: 0 targets met, 1 targets missed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.case import cases, corroboration, transcripts
from app.importing.formats.transcript import Line, Transcript
from app.importing.pipeline import Importer
from app.vault.keys import KdfSettings
from app.vault.vault import Vault
from tests.samples.pictures import png, screenshot

SYLLABLES = ("ba", "re", "mi", "to", "su", "la", "que", "tu", "je", "ne", "pas", "ou", "ca",
             "fait", "ter", "mon", "vous", "ai", "est", "dre", "ple", "cha", "vie", "sor")
TARGET_SECONDS = 2.0


def _vocabulary(chance: random.Random) -> tuple[list[str], list[float]]:
    words = ["".join(chance.choice(SYLLABLES) for _ in range(chance.choice((1, 1, 2, 2, 3))))
             for _ in range(3000)]
    return words, [1 / (rank + 1) for rank in range(len(words))]


def _case(folder: Path, messages: int, screenshots: int) -> tuple[Vault, int, list[str]]:
    chance = random.Random(15)
    words, weights = _vocabulary(chance)
    said = [" ".join(chance.choices(words, weights, k=chance.randint(4, 25)))
            for _ in range(messages)]
    start = datetime(2026, 1, 1, 8, 0)
    chat = "".join(f"{(start + timedelta(minutes=n)):%d/%m/%Y %H:%M} - Ombre: {text}\n"
                   for n, text in enumerate(said))
    (folder / "Discussion WhatsApp avec Ombre.txt").write_text(chat, encoding="utf-8")
    for n in range(screenshots):
        (folder / f"capture_{n}.png").write_bytes(png(screenshot("X", f"capture {n}",
                                                                 (120, 200))))
    vault = Vault.create(folder / "bench.dossier", "bench", kdf=KdfSettings(10, 8))
    with vault.transaction() as db:
        case_id = cases.create(db, "Bench").id
    list(Importer(vault, case_id).run([folder]))
    planted = []
    for n in range(screenshots):
        shown = chance.choice([text for text in said if len(text) >= 30])
        planted.append(shown)
        lines = [" ".join(chance.choices(words, weights, k=chance.randint(2, 7)))
                 for _ in range(40)]
        lines[20] = shown[:10] + "x" + shown[11:]  # one letter misread
        _read(vault, f"capture_{n}.png", lines)
    return vault, case_id, planted


def _read(vault: Vault, name: str, lines: list[str]) -> None:
    item_id = vault.db.execute("SELECT id FROM items WHERE original_name = ?",
                               (name,)).fetchone()[0]
    read = tuple(Line(text, ((0, 30 * n), (900, 30 * n), (900, 30 * n + 20), (0, 30 * n + 20)),
                      0.9) for n, text in enumerate(lines))
    with vault.transaction() as db:
        transcripts.store(db, item_id, Transcript(read, 1080, 2340))


def measure(messages: int, screenshots: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        vault, case_id, planted = _case(Path(folder), messages, screenshots)
        prepared = time.perf_counter() - started
        try:
            started = time.perf_counter()
            found = corroboration.in_case(vault.db, case_id)
            whole = time.perf_counter() - started
            one_id = found[0].screenshot_id if found else 0
            started = time.perf_counter()
            corroboration.of_screenshot(vault.db, one_id)
            one = time.perf_counter() - started
            started = time.perf_counter()
            corroboration.in_case(vault.db, case_id, message_id=found[0].message_id
                                  if found else 0)
            message = time.perf_counter() - started
            texts = {c.message_id: vault.db.execute(
                "SELECT body FROM texts WHERE item_id = ?", (c.message_id,)).fetchone()[0]
                for c in found}
        finally:
            vault.close()
    matched = {texts.get(c.message_id, "") for c in found}
    return {"messages": messages, "screenshots": screenshots,
            "prepare_seconds": round(prepared, 1),
            "whole_case_seconds": round(whole, 2),
            "per_screenshot_seconds": round(whole / max(1, screenshots), 2),
            "one_screenshot_seconds": round(one, 2),
            "one_message_seconds": round(message, 2),
            "planted_found": sum(text in matched for text in planted),
            "matches": len(found)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--messages", type=int, default=20000)
    parser.add_argument("--screenshots", type=int, default=20)
    args = parser.parse_args()
    result = measure(args.messages, args.screenshots)
    met = (result["one_screenshot_seconds"] <= TARGET_SECONDS  # type: ignore[operator]
           and result["planted_found"] == args.screenshots)
    print(json.dumps(result) if args.json else "\n".join(f"{k}: {v}" for k, v in
                                                         result.items()))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())

"""Import benchmark: Dossier against 7-Zip on the same files, and a storage-settings sweep.

Run from the project folder (a script; pytest does not collect it):

    .venv/bin/python tests/bench/bench_import.py            # exit 0 if the targets are met, 1 if not
    .venv/bin/python tests/bench/bench_import.py --json     # the same figures as one JSON object
    .venv/bin/python tests/bench/bench_import.py --storage  # SQLCipher settings sweep

Import: 200 random 1 MiB files, then one random 1.5 GiB file. Each Dossier run is a fresh
child process importing into a fresh vault (``Vault.create`` with the default KDF, not
counted in the time; its memory is counted, as a real ``dossier import`` unlocks too). Each
7-Zip run is ``7z a -mx=0 -p... -mhe=on``. Both tools run alternately, after ``sync``, on a
warm page cache; the median run is reported. Targets (issue 2): Dossier takes at most twice
7-Zip's time, and peaks at most at 300 MB of RSS on the big file.

Storage (``--storage``): per configuration, about 300 MiB of raw chunks written straight
through SQLCipher, then ``Importer.run`` over 100 random 1 MiB files, with one setting
changed at a time from the vault's own (app/vault/vault.py); 5 interleaved rounds.

Every generated file lives in one scratch folder that is removed at the end, Ctrl+C included.
Exit codes: 0 targets met (or sweep done), 1 targets missed, 2 could not measure, 130 stopped.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Self

import sqlcipher3

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).resolve()
MB = 1_000_000  # figures are in decimal megabytes, as the targets are
MIB = 1 << 20
PASSPHRASE = "bench: correct horse; battery 'staple'"
RATIO_TARGET = 2.0
RSS_TARGET_MB = 300
SMALL_FILES = 200
SMALL_SIZE = MIB
BIG_SIZE = 1536 * MIB  # 1.5 GiB
WRITE_BLOCK = 4 * MIB
# Sweep workload: one big transaction (a large original) plus many 1 MiB transactions
# (a folder of photos), about 300 MiB in all.
SWEEP_BULK = 200 * MIB
SWEEP_FILES = 100
SWEEP_FILE_SIZE = MIB
INTERRUPTED = 130


class BenchError(Exception):
    """The benchmark could not measure (a tool failed, no disk space...)."""


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- scratch space ---------------------------------------------------------------------------


def filesystem_of(path: Path) -> tuple[str, str]:
    """(type, device) of the mount holding ``path``, from /proc/mounts."""
    best, found = "", ("unknown", "unknown")
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return found
    resolved = str(path.resolve())
    for line in mounts:
        device, point, kind = line.split()[:3]
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, found = point, (kind, device)
    return found


def scratch_base(requested: Path | None) -> Path:
    """The system temp folder unless it lives in memory: then the project's disk."""
    if requested:
        return requested
    temp = Path(tempfile.gettempdir())
    if filesystem_of(temp)[0] in {"tmpfs", "ramfs"}:
        return ROOT
    return temp


@contextmanager
def scratch(requested: Path | None) -> Iterator[Path]:
    """A private folder for everything generated; removed however the run ends."""
    folder = Path(tempfile.mkdtemp(prefix=".dossier-bench-", dir=scratch_base(requested)))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def require_free(folder: Path, needed: int) -> None:
    free = shutil.disk_usage(folder).free
    if free < needed:
        raise BenchError(f"{folder} has {free / 1e9:.1f} GB free; the benchmark needs "
                         f"{needed / 1e9:.1f} GB (use --workdir)")


def write_random(path: Path, size: int) -> None:
    with open(path, "wb") as file:
        file.writelines(os.urandom(min(WRITE_BLOCK, size - offset))
                        for offset in range(0, size, WRITE_BLOCK))


def warm(paths: Sequence[Path]) -> None:
    """Read the inputs once so both tools start from the same, warm page cache."""
    buffer = bytearray(8 * MIB)
    for path in paths:
        with open(path, "rb", buffering=0) as file:
            while file.readinto(buffer):
                pass


def remove_outputs(folder: Path) -> None:
    for entry in folder.iterdir():
        entry.unlink()


# -- the machine -----------------------------------------------------------------------------


def describe_machine(folder: Path) -> dict[str, object]:
    db = sqlcipher3.connect(":memory:")
    db.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    cipher = db.execute("PRAGMA cipher_version").fetchone()[0]
    provider = db.execute("PRAGMA cipher_provider_version").fetchone()[0]
    db.close()
    kind, device = filesystem_of(folder)
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gib": round(_meminfo_kib("MemTotal") / MIB, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlcipher": cipher,
        "sqlite": sqlcipher3.sqlite_version,
        "crypto": provider,
        "7zip": _seven_zip_version(),
        "scratch": str(folder),
        "filesystem": f"{kind} on {device}",
        "disk_free_gb": round(shutil.disk_usage(folder).free / 1e9, 1),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _meminfo_kib(field: str) -> int:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _seven_zip_version() -> str:
    if shutil.which("7z") is None:
        raise BenchError("7z is missing: apt-get install p7zip-full")
    banner = subprocess.run(["7z"], capture_output=True, text=True, check=False).stdout
    lines = [line.strip() for line in banner.splitlines() if line.strip()]
    return lines[0].split(":")[0].strip() if lines else "unknown"


def machine_line(machine: dict[str, object]) -> str:
    return (f"{machine['cpu']}, {machine['cores']} cores, {machine['ram_gib']} GiB RAM; "
            f"{machine['os']}; Python {machine['python']}; SQLCipher {machine['sqlcipher']} "
            f"(SQLite {machine['sqlite']}, {machine['crypto']}); {machine['7zip']}; scratch "
            f"{machine['scratch']} ({machine['filesystem']}, {machine['disk_free_gb']} GB free); "
            f"load average {machine['load_average']}")


# -- child processes -------------------------------------------------------------------------


@dataclass
class ProcessRun:
    seconds: float  # wall time of the whole process
    cpu_seconds: float  # user + system, all its threads
    peak_rss: int  # bytes, this process alone (wait4)
    output: str


def run_process(argv: Sequence[str], logs: Path, cwd: Path | None = None) -> ProcessRun:
    """Run ``argv`` to the end; its own peak RSS comes from wait4, so runs do not mix."""
    out_path, err_path = logs / "child.out", logs / "child.err"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        process = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out,
                                   stderr=err)
        try:
            _, status, usage = os.wait4(process.pid, 0)
        except BaseException:
            process.kill()
            process.wait()
            raise
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    output, error = out_path.read_text(), err_path.read_text()
    out_path.unlink()
    err_path.unlink()
    if process.returncode != 0:
        raise BenchError(f"{Path(argv[0]).name} failed (exit {process.returncode}): "
                         f"{error.strip()[-800:]}")
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss is in KiB on Linux
    return ProcessRun(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * scale, output)


def python_child(*args: str) -> list[str]:
    return [sys.executable, str(SCRIPT), "--child", *args]


class RssSampler:
    """Samples this process's RSS in the background: the peak of one phase alone."""

    def __init__(self, interval: float = 0.01) -> None:
        import psutil

        self._process = psutil.Process()
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self.peak = self._process.memory_info().rss

    def _sample(self) -> None:
        while not self._stop.wait(self._interval):
            self.peak = max(self.peak, self._process.memory_info().rss)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._process.memory_info().rss)


def own_peak_rss() -> int:
    import resource

    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def child_import(vault_path: str, source: str) -> dict[str, object]:
    """In the child: a fresh vault, then one ``Importer.run`` over ``source``, timed."""
    from app.case import cases
    from app.importing import pipeline as importing
    from app.vault.vault import Vault

    vault = Vault.create(Path(vault_path), PASSPHRASE)
    try:
        with vault.transaction() as db:
            case = cases.find_or_create(db, None)
        before = own_peak_rss()
        with RssSampler() as sampler:
            start, cpu = time.perf_counter(), time.process_time()
            outcomes = list(importing.Importer(vault, case.id).run([Path(source)]))
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    finally:
        vault.close()
    failed = [f"{o.path}: {o.status} {o.reason}" for o in outcomes if o.status != importing.STORED]
    if failed:
        raise BenchError(f"{len(failed)} files not stored, e.g. {failed[0]}")
    return {"seconds": seconds, "cpu_seconds": cpu, "files": len(outcomes),
            "peak_rss_before_import": before,
            "import_phase_peak_rss": sampler.peak}


# -- import: Dossier against 7-Zip -----------------------------------------------------------


@dataclass
class Case:
    label: str
    source: Path  # what Dossier is given: a folder or a file
    files: list[Path]
    runs: int

    @property
    def size(self) -> int:
        return sum(path.stat().st_size for path in self.files)


def dossier_run(case: Case, out: Path) -> dict[str, float]:
    run = run_process(python_child("import", str(out / "bench.dossier"), str(case.source)), out)
    child = json.loads(run.output)
    return {"seconds": child["seconds"], "cpu_seconds": child["cpu_seconds"],
            "process_seconds": run.seconds,
            "peak_rss_mb": run.peak_rss / MB,
            "rss_before_import_mb": child["peak_rss_before_import"] / MB,
            "import_phase_peak_rss_mb": child["import_phase_peak_rss"] / MB}


def seven_zip_run(case: Case, out: Path) -> dict[str, float]:
    folder = case.files[0].parent
    names = [str(path.relative_to(folder)) for path in case.files]
    argv = ["7z", "a", "-mx=0", f"-p{PASSPHRASE}", "-mhe=on", "-bd", "-y",
            str(out / "bench.7z"), *names]
    run = run_process(argv, out, cwd=folder)
    # 7-Zip leaves its archive in the page cache; Dossier fsyncs every commit. The flush is
    # timed apart, for the record, and not added to 7-Zip's time.
    start = time.perf_counter()
    descriptor = os.open(out / "bench.7z", os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    return {"seconds": run.seconds, "cpu_seconds": run.cpu_seconds,
            "peak_rss_mb": run.peak_rss / MB, "fsync_seconds": time.perf_counter() - start}


TOOLS: dict[str, Callable[[Case, Path], dict[str, float]]] = {
    "dossier": dossier_run,
    "7zip": seven_zip_run,
}


def measure(case: Case, out: Path) -> dict[str, object]:
    """Both tools ``case.runs`` times, alternating which goes first."""
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in TOOLS}
    for index in range(case.runs):
        order = list(TOOLS) if index % 2 == 0 else list(reversed(TOOLS))
        for name in order:
            remove_outputs(out)
            os.sync()  # earlier runs' dirty pages must not be written back on this one's time
            warm(case.files)
            runs[name].append(TOOLS[name](case, out))
            say(f"  {case.label}: {name} run {index + 1}/{case.runs}: "
                f"{runs[name][-1]['seconds']:.2f} s")
    remove_outputs(out)
    size = case.size
    result: dict[str, object] = {"case": case.label, "files": len(case.files), "bytes": size}
    for name, tool_runs in runs.items():
        seconds = statistics.median(run["seconds"] for run in tool_runs)
        summary: dict[str, object] = {
            "runs_seconds": [round(run["seconds"], 3) for run in tool_runs],
            "median_seconds": round(seconds, 3),
            "mb_per_s": round(size / MB / seconds, 1),
            "median_cpu_seconds": round(
                statistics.median(run["cpu_seconds"] for run in tool_runs), 3),
            "peak_rss_mb": round(max(run["peak_rss_mb"] for run in tool_runs), 1),
        }
        for extra in ("rss_before_import_mb", "import_phase_peak_rss_mb"):
            if extra in tool_runs[0]:
                summary[extra] = round(max(run[extra] for run in tool_runs), 1)
        if "fsync_seconds" in tool_runs[0]:
            summary["fsync_after_seconds"] = round(
                statistics.median(run["fsync_seconds"] for run in tool_runs), 3)
        result[name] = summary
    result["ratio"] = round(result["dossier"]["median_seconds"]
                            / result["7zip"]["median_seconds"], 2)
    result["best_run_ratio"] = round(min(result["dossier"]["runs_seconds"])
                                     / min(result["7zip"]["runs_seconds"]), 2)
    result["cpu_ratio"] = round(result["dossier"]["median_cpu_seconds"]
                                / result["7zip"]["median_cpu_seconds"], 2)
    return result


def make_inputs(work: Path, args: argparse.Namespace) -> list[Case]:
    small, big = work / "small", work / "big"
    small.mkdir()
    big.mkdir()
    start = time.perf_counter()
    files = []
    for index in range(args.files):
        files.append(small / f"evidence-{index:03d}.bin")
        write_random(files[-1], SMALL_SIZE)
    big_file = big / "recording.bin"
    write_random(big_file, args.big_mib * MIB)
    say(f"generated {args.files} × 1 MiB and 1 × {args.big_mib} MiB of random bytes in "
        f"{time.perf_counter() - start:.1f} s")
    big_label = f"1 × {args.big_mib / 1024:g} GiB" if args.big_mib >= 1024 else \
        f"1 × {args.big_mib} MiB"
    return [Case(f"{args.files} × 1 MiB", small, files, args.runs),
            Case(big_label, big_file, [big_file], args.big_runs)]


def judge(results: list[dict[str, object]]) -> list[dict[str, object]]:
    checks: list[dict[str, object]] = []
    for result in results:
        checks.append({"check": f"{result['case']}: Dossier time / 7-Zip time",
                       "value": result["ratio"], "target": f"<= {RATIO_TARGET}",
                       "ok": result["ratio"] <= RATIO_TARGET})
    rss = results[-1]["dossier"]["peak_rss_mb"]
    checks.append({"check": f"{results[-1]['case']}: Dossier peak RSS (MB)", "value": rss,
                   "target": f"<= {RSS_TARGET_MB}", "ok": rss <= RSS_TARGET_MB})
    return checks


def print_import_report(report: dict[str, object]) -> None:
    print("Dossier import benchmark,", report["when"])
    print("Machine:", machine_line(report["machine"]))
    print()
    print(f"{'case':<16}{'tool':<9}{'runs (s)':<26}{'median s':>9}{'MB/s':>8}"
          f"{'CPU s':>8}{'peak RSS MB':>13}")
    for result in report["results"]:
        for name, label in (("dossier", "Dossier"), ("7zip", "7-Zip")):
            tool = result[name]
            runs = ", ".join(f"{s:.2f}" for s in tool["runs_seconds"])
            print(f"{result['case']:<16}{label:<9}{runs:<26}{tool['median_seconds']:>9.2f}"
                  f"{tool['mb_per_s']:>8.1f}{tool['median_cpu_seconds']:>8.2f}"
                  f"{tool['peak_rss_mb']:>13.0f}")
    print()
    for result in report["results"]:
        tool = result["dossier"]
        print(f"{result['case']}: Dossier RSS peak {tool['peak_rss_mb']:.0f} MB for the process; "
              f"{tool['rss_before_import_mb']:.0f} MB already at vault creation (scrypt, "
              f"128 MiB), {tool['import_phase_peak_rss_mb']:.0f} MB at most during the import")
        print(f"{result['case']}: ratio Dossier/7-Zip {result['ratio']:.2f} (medians), "
              f"{result['best_run_ratio']:.2f} (fastest runs), {result['cpu_ratio']:.2f} (CPU time)")
        print(f"{result['case']}: 7-Zip does not fsync its archive; doing so afterwards took "
              f"{result['7zip']['fsync_after_seconds']:.2f} s more (not counted)")
    print()
    for check in report["checks"]:
        print(f"{'PASS' if check['ok'] else 'FAIL'}  {check['check']}: {check['value']} "
              f"(target {check['target']})")
    print("Targets met." if report["targets_met"] else "Targets NOT met.")


def bench_import(args: argparse.Namespace) -> int:
    with scratch(args.workdir) as work:
        needed = args.files * SMALL_SIZE + 3 * args.big_mib * MIB * 11 // 10 + 512 * MIB
        require_free(work, needed)
        machine = describe_machine(work)
        say(f"scratch folder {work}")
        cases = make_inputs(work, args)
        out = work / "out"
        out.mkdir()
        results = [measure(case, out) for case in cases]
    machine["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    checks = judge(results)
    report = {"when": datetime.now().astimezone().isoformat(timespec="seconds"),
              "machine": machine, "results": results, "checks": checks,
              "targets_met": all(check["ok"] for check in checks)}
    if args.json:
        print(json.dumps(report))
    else:
        print_import_report(report)
    return 0 if report["targets_met"] else 1


# -- storage: a sweep of SQLCipher settings --------------------------------------------------


@dataclass(frozen=True)
class StorageConfig:
    label: str
    pragmas: dict[str, str]
    chunk: int


def storage_configs() -> list[StorageConfig]:
    """The vault's settings, then one factor changed at a time, then SQLCipher's defaults."""
    from app.vault import originals, vault

    base = {**vault.STORAGE, **vault.CONNECTION}
    chunk = originals.CHUNK_SIZE
    variants = [
        ("cipher_page_size 4096", {"cipher_page_size": "4096"}, chunk),
        ("cipher_page_size 16384", {"cipher_page_size": "16384"}, chunk),
        ("cipher_page_size 65536", {"cipher_page_size": "65536"}, chunk),
        ("HMAC_SHA512", {"cipher_hmac_algorithm": "HMAC_SHA512"}, chunk),
        ("journal_mode DELETE", {"journal_mode": "DELETE"}, chunk),
        ("journal_mode TRUNCATE", {"journal_mode": "TRUNCATE"}, chunk),
        ("journal_mode WAL", {"journal_mode": "WAL"}, chunk),
        ("journal_mode WAL + synchronous NORMAL",
         {"journal_mode": "WAL", "synchronous": "NORMAL"}, chunk),
        ("synchronous NORMAL", {"synchronous": "NORMAL"}, chunk),
        ("cipher_memory_security ON", {"cipher_memory_security": "ON"}, chunk),
        ("chunk 256 KiB", {}, 256 * 1024),
        ("chunk 1 MiB", {}, MIB),
        ("chunk 4 MiB", {}, 4 * MIB),
    ]
    configs = [StorageConfig(f"baseline (app/vault/vault.py, chunk {chunk // 1024} KiB)", base, chunk)]
    for label, change, size in variants:
        pragmas = {**base, **change}
        if pragmas != base or size != chunk:
            configs.append(StorageConfig(label, pragmas, size))
    configs.append(StorageConfig("SQLCipher 4 defaults (no pragmas)", {}, chunk))
    return configs


def child_storage(db_path: str, config_json: str, folder: str) -> dict[str, object]:
    """In the child: raw chunk writes under the settings, then a real import under them."""
    config = json.loads(config_json)
    result = _raw_writes(Path(db_path), config["pragmas"], config["chunk"])
    os.sync()  # the raw phase's dirty pages must not be flushed on the import's time
    result["import_seconds"], result["import_cpu_seconds"] = _settings_import(
        Path(db_path).with_suffix(".dossier"), config["pragmas"], config["chunk"], Path(folder))
    return result


def _raw_writes(path: Path, pragmas: dict[str, str], chunk: int) -> dict[str, object]:
    """The vault's schema under ``pragmas``, then timed chunk inserts, one original per
    transaction: a big one, then many 1 MiB ones."""
    from app.vault import schema

    if SWEEP_BULK % chunk:
        raise BenchError("the bulk size must be a multiple of the chunk size")
    pool = [os.urandom(chunk) for _ in range(4)]
    small_file = os.urandom(SWEEP_FILE_SIZE)
    small = [small_file[offset:offset + chunk] for offset in range(0, SWEEP_FILE_SIZE, chunk)]
    db = sqlcipher3.connect(str(path), isolation_level=None)
    db.execute("PRAGMA cipher_log_level = NONE")
    db.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    for name, value in pragmas.items():
        db.execute(f"PRAGMA {name} = {value}").fetchall()
    schema.migrate(db)
    actual = {name: str(db.execute(f"PRAGMA {name}").fetchone()[0]) for name in (
        "cipher_page_size", "cipher_hmac_algorithm", "journal_mode", "synchronous",
        "cipher_memory_security", "locking_mode")}
    start, cpu = time.perf_counter(), time.process_time()
    written = _write_blob(db, [pool[seq % len(pool)] for seq in range(SWEEP_BULK // chunk)])
    bulk_done = time.perf_counter()
    for _ in range(SWEEP_FILES):
        written += _write_blob(db, small)
    files_done = time.perf_counter()
    db.close()  # a WAL is checkpointed here: its cost belongs to the total
    closed, cpu = time.perf_counter(), time.process_time() - cpu
    if written != SWEEP_BULK + SWEEP_FILES * SWEEP_FILE_SIZE:
        raise BenchError(f"wrote {written} bytes instead of the planned amount")
    size = path.stat().st_size
    path.unlink()
    return {"bulk_seconds": bulk_done - start, "files_seconds": files_done - bulk_done,
            "close_seconds": closed - files_done, "total_seconds": closed - start,
            "total_cpu_seconds": cpu, "file_bytes": size, "actual": actual}


def _write_blob(db: sqlcipher3.Connection, pieces: Sequence[bytes]) -> int:
    """One original as the vault stores it: a blobs row and its chunks, one transaction."""
    size = sum(map(len, pieces))
    db.execute("BEGIN IMMEDIATE")
    blob_id = db.execute("INSERT INTO blobs(size) VALUES (?)", (size,)).lastrowid
    for seq, piece in enumerate(pieces):
        db.execute("INSERT INTO chunks(blob_id, seq, data) VALUES (?, ?, ?)", (blob_id, seq, piece))
    db.execute("UPDATE blobs SET sha256 = ? WHERE id = ?", (os.urandom(32).hex(), blob_id))
    db.execute("COMMIT")
    return size


def _settings_import(path: Path, pragmas: dict[str, str], chunk: int,
                     folder: Path) -> tuple[float, float]:
    """``Importer.run`` over ``folder`` with the vault's settings replaced by ``pragmas``:
    every item's metadata, custody entry and search row pay the page size too."""
    from app.case import cases
    from app.importing import pipeline as importing
    from app.vault import keys, originals, vault

    vault.STORAGE.clear()
    vault.CONNECTION.clear()
    vault.CONNECTION.update(pragmas)
    originals.CHUNK_SIZE = chunk
    opened = vault.Vault.create(path, PASSPHRASE, kdf=keys.KdfSettings(log2_n=10))
    try:
        with opened.transaction() as db:
            case = cases.find_or_create(db, None)
        start, cpu = time.perf_counter(), time.process_time()
        outcomes = list(importing.Importer(opened, case.id).run([folder]))
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    finally:
        opened.close()
    if any(outcome.status != importing.STORED for outcome in outcomes):
        raise BenchError("the sweep's import did not store every file")
    return seconds, cpu


def storage_run(config: StorageConfig, out: Path, folder: Path) -> dict[str, object]:
    remove_outputs(out)
    os.sync()
    payload = json.dumps({"pragmas": config.pragmas, "chunk": config.chunk})
    run = run_process(python_child("storage", str(out / "sweep.db"), payload, str(folder)), out)
    child = json.loads(run.output)
    child["peak_rss_mb"] = run.peak_rss / MB
    return child


def sweep_row(config: StorageConfig, runs: list[dict[str, object]]) -> dict[str, object]:
    """Best (fastest round: the least disturbed on a shared machine), median and CPU rates."""
    def rate(size: int, key: str) -> dict[str, float]:
        seconds = [float(run[key]) for run in runs]
        return {"best": round(size / MB / min(seconds), 1),
                "median": round(size / MB / statistics.median(seconds), 1)}

    total, files = SWEEP_BULK + SWEEP_FILES * SWEEP_FILE_SIZE, SWEEP_FILES * SWEEP_FILE_SIZE
    sizes = statistics.median(float(run["file_bytes"]) for run in runs)
    return {
        "config": config.label, "chunk": config.chunk, "pragmas": config.pragmas,
        "actual": runs[0]["actual"],
        "raw_mb_per_s": rate(total, "total_seconds"),
        "raw_cpu_mb_per_s": rate(total, "total_cpu_seconds")["median"],
        "bulk_mb_per_s": rate(SWEEP_BULK, "bulk_seconds"),
        "files_mb_per_s": rate(files, "files_seconds"),
        "import_mb_per_s": rate(files, "import_seconds"),
        "import_cpu_mb_per_s": rate(files, "import_cpu_seconds")["median"],
        "raw_runs_seconds": [round(float(run["total_seconds"]), 2) for run in runs],
        "import_runs_seconds": [round(float(run["import_seconds"]), 2) for run in runs],
        "file_overhead_pct": round(100 * (sizes / total - 1), 1),
        "peak_rss_mb": round(max(float(run["peak_rss_mb"]) for run in runs), 1),
    }


def print_storage_report(report: dict[str, object]) -> None:
    rows: list[dict[str, object]] = report["rows"]
    base_raw = rows[0]["raw_mb_per_s"]["best"]
    base_import = rows[0]["import_mb_per_s"]["best"]
    print("SQLCipher storage sweep,", report["when"])
    print("Machine:", machine_line(report["machine"]))
    print(f"raw: one {SWEEP_BULK // MIB} MiB original in one transaction ('big tx'), then "
          f"{SWEEP_FILES} originals of {SWEEP_FILE_SIZE // MIB} MiB, one transaction each "
          "('1MiB tx'), then close.")
    print(f"import: Importer.run over {SWEEP_FILES} random 1 MiB files under the same settings "
          "(item, custody and search rows included).")
    print(f"MB/s = 10^6 bytes/s. 'best' is the fastest of {report['repeat']} interleaved rounds, "
          "'med' the median, 'cpu' the median over the process's CPU time (steadier on a "
          "shared machine, blind to I/O waits). size+% = vault file over payload.")
    print()
    print(f"{'configuration':<38}{'raw best':>9}{'vs base':>8}{'med':>5}{'cpu':>5}"
          f"{'big tx':>7}{'1MiB tx':>8}{'import best':>12}{'vs base':>8}{'med':>5}{'cpu':>5}"
          f"{'size+%':>7}{'RSS MB':>7}")
    for row in rows:
        raw, imported = row["raw_mb_per_s"], row["import_mb_per_s"]
        print(f"{row['config']:<38}{raw['best']:>9.0f}{100 * (raw['best'] / base_raw - 1):>+7.0f}%"
              f"{raw['median']:>5.0f}{row['raw_cpu_mb_per_s']:>5.0f}"
              f"{row['bulk_mb_per_s']['best']:>7.0f}{row['files_mb_per_s']['best']:>8.0f}"
              f"{imported['best']:>12.0f}{100 * (imported['best'] / base_import - 1):>+7.0f}%"
              f"{imported['median']:>5.0f}{row['import_cpu_mb_per_s']:>5.0f}"
              f"{row['file_overhead_pct']:>7.1f}{row['peak_rss_mb']:>7.0f}")
    print()
    print("Per row: seconds of each round (raw, import), and the settings in force as read "
          "back from SQLCipher:")
    for row in rows:
        raw_runs = ", ".join(f"{x:.2f}" for x in row["raw_runs_seconds"])
        import_runs = ", ".join(f"{x:.2f}" for x in row["import_runs_seconds"])
        print(f"  {row['config']}: raw [{raw_runs}], import [{import_runs}]; {row['actual']}")


def bench_storage(args: argparse.Namespace) -> int:
    configs = storage_configs()
    with scratch(args.workdir) as work:
        require_free(work, 3 * (SWEEP_BULK + SWEEP_FILES * SWEEP_FILE_SIZE) + 512 * MIB)
        machine = describe_machine(work)
        folder, out = work / "files", work / "out"
        folder.mkdir()
        out.mkdir()
        for index in range(SWEEP_FILES):
            write_random(folder / f"evidence-{index:03d}.bin", SWEEP_FILE_SIZE)
        runs: dict[str, list[dict[str, object]]] = {config.label: [] for config in configs}
        for round_index in range(args.repeat):
            # Rotate the order so slow drift on a shared machine does not favour one row.
            shift = round_index * len(configs) // args.repeat
            for config in configs[shift:] + configs[:shift]:
                runs[config.label].append(storage_run(config, out, folder))
                latest = runs[config.label][-1]
                say(f"  round {round_index + 1}/{args.repeat} {config.label}: raw "
                    f"{float(latest['total_seconds']):.2f} s, import "
                    f"{float(latest['import_seconds']):.2f} s")
        remove_outputs(out)
    machine["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    report = {"when": datetime.now().astimezone().isoformat(timespec="seconds"),
              "machine": machine, "repeat": args.repeat,
              "rows": [sweep_row(config, runs[config.label]) for config in configs]}
    if args.json:
        print(json.dumps(report))
    else:
        print_storage_report(report)
    return 0


# -- entry points ----------------------------------------------------------------------------


def child_main(argv: list[str]) -> int:
    kind, *rest = argv
    try:
        result = child_import(*rest) if kind == "import" else child_storage(*rest)
    except BenchError as error:
        print(error, file=sys.stderr)
        return 1
    print(json.dumps(result))
    return 0


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--storage", action="store_true",
                        help="sweep SQLCipher settings instead of the import benchmark")
    parser.add_argument("--runs", type=int, default=3, help="runs of the small-file case")
    parser.add_argument("--big-runs", type=int, default=2, help="runs of the big-file case")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of the storage sweep")
    parser.add_argument("--files", type=int, default=SMALL_FILES, help=argparse.SUPPRESS)
    parser.add_argument("--big-mib", type=int, default=BIG_SIZE // MIB, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, default=None,
                        help="where to generate files (default: the temp folder, if on disk)")
    return parser.parse_args(argv)


def _terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # so the scratch folder is removed as on Ctrl+C


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        return child_main(argv[1:])
    args = parse(argv)
    # Even when started in the background (SIGINT ignored), Ctrl+C and kill clean up.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _terminate)
    try:
        return bench_storage(args) if args.storage else bench_import(args)
    except BenchError as error:
        say(f"benchmark failed: {error}")
        return 2
    except KeyboardInterrupt:
        say("interrupted; generated files removed")
        return INTERRUPTED


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""How long `sole-app questions import` takes, and how much memory it holds at its peak, for
10,000 and 100,000 generated questions, as a question pack (.json) and as a spreadsheet (.csv),
each into a fresh bank.

Each import is the real command line in a process of its own: its time is the wall clock from
start to exit (the interpreter's start included), beside the processor time it used (user and
system: what it costs when the machine is shared, as the wall clock is then longer), its peak
memory that process's own peak resident set (``os.wait4``'s ``ru_maxrss``). The questions are
what another club would share: Romanian, English and Russian text of realistic length, tags,
notes, ids and dates. Prints one line per import and returns the figures (``measure``) for a
suite to collect; asserts nothing.

Usage: python bench/bench_import.py [count ...]   (default: 10000 100000)
"""

from __future__ import annotations

import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

WORDS = {
    "ro": "școală țară știință pădure râu câmp oraș sat bunică copil stea lună soare apă "
          "pământ aer foc munte mare deal vânt ploaie zăpadă iarnă vară carte poveste "
          "calculator internet joc muzică limbă istorie viitor trecut energie hrană somn",
    "en": "school country science forest river field town village grandmother child star "
          "moon sun water earth air fire mountain sea hill wind rain snow winter summer book "
          "story computer internet game music language history future past energy food sleep",
    "ru": "школа страна наука лес река поле город село бабушка ребёнок звезда луна солнце "
          "вода земля воздух огонь гора море холм ветер дождь снег зима лето книга",
}
TAGS = {"ro": ["istorie", "științe", "natură", "tehnologie", "societate", "artă", "sănătate"],
        "en": ["history", "science", "nature", "technology", "society", "art", "health"],
        "ru": ["история", "наука", "природа", "техника", "общество"]}
OPENERS = {"ro": "De ce", "en": "Why do", "ru": "Почему"}
HEADERS = ["Question", "Language", "Tags", "Minimum age", "Maximum age", "Notes", "Source", "ID",
           "Translation group", "Created", "Updated"]
COUNTS = (10_000, 100_000)


def questions(count: int, seed: int = 7) -> list[dict]:
    """``count`` distinct questions as a pack holds them."""
    chooser = random.Random(seed)
    made = []
    for number in range(count):
        language = chooser.choice(("ro", "ro", "en", "ru"))
        words = WORDS[language].split()
        low = chooser.randint(8, 13)
        made.append({
            "uid": str(uuid.UUID(int=chooser.getrandbits(128), version=4)),
            "text": f"{OPENERS[language]} {' '.join(chooser.choices(words, k=9))} {number}?",
            "language": language, "tags": chooser.sample(TAGS[language], 2),
            "age_min": low, "age_max": low + chooser.randint(1, 4),
            "notes": "**Deschidere:** " + " ".join(chooser.choices(words, k=25)),
            "source": "Clubul din Sânmartin", "translation_group": None,
            "created_at": "2026-11-24T10:00:00Z", "updated_at": "2026-11-25T08:30:00Z",
        })
    return made


def write_pack(path: Path, items: list[dict]) -> None:
    pack = {"format": "sole-question-pack", "version": 1, "generator": "bench_import",
            "exported_at": "2026-11-25T09:00:00Z", "questions": items}
    path.write_text(json.dumps(pack, ensure_ascii=False, indent=2), encoding="utf-8")


def write_sheet(path: Path, items: list[dict]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(HEADERS)
        for item in items:
            writer.writerow([item["text"], item["language"], "; ".join(item["tags"]),
                             item["age_min"], item["age_max"], item["notes"], item["source"],
                             item["uid"], "", item["created_at"], item["updated_at"]])


def run_cli(data_dir: Path, *args: str) -> tuple[float, float, float, subprocess.CompletedProcess]:
    """Run ``sole-app`` in its own process: wall seconds, processor seconds, peak resident MB,
    and its output."""
    command = [sys.executable, "-m", "sole_app", "--data-dir", str(data_dir), *args]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, encoding="utf-8")
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    out, err = process.stdout.read(), process.stderr.read()
    result = subprocess.CompletedProcess(command, process.returncode, out, err)
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024, result  # ru_maxrss is in KiB on Linux


def write_file(source: Path, count: int) -> None:
    """Write the file in a process of its own: a child forked from a parent that held the
    generated questions would start with the parent's memory counted as its own."""
    subprocess.run([sys.executable, __file__, "--write", str(source), str(count)], check=True)


def measure(count: int, file_format: str, folder: Path) -> dict:
    """Import ``count`` generated questions from a .json or .csv file into a fresh bank."""
    source = folder / f"questions-{count}.{file_format}"
    if not source.exists():
        write_file(source, count)
    data_dir = folder / f"bank-{count}-{file_format}"
    run_cli(data_dir, "questions", "list", "--limit", "1")  # the bank exists, starter loaded
    seconds, cpu, peak_mb, result = run_cli(data_dir, "questions", "import", str(source))
    if result.returncode != 0:
        raise SystemExit(f"import failed: {result.stderr.strip()}")
    return {"what": f"import {count} {file_format}", "count": count, "format": file_format,
            "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
            "peak_mb": round(peak_mb, 1),
            "file_mb": round(source.stat().st_size / 2**20, 1), "said": result.stdout.strip()}


def main() -> None:
    if sys.argv[1:2] == ["--write"]:
        source, count = Path(sys.argv[2]), int(sys.argv[3])
        (write_pack if source.suffix == ".json" else write_sheet)(source, questions(count))
        return
    counts = [int(arg) for arg in sys.argv[1:]] or list(COUNTS)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.2f} at the start")
    with tempfile.TemporaryDirectory() as name:
        for count in counts:
            for file_format in ("json", "csv"):
                figures = measure(count, file_format, Path(name))
                print(f"import {count:>7,} questions from .{file_format} ({figures['file_mb']:5.1f}"
                      f" MB) into a fresh bank: {figures['seconds']:6.2f} s (processor "
                      f"{figures['cpu_seconds']:6.2f} s), peak memory {figures['peak_mb']:6.1f} MB",
                      flush=True)
    print(f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()

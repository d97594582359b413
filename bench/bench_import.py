"""Import: ``sole-app questions import`` of a question pack of 10,000 and of 100,000 questions,
time and peak memory, beside the floor: the same rows written with plain SQL.

The pack (docs/question-pack-format.md) holds generated questions (bench/generated_bank.py). The
data folder is made first (database, starter questions), untimed; then the import runs in a fresh
process, timed from its spawn to its exit, its peak memory read from the kernel's account of it
(wait4). The floor runs the same way: a process that parses the pack and inserts its questions
and tags into a migrated database in one transaction (full-text triggers firing), checking
nothing. Measures only. Prints; asserts nothing.
Usage: python bench/bench_import.py [--size tiny|full] [--json out.json]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from generated_bank import QuestionWriter
from suite import Figure, arguments, finish

SIZES = {"tiny": (300,), "full": (10_000, 100_000)}
TARGETS = {100_000: (10_000.0, 200.0)}  # ms, MB
FLOOR = r"""
import json, sqlite3, sys
from sole_app.core.bank.question_data import text_key
from sole_app.core.db import open_database
open_database(__import__("pathlib").Path(sys.argv[2])).close()
entries = json.load(open(sys.argv[1], encoding="utf-8"))["questions"]
connection = sqlite3.connect(sys.argv[2])
with connection:
    tags = {}
    for entry in entries:
        for name in entry["tags"]:
            if name not in tags:
                tags[name] = connection.execute("INSERT INTO tags(name) VALUES (?)",
                                                (name,)).lastrowid
    connection.executemany(
        "INSERT INTO questions(id, uid, text, language, age_min, age_max, notes, source, "
        "favourite, created_at, updated_at, tags_text, text_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
        [(number, e["uid"], e["text"], e["language"], e["age_min"], e["age_max"], e["notes"],
          e["source"], e["created_at"], e["updated_at"], "\n".join(e["tags"]),
          text_key(e["text"])) for number, e in enumerate(entries, 1)])
    connection.executemany("INSERT INTO question_tags VALUES (?, ?)",
                           [(number, tags[name]) for number, e in enumerate(entries, 1)
                            for name in e["tags"]])
"""


def write_pack(path: Path, count: int) -> Path:
    writer = QuestionWriter(seed=11)
    questions = []
    for number in range(count):
        language, text, tags, notes = writer.question()
        questions.append({
            "uid": str(uuid.UUID(int=writer.chooser.getrandbits(128))), "text": text,
            "language": language, "tags": tags, "age_min": 9, "age_max": 14, "notes": notes,
            "source": "bench", "translation_group": None,
            "created_at": f"2025-01-01T10:{number // 60 % 60:02d}:{number % 60:02d}Z",
            "updated_at": "2025-06-01T10:00:00Z"})
    path.write_text(json.dumps({"format": "sole-question-pack", "version": 1,
                                "questions": questions}, ensure_ascii=False), encoding="utf-8")
    return path


def spawn(command: list[str]) -> tuple[float, float | None, str]:
    """Run ``command``: (ms from spawn to exit, its peak resident MB or None, its stdout)."""
    with tempfile.TemporaryFile("w+") as output, tempfile.TemporaryFile("w+") as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=output, stderr=errors, text=True)
        peak = None
        if hasattr(os, "wait4"):  # the child's own peak, as the kernel counted it
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
            peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
        else:
            process.wait()
        elapsed = (time.perf_counter() - started) * 1000
        output.seek(0)
        errors.seek(0)
        if process.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{errors.read()}")
        return elapsed, peak, output.read().strip()


def measure(folder: Path, count: int) -> list[Figure]:
    pack = write_pack(folder / f"pack-{count}.json", count)
    data = folder / f"data-{count}"
    app = [sys.executable, "-m", "sole_app", "--data-dir", str(data), "questions"]
    spawn([*app, "list", "--limit", "1"])  # the database and its starter questions, untimed
    seconds, peak, said = spawn([*app, "import", str(pack)])
    floor_ms, floor_mb, _ = spawn([sys.executable, "-c", FLOOR, str(pack),
                                   str(folder / f"floor-{count}.sqlite3")])
    print(f"{count:,} questions: import {seconds:,.0f} ms, peak {peak} MB ({said}); "
          f"plain SQL {floor_ms:,.0f} ms, peak {floor_mb} MB")
    time_target, memory_target = TARGETS.get(count, (None, None))
    return [
        Figure(f"import {count:,} questions (questions import, JSON pack): time", seconds, "ms",
               floor_ms, "plain SQL, same rows", target=time_target),
        Figure(f"import {count:,} questions (questions import, JSON pack): peak memory", peak,
               "MB", floor_mb, "plain SQL, same rows", target=memory_target),
    ]


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        for count in SIZES[args.size]:
            figures.extend(measure(Path(folder), count))
    finish("import", figures, args)


if __name__ == "__main__":
    main()

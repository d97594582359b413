"""Import: ``sole-app questions import`` of a question pack of 10,000 and of 100,000 questions,
time, CPU time and peak memory, beside the floor: the same rows written with plain SQL.

The pack (docs/question-pack-format.md) holds generated questions (bench/generated_bank.py),
written one at a time (with ``--work``, kept there for the next run). The data folder is made
first (database, starter questions), untimed; then the import runs in a fresh process, timed from
its spawn to its exit, its peak memory and CPU time read from the kernel's account of it (wait4).

Each command is spawned by a bare launcher, not by this process: on Linux a child's peak
(ru_maxrss) starts from its parent's resident memory at the spawn, so this process, holding a
pack of 100,000 questions, made every child look as big as itself (earlier runs reported 387 MB
for both the import and the floor; the import's own peak was 85 MB).

The floor runs the same way: a process that reads the pack with ``json.load`` and writes its
questions, tags and links into the same kind of data folder with plain ``executemany`` in one
transaction, checking nothing, with the full-text trigger set aside and the index built once at
the end (the import's own page cache and FTS5 buffer: its SQL at its best). An earlier floor let
the trigger fire for every row and inserted tags one by one: it measured FTS5's per-row upkeep,
not the floor. It indexes the same columns as the import (text, tags, notes, language and
favourite since migration 0005; until issue 17's import10 it left out the last two, so it did
less than the import). Its memory holds the whole file, as ``json.load`` does.

The floor is one thread, as plain SQL is; the import reads and checks the file in a second
thread while SQLite fills the index (core/bank/read_ahead.py), so on two free cores it may come
close to the floor or under it: the floor is these rows' plain SQL in one thread, the index
filled once at the end. Measures only. Prints; asserts nothing.
Usage: python bench/bench_import.py [--size tiny|full] [--json out.json] [--work DIR]
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from generated_bank import QuestionWriter
from suite import Figure, arguments, finish, work_folder

SIZES = {"tiny": (300,), "full": (10_000, 100_000)}
TARGETS = {100_000: (10_000.0, 200.0)}  # ms, MB
FLOOR = r"""
import json, sqlite3, sys
from sole_app.core.bank.bulk import BULK_CACHE_KIB, FTS_FILL, FTS_HASH_BYTES, FTS_TRIGGER
from sole_app.core.bank.question_data import text_key
entries = json.load(open(sys.argv[1], encoding="utf-8"))["questions"]
connection = sqlite3.connect(sys.argv[2], isolation_level=None)
connection.execute("PRAGMA synchronous=FULL")
connection.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
connection.execute("BEGIN IMMEDIATE")
first = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM questions").fetchone()[0]
tags = dict(connection.execute("SELECT name, id FROM tags"))
next_tag = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM tags").fetchone()[0]
new_tags = {}
for entry in entries:
    for name in entry["tags"]:
        if name not in tags:
            tags[name] = new_tags[name] = next_tag + len(new_tags)
trigger = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                             (FTS_TRIGGER,)).fetchone()[0]
connection.execute(f"DROP TRIGGER {FTS_TRIGGER}")
connection.executemany("INSERT INTO tags(id, name) VALUES (?, ?)",
                       [(number, name) for name, number in new_tags.items()])
connection.executemany(
    "INSERT INTO questions(id, uid, text, language, age_min, age_max, notes, source, "
    "favourite, created_at, updated_at, tags_text, text_key) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
    ((number, e["uid"], e["text"], e["language"], e["age_min"], e["age_max"], e["notes"],
      e["source"], e["created_at"], e["updated_at"], "\n".join(e["tags"]),
      text_key(e["text"])) for number, e in enumerate(entries, first)))
connection.executemany("INSERT INTO question_tags VALUES (?, ?)",
                       ((number, tags[name]) for number, e in enumerate(entries, first)
                        for name in e["tags"]))
connection.execute("INSERT INTO questions_fts(questions_fts, rank) VALUES ('hashsize', ?)",
                   (FTS_HASH_BYTES,))
connection.execute(FTS_FILL, (first, first + len(entries) - 1))  # the import's columns
connection.execute("DELETE FROM questions_fts_config WHERE k = 'hashsize'")
connection.execute(trigger)
connection.execute("COMMIT")
"""


def write_pack(path: Path, count: int) -> Path:
    """A pack of ``count`` generated questions, written one at a time (this process stays
    small: see the docstring); one already there from an earlier run is kept."""
    if path.exists():
        return path
    writer = QuestionWriter(seed=11)
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as stream:
        stream.write('{"format": "sole-question-pack", "version": 1, "questions": [')
        for number in range(count):
            language, text, tags, notes = writer.question()
            question = {
                "uid": str(uuid.UUID(int=writer.chooser.getrandbits(128))), "text": text,
                "language": language, "tags": tags, "age_min": 9, "age_max": 14,
                "notes": notes, "source": "bench", "translation_group": None,
                "created_at": f"2025-01-01T10:{number // 60 % 60:02d}:{number % 60:02d}Z",
                "updated_at": "2025-06-01T10:00:00Z"}
            stream.write((", " if number else "") + json.dumps(question, ensure_ascii=False))
        stream.write("]}")
    partial.replace(path)
    return path


# Spawns the measured command and reports the kernel's account of it (wait4) on its last line.
# It is a bare interpreter (-S, a few MB), so the child's peak starts from almost nothing.
LAUNCHER = r"""
import os, subprocess, sys, time
started = time.perf_counter()
process = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(process.pid, 0)
elapsed = (time.perf_counter() - started) * 1000
print(f"\n{os.waitstatus_to_exitcode(status)} {elapsed} {usage.ru_maxrss} "
      f"{usage.ru_utime + usage.ru_stime}")
"""


def spawn(command: list[str]) -> tuple[float, float | None, float | None, str]:
    """Run ``command``: (ms from spawn to exit, its peak resident MB or None, its CPU seconds
    (user and system) or None, its stdout). Where the system has wait4, the command is spawned
    by a bare launcher, not by this process (see the module's docstring)."""
    measured = hasattr(os, "wait4")
    with tempfile.TemporaryFile("w+") as output, tempfile.TemporaryFile("w+") as errors:
        started = time.perf_counter()
        launch = [sys.executable, "-S", "-c", LAUNCHER, *command] if measured else command
        returncode = subprocess.run(launch, stdout=output, stderr=errors, text=True,
                                    check=False).returncode
        elapsed = (time.perf_counter() - started) * 1000
        output.seek(0)
        errors.seek(0)
        said, peak, cpu = output.read().strip(), None, None
        if measured:
            said, _, account = said.rpartition("\n")
            code, elapsed_text, kilobytes, seconds = account.split()
            returncode, elapsed, cpu = int(code), float(elapsed_text), float(seconds)
            peak = int(kilobytes) / (1024 * 1024 if sys.platform == "darwin" else 1024)
        if returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{errors.read()}")
        return elapsed, peak, cpu, said.strip()


def measure(folder: Path, count: int) -> list[Figure]:
    pack = write_pack(folder / f"pack-{count}.json", count)
    data = folder / f"data-{count}"
    shutil.rmtree(data, ignore_errors=True)
    app = [sys.executable, "-m", "sole_app", "--data-dir", str(data), "questions"]
    spawn([*app, "list", "--limit", "1"])  # the database and its starter questions, untimed
    floor_data = folder / f"floor-{count}"
    shutil.rmtree(floor_data, ignore_errors=True)
    shutil.copytree(data, floor_data)  # the same bank as the import's, before it
    elapsed, peak, cpu, said = spawn([*app, "import", str(pack)])
    floor_ms, floor_mb, floor_cpu, _ = spawn([sys.executable, "-c", FLOOR, str(pack),
                                              str(floor_data / "sole.sqlite3")])
    load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    print(f"{count:,} questions: import {elapsed:,.0f} ms, CPU {cpu or 0:.1f} s, peak {peak} MB "
          f"({said}); plain SQL {floor_ms:,.0f} ms, CPU {floor_cpu or 0:.1f} s, peak {floor_mb} MB"
          f"{load}")
    time_target, memory_target = TARGETS.get(count, (None, None))
    name = f"import {count:,} questions (questions import, JSON pack)"
    return [
        Figure(f"{name}: time", elapsed, "ms", floor_ms, "plain SQL, same rows",
               target=time_target),
        Figure(f"{name}: CPU time", None if cpu is None else cpu * 1000, "ms",
               None if floor_cpu is None else floor_cpu * 1000, "plain SQL, same rows"),
        Figure(f"{name}: peak memory", peak, "MB", floor_mb, "plain SQL, json.load, same rows",
               target=memory_target),
    ]


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    folder = work_folder(args)
    try:
        figures = [figure for count in SIZES[args.size] for figure in measure(folder, count)]
    finally:
        if args.work is None:
            shutil.rmtree(folder, ignore_errors=True)
    finish("import", figures, args)


if __name__ == "__main__":
    main()

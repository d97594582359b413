"""Issue 16's figures in one command: kills survived, fuzz cases run, injection strings tried,
backups restored.

    .venv/bin/python bench/reliability.py [--kills 100] [--fuzz-examples 500] [--restores 30]

- kills: tests/e2e/crash_harness.py (the real app, driven, killed with SIGKILL at random
  moments, every check after every kill);
- fuzz cases: tests/fuzz/ run with SOLE_FUZZ_EXAMPLES cases per property, counted from
  hypothesis's statistics (passing cases; a failing one fails the run);
- injection strings: the corpus (tests/hostile.py), and how many test cases pushed it (or one
  of its strings) through a render path: every test named "hostile" in tests/, all passing;
- backups restored: a database changed day after day, a backup taken each day, then every backup
  restored in turn and checked (integrity_check, exactly that day's words), and damaged files
  refused at start and recovered from the newest good backup.

Prints the figures and exits 1 when any check failed. Asserts no timing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def kills(count: int, seed: int) -> dict:
    from tests.e2e import crash_harness

    folder = Path(tempfile.mkdtemp(prefix="sole-crash-"))
    figures = crash_harness.run(count, seed, folder, say=lambda _line: None)
    return {"kills survived": figures.kills - len(figures.problems),
            "kills": figures.kills, "resumes checked": figures.resumes_checked,
            "worst resumed time error (s)": round(figures.worst_time_error_s, 3),
            "keys typed and checked": figures.keys_checked_after_kills,
            "worst typing lost (s)": round(figures.worst_typing_lost_s, 3),
            "bank questions checked": figures.bank_questions_checked,
            "problems": figures.problems}


def pytest(*arguments: str, environment: dict | None = None) -> tuple[int, str]:
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *arguments]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, **(environment or {})})
    return result.returncode, result.stdout + result.stderr


def fuzz(examples: int) -> dict:
    code, output = pytest("tests/fuzz", "--hypothesis-show-statistics",
                          environment={"SOLE_FUZZ_EXAMPLES": str(examples)})
    cases = sum(int(number) for number in re.findall(r"(\d+) passing", output))
    properties = len(re.findall(r"^tests/fuzz/\S+::\S+:$", output, re.MULTILINE))
    return {"fuzz cases run": cases, "properties": properties, "passed": code == 0,
            "problems": [] if code == 0 else [output[-2000:]]}


def injections() -> dict:
    from tests.hostile import HOSTILE_TEXTS

    code, output = pytest("tests", "-k", "hostile", "-m", "not slow or slow")
    passed = int((re.search(r"(\d+) passed", output) or [0, 0])[1])
    return {"injection strings tried": len(HOSTILE_TEXTS), "hostile test cases": passed,
            "passed": code == 0,
            "problems": [] if code == 0 else [output[-2000:]]}


def restores(count: int, seed: int) -> dict:
    """Backups taken day after day, each restored and checked; damaged files recovered."""
    import sqlite3

    from sqlalchemy import text

    from sole_app.core import backups
    from sole_app.core.db import open_database
    from sole_app.core.errors import NotADatabase
    from sole_app.core.paths import DataPaths

    rng = random.Random(seed)
    paths = DataPaths(Path(tempfile.mkdtemp(prefix="sole-restore-")) / "data").ensure()
    words_on: dict[Path, list[str]] = {}
    first = date(2026, 9, 1)
    for day in range(count):
        database = open_database(paths.database, paths.backups)
        with database.engine.begin() as connection:
            connection.execute(text("CREATE TABLE IF NOT EXISTS kept (words TEXT)"))
            connection.execute(text("INSERT INTO kept VALUES (:w)"), {"w": f"ziua {day} ș ы"})
        made = backups.take_daily(paths.database, paths.backups, first + timedelta(days=day),
                                  keep=count)
        words_on[made] = [f"ziua {number} ș ы" for number in range(day + 1)]
        database.close()
    problems, restored = [], 0
    for backup, expected in rng.sample(sorted(words_on.items()), len(words_on)):
        backups.restore(backup, paths.database, paths.backups, datetime.now())
        connection = sqlite3.connect(paths.database)
        got = [row[0] for row in connection.execute("SELECT words FROM kept ORDER BY rowid")]
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        connection.close()
        restored += 1
        if got != expected or verdict != "ok":
            problems.append(f"{backup.name}: {verdict}, {len(got)} rows for {len(expected)}")
    damaged_recovered = 0
    for _trial in range(max(1, count // 3)):
        content = bytearray(paths.database.read_bytes())
        start = rng.randrange(100, len(content) - 64)
        content[start:start + 64] = bytes(rng.randrange(256) for _ in range(64))
        content[:16] = b"SQLite format 3\x00" if rng.random() < 0.7 else b"not a database!!"
        paths.database.write_bytes(bytes(content))
        try:
            open_database(paths.database, paths.backups).close()
            continue  # the bytes hit a part SQLite does not check: the file still opens
        except NotADatabase:
            pass
        if paths.database.read_bytes() != bytes(content):
            problems.append("a damaged database was written to")
        good = backups.newest_good(paths.backups)
        aside = backups.restore(good.path, paths.database, paths.backups, datetime.now())
        if aside.read_bytes() != bytes(content) or not backups.is_good(paths.database):
            problems.append(f"recovery from {good.path.name} failed")
        damaged_recovered += 1
        time.sleep(1)  # the next copy put aside is named by the second
    return {"backups restored": restored, "damaged databases recovered": damaged_recovered,
            "problems": problems}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--fuzz-examples", type=int, default=200)
    parser.add_argument("--restores", type=int, default=30)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    started = time.monotonic()
    figures = {}
    for name, measure in (("backups", lambda: restores(args.restores, args.seed)),
                          ("injections", injections),
                          ("fuzz", lambda: fuzz(args.fuzz_examples)),
                          ("kills", lambda: kills(args.kills, args.seed))):
        figures[name] = measure()
        shown = {key: value for key, value in figures[name].items() if key != "problems"}
        print(f"{name}: {json.dumps(shown, ensure_ascii=False)}", flush=True)
        for problem in figures[name]["problems"]:
            print(f"  PROBLEM: {problem}", flush=True)
    print(f"kills survived {figures['kills']['kills survived']} of {figures['kills']['kills']}, "
          f"fuzz cases run {figures['fuzz']['fuzz cases run']}, "
          f"injection strings tried {figures['injections']['injection strings tried']} "
          f"(in {figures['injections']['hostile test cases']} test cases), "
          f"backups restored {figures['backups']['backups restored']} "
          f"(seed {args.seed}, {(time.monotonic() - started) / 60:.1f} min)")
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if any(part["problems"] for part in figures.values()) else 0


if __name__ == "__main__":
    sys.exit(main())

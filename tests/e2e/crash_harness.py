"""Kill the real app with SIGKILL at random moments while it is driven, restart it, and check.

    python tests/e2e/crash_harness.py --kills 100 [--seed 1] [--folder DIR] [--json FILE]

Each round starts the real app (tests/e2e/crash_driver.py: a session, three groups typing in
group turn, phase changes, questions added to the bank) and kills it outright, at a random
moment: one round in five during start-up, the others at a random time while it is driven. After
each kill it checks that:

- the database passes ``PRAGMA integrity_check``;
- every group's stored words are exactly what was typed, short of at most the last second of
  typing (every key typed more than LOST_AT_MOST seconds before the kill is stored);
- every question the bank's editor had saved is in the bank;
- and, at the next start, the running session resumes with its time right to within
  TIME_TOLERANCE seconds: what the stage showed last before the kill, less the wall time since.

CI runs a few rounds (tests/e2e/test_crash_harness.py); the long run is in the README. Prints
the figures and exits 1 when a check failed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.e2e.crash_driver import typed_text  # noqa: E402

DRIVER = Path(__file__).with_name("crash_driver.py")
QUESTION = "De ce avem nevoie de somn?"
LOST_AT_MOST = 1.0  # seconds of typing a kill may lose, as the issue allows
TIME_TOLERANCE = 1.0  # seconds
START_UP_SHARE = 0.2  # the share of kills aimed at start-up rather than while driven


@dataclass
class Figures:
    kills: int = 0
    integrity_checks_passed: int = 0
    resumes_checked: int = 0
    worst_time_error_s: float = 0.0
    keys_typed: int = 0
    keys_checked_after_kills: int = 0
    worst_typing_lost_s: float = 0.0
    bank_questions_checked: int = 0
    phase_changes: int = 0
    problems: list[str] = field(default_factory=list)


def launch(folder: Path, round_number: int) -> tuple[subprocess.Popen, Path, Path]:
    report = folder / f"report-{round_number}.json"
    journal = folder / f"journal-{round_number}.jsonl"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(DRIVER), "--data-dir", str(folder / "data"),
               "--report", str(report), "--journal", str(journal), "--start", QUESTION]
    process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    return process, report, journal


def first_report(report: Path, process: subprocess.Popen, timeout: float = 60) -> dict | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if report.exists():
            return json.loads(report.read_text(encoding="utf-8"))
        if process.poll() is not None:
            return None
        time.sleep(0.02)
    return None


def read_journal(path: Path) -> list[dict]:
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.endswith("}")]


def stored_words(database: Path) -> dict[str, str]:
    """Each group's stored findings in the running session, as a fresh process reads them."""
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute(
            "SELECT g.nickname, COALESCE(r.found, '') FROM session_groups g "
            "JOIN sessions s ON s.id = g.session_id "
            "LEFT JOIN group_records r ON r.group_id = g.id WHERE s.status = 'running'")
        return dict(rows.fetchall())
    finally:
        connection.close()


def bank_texts(database: Path) -> set[str]:
    connection = sqlite3.connect(database)
    try:
        return {row[0] for row in connection.execute("SELECT text FROM questions")}
    finally:
        connection.close()


def integrity(database: Path) -> str:
    connection = sqlite3.connect(database)
    try:
        return ", ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


def check_kill(database: Path, journal: list[dict], killed_at: float, figures: Figures,
               label: str) -> None:
    """What must hold in the file right after a kill."""
    if not database.exists():
        return
    verdict = integrity(database)
    if verdict != "ok":
        figures.problems.append(f"{label}: integrity_check says {verdict}")
        return
    figures.integrity_checks_passed += 1
    stored = stored_words(database)
    keys = [event for event in journal if event["ev"] in ("key", "turn")]
    figures.keys_typed += sum(1 for event in keys if event["ev"] == "key")
    for group in {event["g"] for event in keys}:
        words = stored.get(group, "")
        if words != typed_text(group, len(words)):
            figures.problems.append(f"{label}: {group}'s words are not what was typed: "
                                    f"{words[-40:]!r}")
            continue
        mine = [event for event in keys if event["g"] == group]
        due = [event["n"] for event in mine if event["t"] <= killed_at - LOST_AT_MOST]
        if due and len(words) < max(due):
            figures.problems.append(f"{label}: {group} lost keys typed over {LOST_AT_MOST} s "
                                    f"before the kill ({len(words)} of {max(due)} stored)")
        lost = [event["t"] for event in mine if event["ev"] == "key" and event["n"] > len(words)]
        if lost:
            figures.worst_typing_lost_s = max(figures.worst_typing_lost_s, killed_at - min(lost))
        figures.keys_checked_after_kills += sum(1 for event in mine if event["ev"] == "key")
    saved = {event["text"] for event in journal if event["ev"] == "bank-done"}
    missing = saved - bank_texts(database)
    if missing:
        figures.problems.append(f"{label}: saved bank questions missing: {sorted(missing)}")
    figures.bank_questions_checked += len(saved)
    figures.phase_changes += sum(1 for event in journal if event["ev"] == "phase-done")


def check_resume(last: dict, last_journal: list[dict], resumed: dict, figures: Figures,
                 label: str) -> None:
    """The resumed session shows what the stage showed last, less the wall time since."""
    in_flight = [event for event in last_journal
                 if event["ev"] == "phase-intent" and event["t"] > last["wall_time"]]
    if resumed["session_id"] != last["session_id"]:
        figures.problems.append(f"{label}: session {resumed['session_id']} resumed, "
                                f"not {last['session_id']}")
        return
    if in_flight:  # the kill came between a phase change and its report: either phase is right
        return
    expected = last["remaining_seconds"] - (resumed["wall_time"] - last["wall_time"])
    error = abs(resumed["remaining_seconds"] - expected)
    figures.resumes_checked += 1
    figures.worst_time_error_s = max(figures.worst_time_error_s, error)
    if resumed["phase_index"] != last["phase_index"] or error > TIME_TOLERANCE:
        figures.problems.append(f"{label}: resumed phase {resumed['phase_index']} with "
                                f"{resumed['remaining_seconds']:.2f} s left; expected phase "
                                f"{last['phase_index']} with {expected:.2f} s")


def run(kills: int, seed: int, folder: Path, say=print) -> Figures:
    rng = random.Random(seed)
    figures = Figures()
    database = folder / "data" / "sole.sqlite3"
    last = None  # the stage as last reported before a kill, with that round's journal
    reported = 0
    for number in range(kills + 1):
        process, report_path, journal_path = launch(folder, number)
        try:
            during_start_up = number < kills and rng.random() < START_UP_SHARE
            if during_start_up:
                time.sleep(rng.uniform(0.05, 2.0))
            else:
                shown = first_report(report_path, process)
                if shown is None:
                    error = process.stderr.read().decode(errors="replace")[-800:]
                    figures.problems.append(f"round {number}: the app never ran a session: "
                                            f"{error}")
                    return figures
                if last is not None:
                    check_resume(*last, shown, figures, f"round {number}")
                if number < kills:
                    time.sleep(rng.uniform(0.1, 6.0))
            killed_at = time.time()
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        finally:
            process.kill()
            process.wait(timeout=30)
        journal = read_journal(journal_path)
        if number < kills:
            figures.kills += 1
            check_kill(database, journal, killed_at, figures, f"kill {number + 1}")
        if report_path.exists():
            last = (json.loads(report_path.read_text(encoding="utf-8")), journal)
        say(f"round {number}: {'start-up ' if during_start_up else ''}kill; "
            f"{len(figures.problems)} problems so far")
        for problem in figures.problems[reported:]:
            say(f"  PROBLEM: {problem}")
        reported = len(figures.problems)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--folder", type=Path, help="where the data and logs go (kept)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    folder = args.folder or Path(tempfile.mkdtemp(prefix="sole-crash-"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    figures = run(args.kills, args.seed, folder)
    print(json.dumps({**asdict(figures), "seed": args.seed, "folder": str(folder),
                      "minutes": round((time.monotonic() - started) / 60, 1)},
                     ensure_ascii=False, indent=1))
    if args.json:
        args.json.write_text(json.dumps(asdict(figures), ensure_ascii=False), encoding="utf-8")
    return 1 if figures.problems else 0


if __name__ == "__main__":
    sys.exit(main())

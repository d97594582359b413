"""The benchmark suite: every benchmark in its own process, then one table of every figure beside
its floor and its target, and the machine it came from.

Usage: python bench/run.py [--size tiny|full] [--json out.json] [--only NAME,...] [--work DIR]

``--size tiny`` runs in well under a minute with tiny banks and short waits, so that CI keeps the
suite working; its figures mean nothing. ``--work DIR`` keeps the generated banks there for the
next run (building the 100,000-question bank takes a minute). Exits 1 when a benchmark fails.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from suite import SIZES, Figure, format_value

BENCH = Path(__file__).resolve().parent
BENCHMARKS = ("startup", "search", "countdown", "idle", "export", "memory", "import")


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=SIZES, default="full")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    parser.add_argument("--only", help=f"comma-separated, from: {', '.join(BENCHMARKS)}")
    parser.add_argument("--work", type=Path, help="keep generated banks here between runs")
    args = parser.parse_args()
    args.chosen = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = set(args.chosen) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    return args


def machine() -> dict:
    """What the figures depend on: cores, CPU, versions, and how busy the machine was."""
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        model = next((line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                      if line.startswith("model name")), model)
    try:
        from PySide6 import __version__ as pyside
    except ImportError:
        pyside = "not installed"
    return {"date": datetime.now().isoformat(timespec="minutes"), "cores": os.cpu_count(),
            "cpu": model, "system": platform.platform(terse=True),
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "pyside6": pyside, "load_before": load_average()}


def load_average() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except (AttributeError, OSError):
        return "unknown"


def run_one(name: str, args: argparse.Namespace, work: Path) -> dict:
    """Run bench_<name>.py, its output passed through; its figures, or why there are none."""
    print(f"\n=== {name} ===", flush=True)
    report = work / f"{name}.json"
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(BENCH / f"bench_{name}.py"), "--size", args.size,
                           "--json", str(report), "--work", str(work)], check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0 or not report.exists():
        return {"benchmark": name, "failed": done.returncode, "seconds": seconds,
                "figures": []}
    result = json.loads(report.read_text(encoding="utf-8"))
    result["seconds"] = seconds
    return result


def target_text(figure: Figure) -> str:
    parts = []
    if figure.target is not None:
        parts.append(f"≤ {format_value(figure.target, figure.unit)}")
    if figure.ratio_target is not None:
        parts.append(f"≤ {figure.ratio_target:g}× floor")
    return ", ".join(parts) or "measure only"


def table(results: list[dict]) -> list[str]:
    lines = ["| benchmark | figure | value | floor | ratio | target | vs target |",
             "|---|---|---|---|---|---|---|"]
    for result in results:
        if "failed" in result:
            lines.append(f"| {result['benchmark']} | FAILED (exit {result['failed']}) "
                         "| | | | | |")
        for fields in result["figures"]:
            figure = Figure(**fields)
            floor = (f"{format_value(figure.floor, figure.unit)} ({figure.floor_name})"
                     if figure.floor is not None else "")
            ratio = f"{figure.ratio:.2f}×" if figure.ratio is not None else ""
            verdict = figure.verdict() if figure.value is not None else figure.note
            lines.append(f"| {result['benchmark']} | {figure.name} | "
                         f"{format_value(figure.value, figure.unit)} | {floor} | {ratio} | "
                         f"{target_text(figure)} | {verdict} |")
    return lines


def main() -> int:
    args = parse()
    about = machine()
    work = args.work or Path(tempfile.mkdtemp(prefix="sole-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        results = [run_one(name, args, work) for name in args.chosen]
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    about["load_after"] = load_average()
    print(f"\n{about['date']}, size {args.size}: {about['cores']} cores, {about['cpu']}, "
          f"{about['system']}; Python {about['python']}, SQLite {about['sqlite']}, "
          f"PySide6 {about['pyside6']}; load average {about['load_before']} before, "
          f"{about['load_after']} after (1, 5, 15 min)\n")
    print("\n".join(table(results)))
    for result in results:
        notes = [f"{fields['name']}: {fields['note']}" for fields in result["figures"]
                 if fields["note"] and fields["value"] is not None]
        if notes:
            print(f"\n{result['benchmark']} notes:\n  " + "\n  ".join(notes))
    if args.json:
        args.json.write_text(json.dumps({"machine": about, "size": args.size,
                                         "results": results}, ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return 1 if any("failed" in result for result in results) else 0


if __name__ == "__main__":
    sys.exit(main())

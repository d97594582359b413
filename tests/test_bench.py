"""The benchmark suite keeps working: bench/run.py at tiny size runs every benchmark and prints
every figure's row. No timing is asserted; the figures at tiny size mean nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ("startup", "search", "countdown", "idle", "export", "memory", "import")
ROWS = ("start-up, later start: window shown", "start-up, first start, new data folder: bank "
        "searchable", "search as you type, 300 questions, 100 rows", "countdown, ",
        "idle cost: a phase running, projector shown", "export: a session of 3 groups to PDF",
        "export: a session of 3 groups to HTML", "memory: app window",
        "memory: core alone (no Qt)", "import 300 questions (questions import, JSON pack): time",
        "import 300 questions (questions import, JSON pack): peak memory")


@pytest.mark.slow
def test_the_suite_runs_at_tiny_size_and_prints_every_row(tmp_path):
    # Given the suite's one command, at tiny size
    report = tmp_path / "figures.json"
    # When it runs
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--size", "tiny",
                           "--json", str(report)], capture_output=True, text=True, cwd=ROOT,
                          timeout=600, check=False)
    # Then it succeeds and its table has a row for every figure, each benchmark included
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    table = done.stdout[done.stdout.index("| benchmark | figure |"):]
    results = json.loads(report.read_text(encoding="utf-8"))["results"]
    assert [result["benchmark"] for result in results] == list(BENCHMARKS)
    for result in results:
        assert result["figures"], result["benchmark"]
        for figure in result["figures"]:
            assert f"| {result['benchmark']} | {figure['name']} |" in table
    for row in ROWS:
        assert row in table
    assert "FAILED" not in table

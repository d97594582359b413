"""``sole-app sessions``: start a running session and read its time left without the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def run(data_dir, *args):
    return subprocess.run(
        [sys.executable, "-m", "sole_app", "--data-dir", str(data_dir), "sessions", *args],
        capture_output=True, text=True, timeout=60, env={**os.environ},
    )


def test_start_then_status_then_finish(tmp_path):
    started = run(tmp_path, "start", "--question", "De ce avem nevoie de somn?",
                  "--minutes", "2,30,10")
    assert started.returncode == 0, started.stderr
    status = json.loads(run(tmp_path, "status", "--json").stdout)
    assert status["question"] == "De ce avem nevoie de somn?" and status["phase"] == "question"
    assert 100 < status["remaining_seconds"] <= 120 and not status["paused"]
    assert "seconds left" in run(tmp_path, "status").stdout
    assert run(tmp_path, "finish").returncode == 0
    assert json.loads(run(tmp_path, "status", "--json").stdout) is None


def test_bad_minutes_are_one_sentence_and_exit_1(tmp_path):
    result = run(tmp_path, "start", "--question", "Q", "--minutes", "5,forty,15")
    assert result.returncode == 1 and "The plan is not valid" in result.stderr
    assert "Traceback" not in result.stderr

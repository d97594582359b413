"""Killing the app mid-phase loses no time: the relaunched app resumes with what is really left."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

QUESTION = "De ce avem nevoie de somn?"
TOLERANCE = 1.5  # seconds, as the issue allows


def launch(data_dir: Path, report: Path, **hooks: str) -> subprocess.Popen:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SOLE_TEST_REPORT": str(report),
                   **hooks}
    for name in ("SOLE_TEST_AUTOSTART", "SOLE_TEST_ACCEPT_RESUME"):
        if name not in hooks:
            environment.pop(name, None)
    return subprocess.Popen([sys.executable, "-m", "sole_app", "--data-dir", str(data_dir)],
                            env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_for_report(report: Path, process: subprocess.Popen, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if report.exists() and report.stat().st_size:
            return json.loads(report.read_text(encoding="utf-8"))
        if process.poll() is not None:
            pytest.fail(f"the app exited early: {process.stderr.read().decode(errors='replace')}")
        time.sleep(0.05)
    pytest.fail("the app never reported its stage state")


@pytest.mark.slow
def test_a_session_killed_mid_phase_resumes_with_the_right_time_left(tmp_path):
    data_dir = tmp_path / "data"
    first_report, second_report = tmp_path / "first.json", tmp_path / "second.json"
    # Given the real app, with a session started from its Session tab (5 min of Question)
    first = launch(data_dir, first_report, SOLE_TEST_AUTOSTART=QUESTION)
    try:
        started = wait_for_report(first_report, first)
        assert started["level"] == "running" and started["phase_index"] == 0
        # When it is killed outright two seconds later, and relaunched three seconds after that
        time.sleep(2)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        first.kill()
    time.sleep(3)
    second = launch(data_dir, second_report, SOLE_TEST_ACCEPT_RESUME="1")
    try:
        resumed = wait_for_report(second_report, second)
    finally:
        second.kill()
        second.wait(timeout=10)
    # Then it resumes the same session, still running, with exactly the wall time taken off
    elapsed = resumed["wall_time"] - started["wall_time"]
    expected = started["remaining_seconds"] - elapsed
    assert elapsed >= 5
    assert resumed["session_id"] == started["session_id"] and resumed["question"] == QUESTION
    assert resumed["phase_index"] == 0 and not resumed["paused"] and resumed["level"] == "running"
    assert abs(resumed["remaining_seconds"] - expected) <= TOLERANCE, (resumed, expected)

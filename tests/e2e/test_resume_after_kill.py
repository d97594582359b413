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
LAUNCHER = Path(__file__).with_name("launcher.py")


def launch(data_dir: Path, report: Path, *librarian: str) -> subprocess.Popen:
    """The real app in its own process, driven by tests/e2e/launcher.py."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(LAUNCHER), "--data-dir", str(data_dir),
               "--report", str(report), *librarian]
    return subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)


def wait_for_report(report: Path, process: subprocess.Popen, until=lambda _shown: True,
                    timeout: float = 60) -> dict:
    """The stage as the app last reported it, once ``until`` holds for it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if report.exists():
            shown = json.loads(report.read_text(encoding="utf-8"))
            if until(shown):
                return shown
        if process.poll() is not None:
            pytest.fail(f"the app exited early: {process.stderr.read().decode(errors='replace')}")
        time.sleep(0.05)
    pytest.fail("the app never reported the stage it was waited for")


@pytest.mark.slow
def test_a_session_killed_mid_phase_resumes_with_the_right_time_left(tmp_path):
    data_dir = tmp_path / "data"
    first_report, second_report = tmp_path / "first.json", tmp_path / "second.json"
    # Given the real app, with a session started from its Session tab (5 min of Question)
    first = launch(data_dir, first_report, "--start", QUESTION)
    try:
        started = wait_for_report(first_report, first)
        assert started["level"] == "running" and started["phase_index"] == 0
        assert started["countdown_text"] == "05:00"
        # When it is killed outright once the room has seen two seconds go by
        wait_for_report(first_report, first, until=lambda shown: shown["countdown_text"] <= "04:58")
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        first.kill()
    time.sleep(3)  # the laptop stays off for three seconds: wall time the app must take off
    second = launch(data_dir, second_report, "--accept-resume")
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

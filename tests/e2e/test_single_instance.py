"""A second start on the same data folder explains itself instead of opening a rival window."""

from __future__ import annotations

import os
import subprocess
import sys
import time


def test_a_second_start_on_the_same_data_folder_says_the_app_is_already_open(tmp_path):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "sole_app", "--data-dir", str(tmp_path)]
    # Given the app running on a data folder, its database open
    first = subprocess.Popen(command, env=environment, stderr=subprocess.PIPE)
    second = None
    try:
        deadline = time.monotonic() + 30
        while not (tmp_path / "sole.sqlite3").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        # When it is started a second time on the same folder
        second = subprocess.Popen(command, env=environment, stderr=subprocess.PIPE, text=True)
        time.sleep(3)
        # Then the first keeps running and the second says so (then waits on its message box)
        assert first.poll() is None
    finally:
        for process in (second, first):
            if process is not None:
                process.kill()
    _, second_errors = second.communicate(timeout=10)
    first.communicate(timeout=10)
    assert "already open" in second_errors

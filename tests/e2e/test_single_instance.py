"""A second start on the same data folder explains itself instead of opening a rival window."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time


def wait_until(condition, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)
    return condition()


def test_a_second_start_on_the_same_data_folder_says_the_app_is_already_open(tmp_path):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "sole_app", "--data-dir", str(tmp_path)]
    # Given the app running on a data folder, its database open
    first = subprocess.Popen(command, env=environment, stderr=subprocess.PIPE)
    second = None
    said: list[str] = []
    try:
        assert wait_until(lambda: (tmp_path / "sole.sqlite3").exists())
        # When it is started a second time on the same folder
        second = subprocess.Popen(command, env=environment, stderr=subprocess.PIPE, text=True)
        reader = threading.Thread(target=lambda: said.extend(second.stderr), daemon=True)
        reader.start()
        # Then the second says so (and then waits on its message box), and the first runs on
        assert wait_until(lambda: any("already open" in line for line in said)), said
        assert first.poll() is None
    finally:
        for process in (second, first):
            if process is not None:
                process.kill()
    first.communicate(timeout=10)
    second.wait(timeout=10)

"""Time from process start to the main window shown, and to the database loaded.

Runs the real app in fresh processes (offscreen), several times, and prints the median.
Usage: python bench/bench_startup.py [runs]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

PROBE = r"""
import json, sys, time
started = time.perf_counter()
from PySide6.QtCore import QTimer
from sole_app import app
from sole_app.core.paths import DataPaths
from sole_app.ui.qt_app import create_application
qt_app = create_application(sys.argv[:1])
window = app.build_main_window(DataPaths(__import__('pathlib').Path(sys.argv[1])).ensure())
window.show()
qt_app.processEvents()
shown = time.perf_counter()
app.load_into(window)
qt_app.processEvents()
loaded = time.perf_counter()
print(json.dumps({"shown": shown - started, "loaded": loaded - started}))
"""


def one_run(data_dir: str) -> dict:
    begin = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", PROBE, data_dir], capture_output=True,
                            text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                            check=True)
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["process"] = time.perf_counter() - begin
    return figures


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as data_dir:
        first = one_run(data_dir)  # creates and migrates the database, loads the starter bank
        timings = [one_run(data_dir) for _ in range(runs)]
    print(f"first start (new database): window shown {first['shown'] * 1000:.0f} ms, "
          f"data loaded {first['loaded'] * 1000:.0f} ms")
    for key, label in (("shown", "window shown"), ("loaded", "data loaded")):
        median = statistics.median(t[key] for t in timings) * 1000
        print(f"later starts, median of {runs}: {label} {median:.0f} ms after the interpreter")


if __name__ == "__main__":
    main()

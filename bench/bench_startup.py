"""Start-up: from process start to the window shown, and to the bank searchable, beside a bare
PySide6 window started the same way in the same run.

Each start is a fresh process (offscreen unless QT_QPA_PLATFORM says otherwise). The clock starts
just before the process is spawned, so the interpreter's own start is counted, as a librarian
feels it. The app's probe does what ``app.run_gui`` does (create the application, build and show
the main window, then ``load_in_stages``), without the single-instance lock; the bank is
searchable once its tab is brought to the front with its list filled and the window has drawn
it, while the other tabs may still be loading; "every tab open" is when the last of them is. A
first start has a new data folder (the ready-made starter database copied into it); a later
start reopens it.
Median of several runs. Prints; asserts nothing.
Usage: python bench/bench_startup.py [--size tiny|full] [--json out.json]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from suite import Figure, arguments, finish

BARE = r"""
import json, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
application = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1000, 700)
window.show()
application.processEvents()
print(json.dumps({"shown": time.perf_counter()}))
"""

APP = r"""
import json, sys, time
from pathlib import Path
from sole_app import app
from sole_app.core.paths import DataPaths
from sole_app.ui.qt_app import create_application
application = create_application(sys.argv[:1])
window = app.build_main_window(DataPaths(Path(sys.argv[1])).ensure())
window.show()
application.processEvents()
shown = time.perf_counter()
instants = {}

def every_tab_open():
    instants["open"] = time.perf_counter()
    application.quit()

app.load_in_stages(window, every_tab_open)
from PySide6.QtWidgets import QWidget
panel = window.findChild(QWidget, "bankPanel")
if panel is not None:  # the librarian opens the bank's tab to search it
    window.pages.setCurrentWidget(panel)
application.processEvents()
searchable = time.perf_counter()
rows = panel.model.rowCount() if panel is not None else -1
if "open" not in instants:  # the other tabs are still loading
    application.exec()
print(json.dumps({"shown": shown, "searchable": searchable, "open": instants["open"],
                  "rows": rows}))
"""
RUNS = {"tiny": 1, "full": 7}
SHOWN_RATIO_TARGET, SEARCHABLE_TARGET_MS = 1.3, 500.0


def start(probe: str, *arguments: str, bytecode: str | None = None) -> dict:
    """Run ``probe`` in a new interpreter; its instants, in ms after the spawn. With
    ``bytecode`` (a folder), compiled modules are kept there from one start to the next, as an
    installed app keeps them; else as the environment says (PYTHONDONTWRITEBYTECODE)."""
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM",
                                                                    "offscreen")}
    if bytecode is not None:
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        environment["PYTHONPYCACHEPREFIX"] = bytecode
    spawned = time.perf_counter()  # the same system-wide monotonic clock as the child's
    result = subprocess.run([sys.executable, "-c", probe, *arguments], capture_output=True,
                            text=True, env=environment, check=True)
    instants = json.loads(result.stdout.strip().splitlines()[-1])
    return {key: (value - spawned) * 1000 if key != "rows" else value
            for key, value in instants.items()}


def measure(runs: int) -> dict[str, list[dict]]:
    """Bare window, first start and later start, interleaved so load hits them alike. Python
    keeps the modules it compiled (in a folder of this run's), as on a librarian's laptop: a
    first start after installing finds them compiled, so only one start, here before the
    measured ones, compiles them."""
    starts: dict[str, list[dict]] = {"bare": [], "first": [], "later": []}
    with tempfile.TemporaryDirectory() as folder:
        bytecode = str(Path(folder) / "bytecode")
        # warm the file cache and compile, as a librarian's second start of the day finds them
        start(BARE, bytecode=bytecode)
        start(APP, str(Path(folder) / "data-warm"), bytecode=bytecode)
        for run in range(runs):
            fresh = Path(folder) / f"data-{run}"
            starts["bare"].append(start(BARE, bytecode=bytecode))
            starts["first"].append(start(APP, str(fresh), bytecode=bytecode))
            starts["later"].append(start(APP, str(fresh), bytecode=bytecode))
    return starts


def median(starts: list[dict], key: str) -> float:
    return statistics.median(entry[key] for entry in starts)


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    runs = RUNS[args.size]
    starts = measure(runs)
    bare = median(starts["bare"], "shown")
    rows = starts["later"][-1]["rows"]
    figures = []
    for kind, label in (("later", "later start"), ("first", "first start, new data folder")):
        figures.append(Figure(
            f"start-up, {label}: window shown (median of {runs})",
            median(starts[kind], "shown"), "ms", bare, "bare PySide6 window",
            ratio_target=SHOWN_RATIO_TARGET))
        figures.append(Figure(
            f"start-up, {label}: bank searchable (median of {runs})",
            median(starts[kind], "searchable"), "ms", target=SEARCHABLE_TARGET_MS,
            note=f"{rows} questions listed" if kind == "later"
            else "the starter bank shipped ready-made, copied"))
        figures.append(Figure(
            f"start-up, {label}: every tab open (median of {runs})",
            median(starts[kind], "open"), "ms",
            note="Session, History and Group devices built after the bank, one by one"))
    for kind, entries in starts.items():
        print(f"{kind:>6}: " + "  ".join(
            f"shown {entry['shown']:.0f} ms" + (
                f", searchable {entry['searchable']:.0f} ms, open {entry['open']:.0f} ms"
                if "searchable" in entry else "")
            for entry in entries))
    finish("startup", figures, args)


if __name__ == "__main__":
    main()

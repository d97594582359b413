"""Idle cost: CPU time the app uses while a phase runs with the projector window shown.

Builds the real main window (``app.build_main_window`` and ``app.load_into``, offscreen unless
QT_QPA_PLATFORM says otherwise), starts a session from the Session tab, presents the stage, lets
it settle, then counts this process's CPU time (``time.process_time``) over 30 s of the event
loop (3 s at tiny size). Also counts the paint and timer events that caused it. Offscreen Qt
paints into memory as a real raster window does, but skips the compositor and the GPU driver.
Prints; asserts nothing.
Usage: python bench/bench_idle.py [--size tiny|full] [--json out.json]
"""

from __future__ import annotations

import os
import tempfile
import time
from collections import Counter
from pathlib import Path

from suite import Figure, arguments, finish

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402

from sole_app import app  # noqa: E402
from sole_app.core.paths import DataPaths  # noqa: E402
from sole_app.ui.qt_app import create_application  # noqa: E402

SECONDS = {"tiny": 3.0, "full": 30.0}
SETTLE_SECONDS = 1.5
TARGET_PERCENT = 1.0
QUESTION = "De ce visăm noaptea?"


class EventCounter(QObject):
    """Counts the paint and timer events the application delivers, and who was painted."""

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.counts: Counter[str] = Counter()
        self.painted: Counter[str] = Counter()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.Paint:
            self.counts["paint"] += 1
            self.painted[watched.objectName() or watched.metaObject().className()] += 1
        elif kind == QEvent.Type.Timer:
            self.counts["timer"] += 1
        return False


def running_session(data: Path):
    """The main window with a session started and the stage presented."""
    application = create_application(["sole-bench"])
    window = app.build_main_window(DataPaths(data).ensure())
    window.show()
    if not app.load_into(window):
        raise SystemExit("the database did not open")
    session = window.features()[0]
    page = session.page()
    page.setup.question_edit.setPlainText(QUESTION)
    session.controller.start()
    if session.controller.runner is None:
        raise SystemExit("the session did not start")
    session.controller.toggle_presenting()
    return application, window, session.controller


def run_for(application, seconds: float) -> None:
    # exit, not quit: since Qt 6, quit() first closes every window (and so the session's stage)
    QTimer.singleShot(round(seconds * 1000), lambda: application.exit(0))
    application.exec()


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    seconds = SECONDS[args.size]
    with tempfile.TemporaryDirectory() as folder:
        application, window, controller = running_session(Path(folder) / "data")
        run_for(application, SETTLE_SECONDS)
        counter = EventCounter(application)
        application.installEventFilter(counter)
        cpu, wall = time.process_time(), time.perf_counter()
        run_for(application, seconds)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        application.removeEventFilter(counter)
        presenting = controller.presenter.is_presenting()
        state = controller.stage_state()
        controller.finish()
        window.close()
    percent = cpu / wall * 100
    print(f"phase {state.phase!r}, {state.remaining_seconds:.0f} s left, presenting: "
          f"{presenting}; {cpu * 1000:.0f} ms of CPU in {wall:.1f} s; "
          f"{counter.counts['paint']} paints, {counter.counts['timer']} timer events")
    print("painted most: " + ", ".join(f"{name} {count}"
                                       for name, count in counter.painted.most_common(12)))
    figures = [Figure(
        f"idle cost: a phase running, projector shown, over {seconds:.0f} s", percent,
        "% of a core", target=TARGET_PERCENT,
        note=f"{counter.counts['paint'] / wall:.1f} paints/s, "
             f"{counter.counts['timer'] / wall:.1f} timer events/s"
             + ("" if presenting else "; the stage was NOT presented"))]
    finish("idle", figures, args)


if __name__ == "__main__":
    main()

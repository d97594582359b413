"""Countdown accuracy: how far from its deadline a phase ends while the interface stalls.

Runs the app's real ``PhaseTimer`` (sole_app.ui.session.phase_timer) over real countdowns
(core.session.countdown) on the system clock, offscreen. Several phases run at once while the
event loop is blocked for 2.5 s at a time with 1 s free between stalls, as a busy old laptop
might. Half the deadlines fall in a free moment: the end should come on time however many
stalls came before. The other half fall inside a stall, when no single-threaded interface can
react: the end should come as soon as the stall is over. Prints; asserts nothing.
Usage: python bench/bench_countdown.py [--size tiny|full] [--json out.json]
"""

from __future__ import annotations

import os
import time

from suite import Figure, arguments, finish

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sole_app.core.clock import SystemClock  # noqa: E402
from sole_app.core.session.countdown import Countdown  # noqa: E402
from sole_app.ui.session.phase_timer import PhaseTimer  # noqa: E402

SHAPES = {  # stall seconds, free seconds between stalls, stalls before the last deadline
    "tiny": (0.4, 0.3, 2),
    "full": (2.5, 1.0, 4),
}
FIRST_STALL = 0.5  # seconds after the phases start
TARGET_MS = 50.0


class Stalls(QObject):
    """Blocks the event loop for ``stall`` seconds, every ``stall + free`` seconds, on time."""

    def __init__(self, clock, start: float, stall: float, free: float, parent) -> None:
        super().__init__(parent)
        self.clock, self.stall, self.period = clock, stall, stall + free
        self.next_start = start + FIRST_STALL
        self.intervals: list[tuple[float, float]] = []
        self.timer = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._stall)
        self._arm()

    def _arm(self) -> None:
        wait = self.next_start - self.clock.monotonic()
        self.timer.start(max(0, round(wait * 1000)))

    def _stall(self) -> None:
        began = self.clock.monotonic()
        time.sleep(max(0.0, self.next_start + self.stall - began))
        self.intervals.append((began, self.clock.monotonic()))
        self.next_start += self.period
        self._arm()

    def covering(self, instant: float) -> tuple[float, float] | None:
        return next(((began, ended) for began, ended in self.intervals
                     if began <= instant < ended), None)


def deadlines(stall: float, free: float, count: int) -> list[float]:
    """Seconds after the start: one in each free moment and one in the middle of each stall."""
    period = stall + free
    outside = [FIRST_STALL + k * period + stall + free / 2 for k in range(count)]
    inside = [FIRST_STALL + k * period + stall / 2 for k in range(count)]
    return sorted(outside + inside)


def run_phases(stall: float, free: float, count: int):
    application = QApplication.instance() or QApplication([])
    clock, owner = SystemClock(), QObject()
    started = clock.monotonic()
    ends: list[tuple[float, float]] = []  # (deadline, when time_up came)
    timers = []
    for seconds in deadlines(stall, free, count):
        countdown = Countdown.new(seconds).start(started)
        timer = PhaseTimer(clock, lambda c=countdown: c, [], owner)
        timer.time_up.connect(lambda c=countdown: ends.append((c.deadline(), clock.monotonic())))
        timer.reschedule()
        timers.append(timer)
    stalls = Stalls(clock, started, stall, free, owner)
    done = QTimer(owner, interval=20)
    done.timeout.connect(lambda: len(ends) == len(timers) and application.exit(0))
    done.start()
    application.exec()
    return started, ends, stalls


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    stall, free, count = SHAPES[args.size]
    started, ends, stalls = run_phases(stall, free, count)
    on_time, after_stall, raw_inside = [], [], []
    for deadline, ended in ends:
        covering = stalls.covering(deadline)
        if covering is None:
            on_time.append((ended - deadline) * 1000)
        else:
            after_stall.append((ended - covering[1]) * 1000)
            raw_inside.append((ended - deadline) * 1000)
        print(f"deadline +{deadline - started:6.3f} s: ended {(ended - deadline) * 1000:7.1f} "
              f"ms after it{' (inside a stall)' if covering else ''}")
    figures = [
        Figure(f"countdown, {stall} s stalls: phase end, deadline in a free moment (worst of "
               f"{len(on_time)})", max(on_time, key=abs), "ms", target=TARGET_MS,
               note=f"after {len(stalls.intervals)} stalls in all"),
        Figure(f"countdown, {stall} s stalls: phase end, deadline inside a stall, after the "
               f"stall (worst of {len(after_stall)})", max(after_stall, key=abs), "ms",
               target=TARGET_MS, note=f"{max(raw_inside):.0f} ms after the deadline itself: "
               "the rest of the stall, which no single-threaded interface can avoid"),
    ]
    finish("countdown", figures, args)


if __name__ == "__main__":
    main()

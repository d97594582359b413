"""Turns a countdown into events on time: a display refresh each second, and the deadlines.

Nothing here counts time. Each refresh is a single-shot armed for the instant the shown
``mm:ss`` next changes, computed again from the clock every time, so the display never drifts.
The warnings and the end each get a precise single-shot armed at their exact instant; if the
interface was busy earlier it still fires on time, and if it fires a hair early it re-arms.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from sole_app.core.clock import Clock
from sole_app.core.session.countdown import (
    Countdown,
    next_event,
    until_shown_change,
    warning_boundaries,
)

EARLY_TOLERANCE = 0.0005  # seconds; a timer this close to its mark counts as on it
TICK_MARGIN_MS = 2  # refresh just after the shown second changes, never just before


class PhaseTimer(QObject):
    """Watches the countdown that ``source`` returns; call ``reschedule`` after each change."""

    ticked = Signal()  # the shown time may have changed
    warning_reached = Signal(float)  # a warning mark (seconds left) was crossed
    time_up = Signal()  # the countdown reached zero; overtime begins

    def __init__(self, clock: Clock, source: Callable[[], Countdown | None],
                 warning_minutes: list[int], parent: QObject) -> None:
        super().__init__(parent)
        self._clock = clock
        self._source = source
        self.warning_minutes = list(warning_minutes)
        self._pending_mark: float | None = None
        self._tick = self._single_shot(self._on_tick)
        self._deadline = self._single_shot(self._on_deadline)

    def _single_shot(self, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(slot)
        return timer

    def boundaries(self, countdown: Countdown) -> tuple[float, ...]:
        return warning_boundaries(countdown.total_seconds, self.warning_minutes)

    def reschedule(self) -> None:
        """Re-arm both timers from the countdown as it is now, and refresh at once."""
        self._arm_deadline()
        self._arm_tick()
        self.ticked.emit()

    def stop(self) -> None:
        self._tick.stop()
        self._deadline.stop()
        self._pending_mark = None

    def _remaining(self) -> tuple[Countdown | None, float]:
        countdown = self._source()
        if countdown is None:
            return None, 0.0
        return countdown, countdown.remaining(self._clock.monotonic())

    def _arm_tick(self) -> None:
        countdown, remaining = self._remaining()
        if countdown is None or not countdown.running:
            self._tick.stop()
            return
        until_change = until_shown_change(remaining)
        self._tick.start(max(1, math.ceil(until_change * 1000)) + TICK_MARGIN_MS)

    def _on_tick(self) -> None:
        # After the laptop slept, Qt's timers are late by the time asleep; the clock is not, so a
        # mark already passed is handled now rather than when the late single-shot fires.
        _countdown, remaining = self._remaining()
        if self._pending_mark is not None and remaining - self._pending_mark <= EARLY_TOLERANCE:
            self._on_deadline()
        self._arm_tick()
        self.ticked.emit()

    def _arm_deadline(self, passed: float | None = None) -> None:
        """Arm for the next mark below what is left (and below ``passed``, just handled)."""
        countdown, remaining = self._remaining()
        self._deadline.stop()
        self._pending_mark = None
        if countdown is None or not countdown.running:
            return
        mark = next_event(remaining if passed is None else passed,
                          self.boundaries(countdown))
        if mark is None:
            return
        self._pending_mark = mark
        self._deadline.start(max(0, math.ceil((remaining - mark) * 1000)))

    def _on_deadline(self) -> None:
        mark = self._pending_mark
        _countdown, remaining = self._remaining()
        if mark is None:
            return
        if remaining - mark > EARLY_TOLERANCE:
            self._deadline.start(max(0, math.ceil((remaining - mark) * 1000)))
            return
        self._arm_deadline(passed=mark)
        if mark == 0:
            self.time_up.emit()
        else:
            self.warning_reached.emit(mark)
        self.ticked.emit()

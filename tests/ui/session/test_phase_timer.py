"""The phase timer gives the warnings and the end at their marks, once each, whatever Qt's
timers do: they may fire early, late (a busy interface) or long after (a laptop asleep).

Time comes from a fake clock. Qt's single-shots still run on real time, so each test keeps the
real delays short; how close to its deadline the end fires on the real clock is measured by
bench/bench_phase_timer.py, not asserted here.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject

from sole_app.core.clock import FakeClock
from sole_app.core.session.countdown import Countdown
from sole_app.ui.session.phase_timer import PhaseTimer


class Phase:
    """A countdown the timer watches, with what the timer said so far."""

    def __init__(self, clock: FakeClock, seconds: float, warning_minutes: list[int],
                 running: bool = True) -> None:
        self.clock = clock
        self.countdown = Countdown.new(seconds)
        if running:
            self.countdown = self.countdown.start(clock.monotonic())
        self.owner = QObject()
        self.timer = PhaseTimer(clock, lambda: self.countdown, warning_minutes, self.owner)
        self.events: list = []
        self.ticks = 0
        self.timer.warning_reached.connect(self.events.append)
        self.timer.time_up.connect(lambda: self.events.append("end"))
        self.timer.ticked.connect(self._ticked)

    def _ticked(self) -> None:
        self.ticks += 1


@pytest.fixture
def clock():
    return FakeClock()


def test_a_warning_then_the_end_come_at_their_marks_once_each(qtbot, clock):
    # Given 60.3 s left of a phase with a warning at 1 minute left
    phase = Phase(clock, 60.3, [1])
    phase.timer.reschedule()
    # When the clock reaches the warning, Then the warning comes
    clock.advance(0.3)
    qtbot.waitUntil(lambda: phase.events == [60.0], timeout=2000)
    # When it reaches zero, Then the end comes, and after the next refresh nothing more
    clock.advance(60)
    qtbot.waitUntil(lambda: phase.events == [60.0, "end"], timeout=3000)
    ticks = phase.ticks
    qtbot.waitUntil(lambda: phase.ticks > ticks, timeout=3000)
    assert phase.events == [60.0, "end"]
    phase.timer.stop()


def test_a_deadline_that_fires_early_waits_for_its_mark(qtbot, clock):
    # Given 60.3 s left with a warning at 1 minute: its single-shot is armed for 300 ms
    phase = Phase(clock, 60.3, [1])
    phase.timer.reschedule()
    # When the single-shot and the next refresh fire with only 0.2 s gone on the clock
    clock.advance(0.2)
    qtbot.waitUntil(lambda: phase.ticks >= 2, timeout=2000)
    # Then no warning yet; and once the clock reaches the mark, exactly one
    assert phase.events == []
    clock.advance(0.1)
    qtbot.waitUntil(lambda: phase.events == [60.0], timeout=2000)
    phase.timer.stop()


def test_after_the_laptop_slept_past_the_end_the_next_refresh_gives_the_warning_and_the_end(
        qtbot, clock):
    """Qt's timers stand still while the lid is closed; the clock does not. The warning and the
    end must come at the first refresh after waking, not when the late single-shots fire."""
    # Given a 90 s phase with a warning at 60 s left, armed normally
    phase = Phase(clock, 90, [1])
    clock.advance(0.95)
    phase.timer.reschedule()
    # When the laptop sleeps for two minutes and the first refresh after waking runs
    clock.advance(120)
    qtbot.waitUntil(lambda: "end" in phase.events, timeout=2000)
    # Then the warning and the end have both been given, once each, in order
    ticks = phase.ticks
    qtbot.waitUntil(lambda: phase.ticks > ticks, timeout=3000)
    assert phase.events == [60.0, "end"]
    phase.timer.stop()


def test_a_paused_phase_gives_its_warning_only_once_resumed(qtbot, clock):
    # Given a phase paused 0.1 s before its warning, refreshed once and then left for minutes
    phase = Phase(clock, 60.1, [1], running=False)
    phase.timer.reschedule()
    assert phase.ticks == 1 and phase.events == []
    clock.advance(500)
    # When it is resumed and the 0.1 s runs out
    phase.countdown = phase.countdown.start(clock.monotonic())
    phase.timer.reschedule()
    clock.advance(0.1)
    # Then the warning comes, as the paused minutes never counted
    qtbot.waitUntil(lambda: phase.events == [60.0], timeout=2000)
    assert phase.countdown.remaining(clock.monotonic()) == pytest.approx(60.0)
    phase.timer.stop()

"""The phase timer fires the warnings and the end on time, even after a busy spell."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject

from sole_app.core.clock import FakeClock, SystemClock
from sole_app.core.session.countdown import Countdown
from sole_app.ui.session.phase_timer import PhaseTimer


class Holder:
    def __init__(self, countdown):
        self.countdown = countdown


def test_the_end_fires_within_50_ms_of_the_deadline_though_the_interface_was_busy(qtbot):
    """Issue 4: "a phase ends within 50 ms of its deadline even when the interface was busy"."""
    # Given a 1.5 s phase running on the real monotonic clock
    clock = SystemClock()
    parent = QObject()
    holder = Holder(Countdown.new(1.5).start(clock.monotonic()))
    timer = PhaseTimer(clock, lambda: holder.countdown, [], parent)
    ended_at = []
    timer.time_up.connect(lambda: ended_at.append(clock.monotonic()))
    timer.reschedule()
    # When the interface is blocked for 0.6 s of it
    qtbot.wait(300)
    time.sleep(0.6)
    # Then the end still comes within 50 ms of the deadline, exactly once
    qtbot.waitUntil(lambda: bool(ended_at), timeout=3000)
    qtbot.wait(200)
    deadline = holder.countdown.deadline()
    print(f"end fired {1000 * (ended_at[0] - deadline):.1f} ms after the deadline")
    assert len(ended_at) == 1
    assert 0 <= ended_at[0] - deadline < 0.050, ended_at[0] - deadline


def test_warnings_come_in_order_before_the_end_and_refreshes_follow_the_seconds(qtbot):
    clock = SystemClock()
    parent = QObject()
    # 2.2 s phase with marks at 1.2 s and 0.6 s left (warning minutes scaled down via seconds)
    holder = Holder(Countdown.new(2.2).start(clock.monotonic()))
    timer = PhaseTimer(clock, lambda: holder.countdown, [], parent)
    timer.boundaries = lambda countdown: (1.2, 0.6)
    events, ticks = [], []
    timer.warning_reached.connect(lambda mark: events.append(mark))
    timer.time_up.connect(lambda: events.append("end"))
    timer.ticked.connect(lambda: ticks.append(holder.countdown.remaining(clock.monotonic())))
    timer.reschedule()
    qtbot.waitUntil(lambda: "end" in events, timeout=4000)
    assert events == [1.2, 0.6, "end"]
    # each scheduled refresh lands just after a whole second of the remaining time
    whole_second_ticks = [left for left in ticks if abs(left - round(left)) < 0.05]
    assert any(abs(left - 1.0) < 0.05 for left in whole_second_ticks)


def test_a_paused_countdown_arms_nothing_and_resuming_rearms(qtbot):
    clock = FakeClock()
    parent = QObject()
    holder = Holder(Countdown.new(90))  # not started: paused
    timer = PhaseTimer(clock, lambda: holder.countdown, [1], parent)
    ticks = []
    timer.ticked.connect(lambda: ticks.append(1))
    timer.reschedule()
    assert ticks == [1]  # refreshed once, then nothing is armed
    assert not timer._deadline.isActive() and not timer._tick.isActive()
    holder.countdown = holder.countdown.start(clock.monotonic())
    timer.reschedule()
    assert timer._deadline.isActive() and timer._tick.isActive()
    assert abs(timer._deadline.remainingTime() - 30_000) <= 5  # the 1-minute mark, in 30 s
    timer.stop()


def test_each_refresh_is_armed_for_the_instant_the_shown_second_changes():
    """No drift: the next refresh is computed from the clock, not from the last tick."""
    clock = FakeClock()
    parent = QObject()
    holder = Holder(Countdown.new(300).start(clock.monotonic()))
    timer = PhaseTimer(clock, lambda: holder.countdown, [5, 1], parent)
    clock.advance(0.75)  # 299.25 s left, shown as 05:00 until 299.0
    timer.reschedule()
    assert timer._tick.interval() == 250 + 2
    clock.advance(300.4)  # overtime: -1.15 s, shown +00:01 until -2.0
    timer.reschedule()
    assert timer._tick.interval() == 850 + 2
    timer.stop()


def test_after_the_laptop_slept_past_the_end_the_next_refresh_ends_the_phase(qtbot):
    """Qt's timers stand still while the lid is closed; the clock does not. The end and the
    warnings must come at the first refresh after waking, not when the late timer fires."""
    # Given a 90 s phase with a warning at 60 s left, armed normally
    clock = FakeClock()
    parent = QObject()
    holder = Holder(Countdown.new(90).start(clock.monotonic()))
    timer = PhaseTimer(clock, lambda: holder.countdown, [1], parent)
    events = []
    timer.warning_reached.connect(lambda mark: events.append(mark))
    timer.time_up.connect(lambda: events.append("end"))
    timer.reschedule()
    # When the laptop sleeps for two minutes and the first refresh after waking runs
    clock.advance(120)
    timer._on_tick()
    qtbot.waitUntil(lambda: "end" in events, timeout=1000)
    # Then the warning and the end have both been marked, once each, in order
    qtbot.wait(50)
    assert events == [60.0, "end"]
    timer.stop()


def test_the_system_clock_keeps_counting_during_suspend_on_linux():
    import sys

    clock = SystemClock()
    if sys.platform.startswith("linux"):
        assert abs(clock.monotonic() - time.clock_gettime(time.CLOCK_BOOTTIME)) < 0.05

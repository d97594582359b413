"""A phase countdown computed from the clock: pause, resume, extra time and overtime."""

from hypothesis import assume, given
from hypothesis import strategies as st

from sole_app.core.clock import FakeClock
from sole_app.core.session.countdown import (
    Countdown,
    Level,
    final_mark,
    level_for,
    next_event,
    until_shown_change,
    warning_boundaries,
)
from sole_app.core.session.timefmt import format_remaining


def test_a_running_countdown_loses_exactly_the_time_that_passed():
    clock = FakeClock()
    countdown = Countdown.new(300).start(clock.monotonic())
    clock.advance(61.5)
    assert countdown.remaining(clock.monotonic()) == 238.5
    assert countdown.deadline() == clock.monotonic() + 238.5


def test_a_paused_countdown_keeps_its_time_until_resumed():
    clock = FakeClock()
    countdown = Countdown.new(300).start(clock.monotonic())
    clock.advance(100)
    countdown = countdown.pause(clock.monotonic())
    clock.advance(500)  # a long pause
    assert countdown.remaining(clock.monotonic()) == 200 and not countdown.running
    assert countdown.deadline() is None
    countdown = countdown.start(clock.monotonic())
    clock.advance(50)
    assert countdown.remaining(clock.monotonic()) == 150


def test_pausing_twice_or_starting_twice_changes_nothing():
    clock = FakeClock()
    countdown = Countdown.new(60).start(clock.monotonic())
    clock.advance(10)
    assert countdown.start(clock.monotonic()) == countdown
    paused = countdown.pause(clock.monotonic())
    clock.advance(10)
    assert paused.pause(clock.monotonic()) == paused


def test_extra_time_adds_to_what_is_left_and_to_the_total():
    clock = FakeClock()
    countdown = Countdown.new(300).start(clock.monotonic())
    clock.advance(200)
    countdown = countdown.extend(60, clock.monotonic()).extend(300, clock.monotonic())
    countdown = countdown.extend(-60, clock.monotonic())
    assert countdown.remaining(clock.monotonic()) == 400
    assert countdown.total_seconds == 600 and countdown.extra_seconds == 300
    clock.advance(10)
    assert countdown.remaining(clock.monotonic()) == 390


def test_at_zero_it_counts_on_into_overtime():
    clock = FakeClock()
    countdown = Countdown.new(60).start(clock.monotonic())
    clock.advance(83)
    assert countdown.remaining(clock.monotonic()) == -23
    assert countdown.overtime(clock.monotonic()) == 23


def test_levels_follow_the_warning_marks_and_ignore_marks_as_long_as_the_phase():
    marks = warning_boundaries(40 * 60, [5, 1])
    final = final_mark([5, 1])
    assert marks == (300.0, 60.0)
    assert level_for(301, marks, final) == Level.RUNNING
    assert level_for(300, marks, final) == Level.WARNING
    assert level_for(60, marks, final) == Level.FINAL
    assert level_for(0, marks, final) == Level.FINAL
    assert level_for(-0.5, marks, final) == Level.OVERTIME
    # a five-minute phase does not start already warning
    short = warning_boundaries(5 * 60, [5, 1])
    assert short == (60.0,) and level_for(299, short, final) == Level.RUNNING
    assert level_for(59, short, final) == Level.FINAL


def test_a_single_warning_is_a_warning_and_no_warnings_at_all_is_fine():
    assert level_for(30, warning_boundaries(600, [1]), final_mark([1])) == Level.WARNING
    assert level_for(30, warning_boundaries(600, []), final_mark([])) == Level.RUNNING


def test_the_levels_keep_the_words_stored_and_reported_before_they_had_names():
    assert [str(level) for level in Level] == ["idle", "running", "warning", "final", "overtime"]


def test_the_next_event_is_the_next_mark_then_zero_then_none():
    marks = (300.0, 60.0)
    assert next_event(1000, marks) == 300
    assert next_event(300, marks) == 60
    assert next_event(30, marks) == 0
    assert next_event(0, marks) is None and next_event(-5, marks) is None


def test_the_display_is_refreshed_when_the_shown_second_changes_not_by_counting_ticks():
    # 299.25 s left reads 05:00 until 299.0; 1.15 s into overtime reads +00:01 until -2.0
    assert until_shown_change(299.25) == 0.25
    assert abs(until_shown_change(-1.15) - 0.85) < 1e-9
    assert until_shown_change(90.0) == 1.0


@given(st.floats(min_value=-3600, max_value=3600, allow_nan=False))
def test_the_shown_time_stays_until_the_refresh_and_changes_just_after(remaining):
    """Refreshing later would show a stale second; earlier would refresh for nothing."""
    assume(remaining != 0)  # 00:00 turns +00:00 at once: the end itself refreshes the stage
    change = until_shown_change(remaining)
    assert 0 < change <= 1
    assert format_remaining(remaining - change + 1e-6) == format_remaining(remaining)
    assert format_remaining(remaining - change - 1e-6) != format_remaining(remaining)


@given(
    st.lists(
        st.tuples(st.sampled_from(["advance", "pause", "start", "extend"]),
                  st.floats(min_value=-120, max_value=600)),
        max_size=30,
    )
)
def test_remaining_always_equals_total_minus_the_running_time(steps):
    """Whatever the order of actions, nothing is lost: left = total - time spent running."""
    clock = FakeClock()
    countdown = Countdown.new(600)
    ran = 0.0
    for action, value in steps:
        now = clock.monotonic()
        if action == "advance":
            seconds = abs(value)
            ran += seconds if countdown.running else 0.0
            clock.advance(seconds)
        elif action == "pause":
            countdown = countdown.pause(now)
        elif action == "start":
            countdown = countdown.start(now)
        else:
            countdown = countdown.extend(value, now)
    expected = countdown.total_seconds - ran
    assert abs(countdown.remaining(clock.monotonic()) - expected) < 1e-6

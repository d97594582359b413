"""The clocks: the system one moves by itself, the fake one only when told."""

from datetime import timedelta

from sole_app.core.clock import FakeClock, SystemClock


def test_system_clock_gives_monotonic_seconds_and_aware_utc_time():
    clock = SystemClock()
    first = clock.monotonic()
    assert clock.monotonic() >= first
    assert clock.now().utcoffset() == timedelta(0)


def test_fake_clock_moves_both_clocks_together_and_restarts_only_the_monotonic_one():
    clock = FakeClock()
    wall, mono = clock.now(), clock.monotonic()
    clock.advance(90)
    assert clock.monotonic() == mono + 90 and clock.now() == wall + timedelta(seconds=90)
    clock.restart(monotonic_start=3.0)
    assert clock.monotonic() == 3.0 and clock.now() == wall + timedelta(seconds=90)

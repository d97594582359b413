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


def test_where_the_system_has_a_boot_time_clock_the_clock_counts_through_suspend(monkeypatch):
    # Given a system with CLOCK_BOOTTIME (Linux), which keeps counting while the lid is closed
    import time

    from sole_app.core import clock as clocks

    monkeypatch.setattr(time, "CLOCK_BOOTTIME", 7, raising=False)
    monkeypatch.setattr(time, "clock_gettime", lambda which: 5000.0 + which, raising=False)
    monkeypatch.setattr(time, "monotonic", lambda: 12.0)
    # When the system clock is made, Then it reads the boot-time clock, not time.monotonic
    assert clocks.SystemClock().monotonic() == 5007.0


def test_without_a_usable_boot_time_clock_it_falls_back_to_the_monotonic_clock(monkeypatch):
    # Given Windows or macOS (no CLOCK_BOOTTIME: their monotonic clock counts sleep already),
    # or a Linux kernel that refuses CLOCK_BOOTTIME
    import time

    from sole_app.core import clock as clocks

    def refused(_which):
        raise OSError("not supported")

    monkeypatch.setattr(time, "monotonic", lambda: 12.0)
    monkeypatch.delattr(time, "CLOCK_BOOTTIME", raising=False)
    assert clocks.SystemClock().monotonic() == 12.0
    monkeypatch.setattr(time, "CLOCK_BOOTTIME", 7, raising=False)
    monkeypatch.setattr(time, "clock_gettime", refused, raising=False)
    assert clocks.SystemClock().monotonic() == 12.0

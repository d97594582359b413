"""Where time comes from: a monotonic clock for durations, the wall clock for records.

Durations inside one run are measured with the monotonic clock, which never jumps when the system
time changes. The wall clock is only used to date records and to bridge a restart, where the
monotonic clock of the old process is gone.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary start; only differences are meaningful."""

    def now(self) -> datetime:
        """The wall-clock time, timezone-aware UTC."""


def _monotonic_source():
    """A monotonic clock that keeps counting while the laptop sleeps with its lid closed.

    On Linux ``time.monotonic`` stops during suspend; CLOCK_BOOTTIME does not. On Windows and
    macOS Python's monotonic clock already includes time asleep.
    """
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        try:
            time.clock_gettime(boottime)
            return lambda: time.clock_gettime(boottime)
        except OSError:
            pass
    return time.monotonic


class SystemClock:
    """The real clocks of this computer."""

    def __init__(self) -> None:
        self._monotonic = _monotonic_source()

    def monotonic(self) -> float:
        return self._monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock for tests: both times move only when ``advance`` is called."""

    def __init__(self, start: datetime | None = None, monotonic_start: float = 1000.0) -> None:
        self._wall = start or datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
        self._monotonic = monotonic_start

    def monotonic(self) -> float:
        return self._monotonic

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass on both clocks."""
        self._monotonic += seconds
        self._wall += timedelta(seconds=seconds)

    def restart(self, monotonic_start: float = 5.0) -> None:
        """Simulate a new process: the monotonic clock starts over, the wall clock goes on."""
        self._monotonic = monotonic_start

"""One phase's countdown as pure state: no timers, no Qt, just arithmetic on a clock reading.

A running countdown remembers the monotonic instant it started (``anchor``) and how much was left
then (``remaining_at_anchor``); what remains at ``now`` is that minus the time since. Pausing folds
the elapsed time into ``remaining_at_anchor`` and forgets the anchor. Nothing counts ticks, so a
busy interface can never make the countdown drift. Below zero is overtime: the phase goes on
until the facilitator moves on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import StrEnum


@dataclass(frozen=True)
class Countdown:
    planned_seconds: float
    remaining_at_anchor: float
    anchor: float | None = None  # monotonic instant it was last started or resumed; None = paused
    extra_seconds: float = 0.0  # time added (or removed, when negative) by the facilitator

    @classmethod
    def new(cls, seconds: float) -> Countdown:
        """A countdown of ``seconds``, not yet started."""
        return cls(planned_seconds=seconds, remaining_at_anchor=seconds)

    @property
    def running(self) -> bool:
        return self.anchor is not None

    @property
    def total_seconds(self) -> float:
        """The planned length including the extra time given."""
        return self.planned_seconds + self.extra_seconds

    def remaining(self, now: float) -> float:
        """Seconds left at monotonic time ``now``; negative in overtime."""
        if self.anchor is None:
            return self.remaining_at_anchor
        return self.remaining_at_anchor - (now - self.anchor)

    def overtime(self, now: float) -> float:
        """Seconds past zero (0 while time remains)."""
        return max(0.0, -self.remaining(now))

    def deadline(self) -> float | None:
        """The monotonic instant the countdown reaches zero, or None when paused."""
        if self.anchor is None:
            return None
        return self.anchor + self.remaining_at_anchor

    def start(self, now: float) -> Countdown:
        """Start or resume; starting a running countdown changes nothing."""
        if self.anchor is not None:
            return self
        return replace(self, anchor=now)

    def pause(self, now: float) -> Countdown:
        if self.anchor is None:
            return self
        return replace(self, remaining_at_anchor=self.remaining(now), anchor=None)

    def extend(self, seconds: float, now: float) -> Countdown:
        """Add (or with negative ``seconds`` remove) time; the anchor moves to ``now``."""
        remaining = self.remaining(now) + seconds
        anchor = None if self.anchor is None else now
        return replace(
            self, remaining_at_anchor=remaining, anchor=anchor,
            extra_seconds=self.extra_seconds + seconds,
        )

    def rebased(self, remaining: float, now: float | None) -> Countdown:
        """The same countdown with ``remaining`` left at ``now`` (None keeps it paused)."""
        return replace(self, remaining_at_anchor=remaining, anchor=now)


class Level(StrEnum):
    """How urgent the time is: the stage draws each one differently (and says it in words)."""

    IDLE = "idle"  # no session running
    RUNNING = "running"
    WARNING = "warning"  # past a warning mark
    FINAL = "final"  # past the last of several warnings
    OVERTIME = "overtime"  # past zero


def warning_boundaries(total_seconds: float, warning_minutes: list[int]) -> tuple[float, ...]:
    """Remaining-seconds marks where warnings begin, largest first.

    A warning as long as the phase or longer is left out: a five-minute phase does not start
    already warning at five minutes.
    """
    marks = {minutes * 60.0 for minutes in warning_minutes if 0 < minutes * 60 < total_seconds}
    return tuple(sorted(marks, reverse=True))


def final_mark(warning_minutes: list[int]) -> float | None:
    """The last warning (the smallest), when there is more than one; None otherwise."""
    marks = {minutes for minutes in warning_minutes if minutes > 0}
    return min(marks) * 60.0 if len(marks) > 1 else None


def level_for(remaining: float, boundaries: tuple[float, ...],
              final: float | None = None) -> Level:
    """RUNNING, WARNING (past a warning mark), FINAL (past ``final``) or OVERTIME."""
    if remaining < 0:
        return Level.OVERTIME
    if final is not None and final in boundaries and remaining <= final:
        return Level.FINAL
    if any(remaining <= mark for mark in boundaries):
        return Level.WARNING
    return Level.RUNNING


def next_event(remaining: float, boundaries: tuple[float, ...]) -> float | None:
    """The next mark (a warning, or 0 for the end) the countdown will cross, or None past zero."""
    for mark in (*boundaries, 0.0):
        if remaining > mark:
            return mark
    return None


def until_shown_change(remaining: float) -> float:
    """Seconds until the countdown as shown (whole seconds, see timefmt) next changes: 299.25 s
    left reads 05:00 for 0.25 s more; 1.15 s into overtime, +00:01 reads on for 0.85 s."""
    return remaining - (math.ceil(remaining) - 1)

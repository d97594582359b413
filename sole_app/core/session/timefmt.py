"""How a countdown reads on the stage: minutes and seconds, hours only when needed.

Remaining time rounds up (59.2 s left reads "01:00", and "00:00" appears only at the very end);
overtime counts up from the deadline with a leading "+" so it never looks like time left.
"""

from __future__ import annotations

import math


def format_remaining(seconds: float) -> str:
    """300 -> "05:00", 59.2 -> "01:00", -83 -> "+01:23", 3725 -> "1:02:05"."""
    if not math.isfinite(seconds):
        return "--:--"
    if seconds < 0:
        return "+" + _clock(math.floor(-seconds))
    return _clock(math.ceil(seconds))


def whole_minutes_left(seconds: float) -> int:
    """The minutes a person would say are left: 299 s -> 5, 60 s -> 1, 1 s -> 1, 0 -> 0."""
    if not math.isfinite(seconds) or seconds <= 0:
        return 0
    return math.ceil(seconds / 60)


def _clock(total_seconds: int) -> str:
    hours, rest = divmod(total_seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes:02d}:{seconds:02d}"

"""What a past session comes to, shared by the history list and every export: each phase's
minutes as planned and as run, and the session's language."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime

_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ROMANIAN = re.compile("[ăâîșțşţĂÂÎȘȚŞŢ]")


@dataclass(frozen=True)
class PhaseTimes:
    """A phase's minutes: planned, given as extra time (negative when time was taken away), and
    as run, from its first start to its last end (None while it has not both started and
    ended). Going back to a phase counts the time in between as that phase's."""

    key: str
    planned_minutes: float
    extra_minutes: float
    actual_minutes: float | None

    @property
    def ran(self) -> bool:
        return self.actual_minutes is not None


def phase_times(key: str, planned_seconds: float, extra_seconds: float,
                started_at: datetime | None, ended_at: datetime | None) -> PhaseTimes:
    actual = None
    if started_at is not None and ended_at is not None:
        actual = max(0.0, (ended_at - started_at).total_seconds()) / 60
    return PhaseTimes(key, planned_seconds / 60, extra_seconds / 60, actual)


def session_language(known: str | None, question: str) -> str:
    """The language of a session: its question's in the bank when it had one (``known``);
    a question typed on the spot is told by its letters: Cyrillic is Russian, ă â î ș ț are
    Romanian. Otherwise "" (not known): plain Latin letters could be either English or
    Romanian typed without diacritics."""
    if known:
        return known
    if _CYRILLIC.search(question):
        return "ru"
    if _ROMANIAN.search(question):
        return "ro"
    return ""


def whole_minutes(minutes: float | None) -> int | None:
    """Minutes rounded to the nearest whole minute, halves up (as a person would)."""
    return None if minutes is None else math.floor(minutes + 0.5)

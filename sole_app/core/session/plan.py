"""The plan of a SOLE session: its three phases, their minutes, and the planned head-counts.

The phase names here are English keys; the interface translates them for display.
"""

from __future__ import annotations

from dataclasses import dataclass

from sole_app.core.errors import InvalidPlan
from sole_app.core.settings import AppSettings, PhaseMinutes

PHASE_KEYS: tuple[str, ...] = ("question", "investigation", "review")
DEFAULT_MINUTES: tuple[int, ...] = (5, 40, 15)
MAX_PHASE_MINUTES = 600
MAX_COUNT = 999


def minutes_from_settings(minutes: PhaseMinutes) -> tuple[int, ...]:
    return tuple(getattr(minutes, key) for key in PHASE_KEYS)


@dataclass(frozen=True)
class Plan:
    """Minutes per phase (Question, Investigation, Review) and planned counts (None = not given)."""

    phase_minutes: tuple[int, ...] = DEFAULT_MINUTES
    children: int | None = None
    computers: int | None = None
    groups: int | None = None

    def __post_init__(self) -> None:
        if len(self.phase_minutes) != len(PHASE_KEYS):
            raise InvalidPlan("phase_minutes", self.phase_minutes)
        for minutes in self.phase_minutes:
            if not isinstance(minutes, int) or not 0 < minutes <= MAX_PHASE_MINUTES:
                raise InvalidPlan("phase_minutes", minutes)
        for name in ("children", "computers", "groups"):
            count = getattr(self, name)
            if count is not None and (not isinstance(count, int) or not 0 <= count <= MAX_COUNT):
                raise InvalidPlan(name, count)

    @classmethod
    def from_settings(cls, settings: AppSettings) -> Plan:
        """A plan with the librarian's default minutes."""
        return cls(phase_minutes=minutes_from_settings(settings.phase_minutes))

    @property
    def phase_seconds(self) -> tuple[int, ...]:
        return tuple(minutes * 60 for minutes in self.phase_minutes)

    @property
    def total_minutes(self) -> int:
        return sum(self.phase_minutes)


def parse_minutes(text: str) -> tuple[int, ...]:
    """``"5,40,15"`` -> (5, 40, 15); raises InvalidPlan for anything else."""
    try:
        values = tuple(int(part) for part in text.replace(" ", "").split(","))
    except ValueError as error:
        raise InvalidPlan("phase_minutes", text) from error
    return Plan(phase_minutes=values).phase_minutes

"""The plan of a SOLE session: its three phases, their minutes, and the planned head-counts.

The phases, their default minutes and the longest a phase may last are the settings' (one place
for each, shared with the Settings dialog); the interface translates the phase keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from sole_app.core.session.errors import InvalidPlan
from sole_app.core.settings import MAX_PHASE_MINUTES, AppSettings, Phase, PhaseMinutes

PHASE_KEYS: tuple[Phase, ...] = tuple(Phase)
DEFAULT_MINUTES: tuple[int, ...] = PhaseMinutes().in_order()
MAX_COUNT = 999


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
        return cls(phase_minutes=settings.phase_minutes.in_order())

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

"""What the stage shows at one instant, decided from the session and the settings; no Qt.

The projector and the librarian's preview draw the same ``StageState`` (one view for both).
Every decision about what the room sees is made here: the phase, the time and how urgent it
is, whether the agreements are up, the word beside the countdown, paused, blacked out. The
views only choose words in the interface language, fonts and colours.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sole_app.core.session.countdown import Level, final_mark, level_for, warning_boundaries
from sole_app.core.session.review import ReviewStep
from sole_app.core.session.runner import Snapshot
from sole_app.core.session.timefmt import whole_minutes_left
from sole_app.core.settings import AppSettings, Phase

PHASES: tuple[Phase, ...] = tuple(Phase)
# During the Investigation the agreements and the question take turns in the middle of the stage:
# side by side, neither fits at a size the back of the room reads (4 % of the screen's height)
# in Romanian or Russian. The agreements come first, as the groups form, then every minute.
AGREEMENTS_EVERY_SECONDS = 60
AGREEMENTS_FOR_SECONDS = 20


class Notice(StrEnum):
    """The word beside the countdown; none while the time runs calmly."""

    NONE = "none"
    MINUTES_LEFT = "minutes_left"
    PAUSED = "paused"
    OVERTIME = "overtime"


@dataclass(frozen=True)
class StageState:
    """The stage at one instant, as plain data."""

    question: str = ""  # the question's Markdown source; the stage shows its words
    phase: Phase | None = None  # None: nothing planned yet, so no clock
    phase_count: int = len(PHASES)
    remaining_seconds: float = 0.0  # negative in overtime
    total_seconds: float = 0.0  # planned length of this phase, with the extra time given
    level: Level = Level.IDLE
    paused: bool = False
    blacked_out: bool = False
    show_agreements: bool = False
    # The turn of what takes the question's place for a while (the agreements, or the group
    # page's address while the librarian shows it): 20 seconds of every minute of a phase
    side_turn: bool = False
    # In the Review: the step the clicker is at (the question, groups' records, the wall)
    review: ReviewStep | None = None

    @property
    def shows_board(self) -> bool:
        """Groups' records or the new-questions wall take the middle, the countdown smaller."""
        return self.review is not None and self.review.shows_board

    @property
    def phase_index(self) -> int:
        """0 for the Question, 1 for the Investigation, 2 for the Review."""
        return PHASES.index(self.phase) if self.phase is not None else 0

    @property
    def shows_clock(self) -> bool:
        """Before anything is planned only the question shows, never an empty clock."""
        return self.phase is not None or self.total_seconds > 0

    @property
    def overtime(self) -> bool:
        return self.level == Level.OVERTIME or self.remaining_seconds < 0

    @property
    def phase_running(self) -> bool:
        """A phase counts down (or on into overtime) and is not paused."""
        return self.level != Level.IDLE and not self.paused

    @property
    def notice(self) -> Notice:
        if self.paused:
            return Notice.PAUSED
        if self.overtime:
            return Notice.OVERTIME
        if self.level in (Level.WARNING, Level.FINAL):
            return Notice.MINUTES_LEFT
        return Notice.NONE

    @property
    def minutes_left(self) -> int:
        """The minutes a person would say are left (for "5 minutes left")."""
        return whole_minutes_left(self.remaining_seconds)

    @property
    def last_minutes(self) -> bool:
        """Past the last warning and still counting down: the word is set apart as well."""
        return self.level == Level.FINAL and not self.paused and not self.overtime

    @property
    def elapsed_seconds(self) -> float:
        return self.total_seconds - self.remaining_seconds


def agreements_turn(elapsed_seconds: float) -> bool:
    """True while it is the agreements' turn on the stage, ``elapsed_seconds`` into the phase:
    the first 20 seconds of every minute (the time paused does not count)."""
    return max(0.0, elapsed_seconds) % AGREEMENTS_EVERY_SECONDS < AGREEMENTS_FOR_SECONDS


def running_stage(snapshot: Snapshot, settings: AppSettings, blacked_out: bool,
                  review: ReviewStep | None = None) -> StageState:
    """The stage of a running session: its level from the warnings in the settings, and, when
    the librarian shows them, the agreements in their turns during the Investigation; in the
    Review, the step of the review the clicker is at."""
    warnings = settings.warning_minutes
    level = level_for(snapshot.remaining_seconds,
                      warning_boundaries(snapshot.total_seconds, warnings), final_mark(warnings))
    return StageState(
        question=snapshot.question, phase=snapshot.phase_key, phase_count=snapshot.phase_count,
        remaining_seconds=snapshot.remaining_seconds, total_seconds=snapshot.total_seconds,
        level=level, paused=snapshot.paused, blacked_out=blacked_out,
        show_agreements=(settings.show_agreements and snapshot.phase_key == Phase.INVESTIGATION
                         and agreements_turn(snapshot.total_seconds - snapshot.remaining_seconds)),
        side_turn=agreements_turn(snapshot.total_seconds - snapshot.remaining_seconds),
        review=review if snapshot.phase_key == Phase.REVIEW else None,
    )


def waiting_stage(question: str, first_phase_seconds: float, blacked_out: bool) -> StageState:
    """Before the start: the question being prepared, and the first phase's planned time."""
    return StageState(question=question, phase=PHASES[0], remaining_seconds=first_phase_seconds,
                      total_seconds=first_phase_seconds, blacked_out=blacked_out)

"""Running a session: start, pause, extra time, phase changes, each saved at once; and resume.

A ``SessionRunner`` is the one place that changes a running session. Every change writes the
session row with what is left of the current phase and the wall-clock time of the save, so after
a crash or a killed process ``find_resumable`` and ``resume`` give back the right time:
what was left at the last save minus the wall time since, unless it was paused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from sole_app.core.bank import store as bank
from sole_app.core.clock import Clock
from sole_app.core.db import Database
from sole_app.core.session.countdown import Countdown
from sole_app.core.session.errors import EmptyQuestion, SessionNotFound, SessionNotSaved
from sole_app.core.session.models import PhaseRecord, SessionRecord, SessionStatus
from sole_app.core.session.plan import PHASE_KEYS, Plan
from sole_app.core.session.planned import take_planned
from sole_app.core.settings import MAX_PHASE_MINUTES, Phase


@dataclass(frozen=True)
class Snapshot:
    """What the interface shows of a session at one instant."""

    session_id: int
    question: str
    phase_index: int
    phase_key: Phase
    phase_count: int
    remaining_seconds: float
    total_seconds: float
    paused: bool
    finished: bool


@dataclass(frozen=True)
class ResumeOffer:
    """A session that was running when the app stopped, with the time it would resume with."""

    session_id: int
    question: str
    phase_index: int
    phase_key: Phase
    remaining_seconds: float
    paused: bool


class SessionRunner:
    """A started session held in memory and mirrored to the database on every change."""

    def __init__(self, database: Database, clock: Clock, record: SessionRecord) -> None:
        self._database = database
        self._clock = clock
        self.session_id = record.id
        self.question = record.question_text
        self.question_id = record.question_id
        self.phase_index = record.current_phase
        self.finished = record.status == SessionStatus.FINISHED
        self._phase_rows = {phase.position: phase for phase in record.phases}
        self._countdowns = [self._countdown_of(phase) for phase in record.phases]
        self.plan = _plan_of(record)

    @staticmethod
    def _countdown_of(phase: PhaseRecord) -> Countdown:
        countdown = Countdown(
            planned_seconds=phase.planned_seconds,
            remaining_at_anchor=phase.planned_seconds + phase.extra_seconds,
            extra_seconds=phase.extra_seconds,
        )
        if phase.left_remaining_seconds is not None:
            countdown = countdown.rebased(phase.left_remaining_seconds, None)
        return countdown

    def restore_remaining(self, remaining: float, running: bool) -> None:
        """Set what is left of the current phase (after a restart) and save it."""
        anchor = self._clock.monotonic() if running else None
        self._countdowns[self.phase_index] = self.countdown.rebased(remaining, anchor)
        self._save()

    # --- reading -------------------------------------------------------------------------------

    @property
    def countdown(self) -> Countdown:
        return self._countdowns[self.phase_index]

    @property
    def phase_count(self) -> int:
        return len(self._countdowns)

    @property
    def paused(self) -> bool:
        return not self.countdown.running

    def remaining(self) -> float:
        return self.countdown.remaining(self._clock.monotonic())

    def snapshot(self) -> Snapshot:
        return Snapshot(
            session_id=self.session_id, question=self.question,
            phase_index=self.phase_index, phase_key=PHASE_KEYS[self.phase_index],
            phase_count=self.phase_count, remaining_seconds=self.remaining(),
            total_seconds=self.countdown.total_seconds, paused=self.paused,
            finished=self.finished,
        )

    # --- changing (each saves at once) ---------------------------------------------------------

    def pause(self) -> None:
        self._change(self.countdown.pause(self._clock.monotonic()))

    def resume(self) -> None:
        self._change(self.countdown.start(self._clock.monotonic()))

    def toggle_pause(self) -> None:
        if self.paused:
            self.resume()
        else:
            self.pause()

    def extend(self, seconds: float) -> None:
        """Give (or with a negative value take away) time in the current phase."""
        self._change(self.countdown.extend(seconds, self._clock.monotonic()))

    def next_phase(self) -> bool:
        """Move to the next phase, running; False (nothing changes) on the last phase."""
        return self.go_to_phase(self.phase_index + 1)

    def previous_phase(self) -> bool:
        """Go back to the previous phase where it was left, running; False on the first."""
        return self.go_to_phase(self.phase_index - 1)

    def go_to_phase(self, index: int) -> bool:
        if self.finished or not 0 <= index < self.phase_count or index == self.phase_index:
            return False
        now = self._clock.monotonic()
        self._countdowns[self.phase_index] = self.countdown.pause(now)
        self._mark_left(self.phase_index)
        self.phase_index = index
        self._countdowns[index] = self._countdowns[index].start(now)
        row = self._phase_rows[index]
        if row.started_at is None:
            row.started_at = self._clock.now()
        row.ended_at = None
        self._save()
        return True

    def finish(self) -> None:
        """End the session; it will no longer be offered for resuming."""
        if self.finished:
            return
        self._countdowns[self.phase_index] = self.countdown.pause(self._clock.monotonic())
        self._mark_left(self.phase_index)
        self.finished = True
        self._save()

    def _change(self, countdown: Countdown) -> None:
        if self.finished:
            return
        self._countdowns[self.phase_index] = countdown
        self._save()

    def _mark_left(self, index: int) -> None:
        row = self._phase_rows[index]
        row.ended_at = self._clock.now()
        row.left_remaining_seconds = self._countdowns[index].remaining(self._clock.monotonic())

    def _save(self) -> None:
        """Write the whole state in one short transaction (durable: synchronous=FULL).

        Raises SessionNotSaved when the database refuses; the state in memory stays current,
        and the next change tries again.
        """
        try:
            self._write()
        except (SQLAlchemyError, OSError) as error:
            raise SessionNotSaved(str(getattr(error, "orig", None) or error)) from error

    def _write(self) -> None:
        now = self._clock.now()
        with self._database.session() as db, db.begin():
            record = db.get(SessionRecord, self.session_id)
            if record is None:
                raise SessionNotFound(self.session_id)
            record.current_phase = self.phase_index
            record.paused = self.paused
            record.remaining_seconds = self.remaining()
            record.saved_at = now
            if self.finished:
                record.status = SessionStatus.FINISHED
                record.finished_at = now
            for phase in record.phases:
                self._copy_phase(phase, self._phase_rows[phase.position])

    def _copy_phase(self, target: PhaseRecord, source: PhaseRecord) -> None:
        countdown = self._countdowns[source.position]
        target.extra_seconds = countdown.extra_seconds
        target.started_at = source.started_at
        target.ended_at = source.ended_at
        target.left_remaining_seconds = source.left_remaining_seconds


def _plan_of(record: SessionRecord) -> Plan:
    """The plan the session was started with: its planned minutes and head-counts."""
    minutes = tuple(min(MAX_PHASE_MINUTES, max(1, round(phase.planned_seconds / 60)))
                    for phase in sorted(record.phases, key=lambda phase: phase.position))
    return Plan(phase_minutes=minutes, children=record.children_planned,
                computers=record.computers_planned, groups=record.groups_planned)


# --- starting and resuming -------------------------------------------------------------------


def start_session(
    database: Database, clock: Clock, question: str, plan: Plan,
    question_id: int | None = None,
) -> SessionRunner:
    """Start a session and run its first phase; any older running one is finished.

    The planned session, when groups were set up before Start (planned.py), becomes this
    session, groups and all; otherwise a new one is made."""
    text = question.strip()
    if not text:
        raise EmptyQuestion()
    now = clock.now()
    finish_running(database, now)
    with database.session() as db, db.begin():
        record = take_planned(db) or SessionRecord(created_at=now)
        _fill_started(record, text, question_id, plan, now)
        db.add(record)
    if question_id is not None:
        bank.mark_used(database, question_id, now)
    runner = SessionRunner(database, clock, record)
    runner.resume()
    return runner


def _fill_started(record: SessionRecord, question: str, question_id: int | None, plan: Plan,
                  now: datetime) -> None:
    """The plan and the first phase's start on a new or planned session's row."""
    record.question_text, record.question_id = question, question_id
    record.children_planned, record.computers_planned = plan.children, plan.computers
    record.groups_planned = plan.groups
    record.status, record.started_at, record.saved_at = SessionStatus.RUNNING, now, now
    record.current_phase, record.paused = 0, False
    record.remaining_seconds = float(plan.phase_seconds[0])
    record.phases = [
        PhaseRecord(position=index, key=key, planned_seconds=seconds, extra_seconds=0.0)
        for index, (key, seconds) in enumerate(zip(PHASE_KEYS, plan.phase_seconds, strict=True))
    ]
    record.phases[0].started_at = now


def question_text(database: Database, question_id: int) -> str:
    """The text of a bank question; QuestionNotFound when it is gone."""
    return bank.question_text(database, question_id)


def start_from_question(
    database: Database, clock: Clock, question_id: int, plan: Plan
) -> SessionRunner:
    """Start a session from a bank question, copying its text and noting it was used."""
    return start_session(database, clock, question_text(database, question_id), plan,
                         question_id=question_id)


def finish_running(database: Database, now: datetime) -> int:
    """Mark every running session finished; returns how many there were."""
    with database.session() as db, db.begin():
        running = select(SessionRecord).where(SessionRecord.status == SessionStatus.RUNNING)
        records = db.scalars(running).all()
        for record in records:
            record.status = SessionStatus.FINISHED
            record.finished_at = record.saved_at or now
        return len(records)


def _latest_running(db) -> SessionRecord | None:
    query = (
        select(SessionRecord).where(SessionRecord.status == SessionStatus.RUNNING)
        .order_by(SessionRecord.id.desc()).limit(1)
    )
    return db.scalars(query).first()


def remaining_after_restart(record: SessionRecord, now: datetime) -> float:
    """What was left at the last save minus the wall time since (nothing passes while paused)."""
    if record.paused or record.saved_at is None:
        return record.remaining_seconds
    saved_at = record.saved_at
    if saved_at.tzinfo is None:  # SQLite gives back naive datetimes; they were stored as UTC
        saved_at = saved_at.replace(tzinfo=now.tzinfo)
    elapsed = max(0.0, (now - saved_at).total_seconds())
    return record.remaining_seconds - elapsed


def find_resumable(database: Database, clock: Clock) -> ResumeOffer | None:
    """The session that was running when the app stopped, if any."""
    with database.session() as db:
        record = _latest_running(db)
        if record is None:
            return None
        return ResumeOffer(
            session_id=record.id, question=record.question_text,
            phase_index=record.current_phase, phase_key=PHASE_KEYS[record.current_phase],
            remaining_seconds=remaining_after_restart(record, clock.now()),
            paused=record.paused,
        )


def resume(database: Database, clock: Clock, session_id: int) -> SessionRunner:
    """Take a running session back into memory with the time left now; saves at once."""
    with database.session() as db:
        record = db.get(SessionRecord, session_id)
        if record is None or record.status != SessionStatus.RUNNING:
            raise SessionNotFound(session_id)
        remaining = remaining_after_restart(record, clock.now())
        paused = record.paused
    runner = SessionRunner(database, clock, record)
    runner.restore_remaining(remaining, running=not paused)
    return runner


def decline_resume(database: Database, session_id: int) -> None:
    """The facilitator chose not to resume: the session is finished as of its last save."""
    with database.session() as db, db.begin():
        record = db.get(SessionRecord, session_id)
        if record is not None and record.status == SessionStatus.RUNNING:
            record.status = SessionStatus.FINISHED
            record.finished_at = record.saved_at

"""Sessions: every change is saved at once, and a restart resumes with the right time."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sole_app.core.bank.errors import QuestionNotFound
from sole_app.core.bank.models import Question
from sole_app.core.clock import FakeClock
from sole_app.core.session import runner as sessions
from sole_app.core.session.errors import EmptyQuestion
from sole_app.core.session.models import PhaseRecord, SessionRecord
from sole_app.core.session.plan import Plan

PLAN = Plan(phase_minutes=(5, 40, 15), children=18, computers=5, groups=4)


@pytest.fixture
def clock():
    return FakeClock()


def reopened(database):
    """The record as a new process would read it."""
    with database.session() as db:
        return db.scalars(select(SessionRecord)).one()


def test_starting_a_session_records_the_plan_and_runs_the_question_phase(database, clock):
    runner = sessions.start_session(database, clock, "  De ce avem nevoie de somn?  ", PLAN)
    clock.advance(30)
    snapshot = runner.snapshot()
    assert snapshot.question == "De ce avem nevoie de somn?"
    assert snapshot.phase_key == "question" and snapshot.remaining_seconds == 270
    assert not snapshot.paused
    record = reopened(database)
    assert (record.children_planned, record.computers_planned, record.groups_planned) == (18, 5, 4)
    assert [phase.planned_seconds for phase in record.phases] == [300, 2400, 900]
    assert record.phases[0].started_at is not None and record.status == "running"


def test_an_empty_question_is_refused(database, clock):
    with pytest.raises(EmptyQuestion):
        sessions.start_session(database, clock, "   ", PLAN)


def test_each_change_is_saved_at_once_with_the_time_left(database, clock):
    runner = sessions.start_session(database, clock, "Q", PLAN)
    clock.advance(100)
    runner.pause()
    record = reopened(database)
    assert record.paused and record.remaining_seconds == 200
    clock.advance(10)
    runner.resume()
    runner.extend(60)
    record = reopened(database)
    assert not record.paused and record.remaining_seconds == 260
    assert record.phases[0].extra_seconds == 60


def test_phase_changes_record_when_phases_really_started_and_ended(database, clock):
    runner = sessions.start_session(database, clock, "Q", PLAN)
    clock.advance(320)  # 20 s of overtime in the question phase
    assert runner.remaining() == -20
    assert runner.next_phase()
    clock.advance(5)
    assert runner.snapshot().phase_key == "investigation"
    assert runner.remaining() == 2395
    record = reopened(database)
    question, investigation, _review = record.phases
    assert (question.ended_at - question.started_at).total_seconds() == 320
    assert investigation.started_at == question.ended_at and record.current_phase == 1


def test_going_back_resumes_the_previous_phase_where_it_was_left(database, clock):
    runner = sessions.start_session(database, clock, "Q", PLAN)
    clock.advance(100)
    runner.next_phase()
    clock.advance(30)
    assert runner.previous_phase()
    assert runner.snapshot().phase_key == "question" and runner.remaining() == 200
    assert not runner.previous_phase()  # nothing before the first phase
    runner.next_phase()
    assert runner.remaining() == 2370  # the investigation resumes where it was left


def test_there_is_no_phase_after_review_and_finishing_ends_the_session(database, clock):
    runner = sessions.start_session(database, clock, "Q", PLAN)
    runner.next_phase()
    runner.next_phase()
    assert not runner.next_phase()
    runner.finish()
    assert runner.snapshot().finished
    assert reopened(database).status == "finished"
    assert sessions.find_resumable(database, clock) is None


def test_after_a_crash_the_time_left_is_the_saved_time_minus_the_wall_time_since(database, clock):
    # Given a session running the investigation, extended by 5 minutes, last saved 100 s in
    runner = sessions.start_session(database, clock, "Q", PLAN)
    runner.next_phase()
    clock.advance(100)
    runner.extend(300)
    # When the process dies and a new one starts 42 s later (monotonic clock starts over)
    clock.advance(42)
    clock.restart()
    offer = sessions.find_resumable(database, clock)
    # Then it is offered with 2400 - 100 + 300 - 42 s left, and resuming runs on from there
    assert offer is not None and offer.phase_key == "investigation"
    assert offer.remaining_seconds == 2558
    resumed = sessions.resume(database, clock, offer.session_id)
    clock.advance(8)
    assert resumed.remaining() == 2550 and not resumed.paused
    assert resumed.countdown.extra_seconds == 300


def test_a_resumed_session_keeps_its_plan(database, clock):
    # Given a session planned 1/1/1 minutes for 12 children, 6 computers and 3 groups
    plan = Plan(phase_minutes=(1, 1, 1), children=12, computers=6, groups=3)
    runner = sessions.start_session(database, clock, "Q", plan)
    # When it is resumed after a restart, Then its plan is the one it was started with
    clock.restart()
    assert sessions.resume(database, clock, runner.session_id).plan == plan
    assert runner.plan == plan


def test_a_paused_session_resumes_paused_with_the_same_time(database, clock):
    runner = sessions.start_session(database, clock, "Q", PLAN)
    clock.advance(60)
    runner.pause()
    clock.advance(3600)
    clock.restart()
    offer = sessions.find_resumable(database, clock)
    assert offer.paused and offer.remaining_seconds == 240
    resumed = sessions.resume(database, clock, offer.session_id)
    assert resumed.paused and resumed.remaining() == 240


def test_a_session_left_overnight_resumes_deep_in_overtime(database, clock):
    sessions.start_session(database, clock, "Q", PLAN)
    clock.advance(8 * 3600)
    offer = sessions.find_resumable(database, clock)
    assert offer.remaining_seconds == 300 - 8 * 3600


def test_declining_the_offer_finishes_the_session(database, clock):
    runner = sessions.start_session(database, clock, "Q", PLAN)
    sessions.decline_resume(database, runner.session_id)
    assert sessions.find_resumable(database, clock) is None
    assert reopened(database).finished_at is not None


def test_starting_a_new_session_finishes_the_one_left_running(database, clock):
    sessions.start_session(database, clock, "First", PLAN)
    second = sessions.start_session(database, clock, "Second", PLAN)
    offer = sessions.find_resumable(database, clock)
    assert offer.session_id == second.session_id and offer.question == "Second"


def test_a_bank_question_is_copied_and_survives_the_question_being_deleted(database, clock):
    with database.session() as db, db.begin():
        question = Question(text="Could a village run only on its own energy?")
        db.add(question)
    runner = sessions.start_from_question(database, clock, question.id, PLAN)
    assert runner.question == "Could a village run only on its own energy?"
    with database.session() as db:  # the bank shows it as "last used" now
        assert db.get(Question, question.id).last_used_at is not None
    with database.session() as db, db.begin():
        db.delete(db.get(Question, question.id))
    record = reopened(database)
    assert record.question_id is None and record.question_text.startswith("Could a village")


def test_a_missing_bank_question_is_explained(database, clock):
    with pytest.raises(QuestionNotFound):
        sessions.start_from_question(database, clock, 999, PLAN)


def test_deleting_a_session_deletes_its_phases(database, clock):
    runner = sessions.start_session(database, clock, "Q", PLAN)
    with database.session() as db, db.begin():
        db.delete(db.get(SessionRecord, runner.session_id))
    with database.session() as db:
        assert db.scalars(select(PhaseRecord)).all() == []

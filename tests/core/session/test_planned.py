"""Groups set up before Start: a planned session that Start turns into the running one."""

from __future__ import annotations

from sqlalchemy import select

from sole_app.core.clock import FakeClock
from sole_app.core.findings import groups, notes
from sole_app.core.session import planned
from sole_app.core.session import runner as sessions
from sole_app.core.session.models import SessionRecord, SessionStatus
from sole_app.core.session.plan import Plan

PLAN = Plan(phase_minutes=(5, 40, 15), children=12, computers=3, groups=3)


def statuses(database) -> list[tuple[int, str]]:
    with database.session() as db:
        return list(db.execute(select(SessionRecord.id, SessionRecord.status)
                               .order_by(SessionRecord.id)))


def test_groups_set_up_before_start_belong_to_the_session_once_started(database):
    clock = FakeClock()
    # Given groups set up before the session starts
    session_id = planned.plan_session(database, clock)
    groups.add_group(database, session_id, "Bufnițele", head_count=4)
    groups.add_group(database, session_id, "Vulpile")
    assert statuses(database) == [(session_id, "planned")]
    # When the librarian presses Start
    clock.advance(60)
    runner = sessions.start_session(database, clock, "De ce avem nevoie de somn?", PLAN)
    # Then that same session runs, with its groups, its plan and its first phase started
    assert runner.session_id == session_id
    assert statuses(database) == [(session_id, "running")]
    assert [entry.group.nickname for entry in groups.list_groups(database, session_id)] == [
        "Bufnițele", "Vulpile"]
    with database.session() as db:
        record = db.get(SessionRecord, session_id)
        assert record.question_text == "De ce avem nevoie de somn?"
        assert (record.children_planned, record.groups_planned) == (12, 3)
        assert [phase.key for phase in record.phases] == ["question", "investigation", "review"]
        assert record.started_at is not None and record.phases[0].started_at is not None
    assert runner.snapshot().remaining_seconds == 300 and not runner.snapshot().paused
    assert planned.planned_session(database) is None


def test_there_is_one_planned_session_at_a_time(database):
    clock = FakeClock()
    first = planned.plan_session(database, clock)
    assert planned.plan_session(database, clock) == first == planned.planned_session(database)


def test_a_planned_session_is_never_offered_for_resuming_nor_finished(database):
    # Given a planned session with a group and a note, and no session running
    clock = FakeClock()
    session_id = planned.plan_session(database, clock)
    groups.add_group(database, session_id, "Lupii")
    notes.add_note(database, session_id, "Grupurile s-au format repede.")
    # When the app looks for a session to resume, or every running one is finished
    assert sessions.find_resumable(database, clock) is None
    sessions.finish_running(database, clock.now())
    # Then the planned session is still there, planned, for after a restart
    assert planned.planned_session(database) == session_id
    assert statuses(database) == [(session_id, SessionStatus.PLANNED)]


def test_without_a_planned_session_start_makes_a_new_one(database):
    clock = FakeClock()
    first = sessions.start_session(database, clock, "Q1", PLAN)
    first.finish()
    second = sessions.start_session(database, clock, "Q2", PLAN)
    assert second.session_id != first.session_id
    assert statuses(database) == [(first.session_id, "finished"), (second.session_id, "running")]


def test_a_session_planned_while_one_runs_waits_for_the_next_start(database):
    # Given a running session, and the next one planned meanwhile (a new window, a tool)
    clock = FakeClock()
    running = sessions.start_session(database, clock, "Q1", PLAN)
    upcoming = planned.plan_session(database, clock)
    # When the next session starts, Then the old one is finished and the planned one runs
    started = sessions.start_session(database, clock, "Q2", PLAN)
    assert started.session_id == upcoming
    assert statuses(database) == [(running.session_id, "finished"), (upcoming, "running")]


def test_a_planned_session_reads_as_planned_with_no_phases_in_its_document(database):
    from sole_app.core.findings.document import session_document

    session_id = planned.plan_session(database, FakeClock())
    groups.add_group(database, session_id, "Bufnițele")
    document = session_document(database, session_id)
    assert document["session"]["status"] == "planned"
    assert document["session"]["phases"] == [] and document["session"]["current_phase"] is None
    assert document["session"]["started_at"] is None
    assert [group["nickname"] for group in document["groups"]] == ["Bufnițele"]

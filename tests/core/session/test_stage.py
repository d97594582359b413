"""What the stage shows is decided from the session and the settings, the same for the
projector and the preview: the level, the agreements, the word beside the countdown."""

from __future__ import annotations

import pytest

from sole_app.core.clock import FakeClock
from sole_app.core.session import runner as sessions
from sole_app.core.session.countdown import Level
from sole_app.core.session.plan import Plan
from sole_app.core.session.stage import (
    Notice,
    StageState,
    running_stage,
    waiting_stage,
)
from sole_app.core.settings import AppSettings, Phase

PLAN = Plan(phase_minutes=(5, 40, 15))


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def runner(database, clock):
    return sessions.start_session(database, clock, "De ce avem nevoie de somn?", PLAN)


def stage(runner, settings=None, blacked_out=False) -> StageState:
    return running_stage(runner.snapshot(), settings or AppSettings(), blacked_out)


def test_a_started_session_shows_its_question_running_in_the_first_phase(runner, clock):
    # Given a session just started, When 30 s pass
    clock.advance(30)
    shown = stage(runner)
    # Then the stage shows the question, the Question phase, 4:30 left of 5:00, calmly
    assert shown.question == "De ce avem nevoie de somn?"
    assert (shown.phase, shown.phase_index, shown.phase_count) == (Phase.QUESTION, 0, 3)
    assert (shown.remaining_seconds, shown.total_seconds) == (270, 300)
    assert shown.level == Level.RUNNING and shown.notice == Notice.NONE
    assert shown.shows_clock and shown.phase_running and not shown.show_agreements


def test_the_level_follows_the_warnings_in_the_settings(runner, clock):
    # Given the Investigation (40 min) with warnings at 5 and 1 minutes left
    runner.next_phase()
    # When the clock passes each mark, Then the level and the word change with it
    clock.advance(40 * 60 - 299)
    assert stage(runner).level == Level.WARNING
    assert (stage(runner).notice, stage(runner).minutes_left) == (Notice.MINUTES_LEFT, 5)
    clock.advance(240)
    assert stage(runner).level == Level.FINAL and stage(runner).last_minutes
    clock.advance(83)
    assert stage(runner).level == Level.OVERTIME and stage(runner).remaining_seconds == -24
    assert stage(runner).notice == Notice.OVERTIME and stage(runner).overtime


def test_with_one_warning_there_is_no_last_minute_level(runner, clock):
    runner.next_phase()
    clock.advance(40 * 60 - 30)
    assert stage(runner, AppSettings(warning_minutes=[3])).level == Level.WARNING


def test_the_agreements_show_during_the_investigation_when_the_librarian_wants_them(runner):
    # Given the agreements turned on, Then only the Investigation shows them
    assert not stage(runner).show_agreements
    runner.next_phase()
    assert stage(runner).show_agreements
    runner.next_phase()
    assert not stage(runner).show_agreements
    # And turned off, not even the Investigation
    runner.previous_phase()
    assert not stage(runner, AppSettings(show_agreements=False)).show_agreements


def test_the_agreements_and_the_question_take_turns_every_minute(runner, clock):
    # Given the Investigation just begun: the agreements first, while the groups form
    runner.next_phase()
    turns = []
    # When the minutes pass, Then the agreements come back for 20 s of every minute
    for _ten_seconds in range(15):
        turns.append(stage(runner).show_agreements)
        clock.advance(10)
    assert turns == [True, True, False, False, False, False] * 2 + [True, True, False]
    # And extra time given does not make them jump in or out
    before = stage(runner).show_agreements
    runner.extend(300)
    assert stage(runner).show_agreements == before


def test_the_group_page_address_has_a_turn_in_every_phase_whatever_the_agreements(runner,
                                                                                   clock):
    # Given the agreements turned off, in each phase of a running session
    quiet = AppSettings(show_agreements=False)
    for _phase in range(3):
        # When the phase begins, Then its first 20 s are the side turn (the address, if shown)
        assert stage(runner, quiet).side_turn
        clock.advance(25)
        # And after them the question has the middle back, until the next minute
        assert not stage(runner, quiet).side_turn
        clock.advance(40)
        assert stage(runner, quiet).side_turn
        runner.next_phase()


def test_pausing_says_paused_rather_than_the_time_left(runner, clock):
    runner.next_phase()
    clock.advance(40 * 60 - 30)
    runner.pause()
    shown = stage(runner)
    assert shown.paused and shown.notice == Notice.PAUSED
    assert not shown.phase_running and not shown.last_minutes


def test_black_out_is_carried_to_the_stage(runner):
    assert stage(runner, blacked_out=True).blacked_out


def test_before_the_start_the_stage_waits_with_the_question_and_the_planned_time():
    shown = waiting_stage("Ce înseamnă să fii curajos?", 300, blacked_out=False)
    assert shown.level == Level.IDLE and shown.phase == Phase.QUESTION
    assert shown.remaining_seconds == shown.total_seconds == 300
    assert shown.shows_clock and not shown.phase_running and shown.notice == Notice.NONE


def test_with_nothing_planned_no_clock_is_shown():
    assert not StageState(question="De ce visăm?").shows_clock

"""The Session tab's behaviour on its own, through a stand-in page: what it shows, what it asks,
and what it does with the answers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject

from sole_app.core.bank.models import Question
from sole_app.core.clock import FakeClock
from sole_app.core.session import runner as sessions
from sole_app.core.session.countdown import Level
from sole_app.core.session.plan import Plan
from sole_app.core.settings import AppSettings, Phase
from sole_app.ui.session.actions import SessionActions
from sole_app.ui.session.chime import Chime
from sole_app.ui.session.controller import SessionController, SessionView
from sole_app.ui.session.page import SessionPage
from tests.ui.session.fakes import FakePresenter, RecordingPlayer, StandInPage


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def make(qapp, qtbot, database, clock):
    """A controller over a stand-in page holding ``question``."""
    owners = []

    def build(question: str = "", answers=()) -> SessionController:
        owner = QObject()
        owners.append(owner)
        page = StandInPage(question)
        page.answers = list(answers)
        presenter = FakePresenter(owner)
        qtbot.addWidget(presenter.projector_window())
        return SessionController(page, SessionActions(owner), database, AppSettings(),
                                 presenter, clock, Chime(True, owner, RecordingPlayer()), owner)

    yield build


def test_the_page_and_the_projector_are_shown_the_same_stage(make, clock):
    # Given a question prepared, When the session starts and 30 s pass
    session = make("De ce avem nevoie de somn?")
    session.start()
    clock.advance(30)
    session.refresh()
    # Then the page and the projector show the same running Question phase
    assert session.page.stage == session.presenter.states[-1]
    assert session.page.stage.phase == Phase.QUESTION
    assert session.page.stage.remaining_seconds == 270
    # And the status line names the phase, its number and the time, in words
    assert session.page.status == "Question (phase 1 of 3): 04:30 · running"
    assert session.page.running


def test_an_empty_question_is_explained_in_a_sentence(make):
    session = make("   ")
    session.start()
    assert session.runner is None and "needs a question" in session.page.message


def test_a_session_left_running_is_offered_and_resumed_with_its_time(make, database, clock):
    # Given a session left running 100 s into its Investigation when the app stopped
    left = sessions.start_session(database, clock, "De ce visăm?", Plan())
    left.next_phase()
    clock.advance(100)
    clock.restart()
    # When the app opens and the librarian answers Yes
    session = make(answers=[True])
    assert session.offer_resume()
    # Then it runs on from where it was, and the page holds its question
    assert session.page.asked == ["Resume the session?"]
    assert session.page.question == "De ce visăm?"
    assert session.page.stage.phase == Phase.INVESTIGATION
    assert session.page.stage.remaining_seconds == 2300 and session.page.running


def test_declining_the_offer_finishes_the_session_left_running(make, database, clock):
    sessions.start_session(database, clock, "De ce visăm?", Plan())
    session = make(answers=[False])
    assert not session.offer_resume()
    assert session.runner is None and sessions.find_resumable(database, clock) is None


def test_a_bank_question_during_a_session_asks_to_end_it_first(make, database):
    # Given a session running, and a question in the bank
    with database.session() as db, db.begin():
        question = Question(text="Could a village run only on its own energy?")
        db.add(question)
    session = make("De ce avem nevoie de somn?", answers=[False, True])
    session.start()
    # When the bank sends its question and the librarian will not end the session
    session.start_from_question(question.id)
    # Then the session runs on with its own question
    assert session.runner is not None and session.page.question_id is None
    # When she agrees to end it, Then the bank's question is prepared and the tab comes forward
    session.start_from_question(question.id)
    assert session.runner is None and session.page.question_id == question.id
    assert session.page.revealed and session.page.stage.level == Level.IDLE


def test_a_question_gone_from_the_bank_is_explained(make):
    session = make()
    session.start_from_question(999)
    assert "no longer in the bank" in session.page.message and not session.page.revealed


def test_ending_the_session_brings_back_the_default_plan(make):
    session = make("De ce avem nevoie de somn?", answers=[True])
    session.start()
    session.ask_finish()
    assert session.runner is None and session.page.plan_resets == 1
    assert not session.page.running and not session.actions.pause.isEnabled()


def test_the_plain_keys_belong_to_the_session_only_while_its_tab_shows_or_it_presents(make):
    # Given the Session tab hidden (the librarian is in the bank)
    session = make()
    session.page.visibility_changed.emit(False)
    assert session.actions.pause.shortcuts() == []
    # When the stage is presented, Then a clicker drives the session from anywhere
    session.presenter.start_presenting()
    assert session.actions.pause.shortcuts()
    # When presenting stops and the tab shows again, Then the keys stay with the session
    session.presenter.stop_presenting()
    assert session.actions.pause.shortcuts() == []
    session.page.visibility_changed.emit(True)
    assert session.actions.pause.shortcuts()


def test_the_page_and_the_stand_in_both_offer_the_view_the_controller_uses():
    # A stand-in that drifted from the real page would let these tests pass against a page
    # the app no longer has
    import inspect

    methods = {name: list(inspect.signature(method).parameters)
               for name, method in inspect.getmembers(SessionView, inspect.isfunction)
               if not name.startswith("_")}
    assert "show_stage" in methods and "ask" in methods
    for view in (SessionPage, StandInPage):
        assert {name: list(inspect.signature(getattr(view, name)).parameters)
                for name in methods} == methods
        for signal in ("start_requested", "prepared_changed", "visibility_changed"):
            assert hasattr(view, signal)

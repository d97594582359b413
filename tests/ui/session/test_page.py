"""The Session tab: start a session, drive the timer with buttons and keys, see it on stage."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QToolButton
from sqlalchemy import select

from sole_app.core.bank.models import Question
from sole_app.core.clock import FakeClock
from sole_app.core.session.countdown import Level
from sole_app.core.session.models import SessionRecord, SessionStatus
from sole_app.core.settings import AppSettings, Phase
from sole_app.ui.session.actions import SessionActions
from sole_app.ui.session.chime import Chime, Sound
from sole_app.ui.session.controller import SessionController
from sole_app.ui.session.page import SessionPage
from tests.ui.session.fakes import FakePresenter, RecordingPlayer


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def player():
    return RecordingPlayer()


@pytest.fixture
def session(qtbot, database, clock, player):
    """The Session tab (page and controller) as the feature wires it, with a fake projector."""
    owner = QObject()  # what the SessionFeature is in the app
    settings = AppSettings()
    actions = SessionActions(owner)
    page = SessionPage(database, settings, actions)
    qtbot.addWidget(page)
    presenter = FakePresenter(owner)
    qtbot.addWidget(presenter.projector_window())
    controller = SessionController(page, actions, database, settings, presenter, clock,
                                   Chime(True, owner, player), owner)
    actions.install(page, presenter.projector_window())
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    yield controller


def start(qtbot, session, question="Why do we have to sleep?"):
    setup = session.page.setup
    setup.question_edit.setFocus()
    qtbot.keyClicks(setup.question_edit, question)
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    session.page.preview.setFocus()


def shown(session):
    return session.page.preview.state()


def test_before_start_the_preview_shows_the_typed_question_and_the_planned_time(qtbot, session):
    # Given the tab before a session, When a question with diacritics is typed
    # (QTest cannot type non-ASCII keys, so they are inserted as an input method would)
    session.page.setup.question_edit.insertPlainText("Ce înseamnă să fii curajos? ă â î ș ț")
    # Then the preview shows it over the first phase's planned time; only Start is possible
    state = shown(session)
    assert state.question == "Ce înseamnă să fii curajos? ă â î ș ț"
    assert state.level == Level.IDLE and state.remaining_seconds == 300
    assert not session.actions.pause.isEnabled() and session.actions.start.isEnabled()


def test_the_preview_follows_the_question_minutes_before_the_start(qtbot, session):
    # Given the tab before a session, the preview at the default 05:00
    setup = session.page.setup
    assert shown(session).remaining_seconds == 300
    # When the librarian types 3 into the Question minutes, as with the keyboard
    setup.minute_spins[0].setFocus()
    setup.minute_spins[0].selectAll()
    qtbot.keyClicks(setup.minute_spins[0], "3")
    # Then the preview and the projector show 03:00 at once
    assert shown(session).remaining_seconds == 180
    assert session.presenter.states[-1].remaining_seconds == 180
    assert session.page.preview.countdown.text() == "03:00"


def test_start_runs_the_question_phase(qtbot, session, clock):
    # Given a typed question, When Start is clicked and 30 s pass
    start(qtbot, session)
    clock.advance(30)
    session.refresh()
    # Then the Question phase runs on the preview and the projector alike; the plan is locked
    state = shown(session)
    assert state.phase == Phase.QUESTION and state.level == Level.RUNNING
    assert session.page.preview.phase_label.text() == "Question"
    assert state.remaining_seconds == 270 and not state.paused
    assert not session.page.setup.isEnabled()
    assert session.presenter.states[-1] == state


def test_an_empty_question_is_explained_and_nothing_starts(qtbot, session):
    # Given no question, When Start is clicked, Then a sentence says why nothing started
    qtbot.mouseClick(session.page.setup.start_button, Qt.MouseButton.LeftButton)
    assert session.runner is None
    assert "needs a question" in session.page.message_label.text()


def test_space_pauses_and_resumes(qtbot, session, clock):
    # Given a running session, When Space is pressed and 100 s pass
    start(qtbot, session)
    qtbot.keyClick(session.page.preview, Qt.Key.Key_Space)
    clock.advance(100)
    session.refresh()
    # Then it is paused and no time was lost
    assert shown(session).paused and shown(session).remaining_seconds == 300
    # When Space is pressed again, Then the time runs on
    qtbot.keyClick(session.page.preview, Qt.Key.Key_Space)
    clock.advance(10)
    session.refresh()
    assert not shown(session).paused and shown(session).remaining_seconds == 290


def test_plus_minus_keys_and_buttons_change_the_time(qtbot, session, clock):
    # Given a running session, When +, -, - and the +5 button are pressed
    start(qtbot, session)
    qtbot.keyClick(session.page.preview, Qt.Key.Key_Plus)
    assert shown(session).remaining_seconds == 360
    qtbot.keyClick(session.page.preview, Qt.Key.Key_Minus)
    qtbot.keyClick(session.page.preview, Qt.Key.Key_Minus)
    assert shown(session).remaining_seconds == 240
    five = session.page.findChild(QToolButton, "addFiveButton")
    qtbot.mouseClick(five, Qt.MouseButton.LeftButton)
    # Then each changes what is left and the phase's length
    assert shown(session).remaining_seconds == 540 and shown(session).total_seconds == 540


def test_arrows_and_page_keys_change_phase(qtbot, session):
    # Given a running session, When Right is pressed, Then the Investigation with its agreements
    start(qtbot, session)
    qtbot.keyClick(session.page.preview, Qt.Key.Key_Right)
    assert shown(session).phase == Phase.INVESTIGATION
    assert shown(session).remaining_seconds == 2400 and shown(session).show_agreements
    # When Page Down, Then the Review, without them
    qtbot.keyClick(session.page.preview, Qt.Key.Key_PageDown)
    assert shown(session).phase == Phase.REVIEW and not shown(session).show_agreements
    # When Page Up and Left, Then back to the Question
    qtbot.keyClick(session.page.preview, Qt.Key.Key_PageUp)
    qtbot.keyClick(session.page.preview, Qt.Key.Key_Left)
    assert shown(session).phase == Phase.QUESTION


def test_the_status_line_says_how_urgent_the_time_is(qtbot, session, clock):
    # Given the Investigation (40 min, warnings at 5 and 1 minutes left)
    start(qtbot, session)
    session.actions.next.trigger()
    # When the clock passes each mark, Then the status line says so in words
    clock.advance(2400 - 299)
    session.refresh()
    assert "nearly over" in session.page.status_label.text()
    clock.advance(240)
    session.refresh()
    assert "last minute" in session.page.status_label.text()
    clock.advance(83)
    session.refresh()
    assert "+00:24" in session.page.status_label.text()
    assert "overtime" in session.page.status_label.text()


def test_b_and_dot_black_out_and_back(qtbot, session):
    # Given a running session, When B is pressed, Then the room's screen and the preview go black
    start(qtbot, session)
    qtbot.keyClick(session.page.preview, Qt.Key.Key_B)
    assert shown(session).blacked_out and session.presenter.states[-1].blacked_out
    # When . is pressed, Then the stage is back
    qtbot.keyClick(session.page.preview, Qt.Key.Key_Period)
    assert not shown(session).blacked_out


def test_f5_presents_and_esc_leaves_full_screen_without_quitting(qtbot, session):
    # When F5 is pressed, Then the stage is presented
    qtbot.keyClick(session.page.preview, Qt.Key.Key_F5)
    assert session.presenter.presenting and session.actions.present.isChecked()
    # When Esc is pressed, Then presenting stops and the tab stays
    qtbot.keyClick(session.page.preview, Qt.Key.Key_Escape)
    assert not session.presenter.presenting and session.page.isVisible()
    # And F11 presents too; the projector window's own Esc leaves
    qtbot.keyClick(session.page.preview, Qt.Key.Key_F11)
    assert session.presenter.presenting
    session.presenter.projector_window().leave_requested.emit()
    assert not session.presenter.presenting


def test_keys_pressed_in_the_projector_window_drive_the_timer(qtbot, session):
    # Given a running session and the projector window active
    start(qtbot, session)
    projector = session.presenter.projector_window()
    projector.show()
    projector.activateWindow()
    qtbot.waitUntil(lambda: projector.isActiveWindow())
    # When the clicker sends Space to it, Then the session pauses
    qtbot.keyClick(projector, Qt.Key.Key_Space)
    assert shown(session).paused


def test_typing_in_the_question_field_types_instead_of_driving_the_timer(qtbot, session):
    # When a question with spaces, + - and . is typed, Then it is text, and nothing blacks out
    session.page.setup.question_edit.setFocus()
    qtbot.keyClicks(session.page.setup.question_edit, "a b+c-d.")
    assert session.page.setup.question_text() == "a b+c-d."
    assert not session.actions.blackout.isChecked()


def test_next_on_the_last_phase_asks_to_end_the_session(qtbot, session, monkeypatch, database):
    # Given the Review
    start(qtbot, session)
    session.actions.next.trigger()
    session.actions.next.trigger()
    # When Next is pressed and the librarian answers No, Then the session runs on
    asked = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: asked.append(box.text()) or QMessageBox.StandardButton.No)
    session.actions.next.trigger()
    assert asked and session.runner is not None
    # When she answers Yes, Then it ends and is saved as finished
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    session.actions.next.trigger()
    assert session.runner is None and shown(session).level == Level.IDLE
    with database.session() as db:
        assert db.scalars(select(SessionRecord.status)).one() == SessionStatus.FINISHED


def test_a_bank_question_is_prepared_with_the_plan_and_started(qtbot, session, database):
    # Given a question in the bank
    with database.session() as db, db.begin():
        question = Question(text="Could a village run only on energy it makes itself?")
        db.add(question)
    # When the bank sends it to the Session tab, Then it is ready in the plan
    session.start_from_question(question.id)
    assert session.page.setup.question_text().startswith("Could a village")
    assert session.page.setup.question_id == question.id
    # When the librarian changes the plan and clicks Start, Then the session keeps both
    session.page.setup.minute_spins[1].setValue(30)
    session.page.setup.children_spin.setValue(16)
    qtbot.mouseClick(session.page.setup.start_button, Qt.MouseButton.LeftButton)
    with database.session() as db:
        record = db.scalars(select(SessionRecord)).one()
    assert record.question_id == question.id and record.children_planned == 16
    assert [phase.planned_seconds for phase in record.phases] == [300, 1800, 900]


def test_the_bank_combo_lists_favourites_first_and_fills_the_question(qtbot, session, database):
    # Given two questions in the bank, the second a favourite
    with database.session() as db, db.begin():
        db.add(Question(text="Ce este curajul?"))
        db.add(Question(text="De ce avem nevoie de somn?", favourite=True))
    # When the list is read, Then the favourite comes first, after the prompt
    session.page.setup.refresh_bank()
    combo = session.page.setup.bank_combo
    assert [combo.itemText(index) for index in range(1, combo.count())] == [
        "De ce avem nevoie de somn?", "Ce este curajul?"]
    # When it is chosen, Then it becomes the question of the plan
    combo.activated.emit(1)
    assert session.page.setup.question_text() == "De ce avem nevoie de somn?"


def test_the_chime_sounds_at_the_warning_and_at_the_end_unless_muted(qtbot, session, clock,
                                                                     player):
    # Given the Question phase (5 min: one warning, at 1 min left)
    start(qtbot, session)
    # When the clock passes the warning, then the end, Then each is heard once, in order
    clock.advance(240.5)
    qtbot.waitUntil(lambda: player.played == [Sound.WARNING])
    clock.advance(60)
    qtbot.waitUntil(lambda: player.played == [Sound.WARNING, Sound.END])
    # When the sound is turned off and the next phase reaches its warning
    session.settings.sound_enabled = False
    session.apply_settings()
    session.actions.next.trigger()
    clock.advance(2400 - 299.5)
    # Then the warning is shown, and not heard
    qtbot.waitUntil(lambda: "nearly over" in session.page.status_label.text())
    assert player.played == [Sound.WARNING, Sound.END]


def test_every_action_has_a_tooltip_and_is_in_the_session_menu(qtbot, session):
    from PySide6.QtWidgets import QMenu

    menu = session.actions.build_menu(QMenu())
    for action in session.actions.all():
        assert action.toolTip() and action in menu.actions()


def test_when_the_disk_refuses_the_timer_goes_on_and_the_librarian_is_told(qtbot, session, clock,
                                                                         monkeypatch):
    from sqlalchemy.exc import OperationalError

    # Given a running session on a full disk
    start(qtbot, session)

    def disk_full():
        raise OperationalError("UPDATE sessions", {}, Exception("database or disk is full"))

    monkeypatch.setattr(session.runner, "_write", disk_full)
    # When Space is pressed, Then the room still sees the pause, and the librarian is told why
    qtbot.keyClick(session.page.preview, Qt.Key.Key_Space)
    assert shown(session).paused
    assert "could not be saved" in session.page.message_label.text()
    assert "disk is full" in session.page.message_label.text()
    # When the disk has room again, Then the next change saves and the sentence goes
    monkeypatch.undo()
    qtbot.keyClick(session.page.preview, Qt.Key.Key_Space)
    assert not shown(session).paused and session.page.message_label.text() == ""


def test_ctrl_enter_in_the_question_field_starts_the_session(qtbot, session):
    # Given a question typed, When Ctrl+Enter is pressed in the field, Then the session starts
    session.page.setup.question_edit.setFocus()
    qtbot.keyClicks(session.page.setup.question_edit, "Why is the sea salty?")
    qtbot.keyClick(session.page.setup.question_edit, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert session.runner is not None and shown(session).question == "Why is the sea salty?"


def test_markup_typed_as_a_question_stays_visible_text(qtbot, session):
    # Given a question that looks like HTML, When the session starts
    typed = "<script>alert(1)</script><b>Why?</b>"
    session.page.setup.question_edit.setPlainText(typed)
    session.start()
    # Then the stage and the projector hold it as typed, and the status line is plain text
    assert shown(session).question == typed
    assert session.presenter.states[-1].question == typed
    session.extend(-10_000)
    assert session.page.status_label.textFormat() == Qt.TextFormat.PlainText

"""The Session tab: start a session, drive the timer with buttons and keys, see it on stage."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QToolButton
from sqlalchemy import select

from sole_app.core.bank.models import Question
from sole_app.core.clock import FakeClock
from sole_app.core.session.models import SessionRecord
from sole_app.core.settings import AppSettings
from sole_app.ui.session.chime import Chime, Sound
from sole_app.ui.session.page import SessionPage
from tests.ui.session.fakes import FakePresenter, RecordingPlayer


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def page(qtbot, database, clock):
    presenter = FakePresenter()
    widget = SessionPage(database, AppSettings(), presenter, clock=clock)
    qtbot.addWidget(widget)
    qtbot.addWidget(presenter.projector_window())
    widget.install_shortcuts(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def start(qtbot, page, question="Why do we have to sleep?"):
    page.setup.question_edit.setFocus()
    qtbot.keyClicks(page.setup.question_edit, question)
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    page.preview.setFocus()


def shown(page):
    return page.preview.state()


def test_before_start_the_preview_shows_the_typed_question_and_the_planned_time(qtbot, page):
    # (QTest cannot type non-ASCII keys, so the diacritics are inserted as an input method would)
    page.setup.question_edit.insertPlainText("Ce înseamnă să fii curajos? ă â î ș ț")
    state = shown(page)
    assert state.question == "Ce înseamnă să fii curajos? ă â î ș ț"
    assert state.level == "idle" and state.remaining_seconds == 300
    assert not page.actions.pause.isEnabled() and page.actions.start.isEnabled()


def test_start_runs_the_question_phase(qtbot, page, clock):
    start(qtbot, page)
    clock.advance(30)
    page.refresh()
    state = shown(page)
    assert state.phase_name == "Question" and state.level == "running"
    assert state.remaining_seconds == 270 and not state.paused
    assert not page.setup.isEnabled()
    assert page.presenter.states[-1] == state  # the projector shows the same state


def test_an_empty_question_is_explained_and_nothing_starts(qtbot, page):
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    assert page.runner is None
    assert "needs a question" in page.message_label.text()


def test_space_pauses_and_resumes(qtbot, page, clock):
    start(qtbot, page)
    qtbot.keyClick(page.preview, Qt.Key.Key_Space)
    assert shown(page).paused
    clock.advance(100)
    page.refresh()
    assert shown(page).remaining_seconds == 300
    qtbot.keyClick(page.preview, Qt.Key.Key_Space)
    clock.advance(10)
    page.refresh()
    assert not shown(page).paused and shown(page).remaining_seconds == 290


def test_plus_minus_keys_and_buttons_change_the_time(qtbot, page, clock):
    start(qtbot, page)
    qtbot.keyClick(page.preview, Qt.Key.Key_Plus)
    assert shown(page).remaining_seconds == 360
    qtbot.keyClick(page.preview, Qt.Key.Key_Minus)
    qtbot.keyClick(page.preview, Qt.Key.Key_Minus)
    assert shown(page).remaining_seconds == 240
    qtbot.mouseClick(page.findChild(QToolButton, "addFiveButton"), Qt.MouseButton.LeftButton)
    assert shown(page).remaining_seconds == 540 and shown(page).total_seconds == 540


def test_arrows_and_page_keys_change_phase(qtbot, page):
    start(qtbot, page)
    qtbot.keyClick(page.preview, Qt.Key.Key_Right)
    assert shown(page).phase_name == "Investigation" and shown(page).remaining_seconds == 2400
    assert shown(page).agreements  # the agreements stay up during Investigation
    qtbot.keyClick(page.preview, Qt.Key.Key_PageDown)
    assert shown(page).phase_name == "Review" and not shown(page).agreements
    qtbot.keyClick(page.preview, Qt.Key.Key_PageUp)
    qtbot.keyClick(page.preview, Qt.Key.Key_Left)
    assert shown(page).phase_name == "Question"


def test_warning_final_and_overtime_levels_follow_the_clock(qtbot, page, clock):
    start(qtbot, page)
    page.actions.next.trigger()  # Investigation, 40 min
    clock.advance(2400 - 299)
    page.refresh()
    assert shown(page).level == "warning"
    clock.advance(240)
    page.refresh()
    assert shown(page).level == "final"
    clock.advance(83)
    page.refresh()
    assert shown(page).level == "overtime" and shown(page).remaining_seconds == -24
    assert "+00:24" in page.status_label.text()


def test_b_and_dot_black_out_and_back(qtbot, page):
    start(qtbot, page)
    qtbot.keyClick(page.preview, Qt.Key.Key_B)
    assert shown(page).blacked_out and page.presenter.states[-1].blacked_out
    qtbot.keyClick(page.preview, Qt.Key.Key_Period)
    assert not shown(page).blacked_out


def test_f5_presents_and_esc_leaves_full_screen_without_quitting(qtbot, page):
    qtbot.keyClick(page.preview, Qt.Key.Key_F5)
    assert page.presenter.presenting and page.actions.present.isChecked()
    qtbot.keyClick(page.preview, Qt.Key.Key_Escape)
    assert not page.presenter.presenting and page.isVisible()
    qtbot.keyClick(page.preview, Qt.Key.Key_F11)
    assert page.presenter.presenting
    page.presenter.projector_window().leave_requested.emit()
    assert not page.presenter.presenting


def test_keys_pressed_in_the_projector_window_drive_the_timer(qtbot, page):
    start(qtbot, page)
    projector = page.presenter.projector_window()
    projector.show()
    projector.activateWindow()
    qtbot.waitUntil(lambda: projector.isActiveWindow())
    qtbot.keyClick(projector, Qt.Key.Key_Space)
    assert shown(page).paused


def test_typing_in_the_question_field_types_instead_of_driving_the_timer(qtbot, page):
    page.setup.question_edit.setFocus()
    qtbot.keyClicks(page.setup.question_edit, "a b+c-d.")
    assert page.setup.question_text() == "a b+c-d."
    assert not page.actions.blackout.isChecked()


def test_next_on_the_last_phase_asks_to_end_the_session(qtbot, page, monkeypatch, database):
    start(qtbot, page)
    page.actions.next.trigger()
    page.actions.next.trigger()
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: asked.append(args) or QMessageBox.StandardButton.No)
    page.actions.next.trigger()
    assert asked and page.runner is not None  # "No" keeps it running
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.actions.next.trigger()
    assert page.runner is None and shown(page).level == "idle"
    with database.session() as db:
        assert db.scalars(select(SessionRecord.status)).one() == "finished"


def test_a_bank_question_is_prepared_with_the_plan_and_started(qtbot, page, database):
    with database.session() as db, db.begin():
        question = Question(text="Could a village run only on energy it makes itself?")
        db.add(question)
    page.start_from_question(question.id)
    assert page.setup.question_text().startswith("Could a village")
    assert page.setup.question_id == question.id
    page.setup.minute_spins[1].setValue(30)
    page.setup.children_spin.setValue(16)
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    with database.session() as db:
        record = db.scalars(select(SessionRecord)).one()
    assert record.question_id == question.id and record.children_planned == 16
    assert [phase.planned_seconds for phase in record.phases] == [300, 1800, 900]


def test_the_bank_combo_lists_favourites_first_and_fills_the_question(qtbot, page, database):
    # Given two questions in the bank, the second a favourite
    with database.session() as db, db.begin():
        db.add(Question(text="Ce este curajul?"))
        db.add(Question(text="De ce avem nevoie de somn?", favourite=True))
    # When the list is read, Then the favourite comes first, after the prompt
    page.setup.refresh_bank()
    combo = page.setup.bank_combo
    assert [combo.itemText(index) for index in range(1, combo.count())] == [
        "De ce avem nevoie de somn?", "Ce este curajul?"]
    # When it is chosen, Then it becomes the question of the plan
    combo.activated.emit(1)
    assert page.setup.question_text() == "De ce avem nevoie de somn?"


def test_the_chime_sounds_at_the_warning_and_at_the_end_unless_muted(qtbot, page, clock):
    # Given the Question phase (5 min: one warning, at 1 min left), heard through a recorder
    player = RecordingPlayer()
    page.chime = Chime(True, page, player)
    start(qtbot, page)
    # When the clock passes the warning, then the end, Then each is heard once, in order
    clock.advance(240.5)
    qtbot.waitUntil(lambda: player.played == [Sound.WARNING])
    clock.advance(60)
    qtbot.waitUntil(lambda: player.played == [Sound.WARNING, Sound.END])
    # When the sound is turned off and the next phase reaches its warning
    page.settings.sound_enabled = False
    page.apply_settings()
    page.actions.next.trigger()
    clock.advance(2400 - 299.5)
    # Then the warning is shown, and not heard
    qtbot.waitUntil(lambda: "nearly over" in page.status_label.text())
    assert player.played == [Sound.WARNING, Sound.END]


def test_every_action_has_a_tooltip_and_is_in_the_session_menu(qtbot, page):
    from PySide6.QtWidgets import QMenu

    menu = page.actions.build_menu(QMenu())
    for action in page.actions.all():
        assert action.toolTip() and action in menu.actions()


def test_when_the_disk_refuses_the_timer_goes_on_and_the_librarian_is_told(qtbot, page, clock,
                                                                         monkeypatch):
    from sqlalchemy.exc import OperationalError

    start(qtbot, page)

    def disk_full():
        raise OperationalError("UPDATE sessions", {}, Exception("database or disk is full"))

    monkeypatch.setattr(page.runner, "_write", disk_full)
    qtbot.keyClick(page.preview, Qt.Key.Key_Space)
    assert shown(page).paused  # the room still sees the pause
    assert "could not be saved" in page.message_label.text()
    assert "disk is full" in page.message_label.text()
    monkeypatch.undo()
    qtbot.keyClick(page.preview, Qt.Key.Key_Space)
    assert not shown(page).paused and page.message_label.text() == ""


def test_ctrl_enter_in_the_question_field_starts_the_session(qtbot, page):
    page.setup.question_edit.setFocus()
    qtbot.keyClicks(page.setup.question_edit, "Why is the sea salty?")
    qtbot.keyClick(page.setup.question_edit, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert page.runner is not None and shown(page).question == "Why is the sea salty?"


def test_markup_typed_as_a_question_stays_visible_text(qtbot, page, monkeypatch):
    typed = "<script>alert(1)</script><b>Why?</b>"
    page.setup.question_edit.setPlainText(typed)
    page.start()
    assert shown(page).question == typed
    assert page.presenter.states[-1].question == typed
    page.extend(-10_000)  # deep into overtime, the status line names the phase, not markup
    assert page.status_label.textFormat() == Qt.TextFormat.PlainText

"""The app puts the Session tab first, adds its menu and Settings, and offers to resume."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from sole_app import app
from sole_app.core.clock import SystemClock
from sole_app.core.db import open_database
from sole_app.core.session import runner as sessions
from sole_app.core.session.plan import Plan
from tests.ui.windows import bank_feature, session_controller, session_page


@pytest.fixture
def opened(qtbot, data_paths):
    def open_window():
        window = app.build_main_window(data_paths)
        qtbot.addWidget(window)
        window.show()
        assert app.load_into(window)
        qtbot.waitUntil(window.isActiveWindow)  # shortcuts work in the active window only
        return window

    yield open_window


def left_running(data_paths, minutes=(5, 40, 15)):
    database = open_database(data_paths.database, data_paths.backups)
    runner = sessions.start_session(database, SystemClock(), "Why do we sleep?",
                                    Plan(phase_minutes=minutes))
    database.close()
    return runner.session_id


def test_the_session_tab_is_first_with_its_menu_and_settings(opened):
    window = opened()
    assert window.pages.widget(0) is session_page(window)
    assert window.pages.currentIndex() == 0
    session_menu = window.features()[0].menu()
    assert session_menu.menuAction() in window.menuBar().actions()
    assert window.settings_action in window.file_menu.actions()
    assert window.settings_action.shortcut().toString() == "Ctrl+,"


def test_a_session_left_running_is_offered_and_resumed_with_its_time(opened, data_paths,
                                                                     monkeypatch):
    # Given a session left running by a previous run of the app
    left_running(data_paths)
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text())
                        or QMessageBox.StandardButton.Yes)
    # When the app opens and the librarian answers Yes
    window = opened()
    # Then the question and phase are named, and the session runs on with about 5 minutes left
    assert asked and "Why do we sleep?" in asked[0] and "Question" in asked[0]
    session = session_controller(window)
    assert session.runner is not None and not session.runner.paused
    assert 290 < session.stage_state().remaining_seconds <= 300
    window.database.close()


def test_a_resumed_session_shows_its_own_plan_not_the_defaults(opened, data_paths,
                                                            monkeypatch):
    # Given a session planned 1/1/1 minutes for 12 children, 6 computers, 3 groups, left running
    database = open_database(data_paths.database, data_paths.backups)
    sessions.start_session(database, SystemClock(), "Why do we sleep?",
                           Plan(phase_minutes=(1, 1, 1), children=12, computers=6, groups=3))
    database.close()
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    # When the app opens and the librarian resumes it
    window = opened()
    # Then the Plan panel shows that session's minutes and counts
    setup = session_page(window).setup
    assert [spin.text() for spin in setup.minute_spins] == ["1 min", "1 min", "1 min"]
    assert [spin.value() for spin in (setup.children_spin, setup.computers_spin,
                                      setup.groups_spin)] == [12, 6, 3]
    window.database.close()


def test_declining_the_offer_finishes_the_old_session(opened, data_paths, monkeypatch):
    left_running(data_paths)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.No)
    window = opened()
    assert session_controller(window).runner is None
    assert sessions.find_resumable(window.database, SystemClock()) is None
    window.database.close()


def test_a_question_sent_from_the_bank_lands_on_the_session_tab(opened, qtbot):
    window = opened()
    bank = bank_feature(window)
    window.pages.setCurrentIndex(1)
    with window.database.session() as db:
        from sole_app.core.bank.models import Question

        question = db.query(Question).first()
    # When the bank asks for a session with one of its (starter) questions
    bank.session_requested.emit(question.id)
    # Then the Session tab comes to the front with the question ready to start
    assert window.pages.currentIndex() == 0
    assert session_page(window).setup.question_text() == question.text.strip()
    combo = session_page(window).setup.bank_combo
    assert combo.currentData() == question.id  # and picked in the bank list, which is up to date

    window.database.close()


def test_the_projector_window_obeys_the_clicker_and_esc_only_leaves_full_screen(opened, qtbot):
    from PySide6.QtCore import Qt

    window = opened()
    page, session = session_page(window), session_controller(window)
    page.setup.question_edit.setPlainText("Why do we sleep?")
    session.start()
    presenter = session.presenter
    # Given the stage presented on the (only) screen
    presenter.start_presenting()
    projector = presenter.projector_window()
    qtbot.waitUntil(projector.isVisible)
    # When the clicker sends Space, Page Down and B to the projector window
    qtbot.keyClick(projector, Qt.Key.Key_Space)
    qtbot.keyClick(projector, Qt.Key.Key_PageDown)
    qtbot.keyClick(projector, Qt.Key.Key_B)
    # Then the session follows, and the projector shows the same state as the preview
    assert projector.stage_view().state() == page.preview.state()
    assert page.preview.phase_label.text() == "Investigation"
    assert page.preview.state().blacked_out
    assert presenter.screen_awake().is_held()  # presenting keeps the screen awake
    # And Esc leaves full screen without quitting or ending the session
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not presenter.is_presenting() and window.isVisible() and session.runner is not None
    # Closing the main window takes the stage down too
    presenter.start_presenting()
    window.close()
    assert not presenter.is_presenting()
    window.database.close()


def test_saved_settings_take_effect_at_once(opened, monkeypatch, data_paths):
    from sole_app.ui.settings_dialog import SettingsDialog

    window = opened()

    def librarian_edits(dialog):
        dialog.sound_check.setChecked(False)
        dialog.phase_spins[1].setValue(25)
        dialog.first_warning_spin.setValue(3)
        dialog.accept()
        return True

    monkeypatch.setattr(SettingsDialog, "exec", librarian_edits)
    window.settings_action.trigger()
    session = session_controller(window)
    assert not session.chime.enabled and session.timer.warning_minutes == [3, 1]
    assert session_page(window).setup.minute_spins[1].value() == 25
    window.database.close()


def test_on_the_bank_tab_plain_keys_belong_to_the_bank_unless_presenting(opened, qtbot):
    from PySide6.QtCore import Qt

    window = opened()
    session = session_controller(window)
    session_page(window).setup.question_edit.setPlainText("Why do we sleep?")
    session.start()
    # Given the librarian looking at the bank while the session runs
    window.pages.setCurrentIndex(1)
    bank = window.pages.widget(1)
    qtbot.keyClick(bank, Qt.Key.Key_Space)
    qtbot.keyClick(bank, Qt.Key.Key_B)
    # Then Space and B do not pause or black out the room; the menu still can
    assert not session.runner.paused and not session.blacked_out
    assert not session.actions.leave.isEnabled()  # and Esc stays free for the bank's editors
    # But while presenting, a clicker drives the session from any tab
    presenter = session.presenter
    presenter.start_presenting()
    qtbot.keyClick(bank, Qt.Key.Key_Space)
    assert session.runner.paused
    presenter.stop_presenting()
    window.database.close()

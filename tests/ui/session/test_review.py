"""The review in the real app: a clicker alone walks four groups' records on the projector, the
wall and the question; side by side; a new question goes to the bank; glow and grow stay on the
laptop unless the librarian shows them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sole_app import app
from sole_app.core.bank.search import search
from sole_app.core.findings import groups as stored_groups
from sole_app.core.findings.data import Certainty, RecordContent
from sole_app.core.findings.records import save_record
from sole_app.core.session.review import ReviewKind
from tests.ui.stage.review_samples import LONG_RO
from tests.ui.windows import session_controller, session_page

GROUPS = [("Bufnițele", "Somnul ne ajută să ținem minte.", Certainty.VERY_SURE,
           ("De ce visăm?",)),
          ("Vulpițele", "Delfinii dorm cu jumătate de creier.", Certainty.FAIRLY_SURE,
           ("Dorm și plantele?",)),
          ("Delfinii", "Fără somn ne supărăm mai ușor.", Certainty.NOT_SURE, ()),
          ("Albinuțele", "Copiii au nevoie de zece ore.", None, ("Cine a inventat patul?",))]


@pytest.fixture
def asked(monkeypatch):
    """Every yes-or-no question the app asks (answered Yes)."""
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: questions.append(args)
                        or QMessageBox.StandardButton.Yes)
    return questions


@pytest.fixture
def window(qtbot, data_paths, asked):
    opened = app.build_main_window(data_paths)
    qtbot.addWidget(opened)
    opened.resize(1024, 700)
    opened.show()
    assert app.load_into(opened)
    qtbot.waitUntil(opened.isActiveWindow)
    yield opened
    session_controller(opened).presenter.stop_presenting()
    opened.database.close()


def start_with_groups(window, records=GROUPS) -> int:
    """Start a session typed on the Session tab, with four groups that wrote their records."""
    page = session_page(window)
    page.setup.question_edit.setPlainText("De ce ne e somn când e întuneric?")
    page.setup.start_button.click()
    session_id = session_controller(window).runner.session_id
    for name, found, certainty, questions in records:
        group = stored_groups.add_group(window.database, session_id, name)
        save_record(window.database, group.id, RecordContent(
            found=found, sources=("ro.wikipedia.org",), certainty=certainty,
            new_questions=questions))
    return session_id


def present(qtbot, window):
    """F5 on the laptop, then the clicker's keys go to the projector window."""
    qtbot.keyClick(window, Qt.Key.Key_F5)
    projector = session_controller(window).presenter.projector_window()
    qtbot.waitUntil(projector.isVisible)
    projector.activateWindow()
    qtbot.waitUntil(projector.isActiveWindow)
    return projector


def click(qtbot, projector, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(projector, key)


def names_shown(projector) -> list[str]:
    stage = projector.stage_view()
    if not stage.review_board.isVisible():
        return []
    return [panel.name_text.text() for panel in stage.review_board.shown_panels()]


def test_a_clicker_walks_four_groups_the_wall_and_the_question(qtbot, window, asked):
    # Given a session with four groups' records, presented on the projector
    start_with_groups(window)
    projector = present(qtbot, window)
    stage, preview = projector.stage_view(), session_page(window).preview
    # When the clicker goes to the Review (Page Down twice), Then the question shows first
    click(qtbot, projector, Qt.Key.Key_PageDown, 2)
    assert stage.phase_label.text() == "Review"
    assert stage.question_text.isVisible() and names_shown(projector) == []
    # And the laptop says how the keys walk the Review
    assert session_page(window).review_keys_label.isVisible()
    assert "Page Down" in session_page(window).review_keys_label.text()
    # When it goes on, Then each group in turn, with how sure it is in words and a symbol
    seen = []
    for _ in GROUPS:
        click(qtbot, projector, Qt.Key.Key_PageDown)
        seen += names_shown(projector)
        assert stage.review_board.shown_panels()[0].body_text.text()
        assert preview.state() == stage.state()  # the laptop's preview shows the same
    assert seen == [name for name, *_ in GROUPS]
    panel = stage.review_board.shown_panels()[0]
    assert panel.certainty_text.text() == "\u2013 Not said"
    # When it goes on, Then the wall: every group's new questions on one screen
    click(qtbot, projector, Qt.Key.Key_PageDown)
    wall = stage.review_board.wall_text.text()
    assert stage.review_board.wall.isVisible()
    assert all(question in wall for *_, questions, in GROUPS for question in questions)
    # Then the question again; past it nothing moves and nothing asks to end the session
    click(qtbot, projector, Qt.Key.Key_PageDown, 2)
    assert stage.question_text.isVisible() and not stage.review_board.isVisible()
    assert asked == [] and session_controller(window).runner is not None
    # When the clicker goes back (Page Up), Then the wall, then the last group
    click(qtbot, projector, Qt.Key.Key_PageUp)
    assert stage.review_board.wall.isVisible()
    click(qtbot, projector, Qt.Key.Key_PageUp)
    assert names_shown(projector) == ["Albinuțele"]
    # And the arrows do the same: ← the group before, → back again
    click(qtbot, projector, Qt.Key.Key_Left)
    assert names_shown(projector) == ["Delfinii"]
    click(qtbot, projector, Qt.Key.Key_Right)
    assert names_shown(projector) == ["Albinuțele"]
    # When B is pressed, Then the room sees black; "." brings the group back
    click(qtbot, projector, Qt.Key.Key_B)
    assert stage.state().blacked_out and not stage.content.isVisible()
    click(qtbot, projector, Qt.Key.Key_Period)
    assert names_shown(projector) == ["Albinuțele"]
    # When Page Up goes back past the first group and the question, Then the Investigation
    click(qtbot, projector, Qt.Key.Key_PageUp, 4)
    assert stage.question_text.isVisible() and stage.phase_label.text() == "Review"
    click(qtbot, projector, Qt.Key.Key_PageUp)
    assert stage.phase_label.text() == "Investigation"


def test_four_groups_side_by_side_on_key_4(qtbot, window):
    # Given the Review at its question, on the projector
    start_with_groups(window)
    projector = present(qtbot, window)
    click(qtbot, projector, Qt.Key.Key_PageDown, 2)
    # When 4 is pressed and the clicker moves on
    click(qtbot, projector, Qt.Key.Key_4)
    click(qtbot, projector, Qt.Key.Key_PageDown)
    # Then the four groups stand side by side, each in its own panel, and the laptop says 4
    assert names_shown(projector) == [name for name, *_ in GROUPS]
    assert "Groups 1\u20134 of 4" in projector.stage_view().caption_label.text()
    assert session_page(window).review_panel.per_screen_spin.value() == 4
    # When the Session tab's control says 2, Then two at a time
    session_page(window).review_panel.per_screen_spin.setValue(2)
    assert names_shown(projector) == ["Bufnițele", "Vulpițele"]
    click(qtbot, projector, Qt.Key.Key_PageDown)
    assert names_shown(projector) == ["Delfinii", "Albinuțele"]


def test_a_long_finding_continues_on_a_next_page(qtbot, window):
    # Given a group that wrote a long finding
    start_with_groups(window, [("Bufnițele", LONG_RO, Certainty.VERY_SURE, ())])
    projector = present(qtbot, window)
    click(qtbot, projector, Qt.Key.Key_PageDown, 3)
    panel = projector.stage_view().review_board.shown_panels()[0]
    # Then its first page says more follows, and the next click shows the next page
    assert panel.page_text.text().startswith("1/") and panel.page_text.text().endswith("\u25b8")
    first = panel.body_text.text()
    click(qtbot, projector, Qt.Key.Key_PageDown)
    assert panel.page_text.text().startswith("2/") and panel.body_text.text() != first
    assert names_shown(projector) == ["Bufnițele"]


def test_a_new_question_goes_to_the_bank_as_a_draft_from_the_session(qtbot, window):
    # Given the Review
    start_with_groups(window)
    present(qtbot, window)
    session_controller(window).actions.next.trigger()
    session_controller(window).actions.next.trigger()
    panel = session_page(window).review_panel
    # When the librarian marks "Dorm și plantele?" and sends it
    item = next(panel.questions_list.item(row) for row in range(panel.questions_list.count())
                if panel.questions_list.item(row).text().startswith("Dorm și plantele?"))
    rect = panel.questions_list.visualItemRect(item)
    qtbot.mouseClick(panel.questions_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    # Then the bank's search finds it, in Romanian, tagged as coming from this session
    found = search(window.database, "plantele").rows
    assert [row.text for row in found] == ["Dorm și plantele?"]
    assert found[0].language == "ro"
    assert "from-session" in found[0].tags and "draft" in found[0].tags
    assert any(tag.startswith("session-") for tag in found[0].tags)
    assert "Sent to the question bank" in panel.message_label.text()
    # And the wall stars it for the room
    session_controller(window).actions.next.trigger()
    for _ in GROUPS:
        session_controller(window).actions.next.trigger()
    assert "\u2605 Dorm și plantele?" in session_page(window).preview.review_board.wall_text.text()
    # When she undoes it, Then it is gone from the bank
    window.undo_action.trigger()
    assert search(window.database, "plantele").rows == []


def test_glow_and_grow_are_saved_and_reach_the_projector_only_when_shown(qtbot, window):
    # Given the Review showing the first group
    session_id = start_with_groups(window)
    projector = present(qtbot, window)
    click(qtbot, projector, Qt.Key.Key_PageDown, 3)
    panel = session_page(window).review_panel
    # When the librarian types a glow and a grow for it and saves
    panel.group_combo.setCurrentIndex(0)
    qtbot.keyClicks(panel.glow_edit, "Au citat sursa")
    qtbot.keyClicks(panel.grow_edit, "Inca o sursa")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    # Then they are stored with the session, and the projector does not show them
    first = stored_groups.list_groups(window.database, session_id)[0].group
    assert (first.glow, first.grow) == ("Au citat sursa", "Inca o sursa")
    body = projector.stage_view().review_board.shown_panels()[0].body_text
    assert "Au citat sursa" not in body.text()
    # When she ticks "Show glow and grow on the projector", Then the room sees them
    panel.feedback_check.click()
    assert "Glow: Au citat sursa" in body.text() and "Grow: Inca o sursa" in body.text()
    assert projector.stage_view().state().review.kind == ReviewKind.GROUPS

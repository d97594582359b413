"""The review's steps, decided without Qt: the clicker's order, pages that fit, the place kept
when the groups change, and the wall's question sent to the bank as a draft of the session."""

from __future__ import annotations

from dataclasses import replace

from sole_app.core.bank import search as bank_search
from sole_app.core.bank.store import get_question
from sole_app.core.clock import SystemClock
from sole_app.core.findings.data import Certainty
from sole_app.core.session import runner as sessions
from sole_app.core.session.plan import Plan
from sole_app.core.session.review import (
    PANEL_SHAPES,
    BlockKind,
    ReviewGroup,
    ReviewKind,
    ReviewWalk,
    line_count,
    paginate,
    review_steps,
)
from sole_app.core.session.stage import running_stage
from sole_app.core.session.wall import send_to_bank
from sole_app.core.settings import AppSettings, Phase

LONG = " ".join(["Somnul pune în ordine ce am învățat ziua."] * 30)


def group(number: int, found: str = "Am aflat ceva.", questions=("De ce?",)) -> ReviewGroup:
    return ReviewGroup(group_id=number, name=f"Grupa {number}", found=found,
                       sources=("ro.wikipedia.org",), certainty=Certainty.FAIRLY_SURE,
                       new_questions=questions, glow="Bine", grow="Mai mult")


def kinds(steps) -> list[str]:
    return [step.kind.value for step in steps]


def test_the_review_goes_question_groups_wall_question():
    # Given three groups with short findings, one at a time
    steps = review_steps([group(1), group(2), group(3)])
    # Then the clicker meets the question, each group, the wall, and the question again
    assert kinds(steps) == ["question", "groups", "groups", "groups", "wall", "question"]
    assert [step.panels[0].name for step in steps[1:4]] == ["Grupa 1", "Grupa 2", "Grupa 3"]
    assert [line.question for line in steps[4].wall] == ["De ce?"] * 3


def test_side_by_side_shows_up_to_four_groups_a_step():
    # Given six groups, four at once
    steps = review_steps([group(number) for number in range(1, 7)], per_screen=4)
    # Then groups 1-4, then 5-6
    shown = [[panel.group_id for panel in step.panels] for step in steps
             if step.kind == ReviewKind.GROUPS]
    assert shown == [[1, 2, 3, 4], [5, 6]]
    assert (steps[1].first_group, steps[1].last_group, steps[1].group_count) == (1, 4, 6)


def test_a_long_finding_continues_on_pages_that_each_fit_the_panel():
    # Given a long finding, one group at a time
    steps = review_steps([group(1, found=LONG)])
    pages = [step for step in steps if step.kind == ReviewKind.GROUPS]
    # Then it takes several steps, each a page of the smallest type's lines at most
    shape = PANEL_SHAPES[1][0]
    assert len(pages) > 1 and [step.page for step in pages] == list(range(len(pages)))
    for step in pages:
        lines = sum(line_count(paragraph, shape.columns) for block in step.panels[0].blocks
                    for paragraph in block.text.split("\n"))
        assert lines <= shape.lines
    # And no word is lost between pages
    text = " ".join(block.text for step in pages for block in step.panels[0].blocks
                    if block.kind == BlockKind.FOUND)
    assert text.split() == LONG.split()


def test_glow_and_grow_reach_the_stage_only_when_shown():
    hidden = review_steps([group(1)])[1].panels[0].blocks
    shown = review_steps([group(1)], show_feedback=True)[1].panels[0].blocks
    assert BlockKind.GLOW not in {block.kind for block in hidden}
    assert {BlockKind.GLOW, BlockKind.GROW} <= {block.kind for block in shown}


def test_a_word_longer_than_a_line_breaks_and_still_fits():
    pages = paginate([replace(review_steps([group(1)])[1].panels[0].blocks[0],
                              text="x" * 500)], PANEL_SHAPES[4][0])
    assert len(pages) > 1


def test_the_walk_keeps_its_place_when_records_or_the_count_change():
    walk = ReviewWalk()
    walk.load([group(1), group(2), group(3)])
    # Given the clicker at group 2
    walk.forward()
    walk.forward()
    assert walk.step.panels[0].group_id == 2
    # When a group writes more, Then group 2 is still shown
    walk.load([group(1, found="Mai mult acum."), group(2), group(3)])
    assert walk.step.panels[0].group_id == 2
    # When four at once are chosen, Then the step that holds group 2
    walk.set_per_screen(4)
    assert [panel.group_id for panel in walk.step.panels] == [1, 2, 3]
    # Past the last step nothing moves; before the first, nothing either
    while walk.forward():
        pass
    assert walk.step.kind == ReviewKind.QUESTION and not walk.forward()
    walk.restart()
    assert not walk.back()


def test_the_stage_carries_the_review_only_in_the_review_phase(database):
    runner = sessions.start_session(database, SystemClock(), "De ce dormim?",
                                    Plan(phase_minutes=(1, 1, 1)))
    step = review_steps([group(1)])[1]
    assert running_stage(runner.snapshot(), AppSettings(), False, step).review is None
    runner.next_phase()
    runner.next_phase()
    state = running_stage(runner.snapshot(), AppSettings(), False, step)
    assert state.phase == Phase.REVIEW and state.shows_board


def test_a_new_question_goes_to_the_bank_in_the_sessions_language_undoably(database):
    # Given a Russian session
    runner = sessions.start_session(database, SystemClock(), "Зачем нам сон?",
                                    Plan(phase_minutes=(1, 1, 1)))
    # When a group's new question is sent to the bank
    change = send_to_bank(database, runner.session_id, "Снятся ли собакам сны?", "От группы",
                          fallback_language="ro")
    # Then the search finds it, in Russian, tagged as a draft from this session
    rows = bank_search.search(database, "собакам").rows
    assert [row.text for row in rows] == ["Снятся ли собакам сны?"]
    assert rows[0].language == "ru"
    assert {"draft", "from-session"} <= set(rows[0].tags)
    assert any(tag.startswith("session-20") for tag in rows[0].tags)
    assert get_question(database, rows[0].id).notes == "От группы"
    # When it is undone, Then it is gone
    change.revert(database)
    assert bank_search.search(database, "собакам").rows == []

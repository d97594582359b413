"""The stage shows the question, the phase and the time so the back of the room can read them,
and says how urgent the time is in words and shapes, not by colour alone."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QColor

from sole_app.core.session.countdown import Level
from sole_app.core.session.stage import StageState
from sole_app.core.settings import Phase
from sole_app.ui.stage.paint import FrameKind, frame_for
from sole_app.ui.stage.view import StageView, plain_text

RUNNING = StageState(question="Why do we have to sleep?", phase=Phase.INVESTIGATION,
                     remaining_seconds=23 * 60 + 41, total_seconds=40 * 60, level=Level.RUNNING)
ROMANIAN = ("Ar putea un sat din Moldova să trăiască doar cu energia pe care și-o produce singur? "
            "Ce ți-ar trebui, cât ar costa și cine ar hotărî?")


def _with(**changes) -> StageState:
    return replace(RUNNING, **changes)


@pytest.fixture
def stage(qtbot):
    view = StageView()
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    qtbot.waitExposed(view)
    return view


def _part(view: StageView, name: str):
    return view.findChild(object, name)


def test_parts_have_stable_names_and_show_the_state(stage):
    # Given a running Investigation, When shown
    stage.set_state(RUNNING)
    # Then each part is found by its name and reads what the room sees
    for name in ("stageQuestion", "stagePhase", "stageCountdown"):
        part = _part(stage, name)
        assert part is not None and part.accessibleName() == name
    assert _part(stage, "stageQuestion").text() == "Why do we have to sleep?"
    assert _part(stage, "stagePhase").text() == "Investigation"
    assert _part(stage, "stageCountdown").text() == "23:41"
    assert _part(stage, "stageStep").text() == "Phase 2 of 3"
    assert stage.objectName() == "stageView" and stage.state() == RUNNING
    assert stage.progress.fraction() == pytest.approx((40 * 60 - 1421) / (40 * 60))


@pytest.mark.parametrize(
    ("changes", "word"),
    [
        ({"level": Level.WARNING, "remaining_seconds": 4 * 60 + 12}, "5 minutes left"),
        ({"level": Level.FINAL, "remaining_seconds": 42}, "1 minute left"),
        ({"level": Level.OVERTIME, "remaining_seconds": -83}, "overtime"),
        ({"paused": True}, "Paused"),
    ],
)
def test_each_urgent_state_is_said_in_words_and_drawn_with_its_own_frame(stage, changes, word):
    # Given a running phase with no word and no frame
    stage.set_state(RUNNING)
    assert stage.status_text() == "" and frame_for(Level.RUNNING, False).kind == FrameKind.NONE
    # When time runs short, runs out, or the phase is paused
    state = _with(**changes)
    stage.set_state(state)
    # Then a word says so and the frame changes shape (not only colour)
    assert word in stage.status_text()
    assert stage.status_label.isVisible()
    assert frame_for(state.level, state.paused).kind != FrameKind.NONE


def test_the_frames_differ_in_shape_from_level_to_level():
    kinds = {level: frame_for(level, False).kind
             for level in (Level.RUNNING, Level.WARNING, Level.FINAL)}
    assert len(set(kinds.values())) == 3
    assert frame_for(Level.RUNNING, True).kind not in kinds.values()  # paused


def test_overtime_counts_up_with_a_plus_and_turns_the_clock_light_on_dark(stage):
    stage.set_state(_with(level=Level.OVERTIME, remaining_seconds=-83))
    assert _part(stage, "stageCountdown").text() == "+01:23"
    ground = stage.clock.palette().window().color()
    ink = _part(stage, "stageCountdown").palette().windowText().color()
    assert ground.lightness() < ink.lightness()  # inverted: light digits on a dark band


def test_the_countdown_keeps_its_size_while_the_seconds_change(stage):
    stage.set_state(_with(remaining_seconds=300))
    before = _part(stage, "stageCountdown").fit().pixel_size
    stage.set_state(_with(remaining_seconds=299))
    assert _part(stage, "stageCountdown").fit().pixel_size == before


def test_black_out_shows_pure_black_and_nothing_else(stage, qtbot):
    # Given a stage showing the question, When blacked out
    stage.set_state(_with(blacked_out=True))
    image = stage.grab().toImage()
    # Then every pixel the room sees is black
    colours = {image.pixelColor(x, y).name() for x in range(0, 1024, 16)
               for y in range(0, 768, 16)}
    assert colours == {QColor("black").name()}
    # And back again: the question returns
    stage.set_state(RUNNING)
    assert _part(stage, "stageQuestion").isVisible()


def test_the_preview_says_why_it_is_black(qtbot):
    preview = StageView(preview=True)
    qtbot.addWidget(preview)
    preview.resize(480, 360)
    preview.set_state(_with(blacked_out=True))
    image = preview.grab().toImage()
    lit = [(x, y) for x in range(0, 480, 2) for y in range(150, 210, 2)
           if image.pixelColor(x, y).lightness() > 60]
    assert lit  # the small caption


def test_the_agreements_take_the_questions_place_when_the_stage_says_so(stage):
    # Given the Investigation in the agreements' turn (decided in core.session.stage)
    stage.set_state(_with(show_agreements=True))
    # Then all four are listed where the question was
    assert stage.agreements_panel.isVisible() and not stage.question_text.isVisible()
    listed = _part(stage, "stageAgreements").text()
    assert listed.count("\u2022") == 4 and "You can talk to each other." in listed
    # When the Review comes, without them, Then the question has the stage to itself
    stage.set_state(_with(phase=Phase.REVIEW))
    assert not stage.agreements_panel.isVisible() and stage.question_text.isVisible()


def test_a_long_romanian_question_fits_the_projector_without_clipping(stage):
    stage.set_state(_with(question=ROMANIAN))
    question = _part(stage, "stageQuestion")
    assert question.text() == ROMANIAN
    assert question.fit().fits and question.fit().pixel_size >= 40


def test_markdown_in_a_question_is_shown_as_plain_words(stage):
    stage.set_state(_with(question="**De ce** avem nevoie de [somn](https://example.org)?"))
    assert _part(stage, "stageQuestion").text() == "De ce avem nevoie de somn?"
    assert plain_text("# Titlu\n\n_Când_ `dormim`?") == "Titlu\nCând dormim?"


def test_a_typed_tag_is_shown_as_the_text_it_is(stage):
    stage.set_state(_with(question="Why <script>alert(1)</script> sleep?"))
    assert _part(stage, "stageQuestion").text() == "Why <script>alert(1)</script> sleep?"


def test_before_any_phase_is_planned_no_empty_clock_is_shown(stage):
    stage.set_state(StageState(question="De ce visăm?"))
    assert _part(stage, "stageQuestion").isVisible()
    assert not _part(stage, "stageCountdown").isVisible()
    stage.set_state(RUNNING)
    assert _part(stage, "stageCountdown").isVisible()


def test_the_preview_keeps_the_projectors_shape_and_line_breaks(stage, qtbot):
    # Given the projector's stage and a wide preview on the laptop
    preview = StageView(preview=True)
    qtbot.addWidget(preview)
    preview.resize(1000, 384)
    preview.show()
    state = _with(question=ROMANIAN)
    stage.set_state(state)
    preview.set_state(state)
    # Then the preview draws a 4:3 stage, centred, at half the projector's scale
    box = preview.stage_rect()
    assert (box.width(), box.height()) == (512, 384) and box.center().x() in (499, 500)
    big = _part(stage, "stageQuestion").fit().pixel_size
    small = _part(preview, "stageQuestion").fit().pixel_size
    assert abs(small - big / 2) <= 2
    # And the projector window itself uses its whole screen
    assert stage.stage_rect() == stage.rect()

"""From the back of the room: on a 1024x768 projector no text of the stage is set smaller than
4 % of the screen's height, and every text still fits its place, unclipped, in ro, ru and en.

The size measured is the type size each text is painted at (its font's pixel size, the em),
read from the stage view's own fonts after layout: for the fitted texts (the question, the
agreements, the countdown) the size the fit chose.
"""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel

from sole_app.core.session.countdown import Level
from sole_app.core.session.review import ReviewKind, review_steps
from sole_app.core.session.stage import StageState
from sole_app.core.settings import Phase
from sole_app.ui import i18n
from sole_app.ui.stage.fit import FittedText
from sole_app.ui.stage.join import JoinCard
from sole_app.ui.stage.view import StageView
from tests.ui.stage import review_samples

WIDTH, HEIGHT = 1024, 768
SMALLEST = math.ceil(0.04 * HEIGHT)  # 31 px
QUESTIONS = {  # the longest starter question of each language, and a long Romanian one
    "en": "How does a stork find its way back to the same nest in our village every spring, "
          "after flying thousands of kilometres to Africa and back?",
    "ro": "Ar putea un sat din Moldova să trăiască doar cu energia pe care și-o produce singur? "
          "Ce ți-ar trebui, cât ar costa și cine ar hotărî? Gândiți-vă la școală, la fântână, "
          "la țară și la iarnă, când zilele sunt scurte.",
    "ru": "Представь, что ты рисуешь карту села для ребёнка, который только что сюда приехал. "
          "Что на ней должно быть обязательно и почему именно это?",
}
INVESTIGATION = StageState(phase=Phase.INVESTIGATION, remaining_seconds=23 * 60 + 41,
                           total_seconds=40 * 60, level=Level.RUNNING)
STATES = {
    "before the start": StageState(phase=Phase.QUESTION, remaining_seconds=300,
                                   total_seconds=300),
    "question": replace(INVESTIGATION, phase=Phase.QUESTION, total_seconds=300,
                        remaining_seconds=181),
    "investigation": INVESTIGATION,
    "agreements": replace(INVESTIGATION, show_agreements=True),
    "warning": replace(INVESTIGATION, remaining_seconds=4 * 60 + 12, level=Level.WARNING),
    "last minute": replace(INVESTIGATION, remaining_seconds=42, level=Level.FINAL),
    "overtime": replace(INVESTIGATION, remaining_seconds=-83, level=Level.OVERTIME),
    "paused": replace(INVESTIGATION, paused=True),
    "review": replace(INVESTIGATION, phase=Phase.REVIEW, total_seconds=900,
                      remaining_seconds=545),
}


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    i18n.install("en")


@pytest.fixture
def projector(qtbot):
    view = StageView()
    qtbot.addWidget(view)
    view.resize(WIDTH, HEIGHT)
    view.show()
    qtbot.waitExposed(view)
    return view


def shown_texts(view: StageView) -> dict[str, QLabel | FittedText]:
    """Every text the room sees now, by name."""
    parts = view.findChildren(QLabel) + view.findChildren(FittedText)
    return {part.objectName(): part for part in parts if part.isVisible() and part.text()}


def type_size(part: QLabel | FittedText) -> int:
    font = part.shown_font() if isinstance(part, FittedText) else part.font()
    return font.pixelSize()


def clipped(part: QLabel | FittedText) -> bool:
    if isinstance(part, FittedText):
        return not part.fit().fits  # too long even at its smallest size: the end is cut off
    metrics = QFontMetricsF(part.font())
    if part.wordWrap():
        return part.heightForWidth(part.width()) > part.height()
    return metrics.horizontalAdvance(part.text()) > part.contentsRect().width() + 0.5


@pytest.mark.parametrize("language", ["en", "ro", "ru"])
@pytest.mark.parametrize("name", list(STATES))
def test_nothing_on_the_projector_is_smaller_than_4_percent_of_its_height(projector, qtbot,
                                                                         language, name):
    # Given the interface language and a long question of that language
    i18n.install(language)
    state = replace(STATES[name], question=QUESTIONS[language])
    # When the stage shows it at 1024x768
    projector.set_state(state)
    qtbot.waitUntil(lambda: projector.state() == state)
    texts = shown_texts(projector)
    # Then every text is at least 31 px tall, the phase in full ink, and nothing is cut off
    assert texts, name
    sizes = {part_name: type_size(part) for part_name, part in texts.items()}
    assert min(sizes.values()) >= SMALLEST, sizes
    assert [part_name for part_name, part in texts.items() if clipped(part)] == []
    assert projector.step_label.palette().windowText().color().lightness() < 40


def test_the_question_or_the_agreements_are_on_the_projector_in_full(projector):
    # Given the Investigation, When it is the agreements' turn (decided in core.session.stage)
    projector.set_state(replace(INVESTIGATION, question=QUESTIONS["ro"], show_agreements=True))
    texts = shown_texts(projector)
    # Then all four agreements fill the middle, and the question waits for its turn
    assert texts["stageAgreements"].text().count("\u2022") == 4
    assert "stageQuestion" not in texts
    # When it is the question's turn, Then it has the middle to itself
    projector.set_state(replace(INVESTIGATION, question=QUESTIONS["ro"]))
    texts = shown_texts(projector)
    assert "stageQuestion" in texts and "stageAgreements" not in texts


@pytest.mark.parametrize("language", ["en", "ro", "ru"])
@pytest.mark.parametrize("name", ["question", "investigation", "paused", "review"])
def test_the_group_page_address_on_the_stage_is_as_readable_as_the_rest(projector, qtbot,
                                                                        language, name):
    # Given the group page turned on, its address on the stage, with a long question
    i18n.install(language)
    projector.set_join_card(JoinCard("http://192.168.100.123:8642/g/7KQ2"))
    state = replace(STATES[name], question=QUESTIONS[language], side_turn=True)
    # When the stage shows it at 1024x768, in its turn
    projector.set_state(state)
    qtbot.waitUntil(lambda: projector.state() == state)
    texts = shown_texts(projector)
    # Then the card's words and address are there, none under 31 px, none cut off
    assert {"joinTitle", "joinAddress"} <= set(texts)
    sizes = {part_name: type_size(part) for part_name, part in texts.items()}
    assert min(sizes.values()) >= SMALLEST, sizes
    assert [part_name for part_name, part in texts.items() if clipped(part)] == []


def review_states(language: str) -> dict[str, list[StageState]]:
    """Every step of a review of four groups with long findings: one at a time, four side by
    side (page after page), and the wall, with glow and grow shown."""
    base = replace(STATES["review"], question=QUESTIONS[language])
    sample = review_samples.groups(language if language != "en" else "ro")
    one = review_steps(sample, 1, show_feedback=True)
    four = review_steps(sample, 4, show_feedback=True)
    return {
        "one group": [replace(base, review=step) for step in one
                      if step.kind == ReviewKind.GROUPS],
        "four side by side": [replace(base, review=step) for step in four
                              if step.kind == ReviewKind.GROUPS],
        "the wall": [replace(base, review=step, level=Level.OVERTIME, remaining_seconds=-83)
                     for step in one if step.kind == ReviewKind.WALL],
    }


@pytest.mark.parametrize("language", ["en", "ro", "ru"])
@pytest.mark.parametrize("name", ["one group", "four side by side", "the wall"])
def test_the_review_is_as_readable_as_the_question(projector, qtbot, language, name):
    # Given four groups' long findings, read in the interface language
    i18n.install(language)
    states = review_states(language)[name]
    assert states
    for state in states:
        # When the stage shows each step of the review at 1024x768
        projector.set_state(state)
        qtbot.waitUntil(lambda state=state: projector.state() == state)
        texts = shown_texts(projector)
        # Then the groups or the wall are there with the countdown, none under 31 px, none cut
        assert {"stageCountdown", "stageReviewCaption"} <= set(texts), name
        assert {"reviewFound", "reviewWallQuestions"} & set(texts), name
        sizes = {part_name: type_size(part) for part_name, part in texts.items()}
        assert min(sizes.values()) >= SMALLEST, (state.review.page, sizes)
        assert [part_name for part_name, part in texts.items() if clipped(part)] == [], (
            state.review.page)

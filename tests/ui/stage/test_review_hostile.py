"""Hostile Markdown through the review's path to the stage: what children typed shows as the
characters they typed, nothing in the stage reads it as markup, so nothing runs or loads."""

from __future__ import annotations

import html
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextEdit

from sole_app.core.markup import to_stage_lines
from sole_app.core.session.review import ReviewGroup, ReviewKind, review_steps
from sole_app.core.session.stage import StageState
from sole_app.core.settings import Phase
from sole_app.ui.stage.fit import FittedText
from sole_app.ui.stage.view import StageView
from tests.hostile import HOSTILE_TEXTS, active_content


@pytest.fixture
def stage(qtbot):
    view = StageView()
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    return view


def hostile_review() -> list[StageState]:
    groups = [ReviewGroup(group_id=number, name=text[:60], found=f"{text}\n\n- {text}",
                          sources=(text,), new_questions=(text,), glow=text, grow=text)
              for number, text in enumerate(HOSTILE_TEXTS, start=1)]
    base = StageState(question=HOSTILE_TEXTS[0], phase=Phase.REVIEW, total_seconds=600,
                      remaining_seconds=300)
    return [replace(base, review=step) for step in review_steps(groups, 1, show_feedback=True)
            if step.kind != ReviewKind.QUESTION]


def test_hostile_findings_show_as_typed_and_nothing_reads_them_as_markup(stage):
    # Given groups whose names, findings, sources, questions and feedback are injection strings
    painted: list[str] = []
    for state in hostile_review():
        # When each step of the review is on the stage
        stage.set_state(state)
        texts = [part for part in stage.findChildren(FittedText) + stage.findChildren(QLabel)
                 if part.isVisible() and part.text()]
        painted += [part.text() for part in texts]
        # Then every label is plain text, and no rich-text view (which could load) is there
        assert all(label.textFormat() == Qt.TextFormat.PlainText
                   for label in stage.findChildren(QLabel))
        assert stage.findChildren(QTextEdit) == []
    # And the typed characters are what the room reads: a <script> is the word "<script>"
    shown = "\n".join(painted)
    for text in HOSTILE_TEXTS:
        assert to_stage_lines(text).split("\n")[0] in shown
    assert "<script>alert('x')</script>" in shown
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown  # an entity typed stays as typed
    # And as a page would carry it (escaped, as the exports do), nothing is active
    assert active_content(html.escape(shown)) == []


def test_the_test_would_see_markup_read_as_markup():
    # The check above is worth something: the same words unescaped are active content
    assert active_content("<script>alert('x')</script><img src=x onerror=alert(1)>") != []

"""The bank's list is filled once at start; the first visit to its tab searches again only when
a session has used a question since, so that "last used" is never stale."""

from __future__ import annotations

import pytest

from sole_app import app
from sole_app.ui.bank.list_model import FACTS_ROLE
from tests.ui.windows import bank_feature, session_controller


@pytest.fixture
def window(qtbot, data_paths):
    built = app.build_main_window(data_paths)
    qtbot.addWidget(built)
    built.show()
    assert app.load_into(built)
    yield built
    session_controller(built).finish()
    built.database.close()


def test_a_question_used_before_the_first_visit_shows_it_at_that_visit(qtbot, window):
    # Given the app just started, on the Session tab, the bank listing its first question
    feature = bank_feature(window)
    panel = feature.panel
    first = panel.current_id()
    assert first is not None and "used" not in panel.model.index(0, 0).data(FACTS_ROLE)
    # When a session starts with that question before the bank's tab was ever opened
    feature.session_requested.emit(first)
    session_controller(window).start()
    qtbot.waitUntil(lambda: session_controller(window).runner is not None)
    window.pages.setCurrentWidget(panel)
    # Then the bank's first visit shows when it was used, in the list and in the detail
    row = panel.model.row_of(first)
    qtbot.waitUntil(lambda: "used" in panel.model.index(row, 0).data(FACTS_ROLE))
    assert "never" not in panel.detail.toPlainText().split("Last used")[1].split("\n")[0]

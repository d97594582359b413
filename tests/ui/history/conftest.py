"""The History tab over real sessions, changing data through the app's Operations."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow

from sole_app.core.clock import FakeClock
from sole_app.core.settings import AppSettings
from sole_app.ui import i18n
from sole_app.ui.history.wiring import HistoryFeature
from sole_app.ui.operations import Operations
from tests.full_session import RUSSIAN_QUESTION, make_full_session

LIBRARY = "Biblioteca Comunală Ciorăști"


@pytest.fixture(autouse=True)
def english(qapp):
    """The interface in English, with its plural forms ("1 session", "2 sessions")."""
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def sessions(database, clock) -> list[int]:
    """Two finished sessions a week apart, the Romanian one first."""
    first = make_full_session(database, clock)
    clock.advance(7 * 24 * 3600)
    return [first, make_full_session(database, clock, RUSSIAN_QUESTION)]


@pytest.fixture
def reflections_opened() -> list[int]:
    return []


@pytest.fixture
def history(qtbot, database, data_paths, sessions, reflections_opened):
    """The History feature in a window, as the composition root builds it."""
    window = QMainWindow()
    qtbot.addWidget(window)
    operations = Operations(database, window)
    feature = HistoryFeature(database, operations, AppSettings(library_name=LIBRARY),
                             data_paths.window_state, window,
                             edit_reflection=reflections_opened.append)
    window.setCentralWidget(feature.page())
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    yield feature
    window.close()


@pytest.fixture
def page(history):
    return history.page()


def listed(page) -> list[str]:
    """The questions the list shows, top to bottom."""
    return [page.list.topLevelItem(index).text(1)
            for index in range(page.list.topLevelItemCount())]


def choose(page, row: int) -> None:
    """Click a row of the list, as the librarian would (it alone is chosen)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    item = page.list.topLevelItem(row)
    page.list.scrollToItem(item)
    QTest.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, page.list.visualItemRect(item).center())
    assert page.list.selectedItems() == [item]

"""The Group devices tab on a real group page server, bound to 127.0.0.1."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from sole_app.core.clock import FakeClock
from sole_app.core.session import runner as sessions
from sole_app.core.session.plan import Plan
from sole_app.core.settings import AppSettings
from sole_app.ui.grouppage.wiring import GroupPageFeature
from sole_app.web.host import GroupPageHost
from tests.web.conftest import free_port

PLAN = Plan(phase_minutes=(5, 40, 15), children=12, computers=4, groups=3)


class Stage:
    """Stands in for the projector and the preview: remembers the card it was given."""

    def __init__(self) -> None:
        self.cards: list = []

    def __call__(self, card) -> None:
        self.cards.append(card)


@pytest.fixture
def session_id(database) -> int:
    return sessions.start_session(database, FakeClock(), "De ce avem nevoie de somn?",
                                  PLAN).session_id


@pytest.fixture
def stage() -> Stage:
    return Stage()


@pytest.fixture
def host(database):
    host = GroupPageHost(database, interface="127.0.0.1", find_address=lambda: "127.0.0.1")
    yield host
    host.end_session()


@pytest.fixture
def feature(qtbot, database, host, stage):
    parent = QWidget()  # the main window's stand-in: it owns the feature, as there
    qtbot.addWidget(parent)
    settings = AppSettings(group_page_port=free_port())
    feature = GroupPageFeature(host, database, settings, lambda: "en", stage, parent)
    qtbot.addWidget(feature.page())
    feature.page().resize(1100, 700)
    feature.page().show()
    qtbot.waitExposed(feature.page())
    yield feature
    parent.close()

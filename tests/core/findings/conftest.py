"""A started session to hang groups, records, notes and a reflection on."""

from __future__ import annotations

import pytest

from sole_app.core.clock import FakeClock
from sole_app.core.session import runner as sessions
from sole_app.core.session.plan import Plan

PLAN = Plan(phase_minutes=(5, 40, 15), children=18, computers=5, groups=4)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def running(database, clock):
    """A session running its Question phase, planned for 18 children, 5 computers, 4 groups."""
    return sessions.start_session(database, clock, "De ce avem nevoie de somn?", PLAN)


@pytest.fixture
def session_id(running) -> int:
    return running.session_id

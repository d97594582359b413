"""A finished session with groups, records, notes and a reflection, on a fake clock."""

from __future__ import annotations

import pytest

from sole_app.core.clock import FakeClock
from tests.full_session import make_full_session


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def full_session(database, clock) -> int:
    return make_full_session(database, clock)

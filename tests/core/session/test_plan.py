"""The session plan: three SOLE phases, default minutes from the settings, checked values."""

import pytest

from sole_app.core.session.errors import InvalidPlan
from sole_app.core.session.plan import PHASE_KEYS, Plan, parse_minutes
from sole_app.core.settings import AppSettings, PhaseMinutes


def test_the_default_plan_is_question_investigation_review_5_40_15():
    plan = Plan.from_settings(AppSettings())
    assert PHASE_KEYS == ("question", "investigation", "review")
    assert plan.phase_minutes == (5, 40, 15) and plan.phase_seconds == (300, 2400, 900)
    assert plan.total_minutes == 60


def test_the_librarians_default_minutes_come_from_the_settings():
    settings = AppSettings(phase_minutes=PhaseMinutes(question=2, investigation=30, review=20))
    assert Plan.from_settings(settings).phase_minutes == (2, 30, 20)


@pytest.mark.parametrize(
    "kwargs",
    [{"phase_minutes": (0, 40, 15)}, {"phase_minutes": (5, 601, 15)}, {"phase_minutes": (5, 40)},
     {"children": -1}, {"groups": 1000}],
)
def test_values_out_of_range_are_refused_with_the_field_named(kwargs):
    with pytest.raises(InvalidPlan) as raised:
        Plan(**kwargs)
    assert raised.value.field in kwargs


def test_minutes_typed_on_the_command_line_are_parsed():
    assert parse_minutes("5, 40,15") == (5, 40, 15)
    with pytest.raises(InvalidPlan):
        parse_minutes("5,forty,15")

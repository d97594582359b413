"""The stage's countdown text: what the room reads at each moment of a phase."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sole_app.core.session.timefmt import format_remaining, whole_minutes_left


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (300, "05:00"),
        (59.2, "01:00"),  # rounds up: "00:00" only at the very end
        (0.4, "00:01"),
        (0, "00:00"),
        (-0.5, "+00:00"),
        (-83, "+01:23"),
        (3725, "1:02:05"),
        (3600, "1:00:00"),
        (-3725, "+1:02:05"),
        (40 * 60, "40:00"),
    ],
)
def test_remaining_time_reads_as_a_clock(seconds, shown):
    assert format_remaining(seconds) == shown


def test_an_impossible_time_shows_dashes_rather_than_crashing():
    assert format_remaining(math.nan) == "--:--"
    assert format_remaining(math.inf) == "--:--"


@given(st.floats(min_value=-36000, max_value=36000))
def test_overtime_and_only_overtime_starts_with_a_plus(seconds):
    # Given any time, When formatted, Then "+" marks exactly the time past the deadline
    assert format_remaining(seconds).startswith("+") == (seconds < 0)


@given(st.floats(min_value=0, max_value=3599))
def test_under_an_hour_the_text_keeps_its_width(seconds):
    # a steady width keeps the huge digits from jumping around on the projector
    assert len(format_remaining(seconds)) == 5


@pytest.mark.parametrize(("seconds", "minutes"), [(299, 5), (300, 5), (301, 6), (60, 1),
                                                  (1, 1), (0, 0), (-5, 0)])
def test_minutes_left_are_counted_as_a_person_would(seconds, minutes):
    assert whole_minutes_left(seconds) == minutes

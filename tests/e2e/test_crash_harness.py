"""Killed outright at random moments while a session runs, groups type and the bank is edited,
the app never damages its file, loses at most the last second of typing, and resumes the
session with its time right (a few kills here; the long run is in the README)."""

from __future__ import annotations

import pytest

from tests.e2e import crash_harness


@pytest.mark.slow
def test_random_kills_leave_a_sound_file_the_words_and_the_time(tmp_path):
    # Given the real app driven as in a session: three groups typing, phases, the bank
    # When it is killed with SIGKILL at three random moments and started again each time
    figures = crash_harness.run(kills=3, seed=16, folder=tmp_path, say=lambda _line: None)
    # Then every check after every kill held: the file, the words, the questions, the time
    assert figures.problems == []
    assert figures.kills == 3
    assert figures.integrity_checks_passed >= 2 and figures.resumes_checked >= 2
    assert figures.keys_checked_after_kills > 0

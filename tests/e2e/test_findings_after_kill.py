"""Killing the app while children type loses at most the last second: every group and every
word is there after a restart, in the resumed session and in ``sessions show --json``."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.e2e.test_resume_after_kill import QUESTION, launch, wait_for_report

GROUPS = [
    {"group": "Bufnițele", "found": "Sleep repairs the body; somnul repară corpul",
     "sources": ["https://ro.wikipedia.org/wiki/Somn", "Manualul de biologie"],
     "questions": ["Why do we dream?"]},
    {"group": "Вороны", "found": "The brain sorts memories at night",
     "sources": ["Doctor Ionescu"], "questions": ["Do animals dream?", "Сколько спят совы?"]},
    {"group": "Vulpile", "found": "Teenagers need nine hours <script>alert(1)</script>",
     "sources": ["A book from the library"], "questions": []},
]
SAVED_WITHIN = 1.0  # seconds after the last key, as the issue promises


def shown_session(data_dir, session_id) -> dict:
    """The session as ``sole-app sessions show ID --json`` prints it."""
    command = [sys.executable, "-m", "sole_app", "--data-dir", str(data_dir), "sessions",
               "show", str(session_id), "--json"]
    result = subprocess.run(command, capture_output=True, check=True, timeout=60,
                            env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    return json.loads(result.stdout.decode("utf-8"))


@pytest.mark.slow
def test_words_typed_in_group_turn_survive_a_kill_a_second_later(tmp_path):
    data_dir = tmp_path / "data"
    findings = tmp_path / "findings.json"
    findings.write_text(json.dumps(GROUPS, ensure_ascii=False), encoding="utf-8")
    first_report, second_report = tmp_path / "first.json", tmp_path / "second.json"
    # Given the real app, a session started, and three groups typing their records in turn
    first = launch(data_dir, first_report, "--start", QUESTION, "--findings", str(findings))
    try:
        typed = wait_for_report(first_report, first, until=lambda shown: shown["typed_at"])
        # When the process is killed outright one second after the last key
        time.sleep(max(0.0, typed["typed_at"] + SAVED_WITHIN - time.time()))
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        first.kill()
    # Then the relaunched app resumes the session with the three groups on the Session tab
    second = launch(data_dir, second_report, "--accept-resume")
    try:
        resumed = wait_for_report(second_report, second)
    finally:
        second.kill()
        second.wait(timeout=10)
    assert resumed["session_id"] == typed["session_id"]
    assert [row.split(" · ")[0] for row in resumed["groups"]] == [g["group"] for g in GROUPS]
    # And every word of every group is stored
    document = shown_session(data_dir, typed["session_id"])
    stored = {group["nickname"]: group["record"] for group in document["groups"]}
    for group in GROUPS:
        record = stored[group["group"]]
        assert record["found"] == group["found"]
        assert record["sources"] == group["sources"]
        assert record["new_questions"] == group["questions"]

"""``sole-app sessions list`` and ``sessions show ID [--json]``: a session with its groups,
findings, notes and reflection, readable or as JSON, without the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from sole_app.core.db import open_database
from sole_app.core.findings import groups, notes, records, reflection
from sole_app.core.findings.data import Certainty, RecordContent, ReflectionData
from sole_app.core.paths import DataPaths


def run(data_dir, *args):
    return subprocess.run(
        [sys.executable, "-m", "sole_app", "--data-dir", str(data_dir), "sessions", *args],
        capture_output=True, text=True, encoding="utf-8", timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


@pytest.fixture
def data_dir(tmp_path):
    """A data folder with one session started from the command line, then given two groups,
    a record, a note and a reflection through the core functions the window uses."""
    assert run(tmp_path, "start", "--question", "De ce avem nevoie de somn?").returncode == 0
    paths = DataPaths(tmp_path)
    database = open_database(paths.database, paths.backups)
    try:
        owls = groups.add_group(database, 1, "Bufnițele", 4, ("Ana",))
        groups.add_group(database, 1, "Вороны", 3)
        records.save_record(database, owls.id, RecordContent(
            "Somnul **repară** corpul.\n<script>alert(1)</script>",
            ("https://ro.wikipedia.org/wiki/Somn", "manualul de biologie"),
            Certainty.FAIRLY_SURE, ("De ce visăm?",)))
        notes.add_note(database, 1, "Вороны нашли видео", "question", 125)
        reflection.save_reflection(database, 1, ReflectionData(engagement=85,
                                                               thinking="skills_concepts"))
    finally:
        database.close()
    return tmp_path


def test_show_prints_the_session_readably(data_dir):
    # When the librarian asks for the session
    result = run(data_dir, "show", "1")
    # Then she reads the question, the phases, each group's record, the note and the reflection
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for expected in ("Session 1 (running, question phase)", "De ce avem nevoie de somn?",
                     "question: 5:00 planned", "Groups (2):", "1. Bufnițele, 4 children",
                     "How sure: fairly sure", "Somnul **repară** corpul.",
                     "<script>alert(1)</script>", "- https://ro.wikipedia.org/wiki/Somn",
                     "- De ce visăm?", "2. Вороны, 3 children",
                     "[question +2:05] Вороны нашли видео",
                     "Engagement %: 85", "Main kind of thinking: skills concepts"):
        assert expected in out
    assert "Ana" not in out


def test_show_json_is_the_documented_document(data_dir):
    result = run(data_dir, "show", "1", "--json", "--first-names")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["format"], data["version"], data["session"]["id"]) == ("sole-session", 1, 1)
    owls = data["groups"][0]
    assert owls["first_names"] == ["Ana"] and owls["record"]["certainty"] == "fairly_sure"
    assert owls["record"]["found"] == "Somnul **repară** corpul.\n<script>alert(1)</script>"
    assert data["notes"][0]["text"] == "Вороны нашли видео"
    assert "ă" in result.stdout  # written as UTF-8, not \\u escapes


def test_list_shows_each_session_with_its_groups(data_dir):
    listed = json.loads(run(data_dir, "list", "--json").stdout)
    assert [(item["id"], item["groups"], item["status"]) for item in listed] == [
        (1, 2, "running")]
    assert "2 groups  De ce avem nevoie de somn?" in run(data_dir, "list").stdout


def test_a_missing_session_is_one_sentence_and_exit_1(data_dir):
    result = run(data_dir, "show", "7")
    assert result.returncode == 1
    assert result.stderr.strip() == "sole-app: Session 7 does not exist; it may have been deleted."


def test_list_with_no_sessions_says_so(tmp_path):
    result = run(tmp_path, "list")
    assert result.returncode == 0 and result.stdout.strip() == "No sessions yet."

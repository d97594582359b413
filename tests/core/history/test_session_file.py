"""A session file from elsewhere is untrusted: a damaged one is refused whole, with its problems
listed, and nothing is imported."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from sole_app.core.exports.report import ExportOptions
from sole_app.core.exports.run import export_sessions
from sole_app.core.history import operations
from sole_app.core.history.errors import MAX_PROBLEMS, InvalidSessionFile, SessionFileUnreadable
from sole_app.core.history.listing import list_sessions
from sole_app.core.history.session_file import read_session_file

FILE = Path("club.json")


@pytest.fixture
def good(database, full_session, tmp_path) -> dict:
    """A session file as the app writes it."""
    path = tmp_path / "good.json"
    export_sessions(database, [full_session], "json", path, ExportOptions())
    return json.loads(path.read_text(encoding="utf-8"))


def refusal(data: object) -> InvalidSessionFile:
    raw = data if isinstance(data, bytes) else json.dumps(data, ensure_ascii=False).encode()
    with pytest.raises(InvalidSessionFile) as caught:
        read_session_file(FILE, raw)
    return caught.value


def test_a_file_the_app_wrote_is_read_back(good):
    (session,) = read_session_file(FILE, json.dumps(good).encode("utf-8-sig"))
    assert session.question.startswith("Ar putea") and len(session.groups) == 3


@pytest.mark.parametrize(("raw", "expected"), [
    (b"\xff\xfe not utf-8 \xff", "imported: it is not text in UTF-8."),
    (b'{"format": "sole-session", ', "imported: it is not JSON text (line 1, column 28)."),
    (b"[1, 2, 3]", "imported: it is not a SOLE Facilitator session file."),
    (b'{"format": "sole-pack", "version": 1}', "not a SOLE Facilitator session file"),
    (b'{"format": "sole-session", "version": 2}', "newer version of SOLE Facilitator"),
    (b'{"format": "sole-sessions", "version": 1, "sessions": []}', "it holds no session"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
])
def test_a_file_that_is_not_a_session_file_says_what_it_is(raw, expected):
    assert expected in str(refusal(raw))


def test_every_problem_is_listed_with_where_it_is(good):
    # Given a file damaged in several places
    damaged = copy.deepcopy(good)
    damaged["session"]["question"] = "   "
    damaged["session"]["phases"][1]["planned_seconds"] = "forty"
    damaged["session"]["created_at"] = "yesterday"
    damaged["groups"][1]["nickname"] = ""
    damaged["groups"][2]["record"]["certainty"] = "absolutely"
    damaged["groups"][0]["uid"] = damaged["groups"][1]["uid"]
    damaged["notes"][0]["text"] = {"nested": True}
    damaged["reflection"]["engagement"] = 101
    # When it is read / Then each problem is named where it is, and nothing else
    problems = [problem.sentence() for problem in refusal(damaged).problems]
    assert problems == [
        "session 1: “question” cannot be empty.",
        "session 1: “created_at” is not a valid date and time.",
        "session 1, phase 2: “planned_seconds” must be a whole number.",
        "session 1, group 2: “uid” is used twice in the file.",
        "session 1, group 2: The group's name cannot be empty.",
        "session 1, group 3: How sure we are must be one of: not_sure, fairly_sure, very_sure.",
        "session 1, note 1: The note must be text.",
        "session 1, the reflection: Engagement must be from 0 to 100, not 101.",
    ]


def test_at_most_twenty_problems_are_listed(good):
    damaged = copy.deepcopy(good)
    damaged["notes"] = [{"text": ""}] * 50
    error = refusal(damaged)
    assert len(error.problems) == MAX_PROBLEMS and error.more
    assert str(error).endswith("; and more.")
    assert str(error).startswith("The file club.json was refused and nothing was imported: ")


def test_a_refused_file_imports_nothing(database, good, tmp_path):
    damaged = copy.deepcopy(good)
    damaged["session"]["uid"] = "a-new-uid"
    damaged["groups"][2]["head_count"] = -1
    path = tmp_path / "damaged.json"
    path.write_text(json.dumps(damaged), encoding="utf-8")
    with pytest.raises(InvalidSessionFile):
        operations.import_file(database, path)
    assert len(list_sessions(database)) == 1


def test_a_missing_file_is_one_sentence(database, tmp_path):
    with pytest.raises(SessionFileUnreadable) as caught:
        operations.import_file(database, tmp_path / "gone.json")
    assert str(caught.value).startswith("The file ") and "could not be read" in str(caught.value)


def test_hostile_text_is_imported_as_the_text_it_is(good):
    # Typed text is data: importing keeps it exactly, and no export will read it as markup
    (session,) = read_session_file(FILE, json.dumps(good).encode())
    assert session.groups[2].nickname == "<b>bold</b> & co"
    assert "<script>alert('x')</script>" in session.groups[2].content.found


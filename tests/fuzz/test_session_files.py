"""Session files from anywhere: a real session's file changed at random places, or bytes of any
kind, ends in a clear message that changes nothing, or in an import that stores exactly what the
file holds (written out again, it reads back the same)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sole_app.core.clock import FakeClock
from sole_app.core.db import open_database
from sole_app.core.errors import SoleError
from sole_app.core.history import operations
from sole_app.core.history.backup import backup_of, full_document
from sole_app.core.history.deletion import delete_sessions
from sole_app.core.history.session_file import read_session_file
from tests.full_session import make_full_session
from tests.fuzz.conftest import fuzz, snapshot
from tests.hostile import HOSTILE_TEXTS


@pytest.fixture(scope="module")
def real_file() -> dict:
    """A finished session with everything, as its session file holds it."""
    source = open_database(None)
    session_id = make_full_session(source, FakeClock())
    document = backup_of([full_document(source, session_id, first_names=True)])
    source.close()
    return document


def places(value, path=()):
    """Every place in a JSON document: (path, value)."""
    yield path, value
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from places(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from places(inner, (*path, index))


def changed(document, path, new_value, remove: bool):
    copy = json.loads(json.dumps(document))
    if not path:
        return new_value
    holder = copy
    for step in path[:-1]:
        holder = holder[step]
    if remove:
        del holder[path[-1]]
    else:
        holder[path[-1]] = new_value
    return copy


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(),
              st.text(max_size=40), st.sampled_from(HOSTILE_TEXTS),
              st.sampled_from(["2026-11-25T09:00:00+00:00", "9999-99-99", "running",
                               "question", "fairly_sure", "ro", "00000000-0000-0000-0000"])),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=3),
    max_leaves=10)


def import_refused_or_faithful(database, path) -> str:
    """"refused" (a sentence, nothing written) or "imported" (exactly what the file holds)."""
    before = snapshot(database.path)
    try:
        result = operations.import_file(database, path)
    except SoleError as error:
        assert str(error)
        assert snapshot(database.path) == before
        return "refused"
    try:
        for session, session_id in zip(result.sessions, result.added_ids, strict=False):
            written = json.dumps(full_document(database, session_id, first_names=True))
            assert read_session_file(path, written.encode()) == [as_imported(session)]
    finally:
        delete_sessions(database, result.added_ids)  # so the next case is not a known one
    return "imported"


def as_imported(session):
    """What an import stores on purpose beyond the file: a session is imported as finished
    (never offered to resume on this laptop), and a missing end is taken from its phases."""
    ended = [phase.ended_at for phase in session.phases if phase.ended_at is not None]
    finished_at = (session.finished_at or (max(ended) if ended else None)
                   or session.started_at or session.created_at)
    return replace(session, status="finished", finished_at=finished_at)


@fuzz
@given(data=st.data())
def test_a_session_file_changed_anywhere_is_refused_whole_or_imported_faithfully(
        database, tmp_path, real_file, data):
    spots = list(places(real_file))
    changes = data.draw(st.lists(st.tuples(st.integers(0, len(spots) - 1), json_values,
                                           st.booleans()), min_size=1, max_size=3))
    document = real_file
    for index, value, remove in changes:
        spots = list(places(document))
        path, _old = spots[index % len(spots)]
        document = changed(document, path, value, remove and bool(path))
    path = tmp_path / "session.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    import_refused_or_faithful(database, path)


@fuzz
@given(raw=st.binary(max_size=500))
def test_any_bytes_as_a_session_file_are_refused_with_a_sentence(database, tmp_path, raw):
    path = tmp_path / "session.json"
    path.write_bytes(raw)
    import_refused_or_faithful(database, path)


def test_the_real_file_itself_imports_faithfully(database, tmp_path, real_file):
    # The property's other branch, seen to be reached: an untouched file is imported
    path = tmp_path / "session.json"
    path.write_text(json.dumps(real_file, ensure_ascii=False), encoding="utf-8")
    assert import_refused_or_faithful(database, path) == "imported"

"""Question packs (JSON) and spreadsheets (CSV) from anywhere: a file built of anything ends in a
clear message that changes nothing, or an import; a pack the app wrote comes back as it was."""

from __future__ import annotations

import csv
import io
import json

from hypothesis import given
from hypothesis import strategies as st

from sole_app.core.bank import operations, pack, store
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.errors import SoleError
from tests.fuzz.conftest import fuzz, snapshot
from tests.hostile import HOSTILE_TEXTS

FIELDS = ("uid", "text", "language", "tags", "age_min", "age_max", "notes", "source",
          "translation_group", "created_at", "updated_at", "favourite")
words = st.one_of(st.text(max_size=80), st.sampled_from(HOSTILE_TEXTS),
                  st.sampled_from(["ro", "en", "ru", "RO", " en ", "xx", "", "10", "-1",
                                   "2026-11-25T10:00:00Z", "true", "știință; istorie"]))
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(), words),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=8),
                                            inner, max_size=6)),
    max_leaves=20)
question_entries = st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=len(FIELDS))
packs = st.one_of(
    st.fixed_dictionaries({"format": st.sampled_from([pack.PACK_FORMAT, "other"]),
                           "version": st.sampled_from([1, 2, "1", None]),
                           "questions": st.lists(question_entries, max_size=5)}),
    json_values)


def import_refused_or_whole(database, path) -> None:
    """The property every file must have: SoleError and nothing written, or an import."""
    before = snapshot(database.path)
    count = store.count_questions(database)
    try:
        change = operations.import_file(database, path)
    except SoleError as error:
        assert str(error)  # one sentence to show
        assert snapshot(database.path) == before
        return
    assert store.count_questions(database) == count + len(change.after)


@fuzz
@given(content=packs)
def test_any_json_pack_is_refused_whole_or_imported(database, tmp_path, content):
    path = tmp_path / "pack.json"
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    import_refused_or_whole(database, path)


@fuzz
@given(raw=st.binary(max_size=400) | st.text(max_size=300).map(str.encode))
def test_any_bytes_as_a_pack_or_a_spreadsheet_are_refused_whole_or_imported(database, tmp_path,
                                                                          raw):
    for name in ("pack.json", "pack.csv"):
        path = tmp_path / name
        path.write_bytes(raw)
        import_refused_or_whole(database, path)


@fuzz
@given(rows=st.lists(st.lists(words, max_size=9), max_size=6),
       header=st.lists(st.sampled_from(FIELDS + ("întrebare", "вопрос", "")), max_size=9),
       delimiter=st.sampled_from([",", ";", "\t"]))
def test_any_spreadsheet_is_refused_whole_or_imported(database, tmp_path, rows, header,
                                                      delimiter):
    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    path = tmp_path / "pack.csv"
    path.write_text(text.getvalue(), encoding="utf-8")
    import_refused_or_whole(database, path)


readable = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60)
questions = st.builds(
    QuestionData, text=readable | st.sampled_from(HOSTILE_TEXTS),
    language=st.sampled_from(["ro", "en", "ru"]),
    tags=st.lists(st.text("abcșțăîâ мир", min_size=1, max_size=10), max_size=3).map(tuple),
    notes=st.text(max_size=80), source=st.text(max_size=40))


@fuzz
@given(chosen=st.lists(questions, min_size=1, max_size=4), file_format=st.sampled_from(
    ["json", "csv"]))
def test_a_pack_the_app_wrote_imports_back_as_it_was(database, tmp_path, chosen, file_format):
    # Given questions in one bank (those the bank refuses are not the point here)
    stored = []
    for data in chosen:
        try:
            stored.append(store.add_question(database, data))
        except SoleError:
            continue
    path = tmp_path / f"pack.{file_format}"
    pack.export_file(path, stored)
    # When the file is read back / Then every question is as it was stored, field by field
    again = pack.read_file(path)
    assert [(q.text, q.language, q.tags, q.age_min, q.age_max, q.notes, q.source, q.uid)
            for q in again] == [(v.text, v.language, tuple(v.tags), v.age_min, v.age_max,
                                 v.notes, v.source, v.uid) for v in stored]
    for view in stored:
        store.delete_question(database, view.id)

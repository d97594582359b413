"""A group's record: saved exactly as typed, on every pause, and never over another's words."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from sole_app.core.db import open_database
from sole_app.core.findings import groups, records
from sole_app.core.findings.data import MAX_FOUND, Certainty, RecordContent
from sole_app.core.findings.errors import FindingsNotSaved, GroupNotFound, InvalidEntry
from sole_app.core.findings.records import SaveStatus
from tests.hostile import HOSTILE_TEXTS

FOUND = ("""# Ce am găsit

Somnul **repară** corpul; în somn creierul „face curat”. Șoarecii dorm 12-15 ore, țânțarii?
Во сне мозг «убирает» лишнее — так пишут в энциклопедии.

- [Wikipedia](https://ro.wikipedia.org/wiki/Somn)
- <script>alert('x')</script> & &amp; <b>bold</b>
	tab, and trailing spaces""" + "   \n")


@pytest.fixture
def group(database, session_id):
    return groups.add_group(database, session_id, "Bufnițele")


def test_a_record_is_read_back_exactly_as_typed_after_a_restart(database, data_paths, group):
    # Given a record typed in Romanian and Russian, with Markdown and HTML-looking text
    content = RecordContent(
        found=FOUND,
        sources=("https://ro.wikipedia.org/wiki/Somn", "„Corpul uman”, Editura Didactică",
                 "doamna bibliotecară", "Энциклопедия для детей"),
        certainty=Certainty.FAIRLY_SURE,
        new_questions=("De ce visăm?", "Почему кошки спят днём?", "<i>de ce</i> & cum?"),
    )
    # When it is saved and the app is restarted
    records.save_record(database, group.id, content)
    database.close()
    reopened = open_database(data_paths.database, data_paths.backups)
    # Then every character is there as typed: nothing escaped, trimmed or normalised
    try:
        assert records.get_record(reopened, group.id).content == content
    finally:
        reopened.close()


@pytest.mark.parametrize("hostile", HOSTILE_TEXTS)
def test_hostile_text_is_stored_as_text_not_escaped(database, group, hostile):
    records.save_field(database, group.id, "found", hostile)
    records.save_field(database, group.id, "sources", [hostile])
    stored = records.get_record(database, group.id).content
    assert stored.found == hostile and stored.sources == (hostile.strip(),)


def test_each_save_increases_the_revision_by_one(database, group):
    # Given a new group's record at revision 0
    assert records.get_record(database, group.id).revision == 0
    # When a child types and it is saved at each pause, from the revision of the last save
    base = group.record
    for words in ("Somnul", "Somnul repară", "Somnul repară corpul."):
        result = records.save_field(database, group.id, "found", words, base.revision,
                                    base.content)
        assert result.status == SaveStatus.SAVED
        base = result.record
    # Then the revision went up by one per save
    assert base.revision == 3 and base.content.found == "Somnul repară corpul."


def test_saving_one_field_leaves_the_others(database, group):
    records.save_record(database, group.id, RecordContent("Am găsit", ("wiki",),
                                                           Certainty.NOT_SURE, ("De ce?",)))
    records.save_field(database, group.id, "certainty", "very_sure")
    records.save_field(database, group.id, "new_questions", ["De ce?", "Cum?"])
    assert records.get_record(database, group.id).content == RecordContent(
        "Am găsit", ("wiki",), Certainty.VERY_SURE, ("De ce?", "Cum?"))


def test_two_computers_typing_in_the_same_text_keep_both_texts(database, group):
    # Given both computers loaded the record with one line in it
    start = records.save_field(database, group.id, "found", "Somnul e important.\n").record
    # When the laptop saves its change, and then the tablet saves a different change, both
    # made from that same start
    laptop = records.save_field(database, group.id, "found",
                                "Somnul e foarte important.\n", start.revision, start.content)
    tablet = records.save_field(database, group.id, "found",
                                "Somnul e important pentru creier.\n", start.revision,
                                start.content)
    # Then the laptop's save went through; the tablet's is reported as a conflict
    assert laptop.status == SaveStatus.SAVED
    assert tablet.status == SaveStatus.CONFLICT
    # And both texts are kept, the one saved first first, and nothing of either is lost
    kept = "Somnul e foarte important.\nSomnul e important pentru creier.\n"
    assert tablet.record.content.found == kept
    assert records.get_record(database, group.id).content.found == kept
    (conflict,) = tablet.conflicts
    assert conflict.field == "found" and conflict.theirs == "Somnul e foarte important.\n"
    assert conflict.mine == "Somnul e important pentru creier.\n" and conflict.kept == kept
    assert tablet.record.revision == laptop.record.revision + 1


def test_changes_to_different_lines_or_fields_are_merged_without_a_conflict(database, group):
    start = records.save_record(database, group.id, RecordContent(
        "Prima idee.\nA doua idee.\n", ("wiki",))).record
    # The laptop edits the first line; the tablet the second line and the sources
    records.save_record(database, group.id, RecordContent(
        "Prima idee, mai clară.\nA doua idee.\n", ("wiki",)), start.revision, start.content)
    result = records.save_record(database, group.id, RecordContent(
        "Prima idee.\nA doua idee, cu exemplu.\n", ("wiki", "manual")), start.revision,
        start.content)
    # Then both edits are in, and the tablet is told to show what is stored now
    assert result.status == SaveStatus.MERGED and result.conflicts == ()
    assert result.record.content == RecordContent(
        "Prima idee, mai clară.\nA doua idee, cu exemplu.\n", ("wiki", "manual"))


def test_lists_merge_what_each_side_added_and_removed(database, group):
    start = records.save_field(database, group.id, "sources", ["wiki", "manual"]).record
    records.save_field(database, group.id, "sources", ["wiki", "manual", "bunica"],
                       start.revision, start.content)
    result = records.save_field(database, group.id, "sources", ["wiki", "enciclopedia"],
                                start.revision, start.content)
    assert result.record.content.sources == ("wiki", "bunica", "enciclopedia")
    assert result.status == SaveStatus.MERGED


def test_two_different_certainties_keep_the_latest_and_report_the_other(database, group):
    start = group.record
    records.save_field(database, group.id, "certainty", Certainty.VERY_SURE, start.revision,
                       start.content)
    result = records.save_field(database, group.id, "certainty", Certainty.NOT_SURE,
                                start.revision, start.content)
    assert result.status == SaveStatus.CONFLICT
    assert result.record.content.certainty == Certainty.NOT_SURE
    assert result.conflicts[0].theirs == Certainty.VERY_SURE


def test_without_the_starting_version_a_stale_save_keeps_everything_of_both(database, group):
    start = records.save_field(database, group.id, "found", "Unu.").record
    records.save_field(database, group.id, "found", "Unu. Doi.", start.revision)
    result = records.save_field(database, group.id, "found", "Unu. Trei.", start.revision)
    assert result.status == SaveStatus.CONFLICT
    assert result.record.content.found == "Unu. Doi.\nUnu. Trei."


def test_a_save_without_a_revision_overwrites(database, group):
    records.save_field(database, group.id, "found", "Vechi")
    result = records.save_field(database, group.id, "found", "Nou")
    assert result.status == SaveStatus.SAVED and result.record.content.found == "Nou"


def test_two_editors_saving_at_once_from_two_threads_lose_nothing(database, group):
    # Given two editors (the laptop, and the group page's server thread) each appending lines
    def editor(name: str) -> None:
        base = records.get_record(database, group.id)
        for number in range(25):
            typed = base.content.found + f"{name} {number}\n"
            base = records.save_field(database, group.id, "found", typed, base.revision,
                                      base.content).record

    threads = [threading.Thread(target=editor, args=(name,)) for name in ("laptop", "tablet")]
    # When both save 25 times as fast as they can
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    # Then every line of both is stored, once each
    lines = records.get_record(database, group.id).content.found.splitlines()
    assert sorted(lines) == sorted(f"{name} {number}" for name in ("laptop", "tablet")
                                   for number in range(25))


def test_nul_and_invisible_control_characters_are_removed(database, group):
    result = records.save_field(database, group.id, "found", "Am\x00 găsit\x1b[31m\r\nrosu\x07")
    assert result.record.content.found == "Am găsit[31m\nrosu"


def test_a_broken_half_character_becomes_a_visible_replacement_not_a_crash(database, group):
    # Given text with a lone surrogate (a damaged paste) and a surrogate pair split in two
    typed = "Am găsit \ud83d și \ud83d\ude00"
    # When it is saved / Then the pair is joined into its emoji, the lone half shows as �
    result = records.save_field(database, group.id, "found", typed)
    assert result.record.content.found == "Am găsit \ufffd și 😀"
    assert records.get_record(database, group.id).content.found == "Am găsit \ufffd și 😀"


def test_a_long_finding_is_fine_up_to_the_limit(database, group):
    records.save_field(database, group.id, "found", "ă" * MAX_FOUND)
    with pytest.raises(InvalidEntry) as refused:
        records.save_field(database, group.id, "found", "ă" * (MAX_FOUND + 1))
    assert refused.value.reason == "too_long" and "100000" in str(refused.value)
    assert len(records.get_record(database, group.id).content.found) == MAX_FOUND


@pytest.mark.parametrize("field, value", [
    ("sources", ["x"] * 101), ("sources", "just a string"), ("new_questions", ["x" * 2001]),
    ("certainty", "absolutely"), ("found", 42), ("colour", "red"),
])
def test_values_that_break_a_rule_are_refused_and_nothing_is_saved(database, group, field,
                                                                   value):
    with pytest.raises(InvalidEntry):
        records.save_field(database, group.id, field, value)
    assert records.get_record(database, group.id) == group.record


def test_saving_to_a_removed_group_is_a_clear_error(database, group):
    groups.remove_group(database, group.id)
    with pytest.raises(GroupNotFound):
        records.save_field(database, group.id, "found", "x", 0, group.record.content)


def test_a_database_that_refuses_the_write_is_a_typed_error_not_a_crash(database, data_paths,
                                                                        group):
    # Given another program holds the database's write lock (longer than the 5 s busy timeout)
    blocker = sqlite3.connect(data_paths.database, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        # When a save comes / Then it fails with a sentence the window can show
        with pytest.raises(FindingsNotSaved) as refused:
            records.save_field(database, group.id, "found", "Somnul", 0, group.record.content)
        assert "could not be saved" in str(refused.value) and "locked" in str(refused.value)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    # And once the lock is gone the same save goes through
    assert records.save_field(database, group.id, "found", "Somnul", 0,
                              group.record.content).status == SaveStatus.SAVED

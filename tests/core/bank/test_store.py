"""The question bank keeps what the librarian writes, and gives back what she deletes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sole_app.core.bank import store as bank
from sole_app.core.bank.errors import InvalidQuestion, QuestionNotFound
from sole_app.core.bank.question_data import QuestionData, fold, text_key
from sole_app.core.bank.search import search


def test_a_new_question_gets_defaults_a_uid_and_timestamps(database):
    saved = bank.add_question(database, QuestionData("  De ce avem nevoie de somn?  ", "ro"))
    assert saved.text == "De ce avem nevoie de somn?"
    assert (saved.age_min, saved.age_max) == (10, 14)
    assert len(saved.uid) == 36 and saved.created_at.tzinfo is not None
    assert saved.last_used_at is None


def test_romanian_cedillas_are_stored_as_comma_letters(database):
    saved = bank.add_question(database, QuestionData("Ce ştim despre ţară?", "ro", ("Ştiinţă",)))
    assert saved.text == "Ce știm despre țară?" and saved.tags == ("știință",)


@pytest.mark.parametrize("data, field", [
    (QuestionData("   ", "ro"), "text"),
    (QuestionData("Q?", "français"), "language"),
    (QuestionData("Q?", "ro", age_min=15, age_max=10), "age_max"),
    (QuestionData("Q?", "ro", age_min=1), "age_min"),
    (QuestionData("Q?", "ro", tags="one tag"), "tags"),
])
def test_a_broken_field_is_refused_by_name(database, data, field):
    with pytest.raises(InvalidQuestion) as refused:
        bank.add_question(database, data)
    assert refused.value.field == field
    assert bank.count_questions(database) == 0


def test_editing_changes_the_content_and_what_search_finds(database):
    saved = bank.add_question(database, QuestionData("Why do we sleep?", "en", ("biology",)))
    edited = bank.update_question(database, saved.id, QuestionData("Why do we dream?", "en",
                                                                   ("sleep", "mind")))
    assert (edited.uid, edited.created_at) == (saved.uid, saved.created_at)
    assert edited.tags == ("sleep", "mind") and edited.updated_at >= saved.updated_at
    assert [row.id for row in search(database, "dream").rows] == [saved.id]
    assert search(database, "biology").rows == []


def test_delete_then_undo_restores_the_question_with_its_id_uid_tags_and_last_use(database):
    # Given a used favourite question with tags
    saved = bank.add_question(database, QuestionData("Ce este o stea?", "ro", ("astronomie",),
                                                     notes="O poveste"))
    bank.set_favourite(database, saved.id, True)
    bank.mark_used(database, saved.id, datetime(2026, 11, 1, 9, 0, tzinfo=UTC))
    # When it is deleted, it is gone
    snapshot = bank.delete_question(database, saved.id)
    assert search(database, "stea").rows == []
    with pytest.raises(QuestionNotFound):
        bank.get_question(database, saved.id)
    # And when the deletion is undone, everything comes back as it was
    restored = bank.restore_question(database, snapshot)
    assert restored == bank.get_question(database, saved.id)
    assert (restored.id, restored.uid, restored.tags) == (saved.id, saved.uid, ("astronomie",))
    assert restored.favourite and restored.last_used_at == datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    assert [row.id for row in search(database, "stea").rows] == [saved.id]


def test_mark_used_is_shown_as_last_used(database):
    saved = bank.add_question(database, QuestionData("Q?", "en"))
    when = datetime(2026, 11, 24, 12, 30, tzinfo=UTC)
    bank.mark_used(database, saved.id, when)
    assert bank.get_question(database, saved.id).last_used_at == when
    assert search(database, "").rows[0].last_used_at == when


def test_translations_are_linked_both_ways(database):
    ro = bank.add_question(database, QuestionData("De ce dormim?", "ro"))
    en = bank.add_question(database, QuestionData("Why do we sleep?", "en"))
    ru = bank.add_question(database, QuestionData("Зачем мы спим?", "ru"))
    bank.link_translation(database, ro.id, en.id)
    bank.link_translation(database, ru.id, en.id)
    assert [q.language for q in bank.translations(database, ro.id)] == ["en", "ru"]
    assert [q.id for q in bank.translations(database, en.id)] == [ro.id, ru.id]


def test_a_duplicate_has_the_content_but_not_the_identity(database):
    saved = bank.add_question(database, QuestionData("Q?", "en", ("a",), notes="n"))
    copy = bank.add_question(database, bank.duplicate_data(saved))
    assert copy.uid != saved.uid and (copy.text, copy.tags, copy.notes) == ("Q?", ("a",), "n")


def test_tags_in_use_are_listed_alphabetically_ignoring_diacritics(database):
    bank.add_question(database, QuestionData("A?", "ro", ("știință", "istorie", "artă")))
    bank.add_question(database, QuestionData("B?", "en", ("biology",)))
    assert bank.all_tags(database, "ro") == ["artă", "istorie", "știință"]
    assert len(bank.all_tags(database)) == 4


def test_text_folding():
    assert fold("Școală ŞI Ţară") == fold("scoala si tara")
    assert text_key("  De ce  ŞTIM? ") == text_key("de ce știm?")


def test_a_questions_text_is_fetched_as_typed_and_a_deleted_one_is_not_found(database):
    # Given a question with Markdown, and one deleted since
    kept = bank.add_question(database, QuestionData("De ce **visăm**?"))
    gone = bank.add_question(database, QuestionData("De ce dormim?"))
    bank.delete_question(database, gone.id)
    # Then its text comes back as typed, and the deleted one is reported as not found
    assert bank.question_text(database, kept.id) == "De ce **visăm**?"
    with pytest.raises(QuestionNotFound):
        bank.question_text(database, gone.id)

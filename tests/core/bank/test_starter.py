"""The starter questions load into a new bank once, link their translations, and never return
after the librarian deletes them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from sole_app.core.bank import store as bank
from sole_app.core.bank.errors import InvalidStarterBank
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.bank.search import search
from sole_app.core.bank.starter import load_starter_bank
from sole_app.core.paths import questions_dir

RO_PACK = '''
[pack]
language = "ro"
title = "Natură"

[[questions]]
key = "why-sleep"
text = "De ce avem nevoie de somn?"
tags = ["biologie", "sănătate"]
ages = [10, 14]
notes = """Poveste: ...
- Ce se întâmplă când nu dormim?"""
source = "test"

[[questions]]
key = "stars"
text = "Ce este o stea?"
tags = ["astronomie"]
ages = [9, 12]
notes = ""
source = "test"
'''
EN_PACK = '''
[pack]
language = "en"
title = "Nature"

[[questions]]
key = "why-sleep"
text = "Why do we have to sleep?"
tags = ["biology"]
ages = [10, 14]
notes = ""
source = "test"
'''


@pytest.fixture
def folder(tmp_path) -> Path:
    """A starter folder with two Romanian questions and one English translation."""
    for language, text in (("ro", RO_PACK), ("en", EN_PACK)):
        (tmp_path / "questions" / language).mkdir(parents=True)
        (tmp_path / "questions" / language / "natura.toml").write_text(text, encoding="utf-8")
    return tmp_path / "questions"


def test_the_starter_bank_loads_into_a_new_database(database, folder):
    result = load_starter_bank(database, folder)
    assert result.loaded and (result.added, result.duplicates) == (3, 0)
    assert [row.text for row in search(database, "somn").rows] == ["De ce avem nevoie de somn?"]
    stars = search(database, "stea").rows[0]
    assert (stars.age_min, stars.age_max, stars.tags) == (9, 12, ("astronomie",))


def test_the_same_key_in_two_languages_links_the_translations(database, folder):
    load_starter_bank(database, folder)
    romanian = search(database, "somn").rows[0]
    assert [q.text for q in bank.translations(database, romanian.id)] == [
        "Why do we have to sleep?"]


def test_it_loads_only_once_and_deleted_questions_stay_deleted(database, folder):
    # Given a loaded starter bank from which the librarian deleted a question
    load_starter_bank(database, folder)
    bank.delete_question(database, search(database, "stea").rows[0].id)
    # When the app starts again
    again = load_starter_bank(database, folder)
    # Then nothing is loaded: the deleted question does not come back, nothing doubles
    assert not again.loaded
    assert bank.count_questions(database) == 2


def test_a_broken_starter_file_is_reported_and_nothing_is_loaded(database, folder):
    (folder / "en" / "broken.toml").write_text(
        '[pack]\nlanguage = "en"\ntitle = "x"\n[[questions]]\nkey = "k"\ntext = ""\n',
        encoding="utf-8")
    with pytest.raises(InvalidStarterBank) as refused:
        load_starter_bank(database, folder)
    assert "broken.toml" in str(refused.value) and "'k'" in str(refused.value)
    assert bank.count_questions(database) == 0


def test_the_shipped_starter_bank_has_50_romanian_and_50_english_questions(database):
    # Given the real questions/ folder, when it loads into a new bank
    result = load_starter_bank(database, questions_dir())
    # Then it loads without error, and both languages have at least 50 questions
    counts = Counter(row.language for row in search(database, "").rows)
    assert counts["ro"] >= 50 and counts["en"] >= 50, counts
    assert result.added == sum(counts.values()) and result.duplicates == 0


def test_a_missing_starter_folder_loads_nothing_and_is_tried_again_later(database, tmp_path,
                                                                         folder):
    assert not load_starter_bank(database, tmp_path / "nowhere").loaded
    assert load_starter_bank(database, folder).loaded


def test_a_starter_question_already_in_the_bank_is_not_added_twice(database, folder):
    # Given a bank that already holds one of the starter questions, typed by the librarian
    bank.add_question(database, QuestionData("Ce este o stea?", "ro"))
    # When the starter bank loads
    result = load_starter_bank(database, folder)
    # Then that question is counted as a duplicate and the others are added
    assert (result.added, result.duplicates) == (2, 1)
    assert [row.text for row in search(database, "stea").rows] == ["Ce este o stea?"]

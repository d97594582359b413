"""The librarian finds a past session by its words, its dates, its language and its tags."""

from __future__ import annotations

from datetime import date, timedelta

from sole_app.core.bank import store as bank
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.findings import notes
from sole_app.core.history.listing import HistoryFilters, list_sessions, session_tags
from tests.full_session import RUSSIAN_QUESTION, make_full_session


def ids(database, **filters) -> list[int]:
    return [row.id for row in list_sessions(database, HistoryFilters(**filters))]


def test_a_session_is_listed_with_its_phases_groups_and_scores(database, full_session):
    # Given a finished session / When the history lists it
    (row,) = list_sessions(database)
    # Then it shows the question, the phases as planned and as run, the groups and the scores
    assert row.question.startswith("Ar putea un sat") and row.status == "finished"
    assert row.language == "ro"  # told by its letters: it was typed, not from the bank
    assert [(p.key, p.planned_minutes, p.extra_minutes) for p in row.phases] == [
        ("question", 5, 0), ("investigation", 40, 5), ("review", 15, 0)]
    assert [round(p.actual_minutes) for p in row.phases] == [6, 46, 15]  # 45 min 34 s
    assert row.groups == 3
    assert (row.scores.engagement, row.scores.objective) == (90, "mostly")


def test_search_finds_words_of_the_question_findings_and_notes(database, clock, full_session):
    other = make_full_session(database, clock, RUSSIAN_QUESTION)
    notes.add_note(database, other, "Copiii au desenat o moară de vânt", None, None)
    # Diacritics and case do not matter; cedilla and comma-below are one letter
    assert ids(database, text="ȘCOALĂ") == [other, full_session]  # the findings of both
    assert ids(database, text="trăiască") == [full_session]  # the question
    assert ids(database, text="traiasca") == [full_session]
    assert ids(database, text="деревня") == [other]
    assert ids(database, text="moară") == [other]  # a note
    assert ids(database, text="moară şi") == [other]  # cedilla ş finds the comma-below ș
    assert ids(database, text="sesiune") == [other, full_session]  # the reflection's notes
    assert ids(database, text='"unknown OR *') == []  # typed FTS syntax is just words


def test_filters_by_days_language_and_tag(database, clock, full_session):
    question = bank.add_question(database, QuestionData(
        RUSSIAN_QUESTION, "ru", ("энергия", "Știință")))
    clock.advance(3 * 24 * 3600)
    later = make_full_session(database, clock, RUSSIAN_QUESTION, question_id=question.id)
    first_day = clock.now().astimezone().date() - timedelta(days=3)
    # By the librarian's days (both ends included)
    assert ids(database, since=first_day, until=first_day) == [full_session]
    assert ids(database, since=first_day + timedelta(days=1)) == [later]
    assert ids(database, until=date(2000, 1, 1)) == []
    # By language: the bank question's, or told by the letters of a typed one
    assert ids(database, language="ru") == [later]
    assert ids(database, language="ro") == [full_session]
    # By tag, case and diacritics ignored; and the tags offered are those sessions had
    assert ids(database, tag="stiinta") == [later]
    assert session_tags(database) == ["știință", "энергия"]


def test_labels_stay_when_the_bank_question_is_deleted(database, clock):
    question = bank.add_question(database, QuestionData("De ce visăm?", "ro", ("somn",)))
    session = make_full_session(database, clock, "De ce visăm?", question_id=question.id)
    bank.delete_question(database, question.id)
    (row,) = list_sessions(database)
    assert (row.id, row.language, row.tags) == (session, "ro", ("somn",))


def test_groups_set_up_before_start_are_not_a_session_in_the_history(database, clock,
                                                                      full_session):
    # Given groups set up for the next session, which has not started
    from sole_app.core.findings import groups
    from sole_app.core.session.planned import plan_session

    planned = plan_session(database, clock)
    groups.add_group(database, planned, "Bufnițele")
    # When the history lists the sessions / Then only the session that took place is there
    assert ids(database) == [full_session]

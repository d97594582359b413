"""A bank error is one sentence, written once: the command line prints it in English, and the
window shows the very same sentence, translated into the librarian's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from sole_app.core.bank.errors import InvalidImportFile, InvalidQuestion, UnsupportedPackVersion
from sole_app.ui import i18n
from sole_app.ui.messages import error_message

ERRORS = [
    InvalidQuestion("age_min", "age_out_of_range", 120, low=3, high=99),
    InvalidImportFile.for_question(Path("club.csv"), "row", 3,
                                   InvalidQuestion("language", "unknown_language", "de")),
    InvalidImportFile(Path("club.json"), "not_json"),
    UnsupportedPackVersion(Path("future.json"), 7, 1),
]


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    i18n.install("en")


@pytest.mark.parametrize("error", ERRORS, ids=lambda error: error.code)
def test_the_window_shows_the_command_lines_sentence_in_english(error):
    i18n.install("en")
    assert error_message(error) == str(error)


def test_the_window_shows_the_same_sentence_in_romanian():
    # Given a CSV row whose language is not one the bank knows
    error = ERRORS[1]
    # When the interface speaks Romanian
    i18n.install("ro")
    # Then the place, the field, the problem and the list of languages are all in the message
    assert error_message(error) == (
        "Fișierul club.csv nu a fost importat (rândul 3, Limba): limba trebuie să fie un cod de "
        "limbă, de exemplu ro, en, ru sau es, nu „de”. Nu s-a adăugat nimic.")

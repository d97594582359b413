"""The bank's language filter offers the languages of the questions in the bank (any language
code, not only the interface's three), each named in the interface language (issue 10)."""

from __future__ import annotations

import pytest

from sole_app.core.bank import store as bank
from sole_app.core.bank.question_data import QuestionData
from sole_app.ui import i18n
from sole_app.ui.bank.controller import BankController
from sole_app.ui.bank.panel import BankPanel
from sole_app.ui.operations import Operations


@pytest.fixture
def interface(qapp):
    yield i18n.install
    i18n.install("en")


def offered(view) -> list[tuple[str, str | None]]:
    combo = view.language_filter
    return [(combo.itemText(row), combo.itemData(row)) for row in range(combo.count())]


@pytest.mark.parametrize("language, expected", [
    ("ro", [("Toate limbile", None), ("Maghiară", "hu"), ("Română (MD)", "ro-MD"),
            ("Spaniolă", "es"), ("Ucraineană", "uk"), ("xx", "xx")]),
    ("ru", [("Все языки", None), ("xx", "xx"), ("Венгерский", "hu"), ("Испанский", "es"),
            ("Румынский (MD)", "ro-MD"), ("Украинский", "uk")]),  # Latin letters sort first
])
def test_the_filter_names_the_banks_languages_in_the_interface_language(
        qtbot, database, data_paths, interface, language, expected):
    # Given a bank with questions in Spanish, Ukrainian, Hungarian, Moldovan Romanian and a code
    # no one knows, and the interface in Romanian or Russian
    for code in ("es", "uk", "hu", "ro-MD", "xx", "es"):
        bank.add_question(database, QuestionData(f"Question in {code}?", code))
    interface(language)
    # When the bank page opens
    view = BankPanel(database, data_paths.window_state)
    qtbot.addWidget(view)
    controller = BankController(view, database, Operations(database, view), lambda: language)
    controller.refresh()
    # Then the filter offers those languages once each, by name, in alphabetical order
    assert offered(view) == expected
    # And choosing Spanish lists the two Spanish questions only
    view.filter_bar.choose_language("es")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)

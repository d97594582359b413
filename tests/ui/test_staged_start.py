"""The window a librarian opens lets her search the bank at once, while the other tabs load in
their places; in the end it is the same window load_into builds, and nothing asked of it while
it loaded is lost. A first start copies the bank shipped ready-made and does the same. A
database that needs work first (a migration, a damaged file, a first start without a current
ready-made bank) opens as before, all at once."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from sole_app import app
from sole_app.core.bank import store
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.clock import SystemClock
from sole_app.core.db import open_database
from sole_app.core.session import runner as sessions
from sole_app.core.session.plan import Plan
from tests.ui.windows import bank_feature, session_controller, session_page


def prepared(data_paths) -> None:
    """A data folder as a librarian's second start finds it: at the newest schema, with the
    starter questions loaded (the first start did it)."""
    from sole_app.core.bank.starter import load_starter_bank
    from sole_app.core.paths import questions_dir

    database = open_database(data_paths.database, data_paths.backups)
    load_starter_bank(database, questions_dir())
    database.close()


def staged_window(qtbot, data_paths):
    window = app.build_main_window(data_paths)
    qtbot.addWidget(window)
    window.show()
    opened: list[bool] = []
    app.load_in_stages(window, lambda: opened.append(True))
    return window, opened


def tab_titles(window) -> list[str]:
    return [window.pages.tabText(index) for index in range(window.pages.count())]


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_bank_is_searched_while_the_other_tabs_load_then_the_window_is_whole(
        qtbot, data_paths):
    # Given a second start
    prepared(data_paths)
    # When the window opens in stages
    window, opened = staged_window(qtbot, data_paths)
    # Then before anything else has loaded, the bank is there and answers a search
    assert not opened
    panel = bank_feature(window).panel
    loading = [window.pages.widget(index) for index in (0, 2, 3)]
    assert all(isinstance(page, QLabel) and page.text() == "Loading…" for page in loading)
    assert tab_titles(window) == ["Session", "Question bank", "History", "Group devices"]
    window.pages.setCurrentWidget(panel)
    qtbot.keyClicks(panel.search_box, "scoala")
    qtbot.waitUntil(lambda: panel.count_label.text() == "0 questions")
    qtbot.waitUntil(lambda: panel.hidden_bar.label.text()
                    == "3 more questions in other languages")
    # And once every tab is open, the window is the one load_into builds, the search kept
    qtbot.waitUntil(lambda: opened == [True], timeout=20000)
    whole = app.build_main_window(data_paths)
    qtbot.addWidget(whole)
    assert app.load_into(whole)
    assert tab_titles(window) == tab_titles(whole)
    assert menu_titles(window) == menu_titles(whole)
    assert not window.findChildren(QLabel, "loadingTab") or all(
        not label.isVisible() for label in window.findChildren(QLabel, "loadingTab"))
    assert window.pages.currentWidget() is panel and panel.search_box.text() == "scoala"
    assert window.pages.widget(0) is session_page(window)
    whole.database.close()
    window.database.close()


def test_the_session_tab_is_in_front_when_it_loads_if_she_has_not_moved(qtbot, data_paths):
    # Given a second start, the librarian doing nothing while it loads
    prepared(data_paths)
    window, opened = staged_window(qtbot, data_paths)
    # When every tab is open / Then the Session tab is in front, as in any start
    qtbot.waitUntil(lambda: opened == [True], timeout=20000)
    assert window.pages.currentWidget() is session_page(window)
    window.database.close()


def test_a_question_started_from_the_bank_before_the_session_tab_loaded_is_prepared(
        qtbot, data_paths):
    # Given a second start, a question of the librarian's in the bank
    prepared(data_paths)
    database = open_database(data_paths.database, data_paths.backups)
    saved = store.add_question(database, QuestionData("De ce avem nevoie de somn?"))
    database.close()
    window, opened = staged_window(qtbot, data_paths)
    feature = bank_feature(window)
    feature.controller.select_question(saved.id)
    window.pages.setCurrentWidget(feature.panel)
    # When she presses "Start a session with this question" before the Session tab is there
    qtbot.mouseClick(feature.panel.start_button, Qt.MouseButton.LeftButton)
    assert not opened
    # Then once it loads, it holds that question, ready to start
    qtbot.waitUntil(lambda: opened == [True], timeout=20000)
    assert session_page(window).prepared_question() == ("De ce avem nevoie de somn?",
                                                        saved.id)
    window.database.close()


def test_a_session_left_running_is_offered_once_every_tab_is_open(qtbot, data_paths,
                                                                  monkeypatch):
    # Given a second start after a session was left running
    prepared(data_paths)
    database = open_database(data_paths.database, data_paths.backups)
    sessions.start_session(database, SystemClock(), "Why do we sleep?",
                           Plan(phase_minutes=(5, 40, 15)))
    database.close()
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text())
                        or QMessageBox.StandardButton.Yes)
    # When the window opens in stages and she answers Yes
    window, opened = staged_window(qtbot, data_paths)
    assert asked == []
    qtbot.waitUntil(lambda: opened == [True], timeout=20000)
    # Then it was offered once, and runs on with about 5 minutes left
    assert len(asked) == 1 and "Why do we sleep?" in asked[0]
    session = session_controller(window)
    assert session.runner is not None
    assert 290 < session.stage_state().remaining_seconds <= 300
    window.database.close()


def test_a_first_start_copies_the_ready_bank_and_opens_in_stages_too(qtbot, data_paths):
    # Given a new data folder / When the window opens
    window, opened = staged_window(qtbot, data_paths)
    # Then the bank shipped ready-made is there at once, searchable while the rest loads
    assert not opened and window.findChildren(QLabel, "loadingTab")
    assert bank_feature(window).panel.model.rowCount() >= 50
    qtbot.waitUntil(lambda: opened == [True], timeout=20000)
    window.database.close()


def test_without_a_current_ready_bank_a_first_start_loads_the_packs_at_once(
        qtbot, data_paths, monkeypatch):
    # Given a first start whose ready-made bank is missing (or stale)
    from sole_app.core.bank import seed

    monkeypatch.setattr(seed, "SEED_FILE", seed.SEED_FILE.with_name("missing.sqlite3"))
    # When the window opens
    window, opened = staged_window(qtbot, data_paths)
    # Then the database was made, the starter questions loaded, and every tab is open already
    assert opened == [True]
    assert not window.findChildren(QLabel, "loadingTab")
    assert bank_feature(window).panel.model.rowCount() >= 50
    window.database.close()


def test_a_file_that_is_not_a_database_is_refused_as_before(qtbot, data_paths, monkeypatch):
    # Given a data folder whose database file is not one
    data_paths.database.write_text("not a database", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    monkeypatch.setattr(QApplication, "exit", lambda *args: None)
    # When the window opens / Then it says why, opens nothing, and leaves the file as it was
    window, _opened = staged_window(qtbot, data_paths)
    assert shown and "not a SOLE Facilitator database" in shown[0]
    assert window.database is None
    assert data_paths.database.read_text(encoding="utf-8") == "not a database"


@pytest.mark.slow
def test_the_bank_opens_and_searches_before_sqlalchemy_is_imported(data_paths):
    # Given a second start
    prepared(data_paths)
    # When a new process opens the window in stages, with the other tabs' loading held back,
    # and the librarian searches the bank
    probe = textwrap.dedent("""
        import sys
        from pathlib import Path
        from sole_app import app
        from sole_app.core.paths import DataPaths
        from sole_app.ui import staged
        from sole_app.ui.qt_app import create_application
        staged.Warmup.start = lambda self: None
        application = create_application(sys.argv[:1])
        window = app.build_main_window(DataPaths(Path(sys.argv[1])).ensure())
        window.show()
        app.load_in_stages(window)
        feature = next(f for f in window.features() if f.title() == "Question bank")
        feature.panel.search_box.setText("why")
        feature.controller.refresh()
        application.processEvents()
        print(feature.panel.model.rowCount(), feature.panel.count_label.text())
        print(sorted(name for name in sys.modules if name.split(".")[0] == "sqlalchemy"))
        """)
    done = subprocess.run([sys.executable, "-c", probe, str(data_paths.root)],
                          capture_output=True, text=True, check=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    found, imported = done.stdout.strip().splitlines()[-2:]
    # Then it found questions, and SQLAlchemy was never imported
    assert int(found.split()[0]) > 0
    assert imported == "[]"


def test_a_window_closed_while_it_loads_builds_nothing_more(qtbot, data_paths):
    # Given a second start still loading its other tabs
    from sole_app.ui.staged import Warmup

    prepared(data_paths)
    window, opened = staged_window(qtbot, data_paths)
    warmup = window.findChild(Warmup)
    # When the window closes (as a language change closes it, to build a new one)
    window.close()
    qtbot.waitUntil(lambda: not warmup._poll.isActive(), timeout=20000)
    # Then it built none of them and offered nothing
    assert opened == []
    assert len(window.findChildren(QLabel, "loadingTab")) == 3
    window.database.close()

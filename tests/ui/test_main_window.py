"""The main window opens, loads the database after showing, and remembers where it was."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from sole_app import __version__, app


def test_the_window_shows_first_then_opens_the_database(qtbot, data_paths):
    # Given the window built by the app, before any data is loaded
    window = app.build_main_window(data_paths)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "SOLE Facilitator"
    assert window.database is None and window.loading_label.isVisible()
    # When the app loads the data
    assert app.load_into(window)
    # Then the database file exists and the pages replace the loading line
    assert data_paths.database.exists()
    assert window.database is not None
    assert window.pages.isVisible() and not window.loading_label.isVisible()
    window.database.close()


def test_about_names_the_version_the_licence_and_the_data_folder(qtbot, data_paths):
    window = app.build_main_window(data_paths)
    qtbot.addWidget(window)
    text = window.about_text()
    assert __version__ in text
    assert "GNU General Public License" in text
    assert str(data_paths.root) in text
    assert window.about_action in window.help_menu.actions()


def test_a_file_that_is_not_a_database_is_explained_and_untouched(qtbot, data_paths, monkeypatch):
    data_paths.database.write_text("not a database", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    quit_codes = []
    # Exiting a loop that is not running would end every later event loop in this test run.
    monkeypatch.setattr(QApplication, "exit", lambda *args: quit_codes.append(args[-1]))
    window = app.build_main_window(data_paths)
    qtbot.addWidget(window)
    window.show()
    assert not app.load_into(window)
    assert shown and "not a SOLE Facilitator database" in shown[0]
    assert window.database is None and quit_codes == [1]
    assert data_paths.database.read_text(encoding="utf-8") == "not a database"


def test_the_window_reopens_where_it_was_closed(qtbot, data_paths):
    first = app.build_main_window(data_paths)
    qtbot.addWidget(first)
    first.show()
    first.resize(640, 470)
    first.move(40, 30)
    first.close()
    second = app.build_main_window(data_paths)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (640, 470)

"""Puts the Session tab, its menu, the Settings dialog and the projector into the main window.

Called by the composition root (app.load_into) once the database is open. Also holds the
three small environment hooks the end-to-end test uses to drive the real app without a person:

- ``SOLE_TEST_AUTOSTART=<question>``: type the question and press Start, as a librarian would;
- ``SOLE_TEST_ACCEPT_RESUME=1``: answer Yes to the "Resume the session?" offer;
- ``SOLE_TEST_REPORT=<path>``: after the start or the resume, write once what the stage shows
  (phase, seconds left, level, paused, wall time) as JSON to ``path``.

They only read the environment, and do nothing when unset.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from sole_app.ui.session.page import SessionPage
from sole_app.ui.settings_dialog import SettingsDialog
from sole_app.ui.stage.presenter import Presenter

AUTOSTART_ENV = "SOLE_TEST_AUTOSTART"
ACCEPT_RESUME_ENV = "SOLE_TEST_ACCEPT_RESUME"
REPORT_ENV = "SOLE_TEST_REPORT"


def attach_session_page(window, database, clock=None) -> SessionPage:
    """Add the Session tab first, the Session menu and Settings…, then offer to resume."""
    presenter = Presenter(window.settings, window.paths.settings, window)
    page = SessionPage(database, window.settings, presenter, clock=clock)
    window.pages.insertTab(0, page, QCoreApplication.translate("SessionWiring", "Session"))
    window.pages.setCurrentIndex(0)
    page.install_shortcuts(window)
    title = QCoreApplication.translate("SessionWiring", "&Session")
    menu = page.actions.build_menu(QMenu(title, window))
    window.menuBar().insertMenu(window.help_menu.menuAction(), menu)
    window.session_menu = menu
    window.settings_action = _settings_action(window, page, presenter)
    window.file_menu.insertAction(window.quit_action, window.settings_action)
    window.session_page = page
    window.installEventFilter(_StopPresentingOnClose(presenter, window))
    _run_test_hooks(page)
    return page


class _StopPresentingOnClose(QObject):
    """Closing the main window takes the stage off the projector too, so the app can quit."""

    def __init__(self, presenter: Presenter, parent: QObject) -> None:
        super().__init__(parent)
        self._presenter = presenter

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Close:
            self._presenter.stop_presenting()
        return False


def _settings_action(window, page: SessionPage, presenter: Presenter) -> QAction:
    action = QAction(QCoreApplication.translate("SessionWiring", "&Settings…"), window)
    action.setObjectName("settingsAction")
    action.setShortcut(QKeySequence("Ctrl+,"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setToolTip(QCoreApplication.translate(
        "SessionWiring", "Default phase minutes, warnings, sound, projector screen, language"))
    action.triggered.connect(lambda: open_settings(window, page, presenter))
    window.addAction(action)
    return action


def open_settings(window, page: SessionPage, presenter: Presenter) -> bool:
    """Show the Settings dialog; apply what changed when saved."""
    dialog = SettingsDialog(window.settings, window.paths.settings,
                            presenter.available_screens(), window)
    if not dialog.exec():
        return False
    page.apply_settings()
    presenter.choose_screen(window.settings.projector_screen)
    from sole_app.ui import i18n

    i18n.apply_language_change(window, window.settings.language)
    return True


def _run_test_hooks(page: SessionPage) -> None:
    question = os.environ.get(AUTOSTART_ENV)
    if question:
        page.setup.question_edit.setPlainText(question)
        page.start()
    else:
        page.offer_resume(accept=True if os.environ.get(ACCEPT_RESUME_ENV) == "1" else None)
    report = os.environ.get(REPORT_ENV)
    if report and page.runner is not None:
        _write_report(page, Path(report))


def _write_report(page: SessionPage, path: Path) -> None:
    state = page.stage_state()
    shown = page.preview.findChild(QWidget, "stageCountdown")
    path.write_text(json.dumps({
        "session_id": page.runner.session_id, "phase_index": state.phase_index,
        "remaining_seconds": state.remaining_seconds, "level": state.level,
        "paused": state.paused, "question": state.question, "wall_time": time.time(),
        "countdown_text": shown.text() if shown is not None and hasattr(shown, "text") else None,
    }, ensure_ascii=False), encoding="utf-8")

"""The session feature: the Session tab, its menu and keys, and the projector.

Built by the composition root (app.load_into) once the database is open. Also holds the
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

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from sole_app.core.settings import AppSettings
from sole_app.ui.session.page import SessionPage
from sole_app.ui.stage.presenter import Presenter

AUTOSTART_ENV = "SOLE_TEST_AUTOSTART"
ACCEPT_RESUME_ENV = "SOLE_TEST_ACCEPT_RESUME"
REPORT_ENV = "SOLE_TEST_REPORT"


class SessionFeature(QObject):
    """The Session tab, its menu and keys, and the projector, as one feature of the window."""

    def __init__(self, database, settings: AppSettings, settings_path: Path, parent: QWidget,
                 clock=None) -> None:
        super().__init__(parent)
        self.presenter = Presenter(settings, settings_path, parent)
        self.session_page = SessionPage(database, settings, self.presenter, clock=clock)
        self._menu = self.session_page.actions.build_menu(
            QMenu(QCoreApplication.translate("SessionWiring", "&Session"), parent))
        self.session_page.actions.install(self.presenter.projector_window())

    def page(self) -> SessionPage:
        return self.session_page

    def title(self) -> str:
        return QCoreApplication.translate("SessionWiring", "Session")

    def menu(self) -> QMenu:
        return self._menu

    def window_actions(self) -> list[QAction]:
        return self.session_page.actions.all()

    def blocks_language_change(self) -> bool:
        return self.session_page.blocks_language_change()

    def apply_settings(self, settings: AppSettings) -> None:
        self.session_page.apply_settings()
        self.presenter.choose_screen(settings.projector_screen)

    def save_on_close(self) -> None:
        """Closing the main window takes the stage off the projector too, so the app can quit."""
        self.presenter.stop_presenting()

    def start_from_question(self, question_id: int) -> None:
        self.session_page.start_from_question(question_id)

    def bank_changed(self) -> None:
        """A question was added, changed or deleted (or that was undone): list the bank anew."""
        self.session_page.setup.refresh_bank()

    def opened(self) -> None:
        """The window shows the feature: offer to resume a session that was running."""
        _run_test_hooks(self.session_page)


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

"""Opening the window in stages: a tab that says it is loading, and the modules imported meanwhile.

On an old laptop SQLAlchemy and the features' modules take over a second to import, more than
the window itself. The composition root (app.load_in_stages) opens the question bank first, on
the database's own connection, and puts a LoadingFeature where each other feature will be; the
Warmup imports what those features need on a second thread while the librarian can already
search; then each feature is built on this thread, one at a time, in its placeholder's place.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from sole_app.core.settings import AppSettings

POLL_MS = 20  # how often the window looks whether the imports are done


class LoadingFeature:
    """A tab, titled as its feature will be, saying that it is loading: no menu, no keys."""

    def __init__(self, title: str) -> None:
        self._title = title
        self._page = QLabel(QCoreApplication.translate("MainWindow", "Loading…"))
        self._page.setObjectName("loadingTab")
        self._page.setTextFormat(Qt.TextFormat.PlainText)
        self._page.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def page(self) -> QWidget:
        return self._page

    def title(self) -> str:
        return self._title

    def menu(self) -> QMenu | None:
        return None

    def window_actions(self) -> Sequence[QAction]:
        return ()

    def blocks_language_change(self) -> bool:
        return False

    def apply_settings(self, settings: AppSettings) -> None:
        """Nothing yet: the feature reads the saved settings when it is built."""

    def save_on_close(self) -> None:
        """Nothing to save: nothing was shown but the word."""

    def carry_over(self) -> object:
        return None

    def take_over(self, carried: object) -> None:
        """Nothing to take: the feature is not built yet."""


class Warmup(QObject):
    """Imports ``modules`` on a second thread (then runs ``prepare`` there, if given), then runs
    ``steps`` on this one, one per turn of the event loop, so the window answers keys between
    them; emits ``finished`` after the last, unless ``parent`` (the window) was closed first. The
    modules, and ``prepare``, must not create Qt objects (core's never do)."""

    finished = Signal()

    def __init__(self, modules: Iterable[str], steps: Sequence[Callable[[], None]],
                 parent: QWidget, prepare: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._modules = list(modules)
        self._prepare = prepare
        self._steps = list(steps)
        self._thread = threading.Thread(target=self._import, name="sole-warmup", daemon=True)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._next)

    def start(self) -> None:
        self._thread.start()
        self._poll.start()

    def _import(self) -> None:
        for name in self._modules:
            # Only a warm-up: the step that needs a module that failed here imports it again,
            # on the window's thread, and reports the error there
            with contextlib.suppress(Exception):
                importlib.import_module(name)
        if self._prepare is not None:
            with contextlib.suppress(Exception):
                self._prepare()

    def _next(self) -> None:
        if not self.parent().isVisible():  # closed (a language change rebuilt it): no more
            self._poll.stop()
            return
        if self._thread.is_alive():
            return
        if self._steps:
            try:
                self._steps.pop(0)()
            except BaseException:
                self._poll.stop()  # the later steps build on this one: the error is the news
                raise
            return
        self._poll.stop()
        self.finished.emit()

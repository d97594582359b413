"""Run with QT_QPA_PLATFORM="offscreen:configfile=<screens.json>" (a laptop and a projector):
presents, changes screen, simulates the projector going away and coming back, identifies screens,
and prints what happened as JSON. Used by tests/ui/stage/test_projector_two_screens.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sole_app.core.settings import AppSettings  # noqa: E402
from sole_app.ui.stage.presenter import Presenter  # noqa: E402
from sole_app.ui.stage.screens import current_screens  # noqa: E402


def window_facts(presenter: Presenter) -> dict:
    QApplication.processEvents()
    window = presenter.projector_window()
    box = window.geometry()
    placement = presenter.placement()
    return {
        "visible": window.isVisible(),
        "full_screen": window.isFullScreen(),
        "frameless": window.is_frameless(),
        "screen": window.screen().name(),
        "geometry": [box.x(), box.y(), box.width(), box.height()],
        "mode": placement.mode if placement else None,
    }


def main(settings_path: Path) -> dict:
    application = QApplication(sys.argv[:1])
    owner = QObject()
    presenter = Presenter(AppSettings.load(settings_path), settings_path, owner)
    facts: dict = {"screens": [[s.name, s.primary, list(s.geometry)] for s in current_screens()]}
    presenter.start_presenting()
    facts["started"] = window_facts(presenter)
    presenter.choose_screen("laptop")
    facts["chose_laptop"] = window_facts(presenter)
    facts["saved_choice"] = AppSettings.load(settings_path).projector_screen
    presenter.choose_screen("")
    facts["chose_any"] = window_facts(presenter)
    laptop_only = [s for s in current_screens() if s.name == "laptop"]
    presenter.handle_screens_changed(laptop_only)
    facts["projector_gone"] = window_facts(presenter)
    presenter.handle_screens_changed(current_screens())
    facts["projector_back"] = window_facts(presenter)
    presenter.identify_screens()
    QApplication.processEvents()
    facts["identify"] = [[box.number_label.text(), box.screen().name(), box.isVisible()]
                         for box in presenter.identifier().boxes()]
    presenter.stop_presenting()
    facts["stopped"] = window_facts(presenter)
    del presenter, owner, application
    return facts


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))

"""Screenshots of the main screens in each language, to look at for clipped or untranslated text.

    python scripts/i18n_shots.py [OUTPUT_FOLDER] [LANGUAGE ...]     (default: shots/, ro ru)

Runs offscreen with a fresh temporary data folder (the starter questions load into it).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def settle(qt_app) -> None:
    for _ in range(5):
        qt_app.processEvents()


def shoot_window(window, qt_app, out: Path, language: str) -> None:
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        settle(qt_app)
        name = window.pages.widget(index).objectName() or f"page{index}"
        window.grab().save(str(out / f"{language}_page{index}_{name}.png"))
    for number, action in enumerate(a for a in window.menuBar().actions() if a.menu()):
        menu = action.menu()
        menu.adjustSize()
        menu.grab().save(str(out / f"{language}_menu{number}.png"))


def shoot_settings(window, qt_app, out: Path, language: str) -> None:
    from sole_app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window.paths.settings, [], window)
    dialog.show()
    settle(qt_app)
    dialog.grab().save(str(out / f"{language}_settings.png"))
    dialog.close()


def shoot_running_session(window, qt_app, out: Path, language: str) -> None:
    feature = next(f for f in window.features()
                   if f.page() is not None and f.page().objectName() == "sessionPage")
    page, session = feature.page(), feature.controller
    window.pages.setCurrentWidget(page)
    page.setup.question_edit.setPlainText(
        {"ro": "De ce avem nevoie de somn? Își ștergeau țăranii urmele în zăpadă?",
         "ru": "Зачем нам нужен сон? Может ли деревня жить только на своей энергии?"}
        .get(language, "Why do we need to sleep?"))
    session.start()
    session.next_phase()
    settle(qt_app)
    window.grab().save(str(out / f"{language}_session_running.png"))
    session.finish()


def shoot(language: str, out: Path) -> None:
    from sole_app import app
    from sole_app.core.paths import DataPaths
    from sole_app.core.settings import AppSettings
    from sole_app.ui.qt_app import create_application

    qt_app = create_application(["sole-app"])
    paths = DataPaths(Path(tempfile.mkdtemp()) / "data").ensure()
    AppSettings(language=language).save(paths.settings)
    window = app.build_main_window(paths)
    window.resize(1280, 800)
    window.show()
    if not app.load_into(window):
        sys.exit("the data could not be opened")
    shoot_window(window, qt_app, out, language)
    shoot_settings(window, qt_app, out, language)
    shoot_running_session(window, qt_app, out, language)
    window.database.close()
    window.close()
    window.deleteLater()
    settle(qt_app)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("shots")
    out.mkdir(parents=True, exist_ok=True)
    for language in argv[1:] or ["ro", "ru"]:
        shoot(language, out)
    print(f"screenshots in {out.resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Screenshots of the review on the stage at 1024x768, in Romanian and Russian: one group, four
side by side with long findings, and the wall.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/stage/review_shots.py [folder]
Not a test: it writes review-*.png files (default /work/shots/review) and prints their paths.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from PySide6.QtWidgets import QApplication  # noqa: E402

from sole_app.core.session.countdown import Level  # noqa: E402
from sole_app.core.session.review import ReviewKind, review_steps  # noqa: E402
from sole_app.core.session.stage import StageState  # noqa: E402
from sole_app.core.settings import Phase  # noqa: E402
from sole_app.ui import i18n  # noqa: E402
from sole_app.ui.stage.view import StageView  # noqa: E402
from tests.ui.stage.review_samples import groups  # noqa: E402

QUESTION = {"ro": "De ce avem nevoie de somn?", "ru": "Зачем нам нужен сон?"}


def states(language: str) -> dict[str, StageState]:
    base = StageState(question=QUESTION[language], phase=Phase.REVIEW,
                      remaining_seconds=9 * 60 + 5, total_seconds=15 * 60, level=Level.RUNNING)
    one = review_steps(groups(language), 1)
    four = review_steps(groups(language), 4)
    marked = review_steps(groups(language), 1, marked=(3, 1))
    feedback = review_steps(groups(language, long=False), 1, show_feedback=True)
    return {
        "one-group": replace(base, review=one[1]),
        "one-group-page-2": replace(base, review=one[2]),
        "four-side-by-side": replace(base, review=four[1]),
        "wall": replace(base, review=next(
            step for step in marked if step.kind == ReviewKind.WALL)),
        "one-group-feedback": replace(base, review=feedback[1]),
    }


def main(folder: Path) -> None:
    application = QApplication.instance() or QApplication(sys.argv[:1])
    folder.mkdir(parents=True, exist_ok=True)
    view = StageView()
    view.resize(1024, 768)
    view.show()
    for language in ("ro", "ru"):
        i18n.install(language)
        for name, state in states(language).items():
            view.set_state(state)
            application.processEvents()
            path = folder / f"review-{language}-{name}.png"
            view.grab().save(str(path))
            print(path)
    i18n.install("en")
    del view


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shots/review"))

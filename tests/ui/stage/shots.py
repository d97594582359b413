"""Screenshots of the stage at 1024x768 (a projector) for people to look at.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/stage/shots.py [folder]
Not a test: it writes stage-*.png files (default /work/shots) and prints their paths.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication  # noqa: E402

from sole_app.core.session.countdown import Level  # noqa: E402
from sole_app.core.session.stage import StageState  # noqa: E402
from sole_app.core.settings import Phase  # noqa: E402
from sole_app.ui import i18n  # noqa: E402
from sole_app.ui.stage.view import StageView  # noqa: E402

SHORT = "Why do we have to sleep?"
ROMANIAN = (
    "Ar putea un sat din Moldova să trăiască doar cu energia pe care și-o produce singur? "
    "Ce ți-ar trebui, cât ar costa și cine ar hotărî? Gândiți-vă la școală, la fântână, "
    "la țară și la iarnă, când zilele sunt scurte."
)
BASE = StageState(question=SHORT, phase=Phase.INVESTIGATION, remaining_seconds=23 * 60 + 41,
                  total_seconds=40 * 60, level=Level.RUNNING)

SHOTS = {
    "idle": StageState(question=SHORT, phase=Phase.QUESTION, remaining_seconds=300,
                       total_seconds=300, level=Level.IDLE),
    "question": StageState(question=SHORT, phase=Phase.QUESTION, remaining_seconds=181,
                           total_seconds=300, level=Level.RUNNING),
    "investigation": BASE,
    "agreements": replace(BASE, show_agreements=True),
    "review": StageState(question=SHORT, phase=Phase.REVIEW, remaining_seconds=9 * 60 + 5,
                         total_seconds=15 * 60, level=Level.RUNNING),
    "warning": replace(BASE, remaining_seconds=4 * 60 + 12, level=Level.WARNING),
    "final": replace(BASE, remaining_seconds=42, level=Level.FINAL),
    "overtime": replace(BASE, remaining_seconds=-83, level=Level.OVERTIME),
    "paused": replace(BASE, paused=True),
    "blackout": replace(BASE, blacked_out=True),
}
RUSSIAN = ("Представь, что ты рисуешь карту села для ребёнка, который только что сюда приехал. "
           "Что на ней должно быть обязательно и почему именно это?")
RUSSIAN_SHOTS = {  # drawn with the Russian translations installed
    "russian-question": replace(SHOTS["question"], question=RUSSIAN),
    "russian": replace(BASE, question=RUSSIAN),
    "russian-agreements": replace(BASE, question=RUSSIAN, show_agreements=True),
    "russian-warning": replace(BASE, question=RUSSIAN, remaining_seconds=4 * 60 + 12,
                               level=Level.WARNING),
    "russian-final": replace(BASE, question=RUSSIAN, remaining_seconds=42, level=Level.FINAL),
    "russian-overtime": replace(BASE, question=RUSSIAN, remaining_seconds=-83,
                                level=Level.OVERTIME),
    "russian-paused": replace(BASE, question=RUSSIAN, paused=True),
}
ROMANIAN_SHOTS = {  # drawn with the Romanian translations installed
    "romanian": replace(BASE, question=ROMANIAN, remaining_seconds=38 * 60),
    "romanian-agreements": replace(BASE, question=ROMANIAN, remaining_seconds=38 * 60,
                                   show_agreements=True),
    "romanian-final": replace(BASE, question=ROMANIAN, remaining_seconds=42, level=Level.FINAL),
}


def shoot(view: StageView, application, shots: dict, folder: Path) -> None:
    for name, state in shots.items():
        view.set_state(state)
        application.processEvents()
        path = folder / f"stage-{name}.png"
        view.grab().save(str(path))
        print(path)


def main(folder: Path) -> None:
    application = QApplication.instance() or QApplication(sys.argv[:1])
    folder.mkdir(parents=True, exist_ok=True)
    i18n.install("en")
    view = StageView()
    view.resize(1024, 768)
    view.show()
    shoot(view, application, SHOTS, folder)
    i18n.install("ro")
    shoot(view, application, ROMANIAN_SHOTS, folder)
    i18n.install("ru")
    shoot(view, application, RUSSIAN_SHOTS, folder)
    i18n.install("en")
    preview = StageView(preview=True)
    preview.resize(480, 360)
    preview.set_state(SHOTS["blackout"])
    preview.show()
    application.processEvents()
    preview.grab().save(str(folder / "stage-preview-blackout.png"))
    preview.set_state(SHOTS["warning"])
    application.processEvents()
    preview.grab().save(str(folder / "stage-preview-warning.png"))
    del view, preview  # before the application, or PySide may crash at exit


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shots"))

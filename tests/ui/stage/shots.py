"""Screenshots of the stage at 1024x768 (a projector) for people to look at.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/stage/shots.py [folder]
Not a test: it writes stage-*.png files (default /work/shots) and prints their paths.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication  # noqa: E402

from sole_app.ui.stage.view import StageState, StageView  # noqa: E402

SHORT = "Why do we have to sleep?"
ROMANIAN = (
    "Ar putea un sat din Moldova să trăiască doar cu energia pe care și-o produce singur? "
    "Ce ți-ar trebui, cât ar costa și cine ar hotărî? Gândiți-vă la școală, la fântână, "
    "la țară și la iarnă, când zilele sunt scurte."
)
AGREEMENTS = (
    "You can change groups at any time.",
    "You can move around, look at what other groups are doing, and share it with your group.",
    "You can talk to each other.",
    "Be ready to tell everyone what your group found.",
)
BASE = StageState(question=SHORT, phase_name="Investigation", phase_index=1,
                  remaining_seconds=23 * 60 + 41, total_seconds=40 * 60, level="running")

SHOTS = {
    "idle": BASE.__class__(question=SHORT, phase_name="Question", phase_index=0,
                           remaining_seconds=300, total_seconds=300, level="idle"),
    "question": StageState(question=SHORT, phase_name="Question", phase_index=0,
                           remaining_seconds=181, total_seconds=300, level="running"),
    "investigation": BASE,
    "agreements": StageState(**{**BASE.__dict__, "agreements": AGREEMENTS}),
    "review": StageState(question=SHORT, phase_name="Review", phase_index=2,
                         remaining_seconds=9 * 60 + 5, total_seconds=15 * 60, level="running"),
    "warning": StageState(**{**BASE.__dict__, "remaining_seconds": 4 * 60 + 12,
                             "level": "warning"}),
    "final": StageState(**{**BASE.__dict__, "remaining_seconds": 42, "level": "final"}),
    "overtime": StageState(**{**BASE.__dict__, "remaining_seconds": -83, "level": "overtime"}),
    "paused": StageState(**{**BASE.__dict__, "paused": True}),
    "blackout": StageState(**{**BASE.__dict__, "blacked_out": True}),
    "romanian": StageState(question=ROMANIAN, phase_name="Investigație", phase_index=1,
                           remaining_seconds=38 * 60, total_seconds=40 * 60, level="running"),
    "romanian-agreements": StageState(
        question=ROMANIAN, phase_name="Investigație", phase_index=1, remaining_seconds=38 * 60,
        total_seconds=40 * 60, level="running",
        agreements=("Puteți schimba grupa oricând.", "Vă puteți mișca prin sală și vă puteți "
                    "uita la ce fac celelalte grupe.", "Puteți vorbi între voi.",
                    "Fiți gata să spuneți tuturor ce a găsit grupa voastră.")),
}


def main(folder: Path) -> None:
    application = QApplication.instance() or QApplication(sys.argv[:1])
    folder.mkdir(parents=True, exist_ok=True)
    view = StageView()
    view.resize(1024, 768)
    view.show()
    for name, state in SHOTS.items():
        view.set_state(state)
        application.processEvents()
        path = folder / f"stage-{name}.png"
        view.grab().save(str(path))
        print(path)
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

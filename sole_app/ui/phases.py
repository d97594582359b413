"""The phases' names in the interface language: the one place that words them, for the Session
tab, the stage and the Settings dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sole_app.core.settings import Phase


def phase_name(phase: Phase) -> str:
    """"Question", "Investigation" or "Review", translated."""
    names = {
        Phase.QUESTION: QCoreApplication.translate("Phases", "Question", "phase"),
        Phase.INVESTIGATION: QCoreApplication.translate("Phases", "Investigation"),
        Phase.REVIEW: QCoreApplication.translate("Phases", "Review", "phase"),
    }
    return names[Phase(phase)]

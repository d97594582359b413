"""Translated words of a session: phase names, timer states, and the SOLE agreements."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sole_app.core.settings import Phase
from sole_app.ui.phases import phase_name


def phase_names() -> tuple[str, ...]:
    """Question, Investigation, Review, in the interface language (order of ``Phase``)."""
    return tuple(phase_name(phase) for phase in Phase)

def level_words() -> dict[str, str]:
    return {
        "idle": QCoreApplication.translate("Session", "not started"),
        "running": QCoreApplication.translate("Session", "running"),
        "warning": QCoreApplication.translate("Session", "nearly over"),
        "final": QCoreApplication.translate("Session", "last minute"),
        "overtime": QCoreApplication.translate("Session", "overtime"),
    }

def agreements() -> tuple[str, ...]:
    """The SOLE agreements shown to the children."""
    return (
        QCoreApplication.translate("Session", "You can change groups at any time."),
        QCoreApplication.translate(
            "Session",
            "You can move around, look at what other groups are doing, "
            "and share it with your group."),
        QCoreApplication.translate("Session", "You can talk to each other."),
        QCoreApplication.translate("Session", "Be ready to tell everyone what your group found."),
    )

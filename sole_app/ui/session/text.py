"""Translated words of a session: how the timer's states read in the Session tab's status line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sole_app.core.session.countdown import Level


def level_words() -> dict[Level, str]:
    return {
        Level.IDLE: QCoreApplication.translate("Session", "not started"),
        Level.RUNNING: QCoreApplication.translate("Session", "running"),
        Level.WARNING: QCoreApplication.translate("Session", "nearly over"),
        Level.FINAL: QCoreApplication.translate("Session", "last minute"),
        Level.OVERTIME: QCoreApplication.translate("Session", "overtime"),
    }

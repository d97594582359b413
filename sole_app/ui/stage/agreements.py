"""The SOLE agreements the stage shows the children during the Investigation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def agreements() -> tuple[str, ...]:
    """The four agreements, in the interface language."""
    return (
        QCoreApplication.translate("Stage", "You can change groups at any time."),
        QCoreApplication.translate(
            "Stage",
            "You can move around, look at what other groups are doing, "
            "and share it with your group."),
        QCoreApplication.translate("Stage", "You can talk to each other."),
        QCoreApplication.translate("Stage", "Be ready to tell everyone what your group found."),
    )

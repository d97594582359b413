"""A past session as the History list shows it: the words of each column, in the interface
language. Plain functions over core's HistoryRow, so they are tested without a window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sole_app.core.exports import labels
from sole_app.core.history.listing import HistoryRow
from sole_app.core.history.summary import whole_minutes
from sole_app.core.languages import LANGUAGE_NAMES
from sole_app.core.markup import to_plain
from sole_app.ui import i18n

COLUMNS = ("date", "question", "language", "groups", "minutes", "reflection")


def export_words(text: str) -> str:
    """A text marked in core's export labels, in the interface language."""
    return QCoreApplication.translate("Export", text)  # i18n: dynamic (marked in core)


def headers() -> list[str]:
    return [QCoreApplication.translate("HistoryRows", "Date"),
            QCoreApplication.translate("HistoryRows", "Big question"),
            QCoreApplication.translate("HistoryRows", "Language"),
            QCoreApplication.translate("HistoryRows", "Groups"),
            QCoreApplication.translate("HistoryRows", "Minutes"),
            QCoreApplication.translate("HistoryRows", "Reflection")]


def cells(row: HistoryRow) -> list[str]:
    """The texts of the row's columns, in COLUMNS order."""
    return [i18n.format_datetime(row.created_at.astimezone()), to_plain(row.question),
            LANGUAGE_NAMES.get(row.language, "–"), str(row.groups), minutes(row),
            reflection(row)]


def minutes(row: HistoryRow) -> str:
    """"60 → 67": the session's planned minutes, and as run when every phase ran."""
    planned = whole_minutes(sum(phase.planned_minutes for phase in row.phases))
    if row.phases and all(phase.ran for phase in row.phases):
        ran = whole_minutes(sum(phase.actual_minutes for phase in row.phases))
        return f"{planned} → {ran}"
    return str(planned)


def reflection(row: HistoryRow) -> str:
    """The objective's word and the four percentages, or a dash when none was written."""
    scores = row.scores
    if scores is None:
        return "–"
    parts = []
    if scores.objective:
        parts.append(export_words(labels.CHOICES["objective"][scores.objective]))
    percents = [scores.engagement, scores.collaboration, scores.technology,
                scores.communication]
    if any(value is not None for value in percents):
        parts.append("/".join("–" if value is None else str(value) for value in percents) + "%")
    return " · ".join(parts) or "–"


def minutes_tip() -> str:
    return QCoreApplication.translate(
        "HistoryRows", "Minutes planned → as run (from the first start to the end)")


def reflection_tip() -> str:
    return QCoreApplication.translate(
        "HistoryRows", "Content objective reached · children engaged / collaborating / using "
                       "technology well / communicating")

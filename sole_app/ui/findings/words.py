"""The findings' words in the interface language: how sure a group is, nickname suggestions, how
many groups, and where in the session a note was written."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject

from sole_app.core.findings.data import Certainty
from sole_app.core.session.timefmt import format_remaining
from sole_app.ui.phases import phase_name

# The symbols say the level without colour: none of them is a colour, and each differs in shape.
CERTAINTY_SYMBOLS = {
    Certainty.NOT_SURE: "?",
    Certainty.FAIRLY_SURE: "✓",
    Certainty.VERY_SURE: "✓✓",
}


class FindingsWords(QObject):
    """Words shown in several places of the groups and notes; one object, so that each string is
    translated once, plurals included ("%n group(s)" has three forms in Romanian)."""

    def certainty(self, level: Certainty) -> str:
        """"✓ Fairly sure": the symbol and the words, never a colour alone."""
        words = {
            Certainty.NOT_SURE: self.tr("Not sure"),
            Certainty.FAIRLY_SURE: self.tr("Fairly sure"),
            Certainty.VERY_SURE: self.tr("Very sure"),
        }
        return f"{CERTAINTY_SYMBOLS[level]} {words[level]}"

    def group_count(self, count: int) -> str:
        return self.tr("%n group(s)", "", count)

    def children_count(self, count: int) -> str:
        return self.tr("%n child(ren)", "", count)

    def nickname_ideas(self) -> list[str]:
        """Friendly group names children like, in the interface language."""
        return [
            self.tr("Owls", "group name"), self.tr("Foxes", "group name"),
            self.tr("Dolphins", "group name"), self.tr("Eagles", "group name"),
            self.tr("Bees", "group name"), self.tr("Hedgehogs", "group name"),
            self.tr("Wolves", "group name"), self.tr("Squirrels", "group name"),
            self.tr("Comets", "group name"), self.tr("Stars", "group name"),
            self.tr("Planets", "group name"), self.tr("Rockets", "group name"),
        ]

    def suggest_nickname(self, in_use: Iterable[str]) -> str:
        """The first idea no group of the session uses yet (case and spaces ignored), else
        "Group 13" with the next free number."""
        taken = {" ".join(name.split()).casefold() for name in in_use}
        for idea in self.nickname_ideas():
            if idea.casefold() not in taken:
                return idea
        number = len(taken) + 1
        while self.numbered(number).casefold() in taken:
            number += 1
        return self.numbered(number)

    def numbered(self, number: int) -> str:
        return self.tr("Group {number}").format(number=number)

    def when(self, phase_key: str | None, seconds: int | None) -> str:
        """Where in the session a note was written: "Investigation 12:34", or "Outside the
        phases" before the start and after the end."""
        if phase_key is None:
            return self.tr("Outside the phases")
        return self.tr("{phase} {time}").format(phase=phase_name(phase_key),
                                                time=format_remaining(seconds or 0))

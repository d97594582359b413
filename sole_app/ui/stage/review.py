"""The review's middle of the stage: one to four groups' records in panels, or the wall of new
questions. It draws the ``ReviewStep`` that core.session.review decided (which groups, which
page), in the stage's own fitted type: every text plain, the children's Markdown reduced to its
words by core.markup, so nothing typed is ever read as markup, and nothing is loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from sole_app.core.findings.data import Certainty
from sole_app.core.session.review import (
    MAX_PER_SCREEN,
    Block,
    BlockKind,
    Panel,
    ReviewKind,
    ReviewStep,
    WallLine,
)
from sole_app.ui.stage.fit import SMALLEST_TEXT, FittedText
from sole_app.ui.stage.paint import INK

# The symbols say how sure without colour: each differs in shape (as in group turn).
CERTAINTY_SYMBOLS = {Certainty.NOT_SURE: "?", Certainty.FAIRLY_SURE: "\u2713",
                     Certainty.VERY_SURE: "\u2713\u2713"}
MARKED = "\u2605"  # the wall's question the librarian chose: a star, not a colour
BULLET = "\u2022"


def _fitted(name: str, parent: QWidget, **options) -> FittedText:
    widget = FittedText(parent, **options)
    widget.setObjectName(name)
    widget.setAccessibleName(name)
    return widget


class GroupPanel(QWidget):
    """One group's record on the stage: its name, how sure it is, what it found (this page)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        left = Qt.AlignmentFlag.AlignLeft
        self.name_text = _fitted("reviewGroupName", self, alignment=left, wrap=False)
        self.page_text = _fitted("reviewPage", self, wrap=False,
                                 alignment=Qt.AlignmentFlag.AlignRight)
        self.certainty_text = _fitted("reviewCertainty", self, alignment=left, wrap=False)
        self.body_text = _fitted("reviewFound", self, alignment=left)
        for fixed in (self.name_text, self.page_text, self.certainty_text):  # one line each
            fixed.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        header = QHBoxLayout()
        header.addWidget(self.name_text, 3)
        header.addWidget(self.page_text, 2)
        self._column = QVBoxLayout(self)
        self._column.addLayout(header)
        self._column.addWidget(self.certainty_text)
        self._column.addWidget(self.body_text, 1)
        self._unit = 1.0

    def set_unit(self, unit: float, wide: bool) -> None:
        self._unit = unit
        smallest = round(SMALLEST_TEXT * unit)
        pad = round(12 * unit)
        self._column.setContentsMargins(pad, round(4 * unit), pad, round(8 * unit))
        self._column.setSpacing(round(6 * unit))
        self.name_text.setFixedHeight(round(50 * unit))
        self.page_text.setFixedHeight(round(50 * unit))
        self.certainty_text.setFixedHeight(round(40 * unit))
        for widget, largest in ((self.name_text, 46), (self.page_text, 36),
                                (self.certainty_text, 36), (self.body_text, 64 if wide else 48)):
            widget.set_size_range(smallest, round(largest * unit))
        font = self.name_text.font()
        font.setBold(True)
        self.name_text.setFont(font)
        self.update()

    def show_panel(self, panel: Panel, words: ReviewWords) -> None:
        self.name_text.setText(panel.name)
        self.page_text.setText(words.page(panel) if panel.pages > 1 else "")
        self.certainty_text.setText(words.certainty(panel.certainty))
        body = "\n".join(words.block(block) for block in panel.blocks)
        self.body_text.setText(body or words.nothing_yet())

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """A plain dark frame round each panel: the room sees where one group ends."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = max(2.0, 4 * self._unit)
        painter.setPen(QPen(INK, width))
        radius = 14 * self._unit
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2,
                                                             -width / 2), radius, radius)
        painter.end()


class ReviewWords(QObject):
    """The review's words in the interface language."""

    def certainty(self, level: Certainty | None) -> str:
        if level is None:
            return "\u2013 " + self.tr("Not said")  # how sure: the group did not say
        words = {Certainty.NOT_SURE: self.tr("Not sure"),
                 Certainty.FAIRLY_SURE: self.tr("Fairly sure"),
                 Certainty.VERY_SURE: self.tr("Very sure")}
        return f"{CERTAINTY_SYMBOLS[level]} {words[level]}"

    def block(self, block: Block) -> str:
        labels = {BlockKind.SOURCES: self.tr("Where we found it:"),
                  BlockKind.GLOW: self.tr("Glow:"), BlockKind.GROW: self.tr("Grow:")}
        label = labels.get(block.kind)
        return f"{label} {block.text}" if label else block.text

    def page(self, panel: Panel) -> str:
        """"1/3 ▸": this page of the group's, and an arrow while more follow."""
        arrow = " \u25b8" if panel.continues else ""
        return f"{panel.page + 1}/{panel.pages}{arrow}"

    def nothing_yet(self) -> str:
        return self.tr("Nothing written yet")

    def wall_title(self, step: ReviewStep) -> str:
        title = self.tr("Our new questions")
        return f"{title}  {step.page + 1}/{step.pages}" if step.pages > 1 else title

    def wall_line(self, line: WallLine) -> str:
        mark = MARKED if line.marked else BULLET
        return f"{mark} {line.question} \u2014 {line.group_name}"

    def no_questions(self) -> str:
        return self.tr("No new questions yet")

    def groups_shown(self, step: ReviewStep) -> str:
        """"Group 2 of 4", or "Groups 1–4 of 6" side by side."""
        if step.first_group == step.last_group:
            return self.tr("Group {number} of {count}").format(number=step.first_group,
                                                                count=step.group_count)
        return self.tr("Groups {first}\u2013{last} of {count}").format(
            first=step.first_group, last=step.last_group, count=step.group_count)


class ReviewBoard(QWidget):
    """The panels or the wall, in the middle of the stage, as the step says."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("reviewBoard")
        self.words = ReviewWords(self)
        self.panels = [GroupPanel(self) for _ in range(MAX_PER_SCREEN)]
        self.wall = QWidget(self)
        self.wall.setObjectName("reviewWall")
        self.wall_title = _fitted("reviewWallTitle", self.wall, wrap=False)
        self.wall_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.wall_text = _fitted("reviewWallQuestions", self.wall,
                                 alignment=Qt.AlignmentFlag.AlignLeft)
        wall = QVBoxLayout(self.wall)
        wall.setContentsMargins(0, 0, 0, 0)
        wall.addWidget(self.wall_title)
        wall.addWidget(self.wall_text, 1)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._step = ReviewStep()
        self._placed = -1
        self._unit = 1.0

    def set_unit(self, unit: float) -> None:
        self._unit = unit
        self._grid.setSpacing(round(14 * unit))
        for panel in self.panels:
            panel.set_unit(unit, wide=len(self._step.panels) <= 1)
        smallest = round(SMALLEST_TEXT * unit)
        self.wall_title.setFixedHeight(round(60 * unit))
        self.wall_title.set_size_range(smallest, round(50 * unit))
        font = self.wall_title.font()
        font.setBold(True)
        self.wall_title.setFont(font)
        self.wall_text.set_size_range(smallest, round(56 * unit))

    def show_step(self, step: ReviewStep) -> None:
        wide_before = len(self._step.panels) <= 1
        self._step = step
        if step.kind == ReviewKind.WALL:
            self._place(0)
            self.wall_title.setText(self.words.wall_title(step))
            lines = [self.words.wall_line(line) for line in step.wall]
            self.wall_text.setText("\n".join(lines) or self.words.no_questions())
            return
        self.wall.hide()
        self._place(len(step.panels))
        for panel, widget in zip(step.panels, self.panels, strict=False):
            widget.show_panel(panel, self.words)
        if wide_before != (len(step.panels) <= 1):
            self.set_unit(self._unit)

    def _place(self, count: int) -> None:
        """One panel fills the board; two stand side by side; three and four share a grid,
        the third of three across the bottom."""
        if count == self._placed:
            return
        self._placed = count
        for widget in (*self.panels, self.wall):
            self._grid.removeWidget(widget)
            widget.hide()
        for row in range(2):
            self._grid.setRowStretch(row, 1 if row == 0 or count > 2 else 0)
        for column in range(2):
            self._grid.setColumnStretch(column, 1)
        if count == 0:
            self._grid.addWidget(self.wall, 0, 0, 1, 2)
            self.wall.show()
            return
        cells = {1: [(0, 0, 1, 2)], 2: [(0, 0, 1, 1), (0, 1, 1, 1)],
                 3: [(0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 2)],
                 4: [(0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 1), (1, 1, 1, 1)]}[count]
        for widget, (row, column, rows, columns) in zip(self.panels, cells, strict=False):
            self._grid.addWidget(widget, row, column, rows, columns)
            widget.show()

    def shown_panels(self) -> list[GroupPanel]:
        return [panel for panel in self.panels if panel.isVisible()]

    def step(self) -> ReviewStep:
        return self._step

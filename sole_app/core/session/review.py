"""The review on the stage, decided without Qt: the question, each group's record, the wall.

In the Review phase the clicker walks the steps of ``review_steps``: the question, then each
group's record (one at a time, or 2 to 4 side by side), page by page when a long finding does
not fit, then the new-questions wall, then the question again. The pages are cut here, by a
count of characters and lines that the stage holds at 1024x768 at its smallest type (4 % of its
height; ``PANEL_SHAPES``), so the preview and the projector always show the same page, and no
text needs to go below that size or off the edge. The words around them (labels, "Group 2 of
4") are the views' to choose; a step carries only the children's words and the numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sole_app.core.findings.data import Certainty
from sole_app.core.markup import to_stage_lines

MAX_PER_SCREEN = 4
# A room needs a few minutes per group: more than four at once is no longer readable.
PARAGRAPH_GAP = 0.35  # in lines, as the stage spaces paragraphs (ui/stage/fit.py)
LABEL_CHARS = 20  # room for the view's label before sources, glow and grow ("Surse: ")
NAME_CHARS = 28  # a group's name on one line of a half-width panel, in bold


class ReviewKind(StrEnum):
    QUESTION = "question"  # the stage as in any phase: the question in the middle
    GROUPS = "groups"  # one to four groups' records, each in its panel
    WALL = "wall"  # every group's new questions


class BlockKind(StrEnum):
    """A part of a group's panel; the view puts a label before all but what was found."""

    FOUND = "found"
    SOURCES = "sources"
    GLOW = "glow"
    GROW = "grow"


@dataclass(frozen=True)
class Shape:
    """What a panel's text box holds at the smallest type: characters a line (of the widest
    letters likely, Cyrillic included) and lines."""

    columns: int
    lines: float


# The panels' text boxes at 1024x768, measured at the smallest type with margin to spare
# (tests/ui/stage/test_readable.py checks that every page fits): one group has the width of the
# stage; two stand side by side; three and four share a two-by-two grid (a third column would
# break Russian words mid-word), the third of three spanning the bottom row.
PANEL_SHAPES: dict[int, tuple[Shape, ...]] = {
    1: (Shape(42, 10.5),),
    2: (Shape(20, 10), Shape(20, 10)),
    3: (Shape(20, 4), Shape(20, 4), Shape(42, 4)),
    4: (Shape(20, 4),) * 4,
}
WALL_SHAPE = Shape(42, 11.5)


@dataclass(frozen=True)
class ReviewGroup:
    """A group as the review needs it: its name, its record (``found`` in Markdown) and the
    facilitator's glow and grow."""

    group_id: int
    name: str
    found: str = ""
    sources: tuple[str, ...] = ()
    certainty: Certainty | None = None
    new_questions: tuple[str, ...] = ()
    glow: str = ""
    grow: str = ""


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str  # plain lines, one paragraph a line


@dataclass(frozen=True)
class Panel:
    """One group's panel on one page: ``page`` counts from 0 of ``pages``."""

    group_id: int
    name: str
    certainty: Certainty | None
    blocks: tuple[Block, ...]
    page: int = 0
    pages: int = 1

    @property
    def continues(self) -> bool:
        return self.page + 1 < self.pages


@dataclass(frozen=True)
class WallLine:
    group_id: int
    index: int  # which of the group's new questions
    group_name: str
    question: str
    marked: bool = False

    @property
    def key(self) -> tuple[int, int]:
        return self.group_id, self.index


@dataclass(frozen=True)
class ReviewStep:
    """What the middle of the stage shows at one step of the review."""

    kind: ReviewKind = ReviewKind.QUESTION
    panels: tuple[Panel, ...] = ()
    first_group: int = 0  # the groups shown, numbered from 1 in the list's order
    last_group: int = 0
    group_count: int = 0
    wall: tuple[WallLine, ...] = ()
    page: int = 0  # of the wall, or of the groups shown (the longest one's pages)
    pages: int = 1

    @property
    def shows_board(self) -> bool:
        """Groups or the wall take the middle (the countdown then gets smaller)."""
        return self.kind != ReviewKind.QUESTION


def name_shown(name: str, limit: int = NAME_CHARS) -> str:
    """A long nickname cut to one line of a panel, "…" marking the cut."""
    return name if len(name) <= limit else name[:limit - 1].rstrip() + "\u2026"


def group_blocks(group: ReviewGroup, show_feedback: bool) -> tuple[Block, ...]:
    """The parts of a group's panel, in the order the room reads them."""
    parts = [(BlockKind.FOUND, to_stage_lines(group.found)),
             (BlockKind.SOURCES, " \u00b7 ".join(" ".join(item.split()) for item in group.sources
                                                  if item.strip()))]
    if show_feedback:
        parts += [(BlockKind.GLOW, " ".join(group.glow.split())),
                  (BlockKind.GROW, " ".join(group.grow.split()))]
    return tuple(Block(kind, text) for kind, text in parts if text.strip())


def line_count(paragraph: str, columns: int, first_indent: int = 0) -> int:
    """Lines a paragraph takes wrapped at ``columns`` characters: at word boundaries, and inside
    a word only when it alone is longer than a line (as the stage wraps)."""
    lines, used = 1, first_indent
    for word in paragraph.split():
        while len(word) > columns:  # a long address breaks anywhere
            room = columns - used if used else columns
            word = word[room:]
            lines, used = lines + 1, 0
        needed = len(word) + (1 if used else 0)
        if used and used + needed > columns:
            lines, used = lines + 1, len(word)
        else:
            used += needed
    return lines


def _height(paragraph: str, shape: Shape, labelled: bool) -> float:
    return line_count(paragraph, shape.columns, LABEL_CHARS if labelled else 0) + PARAGRAPH_GAP


def _pieces(paragraph: str, shape: Shape, labelled: bool) -> list[str]:
    """A paragraph cut at words into pieces that each fit one page."""
    if _height(paragraph, shape, labelled) <= shape.lines + PARAGRAPH_GAP:
        return [paragraph]
    pieces, current = [], ""
    for word in _words_within(paragraph, shape.columns * max(1, int(shape.lines) - 1)):
        longer = f"{current} {word}" if current else word
        if current and _height(longer, shape, labelled and not pieces) > shape.lines:
            pieces.append(current)
            current = word
        else:
            current = longer
    return [*pieces, current] if current else pieces


def _words_within(paragraph: str, longest: int) -> list[str]:
    """The paragraph's words, one longer than a page (a pasted address) cut into page-long
    parts, which then fall on pages of their own."""
    return [word[start:start + longest] for word in paragraph.split()
            for start in range(0, len(word), longest)]


def paginate(blocks: Sequence[Block], shape: Shape) -> tuple[tuple[Block, ...], ...]:
    """The blocks cut into pages that each fit ``shape`` at the smallest type; at least one
    (empty) page. A block split over two pages continues on the next one."""
    pages: list[list[Block]] = [[]]
    used = 0.0
    for block in blocks:
        labelled = block.kind != BlockKind.FOUND
        for paragraph in block.text.split("\n"):
            for piece in _pieces(paragraph, shape, labelled):
                height = _height(piece, shape, labelled)
                if pages[-1] and used + height > shape.lines + PARAGRAPH_GAP:
                    pages.append([])
                    used = 0.0
                _append(pages[-1], block.kind, piece)
                used += height
    return tuple(tuple(page) for page in pages)


def _append(page: list[Block], kind: BlockKind, text: str) -> None:
    if page and page[-1].kind == kind:
        page[-1] = Block(kind, f"{page[-1].text}\n{text}")
    else:
        page.append(Block(kind, text))


def _group_steps(groups: Sequence[ReviewGroup], per_screen: int,
                 show_feedback: bool) -> list[ReviewStep]:
    steps: list[ReviewStep] = []
    for start in range(0, len(groups), per_screen):
        chunk = groups[start:start + per_screen]
        shapes = PANEL_SHAPES[len(chunk)]  # the view lays panels out by how many there are
        paged = [paginate(group_blocks(group, show_feedback), shape)
                 for group, shape in zip(chunk, shapes, strict=False)]
        pages = max(len(group_pages) for group_pages in paged)
        for page in range(pages):
            panels = tuple(
                Panel(group.group_id, name_shown(group.name), group.certainty,
                      group_pages[min(page, len(group_pages) - 1)],
                      min(page, len(group_pages) - 1), len(group_pages))
                for group, group_pages in zip(chunk, paged, strict=True))
            steps.append(ReviewStep(ReviewKind.GROUPS, panels, start + 1,
                                    start + len(chunk), len(groups), page=page, pages=pages))
    return steps


def wall_lines(groups: Iterable[ReviewGroup],
               marked: tuple[int, int] | None = None) -> tuple[WallLine, ...]:
    """Every group's new questions, group by group, in the list's order."""
    return tuple(WallLine(group.group_id, index, name_shown(group.name), " ".join(q.split()),
                          (group.group_id, index) == marked)
                 for group in groups for index, q in enumerate(group.new_questions) if q.strip())


def _wall_steps(groups: Sequence[ReviewGroup], marked: tuple[int, int] | None
                ) -> list[ReviewStep]:
    lines = wall_lines(groups, marked)
    pages: list[list[WallLine]] = [[]]
    used = 0.0
    for line in lines:
        height = _height(f"\u2022 {line.question} \u2014 {line.group_name}", WALL_SHAPE, False)
        if pages[-1] and used + height > WALL_SHAPE.lines + PARAGRAPH_GAP:
            pages.append([])
            used = 0.0
        pages[-1].append(line)
        used += height
    return [ReviewStep(ReviewKind.WALL, wall=tuple(page), group_count=len(groups), page=number,
                       pages=len(pages)) for number, page in enumerate(pages)]


def review_steps(groups: Sequence[ReviewGroup], per_screen: int = 1,
                 show_feedback: bool = False,
                 marked: tuple[int, int] | None = None) -> tuple[ReviewStep, ...]:
    """Every step of the review, in the clicker's order (see the module's docstring)."""
    per_screen = max(1, min(MAX_PER_SCREEN, per_screen))
    question = ReviewStep(group_count=len(groups))
    return (question, *_group_steps(groups, per_screen, show_feedback),
            *_wall_steps(groups, marked), question)


class ReviewWalk:
    """Where the clicker is in the review. Plain Python: the session's controller moves it with
    the keys and loads the groups anew when a record, a group or the choice of how many at once
    changes; the place is kept by what it shows (the same group and page, or the wall)."""

    def __init__(self) -> None:
        self.groups: tuple[ReviewGroup, ...] = ()
        self.per_screen = 1
        self.show_feedback = False
        self.marked: tuple[int, int] | None = None
        self.index = 0
        self._steps = review_steps(())

    @property
    def step(self) -> ReviewStep:
        return self._steps[self.index]

    def steps(self) -> tuple[ReviewStep, ...]:
        return self._steps

    def restart(self) -> None:
        """Back to the question, as the Review begins."""
        self.index = 0

    def forward(self) -> bool:
        """The next step; False past the last one (the question again): nothing moves."""
        if self.index + 1 >= len(self._steps):
            return False
        self.index += 1
        return True

    def back(self) -> bool:
        """The step before; False at the first one (the question, before the first group)."""
        if self.index == 0:
            return False
        self.index -= 1
        return True

    def load(self, groups: Sequence[ReviewGroup]) -> None:
        self.groups = tuple(groups)
        if self.marked is not None and self.marked not in {
                line.key for line in wall_lines(self.groups)}:
            self.marked = None
        self._rebuild()

    def set_per_screen(self, count: int) -> None:
        self.per_screen = max(1, min(MAX_PER_SCREEN, count))
        self._rebuild()

    def set_show_feedback(self, shown: bool) -> None:
        self.show_feedback = shown
        self._rebuild()

    def mark(self, key: tuple[int, int] | None) -> None:
        self.marked = key
        self._rebuild()

    def marked_line(self) -> WallLine | None:
        return next((line for line in wall_lines(self.groups, self.marked) if line.marked), None)

    def _rebuild(self) -> None:
        before, at_end = self.step, self.index == len(self._steps) - 1 and self.index > 0
        self._steps = review_steps(self.groups, self.per_screen, self.show_feedback,
                                   self.marked)
        self.index = self._place_of(before, at_end)

    def _place_of(self, before: ReviewStep, at_end: bool) -> int:
        last = len(self._steps) - 1
        if before.kind == ReviewKind.QUESTION:
            return last if at_end else 0
        if before.kind == ReviewKind.WALL:
            walls = [i for i, step in enumerate(self._steps) if step.kind == ReviewKind.WALL]
            return walls[min(before.page, len(walls) - 1)]
        shown = before.panels[0].group_id
        showing = [index for index, step in enumerate(self._steps)
                   if any(panel.group_id == shown for panel in step.panels)]
        if showing:
            return showing[min(before.page, len(showing) - 1)]
        return min(self.index, last)
